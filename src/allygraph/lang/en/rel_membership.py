"""English trigger words for the membership family: joining organisations, taking part in
programmes, processes and operations, invitations to join, chairs and co-chairs.

Patterns are matched over tokens (see :mod:`allygraph.extract.lexicon`): ``stem*`` matches any
inflection, ``a|b`` alternatives, ``?`` any one token. The subject stands before the trigger,
the object after it (unless a rule says otherwise).
"""

# X joined / acceded to / became a member of Y (Y an organisation -> member_of;
# Y a programme or process -> participant_in)
JOIN = [
    "join|joins|joined|joining", "has joined", "accede|accedes|acceded|acceding to",
    "accession to|into", "admitted to|into", "was|were admitted to|into", "admission to|into",
    "became|become|becomes|becoming a|an member of", "became|become|becomes|becoming a|an full member of",
    "became|become|becomes|becoming members of", "became|become|becomes|becoming full members of",
    "became|become|becomes|becoming a|an member state|country|nation of",
    "became|become|becomes|becoming a|an ? member state|country|nation",
    "became|become|becomes|becoming ? member state|states|country|countries|nation|nations",
    "became|become|becomes|becoming a|an ? member",
    "became|become|becomes|becoming a|an ? ? member state|country|nation",
    "was|were accepted into", "membership in|of", "became|become|becomes|becoming a|an member",
    "became|become|becomes|becoming a|an full member", "is|are|was|were a|an member of",
    "is|are|was|were a|an member state|country|nation of", "is|are|was|were a|an ? member state|country|nation",
    "has|have been a|an member of", "has|have been a|an ? member state|country|nation",
    "is|was|are|were one of the ? members of", "is|was|are|were one of the members of",
    "founding|founder member|members of", "a|an founding|founder member of", "gained|obtained membership of|in",
    "was|were granted membership of|in", "became|become|becomes|becoming part of",
]
# X left / withdrew from Y: a membership that ended (the date is its end)
LEAVE = [
    "left", "leaves", "leave", "withdrew from", "withdraws from", "withdrawal from", "departure from",
    "exit from", "exited", "quit", "quits", "ceased to be a member of",
]
# "..., of which Latvia is a member" / "whose members include Latvia": the state after the relative
REL_MEMBER = ["of which", "whose members include|included", "whose member states include|included"]
# gapped second clause: "and Sweden followed on 7 March 2024"
GAP_VERBS = ["followed suit", "followed", "did so", "did the same", "joined", "acceded", "too", "also"]
GAP_PREPS = ["on", "in", "at"]
# words that end a membership trigger whose object precedes it ("a NATO member state")
MEMBER_NOUN = ["member", "members", "state", "states", "country", "countries", "nation", "nations"]

# X participates in / takes part in / got involved in Y (a programme, process or operation)
PARTICIPATE = [
    "participate|participates|participated|participating in", "take|takes|took|taking|taken part in",
    "involved in", "engaged in", "serve|serves|served|serving in|with", "part of",
    "work|works|worked|working through|within", "framework of",
    "sent|send|sends|sending contingents|troops|soldiers|personnel|officers|units|instructors|staff to",
    "sent|send|sends|sending a|an|its|their contingent|unit|platoon|company to",
    "deployed|deploys|deploy troops|soldiers|personnel|officers|units|instructors|staff to|in",
    "contribute|contributes|contributed|contributing to",
]
PARTICIPATE_POSTPOS: list[str] = []
# weaker participation verbs, only with a programme or plan as the object
PARTICIPATE_PROGRAMME = [
    "elaborate|elaborates|elaborated|elaborating", "implement|implements|implemented|implementing",
    "prepare|prepares|prepared|preparing", "draw up", "drew up", "drawn up", "received|receives",
]
# a founding session or meeting: the date is the organisation's founding date
FOUNDING = [
    "foundation|founding|inaugural|constituent session|meeting|conference",
    "foundation|founding|inaugural|constituent sessions|meetings",
    "founding|founder member|members", "since its foundation|founding|creation|establishment|inception",
]

# X was invited to join Y / Y invited X to join / invitation to join
INVITE = [
    "invited|invites|invite|inviting", "invitation|invitations", "was|were|been invited",
]
# ... followed within a few words by one of these
INVITE_JOIN = ["to join", "to accede", "to become", "to start accession talks", "to begin accession talks"]

# X chairs / co-chairs / holds the chairmanship of Y
CHAIR = [
    "chair|chairs|chaired|chairing", "co - chair|chairs|chaired|chairing",
    "co - chairmanship|chairship|chairpersonship of", "chairmanship|chairship|chairpersonship|presidency of",
    "chairman|chairwoman|chairperson|chair of", "co - chairman|chairwoman|chairperson|chair of",
    "co-chair|co-chairs|co-chaired|co-chairing", "co-chairmanship|co-chairship of",
    "presides over", "presided over", "holds the presidency of", "held the presidency of",
]
CO_CHAIR = ["co-*", "co", "jointly"]

# "this programme", "it": the object was named earlier in the sentence
ANAPHOR = ["this|that|these|it|its", "the same"]

# a word before a name that makes it generic, not the named thing ("all NATO operations")
GENERIC_DET = ["all", "every", "any", "various", "several", "many", "other"]

# the English labels of chair positions in the reference data start with these words
CHAIR_TITLE = ["chair", "co-chair", "chairman", "chairwoman", "chairperson"]
# a handover: "took over the chairmanship from X in January 2025"
TAKEOVER = [
    "took|takes|take|taking over", "succeeded|succeeds|succeeding", "replaced|replaces|replacing",
    "assumed|assumes", "handed over",
]

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
    "became|become|becomes|becoming the ? ? member|members|ally", "became|become|becomes|becoming the ? ? ? member|ally",
    "became|become|becomes|becoming the ? ' s ? member|ally|state", "became|become|becomes|becoming the ? ' s member|ally",
    "became|become|becomes|becoming the ? ? ' s ? member|ally|state", "became|become|becomes|becoming the ? ’ s ? member|ally",
    "signed|signs|sign up to|for", "elected to", "was|were elected a|an ? member of", "won|wins|win a seat on|in",
    "became|become|becomes|becoming a|an non-permanent member of", "became|become|becomes|becoming a|an non - permanent member of",
    "as a|an member of", "as members of", "became|become|becomes|becoming members|Allies|allies",
    "became|become|becomes|becoming full members|Allies",
    ", a|an member|ally of", ", a|an member state|country|nation of", ", a|an ? member|ally|Ally",
    ", a|an ? member state|country|nation", ", a|an founding member of",
    "entered|enters|enter|entering", "belong|belongs|belonged|belonging to", "is|are|was|were part of",
    "is|are|was|were among the members of", "counts|count|counted among the members of",
    # "are now NATO Allies", "is also an EU member": a membership noun with the organisation inside
    "is|are|was|were|remain|remains ? ally|Ally|allies|Allies", "is|are|was|were now|also|all ? ally|Ally|allies|Allies",
    "is|are|was|were now|also|all a|an ? ally|Ally|member", "is|are|was|were now|also|all ? members",
    "is|are|was|were ? members", "is|are|was|were now|also|all members of",
    "has|have been ? ally|Ally|allies|Allies|members", "has|have also|all been ? ally|Ally|allies|Allies|members",
    "was|were admitted",
]
# founding an organisation makes a state one of its members (only a state as the subject)
FOUNDER_JOIN = ["founded|co-founded|cofounded", "co - founded"]
# "became the OECD's 35th member": only with an organisation before a membership noun
BECOME = ["became|become|becomes|becoming"]
# became an Ally: the organisation is NATO although the sentence does not name it
ALLY_JOIN = ["became|become|becomes|becoming a|an|the ? ally|Ally", "became|become|becomes|becoming a|an ally|Ally",
             "became|become|becomes|becoming allies|Allies"]
# adopting the euro is joining the euro area
EURO_JOIN = ["adopted|adopts|adopt|adopting|introduced|introduces the euro", "joined|joins|join the euro"]
# a lexicon whose object the sentence does not name: the entity it stands for
FIXED_OBJECT = {"ALLY_JOIN": "org:nato", "EURO_JOIN": "org:euro-area"}
# "NATO allies Estonia, Latvia and Lithuania", "fellow EU member states Germany and France": the
# states right after an organisation and one of these nouns are its members
MEMBER_TITLE = ["member|members|ally|allies|Allies|Ally", "member state|states|country|countries|nation|nations",
                "fellow member|members", "member states|countries , including|like", "allies|members , including|like",
                "member states|countries such as", "allies|members such as"]
# not (yet) a member: an application, a hope, a plan, a negation just before the trigger
NOT_MEMBER = [
    "not", "never", "n't", "yet to", "applied|applies|apply|applying for", "application|applications|bid|bids for|to",
    "seek|seeks|sought|seeking", "hope|hopes|hoped|hoping", "aspire|aspires|aspired|aspiring to",
    "want|wants|wanted|wish|wishes|wished", "aim|aims|aimed|aiming to", "plan|plans|planned|planning to",
    "intend|intends|intended|intending to", "would|could|might|should", "will",
    "ready to", "prepare|prepares|prepared|preparing to", "path|road|way towards|to", "eventual|eventually",
    "future", "possible", "potential",
]
# "they", "both countries": the subject is the state group of a sentence just before
PRONOUN_SUBJECT = ["they", "both countries|states|nations", "the two|three|four countries|states|nations",
                   "these countries|states|nations", "these two|three|four countries|states|nations",
                   "all three|four", "all three|four countries|states|nations", "both", "each", "each of them",
                   "each of the two|three|four", "all of them",
                   # a counted group of members: "all seven", "the nine founders", "all ten former members"
                   "all|the|these five|six|seven|eight|nine|ten|eleven|twelve",
                   "all|the|these two|three|four|five|six|seven|eight|nine|ten|eleven|twelve countries|states|nations|members|founders|allies|Allies|signatories|participants|aspirants|candidates",
                   "all|the|these two|three|four|five|six|seven|eight|nine|ten|eleven|twelve former|founding|original|new|remaining|other|member members|countries|states|nations|founders|allies|Allies"]
# how many states a pronoun phrase counts ("both", "the three states")
GROUP_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12}
# "each year", "both sides": a pronoun word before one of these is no subject
NOT_PRONOUN_NEXT = ("year", "years", "month", "week", "day", "time", "other", "side", "sides", "organisation",
                    "organization", "body", "member", "ally")
# a period a chair or a seat is held for: first/second half of a year, month to month
HALF_YEAR = (r"\b(?P<half>first|second) half of (?P<y>\d{4})",)
MONTH_SPAN = (r"\b(?:from|between) (?P<m1>{month})(?: (?P<y1>\d{{4}}))? (?:to|until|and|till) (?P<m2>{month}) (?P<y>\d{{4}})",)
FIRST_HALF = ("first",)
# bodies one chairs or presides over (matched on the reference data's English labels)
CHAIR_BODY = ("council", "committee", "assembly", "presidency", "commission", "group")
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
    "serve|serves|served|serving alongside", "fought|fight|fights|fighting alongside",
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
    "was|were offered|granted|given", "offered|granted",
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
    "preside|presides|presided|presiding over", "hold|holds|held|holding the rotating presidency of",
    "presidency in|of", "rotating presidency of",
    "presiding country|state|nation of", "was|is|were the presiding country|state|nation",
]
# leading a council or committee is chairing it (only with a body of CHAIR_BODY as the object)
CHAIR_LEAD = ["led|leads|lead|leading|headed|heads|head|heading"]
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

# "Latvia and other Baltic States": a group name after one of these is not the subject
OTHER_WORDS = ("other", "remaining", "fellow")

# --- lists of members (extract/membership_lists.py)
# "<organisation> brings together A, B and C", "<organisation>'s members are A and B": the states
# after one of these are members of the organisation before it
MEMBERS_LIST = [
    "brings|bring|brought|bringing together", "comprises|comprise|comprised|comprising",
    "consists|consist|consisted|consisting of", "is|are|was|were made up of", "made up of",
    "includes|include|included|including", "unites|unite|united|uniting", "gathers|gather|gathered together",
    "groups|grouped|grouping together", "members are|were|include|included|comprise|:",
    "member states|countries|nations are|were|include|included|:", "whose members are|were|include|included",
    "whose member states|countries|nations are|were|include|included", "participants are|were|include|included|:",
    "participating states|countries are|were|include|included|:", "founding members are|were|:",
    "is|are|was|were composed of", "composed of",
]
# "the members of the NB8 are A, B": the organisation after these, then the states
MEMBERS_OF_LIST = [
    "members|participants|founders of", "member states|countries|nations of", "founding members|states of",
    "participating states|countries of", "member states|countries|nations of the", "members of the",
]
# "a framework in which A, B and C take part": the states after these, then one of MEMBERS_IN_VERB
MEMBERS_IN = ["in which", "within which", "where"]
MEMBERS_IN_VERB = [
    "take|took part", "have|has taken part", "participate|participated", "work|worked together", "cooperate|cooperated",
    "are|were represented", "sit|sat", "work|worked",
]
# head nouns of an organisation's description ("JEF is a ten-nation framework, which ...")
GROUP_NOUNS = ("format", "framework", "group", "forum", "initiative", "alliance", "organisation", "organization",
               "coalition", "partnership", "union", "council", "body", "bloc", "club", "community", "arrangement",
               "cooperation", "force", "platform", "network")
REL_PRONOUNS = ("which", "that", "in which", "where")
COPULA = ("is", "was", "are", "were", "remains")
# words of a lead-in or table header that speak of membership ("Members:", "Memberships")
LIST_CUE = ["member|members|membership|memberships|participants|participant|participation", "member states|countries|nations",
            "belongs|belong to", "joined", "takes|take part in", "participates|participate in"]
# words that may stand between a list verb and its first state ("brings together the eight countries:")
LIST_GAP_WORDS = ("the", "its", "their", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                  "eleven", "twelve", "countries", "states", "nations", "members", "member", "allies", "such", "as",
                  "like", "namely", "nordic", "baltic", "european", "northern", "central", "eastern", "and", "all")
# participation verbs whose object may be an organisation ("takes part in the NB8": membership)
PARTICIPATE_ORG = ["participate|participates|participated|participating in", "take|takes|took|taking|taken part in",
                   "involved in", "engaged in"]
# organisations one takes part in rather than joins (matched on the reference data's English label)
# (an initiative of states such as the Three Seas Initiative is an organisation one is a member of)
PARTICIPATION_ORGS = ("coalition", "process", "programme", "program")
# what may stand between such a verb and the organisation, and the words that may follow it
PART_ORG_GAP = ("the", "a", "an", "also", "too", "actively", "fully", "and", "led", "-led", "'s", "’s")
PART_ORG_NEXT = ("and", "since", "from", "in", "as", "at", "until", "with", "together", "alongside", "for", "on")
# relative pronouns that open a clause about the noun before them ("countries that belong to")
REL_SUBJECT = ("that", "which", "who")
# "among the countries that joined", "one of the states that founded": the subject is one of them
AMONG = ("among", "amongst", "one", "two", "three")
# "the accession of Finland and Sweden to NATO": the states after these, the organisation after "to"
JOIN_OF = ["accession|admission|entry|joining|integration of"]
# joining named by a noun: the state owning it ("Finland's accession") is the subject
JOIN_NOUN = ["accession|admission|entry"]
# "the Secretary General, who chairs ...", "she also chairs ...": the chair is the antecedent
CHAIR_REL = ("who",)
PERSON_PRONOUN = ("she", "he")
ADVERBS = ("also", "currently", "now", "still", "regularly", "jointly")

# --- founders (extract/membership_founders.py)
# "<organisation>, founded in 2008 by A, B and C": the states after AGENT are founding members
FOUNDED_BY = ["founded|co-founded|cofounded|established|created|formed|launched|inaugurated", "co - founded",
              "set up"]
AGENT = ("by",)
# "it was founded by ...": the organisation of the context
FOUNDED_PRONOUN = ("it", "which", "that")
# a founding document signed by states makes them members of the organisation it founds
SIGN = ["signed|signs|sign|signing|co-signed"]
FOUNDING_DOC = ["founding|constituent|establishing document|documents|treaty|charter|memorandum|agreement|declaration|act|convention",
                # a programme's framework document: signing it is taking part ("signed the PfP Framework Document")
                "framework document|documents", "Framework Document|Documents",
                "memorandum|treaty|charter|agreement establishing|founding"]
# only in a sentence that also says the organisation was founded ("it was established in 2017, when
# A and B signed its memorandum of understanding")
FOUNDING_DOC_WEAK = ["its|the memorandum of understanding", "its|the memorandum|charter|treaty"]
# "The nine founding members were A, B ...": founders named without their organisation
FOUNDERS_WERE = ["founding members|states|nations|countries were|are|included|include|:",
                 "founders were|are|:", "founder members|states were|are|:"]
# "a NATO body": a name after these describes the noun after it
INDEFINITE = ("a", "an")
# "the centre", "the group": a referring noun names the organisation of that kind named last
REF_NOUNS = ("centre", "center", "group", "organisation", "organization", "alliance", "initiative", "format",
             "forum", "council", "coalition", "agency", "institution", "framework", "partnership", "bloc")
REF_DET = ("the", "this", "that")
# "take part in its exercises": a possessive before a noun is no pronoun standing for a programme
POSSESSIVE = ("its", "their")
# "joined three months later", "a year later": a start counted from the date before
LATER = (r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+) (?P<u>months?|years?) later\b",
         r"\bthe (?P<u>following|next) year\b")
# working in a format is membership: "Latvia and Poland cooperate in the B9 format" (membership_lists)
FORMAT_VERB = ["cooperate|cooperates|cooperated|cooperating|co-operate|co-operates|co-operated",
               "work|works|worked|working together", "work|works|worked|working", "sit|sits|sat"]
FORMAT_PREPS = ("in", "within", "inside")
FORMAT_NOUN_LOC = ("format",)
TOGETHER_WITH = r"^\s*(?:closely\s+)?together with\s+(?:the\s+)?"
# "both accessions": these single-word pronouns before a plural noun are its determiner
PLURAL_PRONOUNS = ("both", "all", "these")
# "23 of NATO's 32 members are also members of the EU": a plural copula needs a named subject
PLURAL_COPULA = ("are", "were")
# "all except Albania and North Macedonia are members": the states after these are left out
EXCEPT = ("except", "excluding", "but")
# a membership noun that names no organisation: "- **WTO**: member since 1999" (membership_phrases)
MEMBER_PHRASE = ["member|members", "member state|country|nation", "full member|members", "founding member"]
PHRASE_LEAD: tuple[str, ...] = ()
BECAME = ("became", "becomes")
# an invitation given at an organisation's summit is an invitation to join it ("received their invitations at the
# Bucharest Summit"); "invite it": the state named before
AT_EVENT = ("at", "during")
OBJECT_PRONOUN = ("it",)
SUMMIT = ("summit",)
# "Croatia joined them in 2001": the organisation whose members the sentences before listed
MEMBERS_PRONOUN = ("them",)
# "was founded": a passive founding names no founder before the verb
PASSIVE_AUX = ("was", "were", "is", "are", "been", "be", "being")
# a counted group that "is"/"has been" a member: the sentence's date is the group's, not each start
STATIVE = ("is", "are", "was", "were", "has", "have", "remain", "remains")

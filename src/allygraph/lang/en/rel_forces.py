"""English trigger words for the forces family: lead nations, troop contributors, military
support, strategic partners, locations and founding of formations, personnel counts.

Patterns are matched over tokens (see :mod:`allygraph.extract.lexicon`): ``stem*`` matches any
inflection, ``a|b`` alternatives, ``?`` any one token.
"""

# X leads Y (the leader on the left, the formation on the right)
LEAD_VERB = [
    "leads", "lead", "is leading", "are leading", "took the lead of|in|for", "takes the lead of|in|for",
    "has led", "have led", "commands", "heads", "share the lead of|in", "shares the lead of|in",
    "jointly lead", "jointly leads", "will lead", "co-leads", "co - leads", "co-lead", "co - lead",
    "took over command of|the", "assumed command of", "took over the lead of", "is in charge of",
    "are in charge of", "led",
]
# Y is led by X / under the lead of X (the formation on the left, the leader on the right)
LEAD_PASSIVE = [
    "led by", "headed by", "commanded by", "led jointly by", "headed jointly by", "led together by", "under the lead of", "under the leadership of",
    "under the command of", "co-led by", "co - led by", "jointly led by",
    "spearheaded by", "coordinated by",
]
# X-led Y: the leader just before the trigger
LEAD_GENITIVE = ["- led", "-led"]
LEAD_ROLE_SG = [
    "framework nation", "lead nation", "leading nation", "framework country", "lead country",
    "framework state", "role of framework|lead nation", "framework nation role",
]
LEAD_ROLE_PL = ["framework nations", "lead nations"]
TOGETHER = ["together with", "jointly with", "along with", "alongside"]

TROOPS = [
    "troops", "soldiers", "servicemen", "service members", "servicemembers", "personnel", "officers",
    "instructors", "marines", "paratroopers", "infantry",
    "military personnel", "forces", "contingent*", "units", "staff", "sailors", "airmen",
]
FROM = ["from"]
CONTRIBUTE_VERB = [
    "contribut*", "send|sends|sent", "deploy|deploys|deployed", "provide troops|soldiers|forces",
    "provides troops|soldiers|forces", "provided troops|soldiers|forces",
]
CONTRIBUTORS = [
    "contributing nations|countries|states|allies", "troop contributors", "troop-contributing allies",
    "troops from the following", "forces from the following", "soldiers from the following", "troop-contributing nations|countries",
    "contributors", "troop - contributing nations|countries", "participating nations|countries",
]

MILITARY_SUPPORT = [
    "military support", "military assistance", "military aid", "defence support", "defense support",
    "support militarily", "supports militarily", "supported militarily",
]
RECEIVE = ["receive*", "received", "get|gets|got"]
SUCH_AS = ["such as", "including", "among them", "namely", "e.g.", ":", "like"]

STRATEGIC_PARTNER = ["strategic partner*", "strategic ally", "strategic allies"]

LOCATED = [
    "based in|at|near", "located in|at|near", "stationed in|at|near", "deployed in|at|to",
    "hosted by|in|at", "host|hosts|hosted", "situated in|at", "is used as ? base for",
    "is used as ? airbase for", "are used as ? base for", "used as ? base|airbase for",
    "is used as an air base for", "serves as ? base for", "serves as ? airbase for", "home to",
    "garrisoned in|at", "housed in|at", "quartered in|at", "live|lives|living in|at", "will live in|at",
    "coordinated from", "run from", "operated from",
]
FOUNDED = [
    "founded", "established", "set up", "created", "opened", "inaugurated", "launched",
    "activated", "stood up", "formed", "deployed", "instituted", "began", "started",
    "operating since", "operates since", "has operated since", "in operation since", "has existed since",
    "became operational", "was inaugurated", "arrived", "launch|launches|launching", "is launching",
    "put into service", "taken into service", "brought into service", "commissioned", "stood up",
]
SAME_YEAR = ["in the same year", "that same year", "the same year", "that year"]

# a formation named by its head noun alone ("the brigade", "the battlegroup"): the latest one named so,
# or the one of that kind in the place named right after it ("the battlegroup in Estonia")
UNIT_HEADS = ["brigade", "battlegroup", "battle group", "division", "battalion", "battlegroups", "brigades"]
# an operation named by its head noun alone ("the mission", "the operation"): the latest operation named
OPERATION_HEADS = ["mission", "operation"]
# words that may join two formations sharing one relation: "leads the brigade, as it did the battlegroup"
UNIT_JOIN = ("and", "as", "well", "like", "just", "previously", "before", "it", "did", "also", "both", "earlier",
             "then", "now", "the")
# gapping: "the United Kingdom leads the battlegroup in Estonia, Germany the one in Lithuania"
ELLIPSIS = ["the one in|at", "that in|at", "the one based in|at", "the one stationed in|at",
            "the battlegroup|brigade|division|battalion in|at", "the battlegroup|brigade|division|battalion based in|at"]
# "under Canadian leadership", "under Canada's command": the leader just before the trigger
LEAD_UNDER = ["leadership", "command", "lead"]
# equipment sent to an operation counts as a contribution, not as personnel
ASSETS = [
    "fighter jets", "fighters", "jets", "aircraft", "planes", "warplanes", "ships", "warships", "frigates",
    "helicopters", "tanks", "vessels", "minehunters", "corvettes", "submarines", "patrol aircraft",
    "air-defence systems", "air defence systems", "training modules", "f - 16s", "f-16s", "f - 35s", "f-35s", "eurofighters", "typhoons",
]
PROVIDE_VERB = [
    "provide|provides|provided|providing", "supply|supplies|supplied", "send|sends|sent", "deploy|deploys|deployed",
    "contribute|contributes|contributed", "rotate|rotates|rotated", "assign|assigns|assigned",
]
# an offer or commitment of troops or assets: an explicit contribution ("have committed forces")
OFFER_VERB = ["commit|commits|committed|committing", "pledge|pledges|pledged|pledging",
              "offer|offers|offered|offering", "earmark|earmarks|earmarked", "put forward"]
# the unit on the left, the contributors on the right: "the squadron is manned by Latvia and Lithuania"
CONTRIBUTE_PASSIVE = ["manned by", "staffed by", "crewed by", "jointly manned by", "jointly staffed by",
                      "contributed by", "provided by", "supplied by"]
THEN = ["at the time", "at that time", "at its launch", "at the start", "at first", "initially", "originally",
        "back then", "then"]
NOW = ["currently", "now", "today", "at present", "presently", "still"]
COUNT_ABOVE = ["passed", "exceeded", "surpassed", "topped", "more than", "over", "above"]
HEADQUARTERS = ["headquarters", "headquartered", "hq", "head office", "command post"]
USES_BASE = ["uses", "used", "use", "operate|operates|operated|operating|fly|flies|flew|flown|flying from",
             "operate|operates|operated|operating|fly|flies|flew|flown|flying out of", "home for|to", "second home for|to",
             "a home for|to"]
TRANSFORMED = ["expanded into", "transformed into", "converted into", "upgraded to", "upgraded into",
               "grew into", "became"]
# (a word set, not triggers) a state right after one of these words is not the subject ("together with Latvia", "from Poland")
PREPOSITIONS = ("with", "in", "from", "of", "to", "at", "by", "for", "into", "on", "against", "between")

# (word stems, not triggers) a state right before one of these names a person's nationality, not a
# leader: "the Canadian officer who commands", "commanded by Danish Major General ..."
PERSON_NOUNS = ("officer", "general", "major", "colonel", "lieutenant", "brigadier", "admiral", "commander",
                "captain", "commodore", "minister", "chief", "sergeant", "soldier", "diplomat", "ambassador")
# a service word between the state and the rank: "Canadian Army officer"
PERSON_SERVICE = ("army", "navy", "air", "armed")
# a participle between a unit's head noun and its place: "the battlegroup based at Tapa"
PLACED = ["based in|at|near", "stationed in|at|near", "located in|at|near", "deployed in|at|to", "garrisoned in|at",
          "headquartered in|at"]
# "<place>-based X": the place just before, the body just after
PLACE_ATTRIBUTE = ["- based", "-based"]
# a day without a year: "last year on 3 July" is the year before the document's; "this year" its own
LAST_YEAR = ["last year", "the previous year", "the year before"]
THIS_YEAR = ["this year", "earlier this year"]
# (word stems, not triggers) an organisation or programme whose name has one of these is one a state
# can lead ("leads the drone coalition", "the JEF, led by the UK", "the Dutch-led PESCO project")
LEADABLE_HEADS = ("coalition", "force", "project", "initiative", "taskforce", "framework nation")
# inside a name: the name says who leads it ("the NATO-led Kosovo Force")
NAME_LED = ("-led", "- led")
# (words, not triggers) a locating verb with one of these before it and no unit named in the sentence
# locates the unit named just before ("The rest will be based at Rukla")
PRONOUN_SUBJECTS = ("it", "they", "them", "rest", "remainder", "its", "their")
# (words, not triggers) a sentence opening with one of these and a common noun ("This unit ...") is
# about the body named just before whose name has that noun
DEMONSTRATIVES = ("this", "the", "that", "said")
# founding an organisation at a conference: the place is where it was founded, not its seat
FOUNDED_EVENT = ["founded", "co-founded", "cofounded"]
# one state's share of a unit: "the Latvian contingent numbers 142 soldiers" counts that state's troops only
CONTINGENT = ["contingent|contingents"]
# an exercise's participants are no unit's strength: "Some 3,500 troops took part in the exercise"
EXERCISE = ["exercise|exercises|drill|drills|manoeuvres|maneuvers|wargame|wargames", "war game|games"]
# taking part (in an exercise): "3,500 troops took part", "involved 3,500 soldiers"
TOOK_PART = ["took|take|takes|taking part", "participated|participate|participating", "involved|involving|involves"]

"""English trigger words for the forces family: lead nations, troop contributors, military
support, strategic partners, locations and founding of formations, personnel counts.

Patterns are matched over tokens (see :mod:`allygraph.extract.lexicon`): ``stem*`` matches any
inflection, ``a|b`` alternatives, ``?`` any one token.
"""

# X leads Y (the leader on the left, the formation on the right)
LEAD_VERB = [
    "leads", "lead", "is leading", "are leading", "took the lead of|in|for", "takes the lead of|in|for",
    "has led", "have led", "commands", "heads", "share the lead of|in", "shares the lead of|in",
    "jointly lead", "jointly leads",
]
# Y is led by X / under the lead of X (the formation on the left, the leader on the right)
LEAD_PASSIVE = [
    "led by", "headed by", "commanded by", "under the lead of", "under the leadership of",
    "under the command of",
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
    "troops", "soldiers", "servicemen", "service members", "servicemembers", "personnel",
    "military personnel", "forces", "contingent*", "units", "staff", "sailors", "airmen",
]
FROM = ["from"]
CONTRIBUTE_VERB = [
    "contribut*", "send|sends|sent", "deploy|deploys|deployed", "provide troops|soldiers|forces",
    "provides troops|soldiers|forces", "provided troops|soldiers|forces",
]
CONTRIBUTORS = [
    "contributing nations|countries|states", "troop contributors", "troop-contributing nations|countries",
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
    "garrisoned in|at",
]
FOUNDED = [
    "founded", "established", "set up", "created", "opened", "inaugurated", "launched",
    "activated", "stood up", "formed", "deployed", "instituted",
]
SAME_YEAR = ["in the same year", "that same year", "the same year", "that year"]

# a formation named by its head noun alone ("the brigade", "the battlegroup"): the latest one named so
UNIT_HEADS = ["brigade", "battlegroup", "battle group", "division", "battalion"]
TRANSFORMED = ["expanded into", "transformed into", "converted into", "upgraded to", "upgraded into",
               "grew into", "became"]
# (a word set, not triggers) a state right after one of these words is not the subject ("together with Latvia", "from Poland")
PREPOSITIONS = ("with", "in", "from", "of", "to", "at", "by", "for", "into", "on", "against", "between")

"""English trigger words for the operations family: cooperation between bodies, operations and
states, support, areas of operation, headquarters and command.

Patterns are matched over tokens (see :mod:`allygraph.extract.lexicon`): ``stem*`` matches any
inflection, ``a|b`` alternatives, ``?`` any one token.
"""

# X <cooperation head> ... with Y: the head, then COOP_WITH within a few tokens
COOP = [
    "cooperat*", "co - operat*", "collaborat*", "work|works|worked|working closely",
    "work|works|worked|working together", "work|works|worked|working hand in hand",
    "partner|partners|partnered|partnering", "partnership",
    "meet|meets|met|meeting", "coordinate|coordinates|coordinated|coordinating", "coordination",
    "liaise|liaises|liaised|liaising", "joint meeting|meetings|consultations|talks|exercises",
    "close cooperation|coordination|contact",
]
# cooperation stated of a pair without "with": "the Council and the Committee hold joint meetings"
COOP_MUTUAL = [
    "hold|holds|held|holding joint|regular meetings|consultations|talks", "meet|met regularly",
    "hold|holds|held|holding regular|frequent|annual joint meetings|consultations|talks",
    "cooperate|cooperates|cooperated|co - operate|co-operate closely", "cooperate|cooperated|co-operate",
    "work|worked together|closely", "coordinate|coordinated closely",
]
COOP_WITH = ["with"]
# a date with these words is when the cooperation began
BEGIN = ["founded", "established", "launched", "began", "begun", "started", "initiated", "set up", "opened"]

# X supports Y / X supported Y / in support of Y
SUPPORT = [
    "supports|supported|supporting", "in support of", "provides|provided|providing|provide support to",
    "provides|provided|providing|provide its|their support to", "lend|lends|lent support to", "assist|assists|assisted|assisting", "backs|backed|backing",
]
# the supporter after the verb: "X is supported by Y", "X relies on Y"
SUPPORT_PASSIVE = [
    "is|are|was|were|been|being supported|assisted|backed by", "with the support of", "with support from",
    "supported by", "backed by",
]
# ("drawing on NATO planning expertise" under Berlin Plus is how the operation works, not support to it)
RELY = ["relies|rely|relied|relying on|upon"]
# weaker: only with an asset word after the supporter ("uses NATO assets")
RELY_ASSETS = ["uses|use|used|using", "makes|make|made|making use of", "has|have|had access to"]
ASSET = [
    "asset*", "capabilit*", "resource*", "command structure*", "planning", "support", "common",
    "infrastructure", "headquarters", "logistics",
]
# nouns after a nationality adjective that stand for the state ("Turkish authorities")
NATIONAL_HEAD = [
    "authorities", "authority", "government", "governments", "forces", "armed forces", "troops",
    "soldiers", "staff", "platoon", "company", "battalion", "navy", "navies", "army", "armies", "coast guard", "coastguard", "coast guards",
    "officers", "contingent", "contingents", "units", "unit", "military", "servicemen",
    "partners", "counterparts", "ministry", "ministries", "border guard", "border guards",
]

# an operation acts in a place: "<operation> in <place>", "operates in <place>"
IN_PLACE = ["in", "in the", "within", "within the", "across", "across the", "off", "off the", "throughout"]
OPERATE = [
    "operate|operates|operated|operating in|within|across|off", "active in", "deployed in|to",
    "conduct|conducts|conducted|conducting ? in", "patrol|patrols|patrolled|patrolling",
    "present in", "stationed in",
    "guard|guards|guarded|guarding|police|polices|policed|policing|protect|protects|protected|protecting the|their skies|airspace over|of",
    "patrol|patrols|patrolled|patrolling|secure|secures|secured|securing the|their skies|airspace|waters over|of|off",
    "skies|airspace over",
    # "its area of operation comprises A, B and C", "the area of responsibility covers ..."
    "area|areas of operation|operations|responsibility comprises|comprise|covers|cover|includes|include|spans|span",
    "area|areas of operation|operations|responsibility is|are|extends to|extend to",
    "active along|around|across|throughout|over",
]
# "X deployed a <kind> force to <place>": an operation the text names only by description
DEPLOY = ["deployed|deploys|deploy|sent|sends|send|dispatched|launched|established"]
DEPLOY_KIND = ["force", "forces", "mission", "operation", "presence", "task force", "group", "activity"]
DEPLOY_ACTIVITY = "{org} {kind} activity in {place}"  # label of a created operation
DEPLOY_TO = ["to", "in", "into"]

# X's headquarters is located at Y / X is headquartered in Y
HQ = ["headquarters", "headquarter", "hq", "ohq", "seat"]
HQ_OPERATION = ["operation|operational|mission|force headquarters|hq", "ohq"]
HQ_LOCATED = [
    "is|are located at|in", "located at|in", "is|are based at|in", "based at|in", "is|are situated at|in",
    "is|are at", "is|are in", "sits at|in", "is|are hosted at|by|in", "is|are provided by",
]
POSSESSIVE = ["its", "their"]
HQ_VERB = [
    "headquartered in|at", "has its headquarters in|at", "have their headquarters in|at", "is run from",
    "run from", "is commanded from", "is directed from", "is led from",
]

# command: "X is the Commander of Y", "Y is commanded by X", "under the command of X", "X commands Y"
COMMAND = [
    "commander of", "commander", "commanders of", "commanding officer of", "commanded by",
    "under the command of", "command of", "commands", "commanded", "force commander",
    "operation commander", "head of mission", "heads", "commanding", "in command of",
    "took|take|takes|taken|assumed|assume|assumes command of",
]
# "the mission is led by a Danish general": a commander only when a person or position follows
COMMAND_LED = ["led|headed by", "is|was|are|were led|headed by"]
# a unit named by its head noun alone ("the division is commanded by"): the latest unit it fits
UNIT_HEADS = ["brigade", "battlegroup", "battle group", "division", "battalion"]
UNIT_GENERIC = ["the|this formation"]  # the latest formation named
UNIT_HEAD_NOT: list[str] = []  # a head noun that is part of a rank

# words that end the list of objects of a trigger
CLAUSE_END = [
    "which", "that", "who", "whom", "whose", "while", "whereas", "but", "because", "although",
    "when", "where", "until", "since", "after", "before", "by", ";",
]

# common nouns that make a name just before them a modifier ("NATO partners", "EU Member States")
NAME_MODIFIED = [
    "partners", "partner", "allies", "ally", "member|members", "member states|countries|nations",
    "structures", "institutions", "officials", "representatives", "counterparts", "planning",
    "expertise", "capabilities", "capacities", "standards", "staff", "forces", "decision-making",
    "decision - making", "leaders", "heads", "ministers", "summit", "meeting", "territory",
    "membership", "countries", "states", "nations", "personnel", "assets", "operations", "missions",
]

# a relative clause ", which ... ," inside which no subject of the main clause is sought
RELATIVE = ["which", "who", "whose"]

# referring nouns: the subject or object is "the mission", "the centre" named earlier
REF_OPERATION = ["the|this|that mission|operation|force|forces|deployment|contingent"]
REF_ORG = ["the|this|that centre|center|organisation|organization|coalition|agency|committee|council|institution",
           "centre|center"]
# pronouns standing for one operation / the last two named
PRONOUN_ONE = ["it", "this", "that"]
PRONOUN_BOTH = ["both", "both of them", "them", "these", "those"]
# operations named by description: "the NATO-led force in Bosnia"
LED = ["- led", "-led"]
LED_KIND = ["force|forces|operation|operations|mission|missions|coalition|peacekeepers"]

# a state or unit takes part in an operation, mission or exercise (operations_participation)
PARTICIPATE_OP = [
    "serve|serves|served|serving alongside|in|with|under", "has|have|had served|serve alongside|in|with",
    "take|takes|took|taken|taking part in", "participate|participates|participated|participating in",
    "join|joins|joined|joining", "deployed|deploys|deploy to|in", "contribute|contributes|contributed troops to",
    "is|are|was|were part of",
]
# a pronoun or possessive opening the clause that stands for the participant
PARTICIPANT_PRONOUN = ["it", "its", "they", "their"]

# -- headquarters around the noun (operations_hq_lists) --
HQ_ADJECTIVE = ["main", "operational", "permanent", "new", "forward", "principal", "central", "general", "static",
                "deployable", "rear", "joint"]
HQ_RELATIVE = ["whose"]  # "X, whose headquarters is in A"
HQ_HAVE = ["has", "have", "had", "keeps", "keep", "maintains", "maintain"]  # "X has its headquarters in A"
HQ_LOCATOR = ["in", "at", "is", "are", "was", "were", "located", "based", "situated", "which", "that", "sits", "now",
              "still", "permanently"]
HQ_SERVES = ["serves", "serve", "served", "serving", "acts", "act", "acted", "functions", "doubles"]
OPERATION_NOUN_GEN = ["mission's", "operation's", "mission", "operation"]
HQ_ELEMENT = ["with elements|sites|locations|offices at|in", "with an element|a site|an office at|in",
              "split between", "spread over"]
# the OPERATE patterns that name an area whose operation is the one told of before ("Its area of operation ...")
OPERATE_AREA = ["area|areas of operation|operations|responsibility"]

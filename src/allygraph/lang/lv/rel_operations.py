"""Latvian trigger words for the operations family: sadarbība starp institūcijām, operācijām un
valstīm, atbalsts, darbības vieta, štābi un komandieri.

Patterns are matched over tokens (see :mod:`allygraph.extract.lexicon`): ``stem*`` matches any
inflection, ``a|b`` alternatives, ``?`` any one token.
"""

COOP = [
    "sadarbojas|sadarbojās|sadarbosies|sadarboties|sadarbojoties|sadarbojusies|sadarbojies",
    "sadarbīb*", "cieši strādā|strādāja", "strādā|strādāja kopā", "tiekas|tikās|tiksies",
    "koordinē|koordinēja|koordinējot", "partnerīb*", "kopīg* sanāksm*|konsultācij*|tikšan*|mācīb*|sēd*",
    "ciešā sadarbībā|koordinācijā", "roku rokā",
]
# sadarbība, kas teikta par pāri bez "ar": "padome un komiteja rīko kopīgas sanāksmes"
COOP_MUTUAL = [
    "rīko|rīkoja|rīkos kopīgas sanāksmes|konsultācijas", "regulāri tiekas|tikās", "cieši sadarbojas|sadarbojās",
    "rīko|rīkoja|rīkos regulāras|ikgadējas kopīgas sanāksmes|konsultācijas",
    "sadarbojas|sadarbojās", "strādā|strādāja kopā",
]
COOP_WITH = ["ar"]
BEGIN = ["uzsāka", "uzsākta", "uzsākusi", "sāka", "aizsāka", "nodibināja", "izveidoja", "iedibināja"]

SUPPORT = [
    "atbalsta|atbalstīja|atbalstīs|atbalstot|atbalstījusi|atbalstījis|atbalstīt",
    "sniedz|sniedza|sniegs|sniedzot atbalstu", "palīdz|palīdzēja|palīdzot", "atbalstam",
]
# atbalstītājs aiz darbības vārda: "X atbalsta Y" ciešamajā kārtā, "X balstās uz Y"
SUPPORT_PASSIVE: list[str] = []  # latviski darītājs stāv pirms divdabja ("NATO atbalstīta"): vēl nav
RELY = ["balstās|balstījās|balstoties uz", "paļaujas|paļāvās uz"]
RELY_ASSETS = ["izmanto|izmantoja|izmantos|izmantojot"]
ASSET = ["resurs*", "spēj*", "līdzekļ*", "aktīv*", "infrastruktūr*", "komandstruktūr*", "kopīg*", "štāb*",
         "plānošan*", "loģistik*"]
# "atbalsta" as a genitive noun ("atbalsta misija" = a support mission), not the verb
SUPPORT_NOUN = ["atbalsta misij*|operācij*|sistēm*|pasākum*|spēj*|program*|punkt*|vienīb*|sniedz*|funkcij*"]
NATIONAL_HEAD = [
    "iestādes|iestādēm|iestāžu", "valdība|valdībai|valdību|valdības", "spēki|spēkiem|spēku|spēkus",
    "bruņotie|bruņotajiem|bruņoto", "karavīri|karavīriem|karavīru|karavīrus", "flote|flotei|floti|flotes",
    "armija|armijai|armiju|armijas", "krasta apsardze|apsardzei|apsardzi|apsardzes",
    "robežsardze|robežsardzei|robežsardzi|robežsardzes", "virsnieki|virsniekiem|virsnieku",
    "kontingents|kontingentam|kontingentu|kontingenta", "partneri|partneriem|partnerus|partneru",
    "kolēģi|kolēģiem|kolēģus", "ministrija|ministrijai|ministriju|ministrijas",
]

IN_PLACE: list[str] = []  # Latvian marks the place by the locative case, not a preposition
OPERATE = [
    "darbojas|darbojās|darbosies|darbojoties", "izvietota|izvietots|izvietoti|izvietotas",
    "patrulē|patrulēja|patrulējot", "norisinās|norisinājās", "veic|veica|veicot",
    # "tās darbības zona aptver A, B un C", "operācijas rajons ietver ..."
    "darbības|operāciju|operācijas zona|zonā|rajons|teritorija aptver|ietver|ir",
]
DEPLOY = ["izvietoja|izvieto|izvietojusi|nosūtīja|nosūta|nosūtījusi"]
DEPLOY_KIND = ["spēkus", "misiju", "operāciju", "grupu", "klātbūtni", "kuģus"]
DEPLOY_ACTIVITY = "{org} {kind} darbība {place}"
DEPLOY_TO = ["uz"]

HQ = ["štābs|štāba|štābā|štābu|štābam", "mītne|mītnes|mītnē", "galvenā|galvenajā|galvenās mītne|mītnē|mītnes",
      "galvenais|galvenajā|galvenā štābs|štābā|štāba"]
HQ_OPERATION = ["operācijas|misijas štābs|štāba|štābā", "operatīvais štābs"]
HQ_LOCATED = ["atrodas", "atradās", "izvietots|izvietota", "bāzēts|bāzēta", "ir"]
POSSESSIVE = ["tās", "tā", "to", "savs", "sava"]
HQ_VERB = ["mītne atrodas", "štābs atrodas"]

COMMAND = [
    "komandieris|komandiera|komandierim|komandieri|komandiere|komandieres",
    "komandē|komandēja|komandēs|komandējis|komandējusi", "pakļautībā", "vadībā",
    "komandēšan*", "misijas|operācijas vadītājs|vadītāja|vadītāju|vadītājam",
]
# "misiju vada dāņu ģenerālis": komandieris tikai tad, ja aiz darbības vārda ir persona vai amats
COMMAND_LED = ["vada|vadīja|vadīs|vadījis|vadījusi"]
# vienība, kas nosaukta tikai ar galveno vārdu ("brigādes komandierim"): pēdējā, kurai tas der
UNIT_HEADS = ["brigād*", "kaujas grup*", "divīzij*", "bataljon*"]
UNIT_GENERIC = ["formējum*"]
UNIT_HEAD_NOT = ["brigādes ģenerāl*"]  # dienesta pakāpe, nevis vienība

CLAUSE_END = [
    "kas", "kurš", "kura", "kuru", "kuri", "kuras", "kuram", "kurai", "kurā", "kurās", "kuros",
    "lai", "bet", "taču", "tomēr", "jo", "kad", "līdz", "kopš", "pēc", ";",
]

# words that make a name just before them a modifier ("NATO partneriem", "ES dalībvalstīm")
NAME_MODIFIED = [
    "partner*", "sabiedrot*", "dalībvalst*", "valst*", "struktūr*", "institūcij*", "pārstāv*",
    "kolēģ*", "spēk*", "spēj*", "amatpersonas|amatpersonām", "līder*", "ministr*", "samit*",
    "sanāksm*", "teritorij*", "dalīb*", "personāl*", "operācij*", "misij*", "stratēģisk*",
]

# a relative clause ", kas ... ," inside which no subject of the main clause is sought
RELATIVE = ["kas", "kurš", "kura", "kuru", "kuri", "kuras", "kuram", "kurai", "kurā", "kurās", "kuros", "kuram"]

# norādoši lietvārdi: teikuma priekšmets vai papildinātājs ir iepriekš nosaukta misija, centrs
REF_OPERATION = [
    "misija|misijas|misiju|misijai|misijā", "operācija|operāciju|operācijai|operācijā",
    "spēki|spēkiem|spēkus", "kontingents|kontingentu|kontingentam",
]
REF_ORG = [
    "centrs|centra|centru|centram|centrā", "organizācija|organizāciju|organizācijai",
    "koalīcija|koalīciju|koalīcijai", "komiteja|komiteju|komitejai", "aģentūra|aģentūru|aģentūrai",
]
PRONOUN_ONE = ["tajā|tai|tur|to|tā|tās|šajā|šai|tam|tajos"]
PRONOUN_BOTH = ["abās|abos|abām|abiem|abas|abus|tajās|šajās|tās|tām"]
# operācijas, kas nosauktas aprakstoši: "NATO vadītā operācijā ... Bosnijā"
LED = ["vadītā|vadītajā|vadītās|vadītajās|vadīto|vadītajai|vadītie|vadītajos|vadītajiem|vadītos|vadītais|vadītajam|vadītajā"]
LED_KIND = ["operācij*", "misij*", "spēk*", "koalīcij*", "miera uzturēšanas spēk*|misij*|operācij*"]

# valsts vai vienība piedalās operācijā, misijā vai mācībās (operations_participation)
PARTICIPATE_OP = [
    "piedalās|piedalījās|piedalīsies|piedalījusies|piedalījies|piedalījušies|piedaloties",
    "dien|dienē|dienēja|dienējuši|dienējušas|dienēs", "pievienojās|pievienosies|pievienojusies",
    "iesaistījās|iesaistās|iesaistīsies|iesaistījusies",
]
PARTICIPANT_PRONOUN = ["tā", "tās", "tās", "viņa", "tie", "to"]

# -- headquarters around the noun (operations_hq_lists) --
HQ_ADJECTIVE = ["galvenais", "galveno", "galvenā", "galvenajā", "operatīvais", "operatīvo", "operatīvā",
                "pastāvīgais", "pastāvīgo", "jaunais", "jauno", "priekšējais", "priekšējo"]
HQ_RELATIVE = ["kuras", "kura", "kuru"]  # "X, kuras štābs atrodas Rostokā"
HQ_HAVE: list[str] = []
HQ_LOCATOR = ["kas", "kurš", "kura", "atrodas", "atradās", "ir", "bija", "izvietots", "izvietota", "bāzēts", "bāzēta",
              "tagad", "joprojām", "pastāvīgi"]
HQ_SERVES = ["kalpo", "kalpoja", "darbojas", "pilda"]
OPERATION_NOUN_GEN = ["misijas", "operācijas"]
HQ_ELEMENT = ["ar elementiem|daļām|vienībām", "kura elementi|daļas atrodas", "kas izvietots|izvietota"]
# the OPERATE patterns that name an area whose operation is the one told of before ("Its area of operation ...")
OPERATE_AREA = ["darbības|operāciju|operācijas zona|zonā|rajons|teritorija"]

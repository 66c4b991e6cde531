"""Latvian trigger words for the forces family: lead nations, troop contributors, military
support, strategic partners, locations and founding of formations, personnel counts.

Patterns are matched over tokens (see :mod:`allygraph.extract.lexicon`): ``stem*`` matches any
inflection, ``a|b`` alternatives, ``?`` any one token.
"""

# X vada Y / Y vada X / X, kas kopā ar Z vada Y  (word order free: the cases decide)
LEAD_VERB = [
    "vada", "vadīja", "vadīs", "vadījusi", "vadījis", "vadīt", "vadot", "komandē",
    "ir vadošā loma", "uzņēmusies vadību", "uzņēmās vadību", "uzņemas vadību", "vadīs", "līdzvada",
    "kopīgi vada", "pārņēma vadību", "pārņems vadību", "pārņēmusi vadību", "vada kopā",
]
# X vadībā / X vadītā kaujas grupa: the leader stands before the trigger in the genitive
LEAD_GENITIVE = ["vadībā|komandībā|pakļautībā|vadītā|vadītās|vadīto|vadītais|vadītajā|vadītajai|vadītajam|vadītie|vadītajām|vadītu|vadīta|vadītas|vadītam|vadītai|vadītā|vadīts|vadītajiem|vadītām|vadītiem"]
# the leader's role noun: "Kanāda ir ... vadošā valsts", "Kanāda, ietvarvalsts, ..."
LEAD_ROLE_SG = [
    "vadošā valsts", "vadošo valsti", "vadošās valsts", "vadošajai valstij", "vadošā nācija",
    "ietvarvalsts", "ietvarvalsti", "ietvara valsts", "pamatvalsts",
    "vadošās valsts lomu|loma|lomā", "ietvarvalsts lomu|loma|lomā", "vadošo lomu", "vadošā loma",
    "vadošās valsts pienākumus", "koalīcijas vadītāja", "koalīcijas līdere",
]
LEAD_ROLE_PL = ["vadošās valstis", "vadošajām valstīm", "ietvarvalstis"]
# co-leaders: "kopā ar Latviju vada"
TOGETHER = ["kopā ar", "kopīgi ar", "sadarbībā ar"]

# troops: "1500 karavīru no A, B un C"; "A un B karavīri"
TROOPS = [
    "karavīr*", "kareiv*", "vienīb*", "kontingent*", "spēk*", "personāl*", "militārpersonu", "virsniek*",
    "instruktor*", "kājniek*", "desantniek*", "jūrniek*", "lidotāj*",
    "militārpersonas", "militārpersonām", "bruņoto spēku",
]
FROM = ["no"]
CONTRIBUTE_VERB = [
    "sūta|sūtīja|sūtīs|nosūtīja|nosūtīs|nosūtījusi|nosūtījušas", "izvieto|izvietoja|izvietojusi",
    "dod ieguldījumu", "sniedz ieguldījumu", "piedalās ar", "piedalījās ar", "piedalīsies ar", "piedalīsies ? ar",
    "piedalās ? ar", "piedalījās ? ar", "piedalījusies ar", "piedalījies ar", "nodrošina karavīrus",
    "piešķir karavīrus",
]
# "karavīrus dod ... valstis": list of contributing nations
CONTRIBUTORS = ["dalībvalstis ir", "kontingentus nodrošina", "karavīrus nodrošina", "spēkus nodrošina",
                "piedalās valstis", "ieguldījumu dod", "spēkus devušās valstis", "karavīrus devušās valstis",
                "valstis, kas nodrošina", "kontingentu nodrošinātāj*"]

# military support: "sniedz militāro atbalstu"; "saņem militāro atbalstu no"
MILITARY_SUPPORT = [
    "militār* atbalst*", "militār* palīdzīb*", "militāri atbalsta",
    "aizsardzības atbalst*",
]
RECEIVE = ["saņem*", "saņēm*"]
SUCH_AS = ["kā", "piemēram", "tostarp", "tai skaitā", "t.sk.", ":"]

# strategic partners
STRATEGIC_PARTNER = ["stratēģisk* partner*", "stratēģisk* sabiedrot*"]

# located: "X atrodas Rīgā", "Ādažu bāzē izvietota X", "X bāzēta Y"
LOCATED = [
    "atrodas", "darbojas", "atradīsies", "atradās", "izvietot*", "izvietoj*", "bāzēt*", "bāzējas", "dislocēt*",
    "uzņem", "uzņēma", "izmitināt*", "darbojas bāze",
]
# founded/opened/deployed: inception
FOUNDED = [
    "atklāt*", "izveidot*", "izveidoja", "izveido", "nodibināt*", "nodibināja", "dibināt*", "dibināja",
    "izvietot*", "izvietoja", "sāka darbību", "sākusi darbību", "uzsāka darbību", "izveidots",
    "sākās", "sākusies", "uzsākta", "uzsākts", "uzsākti", "tika uzsākta",
    "darbojas kopš", "pastāv kopš", "sāka darbu", "sākusi darbu", "sācis darbu", "ieradās", "ieradusies",
    "ieradies", "ieradās pirmās", "izveidota", "izveidots", "dibināta", "dibināts",
    "aktivizēja|aktivizējusi|aktivizējis|aktivizēta|aktivizēts|aktivizētas", "nodots|nodota ekspluatācijā",
    "sāk|sāka|uzsāk|uzsāka misiju|operāciju|darbību",
]
# "tajā pašā gadā": the sentence's own year
SAME_YEAR = ["tajā pašā gadā", "šajā pašā gadā", "tā paša gada"]
# the resident place after a located trigger; a base is better than a city, a city than a state


# a formation named by its head noun alone ("brigāde", "kaujas grupa"): the latest one named so,
# or the one of that kind in the place named right after it ("kaujas grupu Lietuvā")
UNIT_HEADS = ["brigād*", "kaujas grup*", "divīzij*", "bataljon*"]
# an operation named by its head noun alone ("misija", "operācija"): the latest operation named
OPERATION_HEADS = ["misij*", "operācij*"]
# words that may join two formations sharing one relation: "Brigādi, tāpat kā līdz šim kaujas grupu, vada"
UNIT_JOIN = ("un", "kā", "arī", "tāpat", "līdz", "šim", "agrāk", "iepriekš", "gan", "savulaik", "pirms", "tam")
# equipment sent to an operation counts as a contribution, not as personnel
ASSETS = [
    "iznīcinātāj*", "lidmašīn*", "lidaparāt*", "kuģ*", "fregat*", "helikopter*", "tank*", "bruņutehnik*",
    "gaisa kuģ*", "kaujas lidmašīn*", "karakuģ*", "patruļlidmašīn*", "mīnu meklētāj*", "korvet*",
    "zemūden*", "pretgaisa aizsardzības sistēm*", "apmācību modu*",
]
# "Iznīcinātājus misijai nodrošinājušas Polija, Vācija ...": providing needs troops or assets as its object
PROVIDE_VERB = ["nodrošin*", "piešķīr*", "piešķir*", "nosūtīj*", "norīko*", "norīkoj*", "deleģē*", "deleģēj*"]
# a count stated for an earlier date: the date of the sentence before ("Tolaik ... 1100 karavīru")
# an offer or commitment of troops or assets: an explicit contribution ("apņēmusies nodot karakuģus")
OFFER_VERB = ["nodot|nodos|nodeva|nodevusi|nodevis|nodevušas|nodevuši|nodod", "apņēm*", "apsolīj*", "solīj*",
              "piedāvā*", "piešķīrusi|piešķīruši|piešķīrušas"]
# the unit, then its contributors: "eskadru komplektē Latvija un Lietuva"
CONTRIBUTE_PASSIVE = ["komplektē|komplektēja|komplektēs", "nodrošina personālu"]
THEN = ["tolaik", "toreiz", "tobrīd", "sākotnēji", "sākumā", "tajā laikā", "tai laikā"]
# a count stated for the document's own date
NOW = ["šobrīd", "pašlaik", "patlaban", "pašreiz", "šodien", "tagad", "joprojām"]
# a count that passes a threshold: "skaits pārsniedza 2000"
COUNT_ABOVE = ["pārsniedz*", "pārsniedza", "pārsniegusi", "pārsniedzis", "vairāk nekā", "vairāk kā", "pāri"]
# "kuras štābs atrodas Ādažos": a headquarters, not where the formation itself is
HEADQUARTERS = ["štāb*", "galvenā mītne", "galvenās mītnes", "mītne"]
# "misija izmanto Emari aviobāzi": an operation based at a base
USES_BASE = ["izmanto", "izmantoja", "izmantos", "izmantojusi", "izmantojis", "darbojas no", "lido no",
             "bāzējas", "ieradās", "ieradās pirmās"]
# "X tika pārveidota par Y 2024. gadā": Y begins then
TRANSFORMED = ["pārveidot* par", "pārveidoja par", "pārauga par", "paplašināt* līdz", "paplašināja līdz"]
# (a word set, not triggers) a state right after one of these words is not the subject ("kopā ar Latviju", "no Polijas")
PREPOSITIONS = ("ar", "no", "uz", "pie", "par", "pret", "līdz", "pēc", "bez", "caur", "starp")

# (word stems, not triggers) a state right before one of these names a person's nationality, not a
# leader: "ko komandē Dānijas ģenerālmajore", "Kanādas armijas pulkvedis"
PERSON_NOUNS = ("ģenerāl", "pulkved", "pulkvež", "virsniek", "komandier", "admirāl", "major", "leitnant",
                "kaptein", "ministr", "vēstniek", "seržant")
# a service word between the state and the rank: "Kanādas armijas pulkvedis"
PERSON_SERVICE = ("armijas", "flotes", "jūras", "gaisa", "sauszemes", "bruņoto")
# a participle between a unit's head noun and its place: "kaujas grupa, kas izvietota Tapā" is handled by
# the locative; these are the rare postposed forms: "brigāde, bāzēta Ādažos"
PLACED = ["bāzēt*", "izvietot*", "dislocēt*"]
# "Rīgā bāzētais centrs", "Ādažos izvietotajā brigādē": the place (locative) just before, the body after
PLACE_ATTRIBUTE = ["bāzētais|bāzētā|bāzēto|bāzētajā|bāzētajam|bāzētās|bāzētie|bāzētajai",
                   "izvietotais|izvietotā|izvietoto|izvietotajā|izvietotajam|izvietotās|izvietotie|izvietotajai",
                   "esošais|esošā|esošo|esošajā|esošajam|esošās|esošie|esošajai",
                   "dislocētais|dislocētā|dislocēto|dislocētajā|dislocētās"]
# a day without a year: "pagājušā gada 3. jūlijā" is the year before the document's; "šā gada" its own
LAST_YEAR = ["pagājušā gada", "pagājušajā gadā", "pagājušo gadu", "iepriekšējā gada"]
THIS_YEAR = ["šā gada", "šī gada", "šogad"]
# (word stems, not triggers) an organisation or programme whose name has one of these is one a state
# can lead ("vada dronu koalīciju", "Nīderlandes vadītais projekts")
LEADABLE_HEADS = ("koalīcij", "spēki", "spēku", "spēkiem", "projekt", "iniciatīv")
# inside a name: the name says who leads it ("NATO vadītā operācija")
NAME_LED = ("vadīt",)
# (words, not triggers) a locating verb with one of these before it and no unit named in the sentence
# locates the unit named just before ("Pārējie būs izvietoti Ruklā")
PRONOUN_SUBJECTS = ("tā", "tās", "tie", "tās", "to", "pārējie", "pārējās", "pārējā", "tās", "viņi", "tie")
# (words, not triggers) a sentence opening with one of these and a common noun ("Šī vienība ...") is
# about the body named just before whose name has that noun
DEMONSTRATIVES = ("šī", "šis", "šo", "šīs", "šie", "šajā", "šai", "šim", "minētā", "minētais", "attiecīgā")
# founding an organisation at a conference: the place is where it was founded, not its seat
FOUNDED_EVENT = ["dibināt*", "dibināja", "nodibināt*", "nodibināja", "līdzdibināt*"]
# one state's share of a unit: "Latvijas kontingentā ir 142 karavīri" counts that state's troops only
CONTINGENT = ["kontingent*"]
# an exercise's participants are no unit's strength: "Mācībās piedalījās 3500 karavīru"
EXERCISE = ["mācīb*", "mācībās", "vingrinājum*"]
# taking part (in an exercise): "tajās piedalījās 3500 karavīru"
TOOK_PART = ["piedalās", "piedalījās", "piedalīsies", "piedalījušies", "iesaistīti", "iesaistīja", "iesaistījās"]

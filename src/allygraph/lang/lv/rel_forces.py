"""Latvian trigger words for the forces family: lead nations, troop contributors, military
support, strategic partners, locations and founding of formations, personnel counts.

Patterns are matched over tokens (see :mod:`allygraph.extract.lexicon`): ``stem*`` matches any
inflection, ``a|b`` alternatives, ``?`` any one token.
"""

# X vada Y / Y vada X / X, kas kopā ar Z vada Y  (word order free: the cases decide)
LEAD_VERB = [
    "vada", "vadīja", "vadīs", "vadījusi", "vadījis", "vadīt", "vadot", "komandē",
    "ir vadošā loma", "uzņēmusies vadību", "uzņēmās vadību", "uzņemas vadību",
]
# X vadībā / X vadītā kaujas grupa: the leader stands before the trigger in the genitive
LEAD_GENITIVE = ["vadībā|vadītā|vadītās|vadīto|vadītais|vadītajā|vadītajai|vadītajam|vadītie|vadītajām|vadītu|vadīta|vadītas"]
# the leader's role noun: "Kanāda ir ... vadošā valsts", "Kanāda, ietvarvalsts, ..."
LEAD_ROLE_SG = [
    "vadošā valsts", "vadošo valsti", "vadošās valsts", "vadošajai valstij", "vadošā nācija",
    "ietvarvalsts", "ietvarvalsti", "ietvara valsts", "pamatvalsts",
    "vadošās valsts lomu|loma|lomā", "ietvarvalsts lomu|loma|lomā",
]
LEAD_ROLE_PL = ["vadošās valstis", "vadošajām valstīm", "ietvarvalstis"]
# co-leaders: "kopā ar Latviju vada"
TOGETHER = ["kopā ar", "kopīgi ar", "sadarbībā ar"]

# troops: "1500 karavīru no A, B un C"; "A un B karavīri"
TROOPS = [
    "karavīr*", "kareiv*", "vienīb*", "kontingent*", "spēk*", "personāl*", "militārpersonu",
    "militārpersonas", "militārpersonām", "bruņoto spēku",
]
FROM = ["no"]
CONTRIBUTE_VERB = [
    "sūta|sūtīja|sūtīs|nosūtīja|nosūtīs|nosūtījusi|nosūtījušas", "izvieto|izvietoja|izvietojusi",
    "dod ieguldījumu", "sniedz ieguldījumu", "piedalās ar", "piedalījās ar", "nodrošina karavīrus",
    "piešķir karavīrus",
]
# "karavīrus dod ... valstis": list of contributing nations
CONTRIBUTORS = ["dalībvalstis ir", "kontingentus nodrošina", "karavīrus nodrošina", "spēkus nodrošina",
                "piedalās valstis", "ieguldījumu dod"]

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
]
# "tajā pašā gadā": the sentence's own year
SAME_YEAR = ["tajā pašā gadā", "šajā pašā gadā", "tā paša gada"]
# the resident place after a located trigger; a base is better than a city, a city than a state


# a formation named by its head noun alone ("brigāde", "kaujas grupa"): the latest one named so
UNIT_HEADS = ["brigād*", "kaujas grup*", "divīzij*", "bataljon*"]
# "X tika pārveidota par Y 2024. gadā": Y begins then
TRANSFORMED = ["pārveidot* par", "pārveidoja par", "pārauga par", "paplašināt* līdz", "paplašināja līdz"]
# (a word set, not triggers) a state right after one of these words is not the subject ("kopā ar Latviju", "no Polijas")
PREPOSITIONS = ("ar", "no", "uz", "pie", "par", "pret", "līdz", "pēc", "bez", "caur", "starp")

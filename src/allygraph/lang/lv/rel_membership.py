"""Latvian trigger words for the membership family: iestāšanās organizācijās, dalība programmās,
procesos un operācijās, uzaicinājumi pievienoties, priekšsēdētāji un līdzpriekšsēdētāji.

Patterns are matched over tokens (see :mod:`allygraph.extract.lexicon`): ``stem*`` matches any
inflection, ``a|b`` alternatives, ``?`` any one token. Latvian word order is free, so rules look
for the subject (nominative) before the trigger and the object after it, as the English ones do.
"""

# X iestājās / pievienojās / kļuva par Y dalībvalsti / tika uzņemta Y
JOIN = [
    "iestājās|iestājas|iestāsies|iestāties|iestājusies|iestājies|iestājoties",
    "iestāšanās|iestāšanos|iestāšanās", "pievienojās|pievienojas|pievienosies|pievienojusies|pievienojies",
    "pievienoties", "pievienošanās|pievienošanos", "uzņemta|uzņemts|uzņemtas|uzņemti|uzņēma",
    "kļuva|kļūst|kļūs|kļūstot|kļuvusi|kļuvis|kļūt par ? dalībvalsti|dalībvalstīm|dalībnieci|dalībnieku|dalībniekiem|locekli|biedru",
    "kļuva|kļūst|kļūs|kļūstot|kļuvusi|kļuvis|kļūt par dalībvalsti|dalībvalstīm|dalībnieci|dalībnieku|dalībniekiem|locekli|biedru",
    "kļuva|kļūst|kļūs|kļūstot|kļuvusi|kļuvis|kļūt par pilntiesīgu ? dalībvalsti|dalībnieci|locekli",
    "kļuva|kļūst|kļūs|kļūstot|kļuvusi|kļuvis|kļūt par pilntiesīgu dalībvalsti|dalībnieci|locekli",
    "ir|bija ? dalībvalsts|dalībniece|dalībnieks|locekle|loceklis", "ir|bija dalībvalsts|dalībniece|locekle",
    "ir|bija ? ? dalībvalsts|dalībniece|dalībnieks|locekle|loceklis", "ir|bija ? ? ? dalībvalsts|dalībniece|locekle",
    "viena|viens no ? dalībvalstīm|dibinātājām|dibinātājvalstīm|dibinātājiem|locekļiem",
    "viena|viens no dalībvalstīm|dibinātājām|dibinātājvalstīm|dibinātājiem|locekļiem",
    "ieguva|iegūst dalību", "kļuva|kļūst|kļūs|kļuvusi par ? daļu",
    "par ? dalībvalsti|dalībnieci|locekli kļuva|kļūst|kļuvusi|kļuvis", "par dalībvalsti|dalībnieci|locekli kļuva|kļūst|kļuvusi",
    "dalībvalsts|dalībniece|locekle ? kļuva|kļūst|kļuvusi", "dalībvalsts|dalībniece|locekle kļuva|kļūst|kļuvusi",
    "kļuva|kļūst|kļūs|kļūstot|kļuvusi|kļuvis par ? ? dalībvalsti|dalībnieci|locekli",
    "ievēlēja|ievēlē|ievēlēta|ievēlēts|ievēlētas|ievēlēti",
    "kā|būdama|būdamas ? dalībvalsts|dalībvalstis|dalībvalstij|dalībniece|locekle",
]
# dibinātājas kļūst par dalībniecēm (tikai valsts kā teikuma priekšmets)
FOUNDER_JOIN = ["dibināja|nodibināja|līdzdibināja"]
# dalības vārds, kas ar organizāciju ģenitīvā pirms tā veido frāzi "ANO dalībvalsts" (ne "dalībvalstu")
MEMBER_PHRASE = ["dalībvalsts|dalībvalsti|dalībniece|dalībnieci|locekle|locekli|loceklis|dalībnieks|dalībnieku",
                 # daudzskaitlī ("abas valstis ir NATO dalībvalstis") un sabiedrotās ("ir arī NATO sabiedrotās")
                 "dalībvalstis|dalībnieces|locekles|sabiedrotā|sabiedrotās|sabiedrotais|sabiedrotie"]
# vārdi tieši pirms šādas frāzes: "ir ANO dalībvalsts", "– Eiropas Padomes dalībvalsts", "par OECD dalībvalsti"
PHRASE_LEAD = ("ir", "bija", "būs", "par", "–", "—", "-", "kā", ",", "arī", "tagad", "šobrīd", "joprojām")
# "kļuva par OECD 35. dalībvalsti": tikai ar organizāciju (ģenitīvā) pirms dalības vārda
BECOME = ["kļuva|kļūst|kļūs|kļūstot|kļuvusi|kļuvis|kļūt par"]
# attieksmes vietniekvārdi, kas norāda uz papildinātāju ("organizācija, kurai pievienojās Latvija")
REL_OBJECT = ["kurai|kuram|kuru|kurā|kurām|kuriem|kurās|kuros"]
# kļuva par sabiedroto: organizācija ir NATO, lai gan teikumā tā nav nosaukta
ALLY_JOIN = ["kļuva|kļūst|kļūs|kļuvusi par sabiedroto|sabiedroto valsti"]
# eiro ieviešana ir pievienošanās eirozonai
EURO_JOIN = ["ieviesa|ievieš|ieviesīs|ieviesusi|ieviest eiro", "pārgāja|pāriet uz eiro", "eiro ieviešana|ieviešanu|ieviešanas"]
FIXED_OBJECT = {"ALLY_JOIN": "org:nato", "EURO_JOIN": "org:euro-area"}
# "NATO sabiedrotās Igaunija un Lietuva", "ES dalībvalstis Vācija un Francija": dalībnieces
MEMBER_TITLE = [
    "dalībvalsts|dalībvalstis|dalībvalstu|dalībvalstīm|dalībvalstīs|dalībvalstij|dalībvalsti",
    "sabiedrotā|sabiedrotās|sabiedroto|sabiedrotajām|sabiedrotajai|sabiedrotais|sabiedrotie|sabiedrotajiem",
    "dalībvalstis|sabiedrotās , tostarp|piemēram|arī", "dalībvalstis|sabiedrotās tostarp|piemēram",
]
# vēl nav dalībniece: pieteikums, vēlme, plāns vai noliegums tieši pirms trigera
NOT_MEMBER = [
    "nav", "nebija", "nebūs", "ne", "vēl ne", "pieteikum*", "pieteicās|piesakās|pieteikties", "vēlas|vēlējās|vēlētos",
    "cer|cerēja|cerību", "plāno|plānoja|plāns", "gatavojas|gatavojās", "cenšas|centās|tiecas|tiecās",
    "varētu|var|varēs", "mērķ*", "ceļ*", "nākotn*", "iespējam*", "potenciāl*",
]
PRONOUN_SUBJECT = ["tās|tie|abas|abi", "visas trīs|četras", "abas|šīs|visas|trīs|četras valstis",
                   "visas trīs|četras valstis", "katra|katrai no tām", "katra no trim|divām valstīm", "katra|katrai",
                   # saskaitīta dalībnieču grupa: "visas astoņas valstis", "šīs deviņas dalībvalstis"
                   "visas|šīs piecas|sešas|septiņas|astoņas|deviņas|desmit",
                   "visas|šīs|abas divas|trīs|četras|piecas|sešas|septiņas|astoņas|deviņas|desmit valstis|dalībvalstis|dibinātājas|sabiedrotās",
                   "piecas|sešas|septiņas|astoņas|deviņas|desmit valstis|dalībvalstis|dibinātājas"]
# cik valstu nosauc vietniekvārda frāze ("abas valstis", "visas trīs")
GROUP_COUNTS = {"abas": 2, "abi": 2, "abām": 2, "divas": 2, "trīs": 3, "trim": 3, "četras": 4, "četrām": 4,
                "piecas": 5, "piecām": 5, "sešas": 6, "sešām": 6, "septiņas": 7, "septiņām": 7, "astoņas": 8,
                "astoņām": 8, "deviņas": 9, "deviņām": 9, "desmit": 10, "vienpadsmit": 11, "divpadsmit": 12}
# "katra gada", "tās ietvaros": vietniekvārds pirms šiem vārdiem nav teikuma priekšmets
NOT_PRONOUN_NEXT = ("gada", "gadu", "gadā", "mēneša", "reizi", "ietvaros", "puses", "pusēm", "organizācijas")
HALF_YEAR = (r"(?P<y>\d{4})\. gada (?P<half>pirmaj[āa]|otraj[āa]) (?:pusē|pusgadā)",)
MONTH_SPAN = (r"\b(?:[Nn]o )?(?P<y>\d{{4}})\. gada (?P<m1>{month}) līdz (?:(?P<y2>\d{{4}})\. gada )?(?P<m2>{month})(?!\w)",)
FIRST_HALF = ("pirmajā", "pirmaja")
CHAIR_LEAD = ["vadīja|vada|vadīs|vadījusi|vadījis|vadīt|vadot"]
# X izstājās no Y / Y pameta: dalība, kas beidzās (datums ir beigas)
LEAVE = ["izstājās|izstājas|izstāsies|izstājusies|izstāšanās|izstāšanos no", "pameta|pamet|pametīs|pamešana|pamešanu", "aiziešana|aiziešanu|aizgāja no"]
# "..., kuras locekle ir arī Latvija": valsts relatīvajā teikumā ir vārda pirms tā dalībniece
REL_MEMBER = [
    "kuras|kura|kuru|kuram|kurai locekle|loceklis|locekles|locekļi|dalībvalsts|dalībvalstis|dalībniece|dalībnieces|biedre",
    "kuras|kura|kuru|kuram|kurai dalībvalstu|locekļu|dalībnieku skaitā",
]
# izlaists izteicējs: "Somija iestājās 2023. gadā, Zviedrija – 2024. gadā"
GAP_VERBS = ["sekoja", "to izdarīja", "pievienojās", "iestājās", "arī", "savukārt"]
GAP_PREPS: list[str] = []
MEMBER_NOUN = ["dalībvalst*", "dalībniec*", "dalībniek*", "locekl*", "biedr*"]

# X piedalās / piedalījās / iesaistījās Y (programmā, procesā, operācijā)
PARTICIPATE = [
    "piedalās|piedalījās|piedalīsies|piedalījusies|piedalījies|piedalīties|piedaloties|piedalījušies|piedalījušās|piedalītos",
    "iesaistījās|iesaistās|iesaistīsies|iesaistījusies|iesaistījies|iesaistīties|iesaistoties|iesaistījušies|iesaistījušās",
    "ir iesaistīta|iesaistīts|iesaistītas|iesaistīti", "bija iesaistīta|iesaistīts",
    "līdzdarbojas|līdzdarbojās", "sāk|sāka|sākusi dalību", "dien|dienēja|dienējuši|dienējusi",
    "nosūtīja|nosūta|sūta|sūtīja|nosūtījusi|sūtījusi karavīrus|kontingentu|kontingentus|instruktorus|virsniekus|personālu|vienību uz",
    "devās|dodas uz", "piedalīšanās|piedalīšanos|dalība|dalību|dalībai",
]
# postpositions: the programme stands just before them ("PfP programmas ietvaros")
PARTICIPATE_POSTPOS = ["ietvaros", "ietvarā"]
PARTICIPATE_PROGRAMME = [
    "izstrādāt|izstrādāja|izstrādā|izstrādājusi|izstrādāts|izstrādāta",
    "īstenot|īstenoja|īsteno|īstenojusi", "saņēma|saņem|saņēmusi",
    # piedāvāts vai piešķirts plāns ir dalība programmā
    "tiek|tika|ir piedāvāts|piedāvāta|piešķirts|piešķirta",
    "piedāvāja|piešķīra",
]
FOUNDING = [
    "dibināšanas sēdē|sanāksmē|konferencē", "dibināšanas sēdes|sanāksmes", "dibināšanas ? sēdē|sanāksmē",
    "dibināšanā", "pirmajā sēdē|sanāksmē", "dibināšanas", "dibinātāj*",
]

# X tika uzaicināta pievienoties Y / Y uzaicināja X pievienoties / uzaicinājums iestāties
INVITE = ["uzaicin*", "aicin*", "ielūg*"]
# ... followed within a few words by one of these
INVITE_JOIN = ["pievienoties", "iestāties", "kļūt par dalībvalsti", "sākt iestāšanās sarunas"]

# X ir Y priekšsēdētāja / līdzpriekšsēdētāja; X vada / prezidē Y; X prezidentūra Y
CHAIR = [
    "priekšsēdētāj*", "līdzpriekšsēdētāj*", "priekšsēdēšan*", "līdzpriekšsēdēšan*",
    "priekšsēdēja|priekšsēdē|priekšsēdēs", "līdzpriekšsēdēja|līdzpriekšsēdē",
    "prezidē|prezidēja|prezidēs", "prezidentūr*",
    # "bija ES Padomes prezidējošā valsts": prezidējošā valsts vada padomi
    "prezidējošā|prezidējošās|prezidējošo|prezidējošajai valsts|valsti|valstij",
]
CO_CHAIR = ["līdz*", "kopīgi"]

ANAPHOR = ["šajā|šai|šo|šīs|tajā|tai|to|tās|tā"]

GENERIC_DET = [
    "visas|visās|visām|visu|visi|visos|visiem|visa|visā", "jebkur*", "dažād*", "vairāk*", "citas|citās|citām|citu|citi|citos",
]

# amata pārņemšana: "komitejas vadību 2025. gada janvārī pārņēma no X"
TAKEOVER = [
    "pārņēma|pārņem|pārņems|pārņēmis|pārņēmusi|pārņemot", "nomainīja|nomaina|nomainīs|nomainījis|nomainījusi",
    "stājās|stāsies amatā",
]

# "Latvia and other Baltic States": a group name after one of these is not the subject
OTHER_WORDS = ("citas", "citām", "citu", "pārējās", "pārējām", "pārējo")

# --- dalībnieku saraksti (extract/membership_lists.py)
# "<organizācija> apvieno A, B un C", "NB8 dalībvalstis ir A, B": valstis pēc šiem vārdiem ir
# organizācijas pirms tiem dalībnieces
MEMBERS_LIST = [
    "apvieno|apvienoja|apvienos", "sastāv|sastāvēja|sastāvēs no", "ietver|ietvēra", "iekļauj|iekļāva",
    "kurā|kurās|kur darbojas|darbojās|piedalās|piedalījās|sadarbojas|sadarbojās|ietilpst|ietilpa",
    "kurā|kurās|kur ir apvienotas|pārstāvētas", "ko|kuru veido|veidoja|apvieno", "kas apvieno|apvienoja",
    "dalībvalstis|dalībnieces|locekles|dalībnieki|locekļi|dibinātājas ir|bija|:",
    "dalībvalstis|dalībnieces|locekles|dalībnieki|locekļi|dibinātājas ir|bija arī",
]
# "X dalībvalstis ir": latviešu valodā organizācija stāv pirms dalības vārda (MEMBERS_LIST)
MEMBERS_OF_LIST: list[str] = []
# "formāts, kurā A, B un C sadarbojas"
MEMBERS_IN = ["kurā", "kurās", "kur"]
MEMBERS_IN_VERB = ["darbojas|darbojās", "piedalās|piedalījās", "sadarbojas|sadarbojās", "ir pārstāvētas", "ietilpst"]
GROUP_NOUNS = ("formāt", "ietvar", "grup", "forum", "iniciatīv", "alians", "organizācij", "koalīcij", "partnerīb",
               "savienīb", "padom", "apvienīb", "blok", "sadarbīb", "spēk", "platform", "tīkl")
REL_PRONOUNS = ("kas", "kurā", "kurās", "kur", "ko", "kuru")
COPULA = ("ir", "bija", "joprojām ir")
LIST_CUE = ["dalībvalst*|dalībniec*|dalībniek*|locekl*|dalība|dalību|dalības", "pieder|piederēja",
            "piedalās|piedalījās", "ietilpst", "pievienojusies|iestājusies"]
# vārdi, kas drīkst stāvēt starp saraksta vārdu un pirmo valsti ("apvieno astoņas valstis:")
LIST_GAP_WORDS = ("valstis", "valstu", "dalībvalstis", "divas", "trīs", "četras", "piecas", "sešas", "septiņas",
                  "astoņas", "deviņas", "desmit", "ziemeļvalstis", "baltijas", "ziemeļeiropas", "centrāleiropas",
                  "austrumeiropas", "tostarp", "piemēram", "arī", "gan", "un", "visas")
# dalības vārdi, kuru papildinātājs var būt organizācija ("piedalās NB8 formātā": dalība)
PARTICIPATE_ORG = [
    "piedalās|piedalījās|piedalīsies|piedalījusies|piedalījies|piedalīties|piedaloties|piedalījušies|piedalījušās|piedalītos",
    "iesaistījās|iesaistās|iesaistīsies|iesaistījusies|iesaistījies|iesaistīties|iesaistoties|iesaistījušies|iesaistījušās",
    "līdzdarbojas|līdzdarbojās",
]
# kas drīkst stāvēt starp šādu vārdu un organizāciju, un vārdi, kas drīkst sekot organizācijai
PART_ORG_GAP = ("arī", "aktīvi", "pilnībā", "un", "vadītajā", "vadītā", "vadītajās", "vadītajos", "tās", "tā")
PART_ORG_NEXT = ("un", "kopš", "no", "kā", "līdz", "jau", "arī", "kopā", "ar")
# attieksmes vietniekvārdi, kas ievada palīgteikumu par vārdu pirms tiem ("valstis, kas pieder")
REL_SUBJECT = ("kas", "kuras", "kuri", "kura", "kurš")
# "starp valstīm, kas dibināja", "viena no valstīm, kas pievienojās": priekšmets ir viena no tām
AMONG = ("starp", "viena", "viens", "divas", "trīs")
JOIN_OF: list[str] = []
# pievienošanās lietvārds: valsts ģenitīvā tieši pirms tā ir teikuma priekšmets ("Somijas pievienošanās")
JOIN_NOUN = ["iestāšanās|iestāšanos|pievienošanās|pievienošanos|uzņemšana|uzņemšanu|uzņemšanas"]
# "ģenerālsekretārs, kurš vada ...", "viņa arī vada ...": priekšsēdētājs ir tas, uz ko norāda vietniekvārds
CHAIR_REL = ("kurš", "kura")
PERSON_PRONOUN = ("viņa", "viņš")
ADVERBS = ("arī", "pašlaik", "šobrīd", "joprojām", "kopīgi")

# --- dibinātājas (extract/membership_founders.py)
# "B9, ko 2015. gadā izveidoja deviņas valstis: A, B": valstis (nominatīvā) pēc darbības vārda ir
# organizācijas dibinātājas
FOUNDED_BY = ["izveidoja|dibināja|nodibināja|izveidojušas|dibinājušas|nodibinājušas|izveidojuši|dibinājuši|nodibinājuši"]
AGENT: tuple[str, ...] = ()
FOUNDED_PRONOUN = ("ko", "kuru", "to")
SIGN = ["parakstīja|paraksta|parakstījušas|parakstījuši|parakstīts|parakstīta|parakstīja"]
FOUNDING_DOC = ["dibināšanas|izveides|dibināšanā dokument*|līgum*|memorand*|deklarācij*|akt*|hart*",
                # programmas pamatdokumenta parakstīšana ir dalība programmā
                "pamatdokument*"]
FOUNDING_DOC_WEAK = ["tā|tās saprašanās memorand*", "saprašanās memorand*"]
FOUNDERS_WERE = ["dibinātājas|dibinātājvalstis|dibinātāji|dibinātājiem ir|bija|:"]
# "centrs", "grupā": norādošs lietvārds nosauc pēdējo šāda veida organizāciju
REF_NOUNS = ("centr", "grup", "organizācij", "alians", "iniciatīv", "formāt", "forum", "padom", "koalīcij",
             "aģentūr", "ietvar", "partnerīb", "blok")
REF_DET: tuple[str, ...] = ()
# "pievienojās trīs mēnešus vēlāk", "pēc gada": sākums, skaitot no iepriekš minētā datuma
LATER = (r"\b(?P<n>\w+) (?P<u>mēnešus|gadus) vēlāk\b", r"\b(?P<u>mēnesi|gadu) vēlāk\b", r"\bpēc (?P<n>\w+) (?P<u>mēnešiem|mēneša|gadiem)\b",
         r"\bpēc (?P<u>gada)\b", r"\bnākamajā (?P<u>gadā)\b")
# darbošanās formātā ir dalība: "Latvija un Polija sadarbojas B9 formātā", "NB8 sadarbojas A, B" (membership_lists)
FORMAT_VERB = ["sadarbojas|sadarbojās|sadarbosies|darbojas|darbojās|darbosies|līdzdarbojas|līdzdarbojās"]
FORMAT_PREPS: tuple[str, ...] = ()
# vārdi pēc organizācijas, kas to padara par vietu ("B9 formātā", "NB8 ietvaros")
FORMAT_NOUN_LOC = ("formātā", "ietvaros", "grupā", "iniciatīvā", "formātos")
TOGETHER_WITH = r"^\s*(?:cieši\s+)?kopā ar\s+"
PLURAL_PRONOUNS = ("abas", "abi", "visas", "visi", "šīs")
PLURAL_COPULA: tuple[str, ...] = ()
# "visas, izņemot Albāniju un Ziemeļmaķedoniju, ir arī ES dalībvalstis"
EXCEPT = ("izņemot",)
# "ESAO dalībvalsti Latvija kļuva 2016. gadā": pēc dalībnieces titula šis darbības vārds datē dalību
BECAME = ("kļuva", "kļūst", "kļuvusi", "kļuvis", "kļūs")
# uzaicinājums samitā (lokatīvā) ir uzaicinājums pievienoties samita organizācijai
AT_EVENT: tuple[str, ...] = ()
OBJECT_PRONOUN = ("to",)
SUMMIT = ("samit",)
# "Horvātija tām pievienojās 2001. gadā": organizācija, kuras dalībnieces uzskaitītas iepriekš
MEMBERS_PRONOUN = ("tām", "tiem")
PASSIVE_AUX = ("tika", "tiek", "tikusi", "tikuši")
STATIVE = ("ir", "bija", "joprojām")

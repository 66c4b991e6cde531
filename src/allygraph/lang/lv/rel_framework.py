"""Latvian triggers for cooperation frameworks: measures approved, cooperation and priority areas,
progress reports and members two organisations share (allygraph.extract.framework)."""

# a number of measures: "42 pasākumi", "32 sadarbības pasākumi", "priekšlikumu kopums"
MEASURE_NOUN = ["pasākum*", "priekšlikum*", "rīcības virzien*"]
APPROVE = ["apstiprin*", "apstiprināj*", "pieņem*", "pieņēm*", "akceptē*", "vienoj* par", "atbalstīj*"]

# a list of areas follows: "septiņās jomās – A, B", "šādās jomās: A, B", "sadarbības jomas ir A un B"
AREA_LEADIN = [
    "jomās –", "jomās -", "jomās —", "jomās :", "jomām :", "jomas :", "jomās , tostarp",
    "šādās jomās", "šādām jomām", "šādas jomas", "sadarbības jom*", "sadarbības virzien*",
    "jomās , piemēram", "jomās kā", "tādās jomās kā", "jaunās jomās", "jaunas jomas",
]
# a heading / lead-in over a bulleted list of cooperation areas or measures
LIST_LEADIN = ["sadarb*", "pasākum*", "jom*", "virzien*"]
# "NATO un ES sadarbojas kiberdrošības jomā": cooperating on something
# verbs only: the noun "sadarbība" alone does not introduce areas
COOPERATE_ON = ["sadarboj*", "sadarbosies", "strādā kopā"]

# a state's priorities: "Latvijai īpaši nozīmīga ir sadarbība ... jomā", "Latvijas prioritātes ir"
PRIORITY = ["prioritāt*", "prioritār*", "īpaši nozīmīg*", "īpaši svarīg*", "sevišķi nozīmīg*",
            "sevišķi svarīg*", "īpašu uzmanību", "galvenās intereses", "vissvarīgāk*", "svarīgākās jomas",
            "lielu nozīmi", "īpašu nozīmi", "darba kārtības augšgalā"]

# progress reports and how often they come
PROGRESS_REPORT = ["progresa ziņojum*", "progresa pārskat*", "ziņojum* par progres*", "ziņojum* par paveikto",
                   "ziņojum* par sasniegto", "ziņojum* par deklarācijas ieviešan*"]
FREQUENCY = {
    "annual": ["ikgadēj*", "ikgadē*", "gadskārtēj*", "katru gadu", "reizi gadā", "katru gadu"],
    "semi-annual": ["reizi pusgadā", "pusgadēj*", "divreiz gadā", "divas reizes gadā", "ik pusgadu"],
    "quarterly": ["reizi ceturksnī", "ik ceturksni", "ceturkšņa"],
}

# members two organisations share: "ES un NATO ir 22 kopīgas dalībvalstis", "abās organizācijās"
SHARED_MEMBERS = [
    "kopīg* dalībvalst*", "kopīg* dalībniec*", "kopīg* valst*", "kopēj* dalībvalst*",
    "abu organizāciju dalībvalst*", "abās organizācijās", "abu organizāciju dalībniec*",
    "gan ES , gan NATO", "gan NATO , gan ES", "kopīg* ? ? ? dalībvalst*", "kopīg* ? ? ? valst*",
    "ir abās organizācijās", "ir gan ES , gan NATO", "ir gan NATO , gan ES", "pieder abām organizācijām",
    "abām organizācijām kopīg*", "kopīgo dalībvalstu skaits", "kopīgo dalībvalstu skait*",
    "arī NATO dalībvalst*", "arī NATO sabiedrot*", "arī ES dalībvalst*", "arī Eiropas Savienības dalībvalst*",
]
# a further number of measures: "vēl 32", "vēl papildu 32", "klāt nāca vēl 32"
MORE = ["vēl", "papildu", "papildus", "vēl papildu", "vēl papildus", "vēl citi", "atlikušie", "atlikušos", "pārējie",
        "pārējos", "vēl citus"]
# "42 no tiem", "no tiem 32": a number that counts the measure noun of the sentence
OF_THEM = ["no tiem", "no tām", "no šiem", "no šīm"]
# publishing, for a sentence that continues one about progress reports ("Astotais ziņojums nāca klajā ...")
PUBLISHED = ["publicē*", "nāca klajā", "iznāk*", "izdot*", "sagatavot*", "iesniegt*", "ziņojum*"]
# "mūsu valsts": the document's own state
OUR_STATE = ["mūsu valst*", "mūsu zeme*"]
# verbs of emphasis that state priorities inside a section about them
EMPHASIS = ["uzsver*", "uzsvēr*", "akcentē*", "pievērš* īpaš* uzmanīb*"]
# words between a part and its whole: "23 no 27 ES dalībvalstīm" (27 is not the shared count)
PART_OF = ["no"]
# a later area of a list item named as part of its first area: "aizsardzības spējas, jo īpaši militārā
# mobilitāte"
ITEM_PART = ["tostarp", "jo īpaši", "it īpaši", "ieskaitot", "piemēram"]
ITEM_PART_AFTER = ["kā karogprojekt*", "kā prioritāt*", "kā galven* virzien*", "kā vadošo projekt*",
                   "kā vadošais projekts"]
# words after "abas", "abi" ... that make them no states ("abas organizācijas")
NOT_STATES_NEXT = ["organizācijas", "organizācijām", "institūcijas", "puses", "savienības", "alianses"]
# a number after these counts the whole of one group, not the members two organisations share
WHOLE_GROUP = ["visas", "visi", "visām", "visiem", "katra", "katrs"]

"""Latvian trigger words for defence attachés and advisers, their accreditation and residence.

A lead-in such as "... ir akreditējusi ... atašejus ... valstīs:" or "Atašeji, kas akreditēti
Latvijā:" sets the direction for the list items under it; an item names states and, after
"rezidē" or in brackets, the city the attaché lives in.
"""

ATTACHE = [
    "aizsardzības atašej*", "militār* atašej*", "atašej*", "aizsardzības un militār* atašej*",
    "gaisa spēku atašej*", "jūras spēku atašej*",
]
ADVISER = [
    "aizsardzības padomniek*", "aizsardzības padomniec*", "militār* padomniek*", "militār* padomniec*",
    "aizsardzības jautājumu padomniek*",
]
RESIDENT = ["rezidē*", "rezidējoš*", "ar rezidenci", "ar mītni", "mītne", "atrodas", "dzīvo", "bāzēt*"]
NON_RESIDENT = ["nerezidējoš*", "nerezidenti", "nerezidents"]
ACCREDITED = [
    "akreditē*", "akreditēt*", "akreditēj*", "akreditācij*", "atbild par", "pārrauga", "pārziņā ir", "pārziņā",
    "atbildīg*", "aptver", "apkalpo",
]
EMBASSY = ["vēstniecīb*", "pārstāvniecīb*"]
# the receiving state is also the attaché's seat: "atašejs Berlīnē ir akreditēts arī ..."
ALSO = ["arī", "papildus"]
# the bare noun repeated for a second clause: "..., savukārt padomnieks vēstniecībā Stokholmā – ..."
BARE = ["padomniek*", "padomniec*", "atašej*"]
# where an attaché works, for running text: "Parīzē strādājošais", "Romā dienošā", "dienesta vieta ir Vašingtona"
SEAT = ["strādā*", "dienoš*", "dienē", "dienesta vieta*", "darba vieta*", "atrašanās vieta*"]
# a contrast word starts another attaché clause: "..., bet viņa kolēģis Otavā – Kanādā"
BREAK = ["bet", "savukārt", "taču", "turpretī", "kamēr", "tikmēr"]
RESPECTIVELY = ["attiecīgi"]
# tabulas galvenes šūnas: rezidences pilsētu kolonna, papildu akreditāciju kolonna
COLUMN_RESIDENCE = [
    "rezidence*", "rezidences vieta*", "rezidēšanas vieta*", "pilsēta", "mītne*", "mītnes vieta*",
    "atrašanās vieta*", "dienesta vieta*", "rezidē*",
]
COLUMN_ACCREDITED = [
    "akreditācij*", "akreditēts arī", "akreditēta arī", "akreditēti arī", "papildu akreditācij*",
    "citas akreditācij*", "aptvertās valstis",
]
# the represented state sends, the state it is represented in receives
REPRESENT = ["pārstāv", "pārstāvēj*", "pārstāvēt*", "pārstāvēs"]
# a bare adviser noun, in a section about attachés: sets the adviser predicate for its clause
BARE_ADVISER = ["padomniek*", "padomniec*"]
# virsraksts, kas tikai grupē lapas ierakstus pēc ģeogrāfijas ("Ziemeļvalstis un Baltija", "Dienvideiropa")
REGION = [
    "reģion*", "eirop*", "ziemeļeirop*", "dienvideirop*", "austrumeirop*", "rietumeirop*", "centrāleirop*",
    "viduseirop*", "āzij*", "āfrik*", "amerik*", "ziemeļamerik*", "dienvidamerik*", "latīņamerik*", "okeānij*",
    "ziemeļvalst*", "baltij*", "balkān*", "kaukāz*", "skandināvij*", "tuvie austrumi", "tuvo austrumu",
    "vidusjūr*", "klusā okeāna",
]

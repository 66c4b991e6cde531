"""Latvian question cues for `allygraph ask` (patterns in the trigger-lexicon syntax, stems for inflection)."""

QUESTION_WORDS = ("kas", "kurš", "kura", "kuri", "kuras", "kurā", "kurās", "kuru", "kurām", "kuriem", "kur", "kad",
                  "cik", "vai", "ir", "bija", "tika", "tiek", "ar", "par", "uz", "no", "un", "kopā", "kāda", "kādas",
                  "kādā", "kādi")

WH = {
    "period": ["kurā laikā", "kurā laikposmā", "kurā periodā", "cik ilgi", "no kura līdz kuram", "kuros gados",
               "kurus gadus"],
    "when": ["kad", "kurā gadā", "kopš kura", "kopš kad", "kurā datumā", "kurā dienā"],
    "where": ["kur", "kurā pilsētā", "kurā vietā", "kurā bāzē", "kurā aviobāzē", "kura aviobāze", "kura bāze",
              "kura pilsēta", "kurā valstī"],
    "count": ["cik", "kāds skaits", "kāds ir skaits"],
    "who": ["kas", "kurš|kura|kuri|kuras|kurās|kuru|kurām|kuriem|kurai|kuram", "kāda|kādas|kādi|kādām"],
}

PREDICATES = {
    "leads": ["vad*", "vadošā", "vadošo", "ietvarvalst*", "komandē*", "priekšgalā"],
    "contributes_to": ["karavīr*", "kontingent*", "veido", "piedalās kaujas", "sūta", "nosūt*", "devum*", "spēkus",
                       "apņēm*", "nodo* spēk*|karakuģ*|vienīb*", "nodrošin* spēk*|karakuģ*|vienīb*"],
    "member_of": ["dalībvalst*", "dalībniec*", "iestāj*", "iestāsies", "pievienoj*", "uzņem*", "biedr*", "kļuva par",
                  "locekl*", "locekle|loceklis|locekļi", "veido|veidoja|veidos", "apvieno", "ietilpst"],
    "participant_in": ["piedal*", "pievienoj*", "iesaist*", "programm*", "dalīb*"],
    "invited_to_join": ["uzaicin*", "ielūg*"],
    "defence_attache_to": ["atašej*", "akreditē*", "akreditēt*", "rezidē*"],
    "defence_adviser_to": ["padomniek*"],
    "inception": ["atklā*", "dibinā*", "izveido*", "nodibin*", "izvietot*", "izvietoja", "sāka darbu", "radīt*"],
    "located_in": ["atrodas", "atrodama", "izvietot*", "bāzēt*", "izmanto", "izmantota", "mītne"],
    "signatory": ["kas parakstīja", "parakstītāj*", "parakstīj*"],
    "signed": ["parakst*", "pieņem*", "apstiprinā*"],
    "measures_approved": ["pasākum*", "priekšlikum*", "apstiprinā*", "apstiprināt*"],
    "cooperates_with": ["sadarboj*", "sadarbība ar", "sadarbojas", "strādā kopā", "kopā ar"],
    "supports": ["atbalst*", "palīdz*"],
    "chair_of": ["priekšsēd*", "līdzpriekšsēd*", "vadīja komiteju"],
    "personnel_count": ["karavīr*", "personāl*", "dienē", "dien*", "kareivj*"],
    "held_in": ["notika", "notiks", "notiek", "norisinā*", "sanāksm*", "samit*", "rīkota"],
    "holds_position": ["kas ir", "kas bija", "amat*", "ministr*", "ģenerālsekretār*", "prezident*"],
    "cooperation_area": ["jom*", "virzien*"],
    "priority_area": ["prioritāt*", "prioritār*"],
    "progress_report": ["progresa ziņojum*", "ziņojum*"],
    "shared_member_count": ["kopīg* dalībvalst*", "kopīgas valstis", "kopīgu valstu", "abu organizāciju dalībvalst*",
                            "abās organizācijās", "abu organizāciju"],
    "strategic_partner_of": ["stratēģisk* partner*"],
    "military_support_to": ["militāro atbalstu", "militāru atbalstu", "militārais atbalsts"],
    "operates_in": ["darbojas", "darbība*", "operē"],
    "headquarters": ["štāb*", "galvenā mītne"],
    "commanded_by": ["komandier*", "komandē*"],
}

TYPES = {
    "state": ["valsts", "valstis", "valstīm", "valstīs", "valstu", "sabiedrot*", "dalībvalst*"],
    "city": ["pilsēt*", "galvaspilsēt*"],
    "base": ["aviobāz*", "bāz*", "lidlauk*"],
    "operation": ["operācij*", "misij*"],
    "formation": ["kaujas grup*", "brigād*", "divīzij*", "vienīb*"],
    "person": ["kas"],
    "org": ["organizācij*", "komitej*", "institūcij*"],
    "area": ["jom*"],
}

# participles that describe a noun by a relation ("Kanādas vadītā kaujas grupa") rather than ask about it
DESCRIBING = ["vadītā|vadītās|vadīto|vadītajā|vadītajai|vadītajam|vadītais|vadītajos|vadītajām|vadītie",
              "izvietotā|izvietotās|izvietoto|izvietotajā|izvietotie", "parakstītā|parakstītās|parakstīto"]

ORDINAL_FIRST = ["pirm*", "agrāk*", "sākotnēj*"]
ORDINAL_LAST = ["pēdēj*", "jaunāk*", "nesen*"]
ORDINALS = {2: ["otr*"], 3: ["treš*"], 4: ["ceturt*"], 5: ["piekt*"]}
PRESENT = ["tagad", "pašlaik", "patlaban", "šobrīd", "pašreiz"]

ANSWER = {
    "read": "{answer} (nolasīts citētajā fragmentā; grafā šāda apgalvojuma nav)",
    "not_known": "Nav zināms: grafā nav atbildes uz šo jautājumu.",
    "passages": "Tuvākie fragmenti:",
    "and": "un",
    "derived": "Atvasināts no {basis}",
    "count_of": "{n}: {items}",
    "period": "no {start} līdz {end}",
    "since": "kopš {start}",
    "more_than": "vairāk nekā {n}",
    "as_of": "uz {date}",
}

"""Latvian triggers for positions held (allygraph.extract.positions)."""

# "X ir / kļuva par / tika iecelts par <amats>"; after the person, before the position
COPULA = ["ir", "kas ir", "kurš ir", "kura ir", "bija", "kas bija", "kurš bija", "kura bija", "kļuva par",
          "kļuvis par", "kļuvusi par", "tika iecelts par", "tika iecelta par", "iecelts par", "iecelta par",
          "ievēlēts par", "ievēlēta par", "tika ievēlēts par", "tika ievēlēta par", "stājās amatā kā",
          "darbojas kā", "strādā par", "ir iecelts par", "ir iecelta par", "apstiprināts par", "apstiprināta par",
          "tika apstiprināts par", "tika apstiprināta par", "atkārtoti ievēlēts par", "atkārtoti ievēlēta par",
          "stājās amatā kā", "bijis", "bijusi", "kļūs par", "strādāja par", "darbojās kā"]
# copulas that start a term of office (the sentence's date becomes "start")
START = ["kļuv*", "kļūs", "iecel*", "ievēlēt*", "stājās", "apstiprināt*"]
# words before a title that mean it is no longer held
FORMER = ["bijušais", "bijusī", "bijušā", "bijušo", "iepriekšējais", "iepriekšējā"]
# words between a name and a title in apposition ("Šarls Mišels, toreizējais Eiropadomes priekšsēdētājs,")
APPOSITION_PREFIX = ["tolaik", "toreizējais", "toreizējā", "pašreizējais", "pašreizējā", "tagadējais", "tagadējā",
                     "bijušais", "bijusī", "tobrīd", "šobrīd"]
# a post held since a date in a relative clause ("kurš šo amatu ieņem kopš 2023. gada")
HOLD = ["amat*", "ieņem*", "ieņēm*", "vada", "vadījis", "vadījusi", "strādā"]
# one person takes over a post from another: the one in the nominative is the new holder
SUCCEED = ["nomainīja", "nomaina", "nomainīs", "pārņēma", "pārņem", "pārņems", "aizstāja", "stājās ? vietā"]
SUCCEED_REVERSED = ["nodeva", "nodod", "nodos"]
TODAY = ["šodien", "šorīt"]
# daudzskaitļa amats pirms vārdu saraksta ("trīs aizsardzības ministri – A, B un C"): katrs ieņem
# to no šiem amatiem, kurā viņu zina atsauces dati
PLURAL = {
    "aizsardzības ministri|ministriem|ministrus|ministru": "position:minister-of-defence",
    "ārlietu ministri|ministriem|ministrus|ministru": "position:minister-of-foreign-affairs",
    "premjerministri|premjerministriem|premjerministrus|premjerministru": "position:prime-minister",
    "valdību vadītāji|vadītājiem": "position:prime-minister",
    "prezidenti|prezidentiem|prezidentus|prezidentu": "position:president",
    "valstu prezidenti|prezidentiem|prezidentus|prezidentu": "position:president",
    "bruņoto spēku komandieri|komandieriem|komandierus|komandieru": "position:chief-of-defence",
}
# loma + tās vienība vai organizācija ģenitīvā pirms tās ("brigādes komandieris", "ESAO ģenerālsekretārs"),
# ja atsauces datos šāda amata nav: angliskais nosaukums un latviskais nominatīvs
ROLES = {
    "komandieris|komandiere|komandierim|komandieri|komandierei|komandiera|komandieres": ("Commander", "komandieris"),
    "operācijas komandieris|komandiere|komandierim|komandieri|komandiera": ("Operation Commander", "operācijas komandieris"),
    "direktors|direktore|direktoram|direktoru|direktorei|direktora|direktores": ("Director", "direktors"),
    "ģenerāldirektors|ģenerāldirektore|ģenerāldirektoram|ģenerāldirektoru|ģenerāldirektora": ("Director General", "ģenerāldirektors"),
    "ģenerālsekretārs|ģenerālsekretāre|ģenerālsekretāram|ģenerālsekretāru|ģenerālsekretāra|ģenerālsekretāres": (
        "Secretary General", "ģenerālsekretārs"),
}
# (vārdu sākumi, nevis trigeri) dienesta pakāpe starp amatu un vārdu: "brigādes komandieris, Kanādas armijas
# pulkvedis Sedriks Aspiro"
RANKS = ("pulkved", "pulkvež", "ģenerāl", "admirāl", "kontradmirāl", "viceadmirāl", "komandor", "major", "leitnant",
         "kaptein", "brigādes", "armijas", "flotes", "jūras", "spēku", "gaisa", "sauszemes", "kara", "virsniec",
         "virsniek", "apakšpulkved", "pulkvežleitnant", "seržant")

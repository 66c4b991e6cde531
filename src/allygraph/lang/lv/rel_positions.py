"""Latvian triggers for positions held (allygraph.extract.positions)."""

# "X ir / kļuva par / tika iecelts par <amats>"; after the person, before the position
COPULA = ["ir", "kas ir", "kurš ir", "kura ir", "bija", "kas bija", "kurš bija", "kura bija", "kļuva par",
          "kļuvis par", "kļuvusi par", "tika iecelts par", "tika iecelta par", "iecelts par", "iecelta par",
          "ievēlēts par", "ievēlēta par", "tika ievēlēts par", "tika ievēlēta par", "stājās amatā kā",
          "darbojas kā", "strādā par"]
# copulas that start a term of office (the sentence's date becomes "start")
START = ["kļuv*", "iecel*", "ievēlēt*", "stājās"]
# words before a title that mean it is no longer held
FORMER = ["bijušais", "bijusī", "bijušā", "bijušo", "iepriekšējais", "iepriekšējā"]

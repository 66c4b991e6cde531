"""English triggers for positions held (allygraph.extract.positions)."""

COPULA = ["is", "is the", "was", "was the", "who is", "who is the", "who was", "who was the", "became",
          "became the", "was appointed", "was appointed as", "was appointed the", "was named", "was named as",
          "was elected", "was elected as", "serves as", "serves as the", "served as", "served as the",
          "took office as", "took office as the", "has been", "has been the", "as",
          "had served as", "has served as", "had been", "previously served as", "was previously", "was then",
          "had been appointed", "has been appointed", "was sworn in as", "was confirmed as", "was re-elected as",
          "was re-elected", "took up the post of", "took up his post as", "took up her post as", "remains"]
START = ["became", "appointed", "named", "elected", "re-elected", "took", "sworn", "confirmed"]
FORMER = ["former", "ex", "previous", "then"]
# state names written with "the" in a title ("Prime Minister of the Netherlands"; names ending in -s too)
DEFINITE_STATE_WORDS = ["United", "Czech Republic", "Republic", "Kingdom", "Holy See", "Federation"]
# words between a name and a title in apposition ("Charles Michel, then President of ...")
APPOSITION_PREFIX = ["then", "the then", "now", "currently", "former", "at the time", "until recently", "later"]
# a post held since a date in a relative clause ("who has held the post since 2023")
HOLD = ["post", "office", "position", "role", "held", "holds", "serves", "served", "serving"]
# one person takes over a post from another: (new) <verb> (old); REVERSED: (old) <verb> (new)
SUCCEED = ["succeeded", "succeeds", "replaced", "replaces", "took over from", "taking over from", "takes over from",
           "took over the post from", "took over the helm from"]
SUCCEED_REVERSED = ["handed over to", "hands over to", "was succeeded by", "was replaced by", "passed the baton to"]
TODAY = ["today", "this morning", "this afternoon"]
# a plural title before a list of names ("the three defence ministers, A, B and C"): each person
# holds the one of these offices the reference data knows them in
PLURAL = {
    "defence|defense ministers": "position:minister-of-defence",
    "ministers of defence|defense": "position:minister-of-defence",
    "foreign ministers": "position:minister-of-foreign-affairs",
    "ministers of foreign affairs": "position:minister-of-foreign-affairs",
    "prime ministers": "position:prime-minister",
    "presidents": "position:president",
    "heads of state": "position:president",
    "chiefs of defence|defense": "position:chief-of-defence",
}
# a role noun with the body it heads, where the reference data lacks that office ("the OECD
# Secretary-General", "Director of the NATO StratCom COE", "the brigade commander"): the title
ROLES = {
    "commander": ("Commander", "komandieris"),
    "operation commander": ("Operation Commander", "operācijas komandieris"),
    "director": ("Director", "direktors"),
    "director general|director-general": ("Director General", "ģenerāldirektors"),
    "secretary general|secretary-general": ("Secretary General", "ģenerālsekretārs"),
    "secretary - general": ("Secretary General", "ģenerālsekretārs"),
}
# (words, not triggers) a rank between an office and a name: "the brigade commander, Canadian Army
# Colonel Jane Doe"
RANKS = ("colonel", "lieutenant", "general", "major", "admiral", "rear", "vice", "commodore", "brigadier",
         "captain", "commander", "army", "navy", "air", "force", "marine", "corps", "royal", "lt", "col", "gen",
         "maj", "adm", "brig")

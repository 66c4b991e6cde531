"""Latvian declension of names, as data (read by :mod:`allygraph.lang.lv.morph`).

Each class maps a nominative ending to the ending of every case we generate. An ending with a
trailing ``*`` takes the consonant alternation of :data:`ALTERNATIONS` (``brālis`` -> ``brāļa``);
for proper names the plain form is generated as well, since names often skip it (``Artis`` ->
``Arta``). Cases: nom, gen, dat, acc, loc (the instrumental equals the accusative in the
singular and the dative in the plural; the vocative is not used in this kind of text).
"""

from __future__ import annotations

CASES = ("nom", "gen", "dat", "acc", "loc")

# class -> (nominative ending, gender, number, {case: ending})
NOUNS: dict[str, tuple[str, str, str, dict[str, str]]] = {
    "m1": ("s", "m", "sg", {"nom": "s", "gen": "a", "dat": "am", "acc": "u", "loc": "ā"}),
    "m1sh": ("š", "m", "sg", {"nom": "š", "gen": "a", "dat": "am", "acc": "u", "loc": "ā"}),
    "m2": ("is", "m", "sg", {"nom": "is", "gen": "a*", "dat": "im", "acc": "i", "loc": "ī"}),
    "m3": ("us", "m", "sg", {"nom": "us", "gen": "us", "dat": "um", "acc": "u", "loc": "ū"}),
    "f4": ("a", "f", "sg", {"nom": "a", "gen": "as", "dat": "ai", "acc": "u", "loc": "ā"}),
    "f5": ("e", "f", "sg", {"nom": "e", "gen": "es", "dat": "ei", "acc": "i", "loc": "ē"}),
    "f6": ("s", "f", "sg", {"nom": "s", "gen": "s", "dat": "ij", "acc": "i", "loc": "ī"}),
    "m1pl": ("i", "m", "pl", {"nom": "i", "gen": "u", "dat": "iem", "acc": "us", "loc": "os"}),
    "f4pl": ("as", "f", "pl", {"nom": "as", "gen": "u", "dat": "ām", "acc": "as", "loc": "ās"}),
    "f5pl": ("es", "f", "pl", {"nom": "es", "gen": "u*", "dat": "ēm", "acc": "es", "loc": "ēs"}),
    "f6pl": ("is", "f", "pl", {"nom": "is", "gen": "u", "dat": "īm", "acc": "is", "loc": "īs"}),
    # men's names in -e ("Rute", "Repše", "Džuzepe") decline as the fifth declension but with dative -em
    "m5": ("e", "m", "sg", {"nom": "e", "gen": "es", "dat": "em", "acc": "i", "loc": "ē"}),
}

# Definite adjectives, the form names use ("Apvienotā", "Nacionālie"): (gender, number) -> endings.
ADJECTIVES: dict[tuple[str, str], dict[str, str]] = {
    ("m", "sg"): {"nom": "ais", "gen": "ā", "dat": "ajam", "acc": "o", "loc": "ajā"},
    ("f", "sg"): {"nom": "ā", "gen": "ās", "dat": "ajai", "acc": "o", "loc": "ajā"},
    ("m", "pl"): {"nom": "ie", "gen": "o", "dat": "ajiem", "acc": "os", "loc": "ajos"},
    ("f", "pl"): {"nom": "ās", "gen": "o", "dat": "ajām", "acc": "ās", "loc": "ajās"},
}

# Which nominative ending picks which class when a word is the head of a name. Longest first.
ENDING_CLASS: tuple[tuple[str, str], ...] = (
    ("us", "m3"), ("is", "m2"), ("as", "f4pl"), ("es", "f5pl"), ("š", "m1sh"), ("s", "m1"),
    ("a", "f4"), ("e", "f5"), ("i", "m1pl"),
)

# Words whose class the ending does not tell (lower-case; matched on the whole word or, for
# keys starting with "-", on its end).
LEXICON: dict[str, str] = {
    "valsts": "f6", "valstis": "f6pl", "pils": "f6", "-pils": "f6", "nakts": "f6", "sirds": "f6",
    "cēsis": "f6pl", "krāsns": "f6", "asins": "f6", "zoss": "f6", "govs": "f6", "pilis": "f6pl",
    "ļaudis": "f6pl", "durvis": "f6pl", "atēnas": "f4pl", "bahamas": "f4pl",
    "filipīnas": "f4pl", "maldīvas": "f4pl", "seišelas": "f4pl", "komoras": "f4pl",
    "spēki": "m1pl", "-spēki": "m1pl", "suns": "m2", "mēness": "m2", "ūdens": "m2", "akmens": "m2",
    "rudens": "m2", "zibens": "m2", "sāls": "f6",
}

# Names that do not decline in Latvian (lower-case). Words ending in o, u, ī, ē, ū or a
# consonant other than s/š do not decline either; see morph.indeclinable().
INDECLINABLE: frozenset[str] = frozenset({
    "tbilisi", "baku", "haiti", "fidži", "malāvi", "burundi", "taiti", "deli", "nairobi", "brunei",
    "nato", "es", "ano", "edso", "asv", "kfor", "eulex", "eufor", "isaf", "mieram",
})

# Second-declension consonant alternation (longest first).
ALTERNATIONS: tuple[tuple[str, str], ...] = (
    ("sn", "šņ"), ("zn", "žņ"), ("sl", "šļ"), ("zl", "žļ"), ("ln", "ļņ"), ("ll", "ļļ"), ("dz", "dž"),
    ("b", "bj"), ("m", "mj"), ("p", "pj"), ("v", "vj"), ("f", "fj"), ("t", "š"), ("d", "ž"),
    ("s", "š"), ("z", "ž"), ("c", "č"), ("l", "ļ"), ("n", "ņ"),
)

# Endings that mark a dative or locative word: after the head they start the name's tail
# ("kaujas grupa Latvijā", "plāns dalībai NATO"), which is left as it is.
OBLIQUE_ENDINGS: tuple[str, ...] = (
    "ā", "ē", "ī", "ū", "os", "ās", "ēs", "īs", "am", "ai", "ei", "im", "um", "iem", "ām", "ēm", "īm", "ij",
)

# Function words: they never decline and a preposition starts the tail.
CONJUNCTIONS: frozenset[str] = frozenset({"un", "vai", "&"})
PREPOSITIONS: frozenset[str] = frozenset({"par", "ar", "pret", "no", "līdz", "uz", "pie", "pēc", "bez", "starp", "pa"})

# A word ending in "-ā" or "-ās" may be a definite adjective ("Apvienotā") or a noun in the
# locative ("Latvijā", "mācībās"). It counts as an adjective only when its stem ends in an
# adjective or participle suffix, or is one of the common short adjective roots.
ADJECTIVE_SUFFIXES: tuple[str, ...] = (
    "t", "isk", "īg", "ēj", "āl", "ār", "ān", "īv", "ain", "īt", "ošs", "ēd", "ēk", "ēl",
)
ADJECTIVE_ROOTS: frozenset[str] = frozenset({
    "liel", "maz", "jaun", "vec", "augst", "zem", "tuv", "tāl", "meln", "balt", "sarkan", "zaļ",
    "zil", "vid", "hibrīd", "centrāl", "galven", "vien", "kopīg", "ziemeļ", "dienvid", "rietum",
    "austrum", "pirm", "otr", "treš", "ceturt", "piekt", "sest", "septīt", "astot", "devīt", "desmit",
})

# From a declined form back to the nominative, for names read after a title ("ministram Jānim
# Bērziņam" -> "Jānis Bērziņš"): (case, gender) -> (ending, nominative ending), the first match
# wins, so specific suffixes come before general ones. The nominative itself is not listed.
NOMINATIVE_FROM: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {
    ("gen", "m"): (("iņa", "iņš"), ("us", "us"), ("es", "e"), ("a", "s")),
    ("dat", "m"): (("ajam", "ais"), ("iņam", "iņš"), ("im", "is"), ("um", "us"), ("am", "s"), ("em", "e")),
    ("acc", "m"): (("iņu", "iņš"), ("i", "is"), ("u", "s")),
    ("loc", "m"): (("iņā", "iņš"), ("ī", "is"), ("ū", "us"), ("ā", "s")),
    ("gen", "f"): (("as", "a"), ("es", "e")),
    ("dat", "f"): (("ai", "a"), ("ei", "e")),
    ("acc", "f"): (("u", "a"), ("i", "e")),
    ("loc", "f"): (("ā", "a"), ("ē", "e")),
}

# Nominative endings of names by gender (a word ending otherwise does not decline: "Trudo", "Kavo").
NAME_NOMINATIVE_ENDINGS: dict[str, tuple[str, ...]] = {"m": ("s", "š"), "f": ("a", "e")}

# Male first names of the second declension (-is), whose genitive ("Arta", "Andra") would
# otherwise read as the first declension ("Arts"). Lower-case nominatives.
M2_NAMES: frozenset[str] = frozenset({
    "artis", "andris", "jānis", "valdis", "kārlis", "juris", "māris", "guntis", "gatis", "raitis", "aivis",
    "didzis", "uldis", "dainis", "ainis", "modris", "nauris", "ansis", "alvis", "atis", "krišjānis", "indulis",
    "vilis", "ivis", "aldis", "agris",
})

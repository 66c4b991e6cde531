"""Latvian month names in all the case forms dates use, and their abbreviations.

``MONTH_STEMS`` maps a stem to its month number and declension; ``month_forms()`` expands them
into every singular case form (janvāris, janvāra, janvārim, janvāri, janvārī ...). Latvian
month names are written in lower case; matching is case-insensitive.
"""

from __future__ import annotations

# stem, month, declension ("is": 2nd declension -is, "s": 1st declension -s/-js)
MONTH_STEMS: tuple[tuple[str, int, str], ...] = (
    ("janvār", 1, "is"),
    ("februār", 2, "is"),
    ("mart", 3, "s"),
    ("aprīl", 4, "is"),
    ("maij", 5, "s"),
    ("jūnij", 6, "s"),
    ("jūlij", 7, "s"),
    ("august", 8, "s"),
    ("septembr", 9, "is"),
    ("oktobr", 10, "is"),
    ("novembr", 11, "is"),
    ("decembr", 12, "is"),
)

# nominative, genitive, dative, accusative, locative (vocative repeats these)
ENDINGS: dict[str, tuple[str, ...]] = {
    "is": ("is", "a", "im", "i", "ī"),
    "s": ("s", "a", "am", "u", "ā"),
}

# forms the regular endings miss: the genitive of aprīlis alternates l -> ļ
IRREGULAR_FORMS: dict[str, int] = {"aprīļa": 4}

# abbreviations as written with a final dot ("janv.", "sept.")
ABBREVIATIONS: dict[str, int] = {
    "janv": 1, "febr": 2, "apr": 4, "jūn": 6, "jūl": 7, "aug": 8,
    "sept": 9, "sep": 9, "okt": 10, "nov": 11, "dec": 12,
}

# word forms of "gads" (year) after a year number: 2016. gada, 2015. gadā, 2012. gadam, gadu
YEAR_WORD_FORMS: tuple[str, ...] = ("gads", "gada", "gadā", "gadam", "gadu", "g")

# "gados"/"gadu" after a decade ("1990. gados") — we do not turn decades into dates
DECADE_WORD_FORMS: tuple[str, ...] = ("gados", "gadi", "gadiem")


def month_forms() -> dict[str, int]:
    """Every case form of every month name, lower case -> month number."""
    forms: dict[str, int] = {}
    for stem, month, decl in MONTH_STEMS:
        for ending in ENDINGS[decl]:
            forms[stem + ending] = month
    forms.update(IRREGULAR_FORMS)
    return forms


# words before a date that give it a kind (matched case-insensitively)
SINCE_WORDS: tuple[str, ...] = ("kopš", "sākot ar", "sākot no")
UNTIL_WORDS: tuple[str, ...] = ("līdz",)
FROM_WORDS: tuple[str, ...] = ("no",)
# "no X līdz Y", "X–Y"
RANGE_JOINERS: tuple[str, ...] = ("līdz",)
# "11. un 12. jūlijā": two days joined by "un" (a range when they are consecutive)
DAY_PAIR_JOINERS: tuple[str, ...] = ("un",)
# words for dates relative to the document's own date
TODAY_WORDS: tuple[str, ...] = ("šodien",)
YESTERDAY_WORDS: tuple[str, ...] = ("vakar",)
THIS_YEAR_WORDS: tuple[str, ...] = ("šogad", "šā gada", "šī gada", "šajā gadā", "šo gadu")
LAST_YEAR_WORDS: tuple[str, ...] = ("pērn", "pagājušajā gadā", "pagājušā gada", "pagājušo gadu", "pagājušais gads")

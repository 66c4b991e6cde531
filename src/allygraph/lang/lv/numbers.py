"""Latvian number words with their inflections, and the words that put a bound on a number.

Cardinals 1–9 decline like adjectives (divi, divas, divu, diviem, divām, divus, divās, divos);
"trīs" has its own forms; ten, the teens and the tens (desmit, vienpadsmit, divdesmit) do not
decline. ``number_words()`` expands them into form -> value.
"""

from __future__ import annotations

# stem -> value for 1..9 (declined with UNIT_ENDINGS)
UNIT_STEMS: dict[str, int] = {
    "vien": 1, "div": 2, "četr": 4, "piec": 5, "seš": 6, "septiņ": 7, "astoņ": 8, "deviņ": 9,
}
UNIT_ENDINGS: tuple[str, ...] = (
    "i", "as", "u", "iem", "ām", "us", "os", "ās",  # plural, both genders
    "s", "a", "am", "ā",  # singular (viens, viena, vienam, vienā; vienu above)
)
THREE_FORMS: tuple[str, ...] = ("trīs", "triju", "trim", "trijos", "trijās", "trijiem", "trijām")

# indeclinable: 10, 11–19, 20–90
INDECLINABLE: dict[str, int] = {
    "desmit": 10, "vienpadsmit": 11, "divpadsmit": 12, "trīspadsmit": 13, "četrpadsmit": 14,
    "piecpadsmit": 15, "sešpadsmit": 16, "septiņpadsmit": 17, "astoņpadsmit": 18,
    "deviņpadsmit": 19, "divdesmit": 20, "trīsdesmit": 30, "četrdesmit": 40,
    "piecdesmit": 50, "sešdesmit": 60, "septiņdesmit": 70, "astoņdesmit": 80,
    "deviņdesmit": 90, "desmito": 10,
}

# multipliers: simts (100), tūkstotis (1000), miljons, miljards with their forms and abbreviations
MULTIPLIERS: dict[str, int] = {
    "simt": 100, "simts": 100, "simtu": 100, "simti": 100, "simtiem": 100, "simtus": 100,
    "simtos": 100,
    "tūkstoš": 1000, "tūkstotis": 1000, "tūkstoši": 1000, "tūkstošu": 1000, "tūkstošiem": 1000,
    "tūkstošus": 1000, "tūkstoša": 1000, "tūkstošos": 1000, "tūkst": 1000,
    "miljons": 10**6, "miljoni": 10**6, "miljonu": 10**6, "miljoniem": 10**6, "miljonus": 10**6,
    "miljona": 10**6, "milj": 10**6,
    "miljards": 10**9, "miljardi": 10**9, "miljardu": 10**9, "miljardiem": 10**9,
    "miljardus": 10**9, "mljrd": 10**9,
}

# words after "viens"/"one" that make it a pronoun rather than a count ("viens no", "viens otru")
PRONOUN_FOLLOWERS: tuple[str, ...] = ("no", "otru", "otram", "otra", "otrs", "otrā", "otrai", "otras")
PRONOUN_PRECEDERS: tuple[str, ...] = ("ne", "kāds", "katrs")

# bound phrases (lower case, whitespace-normalised) -> bound
BOUNDS: dict[str, str] = {
    "vairāk nekā": ">", "vairāk kā": ">", "vairāk par": ">", "pāri": ">", "virs": ">",
    "vismaz": ">=", "ne mazāk kā": ">=", "ne mazāk nekā": ">=", "ne mazāk par": ">=",
    "mazāk nekā": "<", "mazāk kā": "<", "mazāk par": "<", "zem": "<",
    "ne vairāk kā": "<=", "ne vairāk nekā": "<=", "ne vairāk par": "<=", "līdz": "<=",
    "ap": "~", "aptuveni": "~", "apmēram": "~", "gandrīz": "~", "teju": "~", "vairāk vai mazāk": "~",
    "aptuveni ap": "~", "~": "~",
}

# the decimal separator (1,5 milj.) and thousands separators (1 500) as written in Latvian
DECIMAL_SEPARATOR = ","


def number_words() -> dict[str, int]:
    """Every inflected form of the number words 1..90 -> value (multipliers excluded)."""
    words: dict[str, int] = {}
    for stem, value in UNIT_STEMS.items():
        for ending in UNIT_ENDINGS:
            words[stem + ending] = value
    for form in THREE_FORMS:
        words[form] = 3
    words.update(INDECLINABLE)
    return words

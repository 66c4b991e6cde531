"""Latvian abbreviations that end in a dot, for sentence splitting.

``NEVER_FINAL``: a sentence does not end after them (ģen. Kalniņš, plkst. 10, Nr. 5).
``MAY_BE_FINAL``: they often close a list at the end of a sentence (u.c., utt.): a sentence
ends after them only when the next word starts with a capital letter. Lower case, without the
final dot; matching is case-insensitive.
"""

from __future__ import annotations

NEVER_FINAL: frozenset[str] = frozenset({
    "t.sk", "piem", "ģen", "pulkv", "plkst", "nr", "milj", "mljrd", "tūkst", "apm", "sk",
    "kpt", "ltn", "maj", "virsltn", "admir", "prof", "dr", "doc", "t.i", "t.s",
    "sal", "vsk", "ie", "pag", "nov", "izd", "lpp", "sēj", "att", "tab", "pav", "v.g",
    "st", "mr", "mrs", "ms", "kgs", "kdze", "jun", "sen", "l.k", "sept", "okt", "dec", "janv",
    "febr", "apr", "aug", "jūn", "jūl", "gg", "sakt", "iel", "p", "pants", "red", "aut",
})

MAY_BE_FINAL: frozenset[str] = frozenset({"u.c", "utt", "u.t.t", "etc", "u.tml", "u.c.tml", "g"})

# abbreviations that are also ordinary words: no sentence break after them only before a digit
BEFORE_DIGIT: frozenset[str] = frozenset({"p", "sk", "att", "tab", "lpp", "pants"})

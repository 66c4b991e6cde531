"""English abbreviations that end in a dot, for sentence splitting (see lang/lv/abbreviations.py)."""

from __future__ import annotations

NEVER_FINAL: frozenset[str] = frozenset({
    "e.g", "i.e", "st", "dr", "mr", "mrs", "ms", "prof", "gen", "lt", "col", "capt", "cpt",
    "maj", "brig", "adm", "sgt", "cdr", "rev", "hon", "gov", "sen", "rep", "pres", "no", "nos",
    "vol", "art", "para", "fig", "approx", "ca", "cf", "vs", "mt", "ft", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u",
    "p", "pp", "tel", "inc", "ltd", "co", "corp", "dept", "est", "jr", "sr", "mln", "bn",
})

MAY_BE_FINAL: frozenset[str] = frozenset({"etc", "inc", "ltd", "corp", "jr", "sr"})

# abbreviations that are also ordinary words: no sentence break after them only before a digit
BEFORE_DIGIT: frozenset[str] = frozenset({"no", "nos", "art", "p", "pp", "vol", "fig", "para", "tel", "est", "co"})

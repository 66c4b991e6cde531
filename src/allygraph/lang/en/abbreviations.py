"""English abbreviations that end in a dot, for sentence splitting (see lang/lv/abbreviations.py)."""

from __future__ import annotations

NEVER_FINAL: frozenset[str] = frozenset({
    "e.g", "i.e", "st", "dr", "mr", "mrs", "ms", "prof", "gen", "lt", "col", "capt", "cpt",
    "maj", "brig", "adm", "sgt", "cdr", "rev", "hon", "gov", "sen", "rep", "pres", "no", "nos",
    "vol", "art", "para", "fig", "approx", "ca", "cf", "vs", "mt", "ft", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u",
    "p", "pp", "tel", "inc", "ltd", "co", "corp", "dept", "est", "jr", "sr", "mln", "bn",
})

MAY_BE_FINAL: frozenset[str] = frozenset({"etc", "u.s", "u.k", "inc", "ltd", "co", "corp", "jr", "sr"})

"""Latvian title and position words that introduce a person's name ("ministrs Artis Pabriks").

Read by :mod:`allygraph.link.people`. Lower-case stems: a word counts when it starts with one
of them ("ministrs", "ministram", "ministre" all start with "ministr").
"""

TITLE_STEMS: tuple[str, ...] = (
    "ministr", "premjerministr", "prezident", "ģenerālsekretār", "sekretār", "vēstniek", "vēstniec",
    "komandier", "admirāl", "pulkvedi", "pulkvež", "ģenerāl", "leitnant", "major", "kapteini", "kaptein",
    "seržant", "virsniek", "direktor", "priekšsēdētāj", "vadītāj", "pārstāv", "atašej", "padomniek",
    "padomniec", "deputāt", "valdniek", "karal", "kungs", "kundze", "profesor", "dr.", "runasvīr", "preses sekretār",
)

NAME_PARTICLES: frozenset[str] = frozenset({"fon", "der", "van", "de", "da", "di"})

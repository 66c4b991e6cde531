"""Latvian cues for naming units, operations and bodies the reference data lacks (link/units.py).

Latvian writes a foreign name after its kind noun, uninflected and often quoted ("operācija
„Nordic Warden”", "misijā EUMAM Ukraine"); the noun's stem gives the type. An acronym in brackets
after a Latvian description ("Baltijas jūras spēku eskadra (BALTRON)") names the body by the acronym.
"""

# kind-noun stems (any case ending) -> entity type
KIND_STEMS = {
    "operācij": "operation", "misij": "operation", "eskadr": "formation", "bataljon": "formation",
    "brigād": "formation", "divīzij": "formation", "pulk": "formation", "vienīb": "org", "koalīcij": "org",
    "iniciatīv": "org", "centr": "org", "koledž": "org", "komitej": "org", "aģentūr": "org",
    "programm": "programme", "grup": "org",
}

# the head word (first or last word of a bracketed acronym's description) -> type, by stem
HEAD_STEMS = KIND_STEMS

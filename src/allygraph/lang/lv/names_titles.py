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

# A bare title ("aizsardzības ministrs") in a Latvian text is this state's office unless the text
# names another state with it or is mostly about another state (allygraph.link.generic).
HOME_STATE: str | None = "state:LV"

# Words that make the title before them part of an event's name, not a person's office:
# "NATO aizsardzības ministru sanāksme" (stems, matched at the start of the next two words).
EVENT_WORDS: tuple[str, ...] = ("sanāksm", "samit", "tikšanā", "tikšanās", "tikšanos", "konferenc", "apspried",
                                "sesij", "formāt", "padom")

# Ordinals and the like between an organisation and its office: "NATO 14. ģenerālsekretārs".
ORDINAL = r"\d{1,2}\.|jaun(?:ais|ā|o|ajam|ajai)|bijuš(?:ais|ā|o|ajam|ajai)|nākam(?:ais|ā|o|ajam|ajai)|pašreizēj(?:ais|ā|o|ajam|ajai)"
POSSESSIVE = False

"""English title and position words that introduce a person's name ("minister Artis Pabriks").

Read by :mod:`allygraph.link.people`. Lower-case; matched as whole words, case-insensitively.
"""

TITLES: frozenset[str] = frozenset({
    "minister", "secretary", "general", "president", "vice-president", "chancellor", "premier",
    "ambassador", "commander", "chief", "admiral", "colonel", "lieutenant", "major", "captain",
    "brigadier", "sergeant", "officer", "director", "chairman", "chair", "chairwoman", "spokesperson",
    "spokesman", "spokeswoman", "representative", "envoy", "attaché", "attache", "adviser", "advisor",
    "deputy", "head", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir",
    "king", "queen", "prince", "senator", "congressman", "congresswoman", "mp", "mep", "counsellor",
    "secretary-general", "director-general", "commodore",
})

# Words that may stand inside a name in lower case ("Ursula von der Leyen").
NAME_PARTICLES: frozenset[str] = frozenset({"von", "van", "der", "den", "de", "da", "di", "del", "la", "le", "bin", "al"})

# English texts have no home state: a bare title is resolved only by its context.
HOME_STATE: str | None = None

# Words that make the title before them part of an event's name ("Defence Minister meeting").
EVENT_WORDS: tuple[str, ...] = ("meeting", "summit", "ministerial", "conference", "session", "format")

_UNITS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
_TEENS = "tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
# Ordinals and the like between an organisation and its office: "NATO's fourteenth Secretary General".
ORDINAL = (rf"\d{{1,2}}(?:st|nd|rd|th)|(?:twenty|thirty)(?:-|\s)?(?:{_UNITS})|twentieth|thirtieth|{_TEENS}|{_UNITS}"
           r"|new|former|current|next|incoming|outgoing|then|acting")
POSSESSIVE = True  # "NATO's Secretary General"

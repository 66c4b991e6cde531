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
})

# Words that may stand inside a name in lower case ("Ursula von der Leyen").
NAME_PARTICLES: frozenset[str] = frozenset({"von", "van", "der", "den", "de", "da", "di", "del", "la", "le", "bin", "al"})

"""English cues for naming units, operations and bodies the reference data lacks (link/units.py).

HEADS: the last word of a capitalised name (or its first, for "Operation X"/"Task Force X") and the
entity type it gives. A name counts only when written in capitals with such a head, or when an
acronym in brackets follows it ("Baltic Naval Squadron (BALTRON)").
"""

# head word (lower case; a trailing * accepts any ending) -> entity type
HEADS = {
    "squadron": "formation", "battalion": "formation", "brigade": "formation", "division": "formation",
    "corps": "formation", "regiment": "formation", "battlegroup": "formation", "flotilla": "formation",
    "command": "org", "headquarters": "org", "centre": "org", "center": "org", "college": "org",
    "agency": "org", "committee": "org", "council": "org", "initiative": "org", "coalition": "org",
    "network": "org", "cell": "org", "group": "org", "force": "formation", "unit": "org",
    "operation": "operation", "mission": "operation", "sentry": "operation", "shield": "operation",
    "guardian": "operation", "warden": "operation", "programme": "programme", "program": "programme",
    "facility": "programme",
}

# words that open a name and give its type: "Operation Nordic Warden", "Task Force Baltic"
LEADING = {"operation": "operation", "task force": "formation", "joint task force": "formation",
           "combined task force": "formation", "commander task force": "formation"}

# German/Nordic unit compounds written as one word and a number: "Panzerbrigade 45"
COMPOUND_UNIT = r"[A-ZÄÖÜ][a-zäöüß]+(?:brigade|bataillon|division|regiment|brigaden|bataljon)"

# words a name never starts with (sentence openers, months, days)
NOT_NAME_START = {"the", "a", "an", "this", "that", "these", "those", "on", "in", "at", "by", "for", "from", "with",
                  "and", "or", "but", "as", "its", "their", "his", "her", "our", "january", "february", "march",
                  "april", "may", "june", "july", "august", "september", "october", "november", "december",
                  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "exercise"}

# small words allowed inside a capitalised name
NAME_JOINERS = {"of", "for", "and", "the", "in", "on", "to", "de", "du"}

# words that after "Operation"/"Task Force" name a role, not the operation ("Operation Commander")
ROLE_WORDS = {"commander", "headquarters", "command", "chief", "staff", "deputy", "commanders", "plan", "area"}

# words that with a head word make a kind of unit, not a name ("Armoured Division", "Infantry Brigade")
GENERIC_WORDS = {"armoured", "armored", "mechanised", "mechanized", "infantry", "light", "heavy", "airborne",
                 "marine", "naval", "air", "land", "maritime", "special", "joint", "combined", "multinational",
                 "national", "operation", "operations", "forces", "force", "rapid", "reaction", "tank", "artillery",
                 "logistics", "support", "training", "headquarters", "command", "military", "defence", "defense"}

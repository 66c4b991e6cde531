"""English triggers for events and where they are held (allygraph.extract.events)."""

EVENT_NOUN = ["summit*", "meeting*", "conference*", "ministerial*", "session", "summit meeting",
              "hosted|hosts|host"]  # "Riga hosted NATO foreign ministers"
EVENT_KIND = {
    "summit": ["summit*", "heads of state", "heads of state and government", "heads of government", "leaders"],
    "foreign-ministers": ["foreign ministers", "foreign minister*", "ministers of foreign affairs",
                          "foreign affairs ministers"],
    "defence-ministers": ["defence ministers", "defense ministers", "defence minister*", "ministers of defence",
                          "ministers of defense"],
    "meeting": ["meeting*", "conference*", "ministerial*", "session"],
}
KIND_LABEL = {
    "summit": "Summit",
    "foreign-ministers": "Foreign Ministers' Meeting",
    "defence-ministers": "Defence Ministers' Meeting",
    "meeting": "Meeting",
}

# words before an event that make it the setting of what the sentence tells
AT = ["at", "during", "the"]  # single tokens just before the event name ("at the Madrid Summit")
# words right after an event that make it the setting ("the Vilnius Summit's sidelines" is rare; kept for symmetry)
AFTER = ["sidelines", "margins"]
# verbs of meeting: an event when the words before them say who met ("NATO foreign ministers met in Riga")
EVENT_VERB = ["met", "meet", "meets", "gathered", "gather", "convened", "convene", "will meet", "are meeting"]
# a word right after a place that makes it the place of something else ("the Helsinki-based centre")
PLACE_OF_OTHER = ["based", "-based", "headquartered"]

# military exercises (allygraph.extract.events_exercises): the noun next to an exercise's name
EXERCISE_NOUN = ["exercise", "exercises", "drill", "drills", "wargame"]
# words between a name and its noun in an apposition ("Resolute Warrior 2024, a two-week exercise")
EXERCISE_FILLER = ["a", "an", "the", "two", "three", "week", "weeks", "day", "month", "long", "large", "scale",
                   "large-scale", "annual", "major", "multinational", "international", "joint", "live-fire", "live",
                   "fire", "field", "command", "post", "naval", "air", "military", "nato", "allied", "biennial",
                   "two-week", "three-week", "one-week", "ten-day", "new", "first", "biggest", "largest"]
# capitalised words that do not begin a name
EXERCISE_NOT_NAME = ["the", "a", "an", "this", "that", "its", "their", "during", "in", "at", "after", "before",
                     "nato", "nato's", "allied", "annual", "major", "when", "while", "as", "for", "with", "of",
                     "military", "joint", "multinational", "international", "large-scale", "naval"]
# prepositions before an exercise's place
EXERCISE_PLACE_PREP = ["in", "at", "across", "throughout", "near", "around", "on", "off"]
EXERCISE_PLACE_NOUN: list[str] = []  # English puts a preposition before the place
# hosting verbs among EVENT_NOUN: hosting a body, base or unit is no event ("Lithuania hosts the ENSEC COE")
HOST = ["hosted|hosts|host"]

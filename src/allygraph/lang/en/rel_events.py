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

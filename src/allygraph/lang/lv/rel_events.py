"""Latvian triggers for events and where they are held (allygraph.extract.events)."""

# nouns that name an event
EVENT_NOUN = ["samit*", "sanāksm*", "konferenc*", "tikšanās", "tikšanos", "tikšanā", "apspriede*", "sesij*",
              "ministru sanāksm*", "galotņu tikšan*",
              "uzņēma", "uzņems"]  # "Rīga uzņēma NATO ārlietu ministrus"
# what kind of event: the first kind whose pattern occurs in the event phrase wins
EVENT_KIND = {
    "summit": ["samit*", "valstu un valdību vadītāju", "valstu vadītāju", "valdību vadītāju", "galotņu"],
    "foreign-ministers": ["ārlietu ministr*"],
    "defence-ministers": ["aizsardzības ministr*"],
    "meeting": ["sanāksm*", "konferenc*", "tikšan*", "apspried*", "sesij*"],
}
# labels of an event created for a document: "{org} {kind} ({place}, {year})"
KIND_LABEL = {
    "summit": "samits",
    "foreign-ministers": "ārlietu ministru sanāksme",
    "defence-ministers": "aizsardzības ministru sanāksme",
    "meeting": "sanāksme",
}

# words before an event that make it the setting of what the sentence tells
AT: list[str] = []  # Latvian marks the setting with the locative case
# words right after an event that make it the setting ("Varšavas samita laikā", "samita ietvaros")
AFTER = ["laikā", "ietvaros", "malā", "gaitā", "norises"]
# verbs of meeting: an event when the words before them say who met ("aizsardzības ministri tikās Briselē")
EVENT_VERB = ["tikās", "tiksies", "tiekas", "pulcējās", "pulcēsies", "sanāca", "sanāks", "sapulcējās"]
# a word right after a place that makes it the place of something else ("the Helsinki-based centre")
PLACE_OF_OTHER = ["bāzēt*", "esoš*", "izvietot*"]

# militārās mācības (allygraph.extract.events_exercises): lietvārds blakus mācību nosaukumam
EXERCISE_NOUN = ["mācības", "mācībās", "mācību", "mācībām"]
EXERCISE_FILLER: list[str] = []  # latviski nosaukums stāv aiz lietvārda ("mācības "Namejs 2024"")
EXERCISE_NOT_NAME = ["nato", "latvijas", "ādažu", "šīs", "šajās", "starptautiskās", "starptautiskajās"]
EXERCISE_PLACE_PREP: list[str] = []  # vietu norāda lokatīvs ("Ādažu poligonā")
# vietas lietvārdi lokatīvā, kuru ģenitīvs ir mācību vieta ("Ādažu poligonā")
EXERCISE_PLACE_NOUN = ["poligonā", "bāzē", "nometnē", "apkaimē", "reģionā", "teritorijā", "piekrastē", "ūdeņos",
                       "apgabalā", "novadā"]
# hosting verbs among EVENT_NOUN: hosting a body, base or unit is no event ("Lietuva uzņem ENSEC COE")
HOST = ["uzņēma|uzņems|uzņem"]

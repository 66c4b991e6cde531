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
AT = []  # Latvian marks the setting with the locative case
# words right after an event that make it the setting ("Varšavas samita laikā", "samita ietvaros")
AFTER = ["laikā", "ietvaros", "malā", "gaitā", "norises"]
# verbs of meeting: an event when the words before them say who met ("aizsardzības ministri tikās Briselē")
EVENT_VERB = ["tikās", "tiksies", "tiekas", "pulcējās", "pulcēsies", "sanāca", "sanāks", "sapulcējās"]
# a word right after a place that makes it the place of something else ("the Helsinki-based centre")
PLACE_OF_OTHER = ["bāzēt*", "esoš*", "izvietot*"]

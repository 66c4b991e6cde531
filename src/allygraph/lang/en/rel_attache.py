"""English trigger words for defence attachés and advisers, their accreditation and residence.

A lead-in such as "Defence attachés accredited to Latvia:" or "Latvia has accredited defence
attachés to the following countries:" sets the direction for the list items under it; an item
names states and, after "resident in" or in brackets, the city the attaché lives in.
"""

ATTACHE = [
    "defence|defense|military attaché*", "defence|defense|military attache*", "attaché*", "attache*",
    "air attaché*", "naval attaché*", "defence and military attaché*",
]
ADVISER = [
    "defence|defense|military advis*", "defence|defense|military counsellor*",
    "adviser on defence|defense", "advisor on defence|defense",
]
RESIDENT = [
    "resident in|at", "residing in|at", "resides in|at", "reside in|at", "based in|at", "resident",
    "residence in|at", "seated in", "located in",
]
NON_RESIDENT = ["non - resident", "non-resident", "nonresident"]
ACCREDITED = [
    "accredited to|in|for|with", "accreditation to|in|for", "accredited", "covers", "cover", "covering",
    "responsible for", "also covers", "in charge of", "deals with", "handles",
]
EMBASSY = ["embassy", "embassies", "mission"]
ALSO = ["also", "additionally", "as well"]
# the bare noun repeated for a second clause: "..., savukārt padomnieks vēstniecībā Stokholmā – ..."
BARE = ["adviser", "advisor", "attaché", "attache"]
# where an attaché works, for running text: "the attaché serving in Rome", "posted to Warsaw"
SEAT = ["serving in|at", "posted in|to|at", "stationed in|at", "works in|at", "working in|at", "from"]
# a contrast word starts another attaché clause: "..., while the attaché in Paris covers Belgium"
BREAK = ["while", "whereas", "but", "whilst"]
RESPECTIVELY = ["respectively"]
# table header cells: the column of residence cities, the column of further accreditations
COLUMN_RESIDENCE = [
    "residence", "city", "city of residence", "place of residence", "seat", "location", "duty station",
    "based", "resident",
]
COLUMN_ACCREDITED = [
    "accreditation*", "accredited", "also accredited", "countries covered", "covered countries",
    "other accreditations", "also covers",
]
# the represented state sends, the state it is represented in receives
REPRESENT = ["represents|represent|representing|represented"]
# a bare adviser noun, in a section about attachés: sets the adviser predicate for its clause
BARE_ADVISER = ["adviser|advisor|advisers|advisors"]
# a heading that only groups a page's items by geography ("Nordic and Baltic region", "North America")
REGION = [
    "region|regions", "europe", "asia", "africa", "america|americas", "oceania", "pacific", "nordic|nordics",
    "baltic|baltics", "balkans", "caucasus", "middle east", "scandinavia", "mediterranean", "central asia",
    "northern|southern|eastern|western|central europe", "north|south|latin america", "asia - pacific",
]

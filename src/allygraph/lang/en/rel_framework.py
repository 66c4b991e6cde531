"""English triggers for cooperation frameworks: measures approved, cooperation and priority areas,
progress reports and members two organisations share (allygraph.extract.framework)."""

MEASURE_NOUN = ["measure*", "proposal*", "actions", "action points"]
APPROVE = ["approv*", "adopt*", "endors*", "agreed", "agree", "launched", "set out"]

AREA_LEADIN = [
    "areas such as", "fields such as", "domains such as", "areas like", "areas including",
    "areas , including", "areas :", "fields :", "areas of cooperation", "area of cooperation",
    "cooperation areas", "in the areas of", "in the fields of", "in the area of", "following areas",
    "areas of common interest", "areas ranging from", "areas are", "new fields", "new areas", "new domains",
]
LIST_LEADIN = ["cooperat*", "measure*", "areas", "fields", "proposals", "including"]
# verbs only: "their cooperation in addressing challenges such as ..." lists challenges, not areas
COOPERATE_ON = ["cooperate|cooperates|cooperating|cooperated on|in",
                "cooperate|cooperates|cooperating|cooperated closely|together on|in",
                "work|works|working|worked together on|in"]

PRIORITY = ["priorit*", "particular importance", "particularly important", "especially important",
            "of special importance", "key interest*", "primary interest*", "places emphasis on", "focus on",
            "matter most", "matters most", "most important", "top of the agenda", "high on the agenda", "attaches great importance"]

PROGRESS_REPORT = ["progress report*", "report* on progress", "report* on the progress", "report* on the implementation",
                   "implementation report*"]
FREQUENCY = {
    "annual": ["annual*", "yearly", "every year", "each year", "once a year"],
    "semi-annual": ["biannual*", "semi-annual*", "semiannual*", "twice a year", "twice-yearly", "half-yearly",
                    "every six months"],
    "quarterly": ["quarterly", "every three months"],
}

SHARED_MEMBERS = [
    "members of both", "member of both", "members in both", "belong to both", "belong to both organisations",
    "common members", "common member states", "shared members", "shared member states", "members in common",
    "member states in common", "countries in common", "allies in common", "share ? members", "share ? member states",
    "share ? ? members", "share ? ? member states", "are in both",
    "share ? member countries", "share ? member nations", "share ? countries", "share ? allies",
    "share ? ? member countries", "have ? members in common", "have ? member states in common",
    "belong to both", "are members of both", "are also members of", "are also eu members", "also belong to",
    "overlap of ? members", "overlapping membership", "membership overlaps",
    "also nato allies", "also nato members", "also members of nato", "also allies", "also nato member states",
    "also members of the eu", "also eu member states", "also members of the european union",
]
MORE = ["another", "a further", "further", "additional", "more", "an additional", "the remaining", "remaining",
        "the other", "the rest", "then another", "a second set of", "a second package of"]
# "42 of them", "32 of these": a number that counts the measure noun of the sentence
OF_THEM = ["of them", "of these", "of those", "of the proposals", "of the measures"]
PUBLISHED = ["published", "issued", "appeared", "released", "presented", "came out", "report*"]
OUR_STATE = ["our country", "our state", "our nation"]
EMPHASIS = ["emphasis*", "emphasiz*", "stress*", "focus* on", "puts particular weight"]
# words between a part and its whole: "23 of the 27 member states" (the 27 is not the shared count)
PART_OF = ["of", "of the", "out of", "out of the", "among the"]
# a later area of a list item named as part of its first area: "defence capabilities, notably military
# mobility", or "..., with military mobility as a flagship"
ITEM_PART = ["including", "in particular", "notably", "especially", "such as", "not least"]
ITEM_PART_AFTER = ["as a flagship", "as its flagship", "as the flagship", "as a key element", "as a centrepiece",
                   "as a centerpiece", "as a priority", "as its priority", "at its core", "at the forefront"]
# words after "both", "the two" ... that make them no states ("both organisations")
NOT_STATES_NEXT = ["organisations", "organizations", "organisation", "organization", "institutions", "sides",
                   "parties", "alliances", "bodies", "blocs", "unions"]
# a number after these counts the whole of one group, not the members two organisations share
WHOLE_GROUP = ["all", "every", "each"]

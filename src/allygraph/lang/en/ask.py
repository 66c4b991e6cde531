"""English question cues for `allygraph ask`: what is asked (wh), of which relation, and of which type.

Patterns use the trigger-lexicon syntax of ``extract/lexicon.py`` ("word", "stem*", "a|b", "?").
"""

QUESTION_WORDS = ("what", "which", "who", "whom", "where", "when", "how", "many", "much", "does", "did", "do", "is",
                  "are", "was", "were", "the", "a", "an", "of", "to", "in", "at", "on", "for", "by", "with")

# kind of answer asked for, most specific first
WH = {
    "period": ["during which period", "for how long", "from when", "between which dates", "what period",
               "in which years", "which years", "what years"],
    "when": ["when", "what year", "which year", "in what year", "since when", "what date", "which date"],
    "where": ["where", "in which city", "which city", "what city", "in what city", "which place", "what place",
              "which airbase", "what airbase", "which base", "what base", "which air base"],
    "count": ["how many", "how much", "what number", "number of"],
    "who": ["who", "whom", "which|what"],
}

# the relation asked about: predicate -> patterns
PREDICATES = {
    "leads": ["lead*", "led", "framework nation", "in charge of", "head*", "command the"],
    "contributes_to": ["contribut*", "send* troops", "send* soldiers", "troops to", "soldiers to", "provide* troops",
                       "commit* forces|troops|ships|soldiers|units|aircraft", "pledg* forces|troops|ships",
                       "take* part in the battlegroup", "participat* in the battlegroup"],
    "member_of": ["member|members|membership", "join|joins|joined|joining", "accede*", "accession", "admitted",
                  "ally", "allies", "make up", "made up", "form|forms|formed", "compris*", "constitut*",
                  "belong* to", "bring* together"],
    "participant_in": ["participat*", "take part", "took part", "join|joins|joined|joining", "involved", "programme",
                       "program"],
    "invited_to_join": ["invit*"],
    "defence_attache_to": ["attach*", "accredit*", "resid*", "reside"],
    "defence_adviser_to": ["adviser*", "advisor*"],
    "inception": ["found*", "establish*", "open*", "creat*", "set up", "inaugurat*", "deploy*", "launch*"],
    "located_in": ["located", "based", "station*", "where is", "where are", "headquartered", "used for", "used as",
                   "host*", "sit*"],
    "signatory": ["who sign*", "signator*", "sign*", "pledg*"],
    "signed": ["sign*", "adopt*", "agree*"],
    "measures_approved": ["measure*", "proposal*", "approv*", "endors*", "adopt*", "agreed"],
    "cooperates_with": ["work* with", "work* together", "cooperat*", "co-operat*", "partner* with", "collaborat*"],
    "supports": ["support*", "assist*", "help*"],
    "chair_of": ["chair*", "co-chair*", "presid*"],
    "personnel_count": ["soldier*", "troop*", "personnel", "serve", "strong", "staff"],
    "held_in": ["held", "take place", "took place", "hosted", "meet*", "summit"],
    "holds_position": ["who is", "who was", "position", "minister", "secretary general", "president", "post"],
    "cooperation_area": ["area*", "field*", "cooperat* on"],
    "priority_area": ["priorit*"],
    "progress_report": ["progress report*", "report*"],
    "shared_member_count": ["in common", "members of both", "member states of both", "belong to both",
                            "shared members", "common members", "common member states"],
    "strategic_partner_of": ["strategic partner*"],
    "military_support_to": ["military support", "military aid", "military assistance"],
    "operates_in": ["operat* in", "active in", "deploy* in", "where does"],
    "headquarters": ["headquarter*", "hq", "ohq"],
    "commanded_by": ["command*", "commander"],
}

# expected type of the answer entity
TYPES = {
    "state": ["country", "countries", "state", "states", "nation", "nations", "ally", "allies"],
    "city": ["city", "cities", "capital", "capitals"],
    "base": ["airbase*", "air base*", "base", "bases", "airfield*"],
    "operation": ["operation*", "mission*"],
    "formation": ["battlegroup*", "brigade*", "division*", "unit*", "force"],
    "person": ["who"],
    "org": ["organisation*", "organization*", "body", "bodies", "committee*"],
    "area": ["area*", "field*"],
}

# relation words that describe a noun ("the battlegroup led by Canada") rather than ask about it
DESCRIBING = ["led by", "headed by"]

ORDINAL_FIRST = ["first", "earliest", "initial", "original"]
ORDINAL_LAST = ["last", "latest", "most recent", "newest"]
ORDINALS = {2: ["second"], 3: ["third"], 4: ["fourth"], 5: ["fifth"]}
PRESENT = ["now", "currently", "today", "at present"]

ANSWER = {
    "read": "{answer} (read from the cited passage; no stored claim states it)",
    "not_known": "Not known: the graph holds no answer to this question.",
    "passages": "The passages that come closest:",
    "and": "and",
    "derived": "Derived from {basis}",
    "count_of": "{n}: {items}",
    "period": "from {start} to {end}",
    "since": "since {start}",
    "more_than": "more than {n}",
    "as_of": "as of {date}",
}

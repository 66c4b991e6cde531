"""Latvian triggers for agreements and declarations: signing, adopting, signatories
(allygraph.extract.agreements)."""

DECLARATION = ["deklarācij*", "kopīg* paziņojum*"]
# verbs that make a sentence about signing or adopting a document
SIGN = ["parakstīt*", "parakstīj*", "paraksta", "apstiprināt*", "apstiprināj*", "pieņemt*", "pieņēm*",
        "noslēgt*", "noslēdz*", "parakstīšan*", "pieņemšan*"]
# verbs whose subjects are the signatories
SIGNATORY_VERB = ["parakstīj*", "paraksta", "parakstīs", "apņēm*", "pieņēm*", "apstiprināj*", "noslēdz*",
                  "parakstītāj*", "ko parakstīja", "parakstījuši", "parakstījušas", "parakstus lika",
                  "parakstu lika", "parakstus zem tās lika"]
# "parakstīja X, Y un Z": signatories follow the verb
SIGNED_BY = ["parakstīja", "parakstījuši", "parakstījušas", "parakstītāji bija", "parakstītāji ir"]
# words that make up the label of a declaration created for a document: (joint, declaration)
LABEL_DECLARATION = "kopīgā deklarācija"
# nouns of a signed document that the reference data may lack ("parakstīja kopīgu ceļa karti",
# "tiek parakstīti pievienošanās protokoli"); an agreement is created from the noun phrase
AGREEMENT_NOUN = ["ceļa kart*", "ceļakart*", "protokol*", "līgum*", "nolīgum*", "memorand*", "pamatdokument*",
                  "vienošanos", "vienošanās", "vienošanā", "konvencij*", "hartu", "harta", "hartā", "hartas",
                  "rīcības plān*", "nodomu protokol*", "komunikē"]
NOUN_COMPLEMENT = ["par"]  # "vienošanās par ... izveidi", "memorands par ... attīstību"
NOT_MODIFIER = ["pirmo", "pirmā", "pirmais", "otro", "otrā", "otrais", "trešo", "trešā", "jaunu", "jauno", "jaunā",
                "divus", "abus", "šo", "šā", "šī", "to", "tā", "kas", "ko", "kuru", "kurā", "parakstīja"]
# nominative singular and plural of each head (the stem every case form starts with)
NOMINATIVE = {"ceļa kart": ("ceļa karte", "ceļa kartes"), "ceļakart": ("ceļakarte", "ceļakartes"),
              "protokol": ("protokols", "protokoli"), "līgum": ("līgums", "līgumi"), "nolīgum": ("nolīgums", "nolīgumi"),
              "memorand": ("memorands", "memorandi"), "pamatdokument": ("pamatdokuments", "pamatdokumenti"),
              "vienošan": ("vienošanās", "vienošanās"), "konvencij": ("konvencija", "konvencijas"),
              "hart": ("harta", "hartas"), "rīcības plān": ("rīcības plāns", "rīcības plāni"),
              "nodomu protokol": ("nodomu protokols", "nodomu protokoli")}
PLURAL_ENDINGS = ["iem", "os", "us", "ēm", "ēs", "ām", "ās"]  # besides the nominative plural itself
# an adjective before a head put in the nominative follows it: accusative ending -> nominative ending
# by the head's gender (feminine heads end in -a/-e): "kopīgu ceļa karti" -> "kopīga ceļa karte"
ADJECTIVE_STEMS = ["īg", "isk", "ēj", "āl", "īv", "ēt", "ot", "ain", "puš"]  # kopīg-, divpusēj-, jaun- ...
ADJECTIVE_NOMINATIVE = {"f": {"u": "a", "o": "ā"}, "m": {"u": "s", "o": "ais"}}

# -- documents named by their parties ("Latvijas un Ukrainas drošības vienošanos", "ceļa karte, par
# ko vienojās starp Otavu un Rīgu", "Latvijas vienošanās ar Ukrainu") --
BETWEEN = ["starp"]
WITH = ["ar"]
# topic words of a document (surface form -> key) and the words naming a key in labels
TOPIC = {"drošības": "security", "aizsardzības": "defence", "sadarbības": "cooperation", "brigādes": "brigade",
         "sadarbību": "cooperation", "sadarbība": "cooperation", "sadarbībai": "cooperation", "drošību": "security",
         "partnerības": "partnership", "militārās": "military"}
LABEL_TOPIC = {"security": "drošības", "defence": "aizsardzības", "cooperation": "sadarbības", "brigade": "brigādes",
               "partnership": "partnerības", "military": "militārās"}
# words between the parties and the noun that are not part of the name
KIND_WORDS = ["saprašanās", "divpusējo", "divpusējā", "divpusējās", "divpusēju", "divpusējais", "kopīgo", "kopīgu", "kopīgā",
              "kopīgās", "ilgtermiņa", "jauno", "jaunu", "jaunā", "stratēģiskās", "stratēģisko", "vēsturisko",
              "trīspusējo", "trīspusēju"]
# words after the noun that introduce what the document is about ("vienošanās par sadarbību drošības jomā")
ABOUT = ["par"]
# the kind of document a noun names (stem -> key, the English word) and its Latvian label noun
NOUN_KEY = {"vienošan": "agreement", "līgum": "agreement", "nolīgum": "agreement", "ceļa kart": "roadmap",
            "ceļakart": "roadmap", "memorand": "memorandum", "protokol": "protocol", "konvencij": "convention",
            "hart": "charter", "rīcības plān": "action plan", "nodomu protokol": "letter of intent",
            "pamatdokument": "framework document", "komunikē": "communiqué", "deklarācij": "declaration"}
LABEL_NOUN = {"agreement": "vienošanās", "roadmap": "ceļa karte", "memorandum": "memorands", "protocol": "protokols",
              "convention": "konvencija", "charter": "harta", "action plan": "rīcības plāns",
              "letter of intent": "nodomu protokols", "framework document": "pamatdokuments", "communiqué": "komunikē",
              "treaty": "līgums", "accord": "vienošanās", "pact": "pakts", "declaration": "deklarācija"}
PARTY_JOINER = " un "
PARTY_CASE = "gen"  # "Latvijas un Ukrainas ..."
# a state or organisation that joined a declaration after it was adopted is one of its signatories
JOINED = ["pievienojās", "pievienojusies", "pievienojusi", "pievienojies", "pievienojušās", "pievienojušies",
          "pievienosies", "pievienojas", "parakstījās"]
# an organisation's seat as a place of signing: "NATO galvenajā mītnē"
HEADQUARTERS = ["galvenajā mītnē", "mītnē", "štābkvartīrā", "galvenajā štābā"]
# words that end a name's complement ("vienošanās par atbalstu | tika parakstīta")
COMPLEMENT_END = ["tika", "tiek", "tiks", "ir", "bija", "kas", "kuru", "kuri", "kuras", "parakstīja", "parakstīta",
                  "parakstīti"]
# how many plain words before a document noun may name it, and after a complement word
LEFT_WORDS = 1
COMPLEMENT_WORDS = 5
# -- signings told over several sentences (agreement_context) --
# the signing came at the end of the meeting the sentence before tells of (its last day)
AT_END = ["noslēgumā", "beigās", "noslēdzot", "izskaņā"]
# nouns and pronouns for the signatories of the signing just before ("Tāpat ministri parakstīja ...")
SIGNER_NOUN = ["ministri", "ministres", "līderi", "vadītāji", "viņi", "viņas", "abi", "abas", "puses", "valstis",
               "premjerministri", "prezidenti", "komandieri"]
# ordinals that pick one of the documents of the sentence before (-1: the last one)
ORDINAL = {w: n for n, ws in {1: ["pirmā", "pirmo", "pirmais", "pirmās", "pirmajā"],
                              2: ["otrā", "otro", "otrais", "otrās", "otrajā"],
                              3: ["trešā", "trešo", "trešais", "trešās", "trešajā"],
                              4: ["ceturtā", "ceturto", "ceturtais", "ceturtās"],
                              -1: ["pēdējā", "pēdējo", "pēdējais", "jaunākā", "jaunāko"]}.items() for w in ws}
PLACE_GAP = ["atkal", "arī", "tāpat", "pēc tam", "vēlāk"]  # words that may stand between a date and a place
ALSO = ["tāpat", "arī", "turklāt", "papildus"]  # a sentence going on with the same signing
# -- documents named by the body they found (agreement_owners): "tā saprašanās memorandu", "centra
# dibināšanas memorands, kas tika parakstīts ..." --
OWNER_PRONOUN = ["tā", "tās", "to"]
OWNER_FILLER = ["saprašanās", "dibināšanas", "izveides", "izveidošanas", "dibināšanā", "dokuments", "dokumentu", "pamata"]
SIGN_AUX = ["tika", "tiek", "ir", "bija", "tikusi", "ticis", "vēlāk", "oficiāli", "kas"]
GENITIVE_OWNER = True  # a lower-case genitive noun before the document noun may name its owner ("centra")
# a visit told in the sentence before a signing gives its place and date ("oficiālā vizītē ieradās ...")
VISIT = ["vizīt*", "apmeklēj*", "viesojās", "viesojas", "ieradās"]
# a number before a signer noun: that many people signed ("abi ministri parakstīja")
SIGNER_COUNT = {"abi": 2, "abas": 2, "divi": 2, "divas": 2, "trīs": 3, "četri": 4}
# a date after these words, once the signing verb is behind, belongs to another clause
CLAUSE_BREAK = [", un", ", bet", ", savukārt", ", taču", ";", ", pēc tam", ", kamēr"]
# the place of signing given as the city named before ("parakstīja ... tajā pašā pilsētā", "turpat")
SAME_PLACE = ["tajā pašā pilsētā", "šajā pašā pilsētā", "tajā pašā vietā", "turpat"]

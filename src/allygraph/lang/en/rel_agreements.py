"""English triggers for agreements and declarations: signing, adopting, signatories
(allygraph.extract.agreements)."""

DECLARATION = ["declaration*", "joint statement*"]
SIGN = ["sign", "signs", "signed", "signing", "adopt*", "approved", "concluded", "pledged", "endorsed",
        "issued", "agreed", "inked", "co-signed", "put their signatures", "put their names"]
SIGNATORY_VERB = ["signed", "sign", "signs", "pledged", "pledge", "committed", "agreed", "issued", "endorsed",
                  "adopted", "concluded", "put their signatures", "put their names to", "put their name to",
                  "co-signed", "inked", "initialled", "initialed", "signed off on"]
SIGNED_BY = ["signed by", "adopted by", "issued by", "endorsed by", "signatories were", "signatories are",
             "signed|adopted|issued|endorsed ? by", "signed on behalf of", "co-signed by", "bears the signatures of"]
LABEL_DECLARATION = "Joint Declaration"
# nouns of a signed document that the reference data may lack ("the accession protocols were signed",
# "a joint roadmap", "a memorandum of understanding"); an agreement is created from the noun phrase
AGREEMENT_NOUN = ["roadmap*", "road map*", "protocol*", "treaty", "treaties", "memorandum", "memoranda",
                  "agreement", "agreements", "accord", "accords", "charter", "letter of intent", "letters of intent",
                  "action plan", "framework document", "pact", "convention", "communiqué", "communique"]
# words after the noun that continue its name: "Treaty of Accession", "memorandum of understanding"
NOUN_COMPLEMENT = ["of", "on", "for"]
# words that end the noun phrase on the left besides punctuation and function words
NOT_MODIFIER = ["first", "second", "third", "new", "two", "three", "both", "which", "what", "signed", "another"]

# -- documents named by their parties ("the Latvia–Ukraine security agreement", "a roadmap agreed
# between Ottawa and Riga", "Latvia's agreement with Ukraine") --
BETWEEN = ["between"]
WITH = ["with"]
# topic words of a document (surface form -> key) and the words naming a key in labels
TOPIC = {"security": "security", "defence": "defence", "defense": "defence", "cooperation": "cooperation",
         "co-operation": "cooperation", "brigade": "brigade", "partnership": "partnership", "military": "military"}
LABEL_TOPIC = {"security": "security", "defence": "defence", "cooperation": "cooperation", "brigade": "brigade",
               "partnership": "partnership", "military": "military"}
# words between the parties and the noun that are not part of the name
KIND_WORDS = ["bilateral", "joint", "long-term", "new", "strategic", "historic", "landmark", "comprehensive",
              "trilateral", "ten-year", "10-year"]
# words after the noun that introduce what the document is about ("agreement on security co-operation")
ABOUT = ["on", "about", "concerning", "for"]
# the kind of document a noun names (stem -> key); a label uses LABEL_NOUN[key], else the key
NOUN_KEY = {"agreement": "agreement", "roadmap": "roadmap", "road map": "roadmap", "protocol": "protocol",
            "memorand": "memorandum", "treat": "treaty", "accord": "accord", "charter": "charter",
            "letter": "letter of intent", "action plan": "action plan", "framework document": "framework document",
            "pact": "pact", "convention": "convention", "communiqu": "communiqué", "declaration": "declaration"}
LABEL_NOUN: dict[str, str] = {}
PARTY_JOINER = "–"
# a state or organisation that joined a declaration after it was adopted is one of its signatories
JOINED = ["joined", "has joined", "have joined", "acceded to", "subscribed to", "signed up to", "endorsed",
          "associated itself with", "aligned itself with"]
# an organisation's seat as a place of signing: "at NATO Headquarters"
HEADQUARTERS = ["headquarters", "hq", "head office", "headquarter"]
# words that end a name's complement ("Accession Protocols for the two countries | were signed")
COMPLEMENT_END = ["was", "were", "is", "are", "has", "have", "had", "will", "would", "which", "that", "signed", "by",
                  "in", "at", "on"]
# how many plain words before a document noun may name it (a capitalised name may go on), and after a
# complement word ("memorandum of understanding on ...")
LEFT_WORDS = 3
COMPLEMENT_WORDS = 3
# -- signings told over several sentences (agreement_context) --
# the signing came at the end of the meeting the sentence before tells of (its last day)
AT_END = ["at the end of", "at the close of", "concluding", "closing", "at its end", "at its close"]
# nouns and pronouns for the signatories of the signing just before ("The ministers also signed ...")
SIGNER_NOUN = ["ministers", "leaders", "they", "both", "the two", "the three", "the parties", "the sides",
               "heads of state", "prime ministers", "presidents", "commanders", "the chiefs"]
# ordinals that pick one of the documents of the sentence before (-1: the last one)
ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "latest": -1, "most recent": -1}
PLACE_GAP = ["again", "also", "then", "later"]  # words that may stand between a date and a place
ALSO = ["also", "as well", "in addition", "further", "furthermore", "likewise"]  # a sentence going on with the same signing
# -- documents named by the body they found (agreement_owners): "its memorandum of understanding",
# "the centre's founding document, a memorandum of understanding, was signed ..." --
OWNER_PRONOUN = ["its", "their"]
OWNER_FILLER = ["founding", "establishing", "constituent", "constitutive", "original", "document", "documents",
                "a", "an", "the", "own"]
SIGN_AUX = ["was", "were", "is", "are", "been", "has", "have", "had", "later", "formally", "officially", "then",
            "first", "originally"]
NOUN_ABBREV = {"memorandum of understanding": "MoU", "memoranda of understanding": "MoUs"}
AGENT = ["by"]  # the agent of a passive signing verb a few words after it ("signed in Riga on ... by A and B")
# a visit told in the sentence before a signing gives its place and date ("X arrived in Riga on an official visit")
VISIT = ["visit", "visits", "visited", "visiting", "official visit", "working visit", "arrived in", "trip to"]
# a number before a signer noun: that many people signed ("the two ministers signed", "both leaders signed")
SIGNER_COUNT = {"both": 2, "two": 2, "three": 3, "four": 4}
# a date after these words, once the signing verb is behind, belongs to another clause
CLAUSE_BREAK = [", and", ", but", ", while", ", whereas", ";", ", after which", ", before"]
# the place of signing given as the city named before ("signed ... in the same city")
SAME_PLACE = ["the same city", "the same town", "the same capital", "the same place", "that same city"]

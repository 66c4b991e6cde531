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
NOUN_COMPLEMENT = ["of", "on"]
# words that end the noun phrase on the left besides punctuation and function words
NOT_MODIFIER = ["first", "second", "third", "new", "two", "three", "both", "which", "what", "signed", "another"]

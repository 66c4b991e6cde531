"""Latvian triggers for agreements and declarations: signing, adopting, signatories
(allygraph.extract.agreements)."""

DECLARATION = ["deklarācij*", "kopīgais paziņojum*", "kopīgā paziņojum*", "kopīgo paziņojum*"]
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

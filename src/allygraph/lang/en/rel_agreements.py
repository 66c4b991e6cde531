"""English triggers for agreements and declarations: signing, adopting, signatories
(allygraph.extract.agreements)."""

DECLARATION = ["declaration*", "joint statement*"]
SIGN = ["sign", "signs", "signed", "signing", "adopt*", "approved", "concluded", "pledged", "endorsed",
        "issued", "agreed"]
SIGNATORY_VERB = ["signed", "sign", "signs", "pledged", "pledge", "committed", "agreed", "issued", "endorsed",
                  "adopted", "concluded", "put their signatures", "put their names to", "put their name to"]
SIGNED_BY = ["signed by", "adopted by", "issued by", "endorsed by", "signatories were", "signatories are"]
LABEL_DECLARATION = "Joint Declaration"

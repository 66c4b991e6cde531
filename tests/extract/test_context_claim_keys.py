"""The claim key the extraction merges and orders by is exactly ``Claim.key()`` (the store's id),
whatever the parts: plain strings, quotes and non-ASCII, date and quantity literals, as_of."""

from __future__ import annotations

import pytest

from allygraph.extract.context import claim_key_of
from allygraph.model import Claim, Literal
from allygraph.vocab import Predicate

_CLAIMS = [
    Claim("state:LV", Predicate("member_of"), "org:nato", {"start": "2004-03-29", "as_of": "2024-01-01"}),
    Claim("state:LV", Predicate("member_of"), "org:nato", {"start": Literal("2004-03-29", "date")}),
    Claim("state:EE", Predicate("participant_in"), "operation:kfor", {"end": "2009", "role": 'the "lead"\\ nation'}),
    Claim("person:x", Predicate("holds_position"), "position:ministrs-ārlietu", {"note": "Ārlietu ministrs \u2028 \x01 ✓"}),
    Claim("state:CA", Predicate("contributes_to"), "formation:bg-lv", {"troops": Literal(1200, "quantity", "~")}),
    Claim("state:CA", Predicate("contributes_to"), Literal("about 1 200", "string"), {}),
    Claim("state:DE", Predicate("leads"), "formation:bg-lt", {"start": Literal("2017", "date", ">")}),
]


@pytest.mark.parametrize("claim", _CLAIMS)
def test_key_is_the_claims_own_key(claim: Claim) -> None:
    assert claim_key_of(claim) == claim.key()


def test_keys_differ_with_the_qualifiers_but_not_with_as_of() -> None:
    a, b = _CLAIMS[0], _CLAIMS[1]
    assert claim_key_of(a) == claim_key_of(b)  # a date literal and its ISO string are the same value
    other = Claim(a.subject, a.predicate, a.object, {"start": "2004"})
    assert claim_key_of(other) != claim_key_of(a)

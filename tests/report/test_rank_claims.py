from conftest import build_store, claim

from allygraph.model import Literal
from allygraph.report.rank import rank_claims
from allygraph.store import open_store

TEXT = "The unit was founded in 2015. Another note says it was founded in 2016. A third says 2015 again."


def test_disagreeing_values_are_ranked_not_deleted(tmp_path):
    store = build_store(tmp_path / "g.db")
    store.put_claims([
        claim("note_a", TEXT, "founded in 2015", "org:nfiu-latvia", _p(), Literal("2015", "date")),
        claim("note_b", TEXT, "founded in 2016", "org:nfiu-latvia", _p(), Literal("2016", "date")),
        claim("note_c", TEXT, "says 2015", "org:nfiu-latvia", _p(), Literal("2015", "date")),
    ])
    changes = dict(rank_claims(store))
    claims = {str(c.object): c for c in store.claims(subject="org:nfiu-latvia", predicate="inception")}
    assert claims["2015"].rank == "preferred" and claims["2016"].rank == "deprecated"
    assert set(changes.values()) == {"preferred", "deprecated"}
    assert rank_claims(store) == []  # idempotent
    assert len(store.claims(subject="org:nfiu-latvia", predicate="inception")) == 2
    store.close()
    assert open_store(tmp_path / "g.db").claim(claims["2016"].key()).rank == "deprecated"


def _p():
    from allygraph.vocab import Predicate

    return Predicate.INCEPTION

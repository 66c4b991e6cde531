"""The common proposals section when the months' counts happen to add up to one another."""

from conftest import TODAY, _adoc, claim

from allygraph.model import Literal
from allygraph.report.eunato import FRAMEWORK_ID, build_eu_nato
from allygraph.store import open_store
from allygraph.vocab import Predicate

TEXT = ("In March 2019 the two bodies agreed on 20 proposals.\n"
        "In March 2020 they agreed on 20 proposals again.\n"
        "In March 2021 they agreed on 40 proposals.\n")


def _measures(tmp_path, quotes_counts_dates):
    store = open_store(tmp_path / "g.db")
    claims = [claim("memo", TEXT, q, FRAMEWORK_ID, Predicate.MEASURES_APPROVED, Literal(n, "quantity"), point_in_time=d)
              for q, n, d in quotes_counts_dates]
    store.put_document(_adoc("memo", TEXT, "en", "2021-04-01", claims), "test")
    rep = build_eu_nato(store, "en", today=TODAY)
    store.close()
    return [ln.text for ln in next(s for s in rep.sections if s.key == "measures").lines]


def test_two_months_with_the_same_count_are_both_parts(tmp_path):
    # one month's count equal to the sum of the others (here: the other one) used to raise ValueError
    lines = _measures(tmp_path, [("agreed on 20 proposals.", 20, "2019-03"),
                                 ("agreed on 20 proposals again", 20, "2020-03")])
    assert lines == ["March 2019 — 20 measures", "March 2020 — 20 measures", "Total: 40 measures"]


def test_a_month_equal_to_the_sum_of_the_others_is_kept(tmp_path):
    lines = _measures(tmp_path, [("agreed on 20 proposals.", 20, "2019-03"),
                                 ("agreed on 20 proposals again", 20, "2020-03"),
                                 ("agreed on 40 proposals", 40, "2021-03")])
    assert lines[-1] == "Total: 80 measures" and "March 2021 — 40 measures" in lines

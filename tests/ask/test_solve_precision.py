"""What the graph must not answer with: a member list for "where", programmes for "which countries",
and claims that leave out the operation the question names. Each case also has a claim that does
fit, so the test shows the right answer is still found."""

from __future__ import annotations

import pytest

from allygraph.ask import answer
from allygraph.model import Claim, Literal, Source
from allygraph.vocab import Predicate


def _claim(s: str, p: str, o: str, doc: str = "p_doc", at: int = 0) -> Claim:
    quote = f"{s} {p} {o}"
    return Claim(s, Predicate(p), o, {}, [Source(doc, at, at + len(quote), quote, "test", "0", 0.9)], 0.9)


@pytest.fixture(scope="module")
def store(tmp_path_factory):  # type: ignore[no-untyped-def]
    from allygraph.pipeline import reference_version
    from allygraph.refdata import load_reference
    from allygraph.store import open_store

    st = open_store(tmp_path_factory.mktemp("solve") / "s.db")
    st.sync_reference(load_reference().entities.values(), reference_version())
    st.put_claims([
        _claim("state:LT", "member_of", "org:nato"),
        _claim("state:EE", "member_of", "org:nato", at=100),
        _claim("state:LV", "participant_in", "programme:pfp", at=200),
        _claim("state:DK", "contributes_to", "operation:eastern-sentry", at=300),
        Claim("state:EE", Predicate("invited_to_join"), "org:nato", {"point_in_time": Literal("2002-11-21", "date")},
              [Source("p_doc", 500, 520, "Estonia invited 2002", "test", "0", 0.9)], 0.9),
        Claim("state:LV", Predicate("defence_attache_to"), "state:EE", {"resident_in": "city:tallinn"},
              [Source("p_doc", 400, 420, "Latvia attaché Estonia", "test", "0", 0.9)], 0.9),
    ])
    yield st
    st.close()


def _labels(r: dict) -> set[str]:
    return {i.get("label", "") for i in r["items"]}


def test_where_is_not_answered_by_a_membership(store) -> None:  # type: ignore[no-untyped-def]
    r = answer(store, "Where did the NATO Allies meet in January 2025?")
    assert not r["items"], r["answer"]


def test_which_countries_is_not_answered_by_programmes(store) -> None:  # type: ignore[no-untyped-def]
    r = answer(store, "Which countries lead the coalition in which Latvia takes part?")
    assert "Partnership for Peace" not in _labels(r), r["answer"]
    r_ok = answer(store, "Which programme does Latvia take part in?")
    assert "Partnership for Peace" in _labels(r_ok), r_ok["answer"]


def test_a_named_operation_must_be_in_the_answering_claim(store) -> None:  # type: ignore[no-untyped-def]
    r = answer(store, "Which Allies contribute to NATO's Eastern Sentry?")
    assert _labels(r) == {"Denmark"}, r["answer"]
    assert not {"Lithuania", "Estonia"} & _labels(r)


def test_a_receiver_in_the_locative_must_match_the_attache_claim(store) -> None:  # type: ignore[no-untyped-def]
    r = answer(store, "Kur rezidē Latvijas aizsardzības atašejs, kas akreditēts Šveicē?")
    assert "Tallinn" not in _labels(r) and "Tallina" not in _labels(r), r["answer"]
    r_ok = answer(store, "Kur rezidē Latvijas aizsardzības atašejs, kas akreditēts Igaunijā?")
    assert r_ok["answer"] == "Tallina" and "Tallinn" in _labels(r_ok), r_ok["answer"]


def test_a_dated_claim_of_another_year_does_not_answer_for_a_named_summit(store) -> None:  # type: ignore[no-untyped-def]
    r = answer(store, "Which countries did NATO invite at the Bucharest summit in 2008?")
    assert "Estonia" not in _labels(r), r["answer"]
    r_ok = answer(store, "Which countries did NATO invite at the Prague summit in 2002?")
    assert "Estonia" in _labels(r_ok), r_ok["answer"]


def test_how_many_soldiers_is_not_answered_by_counting_units(store) -> None:  # type: ignore[no-untyped-def]
    r = answer(store, "Cik karavīru Dānija nosūtījusi operācijai Eastern Sentry?")
    assert not r["items"], r["answer"]
    r_en = answer(store, "How many soldiers has Denmark sent to Eastern Sentry?")
    assert not r_en["items"], r_en["answer"]

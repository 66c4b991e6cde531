"""A unit or operation described instead of named ("the battlegroup Canada leads", "Kanādas vadītā
kaujas grupa") is identified through the graph; a person asked for "leading" a body is its chair."""

from __future__ import annotations

import pytest

from allygraph.ask import answer
from allygraph.model import Claim, Literal, Source
from allygraph.vocab import Predicate


def _claim(s: str, p: str, o: str | Literal, quals: dict | None = None, at: int = 0) -> Claim:
    quote = f"{s} {p} {o}"
    return Claim(s, Predicate(p), o, quals or {}, [Source("d_doc", at, at + len(quote), quote, "test", "0", 0.9)], 0.9)


@pytest.fixture(scope="module")
def store(tmp_path_factory):  # type: ignore[no-untyped-def]
    from allygraph.pipeline import reference_version
    from allygraph.refdata import load_reference
    from allygraph.store import open_store

    st = open_store(tmp_path_factory.mktemp("describe") / "s.db")
    st.sync_reference(load_reference().entities.values(), reference_version())
    st.put_claims([
        _claim("state:CA", "leads", "formation:efp-bg-latvia", at=0),
        _claim("formation:efp-bg-latvia", "located_in", "city:adazi", {"start": Literal("2017-06", "date")}, at=100),
        _claim("state:DE", "leads", "formation:efp-bg-lithuania", at=200),
        _claim("formation:efp-bg-lithuania", "located_in", "city:rukla", {"start": Literal("2017-02", "date")}, at=300),
        _claim("person:rob-bauer", "chair_of", "org:nato-military-committee", at=400),
    ])
    yield st
    st.close()


def _values(r: dict) -> set[str]:
    return {str(i.get("value", i.get("label"))) for i in r["items"]}


def test_a_battlegroup_described_by_its_leader_is_found_in_both_languages(store) -> None:  # type: ignore[no-untyped-def]
    r = answer(store, "When was the battlegroup led by Germany stationed in its base?")
    assert _values(r) == {"2017-02"}, r["answer"]
    r_lv = answer(store, "Kur atrodas Kanādas vadītā kaujas grupa?")
    assert "Ādaži" in {i.get("label") for i in r_lv["items"]}, r_lv["answer"]


def test_a_kind_noun_that_is_the_answer_is_not_resolved(store) -> None:  # type: ignore[no-untyped-def]
    r = answer(store, "Which battlegroup does Canada lead?")
    assert {i.get("id") for i in r["items"]} == {"formation:efp-bg-latvia"}, r["answer"]


def test_who_leads_a_committee_is_its_chair(store) -> None:  # type: ignore[no-untyped-def]
    r = answer(store, "Kas vada NATO Militāro komiteju?")
    assert {i.get("id") for i in r["items"]} == {"person:rob-bauer"}, r["answer"]

"""Answers read from a passage when the graph holds no claim: the passage must name the question's
entities (and any name the gazetteer does not know), state the asked relation and any date the
question gives; the value nearest to those is the answer, marked as read, never a guess."""

from __future__ import annotations

import hashlib

import pytest

from allygraph.ask import answer
from allygraph.model import Document

# Our own sentences. Claims are dropped on purpose: only mentions and passages are stored, so every
# answer below must come from reading the passages.
DOCS = {
    "r1_lv": ("Latvija ir Apvienoto Nāciju Organizācijas dalībvalsts kopš 1991. gada, bet NATO "
              "dalībvalsts kļuva 2004. gada 29. martā pēc ilgas sagatavošanās."),
    "r2_en": ("Lithuanian President Gitanas Nausėda and Polish President Andrzej Duda signed the "
              "Lublin memorandum in Warsaw in 2023, officials said."),
    "r3_en": "The Baltic ministers met in Tallinn on 5 May 2019 to discuss the Zorbex initiative.",
    "r4_en": ("After long talks the Allies invited Montenegro at a ministerial meeting on 2 December 2015; "
              "Montenegro became a NATO member on 5 June 2017."),
}


@pytest.fixture(scope="module")
def claimless_store(tmp_path_factory):  # type: ignore[no-untyped-def]
    from allygraph.pipeline import analyse, pipeline_version, reference_version
    from allygraph.refdata import load_reference
    from allygraph.store import open_store

    store = open_store(tmp_path_factory.mktemp("read") / "r.db")
    store.sync_reference(load_reference().entities.values(), reference_version())
    for doc_id, text in DOCS.items():
        adoc = analyse(Document(doc_id, f"{doc_id}.txt", text, hashlib.sha256(text.encode()).hexdigest(), "txt"))
        adoc.claims = []
        store.put_document(adoc, pipeline_version())
    yield store
    store.close()


def _values(r: dict) -> set[str]:
    return {str(i.get("value", i.get("label"))) for i in r["items"]} | {i.get("label", "") for i in r["items"]}


def test_the_date_nearest_the_asked_organisation_is_read_and_marked(claimless_store) -> None:  # type: ignore[no-untyped-def]
    r = answer(claimless_store, "When did Latvia join NATO?")
    assert _values(r) >= {"2004-03-29"}, r["answer"]
    assert r["derivation"]["method"] == "passage"
    assert "read from the cited passage" in r["answer"]
    assert [c["document"] for c in r["citations"]] == ["r1_lv"]
    r_lv = answer(claimless_store, "Kopš kura gada Latvija ir Apvienoto Nāciju Organizācijas dalībvalsts?")
    assert _values(r_lv) >= {"1991"}, r_lv["answer"]
    assert "nolasīts" in r_lv["answer"]


def test_coordinated_signatories_are_read_together(claimless_store) -> None:  # type: ignore[no-untyped-def]
    r = answer(claimless_store, "Who signed the Lublin memorandum?")
    labels = {i.get("label") for i in r["items"]}
    assert any("Nausėda" in (x or "") for x in labels) and any("Duda" in (x or "") for x in labels), r["answer"]


def test_no_reading_when_the_question_names_what_the_passage_does_not(claimless_store) -> None:  # type: ignore[no-untyped-def]
    r = answer(claimless_store, "When did Latvia join the OSCE?")
    assert r["derivation"] is None and not r["items"], r["answer"]
    assert r["answer"].startswith("Not known")


def test_no_reading_when_the_question_date_is_not_in_the_passage(claimless_store) -> None:  # type: ignore[no-untyped-def]
    r = answer(claimless_store, "Where did the Baltic ministers meet in 2021?")
    assert not r["items"], r["answer"]
    r_ok = answer(claimless_store, "Where did the Baltic ministers meet in 2019?")
    assert "Tallinn" in {i.get("label") for i in r_ok["items"]}, r_ok["answer"]


def test_a_value_is_read_only_from_the_part_of_the_passage_that_states_the_relation(claimless_store) -> None:  # type: ignore[no-untyped-def]
    r = answer(claimless_store, "When was Montenegro invited to join NATO?")
    assert _values(r) >= {"2015-12-02"} and "2017-06-05" not in _values(r), r["answer"]

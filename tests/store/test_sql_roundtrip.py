"""Store insert -> read round trips, reviews, document replacement and atomicity."""

from __future__ import annotations

import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from allygraph.export import export, import_jsonl, read_jsonl
from allygraph.model import AnalysedDocument, Claim, Document, Entity, Literal, Mention, Sentence, Source, Token
from allygraph.store import Review, open_store
from allygraph.vocab import EntityType, Predicate

TEXT = "Kanāda vada kaujas grupu Ādažos. Canada leads the battlegroup at Ādaži."


def _entities() -> list[Entity]:
    return [
        Entity("state:CA", EntityType.STATE, {"en": "Canada", "lv": "Kanāda"}, {"lv": ["Kanāda"]}),
        Entity("formation:bg", EntityType.FORMATION, {"en": "Battlegroup", "lv": "Kaujas grupa"}),
        Entity("city:adazi", EntityType.CITY, {"en": "Ādaži", "lv": "Ādaži"}, {"en": ["Adazi"]}),
    ]


def _adoc(text: str = TEXT, doc_id: str = "d1", sha: str = "a" * 64, with_claim: bool = True) -> AnalysedDocument:
    doc = Document(doc_id, f"/x/{doc_id}.txt", text, sha, "txt")
    end = text.index(".") + 1
    adoc = AnalysedDocument(doc, "lv", [(0, len(text), "lv")],
                            [Sentence(0, end, "lv", [Token("Kanāda", 0, 6, "kanāda")])],
                            [Mention("state:CA", EntityType.STATE, 0, 6, "Kanāda")])
    if with_claim:
        adoc.claims = [Claim("state:CA", Predicate.LEADS, "formation:bg", {"start": Literal("2017", "date")},
                             [Source(doc_id, 0, end, text[:end], "test", "1", 0.9)], 0.9)]
    return adoc


@pytest.fixture()
def store(tmp_path):  # type: ignore[no-untyped-def]
    s = open_store(tmp_path / "t.db")
    s.sync_reference(_entities(), "v1")
    yield s
    s.close()


def test_sql_put_document_then_read_back(store) -> None:  # type: ignore[no-untyped-def]
    res = store.put_document(_adoc(), "p1")
    assert res.status == "new" and res.claims == 1
    [c] = store.claims(subject="state:CA")
    assert c.predicate is Predicate.LEADS and c.object == "formation:bg"
    assert c.qualifiers["start"] == Literal("2017", "date")
    assert c.sources[0].quote == TEXT[: TEXT.index(".") + 1]
    assert store.is_unchanged("d1", "a" * 64, "p1") and not store.is_unchanged("d1", "b" * 64, "p1")


def test_sql_same_claim_from_two_documents_is_one_claim_with_two_sources(store) -> None:  # type: ignore[no-untyped-def]
    store.put_document(_adoc(doc_id="d1"), "p1")
    store.put_document(_adoc(doc_id="d2", sha="b" * 64), "p1")
    [c] = store.claims(predicate="leads")
    assert sorted(s.document for s in c.sources) == ["d1", "d2"]


def test_sql_changed_document_replaces_its_sources(store) -> None:  # type: ignore[no-untyped-def]
    store.put_document(_adoc(), "p1")
    store.put_document(_adoc(sha="c" * 64, with_claim=False), "p1")
    assert store.claims() == []
    assert store.stats()["documents"] == 1


def test_sql_rejected_claim_stays_rejected_after_reingest(store) -> None:  # type: ignore[no-untyped-def]
    store.put_document(_adoc(), "p1")
    [c] = store.claims()
    store.add_review(Review(c.key(), "reject", "analyst", "2026-01-01T00:00:00Z", "wrong"))
    assert store.claims() == []
    store.put_document(_adoc(sha="d" * 64), "p2")  # re-ingest re-extracts the same claim
    assert store.claims() == []
    [again] = store.claims(include_rejected=True)
    assert again.status == "rejected"
    assert [r.user for r in store.reviews(c.key())] == ["analyst"]


def test_sql_failed_write_keeps_previous_state(store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    store.put_document(_adoc(), "p1")
    before = export(store, "jsonl")
    import allygraph.store.sql as sql

    def boom(*a, **k):  # type: ignore[no-untyped-def]
        raise sql.SQLAlchemyError("disk full")

    monkeypatch.setattr(sql.SQLStore, "_insert_passages", boom)
    with pytest.raises(Exception, match="could not store"):
        store.put_document(_adoc(sha="e" * 64, with_claim=False), "p1")
    assert export(store, "jsonl") == before


def test_export_jsonl_roundtrip_is_identity(store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store.put_document(_adoc(), "p1")
    first = export(store, "jsonl")
    other = open_store(tmp_path / "copy.db")
    import_jsonl(other, io.StringIO(first))
    assert export(other, "jsonl") == first
    line = json.loads(first.splitlines()[0])
    assert line["subject"]["labels"] == {"en": "Canada", "lv": "Kanāda"}
    assert line["qualifiers"] == {"start": "2017"}


def test_export_csv_and_turtle_name_every_claim(store) -> None:  # type: ignore[no-untyped-def]
    store.put_document(_adoc(), "p1")
    csv_text = export(store, "csv")
    assert csv_text.splitlines()[0].startswith("claim_id,") and "Kanāda" in csv_text
    ttl = export(store, "ttl")
    import rdflib

    g = rdflib.Graph().parse(data=ttl, format="turtle")
    assert len(g) > 5


_names = st.text(st.characters(codec="utf-8", categories=("L", "N", "Zs", "P")), min_size=1, max_size=20)


@settings(max_examples=40, deadline=None)
@given(label=_names, value=st.integers(0, 10**6), bound=st.sampled_from([None, ">", "<", "~"]),
       quote=st.text(min_size=0, max_size=40))
def test_export_import_roundtrip_property(tmp_path_factory, label, value, bound, quote) -> None:  # type: ignore[no-untyped-def]
    s1 = open_store(tmp_path_factory.mktemp("a") / "a.db")
    s1.put_claims([Claim("formation:x", Predicate.PERSONNEL_COUNT, Literal(value, "quantity", bound), {},
                         [Source("doc", 0, len(quote), quote)])],
                  [Entity("formation:x", EntityType.FORMATION, {"en": label, "lv": label})])
    text = export(s1, "jsonl")
    claims, ents = read_jsonl(io.StringIO(text))
    assert claims[0].object == Literal(value, "quantity", bound) and ents[0].labels["en"] == label
    s2 = open_store(tmp_path_factory.mktemp("b") / "b.db")
    import_jsonl(s2, io.StringIO(text))
    assert export(s2, "jsonl") == text


def test_import_rejects_malformed_line_with_line_number(store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(Exception, match=r"claims.jsonl: line 2"):
        import_jsonl(store, io.StringIO('\n{"subject": 1}\n'), "claims.jsonl")


def test_sql_correction_replaces_claim_and_survives_reingest(store) -> None:  # type: ignore[no-untyped-def]
    store.sync_reference(_entities() + [Entity("state:DK", EntityType.STATE, {"en": "Denmark", "lv": "Dānija"})], "v2")
    store.put_document(_adoc(), "p1")
    [c] = store.claims()
    store.add_review(Review(c.key(), "correct", "analyst", "2026-01-02T00:00:00Z", "it was Denmark",
                            {"subject": "state:DK"}))
    [fixed] = store.claims()
    assert fixed.subject == "state:DK" and fixed.status == "confirmed"
    assert fixed.sources[0].quote == c.sources[0].quote
    assert store.claim(c.key()).status == "corrected"
    store.put_document(_adoc(sha="f" * 64), "p2")  # re-ingest: the original is re-extracted, the fix stays
    [again] = store.claims()
    assert again.subject == "state:DK" and again.sources


def test_sql_search_drops_common_terms_and_bounds_ranking(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """On a big index a term in most passages stops selecting; a rare one still finds its passage."""
    import allygraph.store.sql as sql

    s = open_store(tmp_path / "big.db")
    s.sync_reference(_entities(), "v1")
    rows = [(f"d{i}", 0, 10, "en", "defense minister meet" + (" zanzibar" if i == 2500 else ""), "")
            for i in range(3000)]
    with s.engine.begin() as c:
        c.exec_driver_sql('INSERT INTO passages (doc_id, start, "end", lang, lemmas, entities) VALUES (?,?,?,?,?,?)', rows)
    monkeypatch.setattr(sql.SQLStore, "MAX_RANKED", 100)
    hits = s.search_passages(["defense", "zanzibar"], limit=3)
    assert [h.document for h in hits] == ["d2500"]  # "defense" is in every passage: only "zanzibar" selects
    common = s.search_passages(["defense"], limit=3)
    assert len(common) == 3 and all(int(h.document[1:]) >= 2900 for h in common)  # the most recent 100 only
    assert s.search_passages(["nowhere"], limit=3) == []

"""The team-server backend: the same store code on a real PostgreSQL server gives the same graph as
the embedded SQLite store — byte-identical exports of the samples, the same answers, passage search,
idempotent re-ingest, and a failed document leaving what is stored intact."""

from __future__ import annotations

from pathlib import Path

import pytest
from pg_server import postgres_url, unavailable

SAMPLES = Path(__file__).resolve().parents[2] / "samples"

pytestmark = pytest.mark.skipif(unavailable() is not None, reason=str(unavailable()))


@pytest.fixture(scope="module")
def stores(tmp_path_factory):  # type: ignore[no-untyped-def]
    from allygraph.pipeline import ingest
    from allygraph.store import open_store

    with postgres_url() as url:
        pg = open_store(url)
        lite = open_store(tmp_path_factory.mktemp("lite") / "s.db")
        for st in (pg, lite):
            ingest([SAMPLES], st)
        yield pg, lite
        pg.close()
        lite.close()


def _export(store) -> str:  # type: ignore[no-untyped-def]
    import io

    from allygraph.export import export_jsonl

    buf = io.StringIO()
    export_jsonl(store, buf)
    return buf.getvalue()


def test_postgres_export_is_byte_identical_to_sqlite(stores) -> None:  # type: ignore[no-untyped-def]
    pg, lite = stores
    assert pg.engine.dialect.name == "postgresql"
    out = _export(pg)
    assert out.count("\n") > 200
    assert out == _export(lite)


def test_postgres_answers_and_searches_like_sqlite(stores) -> None:  # type: ignore[no-untyped-def]
    from allygraph.ask import answer
    from allygraph.search import search

    pg, lite = stores
    for q in ("Which country leads the NATO battlegroup in Latvia?", "Kad Latvija iestājās NATO?"):
        a, b = answer(pg, q), answer(lite, q)
        assert a["items"] and a["items"] == b["items"], (a["answer"], b["answer"])
        assert a["citations"] == b["citations"]
    with pg.engine.connect() as c:  # passage search runs on a full-text index, not a scan in Python
        assert c.exec_driver_sql("SELECT 1 FROM pg_indexes WHERE indexname = 'ix_passages_plain_fts'").first()
    hits = search(pg, "Kanāda Ādaži", limit=5)
    assert hits and all(h.text for h in hits)
    assert {h.document for h in hits} & {h.document for h in search(lite, "Kanāda Ādaži", limit=5)}


def test_postgres_reingest_changes_nothing_and_bad_input_keeps_stored_data(stores, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from allygraph.pipeline import ingest

    pg, _ = stores
    before = _export(pg)
    report = ingest([SAMPLES], pg)
    assert not report.new and not report.changed and not report.errors
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "nul.txt").write_bytes("Latvija iestājās NATO.\x00 Riga".encode())
    bad = ingest([tmp_path], pg)
    assert len(bad.errors) == 3 and not bad.new, bad
    assert _export(pg) == before

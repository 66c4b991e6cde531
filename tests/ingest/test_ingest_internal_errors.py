"""A bug met while analysing one document is that document's one-line error: the other documents
still go in, and what the store held before stays."""

from __future__ import annotations

import allygraph.extract as extract_pkg
from allygraph.pipeline import ingest
from allygraph.store import open_store


def test_a_crash_in_extraction_fails_only_that_document(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good_en.txt").write_text("Canada leads the NATO battlegroup in Latvia.", encoding="utf-8")
    (docs / "trap_en.txt").write_text("This text trips a bug: Estonia joined NATO in 2004.", encoding="utf-8")
    real = extract_pkg.extract

    def buggy(adoc, ref=None):  # type: ignore[no-untyped-def]
        if "trips a bug" in adoc.doc.text:
            raise KeyError("boom")
        return real(adoc, ref)

    monkeypatch.setattr(extract_pkg, "extract", buggy)
    store = open_store(tmp_path / "s.db")
    report = ingest([docs], store)
    assert report.new == ["good_en"]
    assert len(report.errors) == 1
    err = report.errors[0]
    assert err.path.endswith("trap_en.txt")
    assert "internal error" in err.problem and "KeyError" in err.problem and "\n" not in err.problem
    store.close()

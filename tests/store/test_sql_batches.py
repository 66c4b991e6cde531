"""Documents go in by batches with one commit each; inside a batch every document is still whole or
absent: one that fails to store is rolled back alone, the others of its batch and everything stored
before stay."""

from __future__ import annotations

from sqlalchemy.exc import OperationalError

from allygraph.pipeline import ingest
from allygraph.store import open_store


def _write(folder, name: str, text: str) -> None:  # type: ignore[no-untyped-def]
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def test_a_document_that_fails_to_store_is_rolled_back_alone(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    store = open_store(tmp_path / "s.db")
    _write(tmp_path / "first", "old_en.txt", "Canada leads the NATO battlegroup in Latvia.")
    assert ingest([tmp_path / "first"], store).new == ["old_en"]
    docs = tmp_path / "docs"
    _write(docs, "a_en.txt", "Estonia joined NATO on 29 March 2004.")
    _write(docs, "b_en.txt", "Lithuania joined NATO on 29 March 2004, the same day as Latvia.")
    _write(docs, "c_en.txt", "Poland joined NATO in 1999.")
    real = store._insert_passages

    def failing(c, adoc):  # type: ignore[no-untyped-def]
        real(c, adoc)  # the document's rows are written, then the store fails
        if adoc.doc.id == "b_en":
            raise OperationalError("INSERT", {}, Exception("disk I/O error"))

    monkeypatch.setattr(store, "_insert_passages", failing)
    report = ingest([docs], store)
    assert report.new == ["a_en", "c_en"]
    assert [e.path.rsplit("/", 1)[-1] for e in report.errors] == ["b_en.txt"]
    stored = {d.id for d in store.documents()}
    assert stored == {"old_en", "a_en", "c_en"}
    assert not store.mentions(document="b_en") and not store.claims(document="b_en")
    assert store.claims(document="a_en") and store.claims(document="old_en")
    store.close()


def test_progress_is_reported_after_the_batch_is_committed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = open_store(tmp_path / "s.db")
    docs = tmp_path / "docs"
    for i in range(3):
        _write(docs, f"d{i}_en.txt", f"Denmark leads the division headquarters number {i} in Latvia.")
    seen: list[tuple[str, int]] = []

    def progress(path: str, status: str) -> None:
        other = open_store(tmp_path / "s.db")  # another reader sees the document once it is reported
        seen.append((status, len(other.documents())))
        other.close()

    ingest([docs], store, progress=progress)
    assert seen == [("new", 3), ("new", 3), ("new", 3)]
    store.close()

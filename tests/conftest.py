"""Shared fixtures. The corpus fixtures build once per test run (session scope)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def demo_store(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The bundled samples ingested once into a fresh SQLite store (read-only for tests)."""
    from allygraph.pipeline import ingest
    from allygraph.store import open_store

    db = tmp_path_factory.mktemp("demo") / "demo.db"
    store = open_store(db)
    report = ingest([SAMPLES], store)
    assert report.new, "the samples ingested no documents"
    yield store
    store.close()

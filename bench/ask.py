"""Ask latency: p50/p95/p99 over a fixed set of questions in both languages, on the demo store and on a
generated store of many documents, next to the latency of a plain passage search in the same process."""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Any

QUESTIONS = [
    "Which country leads the NATO battlegroup in Latvia?",
    "Kura valsts vada NATO kaujas grupu Latvijā?",
    "When did Latvia become a member of NATO?",
    "Kad Latvija kļuva par NATO dalībvalsti?",
    "Which countries contribute soldiers to the NATO battlegroup in Latvia?",
    "Kur atrodas NATO Stratēģiskās komunikācijas izcilības centrs?",
    "Where is the NATO Force Integration Unit located?",
    "Kas parakstīja 2016. gada ES un NATO kopīgo deklarāciju?",
    "How many soldiers serve in the battlegroup?",
    "Kuras valstis sadarbojas ar Latviju?",
    "Who chairs the Martian Defence Committee?",
    "Kad tika dibināta Marsa aizsardzības komiteja?",
]


def _pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    k = min(len(xs) - 1, max(0, round(p / 100 * (len(xs) - 1))))
    return xs[k]


def latency(db: str | Path, rounds: int = 5) -> dict[str, Any]:
    from allygraph.ask import answer
    from allygraph.search import search
    from allygraph.store import open_store

    store = open_store(db)
    for q in QUESTIONS:  # warm: gazetteer, lexicons, page cache
        answer(store, q)
    ask_ms, search_ms = [], []
    for _ in range(rounds):
        for q in QUESTIONS:
            t0 = time.perf_counter()
            answer(store, q)
            ask_ms.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            search(store, q, limit=3)
            search_ms.append((time.perf_counter() - t0) * 1000)
    docs = store.stats()["documents"]
    store.close()
    return {"documents": docs, "n": len(ask_ms),
            "ask_ms": {"p50": round(_pct(ask_ms, 50), 2), "p95": round(_pct(ask_ms, 95), 2),
                       "p99": round(_pct(ask_ms, 99), 2), "mean": round(statistics.mean(ask_ms), 2)},
            "search_ms": {"p50": round(_pct(search_ms, 50), 2), "p95": round(_pct(search_ms, 95), 2)},
            "ratio_ask_vs_search_p50": round(_pct(ask_ms, 50) / max(_pct(search_ms, 50), 1e-6), 2)}


def build_large(db: Path, corpus: Path, n_docs: int) -> None:
    """A store of ``n_docs`` documents: the generated corpus analysed once, then stored again under new
    document ids until the count is reached (the same facts repeated across many news items)."""
    import dataclasses

    from allygraph.ingest.read import read_document
    from allygraph.pipeline import Analyser, pipeline_version, reference_version
    from allygraph.refdata import load_reference
    from allygraph.store import open_store

    store = open_store(db)
    store.sync_reference(load_reference().entities.values(), reference_version())
    analyser = Analyser()
    base = [analyser.analyse(read_document(f)) for f in sorted(corpus.glob("*.txt"))]
    version = pipeline_version()
    k = 0
    while k < n_docs:
        for adoc in base:
            if k >= n_docs:
                break
            doc_id = f"{adoc.doc.id}-{k:06d}"
            doc = dataclasses.replace(adoc.doc, id=doc_id, path=doc_id)
            clone = dataclasses.replace(adoc, doc=doc, claims=[
                dataclasses.replace(c, sources=[dataclasses.replace(s, document=doc_id) for s in c.sources])
                for c in adoc.claims])
            store.put_document(clone, version)
            k += 1
    store.close()

"""Ingest throughput: allygraph's pipeline against spaCy's blank pipeline + PhraseMatcher over the same names.

Both run in this process on the same generated corpus. Reported: MB/s of text, documents/s, peak
traced memory, and the ratios allygraph / peer. allygraph is measured twice: analysis only (read,
language, sentences, lemmas, dates, numbers, linking, relation extraction) and the full ingest into
a fresh SQLite store.
"""

from __future__ import annotations

import gc
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _names() -> list[str]:
    from allygraph.lang.lv.morph import case_forms
    from allygraph.refdata import load_reference

    names: set[str] = set()
    for e in load_reference().entities.values():
        for n in [*e.labels.values(), *e.all_aliases()]:
            names.add(n)
        if e.labels.get("lv"):
            names.update(case_forms(e.labels["lv"]))
        for a in e.aliases.get("lv", []):
            names.update(case_forms(a))
    return sorted(n for n in names if n.strip())


def _measure(fn: Callable[[], Any], memory: bool) -> tuple[float, int]:
    gc.collect()
    if memory:
        tracemalloc.start()
    t0 = time.perf_counter()
    fn()
    dt = time.perf_counter() - t0
    peak = 0
    if memory:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return dt, peak


def run(corpus: Path, workdir: Path) -> dict[str, Any]:
    import spacy
    from spacy.matcher import PhraseMatcher

    from allygraph.ingest.read import read_document
    from allygraph.pipeline import Analyser, ingest
    from allygraph.store import open_store

    files = sorted(corpus.glob("*.txt"))
    texts = [(f, f.read_text(encoding="utf-8")) for f in files]
    mb = sum(len(t.encode("utf-8")) for _, t in texts) / 1e6
    n = len(files)

    analyser = Analyser()
    analyser.analyse(read_document(files[0]))  # warm caches and lazy builds, as a long run would be

    def ours_analyse() -> None:
        for f, _ in texts:
            analyser.analyse(read_document(f))

    names = _names()
    nlps = {lang: spacy.blank(lang) for lang in ("lv", "en")}
    matchers = {}
    for lang, nlp in nlps.items():
        m = PhraseMatcher(nlp.vocab, attr="LOWER")
        m.add("NAME", list(nlp.tokenizer.pipe(names)))
        matchers[lang] = m

    def peer() -> None:
        for f, _ in texts:
            lang = "lv" if f.stem.endswith("_lv") else "en"
            doc = nlps[lang](f.read_text(encoding="utf-8"))
            list(doc.sents) if doc.has_annotation("SENT_START") else None
            matchers[lang](doc)

    def ours_ingest(tag: str) -> Callable[[], None]:
        def go() -> None:
            db = workdir / f"bench-{tag}.db"
            for p in workdir.glob(f"bench-{tag}.db*"):
                p.unlink()
            store = open_store(db)
            ingest([corpus], store)
            store.close()
        return go

    peer()  # warm
    t_peer, _ = _measure(peer, False)
    t_ours, _ = _measure(ours_analyse, False)
    t_ingest, _ = _measure(ours_ingest("t"), False)
    _, m_peer = _measure(peer, True)
    _, m_ours = _measure(ours_analyse, True)
    return {
        "documents": n, "megabytes": round(mb, 3), "names": len(names),
        "peer": {"seconds": round(t_peer, 3), "mb_per_s": round(mb / t_peer, 3), "docs_per_s": round(n / t_peer, 1),
                 "peak_mb": round(m_peer / 1e6, 1)},
        "allygraph_analyse": {"seconds": round(t_ours, 3), "mb_per_s": round(mb / t_ours, 3),
                              "docs_per_s": round(n / t_ours, 1), "peak_mb": round(m_ours / 1e6, 1)},
        "allygraph_ingest": {"seconds": round(t_ingest, 3), "mb_per_s": round(mb / t_ingest, 3),
                             "docs_per_s": round(n / t_ingest, 1)},
        "ratio_analyse_vs_peer_throughput": round(t_peer / t_ours, 3),
        "ratio_ingest_vs_peer_throughput": round(t_peer / t_ingest, 3),
        "ratio_peak_memory_vs_peer": round(m_ours / m_peer, 3) if m_peer else None,
    }

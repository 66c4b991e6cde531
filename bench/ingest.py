"""Ingest throughput: allygraph's pipeline against spaCy's blank pipeline + PhraseMatcher over the same names.

Both run in this process on the same generated corpus. Reported: MB/s of text, documents/s, peak
traced memory, and the ratios allygraph / peer. allygraph is measured twice: analysis only (read,
language, sentences, lemmas, dates, numbers, linking, relation extraction) and the full ingest into
a fresh SQLite store, with one process and with two workers (``ingest(jobs=2)``). ``stages`` breaks the
analysis down by stage (CPU seconds, share, MB/s of that stage alone) and extraction by relation family.
Both languages are analysed once before timing, so one-time loads (lemma dictionaries, lexicons) are
not counted.
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


def stages(analyser: Any, docs: list[Any], mb: float, repeats: int = 3) -> dict[str, Any]:
    """CPU seconds and MB/s of each analysis stage over ``docs`` (each stage's MB/s is the corpus size
    over that stage's time alone), then the extraction stage split by relation family (plus the final
    merge of claims), with the collector paused as :func:`allygraph.extract.extract` pauses it.
    Each figure is the least of ``repeats`` runs: on a shared machine the least is the steadiest."""
    from allygraph.extract import _families
    from allygraph.extract.context import DocContext

    timings: dict[str, float] = {}
    analysed: list[Any] = []
    for _ in range(repeats):
        run: dict[str, float] = {}
        analysed = [analyser.analyse(d, run) for d in docs]
        for k, v in run.items():
            timings[k] = min(timings.get(k, v), v)
    families: dict[str, float] = {}
    for _ in range(repeats):
        run = {}
        gc.disable()
        try:
            for adoc in analysed:
                ctx = DocContext(adoc, "bench", "0")
                ctx.ref = analyser.ref
                for mod in [*_families(), None]:
                    t0 = time.process_time()
                    if mod is None:
                        ctx.result()
                    else:
                        mod.extract(ctx)
                    name = mod.__name__.rsplit(".", 1)[-1] if mod is not None else "(merge claims)"
                    run[name] = run.get(name, 0.0) + time.process_time() - t0
        finally:
            gc.enable()
        for k, v in run.items():
            families[k] = min(families.get(k, v), v)
    total = sum(timings.values())
    return {
        "cpu_seconds": round(total, 3), "mb_per_cpu_s": round(mb / total, 3),
        "stage": {k: {"seconds": round(v, 3), "share": round(v / total, 3), "mb_per_s": round(mb / v, 2) if v else None}
                  for k, v in timings.items()},
        "extract_family_seconds": {k: round(v, 3) for k, v in sorted(families.items(), key=lambda kv: -kv[1])},
    }


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
    for lang in ("lv", "en"):  # warm caches and lazy builds in both languages, as a long run would be
        analyser.analyse(read_document(next(f for f in files if f.stem.endswith(f"_{lang}"))))

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

    def ours_ingest(tag: str, jobs: int = 1) -> Callable[[], None]:
        def go() -> None:
            db = workdir / f"bench-{tag}.db"
            for p in workdir.glob(f"bench-{tag}.db*"):
                p.unlink()
            store = open_store(db)
            ingest([corpus], store, jobs=jobs)
            store.close()
        return go

    peer()  # warm
    t_peer, _ = _measure(peer, False)
    t_ours, _ = _measure(ours_analyse, False)
    t_ingest, _ = _measure(ours_ingest("t"), False)
    t_jobs2, _ = _measure(ours_ingest("j2", jobs=2), False)
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
        "allygraph_ingest_jobs2": {"seconds": round(t_jobs2, 3), "mb_per_s": round(mb / t_jobs2, 3),
                                   "docs_per_s": round(n / t_jobs2, 1)},
        "stages": stages(analyser, [read_document(f) for f, _ in texts], mb),
        "ratio_analyse_vs_peer_throughput": round(t_peer / t_ours, 3),
        "ratio_ingest_vs_peer_throughput": round(t_peer / t_ingest, 3),
        "ratio_peak_memory_vs_peer": round(m_ours / m_peer, 3) if m_peer else None,
    }

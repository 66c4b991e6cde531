"""The document pipeline: read -> language -> segments -> times/numbers -> linked entities -> claims -> store.

:func:`analyse` turns a :class:`~allygraph.model.Document` into an
:class:`~allygraph.model.AnalysedDocument`; :func:`ingest` walks paths, skips documents already
stored unchanged, analyses the rest and stores each in its own transaction. A bad input is
reported as one :class:`IngestError` line naming the file and the problem, and the other inputs
still go in.

Workers: with ``jobs > 1`` documents are read and analysed in a process pool (the analysis is
pure and deterministic), while the parent stores results in input order, so the store is the
same whatever the number of jobs.
"""

from __future__ import annotations

import gc
import hashlib
import os
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import __version__
from .errors import AllygraphError, InputError
from .model import AnalysedDocument, Document
from .store.base import Store

__all__ = ["analyse", "ingest", "IngestReport", "IngestError", "pipeline_version", "Analyser"]


@dataclass(slots=True)
class IngestError:
    path: str
    problem: str

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


@dataclass(slots=True)
class IngestReport:
    new: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)
    claims: int = 0
    mentions: int = 0
    chars: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors


class Analyser:
    """Holds the reference data and the gazetteer, built once, and analyses documents.

    Building one also loads what every document needs (the lemma dictionaries of both languages,
    the language detector) and then moves everything alive into the collector's permanent
    generation (:func:`gc.freeze`): the reference data, gazetteer and dictionaries live as long
    as the process, and the collections that analysing documents triggers no longer walk them."""

    def __init__(self) -> None:
        from .nlp.langid import _detector
        from .nlp.lemma import lemma
        from .refdata import load_reference

        self.ref = load_reference()
        self.gazetteer = shared_gazetteer()
        for word, lang in (("Vācijā", "lv"), ("forces", "en")):
            lemma(word, lang)
        _detector()
        gc.freeze()

    def analyse(self, doc: Document, timings: dict[str, float] | None = None) -> AnalysedDocument:
        """Analyse one document. With ``timings``, add each stage's CPU seconds to it (the benchmark's
        per-stage breakdown: langid, segment, times, numbers, gazetteer, extract)."""
        from .extract import extract
        from .nlp.langid import detect
        from .nlp.numbers import find_numbers
        from .nlp.segment import segment
        from .nlp.times import find_times

        clock = _Clock(timings)
        lang = detect(doc.text)
        clock.lap("langid")
        adoc = AnalysedDocument(doc=doc, lang=lang)
        adoc.paragraphs, adoc.sentences = segment(doc.text, lang)
        clock.lap("segment")
        times, numbers = [], []
        time_spans: list[list[tuple[int, int]]] = []  # per paragraph: not numbers (find_numbers' default)
        for start, end, plang in adoc.paragraphs:
            found = find_times(doc.text[start:end], plang, doc_date=doc.date)
            time_spans.append([(t.start, t.end) for t in found])
            for t in found:
                t.start += start
                t.end += start
                times.append(t)
        clock.lap("times")
        for (start, end, plang), spans in zip(adoc.paragraphs, time_spans):
            chunk = doc.text[start:end]
            for n in find_numbers(chunk, plang, exclude=spans):
                n.start += start
                n.end += start
                numbers.append(n)
        clock.lap("numbers")
        adoc.times, adoc.numbers = times, numbers
        adoc.mentions, adoc.new_entities = self.gazetteer.find_entities(doc.text, lang)
        clock.lap("gazetteer")
        adoc.claims = extract(adoc, self.ref)
        clock.lap("extract")
        return adoc


class _Clock:
    """Adds the CPU seconds since the previous lap to ``timings[stage]``; does nothing without timings."""

    __slots__ = ("timings", "last")

    def __init__(self, timings: dict[str, float] | None) -> None:
        self.timings = timings
        self.last = time.process_time() if timings is not None else 0.0

    def lap(self, stage: str) -> None:
        if self.timings is not None:
            now = time.process_time()
            self.timings[stage] = self.timings.get(stage, 0.0) + now - self.last
            self.last = now


@lru_cache(maxsize=1)
def shared_gazetteer():  # type: ignore[no-untyped-def]
    """The process's one gazetteer over the reference data: documents, questions and names typed by
    users are linked by the same automaton, built once."""
    from .link.gazetteer import Gazetteer
    from .refdata import load_reference

    return Gazetteer(load_reference())


@lru_cache(maxsize=1)
def _analyser() -> Analyser:
    return Analyser()


def analyse(doc: Document) -> AnalysedDocument:
    """Analyse one document with the process-wide analyser."""
    return _analyser().analyse(doc)


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """Changes whenever the code or the reference data that shape the output change, so that
    re-ingesting after an upgrade re-analyses documents instead of keeping stale claims."""
    from .extract import EXTRACTOR_VERSION

    h = hashlib.sha256(f"{__version__}|{EXTRACTOR_VERSION}|{reference_version()}".encode()).hexdigest()
    return h[:16]


@lru_cache(maxsize=1)
def reference_version() -> str:
    """A hash of the reference data and language data files: any edit re-syncs the store's entities."""
    from importlib import resources

    h = hashlib.sha256()
    for pkg in ("allygraph.refdata", "allygraph.lang.lv", "allygraph.lang.en"):
        root = resources.files(pkg)
        for item in sorted(root.iterdir(), key=lambda p: p.name):
            if item.is_file() and item.name.endswith((".tsv", ".json", ".py")):
                h.update(item.name.encode())
                h.update(item.read_bytes())
    return h.hexdigest()[:16]


def _read_and_analyse(path: str) -> AnalysedDocument | IngestError:
    from .ingest.read import read_document

    try:
        return analyse(read_document(path))
    except InputError as e:
        return IngestError(e.path, e.problem)
    except AllygraphError as e:
        return IngestError(path, str(e))
    except RecursionError:
        return IngestError(path, "document too deeply nested to analyse")
    except Exception as e:  # a bug met by one document must not stop the others going in
        where = traceback.extract_tb(e.__traceback__)[-1]
        return IngestError(path, f"internal error while analysing ({type(e).__name__}: {e}; at "
                                 f"{Path(where.filename).name}:{where.lineno}) - please report it")


def _expand(paths: Iterable[str | Path], errors: list[IngestError]) -> list[str]:
    from .ingest.read import iter_paths

    out: list[str] = []
    for item in iter_paths(paths):
        if isinstance(item, InputError):
            errors.append(IngestError(item.path, item.problem))
        else:
            out.append(str(item))
    return out


def ingest(paths: Iterable[str | Path], store: Store, *, jobs: int = 1,
           progress: Callable[[str, str], None] | None = None) -> IngestReport:
    """Ingest files and folders into ``store``. ``progress(path, status)`` is called once a file."""
    from .refdata import load_reference

    report = IngestReport()
    ref = load_reference()
    store.sync_reference(ref.entities.values(), reference_version())
    version = pipeline_version()
    files = _expand(paths, report.errors)
    seen: dict[str, str] = {}
    todo: list[str] = []
    for f in files:
        doc_id = Path(f).stem
        if doc_id in seen:
            report.errors.append(IngestError(f, f"has the same document id {doc_id!r} as {seen[doc_id]}; skipped"))
            continue
        seen[doc_id] = f
        try:
            digest = _sha256(f)
        except OSError as e:
            report.errors.append(IngestError(f, f"cannot read ({e.strerror or e})"))
            if progress:
                progress(f, "error")
            continue
        if store.is_unchanged(doc_id, digest, version):
            report.unchanged.append(doc_id)
            if progress:
                progress(f, "unchanged")
            continue
        todo.append(f)

    results = zip(todo, _results(todo, jobs))
    while True:
        # documents go in by batches, one commit each (a savepoint per document keeps each whole or out);
        # a file is reported only once its batch is committed, so what is reported is what is stored
        done: list[tuple[str, str]] = []
        started = time.monotonic()
        with store.batch():
            for path, result in results:
                done.append((path, _put(store, path, result, version, report)))
                if len(done) >= BATCH_DOCUMENTS or time.monotonic() - started > BATCH_SECONDS:
                    break
        if progress:
            for path, status in done:
                progress(path, status)
        if not done:
            break
    return report


BATCH_DOCUMENTS = 50  # documents per commit at most
BATCH_SECONDS = 2.0  # ... and at most this long between commits


def _put(store: Store, path: str, result: AnalysedDocument | IngestError, version: str, report: IngestReport) -> str:
    """Store one analysed document (or record its error) in the report; its status for progress."""
    if isinstance(result, IngestError):
        report.errors.append(result)
        return "error"
    try:
        put = store.put_document(result, version)
    except AllygraphError as e:
        report.errors.append(IngestError(path, str(e)))
        return "error"
    (report.new if put.status == "new" else report.changed).append(put.document)
    report.claims += put.claims
    report.mentions += put.mentions
    report.chars += len(result.doc.text)
    return put.status


def _sha256(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _results(todo: list[str], jobs: int) -> Iterator[AnalysedDocument | IngestError]:
    jobs = max(1, min(jobs, len(todo), os.cpu_count() or 1))
    if jobs == 1:
        for f in todo:
            yield _read_and_analyse(f)
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_read_and_analyse, todo, chunksize=4)

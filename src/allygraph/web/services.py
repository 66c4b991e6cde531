"""Adapters to the library functions that other packages provide: ask, search and ingest.

They are imported when first used. When a module is missing (a partial install, a stage not yet
built) the endpoint answers 503 with a one-line reason instead of failing at start-up. Answers
are enriched for display: each citation gets the sentence around its quote.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from fastapi import HTTPException
from starlette.requests import Request

from ..errors import AllygraphError
from .views import sentence_around

__all__ = ["ask", "search", "ingest_file"]


def _unavailable(what: str, e: Exception) -> HTTPException:
    return HTTPException(503, f"{what} is not available in this installation ({e.__class__.__name__}: {e})")


def _with_context(store: Any, cites: list[dict[str, Any]]) -> list[dict[str, Any]]:
    texts: dict[str, str | None] = {}
    out = []
    for c in cites:
        c = dict(c)
        doc = str(c.get("document", ""))
        if doc not in texts:
            texts[doc] = store.document_text(doc)
        text = texts[doc]
        try:
            start, end = int(c.get("start", 0)), int(c.get("end", 0))
        except (TypeError, ValueError):
            start = end = 0
        if text is not None and 0 <= start <= end <= len(text):
            b, e = sentence_around(text, start, end)
            c.setdefault("quote", text[start:end])
            c["before"], c["after"] = text[b:start], text[end:e]
        else:
            c.setdefault("before", "")
            c.setdefault("after", "")
        out.append(c)
    return out


def ask(request: Request, question: str, lang: str | None = None, as_of: str | None = None) -> dict[str, Any]:
    """Answer a question with :func:`allygraph.ask.answer` (eval answer format + sentence context)."""
    fn = request.app.state.ask
    if fn is None:
        try:
            from ..ask import answer as fn
        except ImportError as e:
            raise _unavailable("question answering (allygraph.ask)", e) from None
    store = request.app.state.store
    try:
        got = fn(store, question, lang=lang, as_of=as_of)
    except AllygraphError:
        raise
    except ImportError as e:
        raise _unavailable("question answering (allygraph.ask)", e) from None
    got = dict(got or {})
    got.setdefault("answer", "")
    got["items"] = list(got.get("items") or [])
    got["citations"] = _with_context(store, list(got.get("citations") or []))
    got["question"] = question
    return got


def search(request: Request, text: str, limit: int = 10) -> list[dict[str, Any]]:
    """Passages for ``text`` from :func:`allygraph.search.search`, as dicts with sentence context."""
    fn = request.app.state.search
    if fn is None:
        try:
            from ..search import search as fn
        except ImportError as e:
            raise _unavailable("passage search (allygraph.search)", e) from None
    store = request.app.state.store
    try:
        passages = fn(store, text, limit=limit)
    except ImportError as e:
        raise _unavailable("passage search (allygraph.search)", e) from None
    out = []
    for p in passages:
        d = {"document": p.document, "start": p.start, "end": p.end, "lang": p.lang, "text": p.text,
             "score": round(float(p.score), 4), "entity_ids": list(p.entity_ids)}
        out.append(d)
    return out


def ingest_file(request: Request, name: str, data: bytes) -> dict[str, Any]:
    """Save ``data`` as ``name`` (already checked) in a fresh temporary folder and ingest it."""
    try:
        from ..pipeline import ingest
    except ImportError as e:
        raise _unavailable("ingestion (allygraph.pipeline)", e) from None
    store = request.app.state.store
    with tempfile.TemporaryDirectory(prefix="allygraph-upload-") as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        try:
            report = ingest([path], store)
        except ImportError as e:
            raise _unavailable("ingestion (a pipeline stage)", e) from None
    errors = [str(e).replace(str(Path(tmp)) + "/", "") for e in report.errors]
    return {"new": report.new, "changed": report.changed, "unchanged": report.unchanged, "errors": errors,
            "claims": report.claims, "mentions": report.mentions, "characters": report.chars}

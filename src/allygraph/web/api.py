"""The REST API under ``/api``: JSON views of the store, ask and search, export, and the two
write endpoints (claim review, document upload) that need the operator's bearer token.

Every handler is a thin adapter over :mod:`.views`, :mod:`.visual`, :mod:`.services`,
:mod:`allygraph.query` and :mod:`allygraph.export`; the pages call the same functions.
"""

from __future__ import annotations

import datetime as _dt
from enum import Enum
from typing import Any
from typing import Literal as Lit

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from ..export import export
from ..store.base import Review
from ..vocab import EntityType, Predicate
from . import services
from .app import require_token, store_of
from .i18n import DEFAULT_LANG, LANGS, request_lang
from .upload import UploadRefused, check_content, check_name
from .views import Labels, claim_view, claims_filtered, document_view, entity_json, entity_view
from .visual import graph_data, map_data, timeline_data

__all__ = ["router", "ReviewIn"]

router = APIRouter(prefix="/api", tags=["api"])


class Problem(BaseModel):
    detail: str


def _r(*codes: int) -> dict[int | str, dict[str, Any]]:
    text = {400: "Bad request", 401: "Missing or wrong bearer token", 403: "Writing is disabled (no token set)",
            404: "Not found", 413: "Upload too large", 415: "File type or content not accepted",
            422: "Invalid parameters or document", 503: "The module behind this endpoint is not installed"}
    return {c: {"model": Problem, "description": text[c]} for c in codes}

LangQ = Query(None, pattern="^[a-z]{2}$", description="Label language: lv or en (default: cookie, browser, en).")
_TEXT = Query(..., min_length=1, max_length=500)


def _lang(request: Request, lang: str | None) -> str:
    return lang if lang in LANGS else request_lang(request) if lang is None else DEFAULT_LANG


class Status(str, Enum):
    extracted = "extracted"
    confirmed = "confirmed"
    corrected = "corrected"
    rejected = "rejected"


class Action(str, Enum):
    confirm = "confirm"
    correct = "correct"
    reject = "reject"
    reset = "reset"


class ReviewIn(BaseModel):
    action: Action
    user: str = Field(..., min_length=1, max_length=120, description="Who reviews.")
    note: str = Field("", max_length=2000)
    correction: dict[str, Any] | None = Field(None, description="For 'correct': the corrected fields, "
                                                                "e.g. {\"object\": \"state:CA\"}.")


@router.get("/stats", summary="Counts of documents, entities, mentions, claims, sources, reviews")
def stats(request: Request) -> dict[str, int]:
    return store_of(request).stats()


@router.get("/entities", summary="Entities, optionally of one type or matching a name")
def entities(request: Request, type: EntityType | None = None, q: str | None = Query(None, max_length=200),
             all: bool = Query(False, description="Also reference entities no claim mentions."),
             lang: str | None = LangQ, limit: int = Query(100, ge=1, le=1000),
             offset: int = Query(0, ge=0, le=1_000_000)) -> dict[str, Any]:
    lg = _lang(request, lang)
    got = store_of(request).entities(type.value if type else None, with_claims=not all and not q)
    if q:
        from ..query import fold

        key = fold(q)
        got = [e for e in got if any(key in fold(x) for x in [*e.labels.values(), *e.all_aliases(), e.id])]
    return {"total": len(got), "items": [entity_json(e, lg) for e in got[offset:offset + limit]]}


@router.get("/entities/{entity_id:path}", responses=_r(404), summary="An entity with its statements grouped by predicate")
def entity(request: Request, entity_id: str, lang: str | None = LangQ,
           as_of: str | None = Query(None, max_length=32, description="Only statements valid on this date.")) -> dict:
    return entity_view(store_of(request), entity_id, _lang(request, lang), as_of)


@router.get("/claims", summary="Claims filtered by subject, predicate, object, document, entity, date, status")
def claims(request: Request, subject: str | None = Query(None, max_length=300), predicate: Predicate | None = None,
           object: str | None = Query(None, max_length=300), document: str | None = Query(None, max_length=300),
           entity: str | None = Query(None, max_length=300),
           as_of: str | None = Query(None, max_length=32), status: Status | None = None,
           include_rejected: bool = False, lang: str | None = LangQ,
           limit: int = Query(100, ge=1, le=1000), offset: int = Query(0, ge=0, le=1_000_000)) -> dict[str, Any]:
    store = store_of(request)
    total, page = claims_filtered(store, subject=subject, predicate=predicate.value if predicate else None,
                                  object=object, document=document, entity=entity, as_of=as_of,
                                  status=status.value if status else None, include_rejected=include_rejected,
                                  limit=limit, offset=offset)
    labels = Labels(store, _lang(request, lang))
    texts: dict[str, str | None] = {}
    return {"total": total, "items": [claim_view(c, labels, texts=texts) for c in page]}


@router.get("/claims/{claim_id}", responses=_r(404), summary="One claim with its sources and review history")
def claim(request: Request, claim_id: str, lang: str | None = LangQ) -> dict[str, Any]:
    store = store_of(request)
    c = store.claim(claim_id)
    if c is None:
        raise HTTPException(404, f"no claim {claim_id!r}")
    v = claim_view(c, Labels(store, _lang(request, lang)))
    v["reviews"] = [_review_json(r) for r in store.reviews(claim_id)]
    return v


def _review_json(r: Review) -> dict[str, Any]:
    return {"action": r.action, "user": r.user, "at": r.at, "note": r.note, "payload": r.payload}


@router.post("/claims/{claim_id}/review", responses=_r(400, 401, 403, 404), dependencies=[Depends(require_token)],
             summary="Confirm, correct, reject (or reset) a claim; kept with who and when (token needed)")
def review(request: Request, claim_id: str, body: ReviewIn) -> dict[str, Any]:
    store = store_of(request)
    if store.claim(claim_id) is None:
        raise HTTPException(404, f"no claim {claim_id!r}")
    if body.action == Action.correct and not (body.correction or body.note.strip()):
        raise HTTPException(422, "a correction needs 'correction' fields or a note saying what is right")
    at = _dt.datetime.now(_dt.UTC).replace(microsecond=0).isoformat()
    store.add_review(Review(claim_id, body.action.value, body.user.strip(), at, body.note,
                            body.correction if body.action == Action.correct else None))
    return {"claim": claim_id, "status": store.claim_status(claim_id),
            "reviews": [_review_json(r) for r in store.reviews(claim_id)]}


@router.get("/documents", summary="Stored documents with language, size and counts")
def documents(request: Request) -> dict[str, Any]:
    docs = store_of(request).documents()
    return {"total": len(docs), "items": [
        {"id": d.id, "title": d.title, "lang": d.lang, "format": d.format, "date": d.date, "n_chars": d.n_chars,
         "n_claims": d.n_claims, "n_mentions": d.n_mentions} for d in docs]}


@router.get("/documents/{doc_id:path}", responses=_r(404), summary="A document's text with its mentions and claim spans")
def document(request: Request, doc_id: str, lang: str | None = LangQ) -> dict[str, Any]:
    return document_view(store_of(request), doc_id, _lang(request, lang))


@router.get("/ask", responses=_r(400, 503), summary="Answer a question in Latvian or English, with citations")
def ask(request: Request, q: str = _TEXT, lang: str | None = LangQ,
        as_of: str | None = Query(None, max_length=32)) -> dict[str, Any]:
    return services.ask(request, q, lang if lang in LANGS else None, as_of)


@router.get("/search", responses=_r(400, 503), summary="Passages ranked for a text, across both languages")
def search(request: Request, q: str = _TEXT, limit: int = Query(10, ge=1, le=100)) -> dict[str, Any]:
    return {"query": q, "items": services.search(request, q, limit)}


_MEDIA = {"jsonl": "application/x-ndjson", "csv": "text/csv", "ttl": "text/turtle"}


@router.get("/export", response_class=Response,
            responses={200: {"description": "The export as text", "content": {
                "application/x-ndjson": {"schema": {"type": "string"}}, "text/csv": {"schema": {"type": "string"}},
                "text/turtle": {"schema": {"type": "string"}}}}}, summary="Every claim with its sources: jsonl (the scorer's format), csv or ttl")
def export_(request: Request, format: Lit["jsonl", "csv", "ttl"] = "jsonl") -> Response:
    text = export(store_of(request), format)
    return Response(str(text), media_type=f"{_MEDIA[format]}; charset=utf-8",
                    headers={"content-disposition": f'attachment; filename="claims.{format}"'})


@router.get("/graph", summary="Network of claims between entities, filterable by predicate")
def graph(request: Request, predicate: list[Predicate] | None = Query(None), lang: str | None = LangQ,
          limit: int = Query(600, ge=1, le=5000)) -> dict[str, Any]:
    preds = [p.value for p in predicate] if predicate else None
    return graph_data(store_of(request), _lang(request, lang), preds, limit)


@router.get("/timeline/{entity_id:path}", responses=_r(404), summary="An entity's dated claims in time order")
def timeline(request: Request, entity_id: str, lang: str | None = LangQ) -> dict[str, Any]:
    return timeline_data(store_of(request), entity_id, _lang(request, lang))


@router.get("/map", summary="Places of formations, bases, HQs, operations and attachés, with coordinates")
def map_(request: Request, lang: str | None = LangQ) -> dict[str, Any]:
    return map_data(store_of(request), _lang(request, lang))


_UPLOAD_SCHEMA = {"requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
    "type": "object", "required": ["file"],
    "properties": {"file": {"type": "string", "format": "binary",
                            "description": "A .txt .md .html .htm or .pdf document"}}}}}}}


@router.post("/ingest", responses=_r(400, 401, 403, 413, 415, 422, 503), dependencies=[Depends(require_token)], openapi_extra=_UPLOAD_SCHEMA,
             summary="Upload one document and ingest it (token needed; size- and type-checked)")
async def ingest(request: Request) -> dict[str, Any]:
    limit = request.app.state.max_upload
    try:
        form = await request.form(max_files=1, max_fields=4)
    except Exception as e:  # malformed multipart: the client's fault
        raise HTTPException(400, f"not a multipart/form-data upload ({e.__class__.__name__})") from None
    upload = form.get("file")
    if upload is None or isinstance(upload, str):
        raise HTTPException(400, "send the document as the multipart field 'file'")
    try:
        name = check_name(upload.filename)
        data = await upload.read(limit + 1)
        check_content(name, data, limit)
    except UploadRefused as e:
        raise HTTPException(e.status, e.reason) from None
    finally:
        await form.close()
    result = await run_in_threadpool(services.ingest_file, request, name, data)
    if result["errors"]:
        raise HTTPException(422, "; ".join(result["errors"]))
    return result

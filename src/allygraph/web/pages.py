"""Server-rendered pages (Jinja2): home and answers, entities, documents, timeline, map, network
and the review queue. Each handler gathers the same view models the API returns and renders a
template; the interface language comes from :func:`.i18n.request_lang`.
"""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from ..vocab import PREDICATES, EntityType, Predicate
from . import services
from .app import store_of
from .i18n import Translator, request_lang
from .views import Labels, claim_view, claims_filtered, document_view, entity_view, predicate_label, segments
from .visual import graph_data, map_data, map_layout, timeline_data, timeline_layout

__all__ = ["router"]

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


def _render(request: Request, template: str, **ctx: Any) -> HTMLResponse:
    lang = request_lang(request)
    t = Translator(lang)
    return request.app.state.templates.TemplateResponse(request, template, {"t": t, "lang": lang, **ctx})


def _latest_documents(store: Any, n: int = 12) -> list[Any]:
    docs = store.documents()
    return sorted(docs, key=lambda d: (d.date or "", d.id), reverse=True)[:n]


@router.get("/")
def home(request: Request) -> HTMLResponse:
    store = store_of(request)
    return _render(request, "home.html", stats=store.stats(), docs=_latest_documents(store), q="")


@router.get("/ask")
def ask(request: Request, q: str = Query("", max_length=500)) -> HTMLResponse:
    store = store_of(request)
    result, error, passages = None, None, None
    if q.strip():
        try:
            result = services.ask(request, q.strip())
        except HTTPException as e:
            error = e.detail
        try:
            passages = services.search(request, q.strip(), 5)
        except HTTPException:
            passages = None
    return _render(request, "ask.html", q=q, result=result, error=error, passages=passages,
                   stats=store.stats())


@router.get("/entities")
def entities(request: Request, type: str | None = Query(None, max_length=32),
             q: str | None = Query(None, max_length=200)) -> HTMLResponse:
    from ..query import fold

    store = store_of(request)
    tp = type if type in {t.value for t in EntityType} else None
    got = store.entities(tp, with_claims=not q)
    if q:
        key = fold(q)
        got = [e for e in got if any(key in fold(x) for x in [*e.labels.values(), *e.all_aliases()])][:300]
    return _render(request, "entities.html", entities=got, type=tp, q=q or "",
                   types=[t.value for t in EntityType])


@router.get("/entity/{entity_id:path}")
def entity(request: Request, entity_id: str, as_of: str | None = Query(None, max_length=32)) -> HTMLResponse:
    view = entity_view(store_of(request), entity_id, request_lang(request), as_of or None)
    return _render(request, "entity.html", view=view, e=view["entity"])


@router.get("/documents")
def documents(request: Request) -> HTMLResponse:
    return _render(request, "documents.html", docs=store_of(request).documents())


@router.get("/document/{doc_id:path}")
def document(request: Request, doc_id: str, hl: str | None = Query(None, max_length=40)) -> HTMLResponse:
    view = document_view(store_of(request), doc_id, request_lang(request))
    span = None
    if hl and re.fullmatch(r"\d{1,9}-\d{1,9}", hl):
        a, b = (int(x) for x in hl.split("-"))
        span = (a, b) if a < b else None
    segs = segments(view["text"], view["mentions"], view["spans"], span)
    return _render(request, "document.html", view=view, d=view["document"], segs=segs)


@router.get("/timeline/{entity_id:path}")
def timeline(request: Request, entity_id: str) -> HTMLResponse:
    data = timeline_data(store_of(request), entity_id, request_lang(request))
    return _render(request, "timeline.html", data=data, layout=timeline_layout(data["items"]))


@router.get("/map")
def map_page(request: Request) -> HTMLResponse:
    data = map_data(store_of(request), request_lang(request))
    return _render(request, "map.html", layout=map_layout(data))


@router.get("/network")
def network(request: Request, predicate: list[str] | None = Query(None)) -> HTMLResponse:
    lang = request_lang(request)
    chosen = [p for p in (predicate or []) if p in {x.value for x in Predicate}]
    data = graph_data(store_of(request), lang, chosen or None)
    preds = [(p.value, predicate_label(p.value, lang)) for p in PREDICATES if PREDICATES[p].literal is None]
    return _render(request, "network.html", data=data, preds=preds, chosen=chosen)


@router.get("/review")
def review(request: Request, status: str = Query("extracted", max_length=16),
           predicate: str | None = Query(None, max_length=40)) -> HTMLResponse:
    store = store_of(request)
    st = status if status in ("extracted", "confirmed", "corrected", "rejected", "all") else "extracted"
    pred = predicate if predicate in {x.value for x in Predicate} else None
    total, page = claims_filtered(store, predicate=pred, status=None if st == "all" else st,
                                  include_rejected=st in ("all", "rejected"), limit=200)
    labels = Labels(store, request_lang(request))
    texts: dict[str, str | None] = {}
    items = []
    for c in page:
        v = claim_view(c, labels, texts=texts)
        v["reviews"] = store.reviews(v["id"])
        items.append(v)
    return _render(request, "review.html", items=items, total=total, status=st, predicate=pred,
                   preds=[p.value for p in Predicate])

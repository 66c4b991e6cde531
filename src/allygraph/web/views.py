"""View models shared by the REST API and the pages: plain dicts built from store and query calls.

Both :mod:`.api` (which returns them as JSON) and :mod:`.pages` (which renders them with Jinja2)
call these functions, so the API and the pages show the same facts. Everything here reads the
store; nothing writes. Text stays text: escaping is the templates' job (autoescape is on), and
highlighting is returned as segments ``{"text", "entity", "claims"}`` rather than HTML.
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import NotFoundError
from ..model import Claim, Entity, Literal, Source
from ..query import claim_dates, statements, valid_at
from ..store.base import Store
from ..vocab import PREDICATES, Predicate

__all__ = ["Labels", "claim_view", "entity_view", "document_view", "segments", "sentence_around",
           "predicate_label", "value_text"]

_ENTITY_QUALIFIERS = {"resident_in"}


class Labels:
    """Entity lookups with a cache, for the length of one request."""

    def __init__(self, store: Store, lang: str) -> None:
        self.store = store
        self.lang = lang
        self._cache: dict[str, Entity | None] = {}

    def entity(self, entity_id: str) -> Entity | None:
        if entity_id not in self._cache:
            self._cache[entity_id] = self.store.entity(entity_id)
        return self._cache[entity_id]

    def label(self, entity_id: str) -> str:
        e = self.entity(entity_id)
        return e.label(self.lang) if e else entity_id

    def ref(self, entity_id: str) -> dict[str, Any]:
        e = self.entity(entity_id)
        return {"id": entity_id, "label": e.label(self.lang) if e else entity_id,
                "type": e.type.value if e else None}


def predicate_label(pred: str, lang: str) -> str:
    info = PREDICATES[Predicate(pred.lstrip("~"))]
    return info.label_lv if lang == "lv" else info.label_en


def value_text(v: str | Literal, labels: Labels) -> str:
    return str(v) if isinstance(v, Literal) else labels.label(v)


def _value(v: str | Literal, labels: Labels, entity: bool = True) -> dict[str, Any]:
    if isinstance(v, Literal):
        return {"value": v.value, "datatype": v.datatype, **({"bound": v.bound} if v.bound else {}),
                "text": str(v)}
    if not entity:
        return {"value": v, "datatype": "string", "text": v}
    return {**labels.ref(v), "text": labels.label(v)}


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence (or line) containing [start, end): a boundary is a newline, or
    . ! ? followed by space and a capital letter (so "2004. gada" and "29. martā" do not cut)."""
    lo = max(0, min(start, len(text)))
    b = 0
    for m in re.finditer(r"\n|[.!?][\"”’)]?\s+(?=[A-ZĀČĒĢĪĶĻŅŠŪŽ\"“])", text[:lo + 1]):
        if m.end() <= lo:
            b = m.end()
    rest = text[end:]
    stop = re.search(r"\n|[.!?][\"”’)]?(?=\s+[A-ZĀČĒĢĪĶĻŅŠŪŽ\"“]|\s*$)", rest)
    e = end + (stop.end() if stop and stop.group() != "\n" else stop.start() if stop else len(rest))
    if e - b > 1200:  # a runaway "sentence" (a table, a list without stops): keep a window
        b, e = max(b, start - 300), min(e, end + 300)
    return b, e


def _source_view(s: Source, texts: dict[str, str | None], store: Store) -> dict[str, Any]:
    if s.document not in texts:
        texts[s.document] = store.document_text(s.document)
    text = texts[s.document]
    out: dict[str, Any] = {"document": s.document, "start": s.start, "end": s.end, "quote": s.quote,
                           "extractor": s.extractor, "version": s.version, "confidence": s.confidence}
    if text is not None and text[s.start:s.end] == s.quote:
        b, e = sentence_around(text, s.start, s.end)
        out["before"], out["after"] = text[b:s.start], text[s.end:e]
    else:
        out["before"] = out["after"] = ""
    return out


def claim_view(c: Claim, labels: Labels, *, texts: dict[str, str | None] | None = None,
               with_context: bool = True) -> dict[str, Any]:
    """A claim as the API and the pages show it: labels resolved, sources with their sentence."""
    texts = {} if texts is None else texts
    start, end = claim_dates(c)
    return {
        "id": c.key(),
        "subject": labels.ref(c.subject),
        "predicate": c.predicate.value,
        "predicate_label": predicate_label(c.predicate.value, labels.lang),
        "object": _value(c.object, labels),
        "qualifiers": {k: _value(v, labels, entity=k in _ENTITY_QUALIFIERS)
                       for k, v in sorted(c.qualifiers.items())},
        "start": start, "end": end,
        "status": c.status, "rank": c.rank, "confidence": round(c.confidence, 4),
        "sources": [_source_view(s, texts, labels.store) if with_context else
                    {"document": s.document, "start": s.start, "end": s.end, "quote": s.quote}
                    for s in sorted(c.sources, key=lambda s: (s.document, s.start, s.end))],
    }


def entity_json(e: Entity, lang: str) -> dict[str, Any]:
    return {"id": e.id, "type": e.type.value, "label": e.label(lang), "labels": dict(sorted(e.labels.items())),
            "aliases": {k: list(v) for k, v in sorted(e.aliases.items())}, "qid": e.qid, "source": e.source,
            "extra": e.extra}


def entity_view(store: Store, entity_id: str, lang: str, as_of: str | None = None) -> dict[str, Any]:
    """An entity with its statements grouped by predicate (inverse groups keyed '~predicate')."""
    e = store.entity(entity_id)
    if e is None:
        raise NotFoundError(f"no entity {entity_id!r}")
    labels = Labels(store, lang)
    texts: dict[str, str | None] = {}
    groups = []
    for key, claims in statements(store, e.id, as_of=as_of).items():
        inverse = key.startswith("~")
        groups.append({"predicate": key, "inverse": inverse, "label": predicate_label(key, lang),
                       "claims": [claim_view(c, labels, texts=texts) for c in claims]})
    return {"entity": entity_json(e, lang), "as_of": as_of, "groups": groups}


def segments(text: str, mentions: list[dict[str, Any]], spans: list[dict[str, Any]],
             highlight: tuple[int, int] | None = None) -> list[dict[str, Any]]:
    """Cut ``text`` at every mention and claim-span boundary. Each segment says which entity
    mention covers it (at most one: mentions do not overlap), which claims' sources do, and
    whether it lies in ``highlight`` (a span a link asked to show, e.g. a cited passage)."""
    n = len(text)
    cuts = {0, n}
    if highlight:
        cuts.update((max(0, min(n, highlight[0])), max(0, min(n, highlight[1]))))
    for m in mentions:
        cuts.update((max(0, min(n, m["start"])), max(0, min(n, m["end"]))))
    for s in spans:
        cuts.update((max(0, min(n, s["start"])), max(0, min(n, s["end"]))))
    bounds = sorted(cuts)
    ments = sorted(mentions, key=lambda m: m["start"])
    out, mi = [], 0
    for a, b in zip(bounds, bounds[1:]):
        if a == b:
            continue
        while mi < len(ments) and ments[mi]["end"] <= a:
            mi += 1
        ment = ments[mi] if mi < len(ments) and ments[mi]["start"] <= a and ments[mi]["end"] >= b else None
        claims = sorted({s["claim"] for s in spans if s["start"] <= a and s["end"] >= b})
        out.append({"start": a, "end": b, "text": text[a:b], "entity": ment["entity_id"] if ment else None,
                    "mention_start": ment["start"] if ment else None, "claims": claims,
                    "hl": bool(highlight and highlight[0] <= a and b <= highlight[1])})
    return out


def document_view(store: Store, doc_id: str, lang: str) -> dict[str, Any]:
    """A document with its text, mentions and the spans of the claims it sources."""
    info = store.document(doc_id)
    text = store.document_text(doc_id)
    if info is None or text is None:
        raise NotFoundError(f"no document {doc_id!r}")
    labels = Labels(store, lang)
    mentions = [{"start": m.start, "end": m.end, "entity_id": m.entity_id, "surface": m.surface,
                 "label": labels.label(m.entity_id)} for m in store.mentions(document=doc_id)]
    claims: list[dict[str, Any]] = []
    spans: list[dict[str, Any]] = []
    for c in store.claims(document=doc_id, include_rejected=True):
        v = claim_view(c, labels, with_context=False)
        v["sources"] = [s for s in v["sources"] if s["document"] == doc_id]
        claims.append(v)
        spans.extend({"claim": v["id"], "start": s["start"], "end": s["end"]} for s in v["sources"])
    spans.sort(key=lambda s: (s["start"], s["end"], s["claim"]))
    return {"document": {"id": info.id, "path": info.path, "format": info.format, "lang": info.lang,
                         "title": info.title, "date": info.date, "n_chars": info.n_chars,
                         "n_claims": info.n_claims, "n_mentions": info.n_mentions},
            "text": text, "mentions": mentions, "claims": claims, "spans": spans}


def claims_filtered(store: Store, *, subject: str | None = None, predicate: str | None = None,
                    object: str | None = None, document: str | None = None, entity: str | None = None,
                    as_of: str | None = None, status: str | None = None, include_rejected: bool = False,
                    limit: int = 100, offset: int = 0) -> tuple[int, list[Claim]]:
    """Claims matching the filters (``as_of`` keeps those valid on that date), total and one page."""
    got = store.claims(subject=subject, predicate=predicate, object=object, document=document, entity=entity,
                       include_rejected=include_rejected or status == "rejected")
    if as_of:
        got = [c for c in got if valid_at(c, as_of)]
    if status:
        got = [c for c in got if c.status == status]
    return len(got), got[offset:offset + limit]

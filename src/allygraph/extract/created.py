"""Entities that relation rules create when the reference data lacks them (an event, a declaration).

A created entity gets a deterministic slug id (``event:nato-summit-riga-2025``), labels in every
language the caller gives, provenance ``doc:<id>``, and is appended once to the analysed
document's ``new_entities`` so the store keeps it next to the claims that use it. Also small
date helpers the framework rules share.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from ..model import Entity, Mention, TimeExpr
from ..vocab import EntityType
from .context import DocContext, SentenceView

__all__ = ["slug", "ensure_entity", "year_of", "entity_year", "ref_entities", "qual_dates", "dateline"]

_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")


def slug(*parts: str) -> str:
    """ASCII slug of the parts joined by '-': ("NATO summit", "Rīga", "2025") -> "nato-summit-riga-2025"."""
    s = unicodedata.normalize("NFKD", " ".join(p for p in parts if p))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def ref_entities(ctx: DocContext) -> dict[str, Entity]:
    ents = getattr(ctx.ref, "entities", None)
    return ents if isinstance(ents, dict) else {}


def entity(ctx: DocContext, entity_id: str) -> Entity | None:
    """A reference entity or one created in this document."""
    e = ref_entities(ctx).get(entity_id)
    if e is not None:
        return e
    return next((x for x in ctx.adoc.new_entities if x.id == entity_id), None)


def ensure_entity(ctx: DocContext, entity_id: str, etype: EntityType, labels: dict[str, str],
                  extra: dict[str, Any] | None = None) -> str:
    """Return ``entity_id``, creating the entity for this document unless it already exists."""
    if entity(ctx, entity_id) is None:
        ctx.adoc.new_entities.append(Entity(entity_id, etype, dict(sorted(labels.items())), {}, None,
                                            f"doc:{ctx.doc_id}", dict(extra or {})))
    return entity_id


def year_of(value: str | None) -> str | None:
    """The year of an ISO date ("2016-07" -> "2016"); None for "--11-30" or nothing."""
    if not value or value.startswith("--"):
        return None
    m = _YEAR.match(value)
    return m.group(1) if m else None


def entity_year(e: Entity) -> str | None:
    """The year an entity (an agreement, an event) belongs to: its date/start, else a year in its label."""
    for key in ("date", "start", "signed", "point_in_time"):
        y = year_of(str(e.extra.get(key) or ""))
        if y:
            return y
    for label in e.labels.values():
        m = _YEAR.search(label)
        if m:
            return m.group(1)
    return None


def qual_dates(t: TimeExpr) -> dict[str, str]:
    """Qualifiers for a time stated for an event or a term: a range gives start and end,
    'since' a start, 'until' an end, a point a start."""
    if t.kind == "range" or t.end_value:
        return {"start": t.value, "end": t.end_value or ""}
    if t.kind == "until":
        return {"end": t.value}
    return {"start": t.value}


def dateline(ctx: DocContext, view: SentenceView) -> SentenceView | None:
    """The sentence just before ``view`` in the same paragraph when it is a dateline: only a date,
    places and punctuation ("Warsaw, 8 July 2016.", "Rīgā, 2024. gada 5. jūlijā"). Its date and
    place hold for the sentence that follows it."""
    if view.index == 0:
        return None
    prev = ctx.views[view.index - 1]
    if prev.sent.paragraph != view.sent.paragraph or not prev.times:
        return None
    spans = [(t.start, t.end) for t in prev.times]
    spans += [(m.start, m.end) for m in prev.mentions if m.type.is_place]
    for tok in prev.tokens:
        if tok.is_punct or any(a <= tok.start and tok.end <= b for a, b in spans):
            continue
        if tok.text.isdigit() or tok.text.casefold() in ("on", "in", "of", "gada", "g."):
            continue
        return None
    return prev


def unique_entities(ms: list[Mention]) -> list[Mention]:
    """The first mention of each entity, in order."""
    seen: dict[str, Mention] = {}
    for m in ms:
        seen.setdefault(m.entity_id, m)
    return list(seen.values())

"""Dates in answering: whether a claim's dates fit the question's, how closely, which claim is the n-th
of a family by date, and the entity slots of a claim (for the year checks of named events)."""

from __future__ import annotations

import re

from ..model import Claim, Literal
from ..query import valid_at
from ..store.base import Store
from ..vocab import EntityType
from .understand import Question

__all__ = ["date_ok", "event_years", "claim_year_ok", "date_fit", "nth", "ids_of", "claim_date", "ENTITY_QUALS"]

ENTITY_QUALS = ("resident_in",)


def date_ok(c: Claim, q: Question, as_of: str | None) -> bool:
    for t in q.times:
        pit = c.qualifiers.get("point_in_time")
        if pit is not None:
            a, b = str(pit), t.value
            if not (a.startswith(b) or b.startswith(a)):
                return False
        elif any(k in c.qualifiers for k in ("start", "end")):
            if not valid_at(c, t.value):
                return False
    if as_of and not valid_at(c, as_of):
        return False
    return True


def event_years(store: Store, q: Question) -> dict[str, set[str]]:
    """The years of the dated events the question names (a summit's year is in its label)."""
    out: dict[str, set[str]] = {}
    for m in q.mentions:
        if m.type is EntityType.EVENT and (e := store.entity(m.entity_id)) is not None:
            found = set(re.findall(r"\b(?:19|20)\d{2}\b", e.label("en")))
            if found:
                out[m.entity_id] = found
    return out


def claim_year_ok(c: Claim, years: dict[str, set[str]]) -> bool:
    if any(e in ids_of(c) for e in years):
        return True
    d = claim_date(c)
    return d is None or any(d.startswith(y) for ys in years.values() for y in ys)


def date_fit(c: Claim, q: Question) -> int:
    """How precisely the claim's own date matches a date in the question (0: not at all)."""
    d = claim_date(c)
    if not d:
        return 0
    best = 0
    for t in q.times:
        for v in (t.value, t.end_value):
            if v and (d.startswith(v) or v.startswith(d)):
                best = max(best, min(len(d), len(v)))
    return best


def nth(top: list[tuple[Claim, list[str | Literal]]], ordinal: str,
         family: set[str]) -> list[tuple[Claim, list[str | Literal]]]:
    """The claims about the n-th (first, last, third ...) member of a family, ordered by date."""
    groups: dict[str, list[tuple[Claim, list[str | Literal]]]] = {}
    for cs in top:
        member = next((x for x in (cs[0].subject, cs[0].object) if isinstance(x, str) and x in family), cs[0].subject)
        groups.setdefault(member, []).append(cs)
    order = sorted(groups, key=lambda g: (min((claim_date(c) or "9999") for c, _ in groups[g]), g))
    if ordinal == "last":
        order.reverse()
    pos = int(ordinal) - 1 if ordinal.isdigit() else 0
    if pos >= len(order):
        return []
    chosen = groups[order[pos]]
    dated = [cs for cs in chosen if claim_date(cs[0])]
    best = max((len(claim_date(c) or "") for c, _ in dated), default=0)
    return [cs for cs in chosen if len(claim_date(cs[0]) or "") == best] or chosen


def ids_of(c: Claim) -> set[str]:
    ids = {c.subject} | ({c.object} if isinstance(c.object, str) else set())
    return ids | {v for k, v in c.qualifiers.items() if k in ENTITY_QUALS and isinstance(v, str)}


def claim_date(c: Claim) -> str | None:
    for k in ("point_in_time", "start"):
        if k in c.qualifiers:
            return str(c.qualifiers[k])
    return str(c.object) if isinstance(c.object, Literal) and c.object.datatype == "date" else None

"""Lookups over the store shared by the CLI, the web app, ask and reports.

* :func:`resolve_entity` — a name as a person types it (any language, inflected, an id) -> entity.
* :func:`statements` — an entity's claims grouped by predicate, optionally as of a date.
* :func:`valid_at` — whether a claim holds on a date given its start/end qualifiers.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict

from .errors import NotFoundError
from .model import Claim, Entity, Literal
from .store.base import Store

__all__ = ["resolve_entity", "statements", "valid_at", "fold", "date_key", "claim_dates"]


def fold(s: str) -> str:
    """Case- and diacritic-insensitive form of a name."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    return " ".join(s.replace("–", "-").replace("—", "-").replace("’", "'").split())


def _gazetteer():  # type: ignore[no-untyped-def]
    from .pipeline import shared_gazetteer

    return shared_gazetteer()


def resolve_entity(store: Store, name: str, lang: str | None = None) -> Entity:
    """Find the entity a user means by ``name``: an id, a label or alias in either language
    (case- and diacritic-insensitive), or an inflected form the gazetteer recognises."""
    name = name.strip()
    e = store.entity(name)
    if e:
        return e
    key = fold(name)
    candidates = store.entities()
    exact = [e for e in candidates if key in {fold(x) for x in [*e.labels.values(), *e.all_aliases()]}]
    if exact:
        return sorted(exact, key=lambda e: (e.type.value != "state", e.id))[0]
    for lg in ([lang] if lang else []) + ["lv", "en"]:
        mentions, _ = _gazetteer().find_entities(name, lg)
        if mentions:
            best = max(mentions, key=lambda m: (m.end - m.start, -m.start))
            e = store.entity(best.entity_id)
            if e:
                return e
    partial = [e for e in candidates if any(key in fold(x) for x in e.labels.values())]
    if len(partial) == 1:
        return partial[0]
    if partial:
        names = ", ".join(sorted(p.label("en") for p in partial)[:6])
        raise NotFoundError(f"{name!r} is ambiguous: {names}")
    raise NotFoundError(f"no entity called {name!r}")


def date_key(v: str | Literal | None) -> str:
    """An ISO date (any precision) as a sortable string; '--MM-DD' sorts after any year."""
    if v is None:
        return ""
    s = str(v.value if isinstance(v, Literal) else v)
    return s


def claim_dates(c: Claim) -> tuple[str | None, str | None]:
    """(start, end) of a claim's validity from its qualifiers; point_in_time counts as start."""
    q = c.qualifiers
    start = q.get("start") or q.get("point_in_time")
    end = q.get("end")
    if c.predicate.value == "inception" and isinstance(c.object, Literal):
        start = start or c.object
    return (date_key(start) or None, date_key(end) or None)


def _before_or_same(a: str, b: str) -> bool:
    """a <= b comparing ISO dates of mixed precision by their common prefix."""
    n = min(len(a), len(b))
    return a[:n] <= b[:n]


def valid_at(c: Claim, when: str) -> bool:
    """True if the claim holds at ``when`` (ISO, any precision). A claim without dates holds
    always; one with a start holds from it; one with an end holds until it."""
    start, end = claim_dates(c)
    if start and not start.startswith("--") and not _before_or_same(start, when):
        return False
    if end and not end.startswith("--") and not _before_or_same(when, end):
        return False
    return True


def statements(store: Store, entity_id: str, *, as_of: str | None = None,
               include_inverse: bool = True) -> dict[str, list[Claim]]:
    """An entity's claims grouped by predicate (inverse ones, where it is the object, under '~predicate')."""
    groups: dict[str, list[Claim]] = defaultdict(list)
    for c in store.claims(entity=entity_id):
        if as_of and not valid_at(c, as_of):
            continue
        if c.subject == entity_id:
            groups[c.predicate.value].append(c)
        elif include_inverse:
            groups["~" + c.predicate.value].append(c)
    return dict(sorted(groups.items(), key=lambda kv: (kv[0].startswith("~"), kv[0])))

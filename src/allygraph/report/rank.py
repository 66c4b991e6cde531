"""Wikidata-style ranks for disagreeing statements: keep them all, mark which one to believe.

For a functional predicate (one founding date, one headquarters, one count per date, one lead
nation of a formation ...) with several values, :func:`rank_claims` marks the value with the most
sources (ties: the latest dated, then the most recent document) ``preferred`` and the others
``deprecated``, through the store's ``rank`` review action. Nothing is deleted; a value that
stands alone keeps its rank. Rejected claims take no part.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from functools import partial

from ..model import Claim, Literal
from ..store.base import Review, Store
from ..vocab import Predicate

__all__ = ["rank_claims", "FUNCTIONAL"]

P = Predicate


def _d(v: object) -> str:
    return "" if v is None else str(v.value if isinstance(v, Literal) else v)


# predicate -> the slot key (claims sharing it compete) and the value they compete on
FUNCTIONAL: dict[Predicate, Callable[[Claim], tuple[tuple, str]]] = {
    P.INCEPTION: lambda c: ((c.subject,), _d(c.object)),
    P.HEADQUARTERS: lambda c: ((c.subject,), _d(c.object)),
    P.COMMANDED_BY: lambda c: ((c.subject,), _d(c.object)),
    P.PERSONNEL_COUNT: lambda c: ((c.subject, _d(c.qualifiers.get("point_in_time") or c.qualifiers.get("as_of"))),
                                  _d(c.object)),
    P.MEASURES_APPROVED: lambda c: ((c.subject, _d(c.qualifiers.get("point_in_time"))), _d(c.object)),
    P.SHARED_MEMBER_COUNT: lambda c: ((tuple(sorted((c.subject, _d(c.object)))),), _d(c.qualifiers.get("count"))),
    P.MEMBER_OF: lambda c: ((c.subject, _d(c.object)), _d(c.qualifiers.get("start"))),
    P.INVITED_TO_JOIN: lambda c: ((c.subject, _d(c.object)), _d(c.qualifiers.get("point_in_time"))),
    P.SIGNED: lambda c: ((c.subject,), _d(c.qualifiers.get("point_in_time"))),
}


def _latest(c: Claim) -> str:
    q = c.qualifiers
    return max(_d(q.get("point_in_time")), _d(q.get("as_of")), _d(q.get("start")))


def _score(values: dict[str, list[Claim]], v: str) -> tuple:
    """Most sources, then the latest dated, then the most recent document, then the value itself."""
    cs = values[v]
    return (sum(len(c.sources) for c in cs), max(_latest(c) for c in cs),
            max((s.document for c in cs for s in c.sources), default=""), v)


def rank_claims(store: Store, *, user: str = "allygraph-rank", at: str = "1970-01-01T00:00:00Z",
                dry_run: bool = False) -> list[tuple[str, str]]:
    """Rank competing values of functional predicates; returns [(claim id, new rank)] for the
    claims whose rank changed (and records a ``rank`` review for each unless ``dry_run``)."""
    changes: list[tuple[str, str]] = []
    for pred, slot_of in FUNCTIONAL.items():
        slots: dict[tuple, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
        for c in store.claims(predicate=pred.value):
            slot, value = slot_of(c)
            if value:
                slots[slot][value].append(c)
        for slot in sorted(slots, key=repr):
            values = slots[slot]
            if len(values) < 2:
                continue
            best = max(values, key=partial(_score, values))
            for v in sorted(values):
                want = "preferred" if v == best else "deprecated"
                for c in values[v]:
                    if c.rank != want:
                        changes.append((c.key(), want))
                        if not dry_run:
                            store.add_review(Review(c.key(), "rank", user, at, "functional predicate with "
                                                    f"{len(values)} values", {"rank": want}))
    return changes

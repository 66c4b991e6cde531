"""Facts derived from reference membership dates rather than read from a document.

``members_on(ref, "org:nato", "2004-03-29")`` lists the states that were members on that day;
``shared_members(ref, "org:eu", "org:nato", date)`` the states in both. Reports use them to show
current counts next to the stated ones, ``check`` to tell a stale count (true when written,
changed by later accessions) from a wrong one, and the question answerer may call them too.

``ref`` is anything with a ``memberships`` list of rows with ``state``, ``org``, ``start`` and
``end`` (ISO dates, ``end`` None or empty while the membership lasts), i.e. a ReferenceData.
"""

from __future__ import annotations

from typing import Any, Protocol

__all__ = ["members_on", "shared_members", "membership_changes", "today"]


class _Membership(Protocol):
    state: str
    org: str
    start: str
    end: str | None


def _day(date: str, *, end: bool = False) -> str:
    """A date of any precision as a full ISO day: 2004 -> 2004-01-01 (or -12-31 for an end)."""
    d = str(date)
    if len(d) == 4:
        return d + ("-12-31" if end else "-01-01")
    if len(d) == 7:
        return d + ("-31" if end else "-01")
    return d[:10]


def today() -> str:
    """The date reports treat as "now". Fixed by the caller for determinism; see ``check_document``."""
    import datetime

    return datetime.date.today().isoformat()


def _rows(ref: Any) -> list[_Membership]:
    return list(getattr(ref, "memberships", ref) or [])


def members_on(ref: Any, org_id: str, date: str) -> list[str]:
    """State ids that were members of ``org_id`` on ``date`` (a year means its last day), sorted."""
    when = _day(date, end=True)
    out = {m.state for m in _rows(ref)
           if m.org == org_id and m.start and _day(m.start) <= when and (not m.end or when < _day(m.end))}
    return sorted(out)


def shared_members(ref: Any, org_a: str, org_b: str, date: str) -> list[str]:
    """State ids that were members of both organisations on ``date``, sorted."""
    return sorted(set(members_on(ref, org_a, date)) & set(members_on(ref, org_b, date)))


def membership_changes(ref: Any, org_ids: list[str], after: str, until: str) -> list[tuple[str, str, str, str]]:
    """(date, state, org, "join"|"leave") for the given organisations in (after, until], by date."""
    lo, hi = _day(after, end=True), _day(until, end=True)
    out = []
    for m in _rows(ref):
        if m.org not in org_ids:
            continue
        if m.start and lo < _day(m.start) <= hi:
            out.append((_day(m.start), m.state, m.org, "join"))
        if m.end and lo < _day(m.end) <= hi:
            out.append((_day(m.end), m.state, m.org, "leave"))
    return sorted(out)

"""Fact sheets: everything the graph says about one state, formation, body or operation.

:func:`build_factsheet` resolves the entity, reads its claims (both directions) and the claims
located on its territory (the state itself, its cities and bases), places each claim in one
section (key facts, memberships, members, partners, presence, attachés both ways, operations,
leaders, other), cites each claim's source spans as numbered notes, and adds the facts the
reference data holds (membership dates, office holders, stationed formations) with their URL as
the note. Dated lines also go on a timeline chart. The result is a :class:`~.document.Report`.
"""

from __future__ import annotations

from typing import Any

from ..model import Claim, Entity, Literal
from ..query import resolve_entity
from ..store.base import Store
from ..vocab import EntityType, Predicate
from .chart import Timeline
from .document import Line, Report, Section
from .i18n import Strings, strings

__all__ = ["build_factsheet", "describe_claim", "qualifier_text"]

P = Predicate
_ORDER = ("key_facts", "memberships", "members", "contributors", "partners", "presence", "attaches_out",
          "attaches_in", "operations", "leaders", "other")
_ACTIVE = {"operation", "formation"}
_LASTING = {P.MEMBER_OF, P.PARTICIPANT_IN, P.LOCATED_IN, P.CONTRIBUTES_TO, P.LEADS, P.CHAIR_OF, P.HOLDS_POSITION}


class _Labels:
    def __init__(self, store: Store, ref: Any | None) -> None:
        self.store, self.ref = store, ref
        self.cache: dict[str, Entity | None] = {}

    def entity(self, eid: str) -> Entity | None:
        if eid not in self.cache:
            e = self.store.entity(eid)
            if e is None and self.ref is not None:
                e = self.ref.entities.get(eid)
            self.cache[eid] = e
        return self.cache[eid]

    def label(self, v: str | Literal, s: Strings) -> str:
        if isinstance(v, Literal):
            if v.datatype == "date":
                return s.date(v)
            if v.datatype == "quantity":
                return s.quantity(v)
            return str(v.value)
        e = self.entity(v)
        return e.label(s.lang) if e else v


def qualifier_text(c: Claim, s: Strings, labels: _Labels, skip: tuple[str, ...] = ()) -> str:
    parts = []
    for k in ("start", "end", "point_in_time", "resident_in", "role", "count", "frequency", "as_of"):
        if k in skip or k not in c.qualifiers:
            continue
        v = c.qualifiers[k]
        if k == "as_of" and any(q in c.qualifiers for q in ("start", "end", "point_in_time")):
            continue
        if k in ("start", "end", "point_in_time", "as_of"):
            text = s.date(v)
        elif k == "frequency":
            text = s(f"frequency.{v}") if s.has(f"frequency.{v}") else str(v)
        else:
            text = labels.label(v, s)
        parts.append(s(f"qualifiers.{k}", v=text))
    return ", ".join(parts)


def describe_claim(c: Claim, s: Strings, labels: _Labels, *, viewpoint: str | None = None) -> str:
    """One line for a claim: "Other — role (qualifiers)", seen from ``viewpoint`` (an entity id);
    with no viewpoint, "Subject — role — Object (qualifiers)"."""
    quals = qualifier_text(c, s, labels)
    tail = f" ({quals})" if quals else ""
    pred = c.predicate.value
    if viewpoint == c.subject:
        return f"{labels.label(c.object, s)} — {s(f'roles_out.{pred}')}{tail}"
    if viewpoint is not None and c.object == viewpoint:
        role = s(f"roles_in.{pred}") if s.has(f"roles_in.{pred}") else s(f"roles_out.{pred}")
        return f"{labels.label(c.subject, s)} — {role}{tail}"
    return f"{labels.label(c.subject, s)} — {s(f'roles_out.{pred}')} — {labels.label(c.object, s)}{tail}"


def _claim_date(c: Claim) -> str:
    q = c.qualifiers
    v = q.get("start") or q.get("point_in_time")
    if v is None and c.predicate == P.INCEPTION and isinstance(c.object, Literal):
        v = c.object
    return str(v.value if isinstance(v, Literal) else v) if v is not None else ""


def _section_for(c: Claim, eid: str, etype: EntityType, places: set[str], labels: _Labels) -> str:
    out = c.subject == eid
    other = c.object if out else c.subject
    oe = labels.entity(other) if isinstance(other, str) else None
    otype = oe.type.value if oe else ""
    p = c.predicate
    if out:
        if p in (P.INCEPTION, P.HEADQUARTERS, P.LOCATED_IN, P.PERSONNEL_COUNT, P.SIGNED, P.HELD_IN, P.OPERATES_IN,
                 P.HOLDS_POSITION, P.SHARED_MEMBER_COUNT, P.MEASURES_APPROVED, P.PROGRESS_REPORT):
            return "key_facts"
        if p in (P.PARTICIPANT_IN, P.CONTRIBUTES_TO, P.LEADS) and otype in _ACTIVE:
            return "operations"
        if p in (P.MEMBER_OF, P.PARTICIPANT_IN, P.INVITED_TO_JOIN, P.CHAIR_OF):
            return "memberships"
        if p in (P.DEFENCE_ATTACHE_TO, P.DEFENCE_ADVISER_TO):
            return "attaches_out"
        if p == P.COMMANDED_BY:
            return "leaders"
    else:
        if p in (P.LOCATED_IN, P.OPERATES_IN, P.HEADQUARTERS, P.HELD_IN) and other != eid:
            return "presence"
        if p in (P.MEMBER_OF, P.PARTICIPANT_IN, P.INVITED_TO_JOIN):
            return "members"
        if p == P.CONTRIBUTES_TO:
            return "contributors"
        if p in (P.DEFENCE_ATTACHE_TO, P.DEFENCE_ADVISER_TO):
            return "attaches_in"
        if p in (P.LEADS, P.CHAIR_OF, P.HOLDS_POSITION):
            return "leaders"
    if p in (P.STRATEGIC_PARTNER_OF, P.COOPERATES_WITH, P.MILITARY_SUPPORT_TO, P.SUPPORTS, P.PRIORITY_AREA,
             P.COOPERATION_AREA):
        return "partners"
    return "other"


def _places_of(eid: str, store: Store, ref: Any | None) -> set[str]:
    """The entity and the cities, bases and regions that lie in it (for a state)."""
    places = {eid}
    pool = list(ref.entities.values()) if ref is not None else []
    pool += store.entities("city") + store.entities("base")
    for e in pool:
        if e.type in (EntityType.CITY, EntityType.BASE) and e.extra.get("country") == eid:
            places.add(e.id)
    return places


def build_factsheet(store: Store, entity: str, lang: str = "en", *, ref: Any | None = None,
                    today: str | None = None) -> Report:
    """A fact sheet for ``entity`` (an id, or a name in either language) in ``lang``."""
    if ref is None:
        from ..refdata import load_reference

        ref = load_reference()
    s = strings(lang)
    e = resolve_entity(store, entity, lang)
    labels = _Labels(store, ref)
    places = _places_of(e.id, store, ref) if e.type == EntityType.STATE else {e.id}
    rep = Report("factsheet", lang, e.label(lang), f"{s('factsheet')} · {s(f'types.{e.type.value}')}",
                 s("compiled", docs=len(store.documents())))
    sections: dict[str, Section] = {k: Section(k, s(f"sections.{k}")) for k in _ORDER}
    timeline = Timeline(s("fields.chart"), until=today or "")
    _key_facts(e, s, rep, sections["key_facts"])

    seen: set[str] = set()
    claims = store.claims(entity=e.id)
    for pl in sorted(places - {e.id}):
        claims += [c for c in store.claims(object=pl) if c.predicate in (P.LOCATED_IN, P.HEADQUARTERS, P.HELD_IN,
                                                                         P.OPERATES_IN)]
    for c in claims:
        if c.key() in seen:
            continue
        seen.add(c.key())
        key = _section_for(c, e.id, e.type, places, labels)
        view = e.id if e.id in (c.subject, c.object) else None
        text = describe_claim(c, s, labels, viewpoint=view)
        if view is None:  # a claim about a place inside the entity: name the place
            text = f"{labels.label(c.subject, s)} — {s('roles_in.' + c.predicate.value)} " \
                   f"({s('fields.in_place', place=labels.label(c.object, s))}{_q(c, s, labels)})"
        sections[key].lines.append(Line(text, rep.cite(c.sources), c.rank))
        if (d := _claim_date(c)) and key != "attaches_out" and key != "attaches_in":
            other = c.object if c.subject == e.id else c.subject
            end = c.qualifiers.get("end")
            timeline.add(d, f"{labels.label(other, s)} ({s('roles_out.' + c.predicate.value)})",
                         str(end) if end else None, lasting=c.predicate in _LASTING)
    _reference_facts(e, s, rep, sections, places, labels, ref, timeline, seen_claims=claims)

    for key in _ORDER:
        sec = sections[key]
        if key != "key_facts" and not sec.lines:
            continue
        sec.lines.sort(key=lambda ln: ln.text.casefold()) if key != "key_facts" else None
        rep.sections.append(sec)
        if key == "memberships" and timeline:
            sec.chart = timeline
    if timeline and not any(x.chart for x in rep.sections):
        sec = Section("timeline", s("sections.timeline"), chart=timeline)
        rep.sections.insert(1, sec)
    rep.renumber()
    return rep


def _q(c: Claim, s: Strings, labels: _Labels) -> str:
    quals = qualifier_text(c, s, labels)
    return f", {quals}" if quals else ""


def _key_facts(e: Entity, s: Strings, rep: Report, sec: Section) -> None:
    names = " / ".join(dict.fromkeys(v for k, v in sorted(e.labels.items()) if v))
    notes = rep.cite_reference(e.source, e.label(s.lang)) if e.source.startswith("http") else []
    sec.lines.append(Line(f"{s('fields.type')}: {s(f'types.{e.type.value}')}; {s('fields.names')}: {names}"
                          + (f"; {s('fields.wikidata')}: {e.qid}" if e.qid else ""), notes))


def _reference_facts(e: Entity, s: Strings, rep: Report, sections: dict[str, Section], places: set[str],
                     labels: _Labels, ref: Any, timeline: Timeline, seen_claims: list[Claim]) -> None:
    """Facts the reference data holds that no document stated: membership dates, office holders,
    formations stationed on the territory. Each is cited by the reference row's source URL."""
    stated = {(c.subject, c.predicate, c.object) for c in seen_claims}
    for m in sorted(getattr(ref, "memberships", []), key=lambda m: (m.start or "", m.state, m.org)):
        if m.state == e.id and (m.state, P.MEMBER_OF, m.org) not in stated:
            org = labels.label(m.org, s)
            quals = [s("qualifiers.start", v=s.date(m.start))] + ([s("qualifiers.end", v=s.date(m.end))] if m.end else [])
            sections["memberships"].lines.append(Line(f"{org} — {s('roles_out.member_of')} ({', '.join(quals)})",
                                                      rep.cite_reference(m.source, org)))
            timeline.add(m.start, f"{org} ({s('roles_out.member_of')})", m.end, lasting=True)
        elif m.org == e.id and (m.state, P.MEMBER_OF, m.org) not in stated:
            st = labels.label(m.state, s)
            quals = [s("qualifiers.start", v=s.date(m.start))] + ([s("qualifiers.end", v=s.date(m.end))] if m.end else [])
            sections["members"].lines.append(Line(f"{st} — {s('roles_in.member_of')} ({', '.join(quals)})",
                                                  rep.cite_reference(m.source, st)))
    for other in sorted(ref.entities.values(), key=lambda x: x.id):
        ex = other.extra
        if other.type == EntityType.PERSON and ex.get("position"):
            pos = labels.entity(str(ex["position"]))
            if pos and e.id in (pos.extra.get("org"), pos.extra.get("country")) or ex.get("position") == e.id:
                quals = [s(f"qualifiers.{k}", v=s.date(ex[k])) for k in ("start", "end") if ex.get(k)]
                sections["leaders"].lines.append(Line(
                    f"{other.label(s.lang)} — {labels.label(str(ex['position']), s)}"
                    + (f" ({', '.join(quals)})" if quals else ""), rep.cite_reference(other.source, other.label(s.lang))))
        loc = ex.get("located_in")
        if other.type in (EntityType.FORMATION, EntityType.ORG) and isinstance(loc, str) and e.type == EntityType.STATE:
            base = labels.entity(loc)
            inside = loc in places or (base is not None and base.extra.get("country") in places)
            if inside and (other.id, P.LOCATED_IN, loc) not in stated:
                since = f", {s('qualifiers.start', v=s.date(ex['inception']))}" if ex.get("inception") else ""
                sections["presence"].lines.append(Line(
                    f"{other.label(s.lang)} — {s('roles_in.located_in')} ({s('fields.in_place', place=labels.label(loc, s))}"
                    + since + ")", rep.cite_reference(other.source, other.label(s.lang))))

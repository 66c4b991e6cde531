"""Answering a :class:`~allygraph.ask.understand.Question` from the graph.

For each cued relation, strongest first, the claims that involve the question's entities are
scored by how many of those entities they bind and whether each binding agrees with the name's
grammatical role (an owner is a subject, a place is not); the best-scoring claims give the
answer from the slot the question leaves open: an entity (who/which), a place (where), a date
(when), both ends of a period, or a number (how many — a stated quantity, or the count of the
entities found). Dates in the question filter claims by their validity. The first relation that
yields an answer wins; none -> no answer (the caller shows passages instead, never a guess).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..model import Claim, Literal
from ..query import fold
from ..store.base import Store
from ..vocab import PREDICATES, EntityType, Predicate
from .describe import resolve_descriptions
from .link import link_store_names
from .understand import COUNTABLE, QMention, Question
from .when import ENTITY_QUALS, claim_year_ok, date_fit, date_ok, event_years, ids_of, nth

__all__ = ["Solution", "solve"]

PLACE_TYPES = {EntityType.STATE, EntityType.CITY, EntityType.REGION, EntityType.BASE}


@dataclass
class Solution:
    predicate: str
    kind: str  # entity | date | period | quantity | count
    entities: list[str] = field(default_factory=list)
    values: list[Literal] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    derivation: str = ""


def _family(store: Store, entity_id: str) -> list[str]:
    """Entities of the same type whose English label is the same once years are removed
    (the 2016, 2018 and 2023 joint declarations; summits of one kind)."""
    e = store.entity(entity_id)
    if e is None:
        return [entity_id]
    stem = re.sub(r"\b\d{4}\b", "", fold(e.label("en"))).strip()
    out = [x.id for x in store.entities(e.type.value)
           if re.sub(r"\b\d{4}\b", "", fold(x.label("en"))).strip() == stem]
    return sorted(set(out) | {entity_id})


def _with_year(store: Store, q: Question) -> Question:
    """Swap an agreement/event mention for the family member of the year the question names."""
    years = {t.value[:4] for t in q.times if re.match(r"\d{4}", t.value)}
    years |= set(re.findall(r"\b(?:19|20)\d{2}\b", q.text))
    if not years:
        return q
    used: set[str] = set()
    for m in q.mentions:
        if m.type not in (EntityType.AGREEMENT, EntityType.EVENT, EntityType.DOCUMENT):
            continue
        fam = _family(store, m.entity_id)
        for cand in fam:
            e = store.entity(cand)
            if e and any(y in e.label("en") for y in years):
                m.entity_id = cand
                used |= {y for y in years if y in e.label("en")}
                break
    if used:
        q.times = [t for t in q.times if t.value[:4] not in used]
    return q


def _bindings(c: Claim, ids: dict[str, QMention], symmetric: bool) -> tuple[float, set[str]]:
    score = 0.0
    bound: set[str] = set()
    slots = [("subject", c.subject), ("object", c.object)]
    for k in ENTITY_QUALS:
        if k in c.qualifiers:
            slots.append((k, c.qualifiers[k]))
    for slot, val in slots:
        if isinstance(val, Literal) or val not in ids:
            continue
        m = ids[val]
        bound.add(val)
        score += 2.0
        if symmetric:
            continue
        if m.role == "owner" and slot != "subject":
            score -= 1.5
        elif m.role == "place" and slot == "subject":
            score -= 1.5
        elif m.role == "target" and slot == "subject":
            score -= 1.0
    return score, bound


def _open_slot(c: Claim, q: Question, bound: set[str], store: Store) -> list[str | Literal]:
    info = PREDICATES[c.predicate]
    wh = q.wh
    if wh in ("when", "period"):
        if info.literal == "date":
            return [c.object]
        keys = ("start", "end") if wh == "period" else ("point_in_time", "start")
        vals = [c.qualifiers[k] for k in keys if k in c.qualifiers]
        if wh == "when" and not vals and "end" in c.qualifiers:
            vals = [c.qualifiers["end"]]
        return [v if isinstance(v, Literal) else Literal(str(v), "date") for v in vals[: (2 if wh == "period" else 1)]]
    if wh == "count":
        if info.literal == "quantity" and isinstance(c.object, Literal):
            return [c.object]
        if "count" in c.qualifiers:
            v = c.qualifiers["count"]
            return [v if isinstance(v, Literal) else Literal(int(str(v)), "quantity")]
    candidates: list[str] = []
    if wh == "where":
        for k in ENTITY_QUALS:
            q_val = c.qualifiers.get(k)
            if isinstance(q_val, str) and q_val not in bound:
                candidates.append(q_val)
        if not candidates and isinstance(c.object, str) and c.object not in bound:
            candidates.append(c.object)
        if not candidates and c.subject not in bound:
            candidates.append(c.subject)
        return list(candidates)
    for v in (c.subject, c.object):
        if isinstance(v, str) and v not in bound:
            candidates.append(v)
    return list(candidates)


# hints whose word does not fix our entity type ("which organisation" may be a unit, a mission an
# organisation); a question for countries, cities, bases, people or areas wants exactly those
_LOOSE_HINTS = {None, "org", "formation", "operation"}


def _type_ok(store: Store, entity_id: str, hint: str | None, wh: str) -> bool:
    e = store.entity(entity_id)
    if e is None:
        return False
    if wh == "where":
        return e.type in PLACE_TYPES or e.type in (EntityType.ORG,)
    if hint is None:
        return True
    if hint == "base":
        return e.type in (EntityType.BASE, EntityType.CITY)
    return e.type.value == hint


class _Memo:
    """A store's entity look-ups remembered for one question (a claim list can name the same
    entities thousands of times)."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._cache: dict[str, object] = {}

    def prefetch(self, ids: Iterable[str]) -> None:
        missing = [i for i in ids if i not in self._cache]
        if missing:
            found = self._store.entities_by_id(missing)
            for i in missing:
                self._cache[i] = found.get(i)

    def entity(self, entity_id: str):  # type: ignore[no-untyped-def]
        if entity_id not in self._cache:
            self._cache[entity_id] = self._store.entity(entity_id)
        return self._cache[entity_id]

    def entities(self, type: str | None = None, **kw):  # type: ignore[no-untyped-def]
        key = f"__type:{type}:{sorted(kw.items())}"
        if key not in self._cache:
            self._cache[key] = self._store.entities(type, **kw)
        return self._cache[key]

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self._store, name)


MAX_CITATIONS_PER_CLAIM = 20
MAX_CITED_CLAIMS = 40


def solve(store: Store, q: Question, as_of: str | None = None) -> Solution | None:
    store = _Memo(store)  # type: ignore[assignment]
    sol = _solve(store, q, as_of)
    if sol is not None:
        found = store.claim_sources([c.key() for c in sol.claims[:MAX_CITED_CLAIMS]], MAX_CITATIONS_PER_CLAIM)
        for c in sol.claims:
            c.sources = found.get(c.key(), [])
    return sol


def _solve(store: Store, q: Question, as_of: str | None = None) -> Solution | None:
    q = resolve_descriptions(store, _with_year(store, link_store_names(store, q)))
    if not q.mentions:
        return None
    q.predicates = _with_holders(q, _with_person_relatives(q))
    ids = {m.entity_id: m for m in q.mentions}
    top_score = q.predicates[0][1] if q.predicates else 0.0
    cued = {p for p, _ in q.predicates}
    for pred_name, cue_score in q.predicates:
        if cue_score < top_score - 1.0:
            break  # a much weaker cue than the question's main one: answering it would be a guess
        if q.wh == "where" and pred_name not in _WHERE_PREDICATES:
            continue  # "where" is answered by a place a relation puts something in, not by a member list
        if q.wh == "count" and pred_name not in COUNTABLE and "personnel_count" in cued:
            continue  # "how many soldiers": a number of people, not a count of the units they serve in
        pred = Predicate(pred_name)
        symmetric = PREDICATES[pred].symmetric
        anchors = list(ids)
        if q.ordinal:
            anchors = sorted({f for a in anchors for f in _family(store, a)})
        claims: dict[str, Claim] = {}
        for a in anchors:
            for c in store.claims(entity=a, predicate=pred.value, with_sources=False):
                claims[c.key()] = c
        if isinstance(store, _Memo):
            store.prefetch(i for c in claims.values() for i in ids_of(c))
        if not claims:
            continue
        scored = []
        bind_ids = dict(ids)
        if q.ordinal:
            for m in q.mentions:
                for f in _family(store, m.entity_id):
                    bind_ids.setdefault(f, m)
        for c in claims.values():
            if not date_ok(c, q, as_of):
                continue
            s, bound = _bindings(c, bind_ids, symmetric)
            if s <= 0:
                continue
            slot = _open_slot(c, q, bound, store)
            if q.wh not in ("when", "period", "count") or not all(isinstance(v, Literal) for v in slot):
                slot = [v for v in slot if isinstance(v, Literal) or _type_ok(store, v, q.type_hint, q.wh)] or (
                    [v for v in slot if isinstance(v, Literal) or _type_ok(store, v, None, q.wh)]
                    if q.type_hint in _LOOSE_HINTS else [])
            if slot and all(isinstance(v, Literal) for v in slot) and isinstance(c.object, str) and not (
                    {c.subject, c.object} <= bound) and getattr(store.entity(c.object), "type", None) not in PLACE_TYPES:
                continue  # a date or number about a pair the question does not name both of ("join the OECD")
            if slot:
                scored.append((s, c, slot))
        owners = [m.entity_id for m in q.mentions if m.role == "owner" and m.type == EntityType.STATE]
        if owners:  # "Latvia's attaché", "Latvijas atašejs": the owner is the claim's subject
            scored = [(s, c, slot) for s, c, slot in scored
                      if all(o == c.subject or (symmetric and o in ids_of(c)) for o in owners)]
        scored = [x for x in scored if not _conflicting_unbound(x[1], q, store, bind_ids)]
        years = event_years(store, q)
        if years:  # "invited at the Bucharest summit in 2008": a dated claim of another year is another event
            scored = [x for x in scored if claim_year_ok(x[1], years)]
        topics = {m.entity_id for m in q.mentions if m.type in _TOPIC_TYPES and m.role != "place"}
        if topics:  # a question naming an operation, unit, event, agreement ... is about that one
            scored = [x for x in scored if topics & (ids_of(x[1]) | _family_ids(store, x[1], q))]
        if q.times:  # a date in the question: claims that state the closest matching date win
            best_fit = max(date_fit(x[1], q) for x in scored) if scored else 0
            if best_fit:
                scored = [x for x in scored if date_fit(x[1], q) == best_fit]
        if not scored:
            continue
        best = max(s for s, _, _ in scored)
        top = [(c, slot) for s, c, slot in scored if s == best]
        if q.ordinal:
            top = nth(top, q.ordinal, set(bind_ids) - set(ids) | set(ids))
            if not top:
                continue
        return _collect(pred_name, q, top)
    return None


# "Who leads/heads X?" asked for a person: a chair or a commander is what leads a committee or a unit
_PERSON_RELATIVES = {"leads": ("chair_of", "commanded_by")}


def _with_person_relatives(q: Question) -> list[tuple[str, float]]:
    if q.type_hint != "person" or not q.predicates:
        return q.predicates
    have = {p for p, _ in q.predicates}
    out = list(q.predicates)
    for pred, score in q.predicates:
        for rel in _PERSON_RELATIVES.get(pred, ()):
            if rel not in have:
                out.append((rel, score - 0.01))
                have.add(rel)
    return sorted(out, key=lambda x: -x[1])


def _with_holders(q: Question, preds: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """"Who is the (first) EU Commissioner for Defence?", "Kurš ir NATO ģenerālsekretārs?": a question for a
    person that names a position asks who holds it, whatever else it cues (weaker than its main cue)."""
    if q.wh != "who" or q.type_hint not in (None, "person") or any(p == "holds_position" for p, _ in preds):
        return preds
    if not any(m.type is EntityType.POSITION for m in q.mentions):
        return preds
    score = preds[0][1] - 0.9 if preds else 1.0
    return sorted([*preds, ("holds_position", score)], key=lambda x: -x[1])


def _conflicting_unbound(c: Claim, q: Question, store: Store, bind_ids: dict[str, QMention]) -> bool:
    """True when a name in the question is left out of the claim while the claim puts another
    entity of the same type where it would go ("When was Latvia invited?" is not answered by
    Finland's invitation)."""
    ids = ids_of(c)
    slot_types: dict[EntityType, set[str]] = {}
    for v in ids:
        e = store.entity(v)
        if e is not None:
            slot_types.setdefault(e.type, set()).add(v)
    bound_mentions = {id(bind_ids[i]) for i in ids if i in bind_ids}
    place_slots = {v for k, v in c.qualifiers.items() if k in ENTITY_QUALS and isinstance(v, str)}
    if c.predicate.value in _WHERE_PREDICATES and isinstance(c.object, str):  # "akreditēts Šveicē": the receiver
        place_slots.add(c.object)
    for m in q.mentions:
        if m.entity_id in ids or id(m) in bound_mentions:
            continue
        if m.role == "place":  # "in Latvia" only conflicts with another place in a place slot
            if any(getattr(store.entity(v), "type", None) == m.type for v in place_slots):
                return True
            continue
        if slot_types.get(m.type):
            return True
    return False


_PLACE_OBJECT = {"located_in", "operates_in", "held_in", "headquarters", "signed"}
_WHERE_PREDICATES = _PLACE_OBJECT | {"defence_attache_to", "defence_adviser_to"}  # a place as object or residence
# the kinds of entity a question is about when it names one, rather than context such as a state or NATO
_TOPIC_TYPES = {EntityType.OPERATION, EntityType.FORMATION, EntityType.EVENT, EntityType.AGREEMENT,
                EntityType.PROGRAMME, EntityType.FRAMEWORK, EntityType.DOCUMENT}


def _family_ids(store: Store, c: Claim, q: Question) -> set[str]:
    """The claim's entities and, for an ordinal question, their family members (other years)."""
    if not q.ordinal:
        return set()
    return {f for i in ids_of(c) for f in _family(store, i)}


def _collect(pred: str, q: Question, top: list[tuple[Claim, list[str | Literal]]]) -> Solution:
    ents: list[str] = []
    vals: list[Literal] = []
    claims: list[Claim] = []
    for c, slot in top:
        claims.append(c)
        for v in slot:
            if isinstance(v, Literal):
                if v not in vals:
                    vals.append(v)
            elif v not in ents:
                ents.append(v)
    if q.wh == "count" and not vals and ents:
        return Solution(pred, "count", ents, [Literal(len(ents), "quantity")], claims, "count")
    kind = "entity" if ents else ("period" if q.wh == "period" else ("quantity" if q.wh == "count" else "date"))
    return Solution(pred, kind, ents, vals, claims)

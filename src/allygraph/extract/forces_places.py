"""Where a formation or body is, said without a locating verb (part of the forces family).

* A place compound or participle before the name: "the Helsinki-based Centre", "Rīgā bāzētais
  centrs", "Ādažos izvietotajā brigādē".
* A body named with its city: "SHAPE in Mons", "the Centre of Excellence (COE) in Riga",
  "izcilības centrs Rīgā" (a city, not a country: "NATO in Europe" says nothing about a seat).
* A formation's head noun with a list of places: "battlegroups in Estonia, Latvia and Poland",
  "kaujas grupas Igaunijā un Lietuvā": each is the formation of that kind in that place, located
  there; a founding verb in the same sentence ("deployed in 2017") dates each of them.

Organisations that span many places (NATO, the EU) are never located this way, and an operation
only at a base (its country or sea is its theatre, the operations family's ``operates_in``).
"""

from __future__ import annotations

from ..model import Literal, Mention
from ..vocab import EntityType as T
from ..vocab import Predicate as P
from ._args import by_head_and_place, head_word, relation_times, states_group, triggers
from ._triggers import sentence_triggers
from .context import DocContext, SentenceView
from .forces_args import LEX, UNIT, unit_mentions
from .forces_dates import founding_date

__all__ = ["places"]

_UMBRELLAS = frozenset({"org:nato", "org:eu", "org:un", "org:osce"})
_SEATED = (T.ORG, T.FORMATION)
_MEETING_BODIES = frozenset({"council", "committee", "assembly", "commission", "board"})  # words of an English label
_CITY_GAP_EN = ("in", "near", "at", "in the", "at the", "outside", "just outside")


def places(ctx: DocContext, view: SentenceView) -> None:
    found = sentence_triggers(view, LEX)
    if "PLACE_ATTRIBUTE" in found:
        _attribute(ctx, view)
    if T.CITY in {m.type for m in view.mentions}:
        _named_with_city(ctx, view)
    if "UNIT_HEADS" in found:
        _heads_in_places(ctx, view)


def _ok_subject(m: Mention, place: Mention) -> bool:
    if m.entity_id in _UMBRELLAS or m.entity_id == place.entity_id or m.type.is_place:
        return False
    return m.type in _SEATED or (m.type is T.OPERATION and place.type is T.BASE)


def _attribute(ctx: DocContext, view: SentenceView) -> None:
    """"<place>-based X", "<vietā> bāzētais|izvietotais|esošais X"."""
    units = unit_mentions(ctx, view)
    for t in triggers(view, LEX, "PLACE_ATTRIBUTE"):
        place = next((m for m in reversed(view.mentions) if m.end <= t.start), None)
        if place is None or place.type not in (T.CITY, T.BASE, T.STATE):
            continue
        gap = view.between(place.end, t.start)
        if view.lang == "lv":
            if gap.strip() or (place.cases and "loc" not in place.cases):
                continue
        elif gap.strip() not in ("", "-"):
            continue
        later = [m for m in units + view.mentions if m.start >= t.end]
        if not later:
            continue
        subj = min(later, key=lambda m: m.start)
        words = view.between(t.end, subj.start).split()
        if len(words) > 2 or any(w[:1].isupper() or not w.isalpha() for w in words) or not _ok_subject(subj, place):
            continue
        if place.type is T.STATE and subj.type is T.ORG:
            continue  # "a Latvia-based company": too loose for a body's seat
        ctx.add(subj.entity_id, P.LOCATED_IN, place.entity_id, view, qualifiers=relation_times(view), confidence=0.7)


def _named_with_city(ctx: DocContext, view: SentenceView) -> None:
    """"SHAPE in Mons", "Allied Maritime Command (MARCOM) in Northwood", "izcilības centrs Rīgā"."""
    ms = view.mentions
    for i, m in enumerate(ms):
        if m.type not in _SEATED:
            continue
        j = i + 1
        while j < len(ms) and ms[j].entity_id == m.entity_id:  # an acronym in brackets
            j += 1
        if j >= len(ms) or ms[j].type not in (T.CITY, T.BASE):
            continue
        place = ms[j]
        gap = view.between(ms[j - 1].end, place.start).strip().strip("()").strip().lstrip(",").strip().lower()
        if view.lang == "lv":
            ok = gap == "" and bool(place.cases) and "loc" in place.cases \
                and not (m.cases and (m.cases <= {"gen"} or m.cases <= {"loc"}))  # "padomē Briselē": a venue
        else:
            ok = gap in _CITY_GAP_EN and "-" not in view.between(place.end, place.end + 2) \
                and not (gap in ("in", "at", "in the", "at the") and _venue(ctx, view, m))
        if ok and _ok_subject(m, place):
            ctx.add(m.entity_id, P.LOCATED_IN, place.entity_id, view, confidence=0.6)


def _venue(ctx: DocContext, view: SentenceView, m: Mention) -> bool:
    """"met in the North Atlantic Council in Brussels": a body after "in"/"at" is where something
    happens, and a second "in <city>" may place the happening rather than the body (", near Mons"
    after it still describes the body)."""
    before = view.between(view.start, m.start).rstrip().lower()
    if not (before.endswith((" in", " in the", " at", " at the")) or before in ("in", "in the", "at", "at the")):
        return False
    ent = ctx.ref.get(m.entity_id) if ctx.ref is not None and hasattr(ctx.ref, "get") else None
    label = (ent.labels.get("en", "") if ent is not None else m.surface).casefold()
    return any(w in _MEETING_BODIES for w in label.split())


def _heads_in_places(ctx: DocContext, view: SentenceView) -> None:
    """"battlegroups in Estonia, Latvia, Lithuania and Poland – deployed in 2017"."""
    founded = triggers(view, LEX, "FOUNDED")
    for h in triggers(view, LEX, "UNIT_HEADS"):
        nxt = next((m for m in view.mentions if m.start >= h.end), None)
        if nxt is None or not nxt.type.is_place or nxt.type is T.REGION:
            continue
        gap = view.between(h.end, nxt.start).strip().lower()
        if view.lang == "lv":
            if gap or (nxt.cases and "loc" not in nxt.cases):
                continue
        elif gap not in ("in", "at", "based in", "based at", "stationed in", "stationed at"):
            continue
        word = head_word(h)
        word = word[:-1] if view.lang == "en" and word.endswith("s") else word
        date = founding_date(ctx, view, founded[0]) if founded else None
        quals = relation_times(view, point_is_start=bool(founded))
        group = states_group(view, nxt)
        plural = view.lang != "en" or view.between(h.start, h.end).lower().endswith("s")
        if view.lang == "lv":
            group = [m for m in group if not m.cases or m.cases <= {"loc"}]
        if len(group) < 2 or not plural:
            continue  # "the battlegroup in Estonia" names the formation; a list of places states where each is
        for place in group:
            got = by_head_and_place(ctx, word, place.entity_id, UNIT)
            if got is None or got[0] is None:
                continue
            ctx.add(got[0], P.LOCATED_IN, place.entity_id, view, qualifiers=quals, confidence=0.65)
            if date is not None:
                ctx.add(got[0], P.INCEPTION, Literal(date, "date"), view, confidence=0.6)

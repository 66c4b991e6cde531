"""Lead nations: ``leads`` (a state or organisation -> the formation, HQ or operation it leads).

Five ways to say it, each a trigger kind of ``lang/<code>/rel_forces.py``: a verb ("Canada leads
the battlegroup", "Daudznacionālo kaujas grupu vada Kanāda": in Latvian the nominative leads), a
passive ("led by Canada"), a genitive or compound ("Kanādas vadītā", "Canada-led"), "under ...
leadership", and a role noun ("Canada, the framework nation", "Kanāda ir ... vadošā valsts").
"kopā ar X" / "together with X" adds co-leaders; gapping ("..., Germany the one in Lithuania")
spreads the verb over further pairs.
"""

from __future__ import annotations

import re

from ..model import Mention
from ..vocab import Predicate as P
from ._args import (
    after_word,
    before_word,
    by_head_and_place,
    head_word,
    is_copula_after,
    nearest,
    relation_times,
    states_group,
    triggers,
)
from ._triggers import sentence_triggers
from .context import DocContext, SentenceView
from .forces_args import (
    LEADABLE_TYPES,
    LEADER,
    LEX,
    STATE,
    UNIT,
    join_words,
    lead_objects,
    name_led_marks,
    person_modifier,
    recent_unit,
    ref_leaders,
    subject_ok,
    unit_mentions,
)
from .lexicon import Match

__all__ = ["leads"]

_WORD_SPLIT = re.compile(r"[\s,;–—-]+")


def _co_leaders(view: SentenceView, lo: int, hi: int) -> list[Mention]:
    """States after "kopā ar" / "together with" between ``lo`` and ``hi``."""
    out: list[Mention] = []
    for t in triggers(view, LEX, "TOGETHER"):
        if lo <= t.start <= hi:
            nxt = [m for m in view.after(t.end, STATE) if view.between(t.end, m.start).strip() in ("", "the")]
            if nxt:
                out.extend(view.group(nxt[0], STATE))
    return out


def leads(ctx: DocContext, view: SentenceView) -> None:
    _led_in_name(ctx, view)
    units = lead_objects(ctx, view)  # formations, operations, and coalitions, forces, projects by name
    found = sentence_triggers(view, LEX)
    pool = [m for m in view.of_type(*LEADER) if not person_modifier(view, m)]  # not "the Canadian officer"
    for kind in ("LEAD_VERB", "LEAD_PASSIVE", "LEAD_GENITIVE", "LEAD_UNDER", "LEAD_ROLE_SG", "LEAD_ROLE_PL"):
        if kind not in found:
            continue
        for t in triggers(view, LEX, kind):
            leaders: list[Mention] = []
            unit: Mention | None = None
            conf = 0.8
            if kind == "LEAD_VERB":
                if before_word(view, t) == "-" or after_word(view, t, 1) == "by":
                    continue  # "Canada-led", "led by": the other patterns' business
                co = _co_leaders(view, view.start, view.end)
                cands = [m for m in pool if subject_ok(view, m) and m not in co]
                if view.lang == "en":
                    unit = nearest(units, t, "right") or _left_object(view, units, t)
                    subj = nearest(cands, t, "left")
                else:
                    unit = nearest(units, t, "any")
                    subj = nearest([m for m in cands if unit is None or m is not unit], t, "any")
                if subj is None:
                    continue
                singular = view.lang == "en" and view.between(t.start, t.end).lower() in (
                    "leads", "is leading", "commands", "heads")
                leaders = [subj] if singular else [m for m in states_group(view, subj) if m not in co]
                leaders += [m for m in co if min(subj.start, t.start) <= m.start <= max(subj.end, t.end) + 40]
                if unit is not None:
                    for other in _unit_group(view, units, unit):
                        if other is not unit:
                            for s in leaders:
                                ctx.add(s.entity_id, P.LEADS, other.entity_id, view, qualifiers=relation_times(view),
                                        confidence=0.7)
                    _gapped_leads(ctx, view, t, unit)
            elif kind == "LEAD_PASSIVE":
                if _led_by_in_places(ctx, view, t):
                    continue
                unit = nearest(units, t, "left") or nearest(units, t, "right")
                subj = nearest(pool, t, "right")
                if subj is None or not _passive_gap(view.between(t.end, subj.start)):
                    continue
                leaders = states_group(view, subj)
            elif kind in ("LEAD_GENITIVE", "LEAD_UNDER"):
                # "Kanādas vadībā", "Canada-led", "under Canadian leadership", "under Canada's command"
                gaps = ("", "-", "kopīgi", "kopā", "jointly") if kind == "LEAD_GENITIVE" else ("", "'s", "’s")
                prev = [m for m in view.before(t.start, LEADER) if view.between(m.end, t.start).strip() in gaps
                        and m in pool]
                if not prev or (kind == "LEAD_UNDER" and before_word(view, prev[-1]) != "under"):
                    continue
                leaders = _genitive_group(view, prev[-1])
                right = nearest(units, t, "right")
                close = right is not None and right.start - t.end <= 30
                left = nearest(units, leaders[0], "left")
                apposed = left is not None and view.between(left.end, leaders[0].start).strip() in ("–", "—", "-", ",")
                if not close and not apposed and _attributive(view, t):
                    continue  # "ASV vadītajā bataljonā", "the US-led coalition": it leads the noun after it
                unit = right if close else (left or right)
            else:  # a role noun: framework / lead nation
                units = unit_mentions(ctx, view)
                cands = [m for m in view.of_type(*STATE) if subject_ok(view, m, lv_case=False)
                         and not (view.lang == "lv" and m.cases and m.cases <= {"loc", "dat"})]
                side = "right" if is_copula_after(view, t) else "left"
                subj = nearest(cands, t, side) or nearest(cands, t, "right")
                if subj is None:
                    continue
                leaders = [subj] if kind == "LEAD_ROLE_SG" else states_group(view, subj)
                unit = _role_unit(view, units, t)
                if unit is None:
                    unit = recent_unit(ctx, view)
                    conf = 0.6
            if unit is None:
                continue
            for s in leaders:
                ctx.add(s.entity_id, P.LEADS, unit.entity_id, view, qualifiers=relation_times(view), confidence=conf)


_APPOSITION_GAP = re.compile(r"^(?:(?:the|its|their|all|tās|to|savas|savi)\s+)?(?:[^\W\d]+\s+){0,2}[^\W\d]+\s*[,:–—]$")


def _genitive_group(view: SentenceView, leader: Mention) -> list[Mention]:
    """The leader before "X vadītā" / "X-led" with its coordinated states; a Latvian neighbour in
    another case is not one of them ("uzturas Latvijā ASV vadītās operācijas": only the US leads)."""
    group = states_group(view, leader)
    if view.lang != "lv":
        return group
    return [m for m in group if m is leader or not m.cases or "gen" in m.cases]


def _attributive(view: SentenceView, t: Match) -> bool:
    """Does a word follow the led-participle ("Polijas vadītās divīzijas", "US-led Operation X")?
    Then it qualifies that noun phrase; a clause-final one ("..., kuru vada Kanāda", "Kanādas vadīta.")
    may take an object named before it."""
    rest = view.between(t.end, min(view.end, t.end + 30)).lstrip()
    return bool(rest) and rest[0].isalpha()


def _passive_gap(gap: str) -> bool:
    """What may stand between "led by" and the leader: nothing, "the", or a short appositive
    ("led by its three founders, Denmark, Germany and Poland")."""
    gap = gap.strip().lower()
    return gap in ("", "the") or (len(gap) < 40 and bool(_APPOSITION_GAP.match(gap)) and gap.islower())


def _led_in_name(ctx: DocContext, view: SentenceView) -> None:
    """A name that says who leads it ("the NATO-led Kosovo Force", "NATO vadītā operācija Bosnijā")
    names the leader the reference data gives for it."""
    marks = name_led_marks(view.lang)
    if not marks:
        return
    for m in view.mentions:
        if m.type not in UNIT + LEADABLE_TYPES or not any(k in m.surface.casefold() for k in marks):
            continue
        for leader in ref_leaders(ctx, m.entity_id):
            ctx.add(leader, P.LEADS, m.entity_id, view, qualifiers=relation_times(view), confidence=0.7)


def _left_object(view: SentenceView, units: list[Mention], t: Match) -> Mention | None:
    """An English lead verb's object before it ("the battlegroup, which Canada leads"), unless another
    lead verb stands between ("Canada leads the brigade, while Britain leads the forces in Estonia")."""
    left = nearest(units, t, "left")
    if left is None:
        return None
    if any(left.end <= o.start and o.end <= t.start for o in triggers(view, LEX, "LEAD_VERB")):
        return None
    return left


def _led_by_in_places(ctx: DocContext, view: SentenceView, t: Match) -> bool:
    """"battlegroups ..., led by the United Kingdom in Estonia, by Canada in Latvia and by Germany in
    Lithuania": each state leads the formation of that kind in that place, which is there. True if it
    applied."""
    head = next((h for h in reversed(triggers(view, LEX, "UNIT_HEADS")) if h.end <= t.start), None)
    if head is None:
        return False
    word = head_word(head).rstrip("s")
    pairs: list[tuple[Mention, Mention]] = []
    ms = [m for m in view.mentions if m.start >= t.end]
    for a, b in zip(ms, ms[1:]):
        if a.type is not STATE[0] or not b.type.is_place:
            continue
        if view.between(a.end, b.start).strip().lower() not in ("in", "at"):
            continue
        lead_in = view.between(t.end, a.start).strip().lower() if not pairs else before_word(view, a)
        if lead_in in ("", "the", "by"):
            pairs.append((a, b))
    if len(pairs) < 2:
        return False
    for state, place in pairs:
        got = by_head_and_place(ctx, word, place.entity_id, UNIT)
        if got is not None and got[0] is not None:
            ctx.add(state.entity_id, P.LEADS, got[0], view, qualifiers=relation_times(view), confidence=0.7)
            ctx.add(got[0], P.LOCATED_IN, place.entity_id, view, qualifiers=relation_times(view), confidence=0.65)
    return True


def _unit_group(view: SentenceView, units: list[Mention], unit: Mention) -> list[Mention]:
    """``unit`` and the formations joined to it by commas and joining words only ("Brigādi, tāpat kā
    līdz šim kaujas grupu, vada ...", "leads the brigade, as it did the battlegroup")."""
    join = join_words(view.lang)
    i = next((k for k, m in enumerate(units) if m is unit), None)
    if i is None:
        return [unit]

    def joined(a: Mention, b: Mention) -> bool:
        words = [w for w in _WORD_SPLIT.split(view.between(a.end, b.start).lower()) if w]
        return len(words) <= 6 and all(w in join for w in words)

    lo = hi = i
    while lo > 0 and joined(units[lo - 1], units[lo]):
        lo -= 1
    while hi + 1 < len(units) and joined(units[hi], units[hi + 1]):
        hi += 1
    return units[lo:hi + 1]


def _gapped_leads(ctx: DocContext, view: SentenceView, t: Match, unit: Mention) -> None:
    """Gapping after "X leads the battlegroup in Estonia": ", Germany the one in Lithuania and the
    United States the one in Poland" -- each state leads the formation of that kind in that place."""
    head = next((h for h in triggers(view, LEX, "UNIT_HEADS") if h.start == unit.start), None)
    if head is None:
        return
    word = head_word(head)
    for e in triggers(view, LEX, "ELLIPSIS"):
        if e.start < t.end:
            continue
        who = [m for m in view.before(e.start, STATE) if view.between(m.end, e.start).strip() in ("", ",")]
        place = next((m for m in view.after(e.end) if m.type.is_place), None)
        if not who or place is None or view.between(e.end, place.start).strip():
            continue
        got = by_head_and_place(ctx, word, place.entity_id, UNIT)
        if got is not None and got[0] is not None:
            ctx.add(who[-1].entity_id, P.LEADS, got[0], view, qualifiers=relation_times(view), confidence=0.7)



def _role_unit(view: SentenceView, units: list[Mention], t) -> Mention | None:  # type: ignore[no-untyped-def]
    """The formation a role noun is about: "framework nation of/for X", "X vadošā valsts"."""
    right = nearest(units, t, "right")
    if right is not None and view.between(t.end, right.start).strip().lower() in ("of", "for", "of the", "for the", "in", "in the"):
        return right
    return nearest(units, t, "any")

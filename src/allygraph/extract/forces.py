"""Forces: lead nations, troop contributors, military support, strategic partners, where a
formation or body is and when it was founded, and how many troops it has.

Predicates: ``leads``, ``contributes_to``, ``personnel_count``, ``military_support_to``,
``strategic_partner_of``, ``located_in``, ``inception``.

Each rule starts from a trigger of ``lang/<code>/rel_forces.py`` (a trigger inside an entity's
name does not count) and picks its arguments among the sentence's linked mentions by type, side
and distance, with Latvian case forms deciding roles where word order is free ("Daudznacionālo
kaujas grupu vada Kanāda": the nominative leads). Coordination groups spread a relation over
lists ("no Albānijas, Čehijas ... un Spānijas"); a relative clause takes its antecedent
("Kanādu, kas ir ... vadošā valsts"); "kopā ar X" / "together with X" adds co-leaders; a
formation referred to by a pronoun ("to veido", "it consists of") is the latest one named in
the preceding sentences.
"""

from __future__ import annotations

from functools import lru_cache

from ..model import Literal, Mention
from ..vocab import EntityType as T
from ..vocab import Predicate as P
from ._args import (unit_refs, after_word, before_word, covered, is_copula_after, nearest, recent, relation_times,
                    states_group, triggers)
from ._triggers import doc_cache, sentence_triggers
from .context import DocContext, SentenceView, lang_data
from .lexicon import Match

__all__ = ["extract"]

LEX = "rel_forces"
UNIT = (T.FORMATION, T.OPERATION)
LEADER = (T.STATE, T.ORG)
STATE = (T.STATE,)
HOSTED = (T.FORMATION, T.ORG, T.OPERATION)
FOUNDABLE = (T.FORMATION, T.ORG, T.OPERATION, T.PROGRAMME, T.BASE, T.FRAMEWORK)
PLACE_FINE = (T.BASE, T.CITY)
_ARGUMENT_TYPES = frozenset(UNIT + LEADER + HOSTED + FOUNDABLE + PLACE_FINE)
_RELATIVE = (", kas", ", kura", ", kuras", ", kurš", ", kuri", ", which", ", who", ", that")


@lru_cache(maxsize=None)
def _prepositions(lang: str) -> frozenset[str]:
    mod = lang_data(lang, LEX)
    return frozenset(getattr(mod, "PREPOSITIONS", ())) if mod else frozenset()


def extract(ctx: DocContext) -> None:
    for view in ctx.views:
        if not view.mentions and not view.numbers:
            continue  # every rule needs a named argument, or a troop count for a unit named before
        found = sentence_triggers(view, LEX)  # one pass over the tokens; most sentences stop here
        if not found:
            continue
        types = {m.type for m in view.mentions}
        if not types & _ARGUMENT_TYPES and "UNIT_HEADS" not in found:
            continue
        if T.STATE in types or T.ORG in types:
            _leads(ctx, view)
        if T.STATE in types:
            _contributors(ctx, view)
            _military_support(ctx, view)
            _strategic_partners(ctx, view)
        elif not triggers(view, LEX, "TROOPS"):
            pass
        else:
            _contributors(ctx, view)  # a personnel count needs no state
        _located_and_founded(ctx, view)


# ----------------------------------------------------------------------------- leads


def _subject_ok(view: SentenceView, m: Mention, *, lv_case: bool = True) -> bool:
    """Can ``m`` be a subject? Not after a preposition, not only locative/dative in Latvian,
    except as the antecedent of a relative clause."""
    if after_word(view, m, 2) in _RELATIVE:
        return True
    if before_word(view, m) in _prepositions(view.lang):
        return False
    return not (view.lang == "lv" and lv_case and m.cases and "nom" not in m.cases)


def _co_leaders(view: SentenceView, lo: int, hi: int) -> list[Mention]:
    """States after "kopā ar" / "together with" between ``lo`` and ``hi``."""
    out: list[Mention] = []
    for t in triggers(view, LEX, "TOGETHER"):
        if lo <= t.start <= hi:
            nxt = [m for m in view.after(t.end, STATE) if view.between(t.end, m.start).strip() in ("", "the")]
            if nxt:
                out.extend(view.group(nxt[0], STATE))
    return out


def _leads(ctx: DocContext, view: SentenceView) -> None:
    units = _units(ctx, view)
    for kind in ("LEAD_VERB", "LEAD_PASSIVE", "LEAD_GENITIVE", "LEAD_ROLE_SG", "LEAD_ROLE_PL"):
        for t in triggers(view, LEX, kind):
            leaders: list[Mention] = []
            unit: Mention | None = None
            conf = 0.8
            if kind == "LEAD_VERB":
                if before_word(view, t) == "-" or after_word(view, t, 1) == "by":
                    continue  # "Canada-led", "led by": the other patterns' business
                co = _co_leaders(view, view.start, view.end)
                cands = [m for m in view.of_type(*LEADER) if _subject_ok(view, m) and m not in co]
                if view.lang == "en":
                    unit = nearest(units, t, "right") or nearest(units, t, "left")
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
            elif kind == "LEAD_PASSIVE":
                unit = nearest(units, t, "left") or nearest(units, t, "right")
                subj = nearest(view.of_type(*LEADER), t, "right")
                if subj is None or view.between(t.end, subj.start).strip() not in ("", "the"):
                    continue
                leaders = states_group(view, subj)
            elif kind == "LEAD_GENITIVE":
                prev = [m for m in view.before(t.start, LEADER) if view.between(m.end, t.start).strip() in ("", "-")]
                if not prev:
                    continue
                leaders = states_group(view, prev[-1])
                unit = nearest(units, t, "right")
            else:  # a role noun: framework / lead nation
                cands = [m for m in view.of_type(*STATE) if _subject_ok(view, m, lv_case=False)
                         and not (view.lang == "lv" and m.cases and m.cases <= {"loc", "dat"})]
                side = "right" if is_copula_after(view, t) else "left"
                subj = nearest(cands, t, side) or nearest(cands, t, "right")
                if subj is None:
                    continue
                leaders = [subj] if kind == "LEAD_ROLE_SG" else states_group(view, subj)
                unit = _role_unit(view, units, t)
                if unit is None:
                    unit = recent(ctx, view, UNIT)
                    conf = 0.6
            if unit is None:
                continue
            for s in leaders:
                ctx.add(s.entity_id, P.LEADS, unit.entity_id, view, qualifiers=relation_times(view), confidence=conf)


def _role_unit(view: SentenceView, units: list[Mention], t) -> Mention | None:  # type: ignore[no-untyped-def]
    """The formation a role noun is about: "framework nation of/for X", "X vadošā valsts"."""
    right = nearest(units, t, "right")
    if right is not None and view.between(t.end, right.start).strip().lower() in ("of", "for", "of the", "for the", "in", "in the"):
        return right
    return nearest(units, t, "any")


# ----------------------------------------------------------------------------- troops


def _units(ctx: DocContext, view: SentenceView) -> list[Mention]:
    """Formations and operations named in the sentence, by name or by head noun ("brigāde")."""
    cache = doc_cache(ctx)
    key = ("units", view.index)
    got = cache.get(key)
    if got is None:
        got = cache[key] = unit_refs(ctx, view, LEX, UNIT)
    return got  # type: ignore[return-value]


def _unit_for(ctx: DocContext, view: SentenceView, pos: int) -> Mention | None:
    units = _units(ctx, view)
    left = [m for m in units if m.end <= pos]
    if left:
        return left[-1]
    if units:
        return units[0]
    return recent(ctx, view, UNIT)


def _add_contributor(ctx: DocContext, view: SentenceView, state: Mention, unit: Mention, times: dict[str, str],
                     conf: float) -> None:
    """A troop contributor, unless it is the host nation the formation is named after."""
    ent = ctx.ref.get(state.entity_id) if ctx.ref is not None and hasattr(ctx.ref, "get") else None
    uent = ctx.ref.get(unit.entity_id) if ctx.ref is not None and hasattr(ctx.ref, "get") else None
    if ent is not None and uent is not None and ent.labels.get("en", "?") in uent.labels.get("en", ""):
        return
    ctx.add(state.entity_id, P.CONTRIBUTES_TO, unit.entity_id, view, qualifiers=times, confidence=conf)


def _contributors(ctx: DocContext, view: SentenceView) -> None:
    troops = triggers(view, LEX, "TROOPS")
    times = relation_times(view)
    # "1500 karavīru no A, B un C" / "troops from A, B and C"
    for f in triggers(view, LEX, "FROM") if troops else ():
        if not any(0 <= f.start - tr.end <= 2 for tr in troops):
            continue
        nxt = [m for m in view.after(f.end, STATE) if view.between(f.end, m.start).strip() in ("", "the")]
        if not nxt:
            continue
        unit = _unit_for(ctx, view, f.start)
        if unit is None:
            continue
        for s in states_group(view, nxt[0]):
            _add_contributor(ctx, view, s, unit, times, 0.75)
    # "Kanādas, Polijas un Spānijas karavīri dien kaujas grupā" (Latvian genitive before the noun)
    if view.lang == "lv":
        for tr in troops:
            prev = [m for m in view.before(tr.start, STATE) if view.between(m.end, tr.start).strip() == ""
                    and (not m.cases or "gen" in m.cases)]
            unit = _unit_for(ctx, view, tr.start) if prev and _units(ctx, view) else None
            if unit is not None:
                for s in states_group(view, prev[-1]):
                    _add_contributor(ctx, view, s, unit, times, 0.65)
    # "X contributes to / sends troops to Y"
    for t in triggers(view, LEX, "CONTRIBUTE_VERB"):
        unit = nearest(_units(ctx, view), t, "right")
        cands = [m for m in view.of_type(*STATE) if _subject_ok(view, m)]
        subj = nearest(cands, t, "left" if view.lang == "en" else "any")
        if unit is None or subj is None:
            continue
        for s in states_group(view, subj):
            _add_contributor(ctx, view, s, unit, times, 0.7)
    # "the contributing nations are A, B and C"
    for t in triggers(view, LEX, "CONTRIBUTORS"):
        nxt = nearest(view.of_type(*STATE), t, "right")
        unit = _unit_for(ctx, view, t.start)
        if nxt is None or unit is None:
            continue
        for s in states_group(view, nxt):
            _add_contributor(ctx, view, s, unit, times, 0.7)
    # personnel: a number just before the troops noun
    for tr in troops:
        nums = [n for n in view.numbers if 0 <= tr.start - n.end <= 2 and isinstance(n.value, (int, float))
                and n.value >= 10]
        if not nums:
            continue
        unit = _unit_for(ctx, view, tr.start)
        if unit is None:
            continue
        n = nums[-1]
        quals = {"point_in_time": view.times[0].value} if len(view.times) == 1 and view.times[0].kind == "point" else {}
        ctx.add(unit.entity_id, P.PERSONNEL_COUNT, Literal(n.value, "quantity", n.bound), view,
                qualifiers=quals, confidence=0.75)


# ----------------------------------------------------------------------------- support, partners


def _military_support(ctx: DocContext, view: SentenceView) -> None:
    for t in triggers(view, LEX, "MILITARY_SUPPORT"):
        states = view.of_type(*STATE)
        if not states:
            continue
        groups = view.groups(STATE)
        receiving = bool(triggers(view, LEX, "RECEIVE"))
        receiver: Mention | None = None
        givers: list[Mention] = []
        if receiving:
            receiver = nearest([m for m in states if _subject_ok(view, m, lv_case=False)], t, "left")
            src = [m for m in states if before_word(view, m) in ("no", "from")]
            givers = states_group(view, src[0]) if src else []
        else:
            for m in states:
                w = before_word(view, m)
                single = len(view.group(m, STATE)) == 1
                if w in ("to", "for", "in") or (view.lang == "lv" and single and m.cases and m.cases & {"dat", "loc"}
                                                  and "nom" not in m.cases):
                    receiver = m
                    break
            rest = [g for g in groups if receiver is None or receiver not in g]
            givers = max(rest, key=len) if rest else []
        conf = 0.75
        if receiver is None:
            top = ctx.topic()
            if top is None or any(g.entity_id == top for g in givers):
                continue
            rid, conf = top, 0.5
        else:
            rid = receiver.entity_id
        for g in givers:
            ctx.add(g.entity_id, P.MILITARY_SUPPORT_TO, rid, view, qualifiers=relation_times(view), confidence=conf)


def _strategic_partners(ctx: DocContext, view: SentenceView) -> None:
    for t in triggers(view, LEX, "STRATEGIC_PARTNER"):
        states = view.of_type(*STATE)
        owner = next((m for m in reversed(view.before(t.start, STATE))
                      if view.between(m.end, t.start).strip() in ("", "'s", "’s", "'", "’")), None)
        partners: list[Mention] = []
        right = nearest(states, t, "right")
        gap = view.between(t.end, right.start).strip().lower() if right else "x"
        if right is not None and gap in ("", ",", ":", "-", "–", "—", "the", ", the", "such as", "kā", "-", "of", "of the"):
            if gap.startswith("of") and owner is None:
                owner = right
                left = nearest([m for m in states if m is not owner], t, "left")
                partners = states_group(view, left) if left else []
            else:
                partners = states_group(view, right)
        if owner is not None and not partners:
            left = nearest([m for m in view.before(owner.start, STATE)], owner, "left")
            partners = states_group(view, left) if left else []
        if owner is None and partners:
            left = [m for m in view.before(t.start, STATE) if m not in partners]
            owner = left[-1] if left else None
        if owner is None and not partners:  # "X un Y ir stratēģiskie partneri"
            left = nearest(states, t, "left")
            grp = states_group(view, left) if left else []
            if len(grp) == 2:
                owner, partners = grp[0], [grp[1]]
        oid = owner.entity_id if owner else ctx.topic()
        if oid is None:
            continue
        for p in partners:
            ctx.add(oid, P.STRATEGIC_PARTNER_OF, p.entity_id, view, confidence=0.8 if owner else 0.55)


# ----------------------------------------------------------------------------- where and since when


def _place_for(view: SentenceView, t, active_host: bool) -> Mention | None:  # type: ignore[no-untyped-def]
    fine = view.of_type(*PLACE_FINE)
    if view.lang == "en":
        side = "left" if active_host else "right"
        got = nearest(fine, t, side)
        if got is None and not active_host:
            st = nearest(view.of_type(*STATE), t, "right")
            got = st if st is not None and before_word(view, st) in ("in", "by", "at", "to") else None
        return got
    fine = [m for m in fine if not m.cases or m.cases & {"loc", "nom"}]
    got = nearest(fine, t, "any")
    if got is None:
        st = [m for m in view.of_type(*STATE) if m.cases and m.cases <= {"loc"}]
        got = nearest(st, t, "any")
    return got


def _located_and_founded(ctx: DocContext, view: SentenceView) -> None:
    located = triggers(view, LEX, "LOCATED")
    founded = triggers(view, LEX, "FOUNDED")
    if not located and not founded and not triggers(view, LEX, "TRANSFORMED"):
        return
    hosted = [m for m in view.of_type(*HOSTED) + [u for u in _units(ctx, view) if u not in view.mentions]
              if m.entity_id not in ("org:nato", "org:eu")]
    for t in located + [f for f in founded if not any(f.start == x.start for x in located)]:
        word = view.between(t.start, t.end).lower()
        active_host = view.lang == "en" and (word in ("host", "hosts", "hosted") or "used as" in word or "serves as" in word)
        place = _place_for(view, t, active_host)
        if place is None:
            continue
        if t not in located:  # "opened in Riga": the place must be close to the founding verb
            if abs(place.start - t.start) > 40 or (view.lang == "en" and before_word(view, place) not in ("in", "at")):
                continue
        if active_host:
            subj = nearest(hosted, t, "right") or recent(ctx, view, (T.OPERATION, T.FORMATION))
        else:
            pool = [m for m in hosted if m.end <= place.start or m.start >= place.end]
            known = [m for m in pool if _ref_extra(ctx, m.entity_id, "located_in") == place.entity_id]
            subj = nearest(known or pool, t, "any")
        if subj is None or covered(subj, place):
            continue
        quals = relation_times(view, point_is_start=any(f.start == t.start for f in founded))
        ctx.add(subj.entity_id, P.LOCATED_IN, place.entity_id, view, qualifiers=quals, confidence=0.75)
    for t in triggers(view, LEX, "TRANSFORMED"):  # "X was expanded into Y in 2024": Y begins then
        into = nearest(hosted, t, "right")
        date = _founding_date(ctx, view, t)
        if into is not None and date is not None:
            ctx.add(into.entity_id, P.INCEPTION, Literal(date, "date"), view, confidence=0.65)
    for t in founded:
        date = _founding_date(ctx, view, t)
        if date is None:
            continue
        cands = [m for m in view.of_type(*FOUNDABLE) + [u for u in _units(ctx, view) if u not in view.mentions]
                 if not (m.type is T.BASE and (m.cases & {"loc"} or before_word(view, m) in ("in", "at")))]
        right = nearest(cands, t, "right")
        gap = view.between(t.end, right.start).strip().lower() if right else "x"
        if right is not None and gap in ("", "the", "a", "an", "its", "jaunu", "the new", "a new"):
            subj = right
        elif view.lang == "en" and t.first == 0:  # "Deployed in 2017, the battlegroup ..."
            comma = view.text.find(",", t.end - view.start)
            subj = nearest(cands, Match(0, 0, view.start + comma, view.start + comma + 1, ""), "right") \
                if comma >= 0 else None
        elif view.lang == "en":
            subj = nearest(cands, t, "left")
            if subj is not None and t.start - subj.end > 80:
                subj = None
        else:
            subj = nearest(cands, t, "any")
        if subj is None or subj.entity_id in ("org:nato", "org:eu"):
            continue
        ctx.add(subj.entity_id, P.INCEPTION, Literal(date, "date"), view, confidence=0.7)


def _ref_extra(ctx: DocContext, entity_id: str, key: str) -> object:
    ent = ctx.ref.get(entity_id) if ctx.ref is not None and hasattr(ctx.ref, "get") else None
    return ent.extra.get(key) if ent is not None else None


def _founding_date(ctx: DocContext, view: SentenceView, t) -> str | None:  # type: ignore[no-untyped-def]
    if triggers(view, LEX, "SAME_YEAR"):
        if view.times:
            return view.times[0].value[:4]
        prev = ctx.views[view.index - 1] if view.index else None
        return prev.times[-1].value[:4] if prev is not None and prev.times else None
    times = [x for x in view.times if not x.value.startswith("--")]
    if not times:
        return None
    return min(times, key=lambda x: abs(x.start - t.start)).value

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

import re
from functools import lru_cache

from ..model import Literal, Mention
from ..vocab import EntityType as T
from ..vocab import Predicate as P
from ._args import (
    Quals,
    after_word,
    before_word,
    by_head_and_place,
    head_word,
    is_copula_after,
    nearest,
    relation_times,
    states_group,
    triggers,
    unit_refs,
)
from ._forces_where import bases_in_states, located_and_founded
from ._triggers import sentence_triggers
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
_WITHOUT_NAMES = frozenset({"UNIT_HEADS", "TROOPS", "FOUNDED"})  # rules that can run on a sentence without names
_WORD_SPLIT = re.compile(r"[\s,;–—-]+")
_RELATIVE = (", kas", ", kura", ", kuras", ", kurš", ", kuri", ", which", ", who", ", that")


@lru_cache(maxsize=None)
def _prepositions(lang: str) -> frozenset[str]:
    mod = lang_data(lang, LEX)
    return frozenset(getattr(mod, "PREPOSITIONS", ())) if mod else frozenset()


def extract(ctx: DocContext) -> None:
    for view in ctx.views:
        if view.sent.is_list_item and view.mentions:
            _contributor_item(ctx, view)
        if not view.mentions and not view.numbers and not view.times:
            continue  # every rule needs a named argument, or a count or date for a unit named before
        found = sentence_triggers(view, LEX)  # one pass over the tokens; most sentences stop here
        types = {m.type for m in view.mentions}
        if T.BASE in types and T.STATE in types:
            bases_in_states(ctx, view)
        if not found:
            continue
        if not types & _ARGUMENT_TYPES and not found.keys() & _WITHOUT_NAMES:
            continue
        if T.STATE in types or T.ORG in types:
            _leads(ctx, view)
        if T.STATE in types or "TROOPS" in found:
            _contributors(ctx, view)  # a personnel count needs no state
        if T.STATE in types:
            _military_support(ctx, view)
            _strategic_partners(ctx, view)
        located_and_founded(ctx, view)


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
    found = sentence_triggers(view, LEX)
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
                if unit is not None:
                    for other in _unit_group(view, units, unit):
                        if other is not unit:
                            for s in leaders:
                                ctx.add(s.entity_id, P.LEADS, other.entity_id, view, qualifiers=relation_times(view),
                                        confidence=0.7)
                    _gapped_leads(ctx, view, t, unit)
            elif kind == "LEAD_PASSIVE":
                unit = nearest(units, t, "left") or nearest(units, t, "right")
                subj = nearest(view.of_type(*LEADER), t, "right")
                if subj is None or view.between(t.end, subj.start).strip() not in ("", "the"):
                    continue
                leaders = states_group(view, subj)
            elif kind in ("LEAD_GENITIVE", "LEAD_UNDER"):
                # "Kanādas vadībā", "Canada-led", "under Canadian leadership", "under Canada's command"
                gaps = ("", "-") if kind == "LEAD_GENITIVE" else ("", "'s", "’s")
                prev = [m for m in view.before(t.start, LEADER) if view.between(m.end, t.start).strip() in gaps]
                if not prev or (kind == "LEAD_UNDER" and before_word(view, prev[-1]) != "under"):
                    continue
                leaders = states_group(view, prev[-1])
                right = nearest(units, t, "right")
                close = right is not None and right.start - t.end <= 30
                unit = right if close else (nearest(units, prev[-1], "left") or right)
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
                    unit = _recent_unit(ctx, view)
                    conf = 0.6
            if unit is None:
                continue
            for s in leaders:
                ctx.add(s.entity_id, P.LEADS, unit.entity_id, view, qualifiers=relation_times(view), confidence=conf)


def _unit_group(view: SentenceView, units: list[Mention], unit: Mention) -> list[Mention]:
    """``unit`` and the formations joined to it by commas and joining words only ("Brigādi, tāpat kā
    līdz šim kaujas grupu, vada ...", "leads the brigade, as it did the battlegroup")."""
    join = _join_words(view.lang)
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


@lru_cache(maxsize=None)
def _join_words(lang: str) -> frozenset[str]:
    mod = lang_data(lang, LEX)
    return frozenset(getattr(mod, "UNIT_JOIN", ())) if mod else frozenset()


def _role_unit(view: SentenceView, units: list[Mention], t) -> Mention | None:  # type: ignore[no-untyped-def]
    """The formation a role noun is about: "framework nation of/for X", "X vadošā valsts"."""
    right = nearest(units, t, "right")
    if right is not None and view.between(t.end, right.start).strip().lower() in ("of", "for", "of the", "for the", "in", "in the"):
        return right
    return nearest(units, t, "any")


# ----------------------------------------------------------------------------- troops


def _units(ctx: DocContext, view: SentenceView) -> list[Mention]:
    """Formations and operations named in the sentence, by name or by head noun ("brigāde")."""
    return unit_refs(ctx, view, LEX, UNIT)


def _unit_for(ctx: DocContext, view: SentenceView, pos: int) -> Mention | None:
    units = _units(ctx, view)
    left = [m for m in units if m.end <= pos]
    if left:
        return left[-1]
    if units:
        return units[0]
    return _recent_unit(ctx, view)


def _recent_unit(ctx: DocContext, view: SentenceView, back: int = 3) -> Mention | None:
    """The formation or operation named last in the ``back`` sentences before, by name or by head
    noun ("the Canada-led battlegroup ... At its launch it numbered"), else in the heading."""
    for v in reversed(ctx.views[max(0, view.index - back):view.index]):
        got = _units(ctx, v)
        if got:
            return got[-1]
    got = _units(ctx, view.heading) if view.heading is not None else []
    return got[-1] if got else None


def _add_contributor(ctx: DocContext, view: SentenceView, state: Mention, unit: Mention, times: Quals,
                     conf: float, assets: bool = False) -> None:
    """A troop contributor, unless it is the host nation the formation is named after. Troops a state
    sends to an *operation* make it a participant (the membership family's ``participant_in``); only
    equipment ("fighter jets") or an explicit contribution makes it a contributor to an operation."""
    if unit.type is T.OPERATION and not assets:
        return
    ent = ctx.ref.get(state.entity_id) if ctx.ref is not None and hasattr(ctx.ref, "get") else None
    uent = ctx.ref.get(unit.entity_id) if ctx.ref is not None and hasattr(ctx.ref, "get") else None
    if ent is not None and uent is not None and ent.labels.get("en", "?") in uent.labels.get("en", ""):
        return
    ctx.add(state.entity_id, P.CONTRIBUTES_TO, unit.entity_id, view, qualifiers=times, confidence=conf)


def _contributors(ctx: DocContext, view: SentenceView) -> None:
    found = sentence_triggers(view, LEX)
    troops = triggers(view, LEX, "TROOPS")
    assets = triggers(view, LEX, "ASSETS")
    sent = troops + assets  # what a contributor sends
    times = relation_times(view)
    # "1500 karavīru no A, B un C" / "troops from A, B and C"
    for f in triggers(view, LEX, "FROM") if sent else ():
        what = [tr for tr in sent if 0 <= f.start - tr.end <= 2]
        if not what:
            continue
        nxt = [m for m in view.after(f.end, STATE) if view.between(f.end, m.start).strip() in ("", "the")]
        if not nxt:
            continue
        unit = _unit_for(ctx, view, f.start)
        if unit is None:
            continue
        for s in states_group(view, nxt[0]):
            _add_contributor(ctx, view, s, unit, times, 0.75, what[0] in assets)
    # "Kanādas, Polijas un Spānijas karavīri", "kanādiešu karavīri", "Canadian troops", "Belgian F-16s"
    for tr in sent:
        prev = [m for m in view.before(tr.start, STATE) if view.between(m.end, tr.start).strip() == ""
                and (view.lang != "lv" or not m.cases or "gen" in m.cases)]
        unit = _unit_for(ctx, view, tr.start) if _units(ctx, view) else None
        if unit is None:
            continue
        if prev:
            for s in states_group(view, prev[-1]):
                _add_contributor(ctx, view, s, unit, times, 0.65, tr in assets)
        else:
            for state in _demonym_before(view, tr):
                _add_contributor(ctx, view, Mention(state, T.STATE, tr.start, tr.end, ""), unit, times, 0.6,
                                 tr in assets)
    # "X contributes to / sends troops to Y"
    for t in triggers(view, LEX, "CONTRIBUTE_VERB"):
        unit = nearest(_units(ctx, view), t, "right")
        cands = [m for m in view.of_type(*STATE) if _subject_ok(view, m)]
        subj = nearest(cands, t, "left" if view.lang == "en" else "any")
        if unit is None or subj is None:
            continue
        explicit = bool(assets) or view.between(t.start, t.end).lower().startswith(("contribut", "dod ieg", "sniedz ieg"))
        for s in states_group(view, subj):
            _add_contributor(ctx, view, s, unit, times, 0.7, explicit)
    # "Iznīcinātājus misijai nodrošinājušas Polija, Vācija ...": providing troops or assets
    for t in triggers(view, LEX, "PROVIDE_VERB") if sent and "CONTRIBUTE_VERB" not in found else ():
        unit = nearest(_units(ctx, view), t, "any")
        cands = [m for m in view.of_type(*STATE) if _subject_ok(view, m)]
        subj = nearest(cands, t, "left" if view.lang == "en" else "any")
        if unit is None or subj is None:
            continue
        for s in states_group(view, subj):
            _add_contributor(ctx, view, s, unit, times, 0.65, bool(assets))
    # "the contributing nations are A, B and C"
    for t in triggers(view, LEX, "CONTRIBUTORS"):
        first = nearest(view.of_type(*STATE), t, "right")
        unit = _unit_for(ctx, view, t.start)
        if first is None or unit is None:
            continue
        for s in states_group(view, first):
            _add_contributor(ctx, view, s, unit, times, 0.7, True)
    _personnel(ctx, view, troops)


def _demonym_before(view: SentenceView, tr: Match) -> list[str]:
    """Nationality words right before the troops noun that the gazetteer does not link: "kanādiešu
    karavīri", "dāņu un zviedru karavīri"."""
    mod = lang_data(view.lang, "nationality")
    table = getattr(mod, "ADJECTIVES", None) if mod else None
    if not isinstance(table, dict):
        return []
    out: list[str] = []
    k = tr.first - 1
    while k >= 0:
        word = view.tokens[k].text.casefold()
        code = table.get(word)
        if code:
            out.append(f"state:{code}")
        elif not (out and word in _join_words(view.lang) | {","}):
            break
        k -= 1
    return out[::-1]


def _contributor_item(ctx: DocContext, view: SentenceView) -> None:
    """A list item naming states under a lead-in about contributors ("Troops from the following
    Allies serve in the brigade:", "Brigādē dien karavīri no šādām valstīm:")."""
    states = view.of_type(*STATE)
    if not states or any(m.type not in (T.STATE,) for m in view.mentions):
        return
    head = view.heading or next((v for v in reversed(ctx.views[:view.index]) if not v.sent.is_list_item), None)
    if head is None:
        return
    found = sentence_triggers(head, LEX)
    lead = triggers(head, LEX, "CONTRIBUTORS") + triggers(head, LEX, "CONTRIBUTE_VERB")
    explicit = bool(lead) or "ASSETS" in found
    if not lead and "FROM" in found and ("TROOPS" in found or "ASSETS" in found):
        sent = triggers(head, LEX, "TROOPS") + triggers(head, LEX, "ASSETS")
        lead = [f for f in triggers(head, LEX, "FROM") if any(0 <= f.start - tr.end <= 2 for tr in sent)]
    if not lead:
        return
    unit = _unit_for(ctx, head, lead[0].start)
    if unit is None:
        return
    times = relation_times(view) or relation_times(head)
    for s in states:
        _add_contributor(ctx, view, s, unit, times, 0.7, explicit)


def _personnel(ctx: DocContext, view: SentenceView, troops: list[Match]) -> None:
    """A number just before the troops noun is the unit's strength ("ap 1100 karavīru"); a second
    figure after "passed"/"pārsniedza" in the same sentence is a later strength above it."""
    for tr in troops:
        nums = [n for n in view.numbers if 0 <= tr.start - n.end <= 2 and isinstance(n.value, (int, float))
                and n.value >= 10]
        if not nums:
            continue
        unit = _unit_for(ctx, view, tr.start)
        if unit is None:
            continue
        n = nums[-1]
        ctx.add(unit.entity_id, P.PERSONNEL_COUNT, Literal(n.value, "quantity", n.bound), view,
                qualifiers=_count_time(ctx, view, n.start), confidence=0.75)
        for a in triggers(view, LEX, "COUNT_ABOVE"):
            later = [x for x in view.numbers if a.end <= x.start <= a.end + 3 and x is not n
                     and isinstance(x.value, (int, float)) and x.value >= 10]
            if later and a.start > n.end:
                ctx.add(unit.entity_id, P.PERSONNEL_COUNT, Literal(later[0].value, "quantity", ">"), view,
                        qualifiers=_count_time(ctx, view, later[0].start), confidence=0.6)


def _count_time(ctx: DocContext, view: SentenceView, pos: int) -> Quals:
    """When a count holds: a date in its clause, "tolaik"/"at its launch" (the sentence before),
    "šobrīd"/"currently" (the document's date), or the sentence's only date."""
    clause_lo = max([view.start] + [view.start + k + 1 for k, ch in enumerate(view.text) if ch == ";"
                                    and view.start + k < pos])
    clause_hi = min([view.end] + [view.start + k for k, ch in enumerate(view.text) if ch == ";"
                                  and view.start + k > pos])
    points = [x for x in view.times if clause_lo <= x.start < clause_hi and not x.value.startswith("--")
              and x.kind in ("point", "until")]
    if points:
        return {"point_in_time": points[0].value}
    then = [t for t in triggers(view, LEX, "THEN") if clause_lo <= t.start < clause_hi]
    if then and view.index > 0:
        prev = ctx.views[view.index - 1]
        if prev.times:
            return {"point_in_time": prev.times[-1].value}
    if any(clause_lo <= t.start < clause_hi for t in triggers(view, LEX, "NOW")) and ctx.doc_date:
        return {"point_in_time": ctx.doc_date[:4]}
    return {}


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


_AS = ("as", "as a", "as an", "as its", "as their", "par")
_PARTNER_GAP = ("", ",", ":", "-", "–", "—", "the", ", the", "such as", "kā", "of", "of the", "ir", "are", "is",
                "include", "includes", "ir arī", "are also", "is also", "remain", "remains", "ir tādas valstis kā")


def _owner_gap(view: SentenceView, m: Mention, t: Match) -> bool:
    """"Latvia's strategic partner", "Latvia's most important strategic partner", "Latvijas
    svarīgākais stratēģiskais partneris": a possessive or genitive owner, up to three words before."""
    gap = view.between(m.end, t.start).strip()
    if gap in ("", "'s", "’s", "'", "’"):
        return True
    if view.lang == "en":
        if not gap.startswith(("'s ", "’s ")):
            return False
        gap = gap[3:]
    elif m.cases and "gen" not in m.cases:
        return False
    words = gap.split()
    return len(words) <= 3 and all(w.isalpha() and w.islower() for w in words)


def _strategic_partners(ctx: DocContext, view: SentenceView) -> None:
    for t in triggers(view, LEX, "STRATEGIC_PARTNER"):
        states = view.of_type(*STATE)
        owner = next((m for m in reversed(view.before(t.start, STATE)) if _owner_gap(view, m, t)), None)
        partners: list[Mention] = []
        right = nearest(states, t, "right")
        gap = view.between(t.end, right.start).strip().lower() if right else "x"
        left = nearest(states, t, "left")
        if owner is None and left is not None and view.between(left.end, t.start).strip().lower() in _AS:
            # "Latvia regards Canada as a strategic ally", "Latvija uzskata Kanādu par stratēģisko partneri"
            earlier = [m for m in view.before(left.start, STATE) if m.entity_id != left.entity_id]
            if earlier:
                ctx.add(earlier[-1].entity_id, P.STRATEGIC_PARTNER_OF, left.entity_id, view, confidence=0.7)
                continue
        if right is not None and gap in _PARTNER_GAP:
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
            others = [m for m in view.before(t.start, STATE) if m not in partners]
            owner = others[-1] if others else None
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

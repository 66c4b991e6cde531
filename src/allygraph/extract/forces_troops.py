"""Troops: ``contributes_to`` (a state -> the formation or operation it sends troops or assets to)
and ``personnel_count`` (a formation -> how many troops it has, and when).

"1500 karavīru no A, B un C" / "troops from A, B and C"; "Kanādas karavīri", "kanādiešu
karavīri", "Canadian troops"; "X contributes/sends troops to Y"; "the contributing nations are
..."; a list under a lead-in about contributors. A state's troops in an *operation* make it a
participant (the membership family's business); equipment or an explicit contribution make it a
contributor.
"""

from __future__ import annotations

from ..model import Literal, Mention
from ..vocab import EntityType as T
from ..vocab import Predicate as P
from ._args import Quals, nearest, relation_times, states_group, triggers
from ._triggers import sentence_triggers
from .context import DocContext, SentenceView, lang_data
from .forces_args import LEX, STATE, join_words, recent_unit, subject_ok, unit_for, unit_mentions
from .lexicon import Match

__all__ = ["contributors", "contributor_item"]


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


def contributors(ctx: DocContext, view: SentenceView) -> None:
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
        unit = unit_for(ctx, view, f.start)
        if unit is None:
            continue
        for s in states_group(view, nxt[0]):
            _add_contributor(ctx, view, s, unit, times, 0.75, what[0] in assets)
    # "Kanādas, Polijas un Spānijas karavīri", "kanādiešu karavīri", "Canadian troops", "Belgian F-16s"
    for tr in sent:
        prev = [m for m in view.before(tr.start, STATE) if view.between(m.end, tr.start).strip() == ""
                and (view.lang != "lv" or not m.cases or "gen" in m.cases)]
        unit = unit_for(ctx, view, tr.start) if unit_mentions(ctx, view) else None
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
        unit = nearest(unit_mentions(ctx, view), t, "right" if view.lang == "en" else "any")
        cands = [m for m in view.of_type(*STATE) if subject_ok(view, m)]
        subj = nearest(cands, t, "left" if view.lang == "en" else "any")
        if unit is None or subj is None:
            continue
        explicit = bool(assets) or view.between(t.start, t.end).lower().startswith(("contribut", "dod ieg", "sniedz ieg"))
        for s in states_group(view, subj):
            _add_contributor(ctx, view, s, unit, times, 0.7, explicit)
    # "Iznīcinātājus misijai nodrošinājušas Polija, Vācija ...": providing troops or assets; an offer
    # or a commitment of them is an explicit contribution ("have committed forces, among them jets")
    offers = triggers(view, LEX, "OFFER_VERB")
    for t in triggers(view, LEX, "PROVIDE_VERB") + offers if sent and "CONTRIBUTE_VERB" not in found else ():
        unit, conf = nearest(unit_mentions(ctx, view), t, "any"), 0.65
        if unit is None:  # "Eastern Sentry will ... Denmark and France have committed forces"
            unit, conf = recent_unit(ctx, view), 0.55
        givers = _givers(view, t)
        if unit is None or not givers:
            continue
        for s in givers:
            _add_contributor(ctx, view, s, unit, times, conf, bool(assets) or t in offers)
    # "BALTRON is manned by Latvia and Lithuania"
    for t in triggers(view, LEX, "CONTRIBUTE_PASSIVE"):
        unit = nearest(unit_mentions(ctx, view), t, "left") or recent_unit(ctx, view)
        first = nearest(view.of_type(*STATE), t, "right")
        if unit is None or first is None or view.between(t.end, first.start).strip().lower() not in ("", "the"):
            continue
        for s in states_group(view, first):
            _add_contributor(ctx, view, s, unit, times, 0.7, True)
    # "the contributing nations are A, B and C"
    for t in triggers(view, LEX, "CONTRIBUTORS"):
        first = nearest(view.of_type(*STATE), t, "right")
        unit = unit_for(ctx, view, t.start)
        if first is None or unit is None:
            continue
        for s in states_group(view, first):
            _add_contributor(ctx, view, s, unit, times, 0.7, True)
    _personnel(ctx, view, troops)


def _givers(view: SentenceView, t: Match) -> list[Mention]:
    """Who provides: the subject state (before the verb in English, either side in Latvian), else the
    states listed after "among them" / "tostarp" ("24 states offered instructors, among them A and B")."""
    cands = [m for m in view.of_type(*STATE) if subject_ok(view, m)]
    subj = nearest(cands, t, "left" if view.lang == "en" else "any")
    if subj is not None:
        return states_group(view, subj)
    for a in triggers(view, LEX, "SUCH_AS"):
        if a.start > t.end:
            nxt = [m for m in view.after(a.end, STATE) if view.between(a.end, m.start).strip() in ("", "the")]
            if nxt:
                return states_group(view, nxt[0])
    return []


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
        elif not (out and word in join_words(view.lang) | {","}):
            break
        k -= 1
    return out[::-1]


def contributor_item(ctx: DocContext, view: SentenceView) -> None:
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
    unit = unit_for(ctx, head, lead[0].start)
    if unit is None:
        return
    times = relation_times(view) or relation_times(head)
    for s in states:
        _add_contributor(ctx, view, s, unit, times, 0.7, explicit)


def _personnel(ctx: DocContext, view: SentenceView, troops: list[Match]) -> None:
    """A number just before the troops noun is the unit's strength ("ap 1100 karavīru"); a second
    figure after "passed"/"pārsniedza" in the same sentence is a later strength above it."""
    found = sentence_triggers(view, LEX)
    for tr in troops:
        nums = [n for n in view.numbers if 0 <= tr.start - n.end <= 2 and isinstance(n.value, (int, float))
                and n.value >= 10]
        if not nums:
            continue
        if _national_share(view):
            continue  # "Latvijas kontingentā ir 142 karavīri": one state's share, not the unit's strength
        unit = unit_for(ctx, view, tr.start)
        if unit is None or (_about_exercise(view) and (not unit_mentions(ctx, view) or "TOOK_PART" in found)):
            continue  # "the brigade's exercise, in which 3500 troops took part": no unit's strength
        n = nums[-1]
        ctx.add(unit.entity_id, P.PERSONNEL_COUNT, Literal(n.value, "quantity", n.bound), view,
                qualifiers=_count_time(ctx, view, n.start), confidence=0.75)
        for a in triggers(view, LEX, "COUNT_ABOVE"):
            later = [x for x in view.numbers if a.end <= x.start <= a.end + 3 and x is not n
                     and isinstance(x.value, (int, float)) and x.value >= 10]
            if later and a.start > n.end:
                ctx.add(unit.entity_id, P.PERSONNEL_COUNT, Literal(later[0].value, "quantity", ">"), view,
                        qualifiers=_count_time(ctx, view, later[0].start), confidence=0.6)


def _national_share(view: SentenceView) -> bool:
    """A state's own contingent counted: "Latvijas kontingentā", "the Latvian contingent", "Poland's contingent"."""
    for c in triggers(view, LEX, "CONTINGENT"):
        if any(view.between(m.end, c.start).strip().lower() in ("", "'s", "’s", "the")
               for m in view.before(c.start, STATE)):
            return True
    return False


def _about_exercise(view: SentenceView) -> bool:
    """Is the sentence about an exercise or another event (its participants are no unit's strength)?
    The exercise word counts even where it is linked as the area of cooperation "exercises"."""
    return "EXERCISE" in sentence_triggers(view, LEX) or any(m.type is T.EVENT for m in view.mentions)


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


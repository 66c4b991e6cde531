"""Membership clauses beyond the plain "X joined Y", for :mod:`.membership`.

* "the accession of Finland and Sweden to NATO": the states after a joining noun (join_of);
* a day or a date per object: "and entered the EU on 1 May of the same year" (day_of), "the OECD
  in 2016 and the euro area in 2014" (own_dates);
* a colon list of states with their own dates: "signed up to the PfP: Lithuania on 27 January,
  Estonia on 3 February and Latvia on 14 February 1994" (distributed);
* a gapped second clause: "Somija iestājās 2023. gadā, Zviedrija – 2024. gadā" (gapped);
* leaving an organisation: "izstājās no", "the United Kingdom's departure from the EU" (leave).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Mention, TimeExpr
from ..vocab import EntityType, Predicate
from ._slots import first_group_after, hits, mentions, quals_for, subject_before, triggers
from .context import DocContext, SentenceView, lang_data
from .lexicon import Match
from .membership_args import JOINABLE, MOD, full_times, predicate_for

__all__ = ["join_of", "day_of", "own_dates", "distributed", "gapped", "leave"]

T = EntityType
P = Predicate


def join_of(ctx: DocContext, view: SentenceView) -> None:
    """"the accession of Finland and Sweden to NATO in 2023/2024", "the admission of Croatia into
    the EU": the states after "of" join the organisation after "to"."""
    for h in hits(view, MOD, "JOIN_OF"):
        states = first_group_after(view, h.end, (T.STATE,), max_gap_tokens=1)
        if not states:
            continue
        orgs = first_group_after(view, states[-1].end, JOINABLE, max_gap_tokens=2)
        if not orgs or view.between(states[-1].end, orgs[0].start).split()[0].casefold() not in ("to", "into", "in"):
            continue
        quals = quals_for(view, h)
        for m in states:
            for o in orgs:
                ctx.add(m.entity_id, predicate_for(o), o.entity_id, view, qualifiers=quals, confidence=0.75)


def day_of(view: SentenceView, t: Match, objs: list[Mention], stops: list[Match]) -> dict[str, str]:
    """"... and entered the EU on 1 May of the same year": a day without a year right after the
    trigger's objects (before any other date or trigger) dated by the sentence's earlier year."""
    end = max(o.end for o in objs)
    nxt = min([s.start for s in stops if s.start > t.end] + [view.end])
    x = next(((x, v) for x, v in full_times(view) if x.start >= max(end, t.end)), None)
    if x is None or not x[0].value.startswith("--") or x[0].start >= nxt or len(view.between(end, x[0].start).split()) > 3:
        return {}
    return {"start": x[1]}


def own_dates(view: SentenceView, objs: list[Mention], t: Match, stops: list[Match]) -> dict[int, str]:
    """Each object's own date when every object of a list has one right after it."""
    if len(objs) < 2:
        return {}
    out: dict[int, str] = {}
    for k, o in enumerate(objs):
        limit = objs[k + 1].start if k + 1 < len(objs) else min([s.start for s in stops if s.start > o.end] + [view.end])
        x = next((x for x in view.times if o.end <= x.start < limit and not x.value.startswith("--")), None)
        if x is None:
            return {}
        out[o.start] = x.value
    return out


def distributed(ctx: DocContext, view: SentenceView, t: Match, objs: list[Mention]) -> bool:
    """"signed up to the PfP: Lithuania on 27 January, Estonia on 3 February and Latvia on 14
    February 1994": after a colon, each state with its own date (the year from the list's end)."""
    colon = view.ctx.text.find(":", objs[-1].end, view.end)
    if colon < 0 or len(view.between(objs[-1].end, colon).split()) > 12 \
            or any(objs[-1].end <= m.start < colon for m in view.mentions):
        return False
    pairs: list[tuple[Mention, TimeExpr]] = []
    for m in mentions(view):
        if m.start > colon and m.type is T.STATE:
            x = next((x for x in view.times if x.start >= m.end), None)
            if x is None or len(view.between(m.end, x.start).split()) > 2:
                return False
            pairs.append((m, x))
    years = [x.value[:4] for _, x in pairs if not x.value.startswith("--")] \
        or [x.value[:4] for x in view.times if x.end <= colon and not x.value.startswith("--")][-1:]  # "in early 1994: ..."
    if len(pairs) < 2 or not years:
        return False
    for m, x in pairs:
        date = years[-1] + x.value[1:] if x.value.startswith("--") else x.value
        for o in objs:
            ctx.add(m.entity_id, predicate_for(o), o.entity_id, view, qualifiers={"start": date}, confidence=0.75)
    return True


@lru_cache(maxsize=None)
def _gap_rx(lang: str) -> re.Pattern[str]:
    """The text between a second subject and its date in a gapped clause: "Zviedrija – 2024.
    gada martā", "and Sweden followed on 7 March 2024", "Sweden did so in 2024"."""
    mod = lang_data(lang, MOD)
    verbs = "|".join(re.escape(v) for v in sorted(getattr(mod, "GAP_VERBS", ()), key=len, reverse=True))
    preps = "|".join(re.escape(v) for v in getattr(mod, "GAP_PREPS", ()))
    return re.compile(rf"^\s*(?:[–—-]|,)?\s*(?:(?:{verbs})\s*)?(?:(?:{preps})\s+)?(?:the\s+)?$" if verbs else r"^\s*[–—-]\s*$",
                      re.IGNORECASE)


def gapped(ctx: DocContext, view: SentenceView, t: Match, subj_m: Mention, objs: list[Mention],
            stops: list[Match]) -> None:
    """"Somija iestājās 2023. gada aprīlī, Zviedrija – 2024. gada martā": the same relation for
    a second subject with its own date, the verb left out or replaced by "followed"."""
    nxt = min((s.start for s in stops if s.start > t.end), default=view.end)
    rx = _gap_rx(view.lang)
    text = view.ctx.text
    for m in mentions(view):
        if m.start < t.end or m.start >= nxt or m.type is not subj_m.type or m.entity_id == subj_m.entity_id:
            continue
        before = text[max(view.start, m.start - 8):m.start].casefold().rstrip()
        if not (before.endswith(",") or before.endswith(" and") or before.endswith(" un") or before.endswith(" bet")):
            continue
        x = next((x for x in view.times if x.start >= m.end), None)
        if x is None or not rx.match(text[m.end:x.start]) or x.value.startswith("--"):
            continue
        for o in objs:
            ctx.add(m.entity_id, predicate_for(o), o.entity_id, view, qualifiers={"start": x.value}, confidence=0.7)


def leave(ctx: DocContext, view: SentenceView, stops: list[Match]) -> None:
    """"the United Kingdom's departure from the EU on 31 January 2020", "izstājās no": a
    membership that ended then."""
    for t in triggers(view, MOD, "LEAVE"):
        objs = [m for m in first_group_after(view, t.end, (T.ORG,), max_gap_tokens=2)]
        subj = subject_before(view, t.start, (T.STATE,))
        if not objs or subj is None:
            continue
        q = quals_for(view, t, point="end", stops=stops)
        quals = {"end": q.get("end") or q.get("start", "")}
        for o in objs:
            ctx.add(subj.entity_id, P.MEMBER_OF, o.entity_id, view, qualifiers=quals, confidence=0.7)

"""The membership family: member_of, participant_in, invited_to_join, chair_of.

This module runs the family over a document's sentences and holds the rules for becoming and
ceasing to be a member; taking part, invitations and chairs are in :mod:`.membership_roles`,
shared argument helpers in :mod:`.membership_args`. Trigger words are data in
``lang/<code>/rel_membership.py`` and the slots are filled by :mod:`allygraph.extract._slots`.

* JOIN ("joined", "acceded to", "became a member state of", "iestājās", "kļuva par
  dalībvalsti"): the state or organisation before the trigger joins the organisation (member_of)
  or the programme / process (participant_in) after it, or named inside it ("a NATO member
  state"), or named earlier in the sentence ("... thus becoming a member of the forum").
  The start is the sentence's date; a founding session takes the organisation's founding date.
  A gapped second clause ("Somija iestājās 2023. gadā, Zviedrija – 2024. gadā") repeats it.
* REL_MEMBER ("the Council, of which Latvia is a member"): the state in the relative clause.
* LEAVE ("left", "izstājās no"): a membership that ended at the sentence's date.

A subject the sentence does not name is the document's topic state ("Latvia and NATO").
Undated repeats of a relation the document also dates are dropped.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Mention
from ..vocab import EntityType, Predicate
from ._slots import (
    first_group_after,
    hits,
    mentions,
    objects_after,
    quals_for,
    relative_spans,
    screen,
    subject_before,
    subject_group,
    triggers,
)
from .context import DocContext, SentenceView, lang_data
from .created import ref_entities
from .lexicon import Match
from .membership_args import JOINABLE, MOD, SUBJECTS, invitations, predicate_for
from .membership_roles import chair, chair_positions, invite, participate

__all__ = ["extract"]

T = EntityType
P = Predicate
_ANCHORS = ("JOIN", "PARTICIPATE", "PARTICIPATE_PROGRAMME", "PARTICIPATE_POSTPOS", "INVITE", "CHAIR", "LEAVE", "REL_MEMBER")


def extract(ctx: DocContext) -> None:
    for view in ctx.views:
        if not view.mentions or view.sent.is_heading:
            continue
        if not screen(view, MOD, *_ANCHORS):
            continue
        types = {m.type for m in view.mentions}
        if T.POSITION in types and T.PERSON in types:
            chair_positions(ctx, view)
        if not types & {T.STATE, T.ORG, T.PROGRAMME, T.OPERATION}:
            continue
        stops = [t for name in ("JOIN", "PARTICIPATE", "PARTICIPATE_PROGRAMME", "INVITE", "CHAIR", "LEAVE")
                 for t in triggers(view, MOD, name)]
        if not stops and not hits(view, MOD, "PARTICIPATE_POSTPOS") and not hits(view, MOD, "REL_MEMBER"):
            continue
        _join(ctx, view, stops)
        _relative_member(ctx, view)
        _leave(ctx, view, stops)
        participate(ctx, view, stops)
        if T.STATE in types:
            invite(ctx, view, stops)
        if T.ORG in types:
            chair(ctx, view)
    _drop_undated_repeats(ctx)


def _drop_undated_repeats(ctx: DocContext) -> None:
    """An undated "Latvia is a member of NATO" adds nothing next to the dated statement of the
    same relation in the same document: keep only the dated one."""
    preds = (P.MEMBER_OF, P.PARTICIPANT_IN)
    dated = {(c.subject, c.predicate, c.object) for c in ctx.claims
             if c.predicate in preds and any(k in c.qualifiers for k in ("start", "end"))}
    ctx.claims[:] = [c for c in ctx.claims if not (c.predicate in preds and (c.subject, c.predicate, c.object) in dated
                                                   and not any(k in c.qualifiers for k in ("start", "end")))]


def _join(ctx: DocContext, view: SentenceView, stops: list[Match]) -> None:
    invites = [(t, j) for t, j in invitations(view)]
    for t in triggers(view, MOD, "JOIN"):
        if any(i.start < t.end and t.start < j.end for i, j in invites):
            continue
        ms = mentions(view)
        inside = [m for m in ms if t.start <= m.start and m.end <= t.end and m.type in JOINABLE]
        others = [s for s in stops if s is not t and s.start > t.start]
        objs = inside or objects_after(view, t.end, JOINABLE, stop_at=others)[:3]
        if not objs and view.lang != "en":  # "Somija aliansē iestājās": the object before the verb
            first_state = subject_before(view, t.start, (T.STATE,))
            objs = [m for m in ms if m.end <= t.start and m.type in JOINABLE
                    and (first_state is None or m.start > first_state.end)][-1:]
        ends_in_member = any(t.first <= h.first <= t.last for h in hits(view, MOD, "MEMBER_NOUN"))
        subj_m = subject_before(view, t.start, (T.STATE,)) or subject_before(view, t.start, SUBJECTS)
        toks = view.tokens
        nxt = toks[t.last + 1] if t.last + 1 < len(toks) else None
        intransitive = nxt is None or nxt.is_punct or nxt.text.casefold() in ("on", "in", "at", "as", "together", "kopā") \
            or any(x.start == nxt.start for x in view.times)
        if not objs and (ends_in_member or intransitive):
            # "... thus becoming a member of the forum": the organisation named earlier
            prior = [m for m in ms if m.end <= t.start and m.type is T.ORG and m is not subj_m
                     and (subj_m is None or m.entity_id != subj_m.entity_id)]
            objs = prior[-1:]
            if not objs:  # "... its founding meeting, becoming a member of the new forum"
                prev = ctx.last_mention(view.start, (T.ORG,))
                if prev is not None and prev.start >= ctx.views[max(0, view.index - 2)].start:
                    objs = [prev]
        if not objs:
            continue
        subjs = [x.entity_id for x in subject_group(view, subj_m)] if subj_m else [ctx.topic()]
        quals = quals_for(view, t, stops=stops)
        if not quals:
            quals = _founding_date(ctx, view, objs[0])
        for subj in subjs:
            for o in objs:
                if subj is None or (subj_m is not None and subj_m.type is T.ORG and o.type is not T.ORG):
                    continue
                ctx.add(subj, predicate_for(o), o.entity_id, view, qualifiers=dict(quals), confidence=0.8)
        if subj_m is not None:
            _gapped(ctx, view, t, subj_m, objs, stops)


@lru_cache(maxsize=None)
def _gap_rx(lang: str) -> re.Pattern[str]:
    """The text between a second subject and its date in a gapped clause: "Zviedrija – 2024.
    gada martā", "and Sweden followed on 7 March 2024", "Sweden did so in 2024"."""
    mod = lang_data(lang, MOD)
    verbs = "|".join(re.escape(v) for v in sorted(getattr(mod, "GAP_VERBS", ()), key=len, reverse=True))
    preps = "|".join(re.escape(v) for v in getattr(mod, "GAP_PREPS", ()))
    return re.compile(rf"^\s*(?:[–—-]|,)?\s*(?:(?:{verbs})\s*)?(?:(?:{preps})\s+)?(?:the\s+)?$" if verbs else r"^\s*[–—-]\s*$",
                      re.IGNORECASE)


def _gapped(ctx: DocContext, view: SentenceView, t: Match, subj_m: Mention, objs: list[Mention],
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


def _relative_member(ctx: DocContext, view: SentenceView) -> None:
    """"the Council, of which Latvia is a member" / "padome, kuras locekle ir arī Latvija":
    the state in the relative clause is a member of the name before it."""
    ms = mentions(view)
    for h in hits(view, MOD, "REL_MEMBER"):
        span = next(((a, b) for a, b in relative_spans(view) if a <= h.start < b), None)
        if span is None:
            k = h.first
            if k == 0 or view.tokens[k - 1].text != ",":
                continue
            span = (view.tokens[k - 1].start, view.end)
        a, b = span
        org = next((m for m in reversed(ms) if m.end <= a and a - m.end <= 1 and m.type in JOINABLE), None)
        member = next((m for m in ms if h.start <= m.start < b and m.type is T.STATE), None)
        if org is None or member is None:
            continue
        quals = quals_for(view, h) or _founding_date(ctx, view, org)
        ctx.add(member.entity_id, predicate_for(org), org.entity_id, view, qualifiers=quals, confidence=0.7)


def _leave(ctx: DocContext, view: SentenceView, stops: list[Match]) -> None:
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


def _founding_date(ctx: DocContext, view: SentenceView, org: Mention) -> dict[str, str]:
    """A founding session's date: the organisation's founding date stated earlier in the text,
    else the one in the reference data."""
    if not hits(view, MOD, "FOUNDING"):
        return {}
    for a, b in relative_spans(view):  # "..., which was established in Helsinki in 2017"
        if 0 <= a - org.end <= 1:
            inner = [x for x in view.times if a <= x.start < b and not x.value.startswith("--")]
            if inner:
                return {"start": inner[0].value}
    for prev in reversed(ctx.views[max(0, view.index - 3):view.index]):
        if any(m.entity_id == org.entity_id for m in prev.mentions) and prev.times:
            return {"start": prev.times[0].value}
    ent = ref_entities(ctx).get(org.entity_id)
    founded = ent.extra.get("founded") or ent.extra.get("inception") if ent else None
    return {"start": str(founded)} if founded else {}


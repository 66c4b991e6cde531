"""The membership family: member_of, participant_in, invited_to_join, chair_of.

For each sentence the rules look for a trigger of ``lang/<code>/rel_membership.py`` and fill
its slots (:mod:`allygraph.extract._slots`):

* JOIN ("joined", "acceded to", "became a member state of", "iestājās", "kļuva par
  dalībvalsti"): the state or organisation before the trigger joins the organisation (member_of)
  or the programme / process (participant_in) after it, or named inside it ("a NATO member
  state"), or named earlier in the sentence ("... thus becoming a member of the forum").
  The start is the sentence's date; a founding session takes the organisation's founding date.
* PARTICIPATE ("participated in", "got involved in", "piedalās", "iesaistījās"): programmes,
  processes and operations after the trigger, up to the end of the clause.
* INVITE ("were invited to join", "uzaicināja ... pievienoties"): the invited states (before the
  trigger in the passive, between "invited" and "to join" in the active) and the organisation
  after "join"; the sentence's date is the point in time.
* CHAIR ("chairs", "co-chairmanship of", "līdzpriekšsēdētāja"): a state or person chairs a body;
  role "co-chair" for the co- forms; start and end from the sentence's dates.

A subject the sentence does not name is the document's topic state ("Latvia and NATO").
"""

from __future__ import annotations

from ..model import Mention
from ..vocab import EntityType, Predicate
from ._slots import (first_group_after, hit_at, hits, screen, mentions, objects_after, quals_for, subject_before, subject_group,
                     token_index, triggers)
from .context import DocContext, SentenceView
from .created import ref_entities
from .lexicon import Match

__all__ = ["extract"]

T = EntityType
P = Predicate
MOD = "rel_membership"
_SUBJECTS = (T.STATE, T.ORG)
_JOINABLE = (T.ORG, T.PROGRAMME)
_TAKEN_PART = (T.PROGRAMME, T.OPERATION)
_ANCHORS = ("JOIN", "PARTICIPATE", "PARTICIPATE_PROGRAMME", "PARTICIPATE_POSTPOS", "INVITE", "CHAIR")


def extract(ctx: DocContext) -> None:
    for view in ctx.views:
        if not view.mentions or view.sent.is_heading:
            continue
        if not screen(view, MOD, *_ANCHORS):
            continue
        types = {m.type for m in view.mentions}
        if not types & {T.STATE, T.ORG, T.PROGRAMME, T.OPERATION}:
            continue
        stops = [t for name in ("JOIN", "PARTICIPATE", "PARTICIPATE_PROGRAMME", "INVITE", "CHAIR")
                 for t in triggers(view, MOD, name)]
        if not stops and not hits(view, MOD, "PARTICIPATE_POSTPOS"):
            continue
        _join(ctx, view, stops)
        if types & {T.PROGRAMME, T.OPERATION}:
            _participate(ctx, view, stops)
        if T.STATE in types:
            _invite(ctx, view, stops)
        if T.ORG in types:
            _chair(ctx, view)
    _drop_undated_repeats(ctx)


def _drop_undated_repeats(ctx: DocContext) -> None:
    """An undated "Latvia is a member of NATO" adds nothing next to the dated statement of the
    same relation in the same document: keep only the dated one."""
    preds = (P.MEMBER_OF, P.PARTICIPANT_IN)
    dated = {(c.subject, c.predicate, c.object) for c in ctx.claims
             if c.predicate in preds and any(k in c.qualifiers for k in ("start", "end"))}
    ctx.claims[:] = [c for c in ctx.claims if not (c.predicate in preds and (c.subject, c.predicate, c.object) in dated
                                                   and not any(k in c.qualifiers for k in ("start", "end")))]


def _subjects(ctx: DocContext, view: SentenceView, t: Match, types=_SUBJECTS) -> list[str]:
    m = subject_before(view, t.start, types)
    if m is not None:
        return [x.entity_id for x in subject_group(view, m)]
    topic = ctx.topic()
    return [topic] if topic else []


def _predicate_for(m: Mention) -> Predicate:
    return P.MEMBER_OF if m.type is T.ORG else P.PARTICIPANT_IN


def _join(ctx: DocContext, view: SentenceView, stops: list[Match]) -> None:
    invites = [(t, j) for t, j in _invitations(view)]
    for t in triggers(view, MOD, "JOIN"):
        if any(i.start < t.end and t.start < j.end for i, j in invites):
            continue
        ms = mentions(view)
        inside = [m for m in ms if t.start <= m.start and m.end <= t.end and m.type in _JOINABLE]
        others = [s for s in stops if s is not t and s.start > t.start]
        objs = inside or objects_after(view, t.end, _JOINABLE, stop_at=others)[:3]
        if not objs and view.lang != "en":  # "Somija aliansē iestājās": the object before the verb
            first_state = subject_before(view, t.start, (T.STATE,))
            objs = [m for m in ms if m.end <= t.start and m.type in _JOINABLE
                    and (first_state is None or m.start > first_state.end)][-1:]
        ends_in_member = any(t.first <= h.first <= t.last for h in hits(view, MOD, "MEMBER_NOUN"))
        subj_m = subject_before(view, t.start, (T.STATE,)) or subject_before(view, t.start, _SUBJECTS)
        if not objs and ends_in_member:
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
                ctx.add(subj, _predicate_for(o), o.entity_id, view, qualifiers=dict(quals), confidence=0.8)


def _founding_date(ctx: DocContext, view: SentenceView, org: Mention) -> dict[str, str]:
    """A founding session's date: the organisation's founding date stated earlier in the text,
    else the one in the reference data."""
    if not hits(view, MOD, "FOUNDING"):
        return {}
    for prev in reversed(ctx.views[max(0, view.index - 3):view.index]):
        if any(m.entity_id == org.entity_id for m in prev.mentions) and prev.times:
            return {"start": prev.times[0].value}
    ent = ref_entities(ctx).get(org.entity_id)
    founded = ent.extra.get("founded") or ent.extra.get("inception") if ent else None
    return {"start": str(founded)} if founded else {}


def _participate(ctx: DocContext, view: SentenceView, stops: list[Match]) -> None:
    for name, types in (("PARTICIPATE", _TAKEN_PART), ("PARTICIPATE_PROGRAMME", (T.PROGRAMME,))):
        for t in triggers(view, MOD, name):
            others = [s for s in stops if s is not t and s.start > t.start]
            if name == "PARTICIPATE":
                objs = objects_after(view, t.end, types, stop_at=others)
            else:
                objs = first_group_after(view, t.end, types, max_gap_tokens=2)
            if not objs and hit_at(view, MOD, "ANAPHOR", t.last + 1):  # "... and joined this programme"
                objs = [m for m in mentions(view) if m.end <= t.start and m.type in types][-1:]
            if not objs:
                continue
            quals = quals_for(view, t, stops=stops)
            for subj in _subjects(ctx, view, t):
                for o in objs:
                    ctx.add(subj, P.PARTICIPANT_IN, o.entity_id, view, qualifiers=dict(quals),
                            confidence=0.75 if name == "PARTICIPATE" else 0.6)
    for t in triggers(view, MOD, "PARTICIPATE_POSTPOS"):
        ms = mentions(view)
        prog = next((m for m in reversed(ms) if m.end <= t.start and m.type in _TAKEN_PART
                     and token_index(view, m.end) >= t.first - 2), None)
        if prog is None:
            continue
        subj_m = next((m for m in ms if m.type is T.STATE and m is not prog), None)
        subj = subj_m.entity_id if subj_m else ctx.topic()
        if subj:
            ctx.add(subj, P.PARTICIPANT_IN, prog.entity_id, view, qualifiers=quals_for(view, t, stops=stops),
                    confidence=0.6)


def _invitations(view: SentenceView) -> list[tuple[Match, Match]]:
    """(invitation word, join word) pairs: "invited Poland, Hungary and Czechia to join"."""
    joins = hits(view, MOD, "INVITE_JOIN")
    out = []
    for t in triggers(view, MOD, "INVITE"):
        j = next((j for j in joins if j.first > t.last and j.first - t.last <= 25), None)
        if j is not None and not any(tok.text == ";" for tok in view.tokens[t.last:j.first]):
            out.append((t, j))
    return out


def _invite(ctx: DocContext, view: SentenceView, stops: list[Match]) -> None:
    for t, j in _invitations(view):
        inner = [m for m in mentions(view) if t.end <= m.start and m.end <= j.start and m.type is T.STATE]
        if inner:  # active voice: "NATO invited Latvia and Lithuania to join"
            invited = inner
        else:
            first = subject_before(view, t.start, (T.STATE,))
            invited = subject_group(view, first) if first else []
        orgs = [m for m in mentions(view) if m.start >= j.end and m.type is T.ORG][:1]
        if not orgs:  # "NATO invited X to join" / "uzaicina sākt iestāšanās sarunas ar aliansi"
            orgs = [m for m in mentions(view) if m.type is T.ORG][:1]
        if not orgs and ctx.topic((T.ORG,)):
            orgs = [next(m for m in ctx.adoc.mentions if m.entity_id == ctx.topic((T.ORG,)))]
        if not invited or not orgs:
            continue
        quals = quals_for(view, t, point="point_in_time", stops=stops)
        quals = {"point_in_time": quals.get("start") or quals.get("point_in_time", "")}
        for s in invited:
            ctx.add(s.entity_id, P.INVITED_TO_JOIN, orgs[0].entity_id, view, qualifiers=quals, confidence=0.8)


def _chair(ctx: DocContext, view: SentenceView) -> None:
    for t in triggers(view, MOD, "CHAIR"):
        ms = mentions(view)
        passive = view.between(t.end, t.end + 4).strip().casefold().startswith("by")
        after = objects_after(view, t.end, (T.ORG,), keep_possessive=False)
        before = [m for m in ms if m.end <= t.start and m.type is T.ORG]
        if view.lang != "en" and before and token_index(view, before[-1].end) >= t.first - 1:
            after = []  # "NATO Neizplatīšanas komitejas līdzpriekšsēdētāja": the genitive body
        if passive:
            body = before[-1] if before else None
            chair = next((m for m in ms if m.start >= t.end and m.type in (T.STATE, T.PERSON)), None)
        else:
            body = after[0] if after else (before[-1] if before and view.lang != "en" else None)
            chair = subject_before(view, body.start if body and body.end <= t.start else t.start,
                                   (T.STATE, T.PERSON))
        if body is None:
            continue
        subj = chair.entity_id if chair else ctx.topic()
        if subj is None:
            continue
        quals = quals_for(view, t)
        if hit_at(view, MOD, "CO_CHAIR", t.first) or view.tokens[t.first].text.casefold().startswith(("co-", "līdz")):
            quals["role"] = "co-chair"
        ctx.add(subj, P.CHAIR_OF, body.entity_id, view, qualifiers=quals, confidence=0.75)

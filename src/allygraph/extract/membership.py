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

import re
from functools import lru_cache

from ..model import Mention
from ..vocab import EntityType, Predicate
from ._refer import described_operations, pronoun_objects, referent
from ._slots import (
    first_group_after,
    hit_at,
    hits,
    in_relative,
    mentions,
    objects_after,
    quals_for,
    relative_spans,
    screen,
    subject_before,
    subject_group,
    token_index,
    triggers,
)
from .context import DocContext, SentenceView, lang_data
from .created import ref_entities
from .lexicon import Match

__all__ = ["extract"]

T = EntityType
P = Predicate
MOD = "rel_membership"
_SUBJECTS = (T.STATE, T.ORG)
_JOINABLE = (T.ORG, T.PROGRAMME)
_TAKEN_PART = (T.PROGRAMME, T.OPERATION)
_ANCHORS = ("JOIN", "PARTICIPATE", "PARTICIPATE_PROGRAMME", "PARTICIPATE_POSTPOS", "INVITE", "CHAIR", "LEAVE", "REL_MEMBER")


def extract(ctx: DocContext) -> None:
    for view in ctx.views:
        if not view.mentions or view.sent.is_heading:
            continue
        if not screen(view, MOD, *_ANCHORS):
            continue
        types = {m.type for m in view.mentions}
        if T.POSITION in types and T.PERSON in types:
            _chair_positions(ctx, view)
        if not types & {T.STATE, T.ORG, T.PROGRAMME, T.OPERATION}:
            continue
        stops = [t for name in ("JOIN", "PARTICIPATE", "PARTICIPATE_PROGRAMME", "INVITE", "CHAIR", "LEAVE")
                 for t in triggers(view, MOD, name)]
        if not stops and not hits(view, MOD, "PARTICIPATE_POSTPOS") and not hits(view, MOD, "REL_MEMBER"):
            continue
        _join(ctx, view, stops)
        _relative_member(ctx, view)
        _leave(ctx, view, stops)
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


def _subjects(ctx: DocContext, view: SentenceView, t: Match, types=_SUBJECTS, offset: int | None = None) -> list[str]:
    m = subject_before(view, t.start if offset is None else offset, types)
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
                ctx.add(subj, _predicate_for(o), o.entity_id, view, qualifiers=dict(quals), confidence=0.8)
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
            ctx.add(m.entity_id, _predicate_for(o), o.entity_id, view, qualifiers={"start": x.value}, confidence=0.7)


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
        org = next((m for m in reversed(ms) if m.end <= a and a - m.end <= 1 and m.type in _JOINABLE), None)
        member = next((m for m in ms if h.start <= m.start < b and m.type is T.STATE), None)
        if org is None or member is None:
            continue
        quals = quals_for(view, h) or _founding_date(ctx, view, org)
        ctx.add(member.entity_id, _predicate_for(org), org.entity_id, view, qualifiers=quals, confidence=0.7)


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


def _participate(ctx: DocContext, view: SentenceView, stops: list[Match]) -> None:
    for name, types in (("PARTICIPATE", _TAKEN_PART), ("PARTICIPATE_PROGRAMME", (T.PROGRAMME,))):
        for t in triggers(view, MOD, name):
            others = [s for s in stops if s is not t and s.start > t.start]
            if name == "PARTICIPATE":
                objs = objects_after(view, t.end, types, stop_at=others)
            else:
                objs = first_group_after(view, t.end, types, max_gap_tokens=2)
            if not objs and _bare_pronoun(view, t.last + 1):  # "took part in both", "serve in it"
                objs = pronoun_objects(ctx, view, t.last + 1, types)
            if not objs and (hit_at(view, MOD, "ANAPHOR", t.last + 1)
                             or (view.lang != "en" and hit_at(view, MOD, "ANAPHOR", t.first - 1))):
                # "... and joined this programme", "Latvija sāk to īstenot"
                objs = [m for m in mentions(view) if m.end <= t.start and m.type in types][-1:]
            if not objs:
                objs = _described_or_referred(ctx, view, t, types, stops)
            if not objs:
                continue
            quals = quals_for(view, t, stops=stops)
            first = min(o.start for o in objs)
            for subj in _subjects(ctx, view, t, offset=first if view.start <= first < t.start else None):
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


def _described_or_referred(ctx: DocContext, view: SentenceView, t: Match, types: tuple[EntityType, ...],
                           stops: list[Match]) -> list[Mention]:
    """Objects of a participation verb given by description or reference: "served with the
    NATO-led force in Bosnia", "took part in both", "serve in it", "Latvija tajā piedalās",
    and in Latvian the object before the verb ("NATO vadītā operācijā piedalījās")."""
    if T.OPERATION in types:
        described = described_operations(view)
        after = [m for m in described if t.end <= m.start
                 and not any(s.start > t.start and s.start < m.start for s in stops if s is not t)]
        if after:
            return after[:1]
        if view.lang != "en":
            before = [m for m in described if m.end <= t.start]
            if not before:
                subj = subject_before(view, t.start, _SUBJECTS)
                lo = subj.end if subj is not None else view.start
                before = [m for m in mentions(view) if lo <= m.start and m.end <= t.start and m.type in types
                          and not in_relative(view, m, t.start)]
            if before:
                return sorted(before, key=lambda m: m.start)[-1:]
    for i in (t.last + 1, t.first - 1) if view.lang != "en" else (t.last + 1,):
        got = pronoun_objects(ctx, view, i, types)
        if got:
            return got
        ref = referent(ctx, view, i)
        if ref is not None and ref.type in types:
            return [ref]
    return []


def _bare_pronoun(view: SentenceView, i: int) -> bool:
    """A pronoun standing alone (not "this programme"): the next token is punctuation or the end."""
    toks = view.tokens
    if not 0 <= i < len(toks) or not (hit_at(view, "rel_operations", "PRONOUN_ONE", i)
                                      or hit_at(view, "rel_operations", "PRONOUN_BOTH", i)):
        return False
    return i + 1 >= len(toks) or toks[i + 1].is_punct or toks[i + 1].text.casefold() in ("since", "from", "until", "in", "for")


def _chair_positions(ctx: DocContext, view: SentenceView) -> None:
    """"NATO Militārās komitejas priekšsēdētāju, Itālijas admirāli Džuzepi Kavo Dragoni, kurš
    ... pārņēma no ... Roba Bauera": a person in apposition to a chair position chairs the
    position's body; a handover in the same sentence dates it and ends the predecessor's term."""
    ms = mentions(view)
    ents = ref_entities(ctx)
    titles = _chair_titles()
    for i, p in enumerate(ms):
        ent = ents.get(p.entity_id) if p.type is T.POSITION else None
        org = ent.extra.get("org") if ent else None
        if ent is None or not isinstance(org, str) \
                or not any(ent.labels.get("en", "").casefold().startswith(w) for w in titles):
            continue
        person = _apposed_person(view, ms, i)
        if person is None:
            continue
        quals: dict[str, str] = {}
        hand = next((h for h in hits(view, MOD, "TAKEOVER") if h.start > person.end), None)
        if hand is not None:
            x = next((x for x in view.times if x.start > person.end and not x.value.startswith("--")), None)
            before = next((m for m in ms if m.start >= hand.end and m.type is T.PERSON), None)
            if x is not None:
                quals = {"start": x.value}
            gap = view.between(hand.end, before.start).split() if before is not None else []
            if before is not None and x is not None and gap and gap[0].casefold() in _FROM.get(view.lang, ()):
                ctx.add(before.entity_id, P.CHAIR_OF, org, view, qualifiers={"end": x.value}, confidence=0.65)
        ctx.add(person.entity_id, P.CHAIR_OF, org, view, qualifiers=quals, confidence=0.7)


_FROM = {"en": ("from",), "lv": ("no",)}


def _chair_titles() -> tuple[str, ...]:
    mod = lang_data("en", MOD)  # titles are matched on the reference data's English labels
    return tuple(getattr(mod, "CHAIR_TITLE", ()))


def _apposed_person(view: SentenceView, ms: list[Mention], i: int) -> Mention | None:
    """The person a position is said of: "the Chair, Admiral X," / "X, the Chair of ...", "X ir
    ... priekšsēdētājs"."""
    p = ms[i]
    for m in ms[i + 1:i + 4]:
        if m.type is T.STATE:
            continue
        gap = view.between(p.end, m.start)
        if m.type is T.PERSON and gap.lstrip().startswith(",") and len(gap.split()) <= 4:
            return m
        break
    if i > 0 and ms[i - 1].type is T.PERSON:
        gap = " ".join(view.between(ms[i - 1].end, p.start).split()).casefold()
        if gap in (",", ", the", ", then", "is the", "was the", "became", "became the", "ir", "bija", "kļuva par", ", kā"):
            return ms[i - 1]
    return None

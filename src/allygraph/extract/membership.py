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
from bisect import bisect_right

from ..model import Mention
from ..vocab import EntityType, Predicate
from ._refer import common_names
from ._slots import (
    _owner,
    hit_at,
    hits,
    is_generic,
    is_modifier,
    mentions,
    quals_for,
    screen,
    subject_before,
    subject_group,
    triggers,
)
from .context import DocContext, SentenceView, lang_data
from .lexicon import Match
from .membership_args import (
    JOINABLE,
    MOD,
    SUBJECTS,
    counted_pronoun,
    dated_group,
    excepted,
    founding_date,
    genitive_gap,
    group_states,
    invitations,
    later_date,
    not_member,
    predicate_for,
    pronoun_states,
    state_dates,
    state_or_group,
)
from .membership_clauses import day_of, distributed, gapped, join_of, leave, own_dates
from .membership_formats import format_members
from .membership_founders import context_org, founders, referred_org
from .membership_lists import is_table, item_members, prose_lists, table_members
from .membership_phrases import member_phrases, relative_member, term_members, titled_members
from .membership_roles import chair, chair_positions, invite, participate

__all__ = ["extract"]

T = EntityType
P = Predicate
_JOIN_KINDS = ("JOIN", "ALLY_JOIN", "EURO_JOIN", "FOUNDER_JOIN", "BECOME")
_ANCHORS = ("JOIN", "ALLY_JOIN", "EURO_JOIN", "FOUNDER_JOIN", "MEMBER_TITLE", "MEMBER_PHRASE", "CHAIR_LEAD", "PARTICIPATE", "PARTICIPATE_PROGRAMME", "PARTICIPATE_POSTPOS", "INVITE", "CHAIR", "LEAVE", "REL_MEMBER", "MEMBERS_LIST", "MEMBERS_OF_LIST", "MEMBERS_IN", "JOIN_OF",
            "FOUNDED_BY", "FOUNDING_DOC", "FOUNDING_DOC_WEAK", "FOUNDERS_WERE", "FORMAT_VERB")
_LISTS = ("MEMBERS_LIST", "MEMBERS_OF_LIST", "MEMBERS_IN", "JOIN_OF")


def extract(ctx: DocContext) -> None:
    for view in ctx.views:
        if not view.mentions or view.sent.is_heading:
            continue
        if view.heading is not None:
            item_members(ctx, view)
        if is_table(view):
            table_members(ctx, view)
        if not screen(view, MOD, *_ANCHORS):
            continue
        types = {m.type for m in view.mentions}
        if T.POSITION in types and T.PERSON in types:
            chair_positions(ctx, view)
        if not types & {T.STATE, T.ORG, T.PROGRAMME, T.OPERATION, T.EVENT}:  # (an event: "invite it, at the X Summit")
            continue
        if T.STATE in types or T.REGION in types:
            founders(ctx, view)
            if T.ORG in types:
                format_members(ctx, view)
        stops = [t for name in ("JOIN", "ALLY_JOIN", "EURO_JOIN", "FOUNDER_JOIN", "PARTICIPATE", "PARTICIPATE_PROGRAMME", "INVITE", "CHAIR", "LEAVE")
                 for t in triggers(view, MOD, name)]
        if not stops and not any(hits(view, MOD, n) for n in ("PARTICIPATE_POSTPOS", "REL_MEMBER", "CHAIR_LEAD", "MEMBER_TITLE", "MEMBER_PHRASE")
                                 + _LISTS):
            continue
        prose_lists(ctx, view)
        join_of(ctx, view)
        used = member_phrases(ctx, view)
        term_members(ctx, view, used)
        _join(ctx, view, stops, used)
        titled_members(ctx, view)
        relative_member(ctx, view)
        leave(ctx, view, stops)
        participate(ctx, view, stops)
        if T.STATE in types or T.EVENT in types or hits(view, MOD, "PRONOUN_SUBJECT"):
            invite(ctx, view, stops)
        if T.ORG in types:
            chair(ctx, view)
    _complete_years(ctx)
    _drop_undated_repeats(ctx)


def _complete_years(ctx: DocContext) -> None:
    """"entered the EU on 1 May of the same year", "kopš tā paša gada 1. maija": a day without a
    year takes the year of the nearest earlier date of its sentence (or of the list's lead-in)."""
    starts = [v.start for v in ctx.views]
    for c in ctx.claims:
        st, en = c.qualifiers.get("start"), c.qualifiers.get("end")
        if c.predicate in (P.MEMBER_OF, P.PARTICIPANT_IN) and isinstance(st, str) and isinstance(en, str) \
                and len(st) == len(en) == 10 and st[:7] == en[:7]:
            del c.qualifiers["end"]  # "at the summit of 23-25 April 1999": the days of an event, no term
        bare = {k: v for k, v in c.qualifiers.items() if isinstance(v, str) and v.startswith("--")}
        if not bare or not c.sources:
            continue
        view = ctx.views[max(0, bisect_right(starts, c.sources[0].start) - 1)]
        for k, v in bare.items():
            at = next((x.start for x in view.times if x.value == v), view.end)
            years = [x.value[:4] for x in view.times if x.start < at and not x.value.startswith("--")] \
                or [x.value[:4] for x in (view.heading.times if view.heading else []) if not x.value.startswith("--")]
            if years:
                c.qualifiers[k] = years[-1] + v[1:]


def _drop_undated_repeats(ctx: DocContext) -> None:
    """An undated "Latvia is a member of NATO" adds nothing next to the dated statement of the
    same relation in the same document: keep only the dated one."""
    preds = (P.MEMBER_OF, P.PARTICIPANT_IN)
    dated = {(c.subject, c.predicate, c.object) for c in ctx.claims
             if c.predicate in preds and any(k in c.qualifiers for k in ("start", "end"))}
    ctx.claims[:] = [c for c in ctx.claims if not (c.predicate in preds and (c.subject, c.predicate, c.object) in dated
                                                   and not any(k in c.qualifiers for k in ("start", "end")))]


def _join(ctx: DocContext, view: SentenceView, stops: list[Match], phrased: set[int]) -> None:
    invites = invitations(view)
    fixed = getattr(lang_data(view.lang, MOD), "FIXED_OBJECT", {})
    for kind in _JOIN_KINDS:
        for t in triggers(view, MOD, kind):
            if any(i.start < t.end and t.start < j.end for i, j in invites) or not_member(view, t) \
                    or (kind == "BECOME" and any(s is not t and s.first <= t.first <= s.last for s in stops)) \
                    or any(t.first <= k <= t.last + 8 for k in phrased):
                continue
            if kind == "BECOME":
                objs = _member_genitive(view, t, sorted(mentions(view) + common_names(view), key=lambda m: m.start),
                                        hits(view, MOD, "MEMBER_NOUN"))
            elif kind in fixed:
                if kind == "ALLY_JOIN" and view.between(t.end, t.end + 4).strip().casefold().startswith("of"):
                    continue  # "became a close ally of the United States"
                objs = [Mention(fixed[kind], T.ORG, t.start, t.end, view.ctx.text[t.start:t.end], frozenset(), True)]
            else:
                objs = _join_objects(ctx, view, t, stops)
            if not objs:
                continue
            _add_joins(ctx, view, t, kind, objs, stops)


def _add_joins(ctx: DocContext, view: SentenceView, t: Match, kind: str, objs: list[Mention],
               stops: list[Match]) -> None:
    if _unnamed_antecedent(view, t):
        return
    subj_m = _join_subject(view, t)
    if subj_m is not None and subj_m.type is T.REGION:
        dated: list[tuple[str, str | None]] = [(s, None) for s in group_states(ctx, subj_m)]
    elif subj_m is not None and subj_m.type is T.STATE:
        dated = [(m.entity_id, d) for m, d in dated_group(view, subj_m)]
        if len(dated) == 1:
            dated = [(x.entity_id, None) for x in subject_group(view, subj_m)]
        rest = excepted(ctx, view, subject_group(view, subj_m))
        if rest is not None:  # "all except A and B are also members of X"
            dated = [(s, None) for s in rest]
    elif subj_m is not None:
        dated = [(subj_m.entity_id, None)]
    else:
        topic = ctx.topic()
        named = pronoun_states(ctx, view, t.start)
        if not named and (counted_pronoun(view, t.start) or
                          view.tokens[t.first].text.casefold() in getattr(lang_data(view.lang, MOD), "PLURAL_COPULA", ())):
            return  # "all ten former members ...", "23 of NATO's 32 members are also ...": no named subject
        by_state = state_dates(view, t.end, view.end, named) if len(named) > 1 else {}
        dated = [(s, by_state.get(s)) for s in named] or ([(topic, None)] if topic else [])
    passive = getattr(lang_data(view.lang, MOD), "PASSIVE_AUX", ())
    if kind == "FOUNDER_JOIN" and t.first > 0 and view.tokens[t.first - 1].text.casefold() in passive:
        return  # "Sweden was founded as a kingdom": the subject was founded, it founded nothing
    if kind == "FOUNDER_JOIN" and ((subj_m is not None and subj_m.type is T.ORG) or not dated
                                   or any(o.type is not T.ORG for o in objs) or (subj_m is None and not pronoun_states(ctx, view, t.start))):
        return
    if distributed(ctx, view, t, objs):
        return
    quals = day_of(view, t, objs, stops) or quals_for(view, t, stops=stops) or later_date(ctx, view, t.end)
    if subj_m is None and counted_pronoun(view, t.start) and \
            view.tokens[t.first].text.casefold() in getattr(lang_data(view.lang, MOD), "STATIVE", ()):
        quals = {}  # "since 2024 all eight have been Allies": the group's date, not each member's start
    if not quals:
        quals = founding_date(ctx, view, objs[0])
    own = own_dates(view, objs, t, stops)
    for subj, date in dated:
        for o in objs:
            if subj_m is not None and subj_m.type is T.ORG and o.type is not T.ORG:
                continue
            q = {"start": date} if date else ({"start": own[o.start]} if o.start in own else dict(quals))
            ctx.add(subj, predicate_for(o), o.entity_id, view, qualifiers=q, confidence=0.8)
    if subj_m is not None and subj_m.type is T.STATE:
        gapped(ctx, view, t, subj_m, objs, stops)


def _unnamed_antecedent(view: SentenceView, t: Match) -> bool:
    """"the countries that belong to both the EU and NATO": a relative clause about a common noun
    names no member."""
    i = t.first - 1
    rel = getattr(lang_data(view.lang, MOD), "REL_SUBJECT", ())
    if i < 1 or view.tokens[i].text.casefold() not in rel:
        return False
    before = view.tokens[i - 1]
    j = i - 2 if before.text == "," else i - 1
    if j >= 0 and any(m.start <= view.tokens[j].start < m.end for m in view.mentions):
        return False
    # "they were among the countries that founded X", "one of the states that joined": a member after all
    words = [tok.text.casefold() for tok in view.tokens[max(0, j - 5):j + 1]]
    among = getattr(lang_data(view.lang, MOD), "AMONG", ())
    return not any(w in among or (w in ("of", "no") and k > 0 and words[k - 1] in among) for k, w in enumerate(words))


def _join_subject(view: SentenceView, t: Match) -> Mention | None:
    """The state (or group, or organisation) that joins: before the trigger; in Latvian after a
    relative clause's verb ("..., kurai vēlāk pievienojās arī Latvija")."""
    rel = _relative_before(view, t) if view.lang != "en" else None
    if rel is not None:  # the subject between the pronoun and the verb, else just after the verb
        lo = view.tokens[rel].end
        inner = [x for x in mentions(view) if lo <= x.start and x.end <= t.start and x.type is T.STATE]
        return inner[-1] if inner else next((x for x in mentions(view) if x.start >= t.end and x.type is T.STATE
                                             and len(view.between(t.end, x.start).split()) <= 2), None)
    if hit_at(view, MOD, "JOIN_NOUN", t.first) is not None:  # "Somijas un Zviedrijas pievienošanās", "Finland's accession"
        owner = next((m for m in reversed(view.mentions) if m.end <= t.start), None)
        if owner is not None and owner.type is T.STATE and view.between(owner.end, t.start).strip() in ("", "'s", "’s"):
            return owner
    return state_or_group(view, t.start, (T.STATE,)) or subject_before(view, t.start, SUBJECTS)


def _relative_before(view: SentenceView, t: Match) -> int | None:
    """Token index of a relative pronoun opening the trigger's clause (", kurai ... pievienojās")."""
    toks = view.tokens
    for i in range(t.first - 1, max(-1, t.first - 8), -1):
        if toks[i].text in (",", ";", ":", "–", "—"):
            return None
        if i > 0 and toks[i - 1].text.casefold() in (",", "un", "and") and hit_at(view, MOD, "REL_OBJECT", i) is not None:
            return i  # (", kas ... un kurai vēlāk pievienojās": a second relative clause about the same noun)
    return None


def _join_objects(ctx: DocContext, view: SentenceView, t: Match, stops: list[Match]) -> list[Mention]:
    """What is joined: a name inside the trigger ("a NATO member state"), a genitive before a
    membership noun ("alianses dalībvalsts tā kļuva", "par OECD 35. dalībvalsti"), the names
    after the trigger up to the next verb, a relative clause's antecedent, a pronoun's
    antecedent, or an organisation named earlier for an intransitive "joined"."""
    ms = mentions(view)
    common = common_names(view)
    cands = sorted(ms + common, key=lambda m: m.start)
    rel = _relative_before(view, t) if view.lang != "en" else None
    if rel is not None:  # "organizācija, kurai pievienojās Latvija": the antecedent or nothing
        comma = view.tokens[rel - 1].start
        ante = next((m for m in reversed(cands) if m.end <= comma and comma - m.end <= 1), None)
        return [ante] if ante is not None and ante.type in JOINABLE else []
    inside = [m for m in cands if t.start <= m.start and m.end <= t.end and m.type in JOINABLE]
    if inside:
        return inside[:1]
    members = hits(view, MOD, "MEMBER_NOUN")
    if any(h.first == t.first for h in members):  # "alianses dalībvalsts tā kļuva"
        prev = next((m for m in reversed(cands) if m.end <= t.start), None)
        if prev is not None and prev.type in JOINABLE and not view.between(prev.end, t.start).strip():
            return [prev]
    others = [s for s in stops if s is not t and s.start > t.start]
    objs = _chain(view, _names_after(view, t, others), t)
    if not objs:
        objs = _member_genitive(view, t, cands, members)
    if not objs and view.lang != "en":  # "Somija aliansē iestājās": the object before the verb
        first_state = subject_before(view, t.start, (T.STATE,))
        objs = [m for m in cands if m.end <= t.start and m.type in JOINABLE
                and (first_state is None or m.start > first_state.end)][-1:]
    if not objs:  # "Croatia joined the group in 2001": the organisation a referring noun names
        objs = _referred_after(ctx, view, t)
    if not objs:  # "Croatia joined them in 2001": the organisation whose members the text just listed
        objs = _listed_org(ctx, view, t)
    if not objs and _anaphor_next_to(view, t):  # "Latvija tai pievienojās", "joined it in 2016"
        objs = [m for m in cands if m.end <= t.start and m.type in JOINABLE and not is_modifier(view, m, cands)][-1:]
    if objs:
        return objs
    ends_in_member = any(t.first <= h.first <= t.last for h in members)
    toks = view.tokens
    nxt = toks[t.last + 1] if t.last + 1 < len(toks) else None
    intransitive = nxt is None or (nxt.is_punct and nxt.text != "|") or nxt.text.casefold() in ("on", "in", "at", "as", "together", "kopā") \
        or any(x.start == nxt.start for x in view.times) or bool(later_date(ctx, view, t.end))
    if not (ends_in_member or intransitive):
        return []
    # "... thus becoming a member of the forum": the organisation named earlier
    subj_m = _join_subject(view, t)
    prior = [m for m in ms if m.end <= t.start and m.type is T.ORG and m is not subj_m
             and (subj_m is None or m.entity_id != subj_m.entity_id)]
    if prior:
        return prior[-1:]
    named = referred_org(ctx, view, t.start)  # "... have joined as sponsoring nations", "the centre" just before
    if named is not None and intransitive:
        return [named]
    prev = ctx.last_mention(view.start, (T.ORG,))  # "... its founding meeting, becoming a member of the new forum"
    if prev is not None and prev.start >= ctx.views[max(0, view.index - 2)].start:
        return [context_org(ctx, view) or prev]
    topic = ctx.topic((T.ORG,))  # "... and became members on 29 March 2004": what the document is about
    if intransitive and topic is not None and sum(m.entity_id == topic for m in ctx.adoc.mentions) >= 3:
        first = next(m for m in ctx.adoc.mentions if m.entity_id == topic)
        return [Mention(topic, T.ORG, t.start, t.end, first.surface, frozenset(), True)]
    return []


def _referred_after(ctx: DocContext, view: SentenceView, t: Match) -> list[Mention]:
    """"joined the group", "pievienojās grupai": a referring noun right after the trigger."""
    mod = lang_data(view.lang, MOD)
    toks = view.tokens
    k = t.last + 1
    if k < len(toks) and toks[k].text.casefold() in getattr(mod, "REF_DET", ()):
        k += 1
    if k >= len(toks) or not toks[k].text[:1].islower() or any(m.start <= toks[k].start < m.end for m in view.mentions):
        return []
    low = toks[k].text.casefold()
    if not any(low.startswith(n) and len(low) - len(n) <= 3 for n in getattr(mod, "REF_NOUNS", ())):
        return []
    got = referred_org(ctx, view, toks[k].end)
    return [got] if got is not None else []


def _listed_org(ctx: DocContext, view: SentenceView, t: Match) -> list[Mention]:
    """"Croatia joined them", "Horvātija tām pievienojās": the organisation of the member claims
    of the two sentences before."""
    near = [view.tokens[k].text.casefold() for k in (t.first - 1, t.last + 1) if 0 <= k < len(view.tokens)]
    if not any(w in getattr(lang_data(view.lang, MOD), "MEMBERS_PRONOUN", ()) for w in near):
        return []
    lo = ctx.views[max(0, view.index - 2)].start
    got = next((c for c in reversed(ctx.claims) if c.predicate is P.MEMBER_OF and isinstance(c.object, str)
                and lo <= c.sources[0].start < view.start), None)
    if got is None:
        return []
    return [Mention(str(got.object), T.ORG, t.start, t.end, view.ctx.text[t.start:t.end], frozenset(), True)]


def _names_after(view: SentenceView, t: Match, others: list[Match]) -> list[Mention]:
    """Joinable names after the trigger up to the next trigger or clause join (not generic, not
    a modifier unless the owner of a common noun: "the EU's ...")."""
    ms = mentions(view)
    end = min([s.start for s in others] + [view.end])
    cj = _CLAUSE_JOIN.search(view.ctx.text, t.end, end)
    end = cj.start() if cj is not None else end
    return [m for m in ms if t.end <= m.start < end and m.type in JOINABLE and not is_generic(view, m)
            and not (is_modifier(view, m, ms) and not _owner(view, m, ms))]


_CLAUSE_JOIN = re.compile(r",\s*(?:bet|but|while|whereas|savukārt)\b|;")


def _chain(view: SentenceView, objs: list[Mention], t: Match) -> list[Mention]:
    """The objects that follow the trigger as one list ("the OECD in 2016 and the euro area in
    2014"); a name after another verb ("... and has served in NATO-led operations") is cut off."""
    out: list[Mention] = []
    for m in objs:
        if not out:
            if len(view.between(t.end, m.start).split()) > 4:
                break
            out.append(m)
            continue
        gap = view.between(out[-1].end, m.start)
        for x in view.times:
            if out[-1].end <= x.start and x.end <= m.start:
                gap = gap.replace(view.ctx.text[x.start:x.end], " ")
        gap = re.sub(r"\b(?:in|on|since|from|of|to|the|programme|program|process)\b|\([^()]*\)", " ", gap, flags=re.IGNORECASE)
        if not _SEP_LOOSE.match(gap):
            break
        out.append(m)
    return out[:3]


_SEP_LOOSE = re.compile(r"^\s*(?:,|;|\band\b|\bun\b|\bas well as\b|\bkā arī\b|,\s*(?:and|un)\b)?\s*$", re.IGNORECASE)


def _member_genitive(view: SentenceView, t: Match, cands: list[Mention], members: list[Match]) -> list[Mention]:
    """"ievēlēja par ANO Drošības padomes nepastāvīgo locekli", "kļuva par OECD 35. dalībvalsti":
    an organisation (a genitive) a membership noun after it belongs to."""
    for m in cands:
        if m.start < t.end:
            continue
        if m.type not in JOINABLE or len(view.between(t.end, m.start).split()) > 3:
            break
        h = next((h for h in members if h.start >= m.end), None)
        if h is not None and genitive_gap(view.between(m.end, h.start)):
            return [m]
        break
    return []


def _anaphor_next_to(view: SentenceView, t: Match) -> bool:
    return any(h.first in (t.last + 1, t.first - 1) and len(h.pattern.split()) == 1
               for h in hits(view, MOD, "ANAPHOR"))

"""Membership stated by noun phrases rather than by a joining verb.

* titles: "NATO allies Estonia, Latvia and Lithuania", "ES dalībvalstis Vācija un Francija" — the
  states right after an organisation and a membership noun (MEMBER_TITLE) are its members;
* relative clauses: "the Council, of which Latvia is a member", "padome, kuras locekle ir Latvija";
* Latvian membership phrases: "Latvija ir ANO dalībvalsts, kopš 1995. gada – Eiropas Padomes
  dalībvalsts": an organisation in the genitive before a membership noun (MEMBER_PHRASE) led by
  a copula, "par" or a dash; each phrase takes the date of its own part of the sentence.

Called per sentence by :mod:`.membership`; word lists in ``lang/<code>/rel_membership.py``.
"""

from __future__ import annotations

import re

from ..model import Mention
from ..vocab import EntityType, Predicate
from ._refer import common_names
from ._slots import hits, is_generic, mentions, quals_for, relative_spans, subject_before, token_index
from .context import DocContext, SentenceView, lang_data
from .lexicon import Match
from .membership_args import (
    JOINABLE,
    MOD,
    counted_pronoun,
    founding_date,
    full_times,
    genitive_gap,
    not_member,
    predicate_for,
    pronoun_states,
    state_dates,
)

__all__ = ["titled_members", "relative_member", "member_phrases", "term_members"]

T = EntityType
P = Predicate
_BOUNDARY = (",", ";")


def titled_members(ctx: DocContext, view: SentenceView) -> None:
    """"NATO allies Estonia, Latvia and Lithuania", "ES dalībvalstis Vācija un Francija": the
    states right after an organisation and a membership noun are its members (undated)."""
    ms = mentions(view)
    for h in hits(view, MOD, "MEMBER_TITLE"):
        org = next((m for m in reversed(ms) if m.end <= h.start), None)
        if org is None or org.type is not T.ORG or view.between(org.end, h.start).strip() not in ("", "'s", "’s") \
                or not_member(view, h) or is_generic(view, org):
            continue
        first = next((m for m in ms if m.start >= h.end), None)
        if first is None or first.type is not T.STATE or view.between(h.end, first.start).strip(" ,:–—-"):
            continue
        group = view.group(first, (T.STATE,))
        group = group[group.index(first):]
        # "(Par 35.) ESAO dalībvalsti Latvija kļuva 2016. gada 1. jūlijā": a title before "became" dates it
        i = token_index(view, group[-1].end)
        became = i < len(view.tokens) and view.tokens[i].text.casefold() in getattr(lang_data(view.lang, MOD), "BECAME", ())
        got = next(((x, v) for x, v in full_times(view) if x.start >= group[-1].end), None) if became else None
        quals = {"start": got[1]} if got is not None else {}
        for m in group:
            ctx.add(m.entity_id, P.MEMBER_OF, org.entity_id, view, qualifiers=dict(quals), confidence=0.65)


def relative_member(ctx: DocContext, view: SentenceView) -> None:
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
        org = next((m for m in reversed(ms) if m.end <= a and m.type in JOINABLE
                    and _head_gap(view, view.between(m.end, a))), None)
        member = next((m for m in ms if h.start <= m.start < b and m.type is T.STATE), None)
        if org is None or member is None:
            continue
        quals = quals_for(view, h) or founding_date(ctx, view, org)
        ctx.add(member.entity_id, predicate_for(org), org.entity_id, view, qualifiers=quals, confidence=0.7)


def _head_gap(view: SentenceView, gap: str) -> bool:
    """Between an antecedent and its relative clause: nothing, a bracketed short name or a group
    noun ("NB8 formātā, kura ...", "the NB8 format, of which ...")."""
    words = re.sub(r"\([^()]*\)|^\s*\)", " ", gap).split()
    if not words:
        return True
    nouns = getattr(lang_data(view.lang, MOD), "GROUP_NOUNS", ())
    return len(words) == 1 and any(words[0].casefold().startswith(n) for n in nouns)


def member_phrases(ctx: DocContext, view: SentenceView) -> set[int]:
    """"ir ANO dalībvalsts", "– Eiropas Padomes dalībvalsts", "par OECD (OECD) 35. dalībvalsti":
    claims for each phrase; returns the token indices of the membership nouns it used."""
    done: set[int] = set()
    lead = getattr(lang_data(view.lang, MOD), "PHRASE_LEAD", ())
    found = hits(view, MOD, "MEMBER_PHRASE")
    if not found or not lead:
        return done
    cands = sorted(mentions(view) + common_names(view), key=lambda m: m.start)
    toks = view.tokens
    found_phrases: list[tuple[list[str], Mention, Match, int, int]] = []
    also: dict[int, list[Mention]] = {}
    for h in found:
        org = next((m for m in reversed(cands) if m.end <= h.start), None)
        if org is None or org.type not in JOINABLE or not genitive_gap(view.between(org.end, h.start)) \
                or is_generic(view, org) or not_member(view, h):
            continue
        i = token_index(view, org.start)
        if i > 1 and toks[i - 1].text == "(":  # "Apvienoto Nāciju Organizācijas (ANO) dalībvalsts": the full name
            outer = next((m for m in reversed(cands) if m.end <= toks[i - 1].start), None)
            if outer is not None and outer.entity_id == org.entity_id:
                org, i = outer, token_index(view, outer.start)
        shared: list[Mention] = []  # "ir ES un NATO dalībvalstis": organisations sharing the noun
        while i > 1 and toks[i - 1].text.casefold() in _AND:
            prev = next((m for m in reversed(cands) if m.end <= toks[i - 1].start), None)
            if prev is None or prev.type not in JOINABLE or view.between(prev.end, toks[i - 1].start).strip():
                break
            shared.append(prev)
            i = token_index(view, prev.start)
        before = toks[i - 1].text.casefold() if i > 0 else ""
        if shared and before not in lead:
            shared, i = [], token_index(view, org.start)
            before = toks[i - 1].text.casefold() if i > 0 else ""
        also[h.first] = shared
        if before not in lead and not (found_phrases and before in _AND):  # "... kopš X un ES dalībvalsts kopš Y"
            continue
        lo = next((k for k in range(i - 1, -1, -1) if toks[k].text in _BOUNDARY), -1)
        hi = next((k for k in range(h.last + 1, len(toks)) if toks[k].text in _BOUNDARY), len(toks))
        seg_start = max(toks[lo].end if lo >= 0 else view.start, found_phrases[-1][2].end if found_phrases else view.start)
        seg_end = toks[hi].start if hi < len(toks) else view.end
        subj = subject_before(view, org.start, (T.STATE,))
        dated_aside = subj is not None and any(0 <= x.start - subj.end and len(view.between(subj.end, x.start).split()) <= 1
                                               for x in view.times)  # "– Polija kopš 1999. gada, bet Latvija kopš 2004 –"
        if found_phrases and (subj is None or (subj.start >= found_phrases[-1][2].end and dated_aside)):
            subj_ids = found_phrases[-1][0]  # "... dalībvalstis – A kopš X, bet B kopš Y – un arī ES dalībvalstis"
        elif subj is not None:
            subj_ids = [x.entity_id for x in view.group(subj, (T.STATE,)) if x.end <= org.start]
        else:  # "visas astoņas valstis ir arī NATO sabiedrotās", "abas valstis ir ..."
            subj_ids = pronoun_states(ctx, view, org.start) or ([] if counted_pronoun(view, org.start) else
                                                                [ctx.topic() or ""])
        subj_ids = [x for x in subj_ids if x]
        if not subj_ids:
            continue
        found_phrases.append((subj_ids, org, h, seg_start, seg_end))
    times = full_times(view)
    for k, (subj_ids, org, h, seg_start, seg_end) in enumerate(found_phrases):
        if k + 1 < len(found_phrases):
            seg_end = min(seg_end, found_phrases[k + 1][1].start)
        inside = [(x, v) for x, v in times if seg_start <= x.start < seg_end]
        # its own date: the first after its membership noun, else the last before its organisation
        got = next(((x, v) for x, v in inside if x.start >= h.end), None) \
            or next(((x, v) for x, v in reversed(inside) if x.end <= org.start), None)
        quals: dict[str, str] = {}
        if got is not None:
            x, v = got
            quals = {"start": v, "end": x.end_value or ""} if x.kind == "range" else (
                {"end": v} if x.kind == "until" else {"start": v})
        nxt = found_phrases[k + 1][1].start if k + 1 < len(found_phrases) else view.end
        own = state_dates(view, h.end, nxt, subj_ids) if len(subj_ids) > 1 else {}
        if not own and len(subj_ids) > 2 and counted_pronoun(view, org.start):
            quals = {}  # "kopš 2024. gada visas astoņas valstis ir NATO sabiedrotās": the group's date
        for subj_id in subj_ids:
            q = {"start": own[subj_id]} if subj_id in own else quals
            for o in [org] + also.get(h.first, []):
                ctx.add(subj_id, predicate_for(o), o.entity_id, view, qualifiers=dict(q), confidence=0.75)
        done.add(h.first)
    return done


_AND = ("un", "and", ",")


_TERM = re.compile(r"^\s*(?:[-*•]\s+)?(?:\*\*|__)?")
_TERM_END = re.compile(r"^\s*(?:\([^()]*\))?\s*(?:\*\*|__)?\s*[:–—-]\s")


def term_members(ctx: DocContext, view: SentenceView, used: set[int]) -> None:
    """"- **WTO** — dalībvalsts kopš 1999. gada", "**NATO** – ... un pilntiesīga dalībvalsts tā ir
    kopš 2004. gada", "- **WTO**: member since 1999": an item that opens with an organisation and
    a dash or colon speaks of it; a membership noun in it with no organisation of its own is
    membership of that one (the subject: a state before the noun, else the document's topic)."""
    ms = mentions(view)
    term = next(iter(ms), None)
    if term is None or term.type not in JOINABLE or view.between(view.start, term.start).strip(" -*•_") \
            or not _TERM_END.match(view.ctx.text[term.end:view.end]):
        return
    cands = sorted(ms + common_names(view), key=lambda m: m.start)
    times = full_times(view)
    for h in hits(view, MOD, "MEMBER_PHRASE"):
        if h.first in used or h.start <= term.end or not_member(view, h):
            continue
        prev = next((m for m in reversed(cands) if m.end <= h.start), None)
        if prev is not None and prev is not term and prev.type in JOINABLE and genitive_gap(view.between(prev.end, h.start)):
            continue  # "ir ES dalībvalsts": its own organisation (member_phrases)
        subj = subject_before(view, h.start, (T.STATE,))
        subj_id = subj.entity_id if subj is not None and subj.start > term.end else ctx.topic()
        if not subj_id:
            continue
        got = next(((x, v) for x, v in times if x.start >= h.end), None)
        quals = {} if got is None else {"start": got[1], "end": got[0].end_value or ""} if got[0].kind == "range" \
            else {"start": got[1]}
        ctx.add(subj_id, predicate_for(term), term.entity_id, view, qualifiers=quals, confidence=0.7)

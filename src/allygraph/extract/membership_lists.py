"""Membership stated as a list of members: in prose, in a bulleted list, in a table.

* prose: an organisation (the clause's subject) and a list verb or noun, then its states:
  "the NB8, which brings together Denmark, Estonia ...", "JEF ir ... formāts, kurā darbojas
  A, B un C", "the Vilnius Group comprised ...", "NB8 dalībvalstis ir A, B", "Members of the
  JEF: A, B, C", "a framework in which A, B and C take part" (MEMBERS_LIST, MEMBERS_OF_LIST,
  MEMBERS_IN + MEMBERS_IN_VERB). A member's own bracketed date ("Finland (2017)") is its start.
* bullets: a lead-in or heading that names an organisation and speaks of members ("JEF member
  states:", "Viļņas grupas dalībvalstis:") makes the states opening each item its members; one
  that names a state (or none: the document's topic state) and speaks of membership ("Latvia is a
  member of:", "Latvija ir šādu organizāciju dalībvalsts:") makes the organisations opening
  each item the state's. An item's own date is the start ("- NATO (since 2004)").
* tables (rows rendered as "| a | b |" lines): the same two readings row by row, with the
  organisation or state from the table's lead-in, its header row or the row itself.

Word lists are data in ``lang/<code>/rel_membership.py``; called per sentence by
:mod:`.membership`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Mention
from ..vocab import EntityType, Predicate
from ._slots import hits, is_generic, is_modifier, mentions, token_index
from .context import _SEP, DocContext, SentenceView, lang_data
from .lexicon import Match
from .membership_args import JOINABLE, MOD, founding_date, full_times, group_states, predicate_for

__all__ = ["prose_lists", "item_members", "table_members", "is_table", "add_members", "together_with", "NOT_SUBJECT"]

T = EntityType
P = Predicate
_MEMBERS = (T.STATE, T.REGION)
_CUES = ("LIST_CUE", "MEMBERS_LIST", "MEMBERS_OF_LIST", "MEMBER_TITLE", "JOIN", "MEMBER_PHRASE")


# ----------------------------------------------------------------------------------- prose

def prose_lists(ctx: DocContext, view: SentenceView) -> None:
    """"X brings together A, B and C", "X dalībvalstis ir A, B", "Members of X: A, B",
    "X is a format in which A and B take part": each listed state is a member of X."""
    ms = mentions(view)
    for t in hits(view, MOD, "MEMBERS_LIST"):
        org = _owner_before(view, t, ms)
        if org is not None:
            add_members(ctx, view, org, _states_after(view, t.end, ms), ms)
    for t in hits(view, MOD, "MEMBERS_OF_LIST"):  # "the members of the NB8 are A, B"
        org = next((m for m in ms if m.start >= t.end), None)
        if org is None or org.type is not T.ORG or len(view.between(t.end, org.start).split()) > 1:
            continue
        add_members(ctx, view, org, _states_after(view, org.end, ms, lead=_VERB_LEAD), ms,
                     quals=founding_date(ctx, view, org))  # "the founding members of X were ...": its founding date
    verbs = hits(view, MOD, "MEMBERS_IN_VERB")
    for t in hits(view, MOD, "MEMBERS_IN") if verbs else ():  # "a format in which A, B and C take part"
        org = _owner_before(view, t, ms)
        group = _states_after(view, t.end, ms)
        if org is None or not group:
            continue
        last = max(m.end for m in group)
        verb = next((v for v in verbs if v.start >= last and len(view.between(last, v.start).split()) <= 2), None)
        if verb is not None:  # "... kurā Latvija darbojas kopā ar Dāniju, Igauniju": the partners too
            add_members(ctx, view, org, group + together_with(view, verb, ms), ms)


def _owner_before(view: SentenceView, t: Match, ms: list[Mention]) -> Mention | None:
    """The organisation whose members a list names: the nearest organisation before the trigger
    (not a bracketed short name) with only a possessive, a relative pronoun, or a copula or comma
    and a description ending in a group noun ("..., a British-led framework, which") between."""
    orgs = [m for m in ms if m.end <= t.start and m.type is T.ORG
            and not view.ctx.text[:m.start].rstrip().endswith("(")][-2:]
    for org in reversed(orgs):
        gap = view.between(org.end, t.start)
        if any(org.end <= m.start and m.end <= t.start and m.type is T.ORG and m.entity_id != org.entity_id for m in ms):
            continue
        i = token_index(view, org.start)
        if i > 0 and view.tokens[i - 1].text.casefold() in NOT_SUBJECT or is_generic(view, org):
            continue
        if gap.strip() and not gap.lstrip().startswith(("(", ",")) and is_modifier(view, org, ms) \
                and not _possessive(view, org):
            continue
        gap = re.sub(r"\([^()]*\)", " ", gap)
        if _gap_rx(view.lang).match(gap) and len(gap.split()) <= 14:
            return org
    return None


NOT_SUBJECT = ("by", "of", "from", "with", "to", "ar", "no", "pie", "uz")
_VERB_LEAD = r"(?:are|were|include|included|comprise|comprised|ir|bija|:|–|—|-)"


def _possessive(view: SentenceView, m: Mention) -> bool:
    return view.ctx.text[m.end:m.end + 2] in ("'s", "’s")


@lru_cache(maxsize=None)
def _gap_rx(lang: str) -> re.Pattern[str]:
    mod = lang_data(lang, MOD)
    nouns = "|".join(sorted(getattr(mod, "GROUP_NOUNS", ()), key=len, reverse=True)) or "(?!)"
    rel = "|".join(getattr(mod, "REL_PRONOUNS", ())) or "(?!)"
    copula = "|".join(getattr(mod, "COPULA", ())) or "(?!)"
    return re.compile(rf"^\s*(?:['’]s)?\s*(?:,\s*)?(?:(?:{rel})\s*)?$"
                      rf"|^\s*\**\s*(?:,|[–—]|\b(?:{copula})\b)[^.;:]*\b(?:{nouns})\w*\s*,?\s*(?:(?:{rel})\s*)?$", re.IGNORECASE)


def _states_after(view: SentenceView, offset: int, ms: list[Mention], lead: str = "") -> list[Mention]:
    """The coordinated states (or group names) that open the text after ``offset``: a few words
    ("the ten countries:") may stand before them, no name and no "of"; with ``lead`` that word
    must stand there ("are", ":")."""
    first = next((m for m in ms if m.start >= offset), None)
    if first is None or first.type not in _MEMBERS:
        return []
    gap = view.between(offset, first.start)
    if lead:
        if not re.match(rf"^\s*(?:\([^()]*\))?\s*{lead}\s*(?:the\s+)?$", gap, re.IGNORECASE):
            return []
    elif not _gap_words_ok(view.lang, gap):
        return []
    group = [first]
    for m in ms[ms.index(first) + 1:]:  # "Finland (2017), Iceland (2021) and Latvia (2015)"
        gap = re.sub(r"\([^()]*\)", " ", view.between(group[-1].end, m.start))
        if m.type not in _MEMBERS or not gap.strip() or not _SEP.match(gap):
            break
        group.append(m)
    return group


def _gap_words_ok(lang: str, gap: str) -> bool:
    """Only articles, numbers, counted nouns and regional adjectives ("the ten Nordic and Baltic
    countries:") may stand between a list verb and its first state."""
    words = getattr(lang_data(lang, MOD), "LIST_GAP_WORDS", ())
    toks = [w.strip(":,–—-()").casefold() for w in gap.split()]
    return len(toks) <= 6 and all(not w or w.isdigit() or w in words for w in toks)


def add_members(ctx: DocContext, view: SentenceView, org: Mention, group: list[Mention], ms: list[Mention],
                 span: tuple[int, int] | None = None, quals: dict[str, str] | None = None) -> None:
    for m in group:
        own = dict(quals or {}) or _bracket_date(view, m)
        for s in group_states(ctx, m) if m.type is T.REGION else [m.entity_id]:
            ctx.add(s, predicate_for(org), org.entity_id, view, qualifiers=own, confidence=0.7, span=span)


_BRACKET = re.compile(r"\s*\(\s*(?:since|from|kopš|no)?\s*((?:19|20)\d\d)\s*\.?\s*(?:g\.|gada)?\s*\)", re.IGNORECASE)


def _bracket_date(view: SentenceView, m: Mention) -> dict[str, str]:
    """"Finland (2017)", "Somija (kopš 2017. gada)": a member's own year in brackets."""
    got = _BRACKET.match(view.ctx.text, m.end)
    return {"start": got.group(1)} if got else {}


def together_with(view: SentenceView, t: Match, ms: list[Mention]) -> list[Mention]:
    """"... darbojas kopā ar Dāniju, Igauniju", "works together with Denmark and Estonia"."""
    rx = getattr(lang_data(view.lang, MOD), "TOGETHER_WITH", "")
    got = re.match(rx, view.ctx.text[t.end:view.end], re.IGNORECASE) if rx else None
    if got is None:
        return []
    at = t.end + got.end()
    first = next((m for m in ms if m.start >= at), None)
    if first is None or first.type not in _MEMBERS or view.between(at, first.start).strip():
        return []
    return [m for m in view.group(first, _MEMBERS) if m.start >= first.start]


# --------------------------------------------------------------------------------- bullets

def _reading(ctx: DocContext, head: SentenceView, cued: bool = False) -> tuple[str, list[str]] | None:
    """How a lead-in or heading reads the items under it: ("org", [organisation ids]) when it
    names organisations and speaks of members, ("state", [state ids]) when it names states (or
    none: the topic state) and speaks of membership; None otherwise."""
    cache = ctx.__dict__.setdefault("_member_readings", {})
    if (head.index, cued) in cache:
        return cache[(head.index, cued)]
    got = None
    if (cued or any(hits(head, MOD, n) for n in _CUES)) and not hits(head, MOD, "NOT_MEMBER"):
        ms = mentions(head)
        orgs = [m for m in ms if m.type is T.ORG and not is_generic(head, m)]
        states = [m for m in ms if m.type is T.STATE]
        if orgs and not states:
            got = ("org", list(dict.fromkeys(m.entity_id for m in head.group(orgs[0], (T.ORG,)))))
        elif states and not orgs and not [m for m in ms if m.type in JOINABLE]:
            got = ("state", list(dict.fromkeys(m.entity_id for m in head.group(states[0]))))
        elif not ms and ctx.topic():
            got = ("state", [ctx.topic() or ""])
    cache[(head.index, cued)] = got
    return got


def item_members(ctx: DocContext, view: SentenceView) -> None:
    """A list item under a membership lead-in: "- Denmark (2014)" under "JEF members:", "- NATO,
    since 29 March 2004" under "Latvia is a member of:"."""
    if view.heading is None or not view.sent.is_list_item:
        return
    reading = _reading(ctx, view.heading)
    if reading is None:
        return
    ms = mentions(view)
    first = _opening(view, ms)
    if first is None:
        return
    # "- NATO — uzaicinājumu saņēma 2002. gadā, un dalībvalsts tā ir kopš 2004. gada": the date after a membership word
    cue = next((h for n in ("MEMBER_PHRASE", "JOIN") for h in hits(view, MOD, n)), None) if len(view.times) > 1 else None
    quals = _date_quals(view, cue.end if cue is not None else view.start, view.end) or _date_quals(view, view.start, view.end)
    _read_row(ctx, view, reading, [first], ms, None, quals)


def _opening(view: SentenceView, ms: list[Mention]) -> Mention | None:
    """The name an item opens with (after its marker and an article)."""
    first = next(iter(ms), None)
    if first is None:
        return None
    gap = view.between(view.start, first.start)
    return first if len(re.sub(r"[-*•–—\d.)|]", " ", gap).split()) <= 1 else None


def _read_row(ctx: DocContext, view: SentenceView, reading: tuple[str, list[str]], firsts: list[Mention],
              ms: list[Mention], span: tuple[int, int] | None, quals: dict[str, str]) -> None:
    kind, ids = reading
    for first in firsts:
        if kind == "org" and first.type in _MEMBERS:
            group = view.group(first, _MEMBERS)
            group = group[group.index(first):]
            for org in ids:
                for m in group:
                    for s in group_states(ctx, m) if m.type is T.REGION else [m.entity_id]:
                        ctx.add(s, P.MEMBER_OF, org, view, qualifiers=dict(quals), confidence=0.65, span=span)
        elif kind == "state" and first.type in _ROW_OBJECTS and not is_generic(view, first):
            group = [m for m in view.group(first, _ROW_OBJECTS) if m.start >= first.start]
            for s in ids:
                for m in group:
                    ctx.add(s, predicate_for(m), m.entity_id, view, qualifiers=dict(quals), confidence=0.65, span=span)


_YEAR_CELL = re.compile(r"\|\s*((?:19|20)\d\d)\s*(?=\|)")


def _date_quals(view: SentenceView, a: int, b: int) -> dict[str, str]:
    """The date of an item or row: its first date, or a bare year standing alone in a cell."""
    x = next(((x, v) for x, v in full_times(view) if a <= x.start < b), None)
    if x is None:
        cell = _YEAR_CELL.search(view.ctx.text, a, b)
        return {"start": cell.group(1)} if cell else {}
    t, v = x
    if t.kind == "range":
        return {"start": v, "end": t.end_value or ""}
    return {"end": v} if t.kind == "until" else {"start": v}


# ---------------------------------------------------------------------------------- tables

def is_table(view: SentenceView) -> bool:
    return view.text.lstrip().startswith("|") and "\n" in view.text.strip()


def table_members(ctx: DocContext, view: SentenceView) -> None:
    """Rows of a membership table: "| NATO | 29 March 2004 |" under "Latvia's memberships", "|
    Finland | 2017 |" under "JEF members", "| Latvia | NATO | 2004 |" under a membership header."""
    rows = _rows(view)
    if len(rows) < 2:
        return
    ms = mentions(view)
    head = _lead_in(ctx, view)
    header = rows[0] if _is_header(view, rows, ms) else None
    cue = header is not None and _cue_in(view, header[0], header[1])
    reading = _reading(ctx, head, cued=cue) if head is not None else None
    own = _header_state(view, header, ms) if cue and header is not None else None
    if own is not None:  # "| Operācija | ... | Latvijas dalība |": the header's state, row by row
        reading = ("state", [own])
    for a, b in rows[1:] if header is not None else rows:
        if set(view.between(a, b)) <= set("|-: \t"):
            continue
        cells = [m for m in ms if a <= m.start < b]
        states = [m for m in cells if m.type is T.STATE]
        orgs = [m for m in cells if m.type in JOINABLE]
        quals = _date_quals(view, a, b)
        if states and orgs and own is None and (cue or reading is not None):
            for s in states:
                for o in orgs:
                    ctx.add(s.entity_id, predicate_for(o), o.entity_id, view, qualifiers=dict(quals),
                            confidence=0.6, span=(a, b))
        elif reading is not None and cells:
            _read_row(ctx, view, reading, cells[:1], ms, (a, b), quals)


_ROW_OBJECTS = (T.ORG, T.PROGRAMME, T.OPERATION)


def _header_state(view: SentenceView, header: tuple[int, int], ms: list[Mention]) -> str | None:
    """The one state a table's header row names next to its membership word ("Latvijas dalība
    kopš", "Latvia's participation"), else None."""
    states = {m.entity_id for m in ms if header[0] <= m.start < header[1] and m.type is T.STATE}
    others = [m for m in ms if header[0] <= m.start < header[1] and m.type is not T.STATE]
    return states.pop() if len(states) == 1 and not others else None


def _rows(view: SentenceView) -> list[tuple[int, int]]:
    out = []
    pos = view.start
    for line in view.text.split("\n"):
        s = line.strip()
        if s.startswith("|"):
            lo = pos + line.index("|")
            out.append((lo, lo + len(s)))
        pos += len(line) + 1
    return out


def _is_header(view: SentenceView, rows: list[tuple[int, int]], ms: list[Mention]) -> bool:
    a, b = rows[0]
    rule = rows[1] if len(rows) > 1 else None
    return (rule is not None and set(view.between(*rule)) <= set("|-: \t")) \
        or not any(a <= m.start < b for m in ms)


def _cue_in(view: SentenceView, a: int, b: int) -> bool:
    return any(a <= h.start < b for n in _CUES for h in hits(view, MOD, n))


def _lead_in(ctx: DocContext, view: SentenceView) -> SentenceView | None:
    """The heading or colon lead-in a table stands under (up to two sentences before it)."""
    for prev in reversed(ctx.views[max(0, view.index - 3):view.index]):
        if prev.sent.is_heading or prev.text.rstrip().endswith(":"):
            return prev
    return None

"""Argument helpers of the membership family (:mod:`.membership`, :mod:`.membership_roles`).

Who joins, takes part or is invited when the sentence does not simply name one state before
the trigger: the coordination group of the nearest state, a group name standing for its states
("the Baltic states", reference data ``members=``), a pronoun standing for the states of a
sentence just before ("they", "both countries", "abas valstis"), the document's topic state.
Also: whether the words before a trigger make it no membership yet ("applied for", "hopes to
join", "nav"), and the period a chair or a seat is held for when the date parser gives only a
year ("in the first half of 2015", "No 2015. gada janvāra līdz jūnijam"). Shared constants of
the family live here too, so the two rule modules import from one place.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Mention, TimeExpr
from ..vocab import EntityType, Predicate
from ._slots import hits, relative_spans, subject_before, subject_group, token_index, triggers
from .context import _SEP, DocContext, SentenceView, lang_data
from .created import ref_entities
from .lexicon import Match

__all__ = ["MOD", "SUBJECTS", "JOINABLE", "TAKEN_PART", "subjects", "predicate_for", "invitations", "not_member",
           "group_states", "state_or_group", "pronoun_states", "founding_date", "genitive_gap", "period_quals", "dated_group",
           "full_times", "later_date", "counted_pronoun", "state_dates", "excepted"]

T = EntityType
P = Predicate
MOD = "rel_membership"
SUBJECTS = (T.STATE, T.ORG)
JOINABLE = (T.ORG, T.PROGRAMME)
TAKEN_PART = (T.PROGRAMME, T.OPERATION)


def subjects(ctx: DocContext, view: SentenceView, t: Match, types: tuple[EntityType, ...] = SUBJECTS, offset: int | None = None) -> list[str]:
    """The subject group before the trigger (or before ``offset``), a group name's states, the
    states a pronoun stands for, else the document's topic state."""
    at = t.start if offset is None else offset
    m = state_or_group(view, at, types)
    if m is not None and m.type is T.REGION:
        got = group_states(ctx, m)
        if got:
            return got
        m = subject_before(view, at, types)
    if m is not None:
        return [x.entity_id for x in subject_group(view, m)]
    got = pronoun_states(ctx, view, at)
    if got:
        return got
    topic = ctx.topic()
    return [topic] if topic else []


def state_or_group(view: SentenceView, offset: int, types: tuple[EntityType, ...] = SUBJECTS) -> Mention | None:
    """The subject before ``offset``: a group name ("the Baltic states") when it is nearer than
    any state and not part of that state's phrase ("Latvia and other Baltic States")."""
    m = subject_before(view, offset, types)
    g = subject_before(view, offset, (T.REGION,))
    if g is None or (m is not None and (g.start < m.end or len(view.between(m.end, g.start).split()) <= 3)) \
            or token_before(view, g) in getattr(lang_data(view.lang, MOD), "OTHER_WORDS", ()):
        return m
    return g


def group_states(ctx: DocContext, m: Mention) -> list[str]:
    """The member states of a group name ("the Baltic states"), from the reference data."""
    ent = ref_entities(ctx).get(m.entity_id) if m.type is T.REGION else None
    members = ent.extra.get("members") if ent is not None else None
    if isinstance(members, str):
        members = [members]
    return [str(x) for x in members] if isinstance(members, list) else []


def pronoun_states(ctx: DocContext, view: SentenceView, offset: int, depth: int = 0) -> list[str]:
    """"they joined", "all three were invited", "abas valstis iestājās": a subject pronoun before
    ``offset`` stands for states named before it. A counted pronoun ("both", "the three states",
    "visas trīs") takes the nearest coordination group (or sentence) naming that many states; a
    bare one ("they", "each") the nearest sentence's first group, or, when that sentence's own
    subject was such a pronoun ("The three states joined ...: Lithuania on ..., Estonia on ..."),
    what that pronoun stood for."""
    hit = next((h for h in hits(view, MOD, "PRONOUN_SUBJECT") if h.end <= offset and _pronoun_ok(view, h)), None)
    if hit is None or any(m.type in (T.STATE, T.REGION) and m.end <= hit.start for m in view.mentions):
        return []
    want = _count_of(view, hit)
    for prev in reversed(ctx.views[max(0, view.index - 8):view.index]):
        states = [m for m in prev.mentions if m.type in (T.STATE, T.REGION)]
        if not states:
            continue
        groups = [_ids(ctx, prev, g) for g in prev.groups((T.STATE,))]
        groups = [g for g in groups if g]
        whole = _ids(ctx, prev, states)
        if want:
            got = next((g for g in groups if len(g) == want), None)
            if got is None and len(whole) == want:
                got = whole
            if got is None and want == 2 and len(whole) > 2:
                got = whole[-2:]  # "Latvia signed with Estonia and Lithuania; both ...": the last two
            if got is not None:
                return got
            continue
        first = states[0]
        if first.type is T.REGION:
            return group_states(ctx, first)
        own = [x.entity_id for x in prev.group(first)]
        if len(own) == 1 and depth < 2 and len(whole) > 1:
            inner = pronoun_states(ctx, prev, first.start, depth + 1)
            if inner:
                return inner
        return own
    return _known_members(ctx, view, want) if want > 2 else []


def _known_members(ctx: DocContext, view: SentenceView, want: int) -> list[str]:
    """"All ten former members of the group ...": the one organisation the sentences before have
    given exactly that many member states (founders and later joiners together)."""
    by_org: dict[str, list[str]] = {}
    for c in ctx.claims:
        if c.predicate is P.MEMBER_OF and isinstance(c.object, str) and c.subject.startswith("state:") \
                and c.sources[0].start < view.start:
            got = by_org.setdefault(c.object, [])
            if c.subject not in got:
                got.append(c.subject)
    found = [ids for ids in by_org.values() if len(ids) == want]
    return found[0] if found and all(set(f) == set(found[0]) for f in found) else []


def _ids(ctx: DocContext, view: SentenceView, ms: list[Mention]) -> list[str]:
    """Distinct state ids of these mentions in order, a group name standing for its states."""
    out: list[str] = []
    for m in ms:
        for s in group_states(ctx, m) if m.type is T.REGION else [m.entity_id] if m.type is T.STATE else []:
            if s not in out:
                out.append(s)
    return out


def _count_of(view: SentenceView, hit: Match) -> int:
    """How many states a pronoun phrase counts ("both" 2, "the three states" 3), 0 if none."""
    counts = getattr(lang_data(view.lang, MOD), "GROUP_COUNTS", {})
    for tok in view.tokens[hit.first:hit.last + 1]:
        n = counts.get(tok.text.casefold())
        if n:
            return n
    return 0


def _pronoun_ok(view: SentenceView, hit: Match) -> bool:
    """"each year", "tās ietvaros" are no subjects: the word after the pronoun must not be one of
    the language's NOT_PRONOUN_NEXT nouns."""
    nxt = view.tokens[hit.last + 1].text.casefold() if hit.last + 1 < len(view.tokens) else ""
    mod = lang_data(view.lang, MOD)
    if hit.first == hit.last and view.tokens[hit.first].text.casefold() in getattr(mod, "PLURAL_PRONOUNS", ()) \
            and nxt.isalpha() and nxt.endswith("s") and len(nxt) > 3:
        return False  # "both accessions", "all members": a determiner of a plural noun, no pronoun
    return nxt not in getattr(mod, "NOT_PRONOUN_NEXT", ())


_BRACKET_YEAR = re.compile(r"\s*\(((?:19|20)\d\d)\)")


def dated_group(view: SentenceView, m: Mention) -> list[tuple[Mention, str | None]]:
    """"pēc Somijas (2023) un Zviedrijas (2024) iestāšanās": a state group whose members each
    carry a date in brackets, with those dates (None where a member has none)."""
    states = [x for x in view.mentions if x.type is T.STATE]
    k = next((i for i, x in enumerate(states) if x is m), None)
    if k is None:
        return [(m, None)]
    text = view.ctx.text

    def own_date(x: Mention) -> str | None:
        after = text[x.end:x.end + 16]
        got = next((t for t in view.times if 0 < t.start - x.end <= 2 and after.lstrip().startswith("(")), None)
        if got is None:  # a bare year in brackets is no date expression: "Somijas (2023)"
            year = _BRACKET_YEAR.match(after)
            return year.group(1) if year else None
        return got.value if not got.value.startswith("--") else None

    def joined(a: Mention, b: Mention) -> bool:
        gap = text[a.end:b.start]
        date = own_date(a)
        if date is not None:
            gap = re.sub(r"^\s*\([^()]*\)", "", gap)
        return bool(gap.strip()) and _SEP.match(gap) is not None
    lo = k
    while lo > 0 and joined(states[lo - 1], states[lo]):
        lo -= 1
    return [(x, own_date(x)) for x in states[lo:k + 1]]


def predicate_for(m: Mention) -> Predicate:
    """Joining an organisation is membership; joining a programme or process is participation."""
    return P.MEMBER_OF if m.type is T.ORG else P.PARTICIPANT_IN


def invitations(view: SentenceView) -> list[tuple[Match, Match]]:
    """(invitation word, join word) pairs: "invited Poland, Hungary and Czechia to join"."""
    joins = hits(view, MOD, "INVITE_JOIN")
    out = []
    for t in triggers(view, MOD, "INVITE"):
        j = next((j for j in joins if j.first > t.last and j.first - t.last <= 25), None)
        if j is not None and not any(tok.text == ";" for tok in view.tokens[t.last:j.first]):
            out.append((t, j))
        elif j is None and _at_summit(view, t) and not not_member(view, t):
            out.append((t, t))  # "received their invitations at the Bucharest Summit": an accession invitation
    return out


def _at_summit(view: SentenceView, t: Match) -> bool:
    """An invitation given at an organisation's summit ("at the Bucharest Summit", "Prāgas
    samitā"): a meeting of the reference data with an ``org=`` within a few words after the
    invitation word, introduced by "at"/"during" (not "to": an invitation to attend)."""
    from .created import ref_entities

    ents = ref_entities(view.ctx)
    preps = getattr(lang_data(view.lang, MOD), "AT_EVENT", ())
    for m in view.mentions:
        if m.start < t.end or len(view.between(t.end, m.start).split()) > 6:
            continue
        e = ents.get(m.entity_id) if m.type is T.EVENT else None
        if e is None or not isinstance(e.extra.get("org"), str):
            continue
        i = token_index(view, m.start)
        words = [tok.text.casefold() for tok in view.tokens[max(0, i - 3):i]]
        return (not preps and bool(m.cases & {"loc"})) or any(w in preps for w in words) and "to" not in words[-2:]
    summit = getattr(lang_data(view.lang, MOD), "SUMMIT", ())  # "at the Brussels Summit" not linked to an event
    toks = view.tokens
    for k in range(t.last + 1, min(len(toks), t.last + 8)):
        low = toks[k].text.casefold()
        if any(low.startswith(w) for w in summit):
            words = [tok.text.casefold() for tok in toks[max(t.last + 1, k - 3):k]]
            return (not preps and low.endswith("ā")) or any(w in preps for w in words)
    return False


def not_member(view: SentenceView, t: Match) -> bool:
    """The words just before the trigger say it is no membership (yet): "applied for membership",
    "hopes to join", "is not a member", "nav ... dalībvalsts", "plāno pievienoties"."""
    for h in hits(view, MOD, "NOT_MEMBER"):
        if t.first - 4 <= h.first and h.last < t.first and h.start < t.start \
                and not any(tok.text in (",", ";", ":") for tok in view.tokens[h.last + 1:t.first]):
            return True
        if t.first <= h.first <= t.last:  # "is not a member of", inside the trigger
            return True
    return False


@lru_cache(maxsize=None)
def _period_rx(lang: str) -> tuple[tuple[re.Pattern[str], ...], dict[str, int], tuple[str, ...]]:
    mod = lang_data(lang, MOD)
    months_mod = lang_data(lang, "months")
    forms: dict[str, int] = months_mod.month_forms() if months_mod is not None else {}
    month = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) or "(?!)"
    rxs = [re.compile(p) for p in getattr(mod, "HALF_YEAR", ())]
    rxs += [re.compile(p.format(month=month)) for p in getattr(mod, "MONTH_SPAN", ())]
    return tuple(rxs), {k.casefold(): v for k, v in forms.items()}, tuple(getattr(mod, "FIRST_HALF", ()))


def period_quals(view: SentenceView, t: Match) -> dict[str, str]:
    """start/end of a half year or a month-to-month span in the trigger's sentence ("in the
    first half of 2015", "from July to December 2013", "No 2015. gada janvāra līdz jūnijam");
    empty when the sentence states none (or several)."""
    rxs, months, first = _period_rx(view.lang)
    found: list[dict[str, str]] = []
    for rx in rxs:
        for mt in rx.finditer(view.text):
            g = mt.groupdict()
            y = g["y"]
            if g.get("half"):
                h1 = g["half"].casefold() in first
                found.append({"start": f"{y}-01" if h1 else f"{y}-07", "end": f"{y}-06" if h1 else f"{y}-12"})
                continue
            m1, m2 = months.get(g["m1"].casefold()), months.get(g["m2"].casefold())
            if m1 is None or m2 is None:
                continue
            y1 = g.get("y1") or y
            y2 = g.get("y2") or y
            found.append({"start": f"{y1}-{m1:02d}", "end": f"{y2}-{m2:02d}"})
    return found[0] if len(found) == 1 else {}


def token_before(view: SentenceView, m: Mention) -> str:
    """The lower-cased token just before a mention ("" at the sentence start)."""
    i = token_index(view, m.start)
    return view.tokens[i - 1].text.casefold() if i > 0 else ""


def founding_date(ctx: DocContext, view: SentenceView, org: Mention) -> dict[str, str]:
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


_GENITIVE_GAP = re.compile(r"^\s*\)?\s*(?:\([^()]*\))?\s*(?:\d+\s*\.)?\s*(?:\w+)?\s*$")


def genitive_gap(gap: str) -> bool:
    """What may stand between an organisation and its membership noun: a bracketed short name,
    an ordinal, one adjective ("(OECD) 35.", "nepastāvīgo")."""
    return len(gap) <= 40 and _GENITIVE_GAP.match(gap) is not None


def full_times(view: SentenceView) -> list[tuple[TimeExpr, str]]:
    """The sentence's dates with their values, a day without a year ("1 May of the same year",
    "tā paša gada 1. maija") given the year of the nearest earlier date in the sentence (such a
    day with no earlier date is left out)."""
    out: list[tuple[TimeExpr, str]] = []
    year = None
    for x in view.times:
        if not x.value.startswith("--"):
            year = x.value[:4]
            out.append((x, x.value))
        elif year is not None:
            out.append((x, year + x.value[1:]))
    return out


_NUMBERS = {"a": 1, "an": 1, "one": 1, "vienu": 1, "viena": 1, "two": 2, "divus": 2, "divi": 2, "divām": 2, "divu": 2}


def later_date(ctx: DocContext, view: SentenceView, offset: int) -> dict[str, str]:
    """"joined three months later", "pievienojās pēc trim mēnešiem": a start counted from the date
    of the sentence before (or of this one before ``offset``); empty when there is none."""
    mod = lang_data(view.lang, MOD)
    counts = {**_NUMBERS, **getattr(mod, "GROUP_COUNTS", {})}
    for pat in getattr(mod, "LATER", ()):
        got = re.compile(pat, re.IGNORECASE).search(view.ctx.text, offset, view.end)
        if got is None or len(view.between(offset, got.start()).split()) > 3:
            continue
        g = got.groupdict()
        n = counts.get((g.get("n") or "one").casefold()) or (int(g["n"]) if (g.get("n") or "").isdigit() else 0)
        unit = (g.get("u") or "y").casefold()
        base = [x.value for x in view.times if x.end <= offset and not x.value.startswith("--")]
        for prev in reversed(ctx.views[max(0, view.index - 3):view.index] if not base else []):
            base = [x.value for x in prev.times if not x.value.startswith("--")]
            if base:
                break
        if not n or not base:
            return {}
        y, rest = int(base[-1][:4]), base[-1][5:7]
        if unit.startswith(("m", "mē")) and rest:
            months = y * 12 + int(rest) - 1 + n
            return {"start": f"{months // 12}-{months % 12 + 1:02d}"}
        if unit.startswith("m"):
            return {}
        return {"start": str(y + n)}  # years: "a year later", "the following year", "pēc gada"
    return {}


def excepted(ctx: DocContext, view: SentenceView, group: list[Mention]) -> list[str] | None:
    """"all ten ... are NATO Allies, and all except Albania and North Macedonia are also EU
    members": the group a pronoun before the exception word stands for, without the states named
    after it; None when no exception word stands right before the group."""
    words = getattr(lang_data(view.lang, MOD), "EXCEPT", ())
    i = token_index(view, group[0].start)
    if not words or i == 0 or view.tokens[i - 1].text.casefold() not in words:
        return None
    whole = pronoun_states(ctx, view, group[0].start)
    out = [s for s in whole if s not in {m.entity_id for m in group}]
    return out if len(out) < len(whole) else []


def counted_pronoun(view: SentenceView, offset: int) -> bool:
    """A counted group phrase ("all ten former members", "visas astoņas valstis") stands before
    ``offset``: its subject is that group or nobody, never the document's topic."""
    return any(h.end <= offset and _count_of(view, h) for h in hits(view, MOD, "PRONOUN_SUBJECT"))


def state_dates(view: SentenceView, a: int, b: int, ids: list[str]) -> dict[str, str]:
    """"– Polija kopš 1999. gada, bet Latvija kopš 2004. gada –", "(Poland since 1999, Latvia
    since 2004)": each of these states followed closely by its own date between ``a`` and ``b``."""
    out: dict[str, str] = {}
    for m in view.mentions:
        if not (a <= m.start < b) or m.type is not T.STATE or m.entity_id not in ids:
            continue
        x = next((x for x in view.times if x.start >= m.end), None)
        if x is not None and x.start < b and len(view.between(m.end, x.start).split()) <= 2 \
                and not x.value.startswith("--"):
            out.setdefault(m.entity_id, x.value)
    return out

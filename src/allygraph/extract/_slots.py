"""Argument slots shared by the membership and operations rules.

A rule finds a trigger and fills its slots from the sentence's mentions plus two kinds of
*virtual* mentions this module adds:

* nationality adjectives that stand for a state ("Turkish and Greek authorities",
  "latviešu karavīri"; tables in ``lang/<code>/nationality.py``);
* operations the text names only by description ("NATO deployed a maritime force to the
  Aegean Sea"), resolved to a reference operation led by that actor in that place or created.

Other helpers: the nearest subject before a trigger, the objects after it up to the end of the
clause, names used only as modifiers ("NATO partners", "Latvijas stratēģiskajiem partneriem"),
generic references ("all NATO operations") and the dates a relation takes from its sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache

from ..model import Mention, TimeExpr
from ..vocab import EntityType
from .context import _SEP, DocContext, SentenceView, lang_data, lexicon
from .created import ensure_entity, ref_entities, slug
from .lexicon import Match

__all__ = ["screen", "screen_regex", "hits", "hit_at", "triggers", "mentions", "token_index", "subject_before", "objects_after", "is_modifier",
           "times_for", "quals_for", "PLACES", "ACTORS"]

T = EntityType
_WITH = re.compile(r"^\s*,?\s*(?:together with|along with|kopā ar)\s*$", re.IGNORECASE)
_CLAUSE_JOIN = re.compile(r",\s*(?:and|un|bet|but|while|whereas|savukārt|so|thus|tātad|tāpēc)\b|;")
PLACES = (T.STATE, T.REGION)
ACTORS = (T.STATE, T.ORG, T.OPERATION, T.FORMATION)
_QUOTES = set("*_\"'“”„«»()[]")


def _key_token(pattern: str) -> str:
    """The most telling token of a pattern (its longest shortest alternative): "was|were
    admitted to" -> "admitted". A sentence without it cannot match the pattern."""
    toks = [t for t in pattern.split() if t != "?"]
    return max(toks, key=lambda t: min(len(a.rstrip("*")) for a in t.split("|"))) if toks else "?"


@lru_cache(maxsize=None)
def _screen(lang: str, module: str, names: tuple[str, ...]) -> re.Pattern[str] | None:
    """A regex that finds a first word of these lexicons in the lower-cased sentence: a word
    (not followed by a letter) or a stem, starting where no letter precedes."""
    mod = lang_data(lang, module)
    return screen_regex([pat for name in names for pat in (getattr(mod, name, ()) if mod else ())])


def screen_regex(patterns: Iterable[str]) -> re.Pattern[str] | None:
    """The screen of these patterns (see :func:`_screen`); None if there are none."""
    words: set[str] = set()
    stems: set[str] = set()
    for pat in patterns:
        for alt in _key_token(pat).split("|"):
            alt = alt.casefold()
            if alt == "?":
                return re.compile("")  # a pattern of wildcards only: no screening possible
            if alt.endswith("*"):
                stems.add(alt[:-1])
            elif alt:
                words.add(alt)
    if not stems and not words:
        return None
    if "" in stems:  # a lone "*": any place not preceded by a letter
        return re.compile(r"(?<!\w)")
    # grouped by the first letter, tested after it ("(?<!\w.)": no letter before that one), so the
    # regex engine skips quickly over the places where no first word can start
    rests: dict[str, set[str]] = {}
    for w in stems:
        rests.setdefault(w[0], set()).add(re.escape(w[1:]))
    for w in words:
        rests.setdefault(w[0], set()).add(re.escape(w[1:]) + r"(?!\w)")
    groups = [re.escape(c) + r"(?<!\w.)(?:" + "|".join(sorted(rests[c], key=lambda x: (-len(x), x))) + ")"
              for c in sorted(rests)]
    return re.compile("(?:" + "|".join(groups) + ")", re.DOTALL)


def screen(view: SentenceView, module: str, *names: str) -> bool:
    """A quick test before any token work: does the sentence contain a first word of one of
    these lexicons? (One regex search over the lower-cased sentence.)"""
    rx = _screen(view.sent.lang, module, names)
    if rx is None:
        return False
    return rx.search(_low(view)) is not None


def _low(view: SentenceView) -> str:
    low = view.memo.get("low")
    if low is None:
        low = view.memo["low"] = view.text.casefold()
    return low  # type: ignore[return-value]


def hits(view: SentenceView, module: str, name: str) -> list[Match]:
    """Every match of a lexicon in the sentence that passes :func:`screen`, computed once per sentence."""
    memo = view.memo
    key = (module, name)
    got = memo.get(key)
    if got is None:
        found = lexicon(view.sent.lang, module, name).find_in(view.indexed())  # (cheaper than the screen)
        got = memo[key] = found if found and screen(view, module, name) else []
    return got  # type: ignore[return-value]


def hit_at(view: SentenceView, module: str, name: str, i: int) -> Match | None:
    """The match of a lexicon that starts at token ``i``, if any."""
    return next((h for h in hits(view, module, name) if h.first == i), None)


def triggers(view: SentenceView, module: str, name: str) -> list[Match]:
    """Matches of a lexicon that lie wholly inside no name ("Chair of the Military Committee"),
    computed once per sentence (a fresh list each call)."""
    key = (module, name, "outside names")
    got = view.memo.get(key)
    if got is None:
        found = hits(view, module, name)
        got = view.memo[key] = [t for t in found if not any(m.start <= t.start and t.end <= m.end
                                                            for m in view.mentions)] if found else []
    return list(got)  # type: ignore[call-overload]


def token_index(view: SentenceView, offset: int) -> int:
    """Index of the first token starting at or after ``offset``."""
    return bisect_left([t.start for t in view.tokens], offset)


def _word(view: SentenceView, i: int) -> str:
    toks = view.tokens
    return toks[i].text.casefold() if 0 <= i < len(toks) else ""


# --------------------------------------------------------------------------- virtual mentions

def mentions(view: SentenceView) -> list[Mention]:
    """The sentence's mentions plus nationality adjectives and described operations, by start."""
    cache = view.ctx.__dict__.setdefault("_slots_cache", {})
    got = cache.get(view.index)
    if got is None:
        from ._refer import common_names  # (imports this module)
        extra = _nationals(view) + common_names(view)
        ops = _deployments(view)
        base = [m for m in view.mentions if not any(o.start <= m.start and m.end <= o.end for o in ops)]
        got = sorted(base + extra + ops, key=lambda m: (m.start, -m.end))
        cache[view.index] = got
    return got


def _adjectives(view: SentenceView) -> dict[str, str]:
    mod = lang_data(view.lang, "nationality")
    return getattr(mod, "ADJECTIVES", {}) if mod else {}


def _standing_for_state(view: SentenceView) -> set[int]:
    """Token indices of nationality adjectives that name a state: "Turkish and Greek
    authorities", "latviešu karavīri" (not "the Latvian defence system")."""
    cache = view.ctx.__dict__.setdefault("_slots_nat", {})
    got = cache.get(view.index)
    if got is not None:
        return got
    table = _adjectives(view)
    toks = view.tokens
    if not any(t.text.casefold() in table for t in toks):
        cache[view.index] = set()
        return cache[view.index]
    heads = {m.first for m in hits(view, "rel_operations", "NATIONAL_HEAD")}
    conj = {"and", "un", ",", "or", "vai"}
    ok = [False] * (len(toks) + 2)
    for i in range(len(toks) - 1, -1, -1):
        if toks[i].text.casefold() not in table:
            continue
        nxt = i + 1
        ok[i] = (nxt in heads
                 or (nxt + 1 < len(toks) and _word(view, nxt) in conj and ok[nxt + 1])
                 or (_word(view, nxt) == "," and _word(view, nxt + 1) in conj and ok[nxt + 2]))
    got = {i for i in range(len(toks)) if ok[i]}
    cache[view.index] = got
    return got


def _nationals(view: SentenceView) -> list[Mention]:
    table = _adjectives(view)
    toks = view.tokens
    if not table or not any(t.text.casefold() in table for t in toks):
        return []
    out: list[Mention] = []
    for i in sorted(_standing_for_state(view)):
        if any(m.start <= toks[i].start < m.end for m in view.mentions):
            continue
        w = toks[i].text.casefold()
        out.append(Mention(f"state:{table[w]}", T.STATE, toks[i].start, toks[i].end, toks[i].text,
                           frozenset(), True))
    return out


def _deployments(view: SentenceView) -> list[Mention]:
    """"<actor> deployed a <kind> force/mission to <place>" -> an operation mention over the phrase."""
    out: list[Mention] = []
    if not any(m.type in PLACES for m in view.mentions):
        return out
    toks = view.tokens
    for t in triggers(view, "rel_operations", "DEPLOY"):
        actor = next((m for m in reversed(view.mentions) if m.end <= t.start and m.type in (T.ORG, T.STATE)), None)
        if actor is None:
            continue
        j = t.last + 1
        adjs: list[str] = []
        kind_end = None
        while j < len(toks) and j <= t.last + 4:
            k = hit_at(view, "rel_operations", "DEPLOY_KIND", j)
            if k is not None:
                kind_end = k.last
                break
            if toks[j].is_punct:
                break
            if toks[j].text.casefold() not in ("a", "an", "the", "its", "their"):
                adjs.append(toks[j].text)
            j += 1
        if kind_end is None or hit_at(view, "rel_operations", "DEPLOY_TO", kind_end + 1) is None:
            continue
        after = toks[kind_end + 2].start if kind_end + 2 < len(toks) else view.end
        place = next((m for m in view.mentions if m.type in PLACES and after <= m.start <= after + 5), None)
        if place is None:
            continue
        op_id = _resolve_operation(view.ctx, actor, place, view, adjs)
        if op_id:
            out.append(Mention(op_id, T.OPERATION, toks[t.last + 1].start, place.end,
                               view.ctx.text[toks[t.last + 1].start:place.end], frozenset(), True))
    return out


def _resolve_operation(ctx: DocContext, actor: Mention, place: Mention, view: SentenceView,
                       adjs: list[str]) -> str | None:
    ents = ref_entities(ctx)
    known = sorted(e.id for e in ents.values() if e.type is T.OPERATION
                   and e.extra.get("led_by") == actor.entity_id and e.extra.get("operates_in") == place.entity_id)
    if len(known) == 1:
        return known[0]
    mod = lang_data(view.lang, "rel_operations")
    pattern = getattr(mod, "DEPLOY_ACTIVITY", "{org} {kind} activity in {place}")
    names = {}
    for lang in ("en", "lv"):
        a, p = ents.get(actor.entity_id), ents.get(place.entity_id)
        if a is None or p is None:
            return None
        names[lang] = " ".join(pattern.format(org=a.label(view.lang if lang == view.lang else lang),
                                              kind=" ".join(adjs), place=p.label(lang)).split())
    label = names[view.lang] if view.lang in names else names["en"]
    ent_id = "operation:" + slug(label)
    return ensure_entity(ctx, ent_id, T.OPERATION, {view.lang: label},
                         {"led_by": actor.entity_id, "operates_in": place.entity_id})


# --------------------------------------------------------------------------- slots

def is_modifier(view: SentenceView, m: Mention, ms: list[Mention]) -> bool:
    """True if ``m`` only modifies what follows: another name right after it ("EU Operation
    Sophia"), a noun of the NAME_MODIFIED list ("NATO partners"), or, in a language with cases,
    an unambiguous genitive before a lower-case word ("Latvijas stratēģiskajiem partneriem")."""
    if m.type is T.STATE and m.surface[:1].isalpha() and m.surface.casefold() in _adjectives(view):
        # a nationality adjective stands for its state only before "authorities", "soldiers" ...
        return token_index(view, m.start) not in _standing_for_state(view)
    text = view.ctx.text
    nxt = next((x for x in ms if x.start >= m.end), None)
    gap = text[m.end:nxt.start] if nxt else None
    if nxt is not None and gap is not None and gap.strip() in ("", "'s", "’s", "'", "’") and nxt.type is not T.AREA \
            and not (m.cases and "gen" not in m.cases):  # "Somiju NATO uzaicināja": no genitive, no modifier
        return True
    i = token_index(view, m.end)
    if m.type is not T.OPERATION and hit_at(view, "rel_operations", "NAME_MODIFIED", i) is not None:
        return True  # ("ISAF misijā", "the KFOR mission" name the operation itself)
    if m.cases and m.cases <= {"gen"} and i < len(view.tokens):
        w = view.tokens[i].text
        stop: frozenset[str] = getattr(lang_data(view.lang, "stopwords"), "STOPWORDS", frozenset())
        if w[:1].islower() and w.isalpha() and w.casefold() not in stop:
            return True
    return False


def is_generic(view: SentenceView, m: Mention) -> bool:
    """"all NATO operations", "visās NATO operācijās": a class, not the named thing."""
    i = token_index(view, m.start)
    return i > 0 and hit_at(view, "rel_membership", "GENERIC_DET", i - 1) is not None


def subject_before(view: SentenceView, offset: int, types: Iterable[EntityType], *,
                   skip_other: bool = True) -> Mention | None:
    """The nearest mention of these types before ``offset`` that is not a modifier and not the
    state of a "City, State" apposition. With ``skip_other=False`` the nearest mention of any
    type must itself be of these types."""
    ts = set(types)
    ms = mentions(view)
    before = [m for m in ms if m.end <= offset]
    for k in range(len(before) - 1, -1, -1):
        m = before[k]
        if m.type is T.STATE and k > 0 and before[k - 1].type is T.CITY \
                and view.ctx.text[before[k - 1].end:m.start].strip() == ",":
            continue
        if is_modifier(view, m, ms) and not _owner(view, m, ms):
            return None  # the subject is the noun phrase this name modifies
        if in_relative(view, m, offset):
            continue
        if m.type in ts and not _after_of(view, m):
            return m
        if not skip_other and m.type not in (T.AREA,):
            return None
    return None


def relative_spans(view: SentenceView) -> list[tuple[int, int]]:
    """Character spans of the closed relative clauses ", which ... ," / ", kas ... ,"."""
    cache = view.ctx.__dict__.setdefault("_slots_rel", {})
    got = cache.get(view.index)
    if got is None:
        got = []
        toks = view.tokens
        if "," not in view.text:  # a closed relative clause starts after a comma
            cache[view.index] = got
            return got
        for mt in hits(view, "rel_operations", "RELATIVE"):
            i = mt.first
            if i == 0 or toks[i - 1].text != ",":
                continue
            j = next((k for k in range(i + 1, len(toks)) if toks[k].text in (",", ";")), None)
            got.append((toks[i - 1].start, toks[j].end if j is not None else view.end))
        cache[view.index] = got
    return got


def in_relative(view: SentenceView, m: Mention, offset: int | None = None) -> bool:
    """``m`` is inside a relative clause that ``offset`` (if given) is outside of."""
    return any(a <= m.start and m.end <= b and (offset is None or not a <= offset < b)
               for a, b in relative_spans(view))


def subject_group(view: SentenceView, m: Mention) -> list[Mention]:
    """A state subject's coordination group up to ``m`` ("Estonia, Latvia and Lithuania
    joined"), cut at a "City, State" apposition ("Prague, Czech Republic, Latvia" -> Latvia)."""
    if m.type is not T.STATE:
        return [m]
    ms = mentions(view)
    states = [x for x in ms if x.type is T.STATE]
    k = next(i for i, x in enumerate(states) if x is m)
    lo = k
    while lo > 0:
        gap = view.ctx.text[states[lo - 1].end:states[lo].start]
        same_case = not (m.cases and states[lo - 1].cases) or bool(m.cases & states[lo - 1].cases)
        if not gap.strip() or not same_case or not (_SEP.match(gap) or _WITH.match(gap)):
            break
        lo -= 1
    group = states[lo:k + 1]
    out: list[Mention] = []
    for x in reversed(group):
        k = next((i for i, y in enumerate(ms) if y is x), -1)
        prev = ms[k - 1] if k > 0 else None
        if prev is not None and prev.type is T.CITY and view.ctx.text[prev.end:x.start].strip() == ",":
            break
        out.append(x)
        if prev is not None and prev.type is T.CITY:
            break
    return list(reversed(out)) or [m]


def _after_of(view: SentenceView, m: Mention) -> bool:
    """"the independence of Latvia": a complement of a noun, not a clause's subject."""
    i = token_index(view, m.start)
    return i > 0 and view.tokens[i - 1].text.casefold() in ("of", "from")


def clause_end(view: SentenceView, offset: int, stop_at: Iterable[Match] = ()) -> int:
    """Where the clause that starts at ``offset`` ends: a clause-ending word, the next trigger
    or the end of the sentence."""
    ends = [view.end]
    for t in stop_at:
        if t.start >= offset:
            ends.append(t.start)
    for mt in hits(view, "rel_operations", "CLAUSE_END"):
        if mt.start >= offset:
            ends.append(mt.start)
            break
    cj = _CLAUSE_JOIN.search(view.ctx.text, offset, min(ends))
    return cj.start() if cj is not None else min(ends)


def objects_after(view: SentenceView, offset: int, types: Iterable[EntityType], *,
                  stop_at: Iterable[Match] = (), keep_possessive: bool = True) -> list[Mention]:
    """Mentions of these types after ``offset`` up to the end of the clause, leaving out
    modifiers and generic references; a name before "'s" counts when it is the owner of a
    common noun ("the EU's stabilisation support" -> the EU)."""
    ts = set(types)
    end = clause_end(view, offset, stop_at)
    ms = mentions(view)
    out: list[Mention] = []
    for m in ms:
        if m.start < offset or m.start >= end or m.type not in ts or is_generic(view, m):
            continue
        if is_modifier(view, m, ms) and not (keep_possessive and _owner(view, m, ms)):
            continue
        if any(o.entity_id == m.entity_id for o in out):
            continue
        out.append(m)
    return out


def first_group_after(view: SentenceView, offset: int, types: Iterable[EntityType],
                      max_gap_tokens: int = 2) -> list[Mention]:
    """The coordination group of the name that starts within ``max_gap_tokens`` tokens after
    ``offset`` ("with Ukraine, Moldova and the South Caucasus")."""
    ts = set(types)
    i = token_index(view, offset)
    toks = view.tokens
    ms = mentions(view)
    limit = toks[min(i + max_gap_tokens, len(toks) - 1)].start if toks and i < len(toks) else view.end
    first = next((m for m in ms if offset <= m.start <= limit), None)
    if first is None or first.type not in ts:
        return []
    group = [first]
    k = ms.index(first)
    sep = ("", ",", "and", ", and", "un", ", un", "as well as", "kā arī", ", kā arī", "&")
    while k + 1 < len(ms) and ms[k + 1].type in ts:
        gap = " ".join(view.ctx.text[ms[k].end:ms[k + 1].start].split()).casefold()
        gap = gap.removesuffix(" the").removeprefix("the ").strip() if gap not in sep else gap
        if gap not in sep and gap not in ("and the", ", and the"):
            break
        if len(group) == 1 and gap.startswith(","):
            if gap in (", and", ", un", ", and the"):
                break  # "A, and B ...": a new clause, not a list
        group.append(ms[k + 1])
        k += 1
    return [m for k, m in enumerate(group)
            if (k == 0 and _owner(view, m, ms)) or not (is_modifier(view, m, ms) or _owner(view, m, ms))]


def _owner(view: SentenceView, m: Mention, ms: list[Mention]) -> bool:
    """``m`` is followed by "'s" and a common noun, not by another name."""
    if view.ctx.text[m.end:m.end + 2] not in ("'s", "’s"):
        return False
    nxt = next((x for x in ms if x.start >= m.end), None)
    return nxt is None or nxt.start > m.end + 3


# --------------------------------------------------------------------------- dates

def times_for(view: SentenceView, t: Match, stops: Iterable[Match] = ()) -> TimeExpr | None:
    """The date of a trigger: the nearest one after it before the next trigger ("joined PfP in
    1994, became a member of the EU in 1995"), else the nearest before it after the previous
    trigger, else the list's lead-in date."""
    ts = [x for x in view.times if not x.value.startswith("--")]
    if not ts:
        hd = [x for x in view.context_times() if not x.value.startswith("--")]
        return hd[0] if hd else None
    others = [s for s in stops if s.start != t.start]
    nxt = min((s.start for s in others if s.start >= t.end), default=view.end)
    cj = _CLAUSE_JOIN.search(view.ctx.text, t.end, nxt)
    if cj is not None:  # "..., and in 2015 it held the presidency": the next clause's date
        nxt = cj.start()
    prv = max((s.end for s in others if s.end <= t.start), default=view.start)
    # a relative clause about a name ("KFOR, which has operated since 1999") dates that name
    about_name = [(a, b) for a, b in relative_spans(view)
                  if any(0 <= a - m.end <= 1 for m in view.mentions) and not a <= t.start < b]
    after = [x for x in ts if t.start <= x.start < nxt and not any(a <= x.start < b for a, b in about_name)]
    if after:
        return after[0]
    before = [x for x in ts if prv <= x.start < t.start]
    if before:
        return before[-1]
    # a date framing the whole sentence: before every trigger, not inside a relative clause
    first = min([t.start] + [s.start for s in others])
    framing = [x for x in ts if x.end <= first
               and not any(a <= x.start and x.end <= b for a, b in relative_spans(view))]
    return framing[0] if framing else None


def quals_for(view: SentenceView, t: Match, *, point: str | None = "start",
              stops: Iterable[Match] = ()) -> dict[str, str]:
    """start/end (or ``point``) qualifiers from the trigger's date (:func:`times_for`): a range
    gives start and end, "since" a start, "until" an end, a plain date ``point`` (None: nothing)."""
    x = times_for(view, t, stops)
    if x is None:
        return {}
    if x.kind == "range":
        return {"start": x.value, "end": x.end_value or ""}
    if x.kind in ("since", "from"):
        return {"start": x.value}
    if x.kind == "until":
        return {"end": x.value}
    return {point: x.value} if point else {}

"""Argument-picking helpers shared by the forces and attaché rules.

A rule finds a trigger (a :class:`~allygraph.extract.lexicon.Match`) and then picks its
arguments among the sentence's mentions: the nearest one of a type on a side, the word just
before or after a mention (a preposition, a relative pronoun), the coordination group of a
state, a formation named a sentence or two earlier, and the dates the sentence gives a
relation (since / from–to / until).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from ..model import Literal, Mention
from ..vocab import EntityType
from ._triggers import doc_cache, sentence_triggers
from .context import DocContext, SentenceView
from .lexicon import Match

__all__ = ["unit_refs", "head_word", "place_after", "by_head_and_place", "find_once", "triggers", "nearest", "before_word", "after_word", "is_copula_after", "covered",
           "states_group", "recent", "relation_times"]

_ARTICLES = {"the", "a", "an"}
# what may stand between two coordinated states: a comma or a conjunction, then a repeated preposition
# and an article ("The United States, the United Kingdom", "to the United States and to Canada")
_SEP_WIDE = re.compile(r"\s*(?:(?:,\s*(?:and|un|kā arī|as well as|or|vai)\b|,|;|/|&|\band\b|\bun\b|\bas well as\b|"
                       r"\bkā arī\b|\bor\b|\bvai\b)\s*(?:(?:to|in|for|with|from|by|no|ar)\s+)?(?:the\s+)?)?\Z",
                       re.IGNORECASE)
_LV_PLACED = ("izvietot", "esoš", "bāzēt", "dislocēt", "dislokēt")  # "Igaunijā izvietotā kaujas grupa"
_COPULAS = {"ir", "is", "are", "was", "were", "bija", "būs", "will", "remains", "paliek", ":"}


Quals = dict[str, "str | Literal"]  # a claim's qualifiers


class _Span(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


def find_once(view: SentenceView, module: str, name: str) -> list[Match]:
    """``view.find`` of one lexicon of ``module``, from the sentence's one-pass trigger look-up."""
    return sentence_triggers(view, module).get(name, [])


def triggers(view: SentenceView, module: str, name: str) -> list[Match]:
    """Matches of lexicon ``name`` from ``lang/<lang>/<module>.py`` that are not part of a name."""
    found = sentence_triggers(view, module).get(name)
    if not found:
        return []
    return [t for t in found if not any(m.start < t.end and t.start < m.end for m in view.mentions)]


def nearest(cands: Sequence[Mention], t: _Span, side: str) -> Mention | None:
    """The candidate closest to ``t`` on ``side`` ("left", "right" or "any"), never overlapping it."""
    best: Mention | None = None
    best_d = 1 << 62
    for m in cands:
        if m.end <= t.start and side in ("left", "any"):
            d = t.start - m.end
        elif m.start >= t.end and side in ("right", "any"):
            d = m.start - t.end
        else:
            continue
        if d < best_d:
            best, best_d = m, d
    return best


def _token_index(view: SentenceView, offset: int) -> int:
    starts = [tok.start for tok in view.tokens]
    return bisect_left(starts, offset)


def before_word(view: SentenceView, m: _Span) -> str:
    """The lower-cased token just before ``m`` in its sentence ("" at the start); an English
    article in between is skipped ("from the United States" -> "from")."""
    i = _token_index(view, m.start)
    while i > 1 and view.tokens[i - 1].text.lower() in _ARTICLES:
        i -= 1
    return view.tokens[i - 1].text.lower() if i > 0 else ""


def after_word(view: SentenceView, m: _Span, n: int = 1) -> str:
    """The text of the ``n`` tokens after ``m`` (original spacing, lower-cased)."""
    toks = view.tokens
    i = bisect_right([tok.end for tok in toks], m.end - 1) if toks else 0
    while i < len(toks) and toks[i].start < m.end:
        i += 1
    if i >= len(toks):
        return ""
    j = min(len(toks), i + n) - 1
    return view.ctx.text[toks[i].start:toks[j].end].lower()


def is_copula_after(view: SentenceView, t: _Span) -> bool:
    """"the framework nation is Canada" / "vadošā valsts ir Kanāda": the subject follows."""
    return after_word(view, t, 1) in _COPULAS


def covered(a: _Span, b: _Span) -> bool:
    return a.start < b.end and b.start < a.end


def states_group(view: SentenceView, m: Mention) -> list[Mention]:
    """A state's coordination group ("Vācijā, Austrijā un Francijā", "The United States, the United
    Kingdom and Canada", "to the United States and to Canada"); any other mention alone."""
    if m.type is not EntityType.STATE:
        return [m]
    states = [x for x in view.mentions if x.type is EntityType.STATE]
    i = next((k for k, x in enumerate(states) if x is m), None)
    if i is None:
        return [m]
    text = view.ctx.text
    lo = hi = i
    while lo > 0 and _SEP_WIDE.match(text, states[lo - 1].end, states[lo].start):
        lo -= 1
    while hi + 1 < len(states) and _SEP_WIDE.match(text, states[hi].end, states[hi + 1].start):
        hi += 1
    return states[lo:hi + 1]


def recent(ctx: DocContext, view: SentenceView, types: Iterable[EntityType], back: int = 3) -> Mention | None:
    """The latest mention of these types in this sentence's heading or the ``back`` sentences
    before it (a pronoun's antecedent: "to veido", "it consists of")."""
    ts = tuple(types)
    lo = max(0, view.index - back)
    for v in reversed(ctx.views[lo:view.index]):
        got = [m for m in v.mentions if m.type in ts]
        if got:
            return got[-1]
    if view.heading is not None:
        got = [m for m in view.heading.mentions if m.type in ts]
        if got:
            return got[-1]
    return None


def relation_times(view: SentenceView, *, point_is_start: bool = False) -> Quals:
    """Start/end qualifiers from the sentence's dates: "kopš 2017" / "since 2017" -> start,
    "from 2015 to 2018" -> start and end, "until 2020" -> end; a plain date is a start only
    for an event that begins something (deployed, opened)."""
    out: Quals = {}
    for x in view.times:
        if x.value.startswith("--"):
            continue
        if x.kind in ("since", "from") and "start" not in out:
            out["start"] = x.value
        elif x.kind == "range" and "start" not in out:
            out["start"] = x.value
            if x.end_value:
                out["end"] = x.end_value
        elif x.kind == "until" and "end" not in out:
            out["end"] = x.value
        elif x.kind == "point" and point_is_start and "start" not in out:
            out["start"] = x.value
    return out


def unit_refs(ctx: DocContext, view: SentenceView, module: str, types: tuple[EntityType, ...]) -> list[Mention]:
    """Mentions of these types in the sentence plus head nouns standing for one ("brigāde", "the
    battlegroup", "the mission"). A formation head followed by a place is the formation of that kind
    there ("the battlegroup in Estonia"); otherwise it is the latest earlier mention whose name
    contains it; an operation head is the latest operation named in the last few sentences.
    Sorted by position."""
    cache = doc_cache(ctx)
    key = ("units", module, types, view.index)
    got = cache.get(key)
    if got is None:
        got = cache[key] = _unit_refs(ctx, view, module, types)
    return got  # type: ignore[return-value]


def _unit_refs(ctx: DocContext, view: SentenceView, module: str, types: tuple[EntityType, ...]) -> list[Mention]:
    real = [m for m in view.mentions if m.type in types]
    found = sentence_triggers(view, module)
    if "UNIT_HEADS" not in found and "OPERATION_HEADS" not in found:
        return real
    out = list(real)
    for h in triggers(view, module, "UNIT_HEADS"):
        word = head_word(h)
        place = place_after(view, h)
        ent = by_head_and_place(ctx, word, place.entity_id, types) if place is not None else None
        if ent is None:
            got = _latest(ctx, h.start, types, lambda m, w=word: w in _names(ctx, m))
            ent = (got.entity_id, got.type) if got is not None else _by_place(ctx, view, word, types)
        if ent[0] is not None and ent[1] is not None:
            out.append(Mention(ent[0], ent[1], h.start, h.end, ctx.text[h.start:h.end]))
    if EntityType.OPERATION in types:
        lo = ctx.views[max(0, view.index - 4)].start
        for h in triggers(view, module, "OPERATION_HEADS"):
            got = _latest(ctx, h.start, (EntityType.OPERATION,), lambda m: m.start >= lo)
            if got is not None and not any(covered(h, m) for m in out):
                out.append(Mention(got.entity_id, got.type, h.start, h.end, ctx.text[h.start:h.end]))
    return sorted(out, key=lambda m: m.start)


def head_word(h: Match) -> str:
    """The plain word of a head-noun pattern ("kaujas grup*" -> "kaujas grup")."""
    return " ".join(p.rstrip("*").split("|")[0] for p in h.pattern.split())


def place_after(view: SentenceView, h: _Span) -> Mention | None:
    """The place named right after a head noun: "the battlegroup in Estonia", "kaujas grupu Lietuvā"."""
    nxt = next((m for m in view.mentions if m.start >= h.end), None)
    if view.lang == "lv":
        if nxt is not None and nxt.type.is_place and view.between(h.end, nxt.start).strip() == "" \
                and (not nxt.cases or "loc" in nxt.cases):
            return nxt
        # "Igaunijā izvietoto kaujas grupu", "Lietuvā esošā brigāde"
        prv = next((m for m in reversed(view.mentions) if m.end <= h.start), None)
        if prv is None or not prv.type.is_place or (prv.cases and "loc" not in prv.cases):
            return None
        gap = view.between(prv.end, h.start).strip().lower()
        return prv if gap == "" or (" " not in gap and gap.startswith(_LV_PLACED)) else None
    if nxt is None or not nxt.type.is_place:
        return None
    gap = view.between(h.end, nxt.start).strip().lower()
    return nxt if gap in ("in", "at", "in the", "at the", "based in", "stationed in") else None


def by_head_and_place(ctx: DocContext, word: str, place: str,
                      types: tuple[EntityType, ...]) -> tuple[str | None, EntityType | None] | None:
    """The one entity of these types whose name has ``word`` and which is at ``place`` (its reference
    location, that location's country, or the place's name inside its own name)."""
    cache = doc_cache(ctx)
    key = ("head@place", word, place, types)
    if key in cache:
        return cache[key]  # type: ignore[return-value]
    ref = ctx.ref
    got: tuple[str | None, EntityType | None] | None = None
    if ref is not None and hasattr(ref, "of_type") and hasattr(ref, "get"):
        pent = ref.get(place)
        pnames = {v.casefold() for v in pent.labels.values()} if pent is not None else set()
        found = []
        for e, names in _of_type(ref, types):
            if word not in names:
                continue
            loc = e.extra.get("located_in")
            lent = ref.get(loc) if isinstance(loc, str) else None
            if loc == place or (lent is not None and place in (lent.extra.get("country"), lent.extra.get("city"))) \
                    or any(n and n in names for n in pnames):
                found.append(e)
        if len(found) == 1:
            got = (found[0].id, found[0].type)
    cache[key] = got
    return got


def _latest(ctx: DocContext, offset: int, types: tuple[EntityType, ...], ok) -> Mention | None:  # type: ignore[no-untyped-def]
    """The latest mention of these types ending before ``offset`` for which ``ok`` holds."""
    cache = doc_cache(ctx)
    key = ("by-end", types)
    idx = cache.get(key)
    if idx is None:
        srt = sorted((m for m in ctx.adoc.mentions if m.type in types), key=lambda m: m.end)
        idx = cache[key] = ([m.end for m in srt], srt)
    ends: list[int] = idx[0]  # type: ignore[index]
    ms: list[Mention] = idx[1]  # type: ignore[index]
    for k in range(bisect_right(ends, offset) - 1, -1, -1):
        if ok(ms[k]):
            return ms[k]
    return None


def _by_place(ctx: DocContext, view: SentenceView, word: str,
              types: tuple[EntityType, ...]) -> tuple[str | None, EntityType | None]:
    """A head noun not named before ("the battlegroup at Camp Ādaži"): the one entity of these
    types whose name has the head and whose reference location is a place in the sentence."""
    ref = ctx.ref
    if ref is None or not hasattr(ref, "of_type"):
        return None, None
    places = {m.entity_id for m in view.mentions if m.type.is_place}
    if not places:
        return None, None
    found = [e for e, names in _of_type(ref, types) if e.extra.get("located_in") in places and word in names]
    return (found[0].id, found[0].type) if len(found) == 1 else (None, None)


_OF_TYPE: dict[tuple[int, tuple[EntityType, ...]], tuple[object, int, list[tuple[Any, str]]]] = {}


def _of_type(ref: Any, types: tuple[EntityType, ...]) -> list[tuple[Any, str]]:
    """``ref.of_type(*types)``, each entity with its labels joined and lower-cased ("a | b"), listed
    once per reference data (of_type sorts every entity)."""
    ents = getattr(ref, "entities", None)
    if isinstance(ents, dict):
        key = (id(ref), types)
        got = _OF_TYPE.get(key)
        if got is None or got[0] is not ref or got[1] != len(ents):
            got = _OF_TYPE[key] = (ref, len(ents), _named(ref.of_type(*types)))
        return got[2]
    return _named(ref.of_type(*types))


def _named(ents: list[Any]) -> list[tuple[Any, str]]:
    return [(e, " | ".join(e.labels.values()).casefold()) for e in ents]


def _names(ctx: DocContext, m: Mention) -> str:
    cache = doc_cache(ctx)
    key = ("names", m.entity_id, m.surface)
    got = cache.get(key)
    if got is None:
        ent = ctx.ref.get(m.entity_id) if ctx.ref is not None and hasattr(ctx.ref, "get") else None
        labels = " | ".join(ent.labels.values()) if ent is not None else ""
        got = cache[key] = f"{labels} | {m.surface}".casefold()
    return got  # type: ignore[return-value]

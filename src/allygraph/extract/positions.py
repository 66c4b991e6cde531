"""Positions people hold: ``holds_position`` (person -> position; start, end, point_in_time).

A linked position right before a linked person is a title ("NATO Secretary General Jens
Stoltenberg", "aizsardzības ministrs Artis Pabriks", "the President of the European Council
Donald Tusk, and ..."); a position after a person is an apposition ("Edgars Rinkēvičs, Latvia's
foreign minister,") or follows a copula from the language data ("X became / was appointed /
kļuva par / tika iecelts par ..."). A sentence with a single date dates the claim: the start of a
term for "became/appointed/kļuva/iecelts", else the point in time at which it was held.
"""

from __future__ import annotations

import re

from ..model import Mention
from ..vocab import EntityType, Predicate
from .context import DocContext, SentenceView
from .created import entity

__all__ = ["extract"]

MOD = "rel_positions"
T = EntityType
_TITLE_GAP = re.compile(r"^[\s,]*$")
_APPOSITION = re.compile(r"^\s*,\s*(?:(?:the|a|an)\s+)?$", re.IGNORECASE)
_APPOSITION_END = re.compile(r"^\s*(?:[,;.)]|$|(?:and|un)\b)", re.IGNORECASE)
_ARTICLES = frozenset({"the", "a", "an", ","})


def extract(ctx: DocContext) -> None:
    for view in ctx.views:
        ms = [m for m in view.mentions if m.type in (T.PERSON, T.POSITION)]
        if len(ms) < 2:
            continue
        titled: set[int] = set()
        for i, m in enumerate(ms[:-1]):
            nxt = ms[i + 1]
            if m.type is T.POSITION and nxt.type is T.PERSON and _TITLE_GAP.match(ctx.text[m.end:nxt.start]):
                titled.add(i)
                _claim(ctx, view, nxt, m, starts=False)
        for i, m in enumerate(ms[1:], start=1):
            prev = ms[i - 1]
            if m.type is not T.POSITION or prev.type is not T.PERSON or i in titled:
                continue
            gap = ctx.text[prev.end:m.start]
            if _APPOSITION.match(gap) and _APPOSITION_END.match(ctx.text[m.end:m.end + 6]):
                _claim(ctx, view, prev, m, starts=False)
                continue
            copula = _copula(view, prev.end, m.start)
            if copula is not None:
                _claim(ctx, view, prev, m, starts=copula)


def _copula(view: SentenceView, a: int, b: int) -> bool | None:
    """None if the tokens between a person and a position are not a copula; else whether it
    starts a term of office."""
    toks = [t for t in view.tokens if t.start >= a and t.end <= b]
    while toks and toks[-1].text.casefold() in _ARTICLES:
        toks = toks[:-1]
    while toks and toks[0].text == ",":
        toks = toks[1:]
    if not toks or len(toks) > 5:
        return None
    match = view.lex(MOD, "COPULA").find(toks)
    if not match or match[0].first != 0 or match[0].last != len(toks) - 1:
        return None
    return bool(view.lex(MOD, "START").find(toks))


def _other_country(ctx: DocContext, view: SentenceView, position: Mention) -> bool:
    """Whether the title is another state's ("Prime Minister of the Netherlands", "Nīderlandes
    premjerministrs") than the one the position belongs to."""
    e = entity(ctx, position.entity_id)
    country = e.extra.get("country") if e else None
    if not country:
        return False
    for s in view.of_type(T.STATE):
        after = s.start >= position.end and re.match(r"^\s+of(?:\s+the)?\s+$", ctx.text[position.end:s.start], re.I)
        before = s.end <= position.start and not ctx.text[s.end:position.start].strip()
        if (after or before) and s.entity_id != country:
            return True
    return False


def _claim(ctx: DocContext, view: SentenceView, person: Mention, position: Mention, *, starts: bool) -> None:
    if _other_country(ctx, view, position):
        return
    quals: dict[str, str] = {}
    dated = [t for t in view.times if t.kind in ("point", "since")]
    if len(view.times) == 1 and dated:
        t = dated[0]
        quals = {"start": t.value} if starts or t.kind == "since" else {"point_in_time": t.value}
    former = view.lex(MOD, "FORMER").find([t for t in view.tokens if t.end <= position.start][-2:])
    ctx.add(person.entity_id, Predicate.HOLDS_POSITION, position.entity_id, view, qualifiers=quals,
            confidence=0.65 if former else 0.85)

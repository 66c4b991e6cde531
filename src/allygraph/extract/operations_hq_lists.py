"""``headquarters`` stated around a headquarters noun, with one place or several.

- "the division's headquarters, which is located in A and B", "divīzijas štābu, kas atrodas Ādažos un
  Dānijas pilsētā Karupā", "štābs Ādažos": the owner right before the noun (Latvian genitive), the places
  after it;
- "X, whose headquarters is in A", "X, kuras štābs atrodas Rostokā": the owner before the relative word;
- "X has its main headquarters in A and a second element in B": the owner is the clause's subject;
- "X in A, a headquarters created in 1999": an apposition naming X a headquarters; "X, a headquarters
  led by ..., with elements at A and at B": its places after ``HQ_ELEMENT``;
- "The MPCC in Brussels serves as the mission's operational headquarters": the subject is the
  headquarters of the operation the possessive points back to.

Places are the cities and bases of the clause after the noun: the first one right after a locator
(``HQ_LOCATED``, "in"/"at", or directly in the Latvian locative), each further one joined by "and"/"un"
within a few words ("and a forward element in B"); a state after a city ("Karup, Denmark") or before it
("Dānijas pilsētā Karupā") is not another place.
"""

from __future__ import annotations

import re

from ..model import Mention
from ..vocab import EntityType, Predicate
from ._args import unit_refs
from ._slots import hits, mentions, subject_before
from .context import DocContext, SentenceView, lang_data
from .lexicon import Match
from .operations_refs import antecedent

T = EntityType
P = Predicate
MOD = "rel_operations"
_OWNERS = (T.OPERATION, T.ORG, T.FORMATION)
_PLACES = (T.CITY, T.BASE)
_JOIN = re.compile(r"^[\s,]*(?:and|un|as well as|kā arī)\b[^.;:()]{0,32}$", re.IGNORECASE)

__all__ = ["hq_phrases"]


def _words(lang: str, name: str) -> frozenset[str]:
    mod = lang_data(lang, MOD)
    return frozenset(w.casefold() for w in (getattr(mod, name, ()) if mod else ()))


def hq_phrases(ctx: DocContext, view: SentenceView) -> None:
    ms = mentions(view)
    for t in hits(view, MOD, "HQ"):
        owner = _owner(ctx, view, ms, t)
        places = _places(view, ms, t) if owner is not None else []
        if owner is not None and not places and owner.type in _PLACES + (T.ORG,):
            continue
        for p in places:
            if p.entity_id != owner.entity_id:  # type: ignore[union-attr]
                ctx.add(owner.entity_id, P.HEADQUARTERS, p.entity_id, view, confidence=0.7)  # type: ignore[union-attr]
        if owner is None:
            _served_as(ctx, view, ms, t)


def _prev_words(view: SentenceView, t: Match, n: int) -> list[str]:
    toks = view.tokens
    return [toks[i].text.casefold() for i in range(max(0, t.first - n), t.first)]


def _owner(ctx: DocContext, view: SentenceView, ms: list[Mention], t: Match) -> Mention | None:
    text = view.ctx.text
    adjectives = _words(view.lang, "HQ_ADJECTIVE")
    toks = view.tokens
    i = t.first - 1
    while i >= 0 and toks[i].text.casefold() in adjectives:
        i -= 1
    lead = toks[i].text.casefold() if i >= 0 else ""
    anchor = toks[i + 1].start if i + 1 < len(toks) else t.start
    if lead in _words(view.lang, "HQ_RELATIVE"):  # "X, whose headquarters", "brigādi, kuras štābs"
        comma = text.rfind(",", view.start, toks[i].start)
        units = unit_refs(ctx, view, MOD, _OWNERS)
        before = [m for m in ms + units if m.end <= comma and not text[m.end:comma].strip(" \"'”“")]
        return before[-1] if before and before[-1].type in _OWNERS else None
    if lead in _words(view.lang, "POSSESSIVE") and i >= 1 and toks[i - 1].text.casefold() in _words(view.lang, "HQ_HAVE"):
        return subject_before(view, toks[i - 1].start, _OWNERS)  # "X has its main headquarters in"
    inside = next((m for m in ms if m.start < t.start and t.end <= m.end), None)
    if inside is not None:  # a name that takes the noun in ("Daudznacionālās divīzijas "Ziemeļi" štābu")
        return inside if inside.type in _OWNERS else None
    if view.lang != "en":  # "divīzijas "Ziemeļi" štābu": the genitive right before
        m = next((m for m in reversed(ms) if m.end <= anchor), None)
        if m is not None and m.type in _OWNERS and not text[m.end:anchor].strip(" \"'”“") \
                and (not m.cases or "gen" in m.cases):
            return m
    if lead in ("a", "an", "the") and i >= 1 and toks[i - 1].text == ",":  # "X in A, a headquarters created"
        before = [m for m in ms if m.end <= toks[i - 1].start]
        if len(before) >= 2 and before[-1].type is T.CITY and before[-2].type in _OWNERS \
                and text[before[-2].end:before[-1].start].strip().casefold() in ("in", "at"):
            ctx.add(before[-2].entity_id, P.HEADQUARTERS, before[-1].entity_id, view, confidence=0.65)
        elif before and before[-1].type in _OWNERS and not text[before[-1].end:toks[i - 1].start].strip():
            return before[-1]  # "X, a headquarters led by ..., with elements at A and B"
    return None


def _places(view: SentenceView, ms: list[Mention], t: Match) -> list[Mention]:
    got = _places_from(view, ms, t.end)
    if not got:  # "..., with elements at A and at B", "ar elementiem Ādažos un Karupā"
        for e in hits(view, MOD, "HQ_ELEMENT"):
            if e.start >= t.end:
                return _places_from(view, ms, e.end)
    return got


def _places_from(view: SentenceView, ms: list[Mention], start: int) -> list[Mention]:
    text = view.ctx.text
    located = _words(view.lang, "HQ_LOCATOR")
    out: list[Mention] = []
    last = start
    for m in (m for m in ms if m.start >= start):
        gap = text[last:m.start]
        if m.type is T.STATE:
            if out and gap.strip() == ",":  # "Karup, Denmark"
                last = m.end
                continue
            if out and _JOIN.match(gap):  # "un Dānijas pilsētā Karupā": the state of the next city
                continue
            break
        if m.type not in _PLACES:
            break
        if view.lang != "en" and m.cases and "loc" not in m.cases:
            break
        words = [w for w in re.split(r"[\s,]+", gap.casefold()) if w]
        if not out and not all(w in located for w in words):
            break
        if out and not _JOIN.match(gap):
            break
        out.append(m)
        last = m.end
    return out


def _served_as(ctx: DocContext, view: SentenceView, ms: list[Mention], t: Match) -> None:
    """"The MPCC ... serves as the mission's operational headquarters": the subject is the HQ of the
    operation referred to by the possessive."""
    prev = _prev_words(view, t, 8)
    serve = _words(view.lang, "HQ_SERVES")
    if not any(w in serve for w in prev):
        return
    if not any(w in _words(view.lang, "POSSESSIVE") or w.endswith(("'s", "’s")) or w in ("'", "’", "s")
               or w in _words(view.lang, "OPERATION_NOUN_GEN") for w in prev):
        return
    verb = next(tok for tok in view.tokens[max(0, t.first - 8):t.first] if tok.text.casefold() in serve)
    hq = subject_before(view, verb.start, (T.ORG, T.BASE))
    op = next((m for m in reversed(ms) if m.end <= verb.start and m.type is T.OPERATION), None) or antecedent(ctx, view)
    op_id = op.entity_id if op is not None else ctx.topic((T.OPERATION,))  # else the operation the text is about
    if hq is not None and op_id is not None:
        ctx.add(op_id, P.HEADQUARTERS, hq.entity_id, view, confidence=0.65)

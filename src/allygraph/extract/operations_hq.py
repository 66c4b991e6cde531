"""``headquarters``: "<X> headquarters is located at <Y>", "headquartered in", "the Alliance's
headquarters in Brussels"; an operation headquarters belongs to the operation the text is about."""

from __future__ import annotations

from ..model import Mention
from ..vocab import EntityType, Predicate
from ._refer import detached_subject
from ._slots import (
    hit_at,
    hits,
    mentions,
    subject_before,
    triggers,
)
from .context import DocContext, SentenceView
from .lexicon import Match
from .operations_hq_lists import hq_phrases
from .operations_refs import antecedent

T = EntityType
P = Predicate
MOD = "rel_operations"
_SUPPORTERS = (T.OPERATION, T.ORG, T.FORMATION)

__all__ = ["headquarters"]


def headquarters(ctx: DocContext, view: SentenceView) -> None:
    op_hq = hits(view, MOD, "HQ_OPERATION")
    toks = view.tokens
    ms = mentions(view)
    hq_hits = hits(view, MOD, "HQ") + op_hq
    for t in sorted(hq_hits, key=lambda x: x.start):
        # the place: after "is located at" within a few tokens
        loc = None
        for j in range(t.last + 1, min(len(toks), t.last + 7)):
            found = hit_at(view, MOD, "HQ_LOCATED", j)
            if found is not None:
                loc = found
                loc_end = found.end
                break
        if loc is None:
            continue
        place = next((m for m in ms if loc_end <= m.start <= loc_end + 6
                      and m.type in (T.ORG, T.CITY, T.BASE, T.STATE)), None)
        if place is None:
            continue
        if any(o.start <= t.start and t.end <= o.end + 1 for o in op_hq) or t in op_hq:
            owner = next((m for m in reversed(ms) if m.end <= t.start and m.type is T.OPERATION), None)
            if owner is None:
                owner = antecedent(ctx, view)
        else:
            owner = next((m for m in reversed(ms) if m.end <= t.start and t.start - m.end <= 4
                          and m.type in _SUPPORTERS), None)
            if owner is None and view.between(t.end, t.end + 4).strip().startswith("of"):
                owner = next((m for m in ms if m.start >= t.end and m.type in _SUPPORTERS), None)
            if owner is None and hit_at(view, MOD, "POSSESSIVE", t.first - 1):  # "its headquarters"
                owner = next((m for m in ms if m.end <= t.start and m.type is T.OPERATION), None) \
                    or antecedent(ctx, view)
        if owner is None or owner.entity_id == place.entity_id:
            continue
        ctx.add(owner.entity_id, P.HEADQUARTERS, place.entity_id, view, confidence=0.75)
        break
    for t in hq_hits:  # "the Alliance's headquarters in Brussels", "NATO mītnē Briselē"
        owner, place = _adjacent_hq(view, ms, t)
        if owner is not None and place is not None and owner.entity_id != place.entity_id:
            ctx.add(owner.entity_id, P.HEADQUARTERS, place.entity_id, view, confidence=0.7)
    for t in triggers(view, MOD, "HQ_VERB"):
        owner = detached_subject(view, t, _SUPPORTERS) or subject_before(view, t.start, _SUPPORTERS)
        place = next((m for m in ms if m.start >= t.end and m.type in (T.ORG, T.CITY, T.BASE, T.STATE)), None)
        if owner and place and not _unknown_town_before(view, t.end, place):
            ctx.add(owner.entity_id, P.HEADQUARTERS, place.entity_id, view, confidence=0.75)
    hq_phrases(ctx, view)


def _unknown_town_before(view: SentenceView, start: int, place: Mention) -> bool:
    """"headquartered in Grafenwald, Germany": a state after a name we do not know is only that
    town's country, not the headquarters."""
    if place.type is not T.STATE:
        return False
    gap = view.ctx.text[start:place.start]
    return gap.rstrip().endswith(",") and any(w[:1].isupper() for w in gap.split())


def _adjacent_hq(view: SentenceView, ms: list[Mention], t: Match) -> tuple[Mention | None, Mention | None]:
    """An owner right before the headquarters word (possessive, genitive or modifier) and a
    city right after it ("in"/"at" in English, the locative in Latvian)."""
    text = view.ctx.text
    owner = next((m for m in reversed(ms) if m.end <= t.start), None)
    if owner is None or owner.type not in _SUPPORTERS:
        return None, None
    gap = text[owner.end:t.start].strip().casefold()
    if gap not in ("", "'s", "’s") and not (view.lang != "en" and gap in ("galvenā", "galvenajā", "galvenais", "galvenajā")):
        return None, None
    if view.lang != "en" and owner.cases and "gen" not in owner.cases:
        return None, None
    place = next((m for m in ms if m.start >= t.end), None)
    if place is None or place.type is not T.CITY:
        return None, None
    between = text[t.end:place.start].strip().casefold()
    if view.lang == "en":
        return (owner, place) if between in ("in", "at") else (None, None)
    return (owner, place) if not between and "loc" in place.cases else (None, None)

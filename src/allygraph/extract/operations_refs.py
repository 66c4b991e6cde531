"""Who an operations-family trigger is about: the actor before it (past an apposition or a
relative clause), the operation an earlier sentence named, the nearest mention of a kind."""

from __future__ import annotations

from ..model import Mention
from ..vocab import EntityType, Predicate
from ._refer import detached_subject, noun_subject
from ._slots import (
    ACTORS,
    relative_spans,
    subject_before,
    token_index,
)
from .context import DocContext, SentenceView
from .lexicon import Match

T = EntityType
P = Predicate
MOD = "rel_operations"

__all__ = ["actor_subject", "in_relative_or_apposed", "antecedent", "nearest"]


def actor_subject(ctx: DocContext, view: SentenceView, t: Match, types: tuple[EntityType, ...] = ACTORS) -> Mention | None:
    """The actor a trigger is about: the nearest name before it (in Latvian one that can be
    nominative), the name before an apposition or relative clause, or what a referring noun
    ("the mission", "spēki") points back to. A person there means no actor."""
    subj = detached_subject(view, t, types) if in_relative_or_apposed(view, t) else None
    if subj is None:
        subj = subject_before(view, t.start, types + (T.PERSON, T.POSITION))
        if subj is not None and (subj.type not in types or (subj.cases and "nom" not in subj.cases)):
            return None
    if subj is None:
        subj = noun_subject(ctx, view, t)
    return subj if subj is not None and subj.type in types else None


def in_relative_or_apposed(view: SentenceView, t: Match) -> bool:
    return any(a <= t.start < b for a, b in relative_spans(view)) or \
        view.ctx.text[view.start:t.start].rstrip().removesuffix(" is").removesuffix(" ir").endswith(",")


def antecedent(ctx: DocContext, view: SentenceView) -> Mention | None:
    """The operation "the operation" / "its" refers to: the first one named in the nearest
    earlier sentence that names one."""
    for prev in reversed(ctx.views[max(0, view.index - 3):view.index]):
        ops = [m for m in prev.mentions if m.type is T.OPERATION]
        if ops:
            return ops[0]
    return None


def nearest(view: SentenceView, ms: list[Mention], t: Match, types: tuple[EntityType, ...]) -> Mention | None:
    best, best_d = None, 15
    for m in ms:
        if m.type not in types:
            continue
        if m.end <= t.start:
            d = t.first - token_index(view, m.end)
        elif m.start >= t.end:
            d = token_index(view, m.start) - t.last
        else:
            continue
        if d < best_d:
            best, best_d = m, d
    return best

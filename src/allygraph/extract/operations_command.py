"""``commanded_by``: "commander" / "commanded by" / "komandieris" with an operation or formation
and a person or position next to it, on either side."""

from __future__ import annotations

from ..vocab import EntityType, Predicate
from ._slots import (
    is_modifier,
    mentions,
    triggers,
)
from .context import DocContext, SentenceView
from .operations_refs import antecedent, nearest

T = EntityType
P = Predicate
MOD = "rel_operations"

__all__ = ["commanded_by"]


def commanded_by(ctx: DocContext, view: SentenceView) -> None:
    ms = mentions(view)
    for t in triggers(view, MOD, "COMMAND"):
        op = nearest(view, ms, t, (T.OPERATION, T.FORMATION)) or antecedent(ctx, view)
        cmd = nearest(view, [m for m in ms if not is_modifier(view, m, ms)], t, (T.PERSON, T.POSITION))
        if op is None or cmd is None or is_modifier(view, op, ms):
            continue
        ctx.add(op.entity_id, P.COMMANDED_BY, cmd.entity_id, view, confidence=0.7)

"""``commanded_by``: an operation or formation and the person or position that commands it.

* COMMAND ("commander", "commanded by", "under the command of", "who commands", "komandieris",
  "komandē"): the nearest commander (a person or a position) and the nearest unit on either side
  of the trigger. A unit may be named by its head noun alone ("the division is commanded by",
  "brigādes komandierim", "who commands the formation"): the latest unit the text named that
  the noun fits (:func:`allygraph.extract._args.unit_refs` over ``UNIT_HEADS``, and
  ``UNIT_GENERIC`` for "the formation"). "The operation is commanded by" and a role title with
  no unit next to it ("the EU Operation Commander is ...") belong to the one operation the
  sentence names, else to the first operation of the nearest sentence before that names one.
* COMMAND_LED ("led by", "headed by", "vada"): the same, but only with a person or position
  right after the trigger (a state after "led by" is a lead nation, the forces family's job).
"""

from __future__ import annotations

from ..model import Mention
from ..vocab import EntityType, Predicate
from ._args import unit_refs
from ._refer import antecedent as antecedent_of
from ._refer import noun_subject
from ._slots import hit_at, is_modifier, mentions, subject_before, token_index, triggers
from .context import DocContext, SentenceView
from .operations_refs import antecedent, nearest

__all__ = ["commanded_by"]

T = EntityType
P = Predicate
MOD = "rel_operations"
_UNITS = (T.OPERATION, T.FORMATION)
_COMMANDERS = (T.PERSON, T.POSITION)
_LED_GAP = 4  # tokens between "led by" and the commander's name (titles, nationality)


def commanded_by(ctx: DocContext, view: SentenceView) -> None:
    ms = mentions(view)
    people = [m for m in ms if m.type in _COMMANDERS and not is_modifier(view, m, ms)]
    if not people:
        return
    units = _units(ctx, view, ms)
    for t in triggers(view, MOD, "COMMAND"):
        cmd = nearest(view, people, t, _COMMANDERS)
        if cmd is None:
            continue
        others = [u for u in units if not (u.start < cmd.end and cmd.start < u.end)]
        op = nearest(view, others, t, _UNITS) or _sole(others) or antecedent(ctx, view)
        if op is not None:
            ctx.add(op.entity_id, P.COMMANDED_BY, cmd.entity_id, view, confidence=0.7)
    for t in triggers(view, MOD, "COMMAND_LED"):
        cmd = next((m for m in people if m.start >= t.end and token_index(view, m.start) - t.last <= _LED_GAP), None)
        if cmd is None:
            continue
        before = [u for u in units if u.end <= t.start]
        op = subject_before(view, t.start, _UNITS) or noun_subject(ctx, view, t) or (before[-1] if before else None)
        if op is not None and t.first - token_index(view, op.end) <= 8:
            ctx.add(op.entity_id, P.COMMANDED_BY, cmd.entity_id, view, confidence=0.65)


def _units(ctx: DocContext, view: SentenceView, ms: list[Mention]) -> list[Mention]:
    """Operations and formations named or referred to in the sentence, without modifiers
    ("KFOR forces") and without a head noun that is part of a rank ("brigādes ģenerālis")."""
    out = [u for u in unit_refs(ctx, view, MOD, _UNITS) if not (u in ms and is_modifier(view, u, ms))]
    out = [u for u in out if not hit_at(view, MOD, "UNIT_HEAD_NOT", token_index(view, u.start))]
    for h in triggers(view, MOD, "UNIT_GENERIC"):  # "the formation": a unit of this sentence, else the latest named
        here = [u for u in out if u.end <= h.start and u.type is T.FORMATION]
        got = here[-1] if here else antecedent_of(ctx, view, h.start, (T.FORMATION,))
        if got is not None:
            out.append(Mention(got.entity_id, got.type, h.start, h.end, view.ctx.text[h.start:h.end]))
    return sorted(out, key=lambda m: m.start)


def _sole(units: list[Mention]) -> Mention | None:
    """The one operation the sentence names, if it names exactly one."""
    ops = {u.entity_id: u for u in units if u.type is T.OPERATION}
    return next(iter(ops.values())) if len(ops) == 1 else None

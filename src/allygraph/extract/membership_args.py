"""Argument helpers of the membership family (:mod:`.membership`, :mod:`.membership_roles`).

Who joins, takes part or is invited when the sentence does not simply name one state before
the trigger: the coordination group of the nearest state, the document's topic state, the
organisation or programme a membership noun belongs to. Shared constants of the family live
here too, so the two rule modules import from one place.
"""

from __future__ import annotations

from ..model import Mention
from ..vocab import EntityType, Predicate
from ._slots import hits, subject_before, subject_group, triggers
from .context import DocContext, SentenceView
from .lexicon import Match

__all__ = ["MOD", "SUBJECTS", "JOINABLE", "TAKEN_PART", "subjects", "predicate_for", "invitations"]

T = EntityType
P = Predicate
MOD = "rel_membership"
SUBJECTS = (T.STATE, T.ORG)
JOINABLE = (T.ORG, T.PROGRAMME)
TAKEN_PART = (T.PROGRAMME, T.OPERATION)


def subjects(ctx: DocContext, view: SentenceView, t: Match, types=SUBJECTS, offset: int | None = None) -> list[str]:
    """The subject group before the trigger (or before ``offset``), else the document's topic state."""
    m = subject_before(view, t.start if offset is None else offset, types)
    if m is not None:
        return [x.entity_id for x in subject_group(view, m)]
    topic = ctx.topic()
    return [topic] if topic else []


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
    return out

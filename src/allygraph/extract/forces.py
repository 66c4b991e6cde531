"""Forces: lead nations, troop contributors, military support, strategic partners, where a
formation or body is and when it was founded, and how many troops it has.

Predicates: ``leads``, ``contributes_to``, ``personnel_count``, ``military_support_to``,
``strategic_partner_of``, ``located_in``, ``inception``.

Each rule starts from a trigger of ``lang/<code>/rel_forces.py`` (a trigger inside an entity's
name does not count) and picks its arguments among the sentence's linked mentions by type, side
and distance, with Latvian case forms deciding roles where word order is free ("Daudznacionālo
kaujas grupu vada Kanāda": the nominative leads). Coordination groups spread a relation over
lists ("no Albānijas, Čehijas ... un Spānijas"); a relative clause takes its antecedent
("Kanādu, kas ir ... vadošā valsts"); "kopā ar X" / "together with X" adds co-leaders; a
formation referred to by a pronoun ("to veido", "it consists of") is the latest one named in
the preceding sentences.
"""

from __future__ import annotations

from ..vocab import EntityType as T
from ._forces_where import bases_in_states, located_and_founded
from ._triggers import sentence_triggers
from .context import DocContext
from .forces_args import FOUNDABLE, HOSTED, LEADER, PLACE_FINE, UNIT
from .forces_leads import leads
from .forces_partners import military_support, strategic_partners
from .forces_places import places
from .forces_troops import contributor_item, contributors

__all__ = ["extract"]

LEX = "rel_forces"
_ARGUMENT_TYPES = frozenset(UNIT + LEADER + HOSTED + FOUNDABLE + PLACE_FINE)
_WITHOUT_NAMES = frozenset({"UNIT_HEADS", "TROOPS", "FOUNDED"})  # rules that can run on a sentence without names


def extract(ctx: DocContext) -> None:
    for view in ctx.views:
        if view.sent.is_list_item and view.mentions:
            contributor_item(ctx, view)
        if not view.mentions and not view.numbers and not view.times:
            continue  # every rule needs a named argument, or a count or date for a unit named before
        found = sentence_triggers(view, LEX)  # one pass over the tokens; most sentences stop here
        types = {m.type for m in view.mentions}
        if T.BASE in types and T.STATE in types:
            bases_in_states(ctx, view)
        if T.CITY in types or "PLACE_ATTRIBUTE" in found or "UNIT_HEADS" in found:
            places(ctx, view)
        if not found:
            continue
        if not types & _ARGUMENT_TYPES and not found.keys() & _WITHOUT_NAMES:
            continue
        if T.STATE in types or T.ORG in types:
            leads(ctx, view)
        if T.STATE in types or "TROOPS" in found:
            contributors(ctx, view)  # a personnel count needs no state
        if T.STATE in types:
            military_support(ctx, view)
            strategic_partners(ctx, view)
        located_and_founded(ctx, view)

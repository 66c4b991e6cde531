"""``priority_area`` (state -> area): the areas a state calls its priorities.

- a sentence naming a priority (``PRIORITY``: "Latvia's priorities are A, B and C", "prioritāte ir
  ...", "focus on", "X is a priority for Latvia") gives each of its areas to its states: the states
  it names (a coordinated group), else a counted or plain pronoun for states named before ("visas
  trīs valstis", "both countries", "they"; else the last group of states named, "the Baltic states"),
  else the state of its section heading ("Latvijas
  prioritātes"), else "our country" (the document's main state);
- list items under a priorities lead-in or a priorities section ("### Latvia's priorities" then
  "Latvia especially stresses:" and a list) give the areas of their first clause (before ", which",
  ", kas" or ";"), so "resilience to hybrid threats and disinformation" gives both.
"""

from __future__ import annotations

from ..model import Mention
from ..vocab import EntityType, Predicate
from ._slots import hits
from .context import DocContext, SentenceView, lang_data
from .created import unique_entities as _unique
from .membership_args import group_states, pronoun_states

__all__ = ["priorities", "priority_item", "section_heading", "states_of"]

MOD = "rel_framework"
T = EntityType
_CLAUSE_END = frozenset({",", ";", ":", "(", ")", "."})


def section_heading(ctx: DocContext, view: SentenceView) -> SentenceView | None:
    """The nearest heading before the sentence that is not a lead-in ending with a colon."""
    for v in reversed(ctx.views[:view.index]):
        if v.sent.is_heading and not v.text.rstrip().endswith(":"):
            return v
    return None


def priorities(ctx: DocContext, view: SentenceView) -> None:
    areas = view.of_type(T.AREA)
    if not areas:
        return
    for state in states_of(ctx, view):
        for a in _unique(areas):
            ctx.add(state, Predicate.PRIORITY_AREA, a.entity_id, view, confidence=0.75)


def states_of(ctx: DocContext, view: SentenceView) -> list[str]:
    """The states whose priorities a sentence states (see the module docstring)."""
    states = view.of_type(T.STATE)
    if states:
        return [m.entity_id for m in _unique(view.group(states[0], (T.STATE,)))]
    groups = [g for m in view.of_type(T.REGION) for g in group_states(ctx, m)]
    if groups:
        return list(dict.fromkeys(groups))
    pronouns = hits(view, "rel_membership", "PRONOUN_SUBJECT")
    not_states = {w.casefold() for w in getattr(lang_data(view.lang, MOD), "NOT_STATES_NEXT", ())}
    toks = view.tokens
    if any(h.last + 1 < len(toks) and toks[h.last + 1].text.casefold() in not_states for h in pronouns):
        return []  # "both organisations", "abas puses"
    told = pronoun_states(ctx, view, view.end)
    if told:
        return told
    if pronouns:  # "visas trīs valstis": else the group named last
        group = ctx.last_mention(view.start, (T.REGION,))
        members = group_states(ctx, group) if group is not None else []
        if len(members) >= 2:
            return members
    head = section_heading(ctx, view)
    if head is not None and head.of_type(T.STATE) and head.has(head.lex(MOD, "PRIORITY")):
        return [head.of_type(T.STATE)[0].entity_id]
    if view.has(view.lex(MOD, "OUR_STATE")):
        top = ctx.topic([T.STATE])
        return [top] if top else []
    return []


def priority_item(ctx: DocContext, view: SentenceView) -> bool:
    """A list item under a priorities lead-in or section: its first clause's areas are its state's
    priorities. Whether the item was such one."""
    if not view.sent.is_list_item:
        return False
    lead = view.heading
    section = section_heading(ctx, view)
    about = [v for v in (lead, section) if v is not None and v.has(v.lex(MOD, "PRIORITY"))]
    if not about:
        return False
    states: list[str] = []
    for v in (lead, section):
        if v is not None and not states:
            states = states_of(ctx, v)
    areas = _first_clause(view, view.of_type(T.AREA))
    for state in states:
        for a in _unique(areas):
            ctx.add(state, Predicate.PRIORITY_AREA, a.entity_id, view, confidence=0.7)
    return True


def _first_clause(view: SentenceView, areas: list[Mention]) -> list[Mention]:
    stop = next((tok.start for tok in view.tokens if tok.text in _CLAUSE_END and tok.start > view.start + 2
                 and any(a.end <= tok.start for a in areas)), view.end)
    return [a for a in areas if a.end <= stop]

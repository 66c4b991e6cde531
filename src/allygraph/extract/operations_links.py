"""Links between operations, bodies and states: ``cooperates_with`` and ``supports``."""

from __future__ import annotations

from ..model import Mention
from ..vocab import EntityType, Predicate
from ._args import unit_refs
from ._refer import located_org, noun_subject, referent
from ._slots import (
    _CLAUSE_JOIN,
    ACTORS,
    first_group_after,
    hit_at,
    hits,
    mentions,
    objects_after,
    quals_for,
    token_index,
    triggers,
)
from .context import DocContext, SentenceView
from .created import ref_entities
from .lexicon import Match
from .operations_refs import actor_subject

T = EntityType
P = Predicate
MOD = "rel_operations"
_SUPPORTERS = (T.OPERATION, T.ORG, T.FORMATION)
_SUPPORTED = (T.OPERATION, T.ORG, T.STATE, T.FORMATION)

__all__ = ["cooperates", "supports", "supported_by"]


def cooperates(ctx: DocContext, view: SentenceView) -> None:
    toks = view.tokens
    coop = triggers(view, MOD, "COOP")
    mutual = [m for m in triggers(view, MOD, "COOP_MUTUAL") if not any(c.first <= m.first <= c.last for c in coop)]
    for t in sorted(coop + mutual, key=lambda x: x.start):
        w = None
        for j in range(t.last + 1, min(len(toks), t.last + 6)):
            if hit_at(view, MOD, "COOP_WITH", j):
                w = j
                break
            if toks[j].is_punct and toks[j].text not in "-*":
                break
        if w is None and not any(t.first <= m.first <= t.last for m in hits(view, MOD, "COOP_MUTUAL")):
            continue
        subj = actor_subject(ctx, view, t)
        if subj is None or (subj.end <= t.start and _CLAUSE_JOIN.search(view.ctx.text, subj.end, t.start)
                            and noun_subject(ctx, view, t) is None):
            continue  # "A and B meet, and experts work together": the subject of another clause
        if _clause_has_own_subject(view, subj, t):
            continue  # "the NB8, in which Latvia works with ...": cooperation inside a format, not with it
        # "X and Y launched their cooperation in 2016" (not "Founded in 2014, the centre works with")
        # ... in its own clause ("..., and experts work at the centre, set up in 2017" is the centre's date)
        join = _CLAUSE_JOIN.search(view.ctx.text, t.end, view.end)
        clause_end = join.start() if join else view.end
        begin = any(min(subj.start, t.start) < b.start < clause_end for b in hits(view, MOD, "BEGIN"))
        quals = quals_for(view, t, point="start" if begin else None)
        if w is None:  # "the Council and the Committee hold joint meetings"
            objs = _partner_before(view, subj)
        else:
            objs = [m for m in first_group_after(view, toks[w].end, ACTORS + (T.REGION, T.CITY), max_gap_tokens=1)
                    if m.type is not T.REGION]
            resolved = [located_org(view, m) if m.type is T.CITY else m for m in objs]
            objs = [m for m in resolved if m is not None]
            if not objs:  # "ar Eiropas Savienības tiesiskuma misiju EULEX": the name after a genitive
                near = objects_after(view, toks[w].end, ACTORS)[:1]
                objs = [m for m in near if token_index(view, m.start) - w <= 6]
        for o in objs:
            if _framework_pair(ctx, subj.entity_id, o.entity_id):
                continue
            ctx.add(subj.entity_id, P.COOPERATES_WITH, o.entity_id, view, qualifiers=dict(quals), confidence=0.75)


def _clause_has_own_subject(view: SentenceView, subj: Mention, t: Match) -> bool:
    """A name that can be a subject stands between the chosen subject and the trigger, right before
    the trigger ("X, kurā Latvija sadarbojas ar ...", "X, in which Latvia works with ..."): the relative
    clause has a subject of its own, and the antecedent is where the cooperation happens."""
    if subj.end > t.start:
        return False
    own = [m for m in mentions(view) if subj.end <= m.start and m.end <= t.start]
    if not own:
        return False
    last = own[-1]
    if last.type not in (T.STATE, T.ORG) or (last.cases and "nom" not in last.cases):
        return False
    gap = view.ctx.text[subj.end:last.start]
    return "," in gap and token_index(view, t.start) - token_index(view, last.end) <= 1


def _partner_before(view: SentenceView, subj: Mention) -> list[Mention]:
    """"A and (the) B cooperate": the one actor joined to the subject by "and"/"un"."""
    ms = [m for m in mentions(view) if m.end <= subj.start]
    if not ms or ms[-1].type not in ACTORS:
        return []
    gap = view.ctx.text[ms[-1].end:subj.start].strip().casefold()
    if gap not in ("and", "and the", "un", "&", "together with", "kopā ar"):
        return []
    earlier = ms[-2] if len(ms) > 1 else None
    if earlier is not None and view.ctx.text[earlier.end:ms[-1].start].strip() in (",", "and", "un"):
        return []  # a longer list: who cooperates with whom is not said
    return [ms[-1]]


def _framework_pair(ctx: DocContext, a: str, b: str) -> bool:
    """The pair's cooperation is itself an entity (a framework whose participants are exactly
    these two): its claims hang off the framework, not off a cooperates_with edge."""
    pairs = ctx.__dict__.get("_framework_pairs")
    if pairs is None:
        pairs = set()
        for e in ref_entities(ctx).values():
            parts = e.extra.get("participants") if e.type is T.FRAMEWORK else None
            if isinstance(parts, str):
                parts = parts.split("|")
            if parts and len(parts) == 2:
                pairs.add(frozenset(parts))
        ctx.__dict__["_framework_pairs"] = pairs
    return frozenset((a, b)) in pairs


def supports(ctx: DocContext, view: SentenceView) -> None:
    nouns = hits(view, MOD, "SUPPORT_NOUN")
    trig = [t for t in triggers(view, MOD, "SUPPORT") if not any(n.first == t.first for n in nouns)]
    for t in trig:
        stop = [x for x in trig if x.start > t.start]
        objs = objects_after(view, t.end, _SUPPORTED, stop_at=stop) or _unit_after(ctx, view, t)
        subj = actor_subject(ctx, view, t, _SUPPORTERS)
        if view.lang != "en" and subj is None:
            # "Misiju ik dienu atbalsta Latvijas Gaisa operāciju centrs": object first, subject after the verb
            after = next((m for m in objs if m.cases and "nom" in m.cases and m.type in _SUPPORTERS), None)
            obj = _object_before(ctx, view, t)
            if after is not None and obj is not None:
                subj, objs = after, [obj]
        if subj is None or not objs:
            continue
        quals = quals_for(view, t, point=None)
        for o in objs:
            if o.entity_id != subj.entity_id:
                ctx.add(subj.entity_id, P.SUPPORTS, o.entity_id, view, qualifiers=dict(quals), confidence=0.7)


def _object_before(ctx: DocContext, view: SentenceView, t: Match) -> Mention | None:
    """The object of a Latvian verb that stands first: an accusative/dative name before it, or
    a referring noun ("Misiju") at the start of the clause."""
    ms = [m for m in mentions(view) if m.end <= t.start and m.type in _SUPPORTED]
    if ms and ms[-1].cases and ms[-1].cases & {"acc", "dat"} and "nom" not in ms[-1].cases:
        return ms[-1]
    for i in range(max(0, t.first - 3), t.first):
        ref = referent(ctx, view, i)
        if ref is not None and view.tokens[i].text.casefold()[-1:] in ("u", "i", "m"):  # acc/dat forms
            return ref
    return None


def supported_by(ctx: DocContext, view: SentenceView) -> None:
    """The supporter named after the verb: "X is supported by NATO", "with the support of NATO",
    "X relies on NATO", "X izmanto NATO resursus" (the last only with an asset word after the
    supporter: "uses NATO assets", not "uses NATO as a forum")."""
    named = [(t, False) for t in triggers(view, MOD, "SUPPORT_PASSIVE") + triggers(view, MOD, "RELY")]
    named += [(t, True) for t in triggers(view, MOD, "RELY_ASSETS")]
    ms = mentions(view)
    for t, needs_asset in named:
        sup = next((m for m in ms if m.start >= t.end), None)
        if sup is None or sup.type not in _SUPPORTERS or token_index(view, sup.start) - t.last > 3:
            continue
        if needs_asset and not any(hit_at(view, MOD, "ASSET", j) for j in range(token_index(view, sup.end),
                                                                                token_index(view, sup.end) + 4)):
            continue
        subj = actor_subject(ctx, view, t, _SUPPORTERS)  # not a state: "in Bosnia, X draws on NATO assets"
        if subj is None or subj.entity_id == sup.entity_id:
            continue
        ctx.add(sup.entity_id, P.SUPPORTS, subj.entity_id, view, qualifiers=dict(quals_for(view, t, point=None)),
                confidence=0.65)


def _unit_after(ctx: DocContext, view: SentenceView, t: Match) -> list[Mention]:
    """"supports the brigade", "atbalsta brigādi": a unit named by its head noun right after the verb."""
    refs = [u for u in unit_refs(ctx, view, MOD, (T.OPERATION, T.FORMATION))
            if u.start >= t.end and token_index(view, u.start) - t.last <= 2]
    return refs[:1] if refs and refs[0] not in view.mentions else []

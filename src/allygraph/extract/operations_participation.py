"""``participant_in`` for operations, missions and exercises: a state or unit takes part in them.

The membership family handles participation in programmes and processes (PfP, MAP, PARP) and the
plainest operation sentences; this rule adds what it leaves: the verbs of serving and taking
part of ``PARTICIPATE_OP`` in ``lang/<code>/rel_operations.py`` ("has served alongside Allies in
NATO-led operations, including KFOR and ISAF", "served with SFOR", "joined BALTOPS", "Latvijas
karavīri dien KFOR", "mācībās piedalās ..."), with

* objects: the operations and exercises (:func:`allygraph.extract.events_exercises.exercises_in`)
  after the verb up to the end of its clause, a list after "including" among them;
* a subject: the state or unit before the verb ("Latvian soldiers" is Latvia), else what a
  pronoun or possessive opening the clause stands for ("It ... has served", "its companies
  served": the first state or unit of the table row or of the sentence before), else in Latvian a
  nominative state after the verb ("Operācijā piedalās Latvijas karavīri");
* dates: a date right after an object is that object's ("KFOR in Kosovo from 1999"); with one
  object, the verb's date.

A pair the membership family has already claimed is left alone.
"""

from __future__ import annotations

from ..model import Mention
from ..vocab import EntityType, Predicate
from ._refer import antecedent
from ._slots import (
    clause_end,
    first_group_after,
    hit_at,
    hits,
    mentions,
    objects_after,
    quals_for,
    subject_before,
    subject_group,
    token_index,
    triggers,
)
from .context import DocContext, SentenceView
from .events_exercises import exercises_in
from .lexicon import Match

__all__ = ["participates"]

T = EntityType
P = Predicate
MOD = "rel_operations"
_PARTICIPANTS = (T.STATE, T.FORMATION)
_OWN_DATE = 4  # tokens between an object and a date that is its own


def participates(ctx: DocContext, view: SentenceView) -> None:
    trig = triggers(view, MOD, "PARTICIPATE_OP")
    for t in trig:
        stop = [x for x in trig if x.start > t.start]
        end = clause_end(view, t.end, stop)
        objs = [m for m in objects_after(view, t.end, (T.OPERATION,), stop_at=stop) if m.start < end]
        objs += [m for m in exercises_in(ctx, view) if t.end <= m.start < end]
        if not objs and view.lang != "en":  # "Mācībās X piedalījās Igaunija un Lietuva": the object first
            objs = _fronted(ctx, view, t)
        if not objs:
            continue
        subj = _subject(ctx, view, t)
        if subj is None:
            continue
        if subj.start >= t.end:
            group = first_group_after(view, subj.start, (T.STATE,), max_gap_tokens=0)
        elif subj.type is T.STATE and any(x is subj for x in mentions(view)):
            group = subject_group(view, subj)
        else:
            group = [subj]
        dated = _own_dates(view, objs) if len(objs) > 1 else {}
        for s in group or [subj]:
            for o in sorted(objs, key=lambda m: m.start):
                if _claimed(ctx, s.entity_id, o.entity_id):
                    continue
                quals = dated.get(o.start, {}) if len(objs) > 1 else quals_for(view, t)
                ctx.add(s.entity_id, P.PARTICIPANT_IN, o.entity_id, view, qualifiers=dict(quals), confidence=0.65)


def _subject(ctx: DocContext, view: SentenceView, t: Match) -> Mention | None:
    subj = subject_before(view, t.start, _PARTICIPANTS)
    if subj is not None:
        return subj
    toks = view.tokens
    opener = next((i for i in range(0, t.first) if hit_at(view, MOD, "PARTICIPANT_PRONOUN", i)), None)
    if opener is not None and not [m for m in mentions(view) if m.end <= toks[opener].start]:
        # "It ... has served", "its companies served": the row's first name, else the sentence before's
        row = [m for m in mentions(view) if m.type in _PARTICIPANTS and "|" in view.text]
        return row[0] if row else antecedent(ctx, view, view.start, _PARTICIPANTS)
    if view.lang != "en":  # "Operācijā piedalās Latvijas karavīri": the subject after the verb
        after = [m for m in mentions(view) if m.start >= t.end and m.type is T.STATE]
        if after and (not after[0].cases or "nom" in after[0].cases or "gen" in after[0].cases) \
                and token_index(view, after[0].start) - t.last <= 2:
            return after[0]
    return None


def _fronted(ctx: DocContext, view: SentenceView, t: Match) -> list[Mention]:
    """Latvian word order: the operation or exercise (locative) before the verb in its clause."""
    start = view.start
    for x in hits(view, MOD, "CLAUSE_END"):
        if x.end <= t.start:
            start = max(start, x.end)
    ops = [m for m in mentions(view) if m.type is T.OPERATION and start <= m.start and m.end <= t.start]
    exs = [m for m in exercises_in(ctx, view) if start <= m.start and m.end <= t.start]
    return (ops + exs)[-1:]


def _own_dates(view: SentenceView, objs: list[Mention]) -> dict[int, dict[str, str]]:
    """For each object, a "from/since/in" date standing right after it (before the next object)."""
    out: dict[int, dict[str, str]] = {}
    starts = sorted(o.start for o in objs)
    for o in objs:
        nxt = next((s for s in starts if s > o.start), view.end)
        oi = token_index(view, o.end)
        for x in view.times:
            if o.end <= x.start < nxt and token_index(view, x.start) - oi <= _OWN_DATE and not x.value.startswith("--"):
                if x.kind == "range":
                    out[o.start] = {"start": x.value, "end": x.end_value or ""}
                elif x.kind == "until":
                    out[o.start] = {"end": x.value}
                else:
                    out[o.start] = {"start": x.value}
                break
    return out


def _claimed(ctx: DocContext, subj: str, obj: str) -> bool:
    return any(c.subject == subj and c.object == obj and c.predicate is P.PARTICIPANT_IN for c in ctx.claims)

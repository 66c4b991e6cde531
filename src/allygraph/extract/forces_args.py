"""Arguments shared by the forces family's rules: the trigger lexicon's name, the entity types
each role takes, whether a mention can be a subject, and which formation or operation a sentence
(or the few before it) is about.

Used by :mod:`.forces_leads`, :mod:`.forces_troops`, :mod:`.forces_partners` and :mod:`._forces_where`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..model import Mention
from ..vocab import EntityType as T
from ._args import after_word, before_word, by_head_and_place, head_word, unit_refs
from ._triggers import doc_cache, sentence_triggers
from .context import DocContext, SentenceView, lang_data

__all__ = [
    "LEX", "UNIT", "LEADER", "STATE", "HOSTED", "FOUNDABLE", "PLACE_FINE", "RELATIVE",
    "LEADABLE_TYPES", "lead_objects", "lex_words", "name_led_marks", "ref_leaders",
    "prepositions", "join_words", "subject_ok", "person_modifier", "is_adjective", "unit_mentions", "unit_for", "recent_unit",
]

LEX = "rel_forces"
UNIT = (T.FORMATION, T.OPERATION)
LEADER = (T.STATE, T.ORG)
STATE = (T.STATE,)
HOSTED = (T.FORMATION, T.ORG, T.OPERATION)
FOUNDABLE = (T.FORMATION, T.ORG, T.OPERATION, T.PROGRAMME, T.BASE, T.FRAMEWORK)
PLACE_FINE = (T.BASE, T.CITY)
LEADABLE_TYPES = (T.ORG, T.PROGRAMME)  # led when their name says what they are: a coalition, force, project
_AUX = frozenset({"is", "was", "are", "were", "has been", "have been", "had been", "will be", "is now", "tiek", "tika",
                  "ir", "bija", "būs", "ir bijusi", "ir bijis"})  # "the battlegroup has been stationed at"
RELATIVE = (", kas", ", kura", ", kuras", ", kurš", ", kuri", ", which", ", who", ", that")


@lru_cache(maxsize=None)
def prepositions(lang: str) -> frozenset[str]:
    mod = lang_data(lang, LEX)
    return frozenset(getattr(mod, "PREPOSITIONS", ())) if mod else frozenset()


def subject_ok(view: SentenceView, m: Mention, *, lv_case: bool = True) -> bool:
    """Can ``m`` be a subject? Not after a preposition, not only locative/dative in Latvian,
    except as the antecedent of a relative clause."""
    if after_word(view, m, 2) in RELATIVE:
        return True
    if before_word(view, m) in prepositions(view.lang):
        return False
    return not (view.lang == "lv" and lv_case and m.cases and "nom" not in m.cases)


@lru_cache(maxsize=None)
def _person_nouns(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    mod = lang_data(lang, LEX)
    return (tuple(getattr(mod, "PERSON_NOUNS", ())), tuple(getattr(mod, "PERSON_SERVICE", ()))) if mod else ((), ())


def person_modifier(view: SentenceView, m: Mention) -> bool:
    """Does the state name a person's nationality ("the Canadian officer", "Danish Major General",
    "Dānijas ģenerālmajore", "Kanādas armijas pulkvedim")? Then it is not a leader or contributor."""
    stems, service = _person_nouns(view.lang)
    words = after_word(view, m, 2).split()
    if words and words[0] in service:
        words = words[1:]
    return bool(stems and words and words[0].startswith(stems))


def is_adjective(view: SentenceView, m: Mention) -> bool:
    """Is the state named by its nationality adjective ("the Lithuanian capital")? Then it modifies a
    noun and is not itself the place."""
    mod = lang_data(view.lang, "nationality")
    table = getattr(mod, "ADJECTIVES", None) if mod else None
    return isinstance(table, dict) and m.surface.casefold() in table


@lru_cache(maxsize=None)
def join_words(lang: str) -> frozenset[str]:
    mod = lang_data(lang, LEX)
    return frozenset(getattr(mod, "UNIT_JOIN", ())) if mod else frozenset()


def unit_mentions(ctx: DocContext, view: SentenceView) -> list[Mention]:
    """Formations and operations named in the sentence, by name or by head noun ("brigāde"); a head
    noun with a participle before its place ("the battlegroup based at Tapa") is the one there."""
    cache = doc_cache(ctx)
    key = ("forces-units", view.index)
    got = cache.get(key)
    if got is None:
        refs = [m for m in unit_refs(ctx, view, LEX, UNIT) if not _names_new_unit(ctx, view, m)]
        got = cache[key] = _placed_heads(ctx, view, refs)
    return got  # type: ignore[return-value]


_NEXT_NAME = re.compile(r"\s*[\"“„«']?\s*([^\W\d_])")


def _names_new_unit(ctx: DocContext, view: SentenceView, m: Mention) -> bool:
    """A head noun that begins a name the reference data lacks ("Operation Prosperity Guardian",
    "operācija "Nordic Shield"") is that unnamed unit, not the one named before."""
    if any(x.start == m.start and x.end == m.end for x in view.mentions):
        return False
    got = _NEXT_NAME.match(ctx.text, m.end, view.end)
    if got is None or not got.group(1).isupper():
        return False
    at = got.start(1)
    return not any(x.start <= at < x.end for x in view.mentions)


def _placed_heads(ctx: DocContext, view: SentenceView, units: list[Mention]) -> list[Mention]:
    found = sentence_triggers(view, LEX)
    if "UNIT_HEADS" not in found or "PLACED" not in found:
        return units
    out = list(units)
    for h in found["UNIT_HEADS"]:
        p = next((x for x in found["PLACED"] if 0 <= x.start - h.end <= 1
                  or (0 < x.start - h.end <= 20 and view.between(h.end, x.start).strip().lower() in _AUX)), None)
        place = next((m for m in view.mentions if m.start >= h.end), None)
        if p is None or place is None or not place.type.is_place or view.between(p.end, place.start).strip():
            continue
        ent = by_head_and_place(ctx, head_word(h), place.entity_id, UNIT)
        if ent is None or ent[0] is None or ent[1] is None:
            continue
        new = Mention(ent[0], ent[1], h.start, h.end, ctx.text[h.start:h.end])
        out = [m for m in out if not (m.start == h.start and m.entity_id not in {x.entity_id for x in view.mentions})]
        out.append(new)
    return sorted(out, key=lambda m: m.start)


def unit_for(ctx: DocContext, view: SentenceView, pos: int) -> Mention | None:
    units = unit_mentions(ctx, view)
    left = [m for m in units if m.end <= pos]
    if left:
        return left[-1]
    if units:
        return units[0]
    return recent_unit(ctx, view)


def recent_unit(ctx: DocContext, view: SentenceView, back: int = 3) -> Mention | None:
    """The formation or operation named last in the ``back`` sentences before, by name or by head
    noun ("the Canada-led battlegroup ... At its launch it numbered"), else in the heading."""
    for v in reversed(ctx.views[max(0, view.index - back):view.index]):
        got = unit_mentions(ctx, v)
        if got:
            return got[-1]
    got = unit_mentions(ctx, view.heading) if view.heading is not None else []
    return got[-1] if got else None


@lru_cache(maxsize=None)
def _lang_words(lang: str, name: str) -> tuple[str, ...]:
    mod = lang_data(lang, LEX)
    return tuple(getattr(mod, name, ())) if mod else ()


def lex_words(lang: str, name: str) -> tuple[str, ...]:
    """A word list (not a trigger lexicon) of ``lang/<code>/rel_forces.py``."""
    return _lang_words(lang, name)


def name_led_marks(lang: str) -> tuple[str, ...]:
    """Words inside a name that say it is led by someone ("NATO-led", "vadītā")."""
    return _lang_words(lang, "NAME_LED")


def _leadable(ctx: DocContext, m: Mention) -> bool:
    """An organisation or programme a state can lead: its name (a label or as written) has a head noun of ``LEADABLE_HEADS`` (a coalition, a force, a project),
    not a council or committee that a state chairs."""
    ent = ctx.ref.get(m.entity_id) if ctx.ref is not None and hasattr(ctx.ref, "get") else None
    names = [m.surface] + (list(ent.labels.values()) if ent is not None else [])
    heads = _lang_words("en", "LEADABLE_HEADS") + _lang_words("lv", "LEADABLE_HEADS")
    for name in names:
        words = name.casefold().replace("-", " ").split()
        if any(w.startswith(heads) for w in words):
            return True
    return False


def lead_objects(ctx: DocContext, view: SentenceView) -> list[Mention]:
    """What a lead verb can take as its object: the sentence's formations and operations (by name or
    head noun) and the organisations and programmes a state can lead (coalitions, forces, projects)."""
    cache = doc_cache(ctx)
    key = ("forces-lead-objects", view.index)
    got = cache.get(key)
    if got is None:
        extra = [m for m in view.mentions if m.type in LEADABLE_TYPES and _leadable(ctx, m)]
        got = cache[key] = sorted(unit_mentions(ctx, view) + extra, key=lambda m: m.start)
    return got  # type: ignore[return-value]


def ref_leaders(ctx: DocContext, entity_id: str) -> list[str]:
    """The leaders the reference data gives for an entity (``led_by=`` or ``lead=``)."""
    ent = ctx.ref.get(entity_id) if ctx.ref is not None and hasattr(ctx.ref, "get") else None
    if ent is None:
        return []
    out: list[str] = []
    for key in ("led_by", "lead"):
        val = ent.extra.get(key)
        vals = val if isinstance(val, list) else str(val).split("|") if val else []
        out += [v for v in vals if isinstance(v, str) and ":" in v]
    return out

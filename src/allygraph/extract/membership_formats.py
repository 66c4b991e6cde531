"""Working in a format is membership of it (called per sentence by :mod:`.membership`).

"Latvija un Polija sadarbojas B9 formātā, kā arī Trīs jūru iniciatīvā", "NB8 sadarbojas Dānija,
Igaunija ...", "Romania and Poland cooperate within the Bucharest Nine", "... kurā Latvija darbojas
kopā ar A, B". The organisation is the place of working: after "in"/"within", in the Latvian
locative, or before a locative noun ("B9 formātā", "NB8 ietvaros"); a partner after "with"/"ar"
and a name that modifies a noun ("work in NATO headquarters") are not. The states are the verb's
subject group (before it, or in Latvian after it, in the nominative). Word lists (FORMAT_VERB,
FORMAT_PREPS, FORMAT_NOUN_LOC, TOGETHER_WITH) are data in ``lang/<code>/rel_membership.py``.
"""

from __future__ import annotations

import re

from ..model import Mention
from ..vocab import EntityType
from ._slots import hits, is_generic, is_modifier, mentions, token_index
from .context import _SEP, DocContext, SentenceView, lang_data
from .lexicon import Match
from .membership_args import MOD
from .membership_lists import NOT_SUBJECT, add_members, together_with

__all__ = ["format_members"]

T = EntityType
_MEMBERS = (T.STATE, T.REGION)


def format_members(ctx: DocContext, view: SentenceView) -> None:
    """Working in a format is membership of it: "Latvija un Polija sadarbojas B9 formātā, kā arī
    Trīs jūru iniciatīvā", "NB8 sadarbojas Dānija, Igaunija ...", "Latvia and Poland cooperate
    in the B9 and in the Three Seas Initiative". The organisation stands in the locative (or after
    "in"/"within") next to the verb; the states are the verb's subject group (before it, or in
    Latvian after it); "with"/"ar" partners are not members unless "together with" follows the
    verb of a format ("kurā Latvija darbojas kopā ar A, B")."""
    ms = mentions(view)
    for t in hits(view, MOD, "FORMAT_VERB"):
        orgs = _format_orgs(view, t, ms)
        if not orgs:
            continue
        states = _verb_subjects(view, t, ms, orgs)
        if not states:
            continue
        states += together_with(view, t, ms)
        for o in orgs:
            add_members(ctx, view, o, states, ms)


def _located(view: SentenceView, m: Mention) -> bool:
    """An organisation named as the place of working: after "in"/"within", in the locative, or
    before a locative noun ("B9 formātā", "NB8 ietvaros")."""
    if m.type is not T.ORG or is_generic(view, m):
        return False
    mod = lang_data(view.lang, MOD)
    i = token_index(view, m.start)
    toks = view.tokens
    if i > 0 and toks[i - 1].text.casefold() in NOT_SUBJECT:
        return False  # "sadarbojas ar NATO": a partner, not the place of working
    after = re.sub(r"^\s*\([^()]*\)", "", view.ctx.text[m.end:m.end + 40]).split()
    word = after[0].casefold().strip(",.;") if after else ""
    if word in getattr(mod, "FORMAT_NOUN_LOC", ()):
        return True  # "B9 formātā", "NB8 ietvaros", "the NB8 format"
    if is_modifier(view, m, mentions(view)) or (view.lang == "en" and re.match(r"^[a-z]", word) and word not in _FOLLOW):
        return False  # "work in NATO headquarters"
    preps = getattr(mod, "FORMAT_PREPS", ())
    if preps:
        return i > 0 and (toks[i - 1].text.casefold() in preps
                          or (i > 1 and toks[i - 1].text.casefold() == "the" and toks[i - 2].text.casefold() in preps))
    return bool(m.cases) and "loc" in m.cases and "nom" not in m.cases  # an inflected name in the locative


def _format_orgs(view: SentenceView, t: Match, ms: list[Mention]) -> list[Mention]:
    """Organisations in the locative (or after "in") just after or before the verb, with those
    coordinated after them ("B9 formātā, kā arī Trīs jūru iniciatīvā")."""
    after = [m for m in ms if m.start >= t.end and len(view.between(t.end, m.start).split()) <= 3][:1]
    before = [m for m in ms if m.end <= t.start and len(re.sub(r"\([^()]*\)", " ", view.between(m.end, t.start)).split()) <= 2][-2:]
    if len(before) == 2 and before[0].entity_id != before[1].entity_id:
        before = before[1:]  # (a bracketed short name after the full one: "astoņniekā (NB8)")
    first = next((m for m in after + before if _located(view, m)), None)
    if first is None:
        return []
    out = [first]
    end = first.end
    for m in ms[ms.index(first) + 1:]:
        if m.entity_id == out[-1].entity_id:  # "Bukarestes devītnieka (B9) formātā"
            end = m.end
            continue
        gap = re.sub(r"\([^()]*\)|[()]", " ", view.between(end, m.start))
        gap = re.sub(r"\b(?:formātā|formāta|ietvaros|grupā|format|the|in|within)\b", " ", gap, flags=re.IGNORECASE)
        if not _located(view, m) or not (_SEP.match(gap) or re.match(r"^\s*,?\s*(?:kā arī|as well as|and also)\s*$", gap)):
            break
        out.append(m)
        end = m.end
    return out


_FOLLOW = ("and", "as", "since", "from", "in", "on", "at", "to", "for", "with", "until", "together", "alongside", "while",
           "which", "where", "that", "but", "or", "un", "kā", "kopš", "no", "līdz", "ar", "kopā", "jau", "arī")


def _verb_subjects(view: SentenceView, t: Match, ms: list[Mention], orgs: list[Mention]) -> list[Mention]:
    """The states doing the verb: the group just before it, else (Latvian verb-first order) the
    nominative group just after it."""
    before = [m for m in ms if m.end <= t.start and m not in orgs]
    if before and before[-1].type in _MEMBERS and len(view.between(before[-1].end, t.start).split()) <= 2 \
            and not (before[-1].cases and "nom" not in before[-1].cases) and not is_modifier(view, before[-1], ms):
        return [m for m in view.group(before[-1], _MEMBERS) if m.end <= t.start]
    if view.lang != "en":
        nxt = next((m for m in ms if m.start >= t.end and m not in orgs), None)
        if nxt is not None and nxt.type in _MEMBERS and (not nxt.cases or "nom" in nxt.cases) \
                and len(view.between(t.end, nxt.start).split()) <= 1:
            return [m for m in view.group(nxt, _MEMBERS) if m.start >= nxt.start]
    return []

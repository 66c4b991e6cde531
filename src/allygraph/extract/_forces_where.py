"""Forces, where and since when: ``located_in`` and ``inception`` of formations, bodies, bases and
operations (part of the forces family, see :mod:`allygraph.extract.forces`).

* A formation or body "atrodas Rīgā" / "is based in Riga" / "Riga hosts X": located in the city or base.
  A headquarters sentence ("kuras štābs atrodas Ādažos", "headquartered in Pristina") is not about the
  formation's own place, and an operation is located only at a base: an operation's theatre
  (a country, a sea) is ``operates_in`` and its headquarters ``headquarters``, both the operations
  family's business.
* An operation uses a base: "misija izmanto Emari aviobāzi", "a second home for the mission".
* A base named with its country: "Šiauliai Air Base in Lithuania", "Lielvārdes aviobāze Latvijā".
* Founding: "established in 2019", "izveidota 2019. gadā", "X was expanded into Y in 2024".
"""

from __future__ import annotations

import re

from ..model import Literal, Mention
from ..vocab import EntityType as T
from ..vocab import Predicate as P
from ._args import Quals, before_word, covered, nearest, relation_times, states_group, triggers
from ._triggers import sentence_triggers
from .context import DocContext, SentenceView
from .forces_args import FOUNDABLE, HOSTED, LEX, PLACE_FINE, STATE, is_adjective, lex_words, unit_mentions
from .forces_dates import founding_date
from .lexicon import Match

__all__ = ["located_and_founded", "bases_in_states"]

_UMBRELLAS = ("org:nato", "org:eu")
_ARTICLES = ("", "the", "a", "an", "its", "jaunu", "the new", "a new", "par")


def bases_in_states(ctx: DocContext, view: SentenceView) -> None:
    """"Šiauliai Air Base in Lithuania", "Šauļu aviobāzē Lietuvā": a base named with its country."""
    for b in view.of_type(T.BASE):
        nxt = next((m for m in view.mentions if m.start >= b.end), None)
        if nxt is None or nxt.type is not T.STATE:
            continue
        gap = view.between(b.end, nxt.start).strip().lower()
        if view.lang == "lv":
            ok = gap in ("", ",") and (not nxt.cases or "loc" in nxt.cases)
        else:
            ok = gap in ("in", ", in", ",")
        country = _ref_extra(ctx, b.entity_id, "country")
        if ok and (country is None or country == nxt.entity_id):
            ctx.add(b.entity_id, P.LOCATED_IN, nxt.entity_id, view, confidence=0.8)


def _place_for(view: SentenceView, t: Match, active_host: bool) -> Mention | None:
    fine = view.of_type(*PLACE_FINE)
    if view.lang == "en":
        side = "left" if active_host else "right"
        got = nearest(fine, t, side)
        if got is None and not active_host:
            st = nearest([m for m in view.of_type(*STATE) if not is_adjective(view, m)], t, "right")
            got = st if st is not None and before_word(view, st) in ("in", "by", "at", "to") else None
        return got
    fine = [m for m in fine if not m.cases or m.cases & {"loc", "nom"}]
    found = nearest(fine, t, "any")
    if found is None:
        in_state = [m for m in view.of_type(*STATE) if m.cases and m.cases <= {"loc"}]
        found = nearest(in_state, t, "any")
    return found


def _headquarters_at(view: SentenceView, place: Mention) -> bool:
    """"headquartered in Baghdad", "štābs ir Romā": the place is a headquarters (operations family)."""
    return any(0 <= place.start - h.end <= 6 for h in sentence_triggers(view, LEX).get("HEADQUARTERS", ()))


def _recent(ctx: DocContext, view: SentenceView, back: int = 2) -> Mention | None:
    """The operation or formation named last in the ``back`` sentences before."""
    for v in reversed(ctx.views[max(0, view.index - back):view.index]):
        got = [m for m in unit_mentions(ctx, v) if m.entity_id not in _UMBRELLAS]
        if got:
            return got[-1]
    return None


def _about_headquarters(view: SentenceView, t: Match) -> bool:
    """"kuras štābs atrodas Ādažos", "its headquarters is located in": a headquarters, not the unit."""
    return any(0 <= t.start - h.end <= 12 or 0 <= h.start - t.end <= 3  # also inside a name ("... štābs")
               for h in sentence_triggers(view, LEX).get("HEADQUARTERS", ()))


def located_and_founded(ctx: DocContext, view: SentenceView) -> None:
    found = sentence_triggers(view, LEX)
    if not any(k in found for k in ("LOCATED", "FOUNDED", "TRANSFORMED", "USES_BASE")):
        return
    located = triggers(view, LEX, "LOCATED")
    founded = triggers(view, LEX, "FOUNDED")
    units = unit_mentions(ctx, view)
    this = demonstrative_subject(ctx, view)
    if this is not None:
        units = sorted(units + [this], key=lambda m: m.start)
    hosted = [m for m in view.of_type(*HOSTED) + [u for u in units if u not in view.mentions]
              if m.entity_id not in _UMBRELLAS]
    events = triggers(view, LEX, "FOUNDED_EVENT")
    for t in located + [f for f in founded if not any(f.start == x.start for x in located)]:
        if _about_headquarters(view, t):
            continue
        if t not in located and any(e.start <= t.start < e.end for e in events):
            continue  # "founded in Copenhagen": where a body was founded, not its seat
        word = view.between(t.start, t.end).lower()
        active_host = view.lang == "en" and (word in ("host", "hosts", "hosted") or "used as" in word or "serves as" in word)
        place = _place_for(view, t, active_host)
        if place is None or (place.type is T.STATE and len(states_group(view, place)) > 1):
            continue  # a list of countries: one formation in each (forces_places)
        if t not in located:  # "opened in Riga": the place must be close to the founding verb
            if abs(place.start - t.start) > 40 or (view.lang == "en" and before_word(view, place) not in ("in", "at")):
                continue
        if active_host:
            subj = nearest(hosted, t, "right")
            if subj is None and ("used as" in word or "serves as" in word):  # "... is used as a base for their jets"
                subj = _recent(ctx, view)
        else:
            pool = [m for m in hosted if m.end <= place.start or m.start >= place.end]
            known = [m for m in pool if _ref_extra(ctx, m.entity_id, "located_in") == place.entity_id]
            subj = nearest(known or pool, t, "any")
            if subj is None and t in located and place.type in PLACE_FINE and _pronoun_subject(view, t):
                subj = _recent(ctx, view)  # "the rest will be based at Rukla": the unit named before
        if subj is None or covered(subj, place) or (subj.type is T.OPERATION and place.type not in PLACE_FINE):
            continue  # an operation's country or sea is its theatre (operates_in), not located_in
        if _headquarters_at(view, place):
            continue
        quals = relation_times(view, point_is_start=any(f.start == t.start for f in founded))
        ctx.add(subj.entity_id, P.LOCATED_IN, place.entity_id, view, qualifiers=quals, confidence=0.75)
    _uses_base(ctx, view, hosted)
    for t in triggers(view, LEX, "TRANSFORMED"):  # "X was expanded into Y in 2024": Y begins then
        into = nearest(hosted, t, "right")
        date = founding_date(ctx, view, t)
        if into is not None and date is not None and view.between(t.end, into.start).strip().lower() in _ARTICLES:
            ctx.add(into.entity_id, P.INCEPTION, Literal(date, "date"), view, confidence=0.65)
    for t in founded:
        _inception(ctx, view, t, units)


def _pronoun_subject(view: SentenceView, t: Match) -> bool:
    """Is the locating verb's subject a pronoun ("it", "the rest", "most of them", "tā", "pārējie")?"""
    words = set(lex_words(view.lang, "PRONOUN_SUBJECTS"))
    if triggers(view, LEX, "UNIT_HEADS"):
        return False  # "a battlegroup has been stationed at Ādaži": a unit of its own
    return any(tok.text.casefold() in words for tok in view.tokens if tok.end <= t.start)


def _described(gap: str) -> bool:
    """A short common-noun description between a founding verb and the name: "launched the
    maritime activity Baltic Sentry", "aktivizēja reaģēšanas sistēmu "Nordic Warden""."""
    words = gap.split()
    return 0 < len(words) <= 4 and all(w.isalpha() and w.islower() for w in words)


def _uses_base(ctx: DocContext, view: SentenceView, hosted: list[Mention]) -> None:
    """"misija izmanto arī Emari aviobāzi", "a second home for the Baltic Air Policing mission"."""
    for t in triggers(view, LEX, "USES_BASE"):
        bases = view.of_type(T.BASE)
        ops = [m for m in hosted if m.type in (T.OPERATION, T.FORMATION)]
        if not bases or not ops:
            continue
        word = view.between(t.start, t.end).lower()
        if "home" in word:  # "<base> became a home for <operation>"
            base, op = nearest(bases, t, "left"), nearest(ops, t, "right")
        else:
            base, op = nearest(bases, t, "any"), nearest(ops, t, "left") or nearest(ops, t, "right")
        if base is None or op is None:
            continue
        more = _from_bases(view, t, base) if "home" not in word else []
        for b in [base] + more:
            times = _since_before(view, b) if more else relation_times(view, point_is_start=True)
            ctx.add(op.entity_id, P.LOCATED_IN, b.entity_id, view, qualifiers=times, confidence=0.65)


def _from_bases(view: SentenceView, t: Match, first: Mention) -> list[Mention]:
    """Further bases after "from" / "no" in the clause of a flying verb: "flies from A in Lithuania
    and, since 2014, also from B in Estonia", "lido no A un kopš 2014. gada arī no B"."""
    return [b for b in view.of_type(T.BASE) if b.start > t.end and b is not first
            and b.entity_id != first.entity_id and before_word(view, b) in ("from", "no")]


def _since_before(view: SentenceView, b: Mention) -> Quals:
    """The start date said for one base of several: the latest date between the previous mention and
    the base ("and, since 2014, also from B"), else the sentence's."""
    prev = max((m.end for m in view.mentions if m.end <= b.start), default=view.start)
    near = [x for x in view.times if prev <= x.start < b.start and not x.value.startswith("--")]
    if near:
        return {"start": near[-1].value}
    return relation_times(view, point_is_start=True)


def _inception(ctx: DocContext, view: SentenceView, t: Match, units: list[Mention]) -> None:
    date = founding_date(ctx, view, t)
    if date is None:
        return
    cands = [m for m in view.of_type(*FOUNDABLE) + [u for u in units if u not in view.mentions]
             if not (m.type is T.BASE and (m.cases & {"loc"} or before_word(view, m) in ("in", "at")))]
    right = nearest(cands, t, "right")
    gap = view.between(t.end, right.start).strip().strip('"“”„«»').strip().lower() if right else "x"
    subj: Mention | None
    if right is not None and (gap in _ARTICLES or _described(gap)):
        subj = right
    elif view.lang == "en" and t.first == 0:  # "Deployed in 2017, the battlegroup ..."
        comma = view.text.find(",", t.end - view.start)
        subj = nearest(cands, Match(0, 0, view.start + comma, view.start + comma + 1, ""), "right") \
            if comma >= 0 else None
        if comma >= 0 and (subj is None or len(view.between(view.start + comma + 1, subj.start).split()) > 3
                           or "," in view.between(view.start + comma + 1, subj.start)):
            subj = _named_before(ctx, view, view.text[comma + 1:].split()[:2])  # "Founded in 2014, the centre ..."
    elif view.lang == "en" and (rel := _relative_before(view, t)) is not None:
        # "X, which was founded in", "X, which the Council set up in"
        subj = next((m for m in cands if m.end <= rel and view.between(m.end, rel).strip() in ("", ",")), None)
    elif view.lang == "en":
        subj = nearest(cands, t, "left")
        if subj is not None and t.start - subj.end > 80:
            subj = None
    else:
        subj = nearest([m for m in cands if not _clause_break(view, m, t)], t, "any")
    if subj is None or subj.entity_id in _UMBRELLAS:
        return
    ctx.add(subj.entity_id, P.INCEPTION, Literal(date, "date"), view, confidence=0.7)


_RELATIVE = re.compile(r"\b(?:that|which|who|whom)\b(?=(?:\s+[^\W\d_][\w-]*){0,3}\s*$)", re.I)
_LV_CLAUSE_BREAK = re.compile(r"[;]|,\s*(?:un|bet|taču|savukārt|kas|kura|kuras|kurš|kuru|kur)\b|\s[–—]\s", re.I)


def _relative_before(view: SentenceView, t: Match) -> int | None:
    """Where the relative pronoun of a founding verb's clause stands ("... attacks that began in
    October", "X, which the Council set up"): the clause is about the noun before it."""
    lo = max(view.start, t.start - 32)
    found = list(_RELATIVE.finditer(view.ctx.text, lo, t.start))
    return found[-1].start() if found else None


def _clause_break(view: SentenceView, m: Mention, t: Match) -> bool:
    """Is a Latvian clause boundary (", un", ", kas", ";", " – ") between a mention and a trigger?
    A relative clause right after the mention ("Šī vienība, kas darbojas Rīgā, tika izveidota",
    "KFOR, kas darbojas kopš 1999. gada") is its own and does not separate it from its verb."""
    a, b = (m.end, t.start) if m.end <= t.start else (t.end, m.start)
    gap = view.between(a, b)
    if m.end <= t.start and re.match(r"^[\s)\"”]*,\s*(?:kas|kura|kuras|kurš|kuru|kur)\b[^;–—]*$", gap, re.I):
        return False  # the trigger is in the mention's relative clause or in the main clause after it
    return bool(_LV_CLAUSE_BREAK.search(gap))


def demonstrative_subject(ctx: DocContext, view: SentenceView) -> Mention | None:
    """"Šī vienība, kas darbojas Rīgā, ...", "This centre was opened in ...": a demonstrative and a
    common noun opening the sentence stand for the latest body or unit of the two sentences before
    whose name has that noun."""
    toks = view.tokens
    if len(toks) < 2 or toks[0].text.casefold() not in lex_words(view.lang, "DEMONSTRATIVES"):
        return None
    noun = toks[1]
    word = noun.text.casefold()
    if not noun.text.isalpha() or not noun.text.islower() or len(word) < 4 \
            or any(m.start < noun.end and noun.start < m.end for m in view.mentions):
        return None
    stem = word[:-1] if view.lang == "en" and word.endswith("s") else word
    if view.lang == "lv":
        stem = stem[:max(4, len(stem) - 2)]
    for v in reversed(ctx.views[max(0, view.index - 2):view.index]):
        for m in reversed(v.of_type(*FOUNDABLE)):
            ent = ctx.ref.get(m.entity_id) if ctx.ref is not None and hasattr(ctx.ref, "get") else None
            names = [m.surface] + (list(ent.labels.values()) + ent.all_aliases() if ent is not None else [])
            if any(w.startswith(stem) for n in names for w in n.casefold().split()):
                return Mention(m.entity_id, m.type, toks[0].start, noun.end, ctx.text[toks[0].start:noun.end],
                               frozenset({"nom"}))
    return None


def _named_before(ctx: DocContext, view: SentenceView, words: list[str]) -> Mention | None:
    """"the centre" after a comma: the latest body named in the sentence before whose name has that noun."""
    if len(words) != 2 or words[0].lower() != "the" or view.index == 0:
        return None
    noun = words[1].strip(",.;:").casefold()
    for m in reversed(ctx.views[view.index - 1].of_type(*FOUNDABLE)):
        ent = ctx.ref.get(m.entity_id) if ctx.ref is not None and hasattr(ctx.ref, "get") else None
        names = " | ".join(ent.labels.values()).casefold() if ent is not None else m.surface.casefold()
        if len(noun) > 3 and noun in names:
            return m
    return None


def _ref_extra(ctx: DocContext, entity_id: str, key: str) -> object:
    ent = ctx.ref.get(entity_id) if ctx.ref is not None and hasattr(ctx.ref, "get") else None
    return ent.extra.get(key) if ent is not None else None

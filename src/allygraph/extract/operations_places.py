"""Where an operation acts: ``operates_in`` (an operation next to a place it is "in", a place
heading over its section, a described deployment, the place inside a Latvian name)."""

from __future__ import annotations

from ..model import Mention
from ..vocab import EntityType, Predicate
from ._refer import referred_operations
from ._slots import (
    _CLAUSE_JOIN,
    PLACES,
    first_group_after,
    hit_at,
    in_relative,
    is_modifier,
    mentions,
    subject_before,
    token_index,
    triggers,
)
from .context import DocContext, SentenceView
from .created import ref_entities
from .lexicon import Match

T = EntityType
P = Predicate
MOD = "rel_operations"
_MAX_GAP = 16  # tokens between an operation and its place

__all__ = ["operates_in", "place_heading", "section_place"]


def place_heading(view: SentenceView) -> Mention | None:
    """A heading that is just a place ("Kosovo", "The Mediterranean") sets the theatre of the
    operations its section describes."""
    places = [m for m in view.mentions if m.type in PLACES]
    if len(places) != 1 or len(view.mentions) != 1:
        return None
    rest = (view.text[:places[0].start - view.start] + view.text[places[0].end - view.start:]).strip(" #*:\n\t")
    return places[0] if rest.casefold() in ("", "the") else None


def section_place(ctx: DocContext, view: SentenceView, place: Mention) -> None:
    """The operation a sentence under such a heading is about (its first name) operates there."""
    first = mentions(view)[0]
    if first.type is not T.OPERATION or first.created or any(
            m.type in PLACES and m.entity_id != place.entity_id for m in view.mentions):
        return
    known = ref_entities(ctx).get(first.entity_id)
    theatre = known.extra.get("operates_in") if known else None
    if place.type is T.REGION and theatre and theatre != place.entity_id:
        return  # a region heading ("Balkans") over an operation the reference data places elsewhere
    ctx.add(first.entity_id, P.OPERATES_IN, place.entity_id, view, confidence=0.6)


def _in_place(view: SentenceView, place: Mention) -> bool:
    """``place`` is the object of "in"/"within"/... (English) or in the locative case (Latvian)."""
    if not view.lex(MOD, "IN_PLACE"):
        return "loc" in place.cases and "nom" not in place.cases
    i = token_index(view, place.start) - 1
    toks = view.tokens
    while i >= 0 and all(c in "*_\"'“”(" for c in toks[i].text):
        i -= 1
    if i >= 0 and toks[i].text.casefold() == "the":
        i -= 1
    if i < 0 or hit_at(view, MOD, "IN_PLACE", i) is None:
        return False
    # "Ämari Air Base in Estonia": the place locates the base or city, not an operation
    return not any(m.type in (T.BASE, T.CITY) and token_index(view, m.end) == i for m in view.mentions)


def operates_in(ctx: DocContext, view: SentenceView) -> None:
    ms = mentions(view)
    ents = ref_entities(ctx)
    for m in ms:  # a described deployment: the place it went to
        if m.type is T.OPERATION and m.created:
            ent = ents.get(m.entity_id) or next((e for e in ctx.adoc.new_entities if e.id == m.entity_id), None)
            place = ent.extra.get("operates_in") if ent else None
            if place:
                ctx.add(m.entity_id, P.OPERATES_IN, place, view, confidence=0.7)
    ops = [m for m in ms if m.type is T.OPERATION]
    if not ops and any(m.type in PLACES for m in ms):
        ops = referred_operations(ctx, view)
        ms = sorted(ms + ops, key=lambda m: (m.start, -m.end))
    if not ops and not any(m.type in PLACES for m in ms):
        return
    for m in ops:  # "NATO misija Irākā", "EU Advisory Mission in Iraq": the place inside the name
        known = None if m.created else ents.get(m.entity_id)
        place = known.extra.get("operates_in") if known else None
        if isinstance(place, str) and _names_place(m.surface, ents.get(place), view.lang):
            ctx.add(m.entity_id, P.OPERATES_IN, place, view, confidence=0.7)
    verbs = triggers(view, MOD, "OPERATE")
    if not ops and not verbs:
        return
    verb_of = _verb_groups(view, verbs)  # "guard the skies over Estonia, Latvia and Lithuania": each of them
    places = [m for m in ms if m.type in PLACES and not m.created and (_in_place(view, m) or id(m) in verb_of)]
    for p in places:
        pi = token_index(view, p.start)
        best, best_d = None, _MAX_GAP + 1
        verb = verb_of.get(id(p)) or next((v for v in verbs if v.end <= p.start and pi - v.last <= 3), None)
        if verb is not None:  # "<operation>, which ..., operates in <place>"
            best = subject_before(view, verb.start, (T.OPERATION,))
            if best is None and id(p) in verb_of:  # "Its area of operation comprises A, B and C": every one
                best = _earlier_operation(ctx, view, verb)
            ops_ = [] if best is not None else ops
        else:
            ops_ = ops
        for o in ops_:
            if o.created or in_relative(view, o, p.start):
                continue
            oi = token_index(view, o.start) if o.start > p.start else token_index(view, o.end) - 1
            d = abs(oi - pi)
            lo, hi = min(o.start, p.start), max(o.end, p.end)
            between_place = any(x is not p and lo <= x.start and x.end <= hi for x in places)
            if d < best_d and not between_place:
                best, best_d = o, d
        if pi <= 1 and best is not None:  # "In Afghanistan, X ..., but since 2015 Y ...": each clause's first
            for a, b in _clauses(view):
                first = next((o for o in ops if a <= o.start < b and not o.created), None)
                if first is not None and first is not best and a > p.end:
                    ctx.add(first.entity_id, P.OPERATES_IN, p.entity_id, view, confidence=0.6)
            # "Vidusjūrā NATO operācija X atbalsta ES operāciju Y": a place that opens the sentence frames it
            if not any(x is not p and x.type in PLACES for x in ms):
                for o in ops:
                    if o is not best and not o.created and not in_relative(view, o) and not is_modifier(view, o, ms) \
                            and not _accompanying(view, o):
                        ctx.add(o.entity_id, P.OPERATES_IN, p.entity_id, view, confidence=0.55)
        if best is None:
            continue
        known = ents.get(best.entity_id)
        conf = 0.85 if known and known.extra.get("operates_in") == p.entity_id else 0.65
        ctx.add(best.entity_id, P.OPERATES_IN, p.entity_id, view, confidence=conf)


def _earlier_operation(ctx: DocContext, view: SentenceView, verb: Match) -> Mention | None:
    """The operation a verb without a named subject speaks of: when the sentence names none ("Its area of
    operation comprises ..."; not "jets guarded the skies over A and B under the X mission"), the last
    one named before the sentence."""
    if any(m.type is T.OPERATION for m in view.mentions) or hit_at(view, MOD, "OPERATE_AREA", verb.first) is None:
        return None
    last = ctx.last_mention(view.start, (T.OPERATION,))
    return None if last is None or last.created else last


def _verb_groups(view: SentenceView, verbs: list[Match]) -> dict[int, Match]:
    """The places an operating verb governs: the coordinated list right after it (keyed by id)."""
    out: dict[int, Match] = {}
    for v in verbs:
        for m in first_group_after(view, v.end, PLACES, max_gap_tokens=1):
            if not m.created:
                out.setdefault(id(m), v)
    return out


def _accompanying(view: SentenceView, m: Mention) -> bool:
    """"together with EULEX", "kopā ar EULEX": a partner named alongside, not framed by the place."""
    i = token_index(view, m.start)
    return any(hit_at(view, MOD, "COOP_WITH", k) for k in range(max(0, i - 3), i))


def _clauses(view: SentenceView) -> list[tuple[int, int]]:
    """The sentence cut at clause joins (", and", ", bet", ";")."""
    cuts = [m.start() for m in _CLAUSE_JOIN.finditer(view.ctx.text, view.start, view.end)]
    bounds = [view.start] + cuts + [view.end]
    return list(zip(bounds, bounds[1:]))


def _names_place(surface: str, place: object, lang: str) -> bool:
    """The operation's name contains its place's name in the locative ("NATO misija Irākā"):
    Latvian says "in Iraq" inside the name. (English titles such as "NATO Mission Iraq" or
    "mission in Iraq" are names, not statements of where it operates.)"""
    labels = getattr(place, "labels", None)
    if not labels or lang == "en":
        return False
    words = [w.casefold() for w in surface.replace('"', " ").split()]
    for name in {labels.get(lang, ""), labels.get("en", "")}:
        if not name:
            continue
        head = name.split()[0].casefold()
        stem = head if lang == "en" or len(head) < 5 else head[:-1]
        if any(w == head or (w.startswith(stem) and len(w) - len(stem) <= 2) for w in words[1:]):
            return True
    return False

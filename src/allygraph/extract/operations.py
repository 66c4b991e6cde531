"""The operations family: cooperates_with, supports, operates_in, headquarters, commanded_by.

Trigger words live in ``lang/<code>/rel_operations.py``; slots are filled by
:mod:`allygraph.extract._slots` (which also turns "Turkish authorities" into Turkey and "NATO
deployed a maritime force to the Aegean Sea" into an operation).

* cooperates_with: a cooperation head ("works closely", "in close cooperation", "meets",
  "sadarbojas") followed within a few words by "with"/"ar" and a name: the nearest actor before
  the head (a state, organisation, operation or formation — not a person) cooperates with every
  actor of the coordinated list after "with". Regions are left out. Dates: since/from/range, or
  a plain date when the sentence says the cooperation began.
* supports: an operation or organisation before "supported"/"supporting"/"atbalsta" supports the
  operations, organisations and states after it, up to the end of the clause.
* operates_in: an operation next to a place it is "in" ("Operation X in the Mediterranean",
  "In Kosovo, KFOR ...", Latvian locative "misija Irākā"); and a described deployment.
* headquarters: "<X> headquarters is located at <Y>", "headquartered in"; an *operation*
  headquarters (OHQ) belongs to the operation the text is talking about.
* commanded_by: "commander" / "commanded by" / "komandieris" with an operation or formation
  and a person or position next to it, on either side.
"""

from __future__ import annotations

from ..model import Mention
from ..vocab import EntityType, Predicate
from ._refer import detached_subject, located_org, noun_subject, referent, referred_operations
from ._slots import (
    _CLAUSE_JOIN,
    ACTORS,
    PLACES,
    first_group_after,
    hit_at,
    hits,
    in_relative,
    is_modifier,
    mentions,
    objects_after,
    quals_for,
    relative_spans,
    screen,
    subject_before,
    token_index,
    triggers,
)
from .context import DocContext, SentenceView
from .created import ref_entities
from .lexicon import Match

__all__ = ["extract"]

T = EntityType
P = Predicate
MOD = "rel_operations"
_SUPPORTERS = (T.OPERATION, T.ORG, T.FORMATION)
_SUPPORTED = (T.OPERATION, T.ORG, T.STATE, T.FORMATION)
_MAX_GAP = 16  # tokens between an operation and its place


def extract(ctx: DocContext) -> None:
    section: Mention | None = None
    for view in ctx.views:
        if view.sent.is_heading:
            section = _place_heading(view)
            continue
        if not view.mentions:
            continue
        types = {m.type for m in view.mentions}
        if section is not None and T.OPERATION in types:
            _section_place(ctx, view, section)
        deploy = screen(view, MOD, "DEPLOY") and bool(hits(view, MOD, "DEPLOY"))
        if T.OPERATION in types or deploy or (types & set(PLACES) and hits(view, MOD, "REF_OPERATION")):
            _operates_in(ctx, view)
        if types & {T.PERSON, T.POSITION} and screen(view, MOD, "COMMAND"):
            _commanded_by(ctx, view)
        if len(view.mentions) < 2 and not deploy and not (hits(view, MOD, "REF_OPERATION") or hits(view, MOD, "REF_ORG")):
            continue
        if screen(view, MOD, "COOP", "COOP_MUTUAL"):
            _cooperates(ctx, view)
        if screen(view, MOD, "SUPPORT"):
            _supports(ctx, view)
        if screen(view, MOD, "HQ", "HQ_OPERATION", "HQ_VERB"):
            _headquarters(ctx, view)


def _cooperates(ctx: DocContext, view: SentenceView) -> None:
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
        subj = _actor_subject(ctx, view, t)
        if subj is None:
            continue
        # "X and Y launched their cooperation in 2016" (not "Founded in 2014, the centre works with")
        begin = any(b.start > min(subj.start, t.start) for b in hits(view, MOD, "BEGIN"))
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


def _actor_subject(ctx: DocContext, view: SentenceView, t: Match, types: tuple[EntityType, ...] = ACTORS) -> Mention | None:
    """The actor a trigger is about: the nearest name before it (in Latvian one that can be
    nominative), the name before an apposition or relative clause, or what a referring noun
    ("the mission", "spēki") points back to. A person there means no actor."""
    subj = detached_subject(view, t, types) if in_relative_or_apposed(view, t) else None
    if subj is None:
        subj = subject_before(view, t.start, types + (T.PERSON, T.POSITION))
        if subj is not None and (subj.type not in types or (subj.cases and "nom" not in subj.cases)):
            return None
    if subj is None:
        subj = noun_subject(ctx, view, t)
    return subj if subj is not None and subj.type in types else None


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


def in_relative_or_apposed(view: SentenceView, t: Match) -> bool:
    return any(a <= t.start < b for a, b in relative_spans(view)) or \
        view.ctx.text[view.start:t.start].rstrip().removesuffix(" is").removesuffix(" ir").endswith(",")


def _place_heading(view: SentenceView) -> Mention | None:
    """A heading that is just a place ("Kosovo", "The Mediterranean") sets the theatre of the
    operations its section describes."""
    places = [m for m in view.mentions if m.type in PLACES]
    if len(places) != 1 or len(view.mentions) != 1:
        return None
    rest = (view.text[:places[0].start - view.start] + view.text[places[0].end - view.start:]).strip(" #*:\n\t")
    return places[0] if rest.casefold() in ("", "the") else None


def _section_place(ctx: DocContext, view: SentenceView, place: Mention) -> None:
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


def _antecedent(ctx: DocContext, view: SentenceView) -> Mention | None:
    """The operation "the operation" / "its" refers to: the first one named in the nearest
    earlier sentence that names one."""
    for prev in reversed(ctx.views[max(0, view.index - 3):view.index]):
        ops = [m for m in prev.mentions if m.type is T.OPERATION]
        if ops:
            return ops[0]
    return None


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


def _supports(ctx: DocContext, view: SentenceView) -> None:
    nouns = hits(view, MOD, "SUPPORT_NOUN")
    trig = [t for t in triggers(view, MOD, "SUPPORT") if not any(n.first == t.first for n in nouns)]
    for t in trig:
        stop = [x for x in trig if x.start > t.start]
        objs = objects_after(view, t.end, _SUPPORTED, stop_at=stop)
        subj = _actor_subject(ctx, view, t, _SUPPORTERS)
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


def _operates_in(ctx: DocContext, view: SentenceView) -> None:
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
    if not ops:
        return
    for m in ops:  # "NATO misija Irākā", "EU Advisory Mission in Iraq": the place inside the name
        known = None if m.created else ents.get(m.entity_id)
        place = known.extra.get("operates_in") if known else None
        if isinstance(place, str) and _names_place(m.surface, ents.get(place), view.lang):
            ctx.add(m.entity_id, P.OPERATES_IN, place, view, confidence=0.7)
    places = [m for m in ms if m.type in PLACES and not m.created and _in_place(view, m)]
    verbs = triggers(view, MOD, "OPERATE")
    for p in places:
        pi = token_index(view, p.start)
        best, best_d = None, _MAX_GAP + 1
        verb = next((v for v in verbs if v.end <= p.start and pi - v.last <= 3), None)
        if verb is not None:  # "<operation>, which ..., operates in <place>"
            best = subject_before(view, verb.start, (T.OPERATION,))
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


def _accompanying(view: SentenceView, m: Mention) -> bool:
    """"together with EULEX", "kopā ar EULEX": a partner named alongside, not framed by the place."""
    i = token_index(view, m.start)
    return any(hit_at(view, MOD, "COOP_WITH", k) for k in range(max(0, i - 3), i))


def _clauses(view: SentenceView) -> list[tuple[int, int]]:
    """The sentence cut at clause joins (", and", ", bet", ";")."""
    cuts = [m.start() for m in _CLAUSE_JOIN.finditer(view.ctx.text, view.start, view.end)]
    bounds = [view.start] + cuts + [view.end]
    return list(zip(bounds, bounds[1:]))


def _headquarters(ctx: DocContext, view: SentenceView) -> None:
    op_hq = hits(view, MOD, "HQ_OPERATION")
    toks = view.tokens
    ms = mentions(view)
    hq_hits = hits(view, MOD, "HQ") + op_hq
    for t in sorted(hq_hits, key=lambda x: x.start):
        # the place: after "is located at" within a few tokens
        loc = None
        for j in range(t.last + 1, min(len(toks), t.last + 7)):
            found = hit_at(view, MOD, "HQ_LOCATED", j)
            if found is not None:
                loc = found
                loc_end = found.end
                break
        if loc is None:
            continue
        place = next((m for m in ms if loc_end <= m.start <= loc_end + 6
                      and m.type in (T.ORG, T.CITY, T.BASE, T.STATE)), None)
        if place is None:
            continue
        if any(o.start <= t.start and t.end <= o.end + 1 for o in op_hq) or t in op_hq:
            owner = next((m for m in reversed(ms) if m.end <= t.start and m.type is T.OPERATION), None)
            if owner is None:
                owner = _antecedent(ctx, view)
        else:
            owner = next((m for m in reversed(ms) if m.end <= t.start and t.start - m.end <= 4
                          and m.type in _SUPPORTERS), None)
            if owner is None and view.between(t.end, t.end + 4).strip().startswith("of"):
                owner = next((m for m in ms if m.start >= t.end and m.type in _SUPPORTERS), None)
            if owner is None and hit_at(view, MOD, "POSSESSIVE", t.first - 1):  # "its headquarters"
                owner = next((m for m in ms if m.end <= t.start and m.type is T.OPERATION), None) \
                    or _antecedent(ctx, view)
        if owner is None or owner.entity_id == place.entity_id:
            continue
        ctx.add(owner.entity_id, P.HEADQUARTERS, place.entity_id, view, confidence=0.75)
        break
    for t in hq_hits:  # "the Alliance's headquarters in Brussels", "NATO mītnē Briselē"
        owner, place = _adjacent_hq(view, ms, t)
        if owner is not None and place is not None and owner.entity_id != place.entity_id:
            ctx.add(owner.entity_id, P.HEADQUARTERS, place.entity_id, view, confidence=0.7)
    for t in triggers(view, MOD, "HQ_VERB"):
        owner = detached_subject(view, t, _SUPPORTERS) or subject_before(view, t.start, _SUPPORTERS)
        place = next((m for m in ms if m.start >= t.end and m.type in (T.ORG, T.CITY, T.BASE, T.STATE)), None)
        if owner and place:
            ctx.add(owner.entity_id, P.HEADQUARTERS, place.entity_id, view, confidence=0.75)


def _adjacent_hq(view: SentenceView, ms: list[Mention], t: Match) -> tuple[Mention | None, Mention | None]:
    """An owner right before the headquarters word (possessive, genitive or modifier) and a
    city right after it ("in"/"at" in English, the locative in Latvian)."""
    text = view.ctx.text
    owner = next((m for m in reversed(ms) if m.end <= t.start), None)
    if owner is None or owner.type not in _SUPPORTERS:
        return None, None
    gap = text[owner.end:t.start].strip().casefold()
    if gap not in ("", "'s", "’s") and not (view.lang != "en" and gap in ("galvenā", "galvenajā", "galvenais", "galvenajā")):
        return None, None
    if view.lang != "en" and owner.cases and "gen" not in owner.cases:
        return None, None
    place = next((m for m in ms if m.start >= t.end), None)
    if place is None or place.type is not T.CITY:
        return None, None
    between = text[t.end:place.start].strip().casefold()
    if view.lang == "en":
        return (owner, place) if between in ("in", "at") else (None, None)
    return (owner, place) if not between and "loc" in place.cases else (None, None)


def _commanded_by(ctx: DocContext, view: SentenceView) -> None:
    ms = mentions(view)
    for t in triggers(view, MOD, "COMMAND"):
        op = _nearest(view, ms, t, (T.OPERATION, T.FORMATION)) or _antecedent(ctx, view)
        cmd = _nearest(view, [m for m in ms if not is_modifier(view, m, ms)], t, (T.PERSON, T.POSITION))
        if op is None or cmd is None or is_modifier(view, op, ms):
            continue
        ctx.add(op.entity_id, P.COMMANDED_BY, cmd.entity_id, view, confidence=0.7)


def _nearest(view: SentenceView, ms: list[Mention], t: Match, types: tuple[EntityType, ...]) -> Mention | None:
    best, best_d = None, 15
    for m in ms:
        if m.type not in types:
            continue
        if m.end <= t.start:
            d = t.first - token_index(view, m.end)
        elif m.start >= t.end:
            d = token_index(view, m.start) - t.last
        else:
            continue
        if d < best_d:
            best, best_d = m, d
    return best


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

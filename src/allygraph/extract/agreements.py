"""Agreements and declarations: where and when they were signed or adopted, and who signed them.

Predicates ``signed`` (agreement -> place of signing, ``point_in_time``; the object is an empty
string literal when the text names no place) and ``signatory`` (agreement -> person, state or org).

A sentence about a declaration ("balstoties 2016. gada jūlijā Varšavā, 2018. gada jūlijā Briselē
... apstiprinātajās deklarācijās", "in a Joint Declaration in July 2016") states one signing per
date: each date is paired with the place written right after it (or right before it: "signed in
Warsaw in July 2016"). A declaration word plus a year resolves to the reference agreement whose
name is a declaration of that year, preferring the one whose name carries the organisations the
sentence names; a linked agreement mention is used as it is. When the reference data has no such
declaration and the sentence says it was signed or adopted, a declaration entity is created.
Signatories are the people (else the states or organisations just before the verb, or after
"signed by") of a sentence that resolves to exactly one agreement.
"""

from __future__ import annotations

import re

from ..model import Claim, Entity, Literal, Mention, TimeExpr
from ..vocab import EntityType, Predicate
from .agreement_nouns import named_documents, recurring
from .agreement_parties import between_parties, party_of
from .context import DocContext, SentenceView, lang_data, lexicon
from .created import dateline, ensure_entity, entity, entity_year, ref_entities, slug, year_of
from .created import unique_entities as _unique
from .lexicon import Match

__all__ = ["extract", "signing_dates"]

MOD = "rel_agreements"
T = EntityType
_BEFORE_TIME = re.compile(r"^[\s,]*(?:in|on|at|,)?[\s,]*$", re.IGNORECASE)  # "Warsaw in July 2016"
_AFTER_TIME = re.compile(r"^[\s,]*(?:in|at|,)?[\s,]*$", re.IGNORECASE)  # "jūlijā Varšavā", "July 2016 in Warsaw"
_SIGN_TIMES = ("point", "range")
EMPTY_PLACE = Literal("", "string")


def extract(ctx: DocContext) -> None:
    decl_agreements = _declaration_agreements(ctx)
    prev_decl: int | None = None  # the last sentence that spoke of declarations
    prev_resolved: tuple[int, list[str]] | None = None  # the last sentence's agreements
    prev_time: TimeExpr | None = None  # the date of that sentence's one signing
    placed: set[str] = set()  # agreements whose place of signing the text gave
    unplaced: list[Claim] = []  # signings without a place, dropped if the place comes later
    for view in ctx.views:
        decl = [d for d in view.find(view.lex(MOD, "DECLARATION")) if not _of_event(view, d)]
        agreements = view.of_type(T.AGREEMENT)
        signs = view.find(view.lex(MOD, "SIGN"))
        joined_only = False
        if not signs and (decl or agreements):  # "Latvia joined the declaration": a signatory, but no signing
            signs = view.find(view.lex(MOD, "JOINED"))
            joined_only = bool(signs)
        times, places = _sign_times(view), view.of_type(T.CITY)
        if (signs or decl) and view.of_type(T.ORG):
            places = sorted(places + _headquarters(ctx, view), key=lambda m: m.start)
        line = dateline(ctx, view) if (signs or decl) and not times else None
        if line is not None:  # "Warsaw, 8 July 2016. The first declaration was signed ..."
            times, places = _sign_times(line), line.of_type(T.CITY) + places
        if signs:
            agreements = agreements + named_documents(ctx, view, signs, times)
            places = [p for p in places if not any(a.start <= p.start < a.end for a in agreements)]
        follows = _follows(ctx, view, prev_decl)
        if decl:
            prev_decl = view.index
        if not decl and not agreements:
            if follows and prev_resolved and prev_resolved[0] == view.index - 1 and len(prev_resolved[1]) == 1:
                for who in _signatories(ctx, view):  # "Zem tās savus parakstus lika X, Y un Z."
                    ctx.add(prev_resolved[1][0], Predicate.SIGNATORY, who, view, confidence=0.65)
                    if prev_time is not None:
                        signing_dates(ctx)[view.index] = prev_time
            if not (follows and signs and times):
                continue
            decl = signs  # "Pirmā no tām tika parakstīta Varšavā ...": the declarations of the sentence before
            prev_decl = view.index
        if decl and not agreements and _counts_measures(view):
            continue  # "to implement the declaration, 42 proposals were endorsed on ..."
        if agreements and not decl and not signs:
            continue  # an agreement merely named ("operates under the Berlin Plus arrangements")
        resolved = _best_per_agreement(_signings(ctx, view, times, places, agreements, bool(decl), bool(signs),
                                                 decl_agreements))
        for agreement, place, t in resolved:
            quals: dict[str, str | Literal] = {"point_in_time": t.value} if t else {}
            obj: str | Literal = place.entity_id if place else EMPTY_PLACE
            if joined_only or (place is None and agreement in placed):
                continue  # the text has already said where it was signed
            if place is not None:
                placed.add(agreement)
            claim = ctx.add(agreement, Predicate.SIGNED, obj, view, qualifiers=quals, confidence=0.8 if place else 0.7)
            if place is None and claim is not None:
                unplaced.append(claim)
        ids = sorted({a for a, _, _ in resolved})
        if ids:
            prev_resolved = (view.index, ids)
            dated = [t for a, _, t in resolved if t is not None]
            prev_time = dated[0] if len(ids) == 1 and dated else None
        if len(ids) == 1:
            for who in _signatories(ctx, view):
                ctx.add(ids[0], Predicate.SIGNATORY, who, view, confidence=0.75)
                if prev_time is not None:
                    signing_dates(ctx)[view.index] = prev_time
    drop = {id(c) for c in unplaced if c.subject in placed}
    if drop:
        ctx.claims[:] = [c for c in ctx.claims if id(c) not in drop]


def signing_dates(ctx: DocContext) -> dict[int, TimeExpr]:
    """Sentence index -> the date of the signing whose signatories the sentence names (for their titles)."""
    got: dict[int, TimeExpr] = ctx.__dict__.setdefault("_signing_dates", {})
    return got


def _sign_times(view: SentenceView) -> list[TimeExpr]:
    return [t for t in view.times if t.kind in _SIGN_TIMES and year_of(t.value)]


def _signings(ctx: DocContext, view: SentenceView, times: list[TimeExpr], places: list[Mention],
              agreements: list[Mention], has_decl: bool, has_sign: bool,
              decl_agreements: list[Entity]) -> list[tuple[str, Mention | None, TimeExpr | None]]:
    pairs = _pair_places(ctx, times, places)
    if has_sign and times and len(places) == 1 and not pairs:  # one place: "In May 2031 ... signed ... in Riga"
        pairs[id(max(times, key=lambda t: len(t.value)))] = places[0]  # with the most precise date
    out: list[tuple[str, Mention | None, TimeExpr | None]] = []
    if agreements:
        for m in agreements:
            known_e = entity(ctx, m.entity_id)
            y = entity_year(known_e) if known_e is not None else None
            other = _another_year(known_e, y, times) if has_sign else None
            if other is not None:  # "the Accession Protocols for the two countries were signed ... in 2022"
                m = Mention(recurring(ctx, view, m, other), T.AGREEMENT, m.start, m.end, m.surface)
                y = year_of(other.value)
            ts = [t for t in times if year_of(t.value) == y] if y else []
            if not ts and len(times) == 1 and not y:
                ts = times  # an agreement whose date we do not know: the sentence's one date
            for t in ts:
                out.append((m.entity_id, pairs.get(id(t)), t))
            known = entity(ctx, m.entity_id)
            place_known = known.extra.get("signed_at") if known else None
            if not ts and has_sign and len(places) == 1 and place_known in (None, places[0].entity_id):
                out.append((m.entity_id, places[0], None))
        return out
    if not has_decl:
        return out
    orgs = _orgs_named(ctx, view)
    named = bool(orgs)
    if not named:  # "The first declaration was signed ...": the parties the document names
        orgs = _doc_parties(ctx)
    for t in times:
        y = year_of(t.value)
        agreement = _resolve(ctx, decl_agreements, y, orgs, t.value, need_party=not named)
        if agreement is None and has_sign and named:
            agreement = _create(ctx, orgs, y or "")
        if agreement:
            out.append((agreement, pairs.get(id(t)), t))
    owners = _owners(ctx, view) if not times and has_sign else []
    if owners:  # "the G7 joint declaration ..., adopted at the summit in Vilnius": undated, named by its owners
        out.append((_create(ctx, owners, ""), places[0] if len(places) == 1 else None, None))
    return out


def _another_year(e: Entity | None, y: str | None, times: list[TimeExpr]) -> TimeExpr | None:
    """The one signing date of a sentence when it is of another year than a recurring reference
    agreement it names (a kind of instrument signed again and again: its label carries its year)."""
    if e is None or not y or y not in e.label("en") or not times:
        return None
    years = {year_of(t.value) for t in times}
    if len(years) != 1 or y in years:
        return None
    return max(times, key=lambda t: len(t.value))


def _headquarters(ctx: DocContext, view: SentenceView) -> list[Mention]:
    """"at NATO Headquarters", "NATO galvenajā mītnē": the organisation's seat as a place of signing."""
    out = []
    for w in view.find(view.lex(MOD, "HEADQUARTERS")):
        org = [m for m in view.of_type(T.ORG) if m.end <= w.start and not view.between(m.end, w.start).strip(" '’s")]
        e = entity(ctx, org[-1].entity_id) if org else None
        hq = str(e.extra.get("hq") or "") if e else ""
        if hq.startswith("city:"):
            out.append(Mention(hq, T.CITY, org[-1].start, w.end, ctx.text[org[-1].start:w.end]))
    return out


def _owners(ctx: DocContext, view: SentenceView) -> list[str]:
    """The organisations or states named right before a declaration noun ("G7 valstu kopīgā
    deklarācija", "the G7 joint declaration"), over at most two words."""
    for d in view.find(view.lex(MOD, "DECLARATION")):
        before = [m for m in view.mentions if m.end <= d.start and m.type in (T.ORG, T.STATE)]
        if before and len(view.between(before[-1].end, d.start).split()) <= 2 and \
                not re.search(r"[,;.:()]", view.between(before[-1].end, d.start)):
            return [m.entity_id for m in _unique(view.group(before[-1], (T.ORG, T.STATE)))]
    return []


def _of_event(view: SentenceView, d: Match) -> bool:
    """"the Vilnius Summit Declaration", "Madrides samita deklarācija": an event's own declaration."""
    before = [m for m in view.mentions if m.end <= d.start and not view.between(m.end, d.start).strip()]
    if any(m.type is T.EVENT for m in before):
        return True
    prev = [t for t in view.tokens if t.end <= d.start][-1:]
    return bool(prev) and bool(lexicon(view.lang, "rel_events", "EVENT_NOUN").find(prev))


def _follows(ctx: DocContext, view: SentenceView, prev: int | None) -> bool:
    """Whether the sentence before this one, in the same paragraph, spoke of declarations."""
    return prev is not None and prev == view.index - 1 and ctx.views[prev].sent.paragraph == view.sent.paragraph


def _counts_measures(view: SentenceView) -> bool:
    nouns = view.find(lexicon(view.lang, "rel_framework", "MEASURE_NOUN"))
    return any(0 <= m.start - n.end <= 40 for n in view.numbers for m in nouns)


def _best_per_agreement(found: list[tuple[str, Mention | None, TimeExpr | None]]
                        ) -> list[tuple[str, Mention | None, TimeExpr | None]]:
    """One signing per agreement and sentence: the one with a place, then the most precise date
    ("The Joint Declaration of 2023 was signed ... on 10 January 2023")."""
    best: dict[str, tuple[str, Mention | None, TimeExpr | None]] = {}
    for item in found:
        a, place, t = item
        key = (place is not None, len(t.value) if t else 0)
        old = best.get(a)
        if old is None or key > (old[1] is not None, len(old[2].value) if old[2] else 0):
            best[a] = item
    return [x for x in found if best.get(x[0]) is x]


def _pair_places(ctx: DocContext, times: list[TimeExpr], places: list[Mention]) -> dict[int, Mention]:
    """Each time with the place written right after it, else right before it; a place is used once."""
    pairs: dict[int, Mention] = {}
    used: set[int] = set()
    for t in times:
        nxt = next((p for p in places if p.start >= t.end and id(p) not in used), None)
        if nxt and _AFTER_TIME.match(ctx.text[t.end:nxt.start]):
            pairs[id(t)] = nxt
            used.add(id(nxt))
    for t in times:
        if id(t) in pairs:
            continue
        prev = [p for p in places if p.end <= t.start and id(p) not in used]
        if prev and _BEFORE_TIME.match(ctx.text[prev[-1].end:t.start]):
            pairs[id(t)] = prev[-1]
            used.add(id(prev[-1]))
    return pairs


_DECLS: dict[tuple[int, str], tuple[dict[str, Entity], list[Entity]]] = {}


def _declaration_agreements(ctx: DocContext) -> list[Entity]:
    """Reference agreements whose names make them declarations (in any language we have data for),
    computed once per reference data and language."""
    ents = ref_entities(ctx)
    key = (id(ents), ctx.adoc.lang)
    hit = _DECLS.get(key)
    if hit is None or hit[0] is not ents:
        hit = _DECLS[key] = (ents, _find_declarations(ctx))
    return hit[1]


def _find_declarations(ctx: DocContext) -> list[Entity]:
    stems: list[str] = []
    for lang in ("en", "lv", ctx.adoc.lang):
        mod = lang_data(lang, MOD)
        for p in getattr(mod, "DECLARATION", ()) if mod else ():
            stems.append(p.split()[0].rstrip("*").casefold())
    out = []
    for eid in sorted(ref_entities(ctx)):
        e = ref_entities(ctx)[eid]
        if e.type is T.AGREEMENT:
            names = " ".join([*e.labels.values(), *e.all_aliases()]).casefold()
            if any(s in names for s in stems):
                out.append(e)
    return out


def _orgs_named(ctx: DocContext, view: SentenceView) -> list[str]:
    """Organisations the sentence names, directly or as the participants of a named framework."""
    out: list[str] = []
    for m in view.mentions:
        ids = [m.entity_id] if m.type is T.ORG else []
        if m.type is T.FRAMEWORK:
            e = entity(ctx, m.entity_id)
            ids = list(e.extra.get("participants") or []) if e else []
        for i in ids:
            if i not in out:
                out.append(i)
    return out


def _doc_parties(ctx: DocContext) -> list[str]:
    """Organisations the document names: directly, as a framework's participants or the owner of a post
    (named, or held by a person the reference data knows)."""
    out: set[str] = set()
    for m in ctx.adoc.mentions:
        e = entity(ctx, m.entity_id) if m.type in (T.FRAMEWORK, T.POSITION, T.PERSON) else None
        if e is not None and m.type is T.PERSON:  # a known person's post: "Stoltenberg" -> NATO
            e = entity(ctx, str(e.extra.get("position") or ""))
        if m.type is T.ORG:
            out.add(m.entity_id)
        elif e is not None:
            out.update(str(x) for x in e.extra.get("participants") or [])
            if e.extra.get("org"):
                out.add(str(e.extra["org"]))
    return sorted(out)


def _names(ctx: DocContext, eid: str) -> set[str]:
    e = entity(ctx, eid)
    if e is None:
        return set()
    return {n.casefold() for n in [*e.labels.values(), *e.all_aliases()] if len(n) >= 2}


def _consistent(e: Entity, value: str | None) -> bool:
    """Whether a date from the text fits the agreement's known date (2016-07 fits 2016-07-08)."""
    known = str(e.extra.get("date") or "")
    if not known or not value:
        return True
    n = min(len(known), len(value))
    return known[:n] == value[:n]


def _resolve(ctx: DocContext, cands: list[Entity], year: str | None, orgs: list[str],
             value: str | None = None, need_party: bool = False) -> str | None:
    same_year = [e for e in cands if year and entity_year(e) == year and _consistent(e, value)]
    if not same_year:
        return None

    def score(e: Entity) -> int:
        text = " ".join([*e.labels.values(), *e.all_aliases()]).casefold()
        return sum(any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text) for n in _names(ctx, o)) for o in orgs)

    best = max(same_year, key=lambda e: (score(e), -same_year.index(e)))
    if need_party and score(best) < 1:
        return None  # none of its parties named anywhere: another declaration of that year
    return best.id


def _create(ctx: DocContext, orgs: list[str], year: str) -> str:
    """A declaration the reference data lacks: "<Org>–<Org> Joint Declaration <year>"."""
    labels = {}
    for lang in ("en", "lv"):
        mod = lang_data(lang, MOD)
        word = getattr(mod, "LABEL_DECLARATION", "Joint Declaration") if mod else "Joint Declaration"
        names = [(entity(ctx, o).label(lang) if entity(ctx, o) else o) for o in orgs]  # type: ignore[union-attr]
        labels[lang] = f"{'–'.join(names)} {word} {year}".strip()
    eid = "agreement:" + slug(*[o.split(":", 1)[-1] for o in orgs], "declaration", year)
    return ensure_entity(ctx, eid, T.AGREEMENT, labels, {"date": year} if year else None)


def _signatories(ctx: DocContext, view: SentenceView) -> list[str]:
    """Who signed the one document of the sentence: its people; else the states or organisations
    after "signed by", between which it was agreed ("agreed between Ottawa and Riga"), that joined
    it ("kurai vēlāk pievienojās arī Latvija") or that stand just before the verb."""
    verbs = view.find(lexicon(view.lang, MOD, "SIGNATORY_VERB"))
    by = view.find(lexicon(view.lang, MOD, "SIGNED_BY"))
    joined = view.find(lexicon(view.lang, MOD, "JOINED"))
    if not verbs and not by and not joined:
        return []
    people = view.of_type(T.PERSON)
    if people and (verbs or by):
        return [m.entity_id for m in _unique(people)]
    parties = (T.STATE, T.ORG)
    if by:
        after = view.after(by[0].end, parties)
        if after and not view.between(by[0].end, after[0].start).strip(" ,"):
            return [m.entity_id for m in _unique(view.group(after[0], parties))]
    between = between_parties(ctx, view) if verbs or by else []
    if between:
        return between
    for j in joined:  # "Latvia joined the declaration", "kurai pievienojās arī Latvija"
        near = [m for m in view.mentions if party_of(ctx, m) and m.type is not T.CITY and (
            0 <= j.start - m.end <= 12 or 0 <= m.start - j.end <= 12)]
        if near:
            return [m.entity_id for m in _unique(view.group(near[-1] if near[-1].end <= j.start else near[0], parties))]
    if verbs:
        seats = _headquarters(ctx, view)  # "NATO galvenajā mītnē parakstīja": a place, not a signatory
        before = [m for m in view.before(verbs[0].start, parties) if not any(h.start == m.start for h in seats)]
        if before and len(view.between(before[-1].end, verbs[0].start)) <= 40:
            return [m.entity_id for m in _unique(view.group(before[-1], parties))]
    return []

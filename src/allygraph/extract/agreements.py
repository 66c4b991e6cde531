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
from .agreement_context import Recent, carried_setting, carried_signatories, ordinal_pick, year_filled
from .agreement_declarations import create, declaration_agreements, doc_parties, orgs_named, resolve
from .agreement_nouns import named_documents, recurring
from .agreement_parties import between_parties, party_of
from .agreement_rows import row_views
from .context import DocContext, SentenceView, lang_data, lexicon
from .created import dateline, entity, entity_year, year_of
from .created import unique_entities as _unique
from .lexicon import Match

__all__ = ["extract", "signing_dates"]

MOD = "rel_agreements"
T = EntityType
_BEFORE_TIME = re.compile(r"^[\s,]*(?:in|on|at|,)?[\s,]*$", re.IGNORECASE)  # "Warsaw in July 2016"
_AFTER_TIME = re.compile(r"^[\s,]*(?:in|at|,)?[\s,]*$", re.IGNORECASE)  # "jūlijā Varšavā", "July 2016 in Warsaw"
_SIGN_TIMES = ("point", "range")
EMPTY_PLACE = Literal("", "string")
_LIST_LEAD = re.compile(r"^[\s,]*(?:the\s+|[\w-]+\s+){0,3}[\w-]+\s*[:–—]\s*$")  # "by seven nations: ", "by its founders – "


def extract(ctx: DocContext) -> None:
    decl_agreements = declaration_agreements(ctx)
    prev_decl: int | None = None  # the last sentence that spoke of declarations
    prev_time: TimeExpr | None = None  # the date of that sentence's one signing
    recent = Recent()  # the last signing: its setting, documents and signatories carry over
    placed: set[str] = set()  # agreements whose place of signing the text gave
    unplaced: list[Claim] = []  # signings without a place, dropped if the place comes later
    for view in row_views(ctx):
        decl = [d for d in view.find(view.lex(MOD, "DECLARATION")) if not _of_event(view, d)]
        agreements = view.of_type(T.AGREEMENT)
        signs = view.find(view.lex(MOD, "SIGN"))
        joined_only = False
        if not signs and (decl or agreements):  # "Latvia joined the declaration": a signatory, but no signing
            signs = view.find(view.lex(MOD, "JOINED"))
            joined_only = bool(signs)
        times, places = _sign_times(ctx, view), view.of_type(T.CITY)
        if signs:  # "signed at Ādaži Military Base": the base's town is the place of signing
            places = sorted(places + _base_towns(ctx, view), key=lambda m: m.start)
        if (signs or decl) and view.of_type(T.ORG):
            places = sorted(places + _headquarters(ctx, view), key=lambda m: m.start)
        line = dateline(ctx, view) if (signs or decl) and not times else None
        if line is not None:  # "Warsaw, 8 July 2016. The first declaration was signed ..."
            times, places = _sign_times(ctx, line), line.of_type(T.CITY) + places
        carried: tuple[list[TimeExpr], list[Mention]] = ([], [])
        if signs and not times and not places and line is None:  # "Tās noslēgumā ministri parakstīja ..."
            carried = carried_setting(ctx, view, recent)
        if signs and not places:  # "signed the treaty in the same city": the city named last before
            places = _same_place(ctx, view)
        if signs and times:  # "signed in Brussels the following March, and all seven joined on 29 March 2004"
            times = [t for t in times if not _past_clause(view, signs, t)]
        if signs:
            agreements = agreements + named_documents(ctx, view, signs, times or carried[0])
            places = [p for p in places if not any(a.start <= p.start < a.end for a in agreements)]
        if agreements and carried[0] + carried[1]:
            times, places = carried
        follows = _follows(ctx, view, prev_decl)
        if decl:
            prev_decl = view.index
        if not decl and not agreements:
            pick = ordinal_pick(view, recent) if follows else None  # "Zem tās savus parakstus lika X, Y un Z."
            if pick is not None and not (signs and times):  # "The first of them was signed by X."
                for who in _signatories(ctx, view):
                    ctx.add(pick, Predicate.SIGNATORY, who, view, confidence=0.65)
                    if prev_time is not None:
                        signing_dates(ctx)[view.index] = prev_time
            if not (follows and signs and times):
                continue
            decl = signs  # "Pirmā no tām tika parakstīta Varšavā ...": the declarations of the sentence before
            prev_decl = view.index
        if decl and not agreements and not times and not line:
            one = ordinal_pick(view, recent)  # "Trešo deklarāciju parakstīja ...": one of the sentence before
            signers = _signatories(ctx, view) if one else []
            for w in signers:
                ctx.add(str(one), Predicate.SIGNATORY, w, view, confidence=0.7)
            if signers:
                continue
        if decl and not agreements and times:
            times = [t for t in times if not _counts_measures(view, t)]
            if not times:
                continue  # "to implement the declaration, 42 proposals were endorsed on ..."
        if agreements and not decl and not signs:
            continue  # an agreement merely named ("operates under the Berlin Plus arrangements")
        prev_recent = recent
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
            dated = [t for a, _, t in resolved if t is not None]
            prev_time = dated[0] if len(ids) == 1 and dated else None
            recent = Recent(view.index, dated[0] if dated else None,
                            next((p for _, p, _ in resolved if p is not None), None), [],
                            list(dict.fromkeys(a for a, _, _ in resolved)))
        if len(ids) == 1:
            who_all = _signatories(ctx, view) or carried_signatories(ctx, view, prev_recent)
            recent.signatories = who_all
            for who in who_all:
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


def _base_towns(ctx: DocContext, view: SentenceView) -> list[Mention]:
    """Each military base named in the sentence, as its town (the reference data's ``city``)."""
    out: list[Mention] = []
    for m in view.of_type(T.BASE):
        known = entity(ctx, m.entity_id)
        town = known.extra.get("city") if known is not None else None
        if town and not any(c.entity_id == town for c in view.of_type(T.CITY)):
            out.append(Mention(str(town), T.CITY, m.start, m.end, m.surface))
    return out


def _same_place(ctx: DocContext, view: SentenceView) -> list[Mention]:
    """"in the same city", "tajā pašā pilsētā": the city named last before the sentence (``SAME_PLACE``)."""
    for w in view.find(view.lex(MOD, "SAME_PLACE")):
        last = ctx.last_mention(view.start, (T.CITY,))
        if last is not None:
            return [Mention(last.entity_id, T.CITY, w.start, w.end, ctx.text[w.start:w.end])]
    return []


def _past_clause(view: SentenceView, signs: list[Match], t: TimeExpr) -> bool:
    """Whether a date after every signing verb stands in another clause (``CLAUSE_BREAK``: ", and",
    ", un", ";" between them)."""
    if any(s.start >= t.start for s in signs):
        return False
    last = max(s.end for s in signs)
    gap = " ".join(view.between(last, t.start).casefold().split())
    breaks = getattr(lang_data(view.lang, MOD), "CLAUSE_BREAK", ())
    return any(b in gap for b in breaks)


def _sign_times(ctx: DocContext, view: SentenceView) -> list[TimeExpr]:
    return [t for t in year_filled(ctx, view.times) if t.kind in _SIGN_TIMES and year_of(t.value)]


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
    orgs = orgs_named(ctx, view)
    named = bool(orgs)
    if not named:  # "The first declaration was signed ...": the parties the document names
        orgs = doc_parties(ctx)
    for t in times:
        y = year_of(t.value)
        agreement = resolve(ctx, decl_agreements, y, orgs, t.value, need_party=not named)
        if agreement is None and has_sign and named:
            agreement = create(ctx, orgs, y or "")
        if agreement:
            out.append((agreement, pairs.get(id(t)), t))
    owners = _owners(ctx, view) if not times and has_sign else []
    if owners:  # "the G7 joint declaration ..., adopted at the summit in Vilnius": undated, named by its owners
        out.append((create(ctx, owners, ""), places[0] if len(places) == 1 else None, None))
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


def _counts_measures(view: SentenceView, t: TimeExpr) -> bool:
    """Whether the clause of a date counts measures ("..., 42 proposals were endorsed in December 2016")."""
    nouns = view.find(lexicon(view.lang, "rel_framework", "MEASURE_NOUN"))
    counts = [n for n in view.numbers if any(0 <= m.start - n.end <= 40 for m in nouns)]
    if not counts:
        return False
    cuts = [tok.start for tok in view.tokens if tok.text in (",", ";")]
    lo = max([c for c in cuts if c < t.start], default=-1)
    hi = min([c for c in cuts if c >= t.end], default=len(view.ctx.text))
    return any(lo < n.start < hi for n in counts)


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
        if nxt and _AFTER_TIME.match(_gap(ctx, t.end, nxt.start)):
            pairs[id(t)] = nxt
            used.add(id(nxt))
    for t in times:
        if id(t) in pairs:
            continue
        prev = [p for p in places if p.end <= t.start and id(p) not in used]
        if prev and _BEFORE_TIME.match(_gap(ctx, prev[-1].end, t.start)):
            pairs[id(t)] = prev[-1]
            used.add(id(prev[-1]))
    return pairs


def _gap(ctx: DocContext, a: int, b: int) -> str:
    """The text between a date and a place without the adverbs that may stand there ("atkal Briselē")."""
    text = ctx.text[a:b]
    if len(text) > 40:
        return text
    skip = {w.casefold() for w in getattr(lang_data(ctx.adoc.lang, MOD), "PLACE_GAP", ())}
    return " ".join(w for w in text.split() if w.casefold() not in skip)


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
        return _counted_people(ctx, view, [m.entity_id for m in _unique(people)])
    parties = (T.STATE, T.ORG)
    if not by and verbs:  # "was signed on 1 July 2014 in Norfolk by seven nations: A, B and C"
        by = [b for b in view.find(lexicon(view.lang, MOD, "AGENT")) if 0 < b.first - verbs[0].last <= 15]
    for b in by[:2]:
        after = view.after(b.end, parties)
        if after and (not view.between(b.end, after[0].start).strip(" ,")
                      or _LIST_LEAD.match(view.between(b.end, after[0].start))):  # "by seven nations: A, B"
            return [m.entity_id for m in _unique(view.group(after[0], parties))]
    between = between_parties(ctx, view) if verbs or by else []
    if between:
        return between
    subjects = _verb_subjects(ctx, view, verbs)
    if subjects:  # "A, B and C signed ...; D and E joined later": the signatories are A, B and C
        return subjects
    for j in joined:  # "Latvia joined the declaration", "kurai pievienojās arī Latvija"
        near = [m for m in view.mentions if party_of(ctx, m) and m.type is not T.CITY and (
            0 <= j.start - m.end <= 12 or 0 <= m.start - j.end <= 12)]
        if near:
            return [m.entity_id for m in _unique(view.group(near[-1] if near[-1].end <= j.start else near[0], parties))]
    return []


def _verb_subjects(ctx: DocContext, view: SentenceView, verbs: list[Match]) -> list[str]:
    """The states or organisations just before a signing verb (not a seat named as the place)."""
    if not verbs:
        return []
    parties = (T.STATE, T.ORG)
    seats = _headquarters(ctx, view)  # "NATO galvenajā mītnē parakstīja": a place, not a signatory
    before = [m for m in view.before(verbs[0].start, parties) if not any(h.start == m.start for h in seats)]
    if before and len(view.between(before[-1].end, verbs[0].start)) <= 40:
        return [m.entity_id for m in _unique(view.group(before[-1], parties))]
    return []


def _counted_people(ctx: DocContext, view: SentenceView, people: list[str]) -> list[str]:
    """The sentence's people, and when it counts the signers ("abi ministri parakstīja", "the two
    ministers signed") the people named last before it, up to that number."""
    table: dict[str, int] = getattr(lang_data(view.lang, MOD), "SIGNER_COUNT", {})
    nouns = lexicon(view.lang, MOD, "SIGNER_NOUN")
    toks = view.tokens
    want = next((table[t.text.casefold()] for i, t in enumerate(toks[:-1])
                 if t.text.casefold() in table and nouns.find(toks[i + 1:i + 2])), 0)
    if len(people) >= want:
        return people
    out = list(people)
    earlier = [m for m in ctx.adoc.mentions if m.end <= view.start and m.type is T.PERSON]
    for m in reversed(earlier):
        if len(out) >= want:
            break
        if m.entity_id not in out:
            out.append(m.entity_id)
    return out

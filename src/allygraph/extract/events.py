"""Events and where and when they were held: ``held_in`` (event -> place; start, end).

An event is a linked event mention ("NATO ārlietu ministru sanāksme", "NATO summit meeting in
Washington") or an event noun from the language data ("summit", "meeting", "sanāksme") with the
words around it that say what kind it is ("of NATO Heads of state" -> a summit, "ārlietu ministru"
-> a foreign ministers' meeting). Its place is a city named next to it ("in Prague", "Rīgā
notiks ..."), or the city inside a linked event's own name when the name puts it after the event
noun ("summit meeting in Washington"; not the genitive of "NATO Varšavas samita lēmumi"). Dates
come from the sentence: a range gives start and end, a date gives the start.

Named military exercises are :mod:`allygraph.extract.events_exercises`'s.

Resolution: a linked event whose year disagrees with the text's is re-resolved; otherwise the
reference event of the same kind, place and year (or the same day and month when the text gives
no year) is used; else an event entity ``event:<org-kind-place-year>`` is created with labels in
both languages.
"""

from __future__ import annotations

from functools import lru_cache

from ..model import Claim, Entity, Literal, Mention, TimeExpr
from ..vocab import EntityType, Predicate
from .context import DocContext, SentenceView, lang_data
from .created import dateline, ensure_entity, entity, entity_year, qual_dates, ref_entities, slug, year_of
from .events_exercises import extract_exercises
from .lexicon import Lexicon, Match

__all__ = ["extract"]

MOD = "rel_events"
T = EntityType
KINDS = ("foreign-ministers", "defence-ministers", "summit", "meeting")  # most specific first
_NEAR = 60  # characters between an event phrase and its place
_STOP = frozenset({";", ".", "("})


def extract(ctx: DocContext) -> None:
    extract_exercises(ctx)
    for view in ctx.views:
        events = [e for e in view.of_type(T.EVENT) if not _is_exercise(ctx, e.entity_id)]
        nouns = [n for n in view.find(view.lex(MOD, "EVENT_NOUN"))
                 if not any(e.start <= n.start < e.end for e in events) and not _hosts_body(view, n)]
        nouns += _gatherings(view)
        if not events and not nouns:
            continue
        places = view.of_type(T.CITY)
        line = dateline(ctx, view) if not places else None
        if line is not None:  # "Madrid, 29 June 2022. At the summit, ..."
            places = line.of_type(T.CITY)
        for m in events:
            _linked(ctx, view, m, places)
        made: list[tuple[Claim, str]] = []
        for n in sorted(nouns, key=lambda n: n.start):
            got = _unlinked(ctx, view, n.start, n.end, n.first, n.last, places, line)
            if got is not None:
                made.append(got)
        if any(k != "meeting" for _, k in made):  # "hosted a meeting of defence ministers": one event
            generic = {id(c) for c, k in made if k == "meeting"}
            ctx.claims[:] = [c for c in ctx.claims if id(c) not in generic]


def _hosts_body(view: SentenceView, n: Match) -> bool:
    """"Lithuania hosts the Energy Security Centre of Excellence in Vilnius": a hosting verb whose object
    is a body, base or unit (``HOSTED_BODY_TYPES``) hosts no event."""
    if not view.lex(MOD, "HOST").find(view.tokens[n.first:n.last + 1]):
        return False
    nxt = next((m for m in view.mentions if m.start >= n.end), None)
    if nxt is None or nxt.type not in (T.ORG, T.FORMATION, T.BASE, T.OPERATION):
        return False
    gap = view.between(n.end, nxt.start).casefold().split()
    after = [t for t in view.tokens if t.start >= nxt.end][:3]
    if after and _kind(view, nxt.start, after[-1].end) not in (None, "meeting"):
        return False  # "hosted NATO foreign ministers": the body's people meeting
    return all(w in ("the", "a", "an", "its", "their", "nato's", "šo", "to") for w in gap)


def _is_exercise(ctx: DocContext, eid: str) -> bool:
    """An exercise series (events_exercises makes its yearly editions)."""
    e = entity(ctx, eid)
    return e is not None and e.extra.get("kind") == "exercise"


def _gatherings(view: SentenceView) -> list[Match]:
    """"NATO foreign ministers met in Riga", "aizsardzības ministri tikās Briselē": a verb of meeting
    whose subject names the kind of event (ministers, leaders)."""
    out = []
    toks = view.tokens
    for v in view.find(view.lex(MOD, "EVENT_VERB")):
        words = [i for i in range(v.first) if not any(t.start <= toks[i].start < t.end for t in view.times)][-5:]
        if words and _kind(view, toks[words[0]].start, toks[words[-1]].end) not in (None, "meeting"):
            out.append(Match(words[0], v.last, toks[words[0]].start, v.end, v.pattern))  # "ministri ... tikās"
    return out


def _linked(ctx: DocContext, view: SentenceView, m: Mention, places: list[Mention]) -> None:
    e = entity(ctx, m.entity_id)
    place = _near_place(view, m.start, m.end, places)
    if place and e is not None and e.extra.get("held_in") and e.extra["held_in"] != place.entity_id:
        place = None  # a city near a known event's name that is not its place belongs to something else
    times = _times(ctx, view)
    pid = place.entity_id if place else _place_in_name(view, m, e, times)
    if pid is None:
        return
    t = _time_for(times, m.start)
    event_id = m.entity_id
    y = year_of(t.value) if t else None
    named = _phrase_year(view, m.start, m.end)
    if named and e is not None and entity_year(e) == named and y != named:
        # "at the 2016 Warsaw summit" in a sentence dated 2017: the name's year is the event's
        ctx.add(event_id, Predicate.HELD_IN, pid, view, qualifiers={"start": named}, confidence=0.8)
        return
    if e is not None and y and entity_year(e) and entity_year(e) != y:
        kind = _kind(view, m.start, m.end) or "meeting"
        event_id = _resolve(ctx, kind, pid, t, y) or _create(ctx, view, kind, pid, y, m.start, m.end)
    ctx.add(event_id, Predicate.HELD_IN, pid, view, qualifiers=_dates(ctx, t, event_id, y), confidence=0.8)


def _unlinked(ctx: DocContext, view: SentenceView, start: int, end: int, first: int, last: int,
              places: list[Mention], line: SentenceView | None = None) -> tuple[Claim, str] | None:
    place: Mention | None
    if line is not None and places:
        place = places[0]  # the dateline's city
        lo, hi = view.tokens[max(0, first - 4)].start, view.tokens[min(len(view.tokens) - 1, last + 4)].end
        kind = _kind(view, lo, hi) or "meeting"
        times = line.times
    else:
        place = _near_place(view, start, end, places)
        if place is None:
            return None
        lo = view.tokens[max(0, first - 4)].start
        hi = view.tokens[min(len(view.tokens) - 1, last + 4)].end  # "hosted NATO foreign ministers"
        kind = _kind(view, min(lo, place.start), max(hi, place.start)) or "meeting"
        times = view.times
    t = _time_for(times, start)
    if t is None and kind == "meeting":
        return None  # "attended an informal meeting in Brussels": no date, no kind: too weak
    stated = (year_of(t.value) if t else None) or _phrase_year(view, lo, end)
    y = stated or year_of(ctx.doc_date)
    event_id = _resolve(ctx, kind, place.entity_id, t, y)
    if event_id is None:
        orgs = [o for o in view.of_type(T.ORG) if abs(o.start - start) <= _NEAR]
        if (kind == "meeting" and not orgs) or (t is None and not stated):
            return None  # any meeting anywhere, or an undated one: too weak to make an event of
        event_id = _create(ctx, view, kind, place.entity_id, y, start, end, t.value if t else None)
    claim = ctx.add(event_id, Predicate.HELD_IN, place.entity_id, view, qualifiers=_dates(ctx, t, event_id, y),
                    confidence=0.7)
    return (claim, kind) if claim is not None else None


def _dates(ctx: DocContext, t: TimeExpr | None, event_id: str, year: str | None) -> dict[str, str | Literal]:
    """Qualifiers of a held event; a day without a year ("13. februārī") takes the event's year."""
    if t is None:
        return {}
    quals: dict[str, str | Literal] = dict(qual_dates(t))
    e = entity(ctx, event_id)
    y = (entity_year(e) if e else None) or year
    for k, v in list(quals.items()):
        if isinstance(v, str) and v.startswith("--") and y:
            quals[k] = y + v[1:]
    return quals


def _near_place(view: SentenceView, start: int, end: int, places: list[Mention]) -> Mention | None:
    """The city named closest to [start, end) within the same clause."""
    best, dist = None, _NEAR + 1
    for p in places:
        if start <= p.start < end or _modifies_other(view, p):
            continue
        a, b = (end, p.start) if p.start >= end else (p.end, start)
        gap = _without_times(view.ctx, view.times, a, b)
        if b - a < dist and not any(c in gap for c in _STOP):
            best, dist = p, b - a
    return best


def _modifies_other(view: SentenceView, p: Mention) -> bool:
    """"the Helsinki-based centre", "Helsinkos bāzētais centrs": the place locates something else."""
    toks = [t for t in view.tokens if t.start >= p.end][:3]
    while toks and toks[0].text in ("-", "–"):
        toks = toks[1:]
    return bool(toks) and bool(view.lex(MOD, "PLACE_OF_OTHER").find(toks[:1]))


def _without_times(ctx: DocContext, times: list[TimeExpr], a: int, b: int) -> str:
    """The text in [a, b) with dates blanked out ("2024. gada jūlijā" holds a full stop)."""
    chars = list(ctx.text[a:b])
    for t in times:
        for i in range(max(t.start, a), min(t.end, b)):
            chars[i - a] = " "
    return "".join(chars)


def _times(ctx: DocContext, view: SentenceView) -> list[TimeExpr]:
    """The sentence's dates, else those of a dateline just before it ("Warsaw, 8 July 2016.")."""
    if view.times:
        return view.times
    line = dateline(ctx, view)
    return line.times if line is not None else []


def _place_in_name(view: SentenceView, m: Mention, e: Entity | None, times: list[TimeExpr]) -> str | None:
    """The event's own city when its name states it after the event noun ("summit in Washington")."""
    if e is None or not e.extra.get("held_in"):
        return None
    toks = [t for t in view.tokens if t.start >= m.start and t.end <= m.end]
    nouns = view.lex(MOD, "EVENT_NOUN").find(toks)
    if not nouns:
        return None
    city = entity(view.ctx, str(e.extra["held_in"]))
    stems = {n.casefold()[:4] for n in ([*city.labels.values(), *city.all_aliases()] if city else []) if len(n) >= 4}
    tail = toks[nouns[-1].last + 1:]
    if any(t.text.casefold()[:4] in stems for t in tail):
        return str(e.extra["held_in"])  # "summit meeting in Washington"
    if times and any(t.text.casefold()[:4] in stems for t in toks) and _is_setting(view, m):
        return str(e.extra["held_in"])  # "Madrides samitā 2022. gada jūnijā", "at the Madrid Summit in June 2022"
    return None


def _is_setting(view: SentenceView, m: Mention) -> bool:
    """Whether the event is where something happens: a Latvian locative ("samitā") or "at/during the"."""
    nxt = [t.text.casefold() for t in view.tokens if t.start >= m.end][:1]
    if nxt and nxt[0] in view.lex(MOD, "AFTER").patterns:
        return True  # "samita laikā", "summit's sidelines"
    if view.lang == "lv":
        word = next((w for w in reversed(m.surface.split()) if w.isalpha()), m.surface)  # "Prāgas samitā 2002"
        return "loc" in m.cases and word.casefold()[-1:] in ("ā", "ē", "ī", "ū", "s")
    before = [t.text.casefold() for t in view.tokens if t.end <= m.start][-2:]
    return bool(set(before) & set(view.lex(MOD, "AT").patterns))


def _time_for(times: list[TimeExpr], at: int) -> TimeExpr | None:
    ts = [t for t in times if t.kind in ("point", "range", "from")]
    if not ts:
        return None
    return min(ts, key=lambda t: (0 if t.kind == "range" else 1, abs(t.start - at)))


@lru_cache(maxsize=None)
def _kind_lexicons(lang: str) -> tuple[tuple[str, Lexicon], ...]:
    mod = lang_data(lang, MOD)
    table = getattr(mod, "EVENT_KIND", {}) if mod else {}
    return tuple((k, Lexicon(table[k])) for k in KINDS if k in table)


def _kind(view: SentenceView, start: int, end: int) -> str | None:
    toks = [t for t in view.tokens if t.start >= start and t.end <= end]
    for kind, lex in _kind_lexicons(view.lang):
        if lex.find(toks):
            return kind
    return None


def _entity_kind(e: Entity) -> str | None:
    from ..nlp.segment import segment

    for lang, name in [("en", e.labels.get("en", "")), ("lv", e.labels.get("lv", ""))]:
        if not name:
            continue
        _, sents = segment(name, lang)
        toks = [t for s in sents for t in s.tokens]
        for kind, lex in _kind_lexicons(lang):
            if lex.find(toks):
                return kind
    return None


_REF_EVENTS: dict[int, tuple[dict[str, Entity], list[tuple[Entity, str | None]]]] = {}


def _ref_events(ctx: DocContext) -> list[tuple[Entity, str | None]]:
    """Reference events with their kinds, computed once per reference data."""
    ents = ref_entities(ctx)
    hit = _REF_EVENTS.get(id(ents))
    if hit is None or hit[0] is not ents:
        hit = _REF_EVENTS[id(ents)] = (ents, [(e, _entity_kind(e)) for _, e in sorted(ents.items())
                                              if e.type is T.EVENT])
    return hit[1]


_REF_EVENTS_IN: dict[int, tuple[dict[str, Entity], dict[str, list[tuple[Entity, str | None]]]]] = {}


def _ref_events_in(ctx: DocContext) -> dict[str, list[tuple[Entity, str | None]]]:
    """:func:`_ref_events` by the place they were held in (in the same order), once per reference data."""
    ents = ref_entities(ctx)
    hit = _REF_EVENTS_IN.get(id(ents))
    if hit is None or hit[0] is not ents:
        by: dict[str, list[tuple[Entity, str | None]]] = {}
        for e, k in _ref_events(ctx):
            held = e.extra.get("held_in")
            if isinstance(held, str):
                by.setdefault(held, []).append((e, k))
        hit = _REF_EVENTS_IN[id(ents)] = (ents, by)
    return hit[1]


def _phrase_year(view: SentenceView, lo: int, hi: int) -> str | None:
    """A bare year written in the event phrase ("the 2023 NATO summit")."""
    for tok in view.tokens:
        if lo <= tok.start and tok.end <= hi and year_of(tok.text) == tok.text:
            return tok.text
    return None


def _resolve(ctx: DocContext, kind: str, place: str, t: TimeExpr | None, year: str | None = None) -> str | None:
    value = t.value if t else None
    y = year or year_of(value) or year_of(ctx.doc_date)
    for e, k in _ref_events_in(ctx).get(place, ()):
        if k != kind and kind != "meeting":
            continue
        start = str(e.extra.get("start") or "")
        if _other_month(value, start, str(e.extra.get("end") or "")):
            continue  # "on 4 June 2025" is not the meeting the reference data dates to February 2025
        if y and entity_year(e) == y:
            return e.id
        if value and value.startswith("--") and start.endswith(value[1:]):
            return e.id
    return None


def _other_month(value: str | None, start: str, end: str) -> bool:
    """Both a stated date and the event's known start give a month, and the date falls outside it."""
    if not value or len(value) < 7 or len(start) < 7:
        return False
    if value.startswith("--"):  # "on 4 June": a day without a year, compared by month
        return not (start[5:7] <= value[2:4] <= (end or start)[5:7])
    return not (start[:7] <= value[:7] <= (end or start)[:7])


def _month_name(lang: str, when: str | None) -> str | None:
    """The month of a date as the language names it ("2025-02-13" -> "February"), if it has one."""
    mod = lang_data(lang, "months")
    table = getattr(mod, "MONTHS", {}) if mod else {}
    if not when or len(when) < 7 or lang != "en":
        return None
    month = int(when[-5:-3]) if when.startswith("--") else int(when[5:7])
    return next((name for name, k in table.items() if k == month), None)


def _create(ctx: DocContext, view: SentenceView, kind: str, place: str, year: str | None,
            start: int, end: int, when: str | None = None) -> str:
    orgs = [o for o in view.of_type(T.ORG) if abs(o.start - start) <= _NEAR or start <= o.start < end]
    topic = ctx.topic([T.ORG])
    org = entity(ctx, orgs[0].entity_id) if orgs else (entity(ctx, topic) if topic else None)
    city = entity(ctx, place)
    labels: dict[str, str] = {}
    aliases: dict[str, list[str]] = {}
    for lang in ("en", "lv"):
        mod = lang_data(lang, MOD)
        kind_label = (getattr(mod, "KIND_LABEL", {}) if mod else {}).get(kind, kind)
        where = city.label(lang) if city else place
        short = where[4:] if where.startswith("The ") else where
        o = f"{org.label(lang)} " if org else ""
        y = f" {year}" if year else ""
        labels[lang] = f"{o}{kind_label} ({where}{', ' + year if year else ''})"
        month = _month_name(lang, when)
        aliases[lang] = sorted({f"{o}{where} {kind_label}{y}", f"{o}{short} {kind_label}{y}",
                                f"{o}{kind_label} {where}{y}", f"{where} {kind_label}{y}", f"{o}{kind_label}".strip(),
                                *([f"{o}{kind_label} {month}{y}"] if month else [])})
    eid = "event:" + slug(org.id.split(":", 1)[-1] if org else "", kind, place.split(":", 1)[-1], year or "")
    extra = {"held_in": place, **({"start": year} if year else {})}
    created = ensure_entity(ctx, eid, T.EVENT, labels, extra)
    e = entity(ctx, created)
    if e is not None and not e.aliases and e.source == f"doc:{ctx.doc_id}":
        e.aliases = aliases
    return created

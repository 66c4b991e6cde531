"""Cooperation frameworks: measures approved, cooperation areas, a state's priority areas,
progress reports and the members two organisations share.

* ``measures_approved`` (framework -> quantity, ``point_in_time``): a number right before a
  measure noun ("42 ... pasākumi", "a further 32 proposals") in a sentence with an approval verb;
  each number takes the date of its own clause (the nearest date before it, else after it).
  "more than seventy measures" without an approval verb is not an approval.
* ``cooperation_area`` (framework -> area): the areas listed after a lead-in ("septiņās jomās –",
  "in areas such as"), the first area of each list item under a cooperation heading ("cooperating
  on ... measures, including:"), and areas after "cooperate on" when the framework's parties are
  the sentence's subject.
* ``priority_area`` (state -> area): areas of a sentence (or list under a heading) that names a
  priority ("Īpaši nozīmīga Latvijai ir sadarbība A, B ... jomā", "Latvia's priorities are").
* ``progress_report`` (framework -> date, ``frequency``): dates of a sentence about progress
  reports; "ikgadējie", "annual" give the frequency.
* ``shared_member_count`` (org <-> org, ``count``): "ES un NATO ir 22 kopīgas dalībvalstis",
  "23 countries are members of both" (the organisations from the sentence, the framework's parties,
  or the two organisations named last before it).

The framework a sentence is about: one it names, else the one whose parties it names, else the
framework named last before it, else the document's most-mentioned framework.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from ..model import Literal, Mention, NumberExpr
from ..vocab import EntityType, Predicate
from .context import DocContext, SentenceView, lang_data
from .created import entity, ref_entities
from .created import unique_entities as _unique
from .framework_priorities import priorities, priority_item, section_heading
from .lexicon import Lexicon, Match

__all__ = ["extract", "framework_of"]

MOD = "rel_framework"
T = EntityType
_CLAUSE_BREAK = frozenset({",", ";", ".", "(", ")", ":"})
_CLAUSE_WORDS = frozenset({"and", "un", "bet", "but", "while", "savukārt"})


def extract(ctx: DocContext) -> None:
    for view in ctx.views:
        _measures(ctx, view)
        if view.of_type(T.AREA) and (view.has(view.lex(MOD, "PRIORITY")) or (
                view.has(view.lex(MOD, "EMPHASIS")) and _section_priority(ctx, view))):
            if not priority_item(ctx, view):
                priorities(ctx, view)
            if not view.sent.is_list_item:  # "Latvijai īpaši svarīgas ES un NATO sadarbības jomas ir A, B"
                _areas(ctx, view, strict=True)
        elif view.of_type(T.AREA):
            _areas(ctx, view)
        _progress(ctx, view)
        _shared(ctx, view)


# -- subjects ---------------------------------------------------------------------------------

_PARTIES: dict[int, tuple[object, int, list[tuple[str, frozenset[str]]]]] = {}


def _participants(ctx: DocContext) -> list[tuple[str, frozenset[str]]]:
    """Reference frameworks with their participants, by id, computed once per reference data."""
    ents = ref_entities(ctx)
    hit = _PARTIES.get(id(ents))
    if hit is None or hit[0] is not ents or hit[1] != len(ents):
        rows = sorted((eid, frozenset(e.extra.get("participants") or ())) for eid, e in ents.items()
                      if e.type is T.FRAMEWORK and e.extra.get("participants"))
        hit = _PARTIES[id(ents)] = (ents, len(ents), rows)
    return hit[2]


def framework_of(ctx: DocContext, view: SentenceView, *, strict: bool = False) -> str | None:
    """The framework a sentence (or its lead-in) is about; ``strict``: only if it names it or its parties."""
    for v in (view, view.heading):
        if v is None:
            continue
        named = v.of_type(T.FRAMEWORK)
        if named:
            return named[0].entity_id
        orgs = {m.entity_id for m in v.of_type(T.ORG)}
        hits = [eid for eid, parties in _participants(ctx) if parties and parties <= orgs]
        if len(hits) == 1:
            return hits[0]
    if strict:
        return None
    ends, ids, fallback = _framework_index(ctx)
    i = bisect_right(ends, view.start)
    return ids[i - 1] if i else fallback


def _framework_index(ctx: DocContext) -> tuple[list[int], list[str], str | None]:
    """Framework mentions by end offset, and the document's framework, computed once a document."""
    cached = getattr(ctx, "_framework_index", None)
    if cached is None:
        ms = [m for m in ctx.adoc.mentions if m.type is T.FRAMEWORK]
        ms.sort(key=lambda m: m.end)
        cached = ([m.end for m in ms], [m.entity_id for m in ms],
                  ctx.topic([T.FRAMEWORK]) or _framework_of_document(ctx))
        ctx._framework_index = cached  # type: ignore[attr-defined]
    return cached


def _framework_of_document(ctx: DocContext) -> str | None:
    """The one framework whose parties the document names ("The EU–NATO partnership" without the
    framework's own name)."""
    orgs = {m.entity_id for m in ctx.adoc.mentions if m.type is T.ORG}
    hits = [eid for eid, parties in _participants(ctx) if parties and parties <= orgs]
    return hits[0] if len(hits) == 1 else None


# -- measures approved --------------------------------------------------------------------------

def _measures(ctx: DocContext, view: SentenceView) -> None:
    if not view.numbers:
        return
    nouns = view.find(view.lex(MOD, "MEASURE_NOUN"))
    counted = [n for n in view.numbers if any(_close_before(view, n.end, m) and _nearest(view, n, m) for m in nouns)]
    if counted and not view.has(view.lex(MOD, "APPROVE")):
        return
    if counted or _previous(ctx, view, "_measures_at"):
        more = view.find(view.lex(MOD, "MORE"))  # "vēl 32", "a further 32", "another 32 were added"
        of_them = view.find(view.lex(MOD, "OF_THEM")) if counted else []  # "42 of them were endorsed"
        counted = [n for n in view.numbers if any(n is c for c in counted) or (
            n.bound is None and view.times and any(_close_before(view, m.end, _as_match(n), 2) for m in more)) or (
            n.bound is None and any(0 <= o.start - n.end <= 2 for o in of_them))]
    counted = _without_total(counted)
    if not counted:
        return
    ctx._measures_at = view.index  # type: ignore[attr-defined]
    subject = framework_of(ctx, view)
    if subject is None:
        return
    for i, n in enumerate(counted):
        lo = counted[i - 1].end if i else view.start
        hi = counted[i + 1].start if i + 1 < len(counted) else view.end
        a, b = _clause(view, n.start, n.end)
        own = [t for t in view.times if max(a, lo) <= t.start and t.end <= min(b, hi)]
        before = [t for t in view.times if lo <= t.start and t.end <= n.start]
        after = [t for t in view.times if n.end <= t.start and t.end <= hi]
        t = own[0] if len(own) == 1 else (before[-1] if before else (after[0] if after else None))
        quals: dict[str, str | Literal] = {"point_in_time": t.value} if t else {}
        ctx.add(subject, Predicate.MEASURES_APPROVED, Literal(n.value, "quantity", n.bound), view,
                qualifiers=quals, confidence=0.8)


def _nearest(view: SentenceView, n: NumberExpr, m: Match) -> bool:
    """Whether no other number stands between ``n`` and the noun ``m`` ("the two organisations agreed 74
    proposals": the 74 counts them)."""
    return not any(n.end <= x.start and x.end <= m.start for x in view.numbers if x is not n)


def _clause(view: SentenceView, start: int, end: int) -> tuple[int, int]:
    """Character span of the clause around [start, end): up to the nearest ",", ";", ":" or
    "and"/"un"/"bet" outside a date on each side."""
    def inside_time(tok_start: int) -> bool:
        return any(t.start <= tok_start < t.end for t in view.times)

    breaks = [t for t in view.tokens if (t.text in (",", ";", ":") or t.text.casefold() in _CLAUSE_WORDS)
              and not inside_time(t.start)]
    a = max((t.end for t in breaks if t.end <= start), default=view.start)
    b = min((t.start for t in breaks if t.start >= end), default=view.end)
    return a, b


def _without_total(counted: list[NumberExpr]) -> list[NumberExpr]:
    """Leave out a number that is the sum of the others ("74 proposals: 42 ... and the remaining 32")."""
    if len(counted) < 3:
        return counted
    for n in counted:
        rest = [x.value for x in counted if x is not n]
        if all(isinstance(v, (int, float)) for v in rest) and n.value == sum(rest):
            return [x for x in counted if x is not n]
    return counted


def _as_match(n: NumberExpr) -> Match:
    return Match(0, 0, n.start, n.end, "")


def _previous(ctx: DocContext, view: SentenceView, marker: str) -> bool:
    """Whether the sentence before this one, in the same paragraph, set ``marker`` (a rule fired there)."""
    at = getattr(ctx, marker, None)
    if at is None or at != view.index - 1:
        return False
    return ctx.views[at].sent.paragraph == view.sent.paragraph


def _close_before(view: SentenceView, offset: int, m: Match, max_tokens: int = 6) -> bool:
    """Whether match ``m`` follows ``offset`` within a few tokens of the same phrase."""
    if m.start < offset:
        return False
    between = [t for t in view.tokens if t.start >= offset and t.end <= m.start]
    return len(between) <= max_tokens and not any(t.text in _CLAUSE_BREAK for t in between)


# -- cooperation and priority areas --------------------------------------------------------------

def _areas(ctx: DocContext, view: SentenceView, *, strict: bool = False) -> None:
    """Cooperation areas of a sentence or list item; ``strict``: only after a lead-in, for a
    framework the sentence names (a sentence that also states a state's priorities)."""
    areas = view.of_type(T.AREA)
    if not areas:
        return
    if strict:
        listed = _after_leadin(view, view.find(view.lex(MOD, "AREA_LEADIN")), areas)
        subject = framework_of(ctx, view, strict=True) if listed else None
        for a in _unique(listed) if subject else []:
            ctx.add(subject, Predicate.COOPERATION_AREA, a.entity_id, view, confidence=0.7)  # type: ignore[arg-type]
        return
    if priority_item(ctx, view):  # "## Latvia's priorities" / "Latvia especially stresses:" + items
        return
    if view.sent.is_list_item and view.heading is not None:
        head = view.heading
        if head.has(head.lex(MOD, "LIST_LEADIN")) or head.has(head.lex(MOD, "AREA_LEADIN")):
            subject = framework_of(ctx, view)
            if subject:  # the item's area, and one it names as part of it ("A, with B as a flagship")
                for a in [areas[0]] + [x for x in areas[1:] if _part_of_item(view, areas[0], x)]:
                    ctx.add(subject, Predicate.COOPERATION_AREA, a.entity_id, view, confidence=0.75)
        return
    listed = _after_leadin(view, view.find(view.lex(MOD, "AREA_LEADIN")), areas)
    strict = False
    if not listed:
        listed = _after_leadin(view, view.find(view.lex(MOD, "COOPERATE_ON")), areas, before=False)
        strict = True
    if not listed:
        return
    subject = framework_of(ctx, view, strict=strict)
    if subject:
        for a in _unique(listed):
            ctx.add(subject, Predicate.COOPERATION_AREA, a.entity_id, view, confidence=0.75)


def _part_of_item(view: SentenceView, first: Mention, other: Mention) -> bool:
    """Whether a later area of a list item is named as part of its first one ("defence capabilities,
    with military mobility as a flagship", "A, tostarp B")."""
    lead = any(first.end <= m.start and m.end <= other.start and not view.between(m.end, other.start).strip()
               for m in view.find(view.lex(MOD, "ITEM_PART")))
    return lead or any(0 <= m.start - other.end <= 1 for m in view.find(view.lex(MOD, "ITEM_PART_AFTER")))


def _after_leadin(view: SentenceView, leadins: list[Match], areas: list[Mention], *,
                  before: bool = True) -> list[Mention]:
    """Areas after the first lead-in (to the end of the sentence); with ``before``, the areas
    before it when none follow ("militārā mobilitāte ir viena no sadarbības jomām")."""
    if not leadins:
        return []
    lead = leadins[0]
    after = [a for a in areas if a.start >= lead.end]
    if after or not before:
        return after
    return [a for a in areas if a.end <= lead.start]


def _section_priority(ctx: DocContext, view: SentenceView) -> bool:
    head = section_heading(ctx, view)
    return head is not None and head.has(head.lex(MOD, "PRIORITY"))


# -- progress reports ---------------------------------------------------------------------------

def _progress(ctx: DocContext, view: SentenceView) -> None:
    reports = [m for m in view.of_type(T.DOCUMENT) if _is_report(ctx, m)]
    about = bool(reports) or view.has(view.lex(MOD, "PROGRESS_REPORT"))
    if about:
        ctx._progress_at = view.index  # type: ignore[attr-defined]
    elif _previous(ctx, view, "_progress_at") and view.has(view.lex(MOD, "PUBLISHED")):
        ctx._progress_at = view.index  # type: ignore[attr-defined]
    else:
        return
    times = [t for t in view.times if t.kind != "until"]
    measures = view.find(view.lex(MOD, "MEASURE_NOUN"))
    if measures and len(times) > 1:  # "... agreed 74 proposals since 2016, and their progress report ... in June 2024"
        spans = [_clause(view, t.start, t.end) for t in times]
        times = [t for t, (a, b) in zip(times, spans) if not any(a <= m.start < b for m in measures)] or times
    if not times:
        return
    subject = None
    for m in reports:
        e = entity(ctx, m.entity_id)
        subject = e.extra.get("framework") if e else None
        if subject:
            break
    subject = subject or framework_of(ctx, view)
    if not subject:
        return
    freq = _frequency(view)
    for t in times:
        ctx.add(subject, Predicate.PROGRESS_REPORT, Literal(t.value, "date"), view,
                qualifiers={"frequency": freq} if freq else {}, confidence=0.75)


def _is_report(ctx: DocContext, m: Mention) -> bool:
    e = entity(ctx, m.entity_id)
    return bool(e and e.extra.get("framework"))


@lru_cache(maxsize=None)
def _frequencies(lang: str) -> tuple[tuple[str, Lexicon], ...]:
    mod = lang_data(lang, MOD)
    table = getattr(mod, "FREQUENCY", {}) if mod else {}
    return tuple((name, Lexicon(patterns)) for name, patterns in table.items())


def _frequency(view: SentenceView) -> str | None:
    """How often the reports come, as the language data names it ("annual")."""
    for name, lex in _frequencies(view.lang):
        if view.has(lex):
            return name
    return None


# -- shared members -------------------------------------------------------------------------------

def _shared(ctx: DocContext, view: SentenceView) -> None:
    if not view.numbers:
        return
    trig = view.find(view.lex(MOD, "SHARED_MEMBERS"))
    if not trig:
        return
    orgs = _two_orgs(ctx, view)
    if len(orgs) < 2:
        return
    used: set[int] = set()
    for k, m in enumerate(trig):
        lo = trig[k - 1].end if k else view.start
        hi = trig[k + 1].start if k + 1 < len(trig) else view.end
        near = [n for n in view.numbers if lo <= n.start and n.end <= hi and id(n) not in used
                and not _a_total(view, n) and not _whole_group(view, n)
                and not any(x.start <= n.start < x.end for x in view.mentions)]  # "Bucharest Nine" is a name
        if not near:
            continue
        n = min(near, key=lambda x: abs(x.start - m.start))
        used.add(id(n))
        quals: dict[str, str | Literal] = {"count": Literal(n.value, "quantity", n.bound)}
        a, b = _clause(view, min(m.start, n.start), max(m.end, n.end))
        points = [t for t in view.times if t.kind == "point" and max(lo, a) <= t.start and t.end <= min(hi, b)]
        if points:
            quals["point_in_time"] = points[0].value
        ctx.add(orgs[0], Predicate.SHARED_MEMBER_COUNT, orgs[1], view, qualifiers=quals, confidence=0.8)


def _whole_group(view: SentenceView, n: NumberExpr) -> bool:
    """"all eight states are also NATO allies", "visas astoņas valstis": the whole of one group, no overlap count."""
    prev = [t.text.casefold() for t in view.tokens if t.end <= n.start][-2:]
    whole = set(getattr(lang_data(view.lang, MOD), "WHOLE_GROUP", ()))
    return bool(prev) and (prev[-1] in whole or (len(prev) == 2 and prev[-1] in ("the", "of") and prev[0] in whole))


def _a_total(view: SentenceView, n: NumberExpr) -> bool:
    """Whether a number is the whole a number before it is part of ("23 of the 27", "23 no 27")."""
    words = getattr(lang_data(view.lang, MOD), "PART_OF", ())

    def gap(a: int, b: int) -> str:  # "23 of NATO's 32": the owner's name and possessive left out
        text = view.between(a, b)
        for x in sorted((x for x in view.mentions if a <= x.start and x.end <= b), key=lambda x: -x.start):
            text = text[:x.start - a] + text[x.end - a:]
        return " ".join(text.replace("’s", " ").replace("'s", " ").casefold().split())

    return any(m.end <= n.start and gap(m.end, n.start) in words for m in view.numbers)


def _two_orgs(ctx: DocContext, view: SentenceView) -> list[str]:
    out: list[str] = []
    for m in view.of_type(T.ORG):
        if m.entity_id not in out:
            out.append(m.entity_id)
    if len(out) >= 2:
        return out[:2]
    fw = framework_of(ctx, view, strict=True)
    e = entity(ctx, fw) if fw else None
    if e and len(e.extra.get("participants") or ()) >= 2:
        return list(e.extra["participants"])[:2]
    out = []
    for m in reversed([m for m in ctx.adoc.mentions if m.end <= view.start and m.type is T.ORG]):
        if m.entity_id not in out:
            out.append(m.entity_id)
        if len(out) == 2:
            return out[::-1]
    return []


"""Military exercises named in the text and where and when they were held (``held_in``).

An exercise is a name next to an exercise noun of ``lang/<code>/rel_events.py`` (EXERCISE_NOUN):
after it ("exercise Crystal Arrow 2025", "mācības "Namejs 2024"") or before it ("the BALTOPS
exercise", "Resolute Warrior 2024, a two-week exercise"), or a reference exercise series the
gazetteer linked (``kind=exercise`` in ``refdata/events.tsv``). Names are capitalised words or a
quoted string; a year or a two-digit edition number ("Steadfast Defender 24") belongs to the name.
Each exercise becomes an event entity of its year, ``event:exercise-<name>-<year>``, created for
the document with both-language labels, since editions recur every year.

Its place is a place named after the exercise behind a preposition of ``EXERCISE_PLACE_PREP``
("in", "at", "across") or, in Latvian, a place in the locative case; or a genitive before a place noun ("Ādažu poligonā"); its dates are the sentence's
range, or its start and end dates. A later sentence's "the exercise" / "mācības" is the latest
exercise named in the three sentences before it. The exercises found are kept on the context
(:func:`exercises_in`) for the participation rule of the operations family.
"""

from __future__ import annotations

import re

from ..model import Mention
from ..vocab import EntityType, Predicate
from .context import DocContext, SentenceView
from .created import ensure_entity, entity, qual_dates, slug, year_of
from .lexicon import Match

__all__ = ["extract_exercises", "exercises_in"]

MOD = "rel_events"
T = EntityType
_PLACES = (T.STATE, T.CITY, T.BASE, T.REGION)
_QUOTES = "\"'“”„«»"
_YEAR = re.compile(r"^(19|20)\d\d$")
_EDITION = re.compile(r"^\d\d$")
_MAX_NAME = 4  # words in a name
_PLACE_GAP = 30  # tokens between an exercise and its place
_FROM_TO = re.compile(r"from (\d{1,2}) to\s*$")  # "from 9 to 11 July 2024" read as one date


def exercises_in(ctx: DocContext, view: SentenceView) -> list[Mention]:
    """The exercises found in this sentence (empty before the events family has run)."""
    got: dict[int, list[Mention]] = ctx.__dict__.get("_exercises", {})
    return got.get(view.index, [])


def extract_exercises(ctx: DocContext) -> None:
    store: dict[int, list[Mention]] = ctx.__dict__.setdefault("_exercises", {})
    last: tuple[Mention, int] | None = None
    for view in ctx.views:
        nouns = view.find(view.lex(MOD, "EXERCISE_NOUN"))
        linked = [m for m in view.of_type(T.EVENT) if _is_series(ctx, m.entity_id)]
        if not nouns and not linked:
            continue
        found = _named(ctx, view, nouns, linked)
        if found:
            store[view.index] = found
            last = (found[-1], view.index)
            for m in found:
                _held(ctx, view, m)
        elif last is not None and view.index - last[1] <= 3 and nouns:
            n = nouns[0]
            ref = Mention(last[0].entity_id, T.EVENT, n.start, n.end, ctx.text[n.start:n.end], frozenset(), True)
            store[view.index] = [ref]
            _held(ctx, view, ref)


def _is_series(ctx: DocContext, eid: str) -> bool:
    e = entity(ctx, eid)
    return e is not None and e.extra.get("kind") == "exercise"


def _named(ctx: DocContext, view: SentenceView, nouns: list[Match], linked: list[Mention]) -> list[Mention]:
    """Exercise mentions of this sentence, each with its year's event id."""
    toks = view.tokens
    out: list[Mention] = []
    for m in linked:
        e = entity(ctx, m.entity_id)
        i = next((k for k, t in enumerate(toks) if t.start >= m.end), len(toks))
        year = _year_token(toks[i].text) if i < len(toks) else None
        end = toks[i].end if year else m.end
        name = e.label("en") if e is not None else m.surface
        out.append(_make(ctx, view, name, year or _year_of_sentence(ctx, view), m.start, end, m.entity_id))
    taken = [(m.start, m.end) for m in out] + [(m.start, m.end) for m in view.mentions]
    for n in nouns:
        for first, last in (_name_after(view, n.last + 1), _name_before(view, n.first - 1)):
            if first is None or last is None:
                continue
            a, b = toks[first].start, toks[last].end
            if any(x < b and a < y for x, y in taken):
                continue
            words = [t.text for t in toks[first:last + 1] if t.text not in _QUOTES]
            year = _year_token(words[-1]) if len(words) > 1 else None
            name = " ".join(words[:-1] if year else words)
            if not name or not any(c.isalpha() for c in name):
                continue
            out.append(_make(ctx, view, name, year or _year_of_sentence(ctx, view), a, b, None))
            taken.append((a, b))
            break
    return sorted(out, key=lambda m: m.start)


def _name_after(view: SentenceView, i: int) -> tuple[int | None, int | None]:
    """"exercise Crystal Arrow 2025", "mācības "Namejs 2024"": the name right after the noun."""
    toks = view.tokens
    if i >= len(toks):
        return None, None
    if toks[i].text in _QUOTES:
        j = next((k for k in range(i + 1, min(len(toks), i + 2 + _MAX_NAME)) if toks[k].text in _QUOTES), None)
        return (i, j) if j is not None and j > i + 1 else (None, None)
    j = i
    while j < len(toks) and j - i < _MAX_NAME and _name_word(view, j):
        j += 1
    if j == i:
        return None, None
    if j < len(toks) and (_year_token(toks[j].text)):
        j += 1
    return i, j - 1


def _name_before(view: SentenceView, i: int) -> tuple[int | None, int | None]:
    """"the BALTOPS exercise", "Resolute Warrior 2024, a two-week exercise": the name before the noun."""
    toks = view.tokens
    k = i
    while k >= 0 and (toks[k].text.casefold() in view.lex(MOD, "EXERCISE_FILLER").patterns or toks[k].text == "-"):
        k -= 1  # "a two - week", "annual", "large-scale"
    if k >= 0 and toks[k].text == ",":
        k -= 1
    elif k != i:
        return None, None  # fillers without the comma of an apposition: "a large exercise"
    last = k
    if k >= 0 and _year_token(toks[k].text):
        k -= 1
    j = k
    while j >= 0 and k - j < _MAX_NAME and _name_word(view, j):
        j -= 1
    if j == k or (j < 0 and k - j == 1 and not toks[0].text.isupper()):
        return None, None  # nothing, or just the sentence's capitalised first word
    return j + 1, last


def _name_word(view: SentenceView, i: int) -> bool:
    text = view.tokens[i].text
    if not text[:1].isupper() or text.casefold() in view.lex(MOD, "EXERCISE_NOT_NAME").patterns:
        return False
    return any(c.isalpha() for c in text)


def _year_token(text: str) -> str | None:
    if _YEAR.match(text):
        return text
    return "20" + text if _EDITION.match(text) else None


def _year_of_sentence(ctx: DocContext, view: SentenceView) -> str | None:
    ys = [year_of(t.value) for t in view.times if year_of(t.value)]
    return ys[0] if ys else year_of(ctx.doc_date)


def _make(ctx: DocContext, view: SentenceView, name: str, year: str | None, start: int, end: int,
          series: str | None) -> Mention:
    """The exercise's event entity of that year (created once per document)."""
    e = entity(ctx, series) if series else None
    names = {lang: (e.label(lang) if e is not None else name) for lang in ("en", "lv")}
    y = f" {year}" if year else ""
    labels = {"en": f"{names['en']}{y}", "lv": f"{names['lv']}{y}"}
    eid = ensure_entity(ctx, "event:exercise-" + slug(names["en"], year or ""), T.EVENT, labels,
                        {"kind": "exercise", **({"series": series} if series else {}), **({"start": year} if year else {})})
    made = entity(ctx, eid)
    if made is not None and not made.aliases and made.source == f"doc:{ctx.doc_id}":
        made.aliases = {"en": sorted({names["en"], f"Exercise {names['en']}{y}", f"exercise {names['en']}"}),
                        "lv": sorted({names["lv"], f"mācības {names['lv']}{y}", f"mācības \"{names['lv']}{y}\""})}
    return Mention(eid, T.EVENT, start, end, ctx.text[start:end], frozenset(), True)


def _held(ctx: DocContext, view: SentenceView, ex: Mention) -> None:
    places = _places(view, ex)
    if not places:
        return
    quals = _dates(ctx, view, ex)
    for p in places:
        ctx.add(ex.entity_id, Predicate.HELD_IN, p.entity_id, view, qualifiers=dict(quals), confidence=0.7)


def _places(view: SentenceView, ex: Mention) -> list[Mention]:
    """The places after the exercise it is held in: "in"/"at"/"across" (English), the locative (Latvian)."""
    preps = view.lex(MOD, "EXERCISE_PLACE_PREP").patterns
    toks = view.tokens
    out: list[Mention] = []
    for m in view.mentions:
        if m.type not in _PLACES or m.start < ex.end or m.created:
            continue
        i = next((k for k, t in enumerate(toks) if t.start >= m.start), len(toks))
        if i - next((k for k, t in enumerate(toks) if t.start >= ex.end), i) > _PLACE_GAP:
            break
        before = toks[i - 1].text.casefold() if i > 0 else ""
        if before == "the" and i > 1:
            before = toks[i - 2].text.casefold()
        joined = bool(out) and view.between(out[-1].end, m.start).strip().casefold() in (",", "and", "un", ", and")
        if view.lang == "en":
            ok = before in preps or joined
        else:  # "Lietuvā", "Ādažu poligonā": a locative, or a genitive before a locative place noun
            head = view.lex(MOD, "EXERCISE_PLACE_NOUN").find(toks[i + 1:i + 2]) if "gen" in m.cases else []
            ok = ("loc" in m.cases and "nom" not in m.cases) or bool(head) or joined
        if ok and not (m.type is T.STATE and out and out[-1].type in (T.CITY, T.BASE)
                       and view.between(out[-1].end, m.start).strip() in (",", "in")):
            out.append(m)  # "Ādaži, Latvia": the city is enough
        elif out:
            break
    return out


def _dates(ctx: DocContext, view: SentenceView, ex: Mention) -> dict[str, str]:
    """start/end from the sentence: a range, a start and an end ("began on 1 ... until 14 November"),
    "from 9 to 11 July 2024" (read as one date by the time grammar) as a range."""
    ts = [t for t in view.times if t.kind in ("point", "range", "from", "since", "until")]
    rng = next((t for t in ts if t.kind == "range"), None)
    if rng is not None:
        return _fill(qual_dates(rng), ex, ctx)
    out: dict[str, str] = {}
    for t in ts:
        if t.kind == "until":
            out.setdefault("end", t.value)
        elif t.kind == "point" and (m := _FROM_TO.search(ctx.text[max(0, t.start - 16):t.start])):
            day = int(m.group(1))
            if len(t.value) == 10:
                out.setdefault("start", f"{t.value[:8]}{day:02d}")
                out.setdefault("end", t.value)
        else:
            out.setdefault("start", t.value)
    return _fill(out, ex, ctx)


def _fill(quals: dict[str, str], ex: Mention, ctx: DocContext) -> dict[str, str]:
    """A day without a year ("until 14 November") takes the exercise's year."""
    e = entity(ctx, ex.entity_id)
    y = str(e.extra.get("start") or "") if e is not None else ""
    return {k: (y + v[1:] if v.startswith("--") and y else v) for k, v in quals.items() if v}

"""Reading an answer out of a passage when the graph holds none.

Extraction misses some of what documents say. When :func:`~allygraph.ask.solve.solve` finds no
claim, the best passages of :func:`allygraph.search.search` are read instead: a passage qualifies
only if it names every entity of the question and states the asked relation (a cue word of that
relation in the passage's own language, from ``lang/<code>/ask.py``); the answer is the value of
the asked kind in it (a date for "when", a place for "where", an entity of the expected type for
"who/which", a number for "how many") nearest to that cue. Nothing else is guessed: a passage
without exactly such a value gives no reading, and the caller says the answer is not known.

A reading is marked as such in the answer (``derivation.method == "passage"``) and cites the one
passage it was read from, so an analyst sees at once that no stored claim backs it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..model import Literal, NumberExpr, TimeExpr
from ..query import fold
from ..store.base import Passage, Store, StoredMention
from ..vocab import EntityType
from .understand import Question, lexicons

__all__ = ["Reading", "read"]

_WHERE = (EntityType.CITY, EntityType.BASE, EntityType.REGION, EntityType.STATE)
_HINT_TYPES = {
    "state": (EntityType.STATE,), "city": (EntityType.CITY,), "base": (EntityType.BASE,),
    "operation": (EntityType.OPERATION,), "formation": (EntityType.FORMATION,), "person": (EntityType.PERSON,),
    "org": (EntityType.ORG,), "area": (EntityType.AREA,),
}
_JOIN = re.compile(r"^\s*(?:,|;|\band\b|\bun\b|\bas well as\b|\bkā arī\b)\s*(?:[\w.-]+\s+){0,3}$", re.IGNORECASE)
_WHO_DEFAULT = (EntityType.STATE, EntityType.ORG, EntityType.PERSON, EntityType.OPERATION, EntityType.FORMATION)


@dataclass
class Reading:
    predicate: str
    kind: str  # entity | date | quantity
    passage: Passage
    entities: list[str] = field(default_factory=list)
    values: list[Literal] = field(default_factory=list)


def _cues(passage: Passage, predicate: str) -> list[int]:
    """The character offsets (in the document) of the asked relation's cues in the passage."""
    from ..nlp.segment import tokenize

    lex = lexicons(passage.lang, "PREDICATES").get(predicate)
    if lex is None:
        return []
    tokens = tokenize(passage.text, 0, len(passage.text), passage.lang)
    return [passage.start + f.start for f in lex.find(tokens)]


_CLAUSE = re.compile(r"[,;:]\s")
_SEGMENT = re.compile(r"[^;]+")  # the parts of a passage between semicolons: a value answers only in a part with a cue


def _in_segments(items: list[Any], segments: list[tuple[int, int]]) -> list[Any]:
    return [i for i in items if any(a <= i.start < b for a, b in segments)]
_OTHER_CLAUSE = 1000  # a comma or semicolon between a value and an anchor outweighs any distance


def _nearest(items: list[Any], anchors: list[list[int]], text: str = "", base: int = 0) -> list[Any]:
    """The items closest to the anchors (the cue offsets, and the offsets of each asked entity's
    mentions): the sum over anchor groups of the distance to the group's nearest member, where an
    anchor in another clause (across a comma or semicolon of ``text``, which starts at document
    offset ``base``) counts as far. More than one item at the best distance means the passage is
    ambiguous."""
    if not items:
        return []

    def gap(i, a: int) -> int:  # type: ignore[no-untyped-def]
        lo, hi = (i.end, a) if a >= i.end else (a, i.start)
        d = max(0, hi - lo)
        return d + (_OTHER_CLAUSE if text and _CLAUSE.search(text, max(0, lo - base), max(0, hi - base)) else 0)

    def dist(i) -> int:  # type: ignore[no-untyped-def]
        return sum(min(gap(i, a) for a in group) for group in anchors if group)

    scored = [dist(i) for i in items]
    best = min(scored)
    return [i for i, d in zip(items, scored) if d == best]


def _coordinated(got: list[Any], cands: list[Any], text: str) -> list[Any]:
    """The nearest candidate and the candidates coordinated with it ("A and B", "A, the President of
    X B"): a comma or a conjunction, then at most three words, between neighbours."""
    if len(got) != 1:
        return got
    cands = sorted(cands, key=lambda m: m.start)
    i = cands.index(got[0])
    lo = hi = i
    while lo > 0 and _JOIN.match(text[cands[lo - 1].end:cands[lo].start]):
        lo -= 1
    while hi + 1 < len(cands) and _JOIN.match(text[cands[hi].end:cands[hi + 1].start]):
        hi += 1
    return cands[lo:hi + 1]


def _times(passage: Passage, q: Question) -> list[TimeExpr]:
    from ..nlp.times import find_times

    asked = {t.value for t in q.times}
    out = []
    for t in find_times(passage.text, passage.lang):
        if t.value in asked or t.value.startswith("--"):
            continue
        out.append(TimeExpr(passage.start + t.start, passage.start + t.end, t.value, t.end_value, t.kind, t.text))
    return out


def _numbers(passage: Passage) -> list[NumberExpr]:
    from ..nlp.numbers import find_numbers

    return [NumberExpr(passage.start + n.start, passage.start + n.end, n.value, n.bound, n.text)
            for n in find_numbers(passage.text, passage.lang)]


def _unlinked_names(q: Question) -> list[str]:
    """Names in the question that the gazetteer did not link (capitalised words after the first,
    acronyms), as stems that accept inflected forms: a passage must contain each of them."""
    out = []
    for x in re.finditer(r"\b\w[\w-]*", q.text):
        w = x.group()
        if x.start() == 0 or any(m.start <= x.start() < m.end for m in q.mentions):
            continue
        if w.isupper() and len(w) >= 2 or (w[0].isupper() and len(w) >= 3):
            out.append(w if w.isupper() or len(w) < 6 else w[:-2])
    return out


def _dates_agree(passage: Passage, q: Question) -> bool:
    """Every date of the question is stated in the passage (at the precision either gives)."""
    from ..nlp.times import find_times

    stated = [t.value for t in find_times(passage.text, passage.lang)]
    return all(any(v.startswith(t.value) or t.value.startswith(v) for v in stated) for t in q.times)


def _anchoring(asked: set[str], present: list[StoredMention]) -> set[str]:
    """The asked entities that locate the answer: all but the sentence's topic (the asked entity named
    first, which scopes over the whole sentence: "Latvia has been a member of A since X, of B since Y")."""
    if len(asked) < 2:
        return asked
    first = min((m for m in present if m.entity_id in asked), key=lambda m: m.start)
    return asked - {first.entity_id}


def _read_one(store: Store, q: Question, predicate: str, passage: Passage, asked: set[str],
              present: list[StoredMention]) -> Reading | None:
    cues = _cues(passage, predicate)
    if not cues:
        return None
    segments = [(x.start(), x.end()) for x in _SEGMENT.finditer(passage.text)]
    cued = [(passage.start + a, passage.start + b) for a, b in segments
            if any(passage.start + a <= c < passage.start + b for c in cues)]
    anchors = [cues] + [[m.start for m in present if m.entity_id == eid] for eid in sorted(_anchoring(asked, present))]
    if q.times and not _dates_agree(passage, q):
        return None
    for name in _unlinked_names(q):
        at = [passage.start + x.start() for x in re.finditer(re.escape(name), passage.text, re.IGNORECASE)]
        if not at:
            return None  # the question names something this passage does not
        anchors.append(at)
    if q.wh in ("when", "period"):
        got = _nearest(_in_segments(_times(passage, q), cued), anchors, passage.text, passage.start)
        if len(got) != 1:
            return None
        return Reading(predicate, "date", passage, values=[Literal(got[0].value, "date")])
    if q.wh == "count":
        got = _nearest(_in_segments([n for n in _numbers(passage) if not (1900 <= n.value <= 2100)], cued), anchors,
                       passage.text, passage.start)
        if len(got) != 1:
            return None
        return Reading(predicate, "quantity", passage, values=[Literal(got[0].value, "quantity", got[0].bound)])
    mentions = [m for m in present if m.entity_id not in asked]
    if not mentions:
        return None
    types = store.entities_by_id({m.entity_id for m in mentions})
    want = _WHERE if q.wh == "where" else _HINT_TYPES.get(q.type_hint or "", _WHO_DEFAULT)
    cands = [m for m in mentions if (e := types.get(m.entity_id)) is not None and e.type in want]
    if q.wh == "where":
        for typ in _WHERE:  # the most specific place the passage gives
            narrow = [m for m in cands if types[m.entity_id].type is typ]
            if narrow:
                cands = narrow
                break
    got = _nearest(_in_segments(cands, cued), anchors, passage.text, passage.start)
    if q.wh == "who":
        got = _coordinated(got, cands, store.document_text(passage.document) or "")
    ids = list(dict.fromkeys(m.entity_id for m in got))
    if not ids or (len(ids) != 1 and not (q.wh == "who" and len(got) == len(ids))):
        return None
    return Reading(predicate, "entity", passage, entities=ids)


def _named_in(store: Store, entity_id: str, passage: Passage) -> bool:
    """A name a document introduced (no mention is stored for it) is in the passage when each content
    word of one of its names is (as for questions, :mod:`allygraph.ask.link`)."""
    from .link import content_stems, match_span

    e = store.entity(entity_id)
    if e is None:
        return False
    words = [(m.start(), m.end(), fold(m.group())) for m in re.finditer(r"\w+", passage.text)]
    return any(len(st) >= 2 and match_span(st, words) for st in map(content_stems, {*e.labels.values(), *e.all_aliases()}))


def read(store: Store, q: Question, passages: list[Passage]) -> Reading | None:
    """An answer read from the first passage that names every entity of the question and states the
    asked relation; None when no passage does so unambiguously."""
    if not q.predicates or not (q.mentions or _unlinked_names(q)):
        return None
    asked = {m.entity_id for m in q.mentions}
    predicate = q.predicates[0][0]
    for p in passages:
        present = [m for m in store.mentions(document=p.document) if p.start <= m.start and m.end <= p.end]
        missing = asked - {m.entity_id for m in present}
        if missing and not all(_named_in(store, eid, p) for eid in missing):
            continue
        got = _read_one(store, q, predicate, p, asked - missing, present)
        if got is not None:
            return got
    return None

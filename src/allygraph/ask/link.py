"""Linking names in a question that only the store knows.

Documents introduce entities the reference data does not list ("Latvijas un Polijas aizsardzības
sadarbības memorands 2025", "Saprašanās memorands par raķešu artilērijas spēju attīstību 2024", a
newly named person). The question's gazetteer (built from the reference data) cannot link them, so
a question about them would name only their parts ("Latvija", "Polija") and be answered about
something else or not at all.

A store entity outside the reference data is named by a question when every content word of one of
its names (years and short function words left out) occurs in the question as a word that starts
with the name word's stem (so inflected forms and another word order count: "Latvija un Polija
parakstīja saprašanās memorandu par sadarbību aizsardzības jomā" names "Latvijas un Polijas
aizsardzības sadarbības memorands"). A name needs at least two content words. The mention covers
the question's words from the first to the last matched one and replaces the names found inside it;
where two store names match, the one with more content words wins, and a tie links nothing.
"""

from __future__ import annotations

import re

from ..query import fold
from ..store.base import Store
from .understand import QMention, Question

__all__ = ["content_stems", "link_store_names", "match_span"]

_WORD = re.compile(r"\w+")
_STOP = {"with", "from", "that", "this", "into", "kopa", "starp", "gada"}
MIN_WORDS = 2
_CLAUSE = re.compile(r"[,;:()]")


def _names(store: Store, entity_id: str) -> set[str]:
    e = store.entity(entity_id)
    return {*e.labels.values(), *e.all_aliases()} if e else set()


def _stem(word: str) -> str:
    """The part of a folded word that its inflected forms keep ("memorands" -> "memora")."""
    return word[:min(6, max(4, len(word) - 2))]


def content_stems(name: str) -> list[str]:
    out = []
    for w in _WORD.findall(name):
        f = fold(w)
        if f.isdigit() or f in _STOP or (len(f) < 4 and not (w.isupper() and len(w) >= 2)):
            continue
        out.append(_stem(f) if len(f) >= 4 else f)
    return list(dict.fromkeys(out))


def _reference_ids() -> set[str]:
    from ..refdata import load_reference

    return set(load_reference().entities)


_REF: set[str] | None = None


def match_span(stems: list[str], words: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """The span from the first to the last question word matching the stems (None: one is missing)."""
    at: list[tuple[int, int]] = []
    for s in stems:
        hit = next(((a, b) for a, b, w in words if w.startswith(s) and (len(s) >= 4 or w == s)), None)
        if hit is None:
            return None
        at.append(hit)
    return min(a for a, _ in at), max(b for _, b in at)


_NAMES: dict[tuple[str, int], list[tuple[str, object, list[list[str]]]]] = {}


def _store_names(store: Store) -> list[tuple[str, object, list[list[str]]]]:
    """(id, type, content stems of each name) of every entity documents introduced, remembered per
    store until that number changes (a question must not re-read thousands of names)."""
    global _REF
    if _REF is None:
        _REF = _reference_ids()
    key = (getattr(store, "url", str(id(store))), store.entities_from_documents_count())
    got = _NAMES.get(key)
    if got is None:
        got = []
        for e in store.entities_from_documents():
            if e.id in _REF:
                continue
            names = [st for name in sorted({*e.labels.values(), *e.all_aliases()})
                     if len(st := content_stems(name)) >= MIN_WORDS]
            if names:
                got.append((e.id, e.type, names))
        if len(_NAMES) > 8:
            _NAMES.clear()
        _NAMES[key] = got
    return got


def link_store_names(store: Store, q: Question) -> Question:
    """``q`` with a mention added for the one store-only entity whose name the question uses."""
    words = [(m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(q.text)]
    found: list[tuple[int, int, int, str, object]] = []  # (content words, start, end, id, type)
    for eid, etype, names in _store_names(store):
        best = None
        for stems in names:
            span = match_span(stems, words)
            if span and (best is None or len(stems) > best[0]):
                best = (len(stems), *span)
        if best:
            found.append((best[0], best[1], best[2], eid, etype))
    if not found:
        return q
    top = max(f[0] for f in found)
    winners = [f for f in found if f[0] == top]
    if len({f[3] for f in winners}) != 1:
        return q
    _, s, e, eid, typ = winners[0]
    if any(m.start <= s and e <= m.end and (m.end - m.start) > (e - s) for m in q.mentions):
        return q  # a longer name the gazetteer linked contains it
    if _CLAUSE.search(q.text, s, e):
        return q  # words gathered across clauses ("X, to which the brigade in Latvia ...") are not one name
    own_stems = {st for name in _names(store, eid) for st in content_stems(name)}
    for m in q.mentions:
        if s <= m.start and m.end <= e:
            own = content_stems(m.surface)
            if own and 2 * sum(any(w.startswith(st) or st.startswith(w) for st in own_stems) for w in own) < len(own):
                return q  # another name mostly of words the store name lacks ("Multinational Division North")
    kept = [m for m in q.mentions if m.end <= s or m.start >= e]
    kept.append(QMention(eid, typ, s, e, q.text[s:e]))  # type: ignore[arg-type]
    q.mentions = sorted(kept, key=lambda m: m.start)
    return q

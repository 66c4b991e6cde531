"""Every trigger lexicon of a relation family, matched over a sentence in one pass.

A family's language module (``lang/<code>/rel_<family>.py``) holds many lexicons (upper-case lists
of patterns, see :mod:`allygraph.extract.lexicon`). Looking each one up separately walks the
sentence's tokens once per lexicon; :class:`TriggerIndex` compiles all of them together instead:
every distinct token pattern gets an id, each word (a lower-cased surface or a lemma) is mapped
once per process to the ids that accept it, and a sentence costs one dictionary look-up per token
plus a check of the few patterns whose first token occurs. A sentence without any first word is
rejected after that one pass.

The results are those of ``Lexicon.find`` for each lexicon: at each position the longest pattern
(the earlier one on ties), non-overlapping, left to right. They are memoised per sentence of a
:class:`~allygraph.extract.context.DocContext` (weakly keyed, so nothing outlives the document).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from weakref import WeakKeyDictionary, ref

from ..model import Token
from .context import DocContext, SentenceView, lang_data
from .lexicon import Match

__all__ = ["TriggerIndex", "index_for", "sentence_triggers", "doc_cache"]

_EMPTY: frozenset[int] = frozenset()


class TriggerIndex:
    """All the lexicons of one language data module, compiled for one-pass matching."""

    def __init__(self, lexicons: dict[str, Sequence[str]]) -> None:
        spec_ids: dict[str, int] = {}
        self._exact: dict[str, set[int]] = {}
        self._stems: dict[str, set[int]] = {}
        self._wild: set[int] = set()
        # (lexicon name, pattern text, token spec ids), in each lexicon's own order
        self._patterns: list[tuple[str, str, tuple[int, ...]]] = []
        for name in sorted(lexicons):
            for raw in lexicons[name]:
                pat = raw.strip()
                if not pat:
                    continue
                ids = tuple(self._spec(tok, spec_ids) for tok in pat.split())
                self._patterns.append((name, pat, ids))
        self._by_first: dict[int, list[int]] = {}
        for k, (_, _, ids) in enumerate(self._patterns):
            self._by_first.setdefault(ids[0], []).append(k)
        self._firsts = frozenset(self._by_first)
        self._wild_first = [k for k, (_, _, ids) in enumerate(self._patterns) if ids[0] in self._wild]
        self._stem_lens = sorted({len(s) for s in self._stems})
        self._words: dict[str, frozenset[int]] = {}
        self._pairs: dict[tuple[str, str], frozenset[int]] = {}  # (surface, lemma) -> ids
        self._starting: set[tuple[str, str]] = set()  # the pairs some pattern can start with
        self.names = frozenset(name for name, _, _ in self._patterns)

    def _spec(self, tok: str, spec_ids: dict[str, int]) -> int:
        got = spec_ids.get(tok)
        if got is not None:
            return got
        sid = spec_ids[tok] = len(spec_ids)
        if tok == "?":
            self._wild.add(sid)
            return sid
        for alt in tok.split("|"):
            alt = alt.casefold()
            if alt.endswith("*") and len(alt) > 1:
                self._stems.setdefault(alt[:-1], set()).add(sid)
            elif alt and alt != "?":
                self._exact.setdefault(alt, set()).add(sid)
        return sid

    def accepts(self, word: str) -> frozenset[int]:
        """The token pattern ids that accept ``word`` (already lower-cased), by equality or by stem."""
        got = self._words.get(word)
        if got is None:
            ids = set(self._exact.get(word, ()))
            for n in self._stem_lens:
                if n > len(word):
                    break
                hit = self._stems.get(word[:n])
                if hit:
                    ids |= hit
            got = frozenset(ids) if ids else _EMPTY
            if len(self._words) > 500_000:
                self._words.clear()
            self._words[word] = got
        return got

    def find_all(self, tokens: Sequence[Token]) -> dict[str, list[Match]]:
        """Every lexicon's matches in these tokens (lexicons without a match are absent)."""
        pairs, firsts = self._pairs, self._firsts
        keys = [(t.text, t.lemma) for t in tokens]
        if not all(key in pairs for key in keys):
            if len(pairs) > 500_000:
                pairs.clear()
                self._starting.clear()
            for key in keys:
                if key not in pairs:
                    ids = pairs[key] = self.accepts(key[0].casefold()) | self.accepts(key[1])
                    if ids & firsts:
                        self._starting.add(key)
        sets = [pairs[key] for key in keys]
        starting = self._starting
        starts = [i for i, key in enumerate(keys) if key in starting]  # where some pattern's first token occurs
        if self._wild_first:
            hit = set(starts)  # a pattern starting with "?" can start at any word
            starts = [i for i, t in enumerate(tokens) if i in hit or not t.is_punct]
        if not starts:
            return {}
        n = len(tokens)
        patterns, wild, by_first = self._patterns, self._wild, self._by_first
        free: dict[str, int] = {}  # per lexicon: the first token not inside an earlier match
        out: dict[str, list[Match]] = {}
        for i in starts:
            here = sets[i] & firsts
            if len(here) == 1:
                cand = by_first[next(iter(here))]
            else:
                cand = sorted(k for sid in here for k in by_first[sid])
            if self._wild_first and not tokens[i].is_punct:
                cand = sorted(cand + self._wild_first)
            best: dict[str, tuple[int, int]] = {}  # lexicon -> (length, pattern index)
            for k in cand:
                name, _, pids = patterns[k]
                m = len(pids)
                if i + m > n or free.get(name, 0) > i or (name in best and m <= best[name][0]):
                    continue
                j = 1
                while j < m:
                    sid = pids[j]
                    if sid not in sets[i + j] and (sid not in wild or tokens[i + j].is_punct):
                        break
                    j += 1
                if j == m:
                    best[name] = (m, k)
            for name, (m, k) in best.items():
                out.setdefault(name, []).append(
                    Match(i, i + m - 1, tokens[i].start, tokens[i + m - 1].end, patterns[k][1]))
                free[name] = i + m
        return out


@lru_cache(maxsize=None)
def index_for(lang: str, module: str) -> TriggerIndex:
    """The trigger index of ``lang/<lang>/<module>.py``: every upper-case *list* of patterns in it
    (an upper-case tuple is a plain word set, such as prepositions, not a trigger lexicon)."""
    mod = lang_data(lang, module)
    lexicons: dict[str, Sequence[str]] = {}
    for name in dir(mod) if mod else ():
        val = getattr(mod, name)
        if name.isupper() and isinstance(val, list) and all(isinstance(x, str) for x in val):
            lexicons[name] = val
    return TriggerIndex(lexicons)


_DOC_CACHES: WeakKeyDictionary[DocContext, dict[object, object]] = WeakKeyDictionary()
_LAST: tuple[Callable[[], object], dict[object, object]] = (lambda: None, {})  # the last context, its cache


def doc_cache(ctx: DocContext) -> dict[object, object]:
    """A scratch dictionary that lives as long as the document's context."""
    global _LAST
    last = _LAST  # one read, one write: a pair, never half-updated
    if last[0]() is ctx:
        return last[1]
    got = _DOC_CACHES.get(ctx)
    if got is None:
        got = _DOC_CACHES[ctx] = {}
    _LAST = (ref(ctx), got)
    return got


def sentence_triggers(view: SentenceView, module: str) -> dict[str, list[Match]]:
    """All lexicon matches of ``module`` in this sentence, computed once per sentence."""
    per = doc_cache(view.ctx).get(module)
    if per is None:
        per = doc_cache(view.ctx)[module] = [None] * len(view.ctx.views)
    got = per[view.index]  # type: ignore[index]
    if got is None:
        got = per[view.index] = index_for(view.lang, module).find_all(view.tokens)  # type: ignore[index]
    return got

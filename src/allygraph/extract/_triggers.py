"""Every trigger lexicon of a relation family, matched over a sentence in one pass.

A family's language module (``lang/<code>/rel_<family>.py``) holds many lexicons (upper-case lists
of patterns, see :mod:`allygraph.extract.lexicon`). Looking each one up separately walks the
sentence's tokens once per lexicon; :class:`TriggerIndex` compiles all of them together instead:
every distinct token pattern gets an id in the process-wide registry of
:mod:`allygraph.extract.lexicon`, and the sentence's :class:`~allygraph.extract.lexicon.TokenIndex`
(its words looked up once for every lexicon) tells where each id occurs, so a module costs a check
of the few patterns whose first token occurs. A sentence without any first word is rejected by one
set test.

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
from .lexicon import REGISTRY, Match, TokenIndex, rest_matches, token_index

__all__ = ["TriggerIndex", "index_for", "sentence_triggers", "doc_cache"]

class TriggerIndex:
    """All the lexicons of one language data module, compiled for one-pass matching."""

    def __init__(self, lexicons: dict[str, Sequence[str]]) -> None:
        # (lexicon name, pattern text, token pattern ids), in each lexicon's own order
        self._patterns: list[tuple[str, str, tuple[int, ...]]] = []
        for name in sorted(lexicons):
            for raw in lexicons[name]:
                pat = raw.strip()
                if not pat:
                    continue
                self._patterns.append((name, pat, tuple(REGISTRY.spec(tok) for tok in pat.split())))
        self._by_first: dict[int, list[int]] = {}
        for k, (_, _, ids) in enumerate(self._patterns):
            self._by_first.setdefault(ids[0], []).append(k)
        self._firsts = frozenset(self._by_first)
        self._wild_first = [k for k, (_, _, ids) in enumerate(self._patterns) if ids[0] in REGISTRY.wild]
        self.names = frozenset(name for name, _, _ in self._patterns)
        # a token's pattern ids -> the patterns that can start there, as (lexicon, text, ids,
        # length) in pattern order (filled as token sets come; only without patterns starting with "?")
        self._cands: dict[frozenset[int], list[tuple[str, str, tuple[int, ...], int]]] = {}

    def find_all(self, tokens: Sequence[Token]) -> dict[str, list[Match]]:
        """Every lexicon's matches in these tokens (lexicons without a match are absent)."""
        return self.find_all_in(token_index(tokens))

    def find_all_in(self, ix: TokenIndex) -> dict[str, list[Match]]:
        """:meth:`find_all` over an already indexed token list."""
        if ix.version != REGISTRY.version:
            ix.refresh()
        firsts, tokens, sets = self._firsts, ix.tokens, ix.sets
        if self._wild_first:  # a pattern starting with "?" can start at any word
            starts = [i for i, t in enumerate(tokens) if not t.is_punct or sets[i] & firsts]
        else:
            if firsts.isdisjoint(ix.present):
                return {}
            hit = firsts.intersection(ix.present)
            where = ix.where
            starts = where[next(iter(hit))] if len(hit) == 1 else sorted({i for sid in hit for i in where[sid]})
        if not self._wild_first:
            return self._find_plain(tokens, sets, starts)
        n = len(tokens)
        patterns, wild, by_first = self._patterns, REGISTRY.wild, self._by_first
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
                if rest_matches(pids, m, i, sets, tokens, wild):
                    best[name] = (m, k)
            for name, (m, k) in best.items():
                out.setdefault(name, []).append(
                    Match(i, i + m - 1, tokens[i].start, tokens[i + m - 1].end, patterns[k][1]))
                free[name] = i + m
        return out

    def _find_plain(self, tokens: Sequence[Token], sets: list[frozenset[int]],
                    starts: Sequence[int]) -> dict[str, list[Match]]:
        """:meth:`find_all_in` when no pattern starts with "?" (the same matches, with the candidate
        patterns of each token's look-up result kept)."""
        n = len(tokens)
        wild, cands = REGISTRY.wild, self._cands
        free: dict[str, int] = {}  # per lexicon: the first token not inside an earlier match
        out: dict[str, list[Match]] = {}
        for i in starts:
            here = sets[i]
            cand = cands.get(here)
            if cand is None:
                cand = cands[here] = self._candidates(here)
            best: dict[str, tuple[int, str]] = {}  # lexicon -> (length, pattern text)
            for name, pat, pids, m in cand:
                if i + m > n or free.get(name, 0) > i:
                    continue
                got = best.get(name)
                if got is not None and m <= got[0]:
                    continue
                j = 1  # rest_matches() inlined: this loop is the hot path of extraction (a call costs ~5 %)
                while j < m:
                    sid = pids[j]
                    if sid not in sets[i + j] and (sid not in wild or tokens[i + j].is_punct):
                        break
                    j += 1
                if j == m:
                    best[name] = (m, pat)
            for name, (m, pat) in best.items():
                got_list = out.get(name)
                match = Match(i, i + m - 1, tokens[i].start, tokens[i + m - 1].end, pat)
                if got_list is None:
                    out[name] = [match]
                else:
                    got_list.append(match)
                free[name] = i + m
        return out

    def _candidates(self, here: frozenset[int]) -> list[tuple[str, str, tuple[int, ...], int]]:
        by_first = self._by_first
        ks = sorted(k for sid in here if sid in by_first for k in by_first[sid])
        return [(*self._patterns[k], len(self._patterns[k][2])) for k in ks]


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
    key = ("triggers", module)
    got = view.memo.get(key)
    if got is None:
        got = view.memo[key] = index_for(view.sent.lang, module).find_all_in(view.indexed())
    return got  # type: ignore[return-value]

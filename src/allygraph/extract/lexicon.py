"""Trigger lexicons: word patterns matched over a sentence's tokens.

A pattern is a string of space-separated token patterns; each token pattern is one of

* ``word``     the token's lower-cased surface or its lemma equals ``word``;
* ``stem*``    the lower-cased surface starts with ``stem`` (Latvian inflection: ``akreditē*``
               matches akreditēts, akreditēti, akreditējusi);
* ``a|b|c*``   any of the alternatives;
* ``?``        any single token.

So ``"framework nation"``, ``"under the lead of"``, ``"vad*"``, ``"kopā ar"`` are patterns.
Lexicons are plain lists of such strings kept in ``lang/<code>/`` as data.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import compress
from operator import attrgetter
from typing import cast

from ..model import Token

__all__ = ["Lexicon", "Match", "TokenIndex", "token_index", "rest_matches", "REGISTRY"]


@dataclass(frozen=True, slots=True)
class Match:
    first: int  # index of the first token
    last: int  # index of the last token (inclusive)
    start: int  # character offsets
    end: int
    pattern: str


class _Registry:
    """Every token pattern of every lexicon in the process, each with an id, and the ids that accept
    each word: a word is looked up once per process, whichever lexicons ask about it."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}  # token pattern -> id
        self.wild: set[int] = set()  # the ids of "?"
        self._exact: dict[str, set[int]] = {}
        self._stems: dict[str, set[int]] = {}
        self._stem_lens: list[int] = []
        self._pairs: dict[tuple[str, str], frozenset[int]] = {}  # (surface, lemma) -> ids
        self.version = 0  # bumped when a new token pattern makes earlier look-ups incomplete

    def spec(self, tok: str) -> int:
        got = self.ids.get(tok)
        if got is not None:
            return got
        sid = self.ids[tok] = len(self.ids)
        if tok == "?":
            self.wild.add(sid)
            return sid
        for alt in tok.split("|"):
            alt = alt.casefold()
            if alt.endswith("*") and len(alt) > 1:
                self._stems.setdefault(alt[:-1], set()).add(sid)
            elif alt and alt != "?":
                self._exact.setdefault(alt, set()).add(sid)
        self._stem_lens = sorted({len(x) for x in self._stems})
        self._pairs.clear()
        self.version += 1
        return sid

    def _accepts(self, word: str, into: set[int]) -> None:
        into.update(self._exact.get(word, ()))
        for n in self._stem_lens:
            if n > len(word):
                break
            hit = self._stems.get(word[:n])
            if hit:
                into.update(hit)

    def accepts(self, tok: Token) -> frozenset[int]:
        """The ids of the token patterns that accept this token (its lower-cased surface or its lemma)."""
        key = (tok.text, tok.lemma)
        got = self._pairs.get(key)
        if got is None:
            ids: set[int] = set()
            self._accepts(tok.text.casefold(), ids)
            self._accepts(tok.lemma, ids)
            got = frozenset(ids) if ids else _NONE
            if len(self._pairs) > 500_000:
                self._pairs.clear()
            self._pairs[key] = got
        return got


_NONE: frozenset[int] = frozenset()
_KEY = attrgetter("text", "lemma")
_REG = _Registry()
REGISTRY = _REG  # (for the one-pass trigger look-up of a whole module)


class TokenIndex:
    """One token list looked up once against every lexicon's token patterns: per token the pattern
    ids that accept it, and per id the positions where it occurs. Any lexicon's matches are then
    read off it (:meth:`Lexicon.find_in`) without another pass over the words."""

    __slots__ = ("tokens", "version", "sets", "where", "present")
    tokens: Sequence[Token]
    version: int  # the registry's version the look-ups are of
    sets: list[frozenset[int]]  # per token: the ids of the token patterns that accept it
    where: dict[int, list[int]]  # per id: the positions of the tokens it accepts
    present: frozenset[int]  # the ids that accept some token

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens = tokens
        self.refresh()

    def refresh(self) -> None:
        """Look the words up (again: a lexicon built since may accept some of them)."""
        tokens = self.tokens
        self.version = _REG.version
        found = list(map(_REG._pairs.get, map(_KEY, tokens)))  # (surface, lemma) -> ids, known words
        if None in found:
            for i in [i for i, ids in enumerate(found) if ids is None]:
                found[i] = _REG.accepts(tokens[i])
        sets = self.sets = cast(list[frozenset[int]], found)
        where: defaultdict[int, list[int]] = defaultdict(list)
        for i in compress(range(len(sets)), sets):  # the tokens some pattern accepts
            for sid in sets[i]:
                where[sid].append(i)
        self.where = dict(where)
        self.present = frozenset(where)


_INDEXES: dict[int, TokenIndex] = {}


def token_index(tokens: Sequence[Token]) -> TokenIndex:
    """The index of a token list, cached for the last few hundred lists (a sentence is looked up by
    many lexicons; the cache keeps each list alive, so an id is never reused while cached)."""
    got = _INDEXES.get(id(tokens))
    if got is not None and got.tokens is tokens and got.version == _REG.version:
        return got
    if len(_INDEXES) > 512:
        _INDEXES.clear()
    got = _INDEXES[id(tokens)] = TokenIndex(tokens)
    return got


def rest_matches(pids: Sequence[int], m: int, i: int, sets: Sequence[frozenset[int]], tokens: Sequence[Token],
                 wild: frozenset[int] | set[int]) -> bool:
    """Whether the token patterns ``pids[1:m]`` accept the tokens after position ``i`` (a pattern's
    first token is checked by the caller's look-up; "?" accepts any token but punctuation)."""
    for j in range(1, m):
        sid = pids[j]
        if sid not in sets[i + j] and (sid not in wild or tokens[i + j].is_punct):
            return False
    return True


class Lexicon:
    """A compiled set of trigger patterns."""

    def __init__(self, patterns: Iterable[str]) -> None:
        self.patterns = [p for p in (x.strip() for x in patterns) if p]
        self._ids = [tuple(_REG.spec(t) for t in p.split()) for p in self.patterns]
        by_first: dict[int, list[int]] = {}
        for k, ids in enumerate(self._ids):
            by_first.setdefault(ids[0], []).append(k)
        wild = _REG.wild
        self._wild_first = [k for k, ids in enumerate(self._ids) if ids[0] in wild]
        self._by_first = {sid: ks for sid, ks in by_first.items() if sid not in wild}
        self._firsts = frozenset(self._by_first)
        # a token's pattern ids -> the patterns that can start there, as (length, ids, index) in
        # pattern order (filled as token sets come; only without patterns starting with "?")
        self._cands: dict[frozenset[int], list[tuple[int, tuple[int, ...], int]]] = {}

    def __bool__(self) -> bool:
        return bool(self.patterns)

    def find(self, tokens: Sequence[Token]) -> list[Match]:
        """Every match, longest first at each position, non-overlapping, left to right."""
        if not self.patterns:
            return []
        return self.find_in(token_index(tokens))

    def find_in(self, ix: TokenIndex) -> list[Match]:
        """:meth:`find` over an already indexed token list."""
        out: list[Match] = []
        if not self.patterns:
            return out
        if ix.version != _REG.version:
            ix.refresh()
        if not self._wild_first:
            if self._firsts.isdisjoint(ix.present):
                return out
            return self._find_plain(ix, out)
        if self._wild_first:
            starts = [i for i, t in enumerate(ix.tokens) if not t.is_punct or ix.sets[i] & self._firsts]
        else:
            hit = self._firsts & ix.present
            if not hit:
                return out
            where = ix.where
            starts = where[next(iter(hit))] if len(hit) == 1 else sorted({i for sid in hit for i in where[sid]})
        by_first = self._by_first
        tokens, sets, wild, ids_of = ix.tokens, ix.sets, _REG.wild, self._ids
        n = len(tokens)
        free = 0  # the first token not inside an earlier match
        for i in starts:
            if i < free:
                continue
            here = [sid for sid in sets[i] if sid in by_first]
            if len(here) == 1 and not self._wild_first:
                cand: Sequence[int] = by_first[here[0]]
            else:
                cand = sorted({k for sid in here for k in by_first[sid]})
                if self._wild_first and not tokens[i].is_punct:
                    cand = sorted(set(cand) | set(self._wild_first))
            best_m, best_k = 0, -1
            for k in cand:
                pids = ids_of[k]
                m = len(pids)
                if m <= best_m or i + m > n:
                    continue
                if rest_matches(pids, m, i, sets, tokens, wild):
                    best_m, best_k = m, k
            if best_k >= 0:
                last = i + best_m - 1
                out.append(Match(i, last, tokens[i].start, tokens[last].end, self.patterns[best_k]))
                free = last + 1
        return out

    def _find_plain(self, ix: TokenIndex, out: list[Match]) -> list[Match]:
        """:meth:`find_in` for a lexicon without patterns starting with "?" (the same matches, with
        the candidate patterns of each token's look-up result kept)."""
        hit = self._firsts & ix.present
        where = ix.where
        starts = where[next(iter(hit))] if len(hit) == 1 else sorted({i for sid in hit for i in where[sid]})
        tokens, sets, wild, cands = ix.tokens, ix.sets, _REG.wild, self._cands
        n = len(tokens)
        free = 0  # the first token not inside an earlier match
        for i in starts:
            if i < free:
                continue
            here = sets[i]
            cand = cands.get(here)
            if cand is None:
                cand = cands[here] = self._candidates(here)
            best_m, best_k = 0, -1
            for m, pids, k in cand:
                if m <= best_m or i + m > n:
                    continue
                j = 1  # rest_matches() inlined: this loop is the hot path of extraction (a call costs ~5 %)
                while j < m:
                    sid = pids[j]
                    if sid not in sets[i + j] and (sid not in wild or tokens[i + j].is_punct):
                        break
                    j += 1
                if j == m:
                    best_m, best_k = m, k
            if best_k >= 0:
                last = i + best_m - 1
                out.append(Match(i, last, tokens[i].start, tokens[last].end, self.patterns[best_k]))
                free = last + 1
        return out

    def _candidates(self, here: frozenset[int]) -> list[tuple[int, tuple[int, ...], int]]:
        by_first = self._by_first
        ks = sorted({k for sid in here if sid in by_first for k in by_first[sid]})
        return [(len(self._ids[k]), self._ids[k], k) for k in ks]

    def first(self, tokens: Sequence[Token]) -> Match | None:
        found = self.find(tokens)
        return found[0] if found else None

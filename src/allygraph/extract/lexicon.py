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

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..model import Token

__all__ = ["Lexicon", "Match"]


@dataclass(frozen=True, slots=True)
class Match:
    first: int  # index of the first token
    last: int  # index of the last token (inclusive)
    start: int  # character offsets
    end: int
    pattern: str


def _compile_token(p: str) -> tuple[frozenset[str], tuple[str, ...], bool]:
    exact: set[str] = set()
    stems: list[str] = []
    wildcard = p == "?"
    for alt in p.split("|"):
        alt = alt.casefold()
        if alt.endswith("*") and len(alt) > 1:
            stems.append(alt[:-1])
        elif alt and alt != "?":
            exact.add(alt)
    return frozenset(exact), tuple(stems), wildcard


class Lexicon:
    """A compiled set of trigger patterns."""

    def __init__(self, patterns: Iterable[str]) -> None:
        self.patterns = [p for p in (x.strip() for x in patterns) if p]
        self._compiled = [(p, [_compile_token(t) for t in p.split()]) for p in self.patterns]
        self._first_exact: set[str] = set()
        self._first_stems: list[str] = []
        self._first_any = False
        for _, toks in self._compiled:
            ex, st, wc = toks[0]
            self._first_exact |= ex
            self._first_stems.extend(st)
            self._first_any |= wc

    def __bool__(self) -> bool:
        return bool(self.patterns)

    @staticmethod
    def _tok_ok(tok: Token, spec: tuple[frozenset[str], tuple[str, ...], bool]) -> bool:
        exact, stems, wildcard = spec
        if wildcard:
            return not tok.is_punct
        low = tok.text.casefold()
        return low in exact or tok.lemma in exact or any(low.startswith(s) for s in stems)

    def find(self, tokens: Sequence[Token]) -> list[Match]:
        """Every match, longest first at each position, non-overlapping, left to right."""
        out: list[Match] = []
        i, n = 0, len(tokens)
        while i < n:
            tok = tokens[i]
            low = tok.text.casefold()
            if not (self._first_any or low in self._first_exact or tok.lemma in self._first_exact
                    or any(low.startswith(s) for s in self._first_stems)):
                i += 1
                continue
            best: Match | None = None
            for pat, toks in self._compiled:
                k = len(toks)
                if i + k > n or (best and k <= best.last - best.first + 1):
                    continue
                if all(self._tok_ok(tokens[i + j], toks[j]) for j in range(k)):
                    best = Match(i, i + k - 1, tokens[i].start, tokens[i + k - 1].end, pat)
            if best:
                out.append(best)
                i = best.last + 1
            else:
                i += 1
        return out

    def first(self, tokens: Sequence[Token]) -> Match | None:
        found = self.find(tokens)
        return found[0] if found else None

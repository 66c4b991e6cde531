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

import re
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


_Spec = tuple[re.Pattern[str] | None, bool]  # (matcher over surface and lemma, wildcard)


def _matcher(exact: Iterable[str], stems: Iterable[str]) -> re.Pattern[str] | None:
    """One regex that matches a lower-cased word equal to an exact word or starting with a stem."""
    alts = [re.escape(s) for s in sorted(set(stems), key=lambda x: (-len(x), x))]
    alts += [re.escape(w) + r"\Z" for w in sorted(set(exact), key=lambda x: (-len(x), x))]
    return re.compile("|".join(alts)) if alts else None


def _compile_token(p: str) -> _Spec:
    exact: set[str] = set()
    stems: list[str] = []
    for alt in p.split("|"):
        alt = alt.casefold()
        if alt.endswith("*") and len(alt) > 1:
            stems.append(alt[:-1])
        elif alt and alt != "?":
            exact.add(alt)
    return _matcher(exact, stems), p == "?"


_LOWS: dict[int, tuple[Sequence[Token], list[str], str]] = {}


def _lows(tokens: Sequence[Token]) -> tuple[list[str], str]:
    """Lower-cased surfaces of a token list and one string of surfaces and lemmas, each word between
    NUL separators, cached for the last few lists (one sentence is looked up by many lexicons)."""
    hit = _LOWS.get(id(tokens))
    if hit is not None and hit[0] is tokens:
        return hit[1], hit[2]
    if len(_LOWS) > 64:
        _LOWS.clear()
    lows = [t.text.casefold() for t in tokens]
    joined = "\x00" + "\x00".join(lows) + "\x00" + "\x00".join(t.lemma for t in tokens) + "\x00"
    _LOWS[id(tokens)] = (tokens, lows, joined)
    return lows, joined


class Lexicon:
    """A compiled set of trigger patterns."""

    def __init__(self, patterns: Iterable[str]) -> None:
        self.patterns = [p for p in (x.strip() for x in patterns) if p]
        self._compiled = [(p, [_compile_token(t) for t in p.split()]) for p in self.patterns]
        self._first_any = any(toks[0][1] for _, toks in self._compiled)
        exact: set[str] = set()
        stems: list[str] = []
        for p in self.patterns:
            for alt in p.split()[0].split("|"):
                alt = alt.casefold()
                if alt.endswith("*") and len(alt) > 1:
                    stems.append(alt[:-1])
                elif alt and alt != "?":
                    exact.add(alt)
        self._first = _matcher(exact, stems)
        alts = [re.escape(x) for x in sorted(set(stems), key=lambda x: (-len(x), x))]
        alts += [re.escape(w) + "(?=\x00)" for w in sorted(exact, key=lambda x: (-len(x), x))]
        # quick reject: one C-level search over the sentence before any per-token work
        self._screen = re.compile("\x00(?:" + "|".join(alts) + ")") if alts else None

    def __bool__(self) -> bool:
        return bool(self.patterns)

    @staticmethod
    def _ok(tok: Token, low: str, spec: _Spec) -> bool:
        rx, wildcard = spec
        if wildcard:
            return not tok.is_punct
        return rx is not None and (rx.match(low) is not None or rx.match(tok.lemma) is not None)

    def find(self, tokens: Sequence[Token]) -> list[Match]:
        """Every match, longest first at each position, non-overlapping, left to right."""
        out: list[Match] = []
        if not self.patterns:
            return out
        lows, joined = _lows(tokens)
        if not self._first_any and (self._screen is None or self._screen.search(joined) is None):
            return out
        first = self._first
        i, n = 0, len(tokens)
        while i < n:
            if not self._first_any and (first is None or (first.match(lows[i]) is None
                                                           and first.match(tokens[i].lemma) is None)):
                i += 1
                continue
            best: Match | None = None
            for pat, toks in self._compiled:
                k = len(toks)
                if i + k > n or (best and k <= best.last - best.first + 1):
                    continue
                if all(self._ok(tokens[i + j], lows[i + j], toks[j]) for j in range(k)):
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

"""Numbers in Latvian and English text -> :class:`~allygraph.model.NumberExpr`.

Finds numbers written in digits ("74", "1500", "1 500", "1,500", "1,5 milj.", "2.5 million")
and in words, with their inflections ("septiņās" = 7, "astoņus" = 8, "divdesmit divi" = 22,
"seventy-four" = 74, "two hundred" = 200), and the bound a phrase before them puts on them
("vairāk nekā 1500" -> ``>``, "aptuveni 300" -> ``~``, "at least" -> ``>=``, "fewer than"
-> ``<``, "up to" -> ``<=``). Word lists and bound phrases live in ``lang/<code>/numbers.py``.

Not numbers: years and dates (every span :func:`allygraph.nlp.times.find_times` finds, unless
the caller passes its own ``exclude`` spans), a bare four-digit year-like number followed by a
capitalised word ("the 2022 Strategic Concept"), Latvian ordinals ("5. decembrī", "3.
brigāde"), English ordinals ("21st"), list markers ("1. " at the start of a line), phone
numbers, e-mail addresses and URLs, digits glued to letters ("COVID-19", "F-35"), section
numbers ("5.1.2") and clock times ("10:30"). A lone "one"/"viens" used as a pronoun ("one of",
"viens no") is skipped; Latvian "viens" forms count only inside a compound or after a bound.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from allygraph.lang.en import numbers as en_num
from allygraph.lang.lv import numbers as lv_num
from allygraph.model import NumberExpr

__all__ = ["find_numbers"]

_LV_ORDINAL_AFTER = re.compile(r"\.\s*[a-zāčēģīķļņšūž]")
_LOWER_WORD_AFTER = re.compile(r"\s+[a-zāčēģīķļņšūž]")
_WORDS = re.compile(r"\w+")
_DIGITS = re.compile(  # "(?=\d)" first lets the engine skip ahead to digits
    r"(?=\d)(?<![\w.,/:+-])(?P<n>\d{1,3}(?:(?P<sep>[ ,])\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)(?!\w|[.,:/]\d)")
# What looks like a number but is not: one alternative each, with a screen that tells whether a text
# can contain a match of it. Only the alternatives a text passes the screens of are scanned for: the
# same matches as scanning for all of them, at a fraction of the cost. A screen gets the text, its
# lower-cased form and whether it holds the long s ("ſ" matches "s" under re.I but does not
# lower-case to it, so such a text passes every word screen).
_Screen = Callable[[str, str, bool], bool]


def _words(*words: str) -> _Screen:
    """Passes a text whose lower-cased form contains one of ``words``."""
    return lambda text, lowered, odd: odd or any(w in lowered for w in words)


def _plus_or_00(text: str, lowered: str, odd: bool) -> bool:
    """Passes a text with a "+" or a "00" that starts a word (the "\\b00" of the pattern)."""
    if "+" in text:
        return True
    at = text.find("00")
    while at != -1:
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_"):
            return True
        at = text.find("00", at + 1)
    return False


def _at_line_start(rx: re.Pattern[str]) -> _Screen:
    """Passes a text where ``rx`` matches at the start of a line."""
    def screen(text: str, lowered: str, odd: bool) -> bool:
        if rx.match(text):
            return True
        at = text.find("\n")
        while at != -1:
            if rx.match(text, at + 1):
                return True
            at = text.find("\n", at + 1)
        return False
    return screen


_NOT_NUMBER_PARTS: tuple[tuple[str, _Screen], ...] = (
    (r"(?:\+|\b00)\d[\d\s().\-/]{6,}\d", _plus_or_00),  # international phone numbers
    (r"\b(?:tel|tālr|tālrunis|phone|fax|fakss|mob)\.?:?\s*[\d\s().\-/+]{5,}\d",
     _words("tel", "tālr", "phone", "fax", "fakss", "mob")),
    (r"\S+@\S+", _words("@")),
    (r"\bhttps?://\S+|\bwww\.\S+", _words("http", "www.")),
    (r"^[ \t]*(?:\d{1,3}[.)])(?=\s)", _at_line_start(re.compile(r"[ \t]*\d{1,3}[.)]\s"))),  # list markers
)
_ODD_CASE = "ſ"


def _not_numbers(text: str) -> Iterable[re.Match[str]]:
    """Phone numbers, e-mail addresses, URLs and list markers in ``text``."""
    lowered, odd = text.lower(), _ODD_CASE in text
    rx = _not_numbers_rx(tuple(screen(text, lowered, odd) for _, screen in _NOT_NUMBER_PARTS))
    return rx.finditer(text) if rx is not None else ()


@cache
def _not_numbers_rx(present: tuple[bool, ...]) -> re.Pattern[str] | None:
    parts = [p for (p, _), ok in zip(_NOT_NUMBER_PARTS, present) if ok]
    return re.compile("|".join(parts), re.I | re.M) if parts else None


@dataclass(frozen=True, slots=True)
class _Lang:
    words: dict[str, int]
    multipliers: dict[str, int]
    word_run: re.Pattern[str]
    multiplier_after: re.Pattern[str]
    bound_before: re.Pattern[str]
    bounds: dict[str, str]
    pronoun_followers: frozenset[str]
    pronoun_preceders: frozenset[str]
    decimal: str


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _trie(words: Iterable[str]) -> str:
    """The same alternation as :func:`_alt` written as a prefix tree ("(?:div(?:desmit|i|)|...)"): two
    words can match at one place only when one is a prefix of the other, and the longer is still
    tried first, so the matches are the same; the regex engine no longer tries every word at every
    word start."""
    root: dict[str, Any] = {}
    for w in set(words):
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        parts = [re.escape(ch) + emit(node[ch]) for ch in sorted(node) if ch]
        if "" in node:
            parts.append("")  # the word ending here: after every longer one
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    return emit(root)


@cache
def _lang(lang: str) -> _Lang:
    mod = lv_num if lang == "lv" else en_num
    words = mod.number_words()
    mults = mod.MULTIPLIERS
    vocab = _trie(list(words) + list(mults))
    if lang == "lv":
        run = r"(?<!\w)(?:" + vocab + r")(?:\s+(?:" + vocab + r"))*(?!\w)"
        mult_words = r"(?:" + _alt(mults) + r")\.?"
    else:
        run = r"(?<![\w-])(?:" + vocab + r")(?:(?:\s+and\s+|[\s-]+)(?:" + vocab + r"))*(?![\w-])"
        mult_words = r"(?:" + _alt(mults) + r")"
    bound_before = re.compile(r"(?:^|(?<=[^\w]))(" + _alt(mod.BOUNDS) + r")\s*$", re.I)
    return _Lang(words, mults, re.compile(run, re.I), re.compile(r"^\s+(" + mult_words + r")(?!\w)", re.I),
                 bound_before, {k.lower(): v for k, v in mod.BOUNDS.items()},
                 frozenset(mod.PRONOUN_FOLLOWERS), frozenset(mod.PRONOUN_PRECEDERS), mod.DECIMAL_SEPARATOR)


def _parse_digits(raw: str, sep: str | None, decimal: str) -> int | float | None:
    if sep:  # grouped thousands: "1 500", "1,500", "12,500.5"
        return _num(raw.replace(sep, ""))
    if "," in raw:
        head, tail = raw.split(",")
        if decimal == "." and len(tail) == 3:
            return _num(head + tail)  # "1,500" in English
        return _num(head + "." + tail)
    return _num(raw)


def _num(s: str) -> int | float | None:
    try:
        v = float(s)
    except ValueError:
        return None
    return int(v) if v.is_integer() and "." not in s else v


def _parse_words(words: list[str], L: _Lang) -> int | None:
    total, current, seen = 0, 0, False
    for w in words:
        lw = w.lower().rstrip(".")
        if lw in L.words:
            current += L.words[lw]
            seen = True
        elif lw in L.multipliers:
            m = L.multipliers[lw]
            if m == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * m
                current = 0
            seen = True
    return total + current if seen else None


def _prev_word(text: str, pos: int) -> str:
    m = re.search(r"(\w+)\W*$", text[max(0, pos - 30):pos])
    return m.group(1).lower() if m else ""


def _next_word(text: str, pos: int) -> str:
    m = re.match(r"\W*?(\w+)", text[pos:pos + 30])
    return m.group(1).lower() if m else ""


class _Spans:
    """Sorted, merged spans with an O(log n) overlap test."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [m[0] for m in merged]
        self.ends = [m[1] for m in merged]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start) - 1
        if i >= 0 and self.ends[i] > start:
            return True
        return i + 1 < len(self.starts) and self.starts[i + 1] < end


def find_numbers(text: str, lang: str, exclude: Iterable[tuple[int, int]] | None = None) -> list[NumberExpr]:
    """Numbers in ``text`` with their bounds, sorted by start; ``exclude``: spans that are not
    numbers (by default the time expressions :func:`find_times` finds)."""
    L = _lang("lv" if lang == "lv" else "en")
    if exclude is None:
        from .times import find_times

        spans = [(t.start, t.end) for t in find_times(text, lang)]
    else:
        spans = list(exclude)
    spans += [m.span() for m in _not_numbers(text)]
    skip = _Spans(spans)
    found: list[tuple[int, int, int | float, bool]] = []  # start, end, value, is_word

    for m in _DIGITS.finditer(text):
        s, e = m.span()
        if skip.overlaps(s, e):
            continue
        raw, sep = m.group("n"), m.group("sep")
        after = text[e:e + 3]
        if lang == "lv" and _LV_ORDINAL_AFTER.match(after) and not sep:
            continue  # a Latvian ordinal: "5. decembrī", "3. brigāde"
        value = _parse_digits(raw, sep, L.decimal)
        if value is None:
            continue
        if (not sep and len(raw) == 4 and raw.isdigit() and 1900 <= value <= 2099
                and not L.bound_before.search(text[max(0, s - 30):s])
                and not _LOWER_WORD_AFTER.match(text[e:e + 2])):
            continue  # a year the time grammar did not claim ("the 2022 Strategic Concept")
        mm = L.multiplier_after.match(text[e:e + 20])
        if mm:
            mult = L.multipliers.get(mm.group(1).lower().rstrip("."), 1)
            value = value * mult
            value = int(value) if float(value).is_integer() else value
            e += mm.end()
        found.append((s, e, value, False))

    for m in L.word_run.finditer(text):
        s, e = m.span()
        if skip.overlaps(s, e):
            continue
        words = _WORDS.findall(m.group())
        value = _parse_words(words, L)
        if value is None or all(w.lower() in L.multipliers for w in words):
            continue
        if len(words) == 1 and value == 1:
            nxt, prev = _next_word(text, e), _prev_word(text, s)
            bounded = L.bound_before.search(text[max(0, s - 30):s])
            if nxt in L.pronoun_followers or prev in L.pronoun_preceders or (lang == "lv" and not bounded):
                continue
        found.append((s, e, value, True))

    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out: list[NumberExpr] = []
    last_end = -1
    for s, e, value, _is_word in found:
        if s < last_end:
            continue
        bound = None
        b = L.bound_before.search(text[max(0, s - 30):s])
        if b:
            bound = L.bounds.get(re.sub(r"\s+", " ", b.group(1).lower()))
            s = s - (len(text[max(0, s - 30):s]) - b.start(1))
        out.append(NumberExpr(start=s, end=e, value=value, bound=bound, text=text[s:e]))
        last_end = e
    return out

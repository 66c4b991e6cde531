"""Paragraphs, sentences and tokens with character offsets.

``segment(text, doc_lang)`` returns ``(paragraphs, sentences)``:

* **Paragraphs** are blocks of lines separated by blank lines; inside a block, every list item
  ("- ", "• ", "* ", "1. ", "a) ") and every heading (a short line without final punctuation,
  or a line ending in ":") is a paragraph of its own. A block whose lines are long (over
  ``_WRAP_WIDTH`` characters: one paragraph a line, as in news text) is split at every line;
  a hard-wrapped block (PDF, e-mail) is kept together. Each paragraph gets its own language.
* **Sentences** end at ``.``, ``!``, ``?`` or ``…`` followed by a space and a capital letter,
  digit or opening quote — except after an abbreviation from ``lang/<code>/abbreviations.py``
  (ģen., t.sk., piem., Dr., e.g.) or an initial (J. Stoltenberg). Latvian ordinals and dates
  ("2017. gada", "5. decembrī", "30.novembra") never split because a lower-case word follows.
* **Tokens** are runs of word characters or single punctuation marks; each gets a lemma from
  :mod:`allygraph.nlp.lemma` in its paragraph's language.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager
from operator import attrgetter

from allygraph.lang.en import abbreviations as en_abbr
from allygraph.lang.lv import abbreviations as lv_abbr
from allygraph.lang.lv import months as lv_months
from allygraph.model import Sentence, Token

from .langid import detect
from .lemma import lemmatizer_for

__all__ = ["segment", "tokenize", "is_list_item", "is_heading"]

_WRAP_WIDTH = 120
_HEADING_MAX_CHARS = 100
_HEADING_MAX_WORDS = 14
_LIST_ITEM = re.compile(r"^\s*(?:[-•*·▪‣–—]\s+|(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)]\s+|\(\w{1,3}\)\s+)")
_TOKEN = re.compile(r"(\w+)|([^\w\s])")
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*\s+")
_FINAL_PUNCT = frozenset(".!?;,…")
_NEVER_FINAL = lv_abbr.NEVER_FINAL | en_abbr.NEVER_FINAL
_MAY_BE_FINAL = lv_abbr.MAY_BE_FINAL | en_abbr.MAY_BE_FINAL
_BEFORE_DIGIT = lv_abbr.BEFORE_DIGIT | en_abbr.BEFORE_DIGIT
_OPENERS = "\"'“„«([‘"
_LV_MONTHS = frozenset(lv_months.month_forms())
_GROUP, _START, _END, _LASTINDEX = re.Match.group, re.Match.start, re.Match.end, attrgetter("lastindex")
_IS_2 = (2).__eq__  # a match of the second group of _TOKEN: punctuation
_SURFACES: dict[str, dict[str, str]] = {}  # per language: token surface -> lemma
_MAX_SURFACES = 500_000


def is_list_item(line: str) -> bool:
    """A line that starts with a bullet ("- ", "• ", "* ") or an enumerator ("1. ", "a) ")."""
    m = _LIST_ITEM.match(line)
    if not m:
        return False
    marker = m.group(0).strip()
    if marker[:-1].isalpha() and marker.endswith(".") and len(marker) == 2 and marker[0].isupper():
        return False  # "J. Stoltenberg ..." is an initial, not an enumerator
    if marker[:-1].isdigit() and marker.endswith("."):
        word = line[m.end():].split(None, 1)[0].lower().rstrip(".,;:") if line[m.end():].strip() else ""
        if word in _LV_MONTHS or word.startswith(("gad", "g.")):
            return False  # "5. decembrī ...": a Latvian date, not an enumerator
    return True


def is_heading(line: str) -> bool:
    """A short line without final punctuation, or any line that ends in ":"."""
    s = line.strip()
    if not s:
        return False
    if s.endswith(":"):
        return True
    if len(s) > _HEADING_MAX_CHARS or s[-1] in _FINAL_PUNCT or is_list_item(s):
        return False
    return len(s.split()) <= _HEADING_MAX_WORDS


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, without the newline."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _paragraph_spans(text: str) -> list[tuple[int, int, bool, bool]]:
    """(start, end, is_heading, is_list_item) of every paragraph."""
    out: list[tuple[int, int, bool, bool]] = []
    block: list[tuple[int, int]] = []

    def flush() -> None:
        if not block:
            return
        lines = [text[s:e] for s, e in block]
        wrapped = len(block) > 1 and max(len(x) for x in lines) <= _WRAP_WIDTH
        cur: tuple[int, int] | None = None
        for i, ((s, e), line) in enumerate(zip(block, lines)):
            s, e = _strip_span(text, s, e)
            if s == e:
                continue
            li = is_list_item(line)
            head = not li and (is_heading(line) if (not wrapped or len(block) == 1)
                               else _wrapped_heading(lines, i))
            if li or head or not wrapped:
                if cur:
                    out.append((cur[0], cur[1], False, False))
                    cur = None
                out.append((s, e, head, li))
            else:
                cur = (cur[0], e) if cur else (s, e)
        if cur:
            out.append((cur[0], cur[1], False, False))
        block.clear()

    for s, e in _lines(text):
        if text[s:e].strip():
            block.append((s, e))
        else:
            flush()
    flush()
    return out


def _wrapped_heading(lines: list[str], i: int) -> bool:
    """In a hard-wrapped block a heading is a short first line, or a line ending in ":"."""
    s = lines[i].strip()
    if s.endswith(":") and (i + 1 < len(lines) and is_list_item(lines[i + 1])):
        return True
    if i != 0 or len(lines) < 2:
        return False
    width = max(len(x) for x in lines)
    return is_heading(s) and len(s) < 0.6 * width and len(s.split()) <= 8


def _is_boundary(text: str, dot: int, nxt: int) -> bool:
    """Whether the punctuation run at ``text[dot]`` ends a sentence (``nxt``: next non-space)."""
    ch = text[nxt]
    if ch in _OPENERS:
        j = nxt
        while j < len(text) and text[j] in _OPENERS:
            j += 1
        if j >= len(text):
            return False
        ch = text[j]
    if not (ch.isupper() or ch.isdigit()):
        return False
    if text[dot] != ".":
        return True
    ws = dot
    while ws > 0 and not text[ws - 1].isspace() and text[ws - 1] not in "([\"“„":
        ws -= 1
    word = text[ws:dot]
    if not word:
        return True
    low = word.lower()
    if low in _BEFORE_DIGIT:
        return not ch.isdigit()
    if low in _MAY_BE_FINAL:
        return True
    if low in _NEVER_FINAL:
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():
        return False  # an initial: J. Stoltenberg
    if "." in word and all(len(p) <= 2 and p.isalpha() for p in word.split(".") if p):
        return False  # U.S., J.-C. style dotted abbreviations
    return True


def _sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    s = start
    for m in _BOUNDARY.finditer(text, start, end):
        nxt = m.end()
        if nxt >= end:
            break
        head = text[s:m.start()].strip()
        if len(head) <= 3 and (head.isdigit() or (len(head) == 1 and head.isalpha())):
            continue  # "1. Plan ..." / "a. Report ...": an enumerator, not a sentence
        if _is_boundary(text, m.start(), nxt):
            e = m.end()
            a, b = _strip_span(text, s, e)
            if a < b:
                spans.append((a, b))
            s = nxt
    a, b = _strip_span(text, s, end)
    if a < b:
        spans.append((a, b))
    return spans


def tokenize(text: str, start: int, end: int, lang: str) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text`` and lower-case lemmas.

    Built column by column with C-level ``map`` calls; a token's lemma comes from a per-language
    table of surfaces seen before (punctuation is its own lemma), computed once per new surface."""
    matches = list(_TOKEN.finditer(text, start, end))
    words = list(map(_GROUP, matches))
    puncts = list(map(_IS_2, map(_LASTINDEX, matches)))
    seen = _SURFACES.setdefault(lang, {})
    lemmas: list[str | None] = list(map(seen.get, words))
    if None in lemmas:
        lem = lemmatizer_for(lang)
        if len(seen) >= _MAX_SURFACES:
            seen.clear()
        for i, found in enumerate(lemmas):
            if found is None:
                w = words[i]
                lemmas[i] = seen[w] = w if puncts[i] else lem(w)
    return list(map(Token, words, map(_START, matches), map(_END, matches), lemmas, puncts))  # type: ignore[arg-type]


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while creating many small acyclic objects (tokens):
    its generational passes otherwise take more than half the time on large documents."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def segment(text: str, doc_lang: str) -> tuple[list[tuple[int, int, str]], list[Sentence]]:
    """Paragraphs ``(start, end, lang)`` and sentences (with tokens) of ``text``."""
    with _gc_paused():
        return _segment(text, doc_lang)


def _segment(text: str, doc_lang: str) -> tuple[list[tuple[int, int, str]], list[Sentence]]:
    paragraphs: list[tuple[int, int, str]] = []
    sentences: list[Sentence] = []
    for index, (ps, pe, head, li) in enumerate(_paragraph_spans(text)):
        lang = detect(text[ps:pe], default=doc_lang)
        paragraphs.append((ps, pe, lang))
        spans = [(ps, pe)] if head else _sentence_spans(text, ps, pe)
        for ss, se in spans:
            sentences.append(Sentence(start=ss, end=se, lang=lang, tokens=tokenize(text, ss, se, lang),
                                      paragraph=index, is_heading=head, is_list_item=li))
    return paragraphs, sentences

"""Language identification for Latvian and English, per document and per paragraph.

lingua-language-detector restricted to the two languages is built once, lazily, and cached;
it is deterministic. Very short text (under ``_MIN_LINGUA`` letters) is decided by heuristics
first: Latvian diacritics, then Latvian and English stop words, then the caller's default.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from allygraph.lang.en import stopwords as en_stop
from allygraph.lang.lv import stopwords as lv_stop

__all__ = ["detect", "detect_short", "LANGS"]

LANGS = ("lv", "en")
_MIN_LINGUA = 25
_WORD = re.compile(r"[^\W\d_]+")
_DIACRITIC_RE = re.compile("[" + lv_stop.DIACRITICS + "]")
_DIACRITIC_EVERY = 30  # Latvian prose has one every 10-15 letters; English names in it far fewer
_SAMPLE = 20_000


@lru_cache(maxsize=1)
def _detector() -> Any:  # lingua.LanguageDetector
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(Language.LATVIAN, Language.ENGLISH).build()


def detect_short(text: str, default: str = "en") -> str:
    """Heuristic language of a short text: diacritics, then stop words, then ``default``."""
    words = _WORD.findall(text)
    letters = sum(len(w) for w in words)
    diacritics = len(_DIACRITIC_RE.findall(text))
    if diacritics and diacritics * 40 >= letters:
        return "lv"
    lower = [w.lower() for w in words]
    lv = sum(1 for w in lower if w in lv_stop.STOPWORDS)
    en = sum(1 for w in lower if w in en_stop.STOPWORDS)
    if lv > en:
        return "lv"
    if en > lv:
        return "en"
    if diacritics:
        return "lv"
    return default


def _clear_case(text: str) -> str | None:
    """A fast answer for text that is plainly one language, else None (ask lingua)."""
    diacritics = len(_DIACRITIC_RE.findall(text))
    if diacritics and diacritics * _DIACRITIC_EVERY >= len(text):
        return "lv"  # enough even against every character counted as a letter
    words = _WORD.findall(text)
    letters = sum(map(len, words))
    if letters and diacritics * _DIACRITIC_EVERY >= letters:
        return "lv"
    if diacritics == 0 and len(words) >= 8:
        en = sum(map(en_stop.STOPWORDS.__contains__, map(str.lower, words)))
        if en * 100 >= 20 * len(words):
            return "en"
    return None


def detect(text: str, default: str = "en") -> str:
    """``"lv"`` or ``"en"`` for ``text``; the same text always gives the same answer.

    Long text is judged on its first ``_SAMPLE`` characters. Text with a Latvian diacritic
    every ``_DIACRITIC_EVERY`` letters is Latvian, text without diacritics and with many
    English function words is English; lingua decides the rest.
    """
    text = text[:_SAMPLE]
    if len(text) < 4 * _MIN_LINGUA and sum(map(len, _WORD.findall(text))) < _MIN_LINGUA:
        return detect_short(text, default)
    clear = _clear_case(text)
    if clear:
        return clear
    from lingua import Language

    found = _detector().detect_language_of(text)
    if found is Language.LATVIAN:
        return "lv"
    if found is Language.ENGLISH:
        return "en"
    return detect_short(text, default)

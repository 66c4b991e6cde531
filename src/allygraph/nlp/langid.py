"""Language identification for Latvian and English, per document and per paragraph.

lingua-language-detector restricted to the two languages is built once, lazily, and cached;
it is deterministic. Very short text (under ``_MIN_LINGUA`` letters) is decided by heuristics
first: Latvian diacritics, then Latvian and English stop words, then the caller's default.
"""

from __future__ import annotations

import re
from functools import lru_cache

from allygraph.lang.en import stopwords as en_stop
from allygraph.lang.lv import stopwords as lv_stop

__all__ = ["detect", "detect_short", "LANGS"]

LANGS = ("lv", "en")
_MIN_LINGUA = 25
_WORD = re.compile(r"[^\W\d_]+")
_LV_DIACRITICS = frozenset(lv_stop.DIACRITICS)


@lru_cache(maxsize=1)
def _detector():  # -> lingua.LanguageDetector
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(Language.LATVIAN, Language.ENGLISH).build()


def detect_short(text: str, default: str = "en") -> str:
    """Heuristic language of a short text: diacritics, then stop words, then ``default``."""
    words = _WORD.findall(text)
    letters = sum(len(w) for w in words)
    diacritics = sum(1 for ch in text if ch in _LV_DIACRITICS)
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


def detect(text: str, default: str = "en") -> str:
    """``"lv"`` or ``"en"`` for ``text``; the same text always gives the same answer."""
    letters = sum(1 for ch in text if ch.isalpha())
    if letters < _MIN_LINGUA:
        return detect_short(text, default)
    from lingua import Language

    found = _detector().detect_language_of(text)
    if found is Language.LATVIAN:
        return "lv"
    if found is Language.ENGLISH:
        return "en"
    return detect_short(text, default)

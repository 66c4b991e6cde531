"""Language identification for Latvian and English, per document and per paragraph.

First the words vote: a function word of one language only (``lang/<code>/stopwords.py``: "the",
"un") is two votes, a lower-case word that only one language's dictionary knows (simplemma's:
"kaujas", "hosts") one vote for that language; capitalised words other than function words are names and
do not vote, so an English sentence full of Latvian names ("Sprūds met ... in Ādaži") stays
English. A clear majority decides. Otherwise short text (under ``_MIN_LINGUA`` letters) takes the
caller's ``default`` (the document's language) unless it has Latvian diacritics in lower-case
words; longer text goes to the old heuristics and then to lingua-language-detector restricted to
the two languages (built once, lazily; deterministic).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

import simplemma

from allygraph.lang.en import stopwords as en_stop
from allygraph.lang.lv import stopwords as lv_stop

__all__ = ["detect", "detect_short", "LANGS"]

LANGS = ("lv", "en")
_MIN_LINGUA = 25
_WORD = re.compile(r"[^\W\d_]+")
_DIACRITIC_RE = re.compile("[" + lv_stop.DIACRITICS + "]")
_DIACRITIC_EVERY = 30  # Latvian prose has one every 10-15 letters; English names in it far fewer
_SAMPLE = 20_000
_LV_ONLY = lv_stop.STOPWORDS - en_stop.STOPWORDS
_EN_ONLY = en_stop.STOPWORDS - lv_stop.STOPWORDS
_VOTES: dict[str, int] = {}  # lower-case word -> its vote (see _vote)
_MAX_VOTES = 200_000
_CAPITALISED = re.compile(r"(?<!\w)[^\W\d_a-zāčēģīķļņšūž][^\W\d_]*")


def _vote(word: str) -> int:
    """Latvian (> 0) or English (< 0) evidence of ``word`` (lower case): 2 for a function word of
    one language only, 1 for a word only one language's dictionary knows, else 0."""
    if word in _LV_ONLY:
        return 2
    if word in _EN_ONLY:
        return -2
    try:
        lv, en = simplemma.is_known(word, lang="lv"), simplemma.is_known(word, lang="en")
    except ValueError:
        return 0
    return 1 if lv and not en else -1 if en and not lv else 0


def _votes(words: list[str]) -> tuple[int, int]:
    """(Latvian votes, English votes) of ``words``: function words (worth two) in any case, other
    words only in lower case (capitalised ones are mostly names)."""
    lv = en = 0
    get = _VOTES.get
    for w in words:
        low = w.lower()
        if low != w and low not in _LV_ONLY and low not in _EN_ONLY:
            continue  # a capitalised word that is not a function word: a name, no vote
        v = get(low)
        if v is None:
            if len(_VOTES) >= _MAX_VOTES:
                _VOTES.clear()
            v = _VOTES[low] = _vote(low)
        if v > 0:
            lv += v
        elif v < 0:
            en -= v
    return lv, en


def _by_words(words: list[str], default: str) -> str | None:
    """The language with a clear majority of votes (more than twice the other's), else None; a
    language other than ``default`` needs two votes: a function word or two dictionary words
    ("Politiskais dialogs" is no English)."""
    lv, en = _votes(words)
    if lv > 2 * en and (lv >= 2 or default == "lv"):
        return "lv"
    if en > 2 * lv and (en >= 2 or default == "en"):
        return "en"
    return None


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

    Long text is judged on its first ``_SAMPLE`` characters: by its words' votes when one language
    has a clear majority; otherwise short text takes ``default`` (the document's language) unless
    its lower-case words carry Latvian diacritics, and long text is decided as before (a Latvian
    diacritic every ``_DIACRITIC_EVERY`` letters, many English function words, then lingua).
    """
    text = text[:_SAMPLE]
    words = _WORD.findall(text)
    by_words = _by_words(words, default)
    if by_words:
        return by_words
    if len(text) < 4 * _MIN_LINGUA and sum(map(len, words)) < _MIN_LINGUA:
        return "lv" if _DIACRITIC_RE.search(_CAPITALISED.sub(" ", text)) else default
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

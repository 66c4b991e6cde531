"""Lemmas from simplemma's dictionaries, trusted only for word forms the dictionary knows.

``lemma(word, lang)`` returns the lower-cased lemma when simplemma's dictionary for ``lang``
("lv" or "en") holds the form, else the lower-cased form itself: simplemma's rule-based
guesses for unknown words (mostly names: Tallinā, Stokholmā) are not to be trusted. Results
are cached per (word, lang); the cache is a plain dict per language, which is the fastest
lookup Python has, bounded by ``_MAX_CACHE`` entries.
"""

from __future__ import annotations

from collections.abc import Callable

import simplemma

__all__ = ["lemma", "lemmatizer_for"]

_MAX_CACHE = 500_000
_CACHES: dict[str, dict[str, str]] = {}


def _compute(word: str, lang: str) -> str:
    if not word or not any(ch.isalpha() for ch in word):
        return word.lower()
    try:
        if simplemma.is_known(word, lang=lang):
            return simplemma.lemmatize(word, lang=lang).lower()
        lowered = word.lower()
        if lowered != word and simplemma.is_known(lowered, lang=lang):
            return simplemma.lemmatize(lowered, lang=lang).lower()
    except ValueError:  # a language simplemma does not know
        pass
    return word.lower()


def lemmatizer_for(lang: str) -> Callable[[str], str]:
    """A fast ``word -> lemma`` function for one language (a bound dict lookup with fallback)."""
    cache = _CACHES.setdefault(lang, {})
    get = cache.get

    def _lemma(word: str) -> str:
        hit = get(word)
        if hit is None:
            hit = _compute(word, lang)
            if len(cache) >= _MAX_CACHE:
                cache.clear()
            cache[word] = hit
        return hit

    return _lemma


def lemma(word: str, lang: str) -> str:
    """The lower-case lemma of ``word`` in ``lang`` ("lv" | "en"), or the lower-cased word."""
    return lemmatizer_for(lang)(word)

"""Lemmas: trusted only when simplemma's dictionary knows the form; always lower case."""

from __future__ import annotations

import pytest

from allygraph.nlp.lemma import lemma


@pytest.mark.parametrize("word,lang,expected", [
    ("Vācijā", "lv", "vācija"),
    ("parakstīja", "lv", "parakstīt"),
    ("karavīru", "lv", "karavīrs"),
    ("NATO", "lv", "nato"),
    ("Tallinā", "lv", "tallinā"),  # not in the dictionary: the form itself, lower-cased
    ("measures", "en", "measure"),
    ("was", "en", "be"),
    ("Kvothe", "en", "kvothe"),
    ("2017", "lv", "2017"),
    ("", "en", ""),
])
def test_lemma(word, lang, expected):
    assert lemma(word, lang) == expected


def test_unknown_language_returns_lowercase_form():
    assert lemma("Soldaten", "xx") == "soldaten"


def test_cached_results_are_stable():
    assert lemma("Polijā", "lv") == lemma("Polijā", "lv") == "polija"

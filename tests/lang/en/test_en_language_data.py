"""English language data: months, number words, bounds, abbreviations, stop words."""

from __future__ import annotations

from allygraph.lang.en import abbreviations, months, numbers, stopwords


def test_months_are_capitalised_and_complete():
    forms = months.month_forms()
    assert set(forms.values()) == set(range(1, 13))
    assert all(f[0].isupper() for f in forms)
    assert forms["Sept"] == 9


def test_number_words():
    words = numbers.number_words()
    assert words["nineteen"] == 19 and words["ninety"] == 90 and "hundred" not in words
    assert numbers.MULTIPLIERS["thousand"] == 1000


def test_bounds_are_known_signs():
    assert set(numbers.BOUNDS.values()) <= {">", ">=", "<", "<=", "~"}
    assert numbers.BOUNDS["at least"] == ">="


def test_abbreviations_and_stopwords():
    assert {"e.g", "i.e", "dr", "st", "u.s"} <= abbreviations.NEVER_FINAL
    assert "the" in stopwords.STOPWORDS

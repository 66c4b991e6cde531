"""Latvian language data: month forms, number words, bounds, abbreviations, stop words."""

from __future__ import annotations

from allygraph.lang.lv import abbreviations, months, numbers, stopwords


def test_every_month_has_its_five_case_forms():
    forms = months.month_forms()
    assert len(set(forms.values())) == 12
    for form, month in [("janvāris", 1), ("janvāra", 1), ("janvārim", 1), ("janvāri", 1), ("janvārī", 1),
                        ("marts", 3), ("martā", 3), ("maijā", 5), ("aprīļa", 4), ("decembrim", 12)]:
        assert forms[form] == month


def test_number_words_inflect():
    words = numbers.number_words()
    for form, value in [("divi", 2), ("divas", 2), ("diviem", 2), ("trīs", 3), ("trim", 3), ("astoņus", 8),
                        ("septiņās", 7), ("sešiem", 6), ("desmit", 10), ("divdesmit", 20), ("deviņdesmit", 90)]:
        assert words[form] == value


def test_bounds_are_known_signs():
    assert set(numbers.BOUNDS.values()) <= {">", ">=", "<", "<=", "~"}
    assert numbers.BOUNDS["vairāk nekā"] == ">"


def test_abbreviation_sets_are_lower_case_without_final_dot():
    for group in (abbreviations.NEVER_FINAL, abbreviations.MAY_BE_FINAL, abbreviations.BEFORE_DIGIT):
        assert all(a == a.lower() and not a.endswith(".") for a in group)
    assert {"t.sk", "piem", "ģen", "milj", "plkst"} <= abbreviations.NEVER_FINAL


def test_stopwords_and_diacritics():
    assert "un" in stopwords.STOPWORDS
    assert set("āčēģīķļņšūž") <= set(stopwords.DIACRITICS)

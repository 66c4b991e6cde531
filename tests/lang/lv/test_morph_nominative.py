"""Declined Latvian names read back into the nominative (morph.name_nominative)."""

from __future__ import annotations

from allygraph.lang.lv.morph import name_nominative, nominative_readings


def test_dative_names_of_both_genders() -> None:
    assert name_nominative(["Jānim", "Bērziņam"]) == ["Jānis", "Bērziņš"]
    assert name_nominative(["Sandrai", "Kalnietei"]) == ["Sandra", "Kalniete"]


def test_genitive_needs_the_title_case_and_knows_second_declension_names() -> None:
    assert name_nominative(["Arta", "Pabrika"], frozenset({"gen"})) == ["Artis", "Pabriks"]
    assert name_nominative(["Kārļa", "Kalniņa"], frozenset({"gen"})) == ["Kārlis", "Kalniņš"]
    assert name_nominative(["Arta", "Pabrika"]) == ["Arta", "Pabrika"]  # as written: a woman's name


def test_indeclinable_words_stay_and_disagreeing_names_are_kept_as_written() -> None:
    assert name_nominative(["Džastinu", "Trudo"], frozenset({"acc"})) == ["Džastins", "Trudo"]
    assert name_nominative(["Jānis", "Bērziņam"]) == ["Jānis", "Bērziņam"]


def test_readings_of_a_title_word() -> None:
    assert nominative_readings("ministram") == (("dat", "m", "ministrs"),)
    assert {c for c, _, _ in nominative_readings("NATO")} == {"nom", "gen", "dat", "acc", "loc"}

"""Dates relative to the document's own date: "today", "yesterday", "this year" and their Latvian
forms (sentences written for these tests)."""

from __future__ import annotations

import pytest

from allygraph.nlp.times import find_times


def values(text: str, lang: str, doc_date: str | None) -> list[tuple[str, str | None, str]]:
    found = find_times(text, lang, doc_date=doc_date)
    for t in found:
        assert text[t.start:t.end] == t.text
    return [(t.value, t.end_value, t.text) for t in found]


@pytest.mark.parametrize("text,lang,expected", [
    ("The new commander took over today in Riga.", "en", [("2024-03-01", None, "today")]),
    ("Yesterday the ministers signed the memorandum.", "en", [("2024-02-29", None, "Yesterday")]),
    ("Jaunais komandieris šodien stājās amatā.", "lv", [("2024-03-01", None, "šodien")]),
    ("Vakar ministri parakstīja memorandu.", "lv", [("2024-02-29", None, "Vakar")]),
    ("Šā gada 5. februārī tika atvērts centrs.", "lv", [("2024-02-05", None, "Šā gada 5. februārī")]),
    ("Šī gada jūnijā notiks mācības.", "lv", [("2024-06", None, "Šī gada jūnijā")]),
    ("Exercises will be held in June this year.", "en", [("2024-06", None, "June this year")]),
    ("Šogad alianse svin jubileju.", "lv", [("2024", None, "Šogad")]),
])
def test_relative_to_the_document_date(text, lang, expected):
    assert values(text, lang, "2024-03-01") == expected


def test_without_a_document_date_nothing_relative():
    assert values("The new commander took over today.", "en", None) == []
    assert values("Vakar ministri tikās.", "lv", None) == []


def test_a_year_only_document_date_gives_no_day():
    assert values("Yesterday the talks ended; this year is busy.", "en", "2024") == [("2024", None, "this year")]


def test_the_evening_is_not_yesterday_lv():
    assert values("Vakarā notika pieņemšana.", "lv", "2024-03-01") == []


@pytest.mark.parametrize("text,lang,expected", [
    ("Last year the battalion moved to Sēlija.", "en", [("2023", None, "Last year")]),
    ("The drill in May last year tested the reserves.", "en", [("2023-05", None, "May last year")]),
    ("Pērn bataljons pārcēlās uz Sēliju.", "lv", [("2023", None, "Pērn")]),
    ("Pagājušā gada 12. maijā tika parakstīts līgums.", "lv", [("2023-05-12", None, "Pagājušā gada 12. maijā")]),
])
def test_last_year(text, lang, expected):
    assert values(text, lang, "2024-03-01") == expected


def test_an_impossible_document_date_gives_years_only():
    assert values("Yesterday, this year.", "en", "2024-02-30") == [("2024", None, "this year")]

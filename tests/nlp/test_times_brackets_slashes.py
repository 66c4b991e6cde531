"""A year in brackets after a name and day/month/year written with slashes (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from allygraph.nlp.times import find_times


def values(text: str, lang: str) -> list[tuple[str, str]]:
    return [(t.value, t.text) for t in find_times(text, lang)]


@pytest.mark.parametrize("text,lang,expected", [
    ("Alianse paplašinājās ar Melnkalni (2017) un Ziemeļmaķedoniju (2020).", "lv",
     [("2017", "2017"), ("2020", "2020")]),
    ("The Alliance grew with Montenegro (2017) and North Macedonia (2020).", "en",
     [("2017", "2017"), ("2020", "2020")]),
    ("Updated 03/11/2024 by the press office.", "en", [("2024-11-03", "03/11/2024")]),
    ("Publicēts 28/02/2023.", "lv", [("2023-02-28", "28/02/2023")]),
    ("Released 12/25/2022 in Washington.", "en", [("2022-12-25", "12/25/2022")]),
])
def test_found(text, lang, expected):
    assert values(text, lang) == expected


@pytest.mark.parametrize("text,lang", [
    ("The budget (1500) was approved.", "en"),
    ("Skaits (12345) pieauga.", "lv"),
    ("Ratio 1/2/2024x is no date.", "en"),
])
def test_not_found(text, lang):
    assert values(text, lang) == []

"""Month ranges within one year ("June–September 2024", "2024. gada jūnija līdz septembrim") and
two months joined by "and"/"un" (sentences written for these tests)."""

from __future__ import annotations

import pytest
from times_rows import values


@pytest.mark.parametrize("text,lang,expected", [
    ("The rotation lasts from April to August 2025.", "en",
     [("2025-04", "2025-08", "range", "from April to August 2025")]),
    ("Air policing was reinforced October–December 2022.", "en",
     [("2022-10", "2022-12", "range", "October–December 2022")]),
    ("Training took place between February and April 2021.", "en",
     [("2021-02", "2021-04", "range", "between February and April 2021")]),
    ("Rotācija ilgst no 2025. gada aprīļa līdz augustam.", "lv",
     [("2025-04", "2025-08", "range", "no 2025. gada aprīļa līdz augustam")]),
    ("Gaisa telpas patrulēšana tika pastiprināta 2022. gada oktobrī–decembrī.", "lv",
     [("2022-10", "2022-12", "range", "2022. gada oktobrī–decembrī")]),
    ("Mācības notika 2021. gada septembrī un oktobrī.", "lv",
     [("2021-09", "2021-10", "range", "2021. gada septembrī un oktobrī")]),
])
def test_month_ranges(text, lang, expected):
    assert values(text, lang) == expected


def test_two_months_apart_are_two_points():
    assert values("Drills were held in March and June 2023.", "en") == [
        ("2023-03", None, "point", "March"), ("2023-06", None, "point", "June 2023")]
    assert values("Mācības notika 2023. gada martā un jūnijā.", "lv") == [
        ("2023-03", None, "point", "2023. gada martā"), ("2023-06", None, "point", "jūnijā")]


def test_months_without_a_year_are_no_dates():
    assert values("Patrols run from May to June.", "en") == []

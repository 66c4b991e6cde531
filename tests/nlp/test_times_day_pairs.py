"""Day ranges joined by words ("from 9 to 11 July", "3. līdz 7. jūnijam") and two days joined by
"and"/"un": a range when consecutive, two points otherwise (sentences written for these tests)."""

from __future__ import annotations

import pytest
from times_rows import values


@pytest.mark.parametrize("text,lang,expected", [
    ("The drill ran from 9 to 11 July 2024 near Cēsis.", "en",
     [("2024-07-09", "2024-07-11", "range", "from 9 to 11 July 2024")]),
    ("Ministers met between 14 and 16 May 2023 in Vilnius.", "en",
     [("2023-05-14", "2023-05-16", "range", "between 14 and 16 May 2023")]),
    ("The summit took place on 11 and 12 July 2023.", "en",
     [("2023-07-11", "2023-07-12", "range", "11 and 12 July 2023")]),
    ("Talks were held on June 3 and 4, 2022 in Oslo.", "en",
     [("2022-06-03", "2022-06-04", "range", "June 3 and 4, 2022")]),
    ("Mācības notika no 2024. gada 3. līdz 7. jūnijam Ādažos.", "lv",
     [("2024-06-03", "2024-06-07", "range", "no 2024. gada 3. līdz 7. jūnijam")]),
    ("Samits norisinājās 2023. gada 11. un 12. jūlijā Viļņā.", "lv",
     [("2023-07-11", "2023-07-12", "range", "2023. gada 11. un 12. jūlijā")]),
    ("Sanāksmes bija no 8. līdz 10. oktobrim.", "lv",
     [("--10-08", "--10-10", "range", "no 8. līdz 10. oktobrim")]),
])
def test_ranges(text, lang, expected):
    assert values(text, lang) == expected


def test_two_days_that_are_not_consecutive_are_two_points_en():
    assert values("Votes were cast on 5 and 9 March 2021.", "en") == [
        ("2021-03-05", None, "point", "5"), ("2021-03-09", None, "point", "9 March 2021")]


def test_two_days_that_are_not_consecutive_are_two_points_lv():
    assert values("Balsojumi notika 2021. gada 5. un 9. martā.", "lv") == [
        ("2021-03-05", None, "point", "2021. gada 5."), ("2021-03-09", None, "point", "9. martā")]


@pytest.mark.parametrize("text,lang", [
    ("The 1st and 2nd brigades moved north.", "en"),
    ("Score rose from 3 to 4 points.", "en"),
    ("1. un 2. brigāde devās uz ziemeļiem.", "lv"),
    ("No 5. līdz 10. klasei skolēni mācās.", "lv"),
])
def test_no_month_no_date(text, lang):
    assert values(text, lang) == []


def test_a_part_of_a_year_keeps_the_year_lv():
    assert values("Līgumu parakstīja 2024. gada sākumā.", "lv") == [("2024", None, "point", "2024. gada")]
    assert values("Bataljons ieradās 2025. gada pavasarī.", "lv") == [("2025", None, "point", "2025. gada")]


def test_a_part_of_a_year_keeps_the_year_en():
    assert values("The plan is due in early 2026.", "en") == [("2026", None, "point", "2026")]
    assert values("They arrived in spring 2025.", "en") == [
        ("2025", None, "point", "2025")]

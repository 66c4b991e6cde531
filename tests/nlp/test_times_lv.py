"""Latvian time expressions (sentences written for these tests)."""

from __future__ import annotations

import pytest

from allygraph.nlp.times import find_times


def one(text: str):
    found = find_times(text, "lv")
    assert len(found) == 1, found
    t = found[0]
    assert text[t.start:t.end] == t.text
    return t


@pytest.mark.parametrize("text,span,value", [
    ("Līgums stājās spēkā 2019. gada martā.", "2019. gada martā", "2019-03"),
    ("Sanāksme notika 2021. gada 14. jūnijā Viļņā.", "2021. gada 14. jūnijā", "2021-06-14"),
    ("Tas tika apstiprināts 2020.gada 3.februārī.", "2020.gada 3.februārī", "2020-02-03"),
    ("2014. gada septembrī sākās mācības.", "2014. gada septembrī", "2014-09"),
    ("Centrs atvērts 2018.gadā Tallinā.", "2018.gadā", "2018"),
    ("Plāns stāsies spēkā 2025. gadā.", "2025. gadā", "2025"),
    ("Termiņš ir 9. oktobris.", "9. oktobris", "--10-09"),
    ("Līdz 31.augustam jāiesniedz.", "Līdz 31.augustam", "--08-31"),
    ("Dokuments datēts 04.05.1990 un parakstīts.", "04.05.1990", "1990-05-04"),
    ("Pieņemts 18.11.2018. un publicēts.", "18.11.2018", "2018-11-18"),
    ("Par 2022. gada aprīli ziņots vēlāk.", "2022. gada aprīli", "2022-04"),
    ("Janvārī, 2023. gada 2. janvārī, viss sākās.", "2023. gada 2. janvārī", "2023-01-02"),
    ("Brigāde izveidota 2015. gada otrajā pusē.", "2015. gada", "2015"),
    ("Līgums no 1999. g. ir spēkā.", "no 1999. g.", "1999"),
])
def test_points(text, span, value):
    t = one(text)
    assert (t.text, t.value) == (span, value)


def test_since_with_month():
    t = one("Mācības notiek kopš 2019. gada aprīļa.")
    assert (t.kind, t.value) == ("since", "2019-04")


def test_since_without_space():
    t = one("Kopš 2016.gada bāzē dislocēta vienība.")
    assert (t.kind, t.value, t.text) == ("since", "2016", "Kopš 2016.gada")


def test_until():
    t = one("Misija turpināsies līdz 2026. gada decembrim.")
    assert (t.kind, t.value) == ("until", "2026-12")


def test_range_without_year_across_months():
    t = one("No 28.februāra līdz 2.martam notiks konference.")
    assert (t.kind, t.value, t.end_value) == ("range", "--02-28", "--03-02")


def test_range_months_with_years():
    t = one("Valsts vadīja komiteju no 2013. gada janvāra līdz 2014. gada janvārim.")
    assert (t.kind, t.value, t.end_value) == ("range", "2013-01", "2014-01")
    assert t.text.startswith("no 2013")


def test_range_of_years_with_elided_first_gada():
    t = one("Programma darbojās no 2005. līdz 2009. gadam.")
    assert (t.kind, t.value, t.end_value) == ("range", "2005", "2009")


def test_range_of_days_in_one_month():
    t = one("Samits notiks 2024. gada 9.–11. jūlijā Vašingtonā.")
    assert (t.kind, t.value, t.end_value) == ("range", "2024-07-09", "2024-07-11")


def test_year_dash_year():
    t = one("Laikā no 2008.–2010. gadam tika īstenots projekts.")
    assert (t.value, t.end_value) == ("2008", "2010")


@pytest.mark.parametrize("month", ["janvāris", "janvāra", "janvārim", "janvāri", "janvārī",
                                   "marts", "marta", "martam", "martu", "martā",
                                   "jūlijs", "jūlija", "jūlijam", "jūliju", "jūlijā"])
def test_every_case_form_of_a_month(month):
    t = one(f"Tas notika 2011. gada 7. {month}.")
    assert t.value.startswith("2011-")
    assert t.value.endswith("-07")


@pytest.mark.parametrize("text", [
    "Birojs atrodas Augusta ielā 5.",
    "Vēstniecība Marta ielā.",
    "Jūlijā bija karsts.",
    "Decembris ir auksts.",
    "1990. gados situācija mainījās.",
    "Karavīru skaits ir 2000.",
    "Vienībā ir 1500 karavīru.",
])
def test_not_dates(text):
    assert find_times(text, "lv") == []


def test_offsets_into_the_whole_text_with_start_and_end():
    text = "Ievads. 2012. gada maijā. Beigas 2013. gada jūnijā."
    found = find_times(text, "lv", start=8, end=25)
    assert [t.value for t in found] == ["2012-05"]
    assert text[found[0].start:found[0].end] == "2012. gada maijā"


def test_invalid_day_is_not_a_date():
    assert find_times("Tas notika 2019. gada 31. februārī.", "lv")[0].value == "2019"

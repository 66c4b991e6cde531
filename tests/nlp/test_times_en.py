"""English time expressions (sentences written for these tests)."""

from __future__ import annotations

import pytest

from allygraph.nlp.times import find_times


def one(text: str):
    found = find_times(text, "en")
    assert len(found) == 1, found
    t = found[0]
    assert text[t.start:t.end] == t.text
    return t


@pytest.mark.parametrize("text,span,value", [
    ("The treaty was signed on 4 April 1949 in Washington.", "4 April 1949", "1949-04-04"),
    ("It entered into force on August 24, 1949.", "August 24, 1949", "1949-08-24"),
    ("The centre opened in September 2014.", "September 2014", "2014-09"),
    ("Talks resumed in 2019 after a pause.", "2019", "2019"),
    ("The 12th of March 1999 was a milestone.", "12th of March 1999", "1999-03-12"),
    ("Deadline: 1 Dec 2023.", "1 Dec 2023", "2023-12-01"),
    ("By mid-2016 the plan was ready.", "2016", "2016"),
    ("The exercise starts on 5 May.", "5 May", "--05-05"),
    ("The report dated 2020-10-15 says so.", "2020-10-15", "2020-10-15"),
    ("Published 03.02.2021 online.", "03.02.2021", "2021-02-03"),
])
def test_points(text, span, value):
    t = one(text)
    assert (t.text, t.value) == (span, value)


@pytest.mark.parametrize("dash", ["-", "–", "‒", "―", "—"])
def test_day_range_with_every_dash(dash):
    t = one(f"The summit met on 9{dash}11 July 2024 in the capital.")
    assert (t.kind, t.value, t.end_value) == ("range", "2024-07-09", "2024-07-11")


def test_from_to_range():
    t = one("From March 2015 to June 2016, the unit served abroad.")
    assert (t.kind, t.value, t.end_value, t.text) == ("range", "2015-03", "2016-06", "From March 2015 to June 2016")


def test_year_range():
    t = one("During 2008–2010 the mission grew.")
    assert (t.kind, t.value, t.end_value) == ("range", "2008", "2010")


def test_between_and():
    t = one("It was chaired between 2003 and 2005 by Norway.")
    assert (t.kind, t.value, t.end_value) == ("range", "2003", "2005")


def test_cross_month_range_takes_the_year_from_the_end():
    t = one("Meetings ran from 30 November to 2 December 2020.")
    assert (t.value, t.end_value) == ("2020-11-30", "2020-12-02")


def test_since_and_until():
    assert one("Troops have rotated since 2017.").kind == "since"
    t = one("The office stays open until July 2030.")
    assert (t.kind, t.value) == ("until", "2030-07")


def test_two_years_joined_by_and_are_two_points():
    found = find_times("Exercises took place in 2017 and 2018.", "en")
    assert [(t.value, t.kind) for t in found] == [("2017", "point"), ("2018", "point")]


@pytest.mark.parametrize("text", [
    "Allies may decide later.",
    "May we begin?",
    "The 1990s were turbulent.",
    "About 2000 soldiers took part.",
    "March forward, said the sergeant.",
    "The 2022 Strategic Concept was approved.",
    "Call 2016 extension.",
])
def test_not_dates(text):
    assert find_times(text, "en") == []


def test_invalid_dates_rejected():
    assert find_times("It happened on 31 April 2001.", "en")[0].value == "2001-04"  # the valid part
    assert find_times("on 30 February", "en") == []

"""Property tests: any valid date rendered in a supported format parses back to itself."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from allygraph.lang.en.months import MONTHS
from allygraph.lang.lv.months import ENDINGS, MONTH_STEMS
from allygraph.nlp.times import find_times

dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))
EN_NAMES = {v: k for k, v in MONTHS.items()}


def lv_month(m: int, case: int) -> str:
    stem, _, decl = MONTH_STEMS[m - 1]
    return stem + ENDINGS[decl][case]


def parse_one(text: str, lang: str):
    found = find_times(text, lang)
    assert len(found) == 1, (text, found)
    return found[0]


@settings(max_examples=150, deadline=None)
@given(dates, st.sampled_from([1, 2, 3, 4]), st.sampled_from(["{y}. gada {d}. {m}", "{y}.gada {d}.{m}",
                                                              "{y}. gada {d}.{m}"]))
def test_latvian_full_dates(d, case, fmt):
    text = "Pasākums notika " + fmt.format(y=d.year, d=d.day, m=lv_month(d.month, case)) + " Rīgā."
    assert parse_one(text, "lv").value == d.isoformat()


@settings(max_examples=100, deadline=None)
@given(dates, st.sampled_from([1, 3, 4]))
def test_latvian_year_month(d, case):
    text = f"Tas notika {d.year}. gada {lv_month(d.month, case)}."
    assert parse_one(text, "lv").value == f"{d.year:04d}-{d.month:02d}"


@settings(max_examples=100, deadline=None)
@given(dates, st.booleans())
def test_numeric_dates_in_both_languages(d, pad):
    day, month = (f"{d.day:02d}", f"{d.month:02d}") if pad else (str(d.day), str(d.month))
    for lang in ("lv", "en"):
        assert parse_one(f"Datums: {day}.{month}.{d.year} un viss.", lang).value == d.isoformat()


@settings(max_examples=150, deadline=None)
@given(dates, st.sampled_from(["{d} {M} {y}", "{M} {d}, {y}", "{d}th of {M} {y}", "{M} {d} {y}",
                               "{y}-{mm}-{dd}"]))
def test_english_full_dates(d, fmt):
    text = "It happened on " + fmt.format(d=d.day, M=EN_NAMES[d.month], y=d.year, mm=f"{d.month:02d}",
                                          dd=f"{d.day:02d}") + " in Riga."
    assert parse_one(text, "en").value == d.isoformat()


@settings(max_examples=100, deadline=None)
@given(dates)
def test_english_month_year(d):
    assert parse_one(f"It happened in {EN_NAMES[d.month]} {d.year}.", "en").value == f"{d.year:04d}-{d.month:02d}"


@settings(max_examples=100, deadline=None)
@given(dates, st.integers(min_value=1, max_value=20))
def test_english_ranges_round_trip(d, days):
    e = d + dt.timedelta(days=days)
    text = f"from {d.day} {EN_NAMES[d.month]} {d.year} to {e.day} {EN_NAMES[e.month]} {e.year}"
    t = parse_one(text, "en")
    assert (t.kind, t.value, t.end_value) == ("range", d.isoformat(), e.isoformat())


@settings(max_examples=100, deadline=None)
@given(dates, st.integers(min_value=1, max_value=20))
def test_latvian_ranges_round_trip(d, days):
    e = d + dt.timedelta(days=days)
    text = (f"no {d.year}. gada {d.day}. {lv_month(d.month, 1)} līdz {e.year}. gada {e.day}. "
            f"{lv_month(e.month, 2)}")
    t = parse_one(text, "lv")
    assert (t.kind, t.value, t.end_value) == ("range", d.isoformat(), e.isoformat())

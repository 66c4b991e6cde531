"""English numbers: digits, number words, bounds, and what is not a number."""

from __future__ import annotations

import pytest

from allygraph.nlp.numbers import find_numbers


def values(text: str):
    return [(n.value, n.bound) for n in find_numbers(text, "en")]


@pytest.mark.parametrize("text,expected", [
    ("The battalion has 1,100 soldiers.", [(1100, None)]),
    ("A budget of 2.5 million euros.", [(2_500_000, None)]),
    ("It grew to 12,500.5 tonnes.", [(12500.5, None)]),
    ("More than 40 nations joined.", [(40, ">")]),
    ("more than sixty measures", [(60, ">")]),
    ("over 3,000 troops", [(3000, ">")]),
    ("nearly 900 vehicles", [(900, "~")]),
    ("about 250 staff", [(250, "~")]),
    ("approximately 75 aircraft", [(75, "~")]),
    ("at least four ships", [(4, ">=")]),
    ("fewer than thirty-two people", [(32, "<")]),
    ("up to 5,000 personnel", [(5000, "<=")]),
    ("forty-three proposals", [(43, None)]),
    ("seven hundred and twenty soldiers", [(720, None)]),
    ("three thousand", [(3000, None)]),
    ("one brigade and two battalions", [(1, None), (2, None)]),
    ("Some 2000 soldiers arrived.", [(2000, "~")]),
    ("2000 soldiers arrived.", [(2000, None)]),
])
def test_numbers(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "One of the first allies.",
    "No one objected.",
    "They help one another.",
    "The 21st century began.",
    "Signed on 29 March 2004 in Washington.",
    "In 2021 the talks resumed.",
    "The 2030 Agenda was adopted.",
    "Tel.: +44 20 7946 0000",
    "Write to info2024@example.org or see www.example.org/2024.",
    "COVID-19 and the F-16 fleet.",
    "Section 4.2.1 applies.",
    "At 14:45 the meeting started.",
])
def test_not_numbers(text):
    assert values(text) == []


def test_list_markers_are_not_numbers():
    assert values("Steps:\n1. plan\n2. train\n10) report") == []


def test_offsets_cover_the_bound():
    text = "They approved more than seventy measures."
    n = find_numbers(text, "en")[0]
    assert text[n.start:n.end] == "more than seventy"

"""Latvian numbers: digits, inflected number words, bounds, and what is not a number."""

from __future__ import annotations

import pytest

from allygraph.nlp.numbers import find_numbers


def values(text: str):
    return [(n.value, n.bound) for n in find_numbers(text, "lv")]


@pytest.mark.parametrize("text,expected", [
    ("Mācībās piedalījās 350 karavīru.", [(350, None)]),
    ("Bataljonā ir 1 200 karavīru.", [(1200, None)]),
    ("Budžets ir 1,5 milj. eiro.", [(1_500_000, None)]),
    ("Vairāk nekā 2500 cilvēku.", [(2500, ">")]),
    ("vairāk kā 40 valstis", [(40, ">")]),
    ("pāri 600 transportlīdzekļiem", [(600, ">")]),
    ("ap 300 karavīru", [(300, "~")]),
    ("aptuveni 45 lidmašīnas", [(45, "~")]),
    ("vismaz 12 kuģi", [(12, ">=")]),
    ("mazāk nekā 20 instruktori", [(20, "<")]),
    ("līdz 300 dalībniekiem", [(300, "<=")]),
    ("Tika izveidotas četras darba grupas.", [(4, None)]),
    ("Darbs notiek deviņās jomās.", [(9, None)]),
    ("Viņš apmeklēja sešas valstis un trīs bāzes.", [(6, None), (3, None)]),
    ("Akreditēti pieci atašeji divpadsmit valstīs.", [(5, None), (12, None)]),
    ("divdesmit divi sabiedrotie", [(22, None)]),
    ("trīsdesmit septiņiem partneriem", [(37, None)]),
    ("Simt piecdesmit karavīru.", [(150, None)]),
    ("divi simti karavīru", [(200, None)]),
    ("trīs tūkstoši karavīru", [(3000, None)]),
    ("Komandā bija sešiem vīriem vieta.", [(6, None)]),
])
def test_numbers(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "Viens no svarīgākajiem jautājumiem.",
    "Līgums parakstīts 2019. gada 5. martā.",
    "Kopš 2004. gada Latvija ir aliansē.",
    "3. kājnieku brigāde piedalījās.",
    "1. punkts nosaka kārtību.",
    "Zvaniet: tālr. 67 335 111.",
    "Sīkāk: +371 2000 1234.",
    "COVID-19 pandēmija ietekmēja mācības.",
    "Sistēma F-35 un A400M.",
    "No 30.novembra līdz 1.decembrim.",
    "Sadaļa 5.1.2 nosaka.",
    "Sākums plkst. 10:30.",
])
def test_not_numbers(text):
    assert values(text) == []


def test_list_markers_are_not_numbers():
    text = "Prioritātes:\n1. kiberdrošība;\n2) mobilitāte;\n3. mācības."
    assert values(text) == []


def test_cardinal_at_the_end_of_a_sentence_is_a_number():
    assert values("Kopā to ir 74. Tie ietver daudz.") == [(74, None)]


def test_bound_is_part_of_the_span():
    text = "Grupā ir vairāk nekā 1500 karavīru."
    n = find_numbers(text, "lv")[0]
    assert text[n.start:n.end] == n.text == "vairāk nekā 1500"


def test_exclude_spans_given_by_the_caller():
    text = "Ir 42 pasākumi un 32 pasākumi."
    assert [n.value for n in find_numbers(text, "lv", exclude=[(3, 5)])] == [32]

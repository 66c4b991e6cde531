"""Troop contributors and personnel counts in news phrasing: 'karavīri no A, B un C', nationality
words ('dāņu un zviedru karavīri', 'Spanish soldiers'), equipment sent to a mission, troops sent to an
operation (participation, not contribution), counts dated by 'at the time' / 'šobrīd'.

Sentences written for these tests (news style, LSM/LETA/NATO press phrasing); dates resolve
against a document dated 2025-01-15."""

from __future__ import annotations

import pytest
from conftest import analyse_text, triples

CASES = [
    ('Brigādē Ādažos dien karavīri no Albānijas, Čehijas un Slovākijas.',
     'contributes_to', {('state:AL', 'contributes_to', 'formation:mnb-latvia'), ('state:CZ', 'contributes_to', 'formation:mnb-latvia'), ('state:SK', 'contributes_to', 'formation:mnb-latvia')}),
    ('Daudznacionālajā brigādē Latvijā šobrīd dien arī dāņu un zviedru karavīri.',
     'contributes_to', {('state:DK', 'contributes_to', 'formation:mnb-latvia'), ('state:SE', 'contributes_to', 'formation:mnb-latvia')}),
    ('Polijas un Spānijas karavīri ieradās NATO daudznacionālajā brigādē Latvijā rotācijā.',
     'contributes_to', {('state:PL', 'contributes_to', 'formation:mnb-latvia'), ('state:ES', 'contributes_to', 'formation:mnb-latvia')}),
    ('Baltijas gaisa telpas patrulēšanas misijai iznīcinātājus šogad nodrošina Itālija un Portugāle.',
     'contributes_to', {('state:IT', 'contributes_to', 'operation:baltic-air-policing'), ('state:PT', 'contributes_to', 'operation:baltic-air-policing')}),
    ('Latvijas karavīri dien NATO misijā Kosovā KFOR.',
     'contributes_to', set()),
    ('Troops from Slovenia and Montenegro serve in the Multinational Brigade Latvia.',
     'contributes_to', {('state:SI', 'contributes_to', 'formation:mnb-latvia'), ('state:ME', 'contributes_to', 'formation:mnb-latvia')}),
    ('Spanish soldiers have joined the Multinational Brigade Latvia this spring, the army said on Tuesday.',
     'contributes_to', {('state:ES', 'contributes_to', 'formation:mnb-latvia')}),
    ("Italy deployed four fighter jets to NATO's Baltic Air Policing mission in December.",
     'contributes_to', {('state:IT', 'contributes_to', 'operation:baltic-air-policing')}),
    ('Sweden contributes a mechanised infantry company to the Multinational Brigade Latvia.',
     'contributes_to', {('state:SE', 'contributes_to', 'formation:mnb-latvia')}),
    ('Latvia has sent troops to KFOR since 2000.',
     'contributes_to', set()),
    ('NATO daudznacionālajā brigādē Latvijā šobrīd dien vairāk nekā 3500 karavīru.',
     'personnel_count', {('formation:mnb-latvia', 'personnel_count', '>3500')}),
    ('The Multinational Brigade Latvia numbers about 3,000 troops, NATO officials said.',
     'personnel_count', {('formation:mnb-latvia', 'personnel_count', '~3000')}),
    ('The NATO battlegroup in Lithuania was set up in 2017. At the time it had some 1,000 soldiers.',
     'personnel_count', {('formation:efp-bg-lithuania', 'personnel_count', '~1000')}),
]


@pytest.mark.parametrize(("text", "predicate", "expected"), CASES)
def test_news_troops(text: str, predicate: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(analyse_text(text, date="2025-01-15"), predicate) == expected

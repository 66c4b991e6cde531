"""Where formations, bodies, bases and operations are, and when they were founded, in news phrasing;
headquarters and an operation's theatre are not located_in (other predicates).

Sentences written for these tests (news style, LSM/LETA/NATO press phrasing); dates resolve
against a document dated 2025-01-15."""

from __future__ import annotations

import pytest
from conftest import analyse_text, triples

CASES = [
    ('NATO spēku integrācijas vienība Latvijā atrodas Rīgā un darbojas kopš 2015. gada.',
     'located_in', {('org:nfiu-latvia', 'located_in', 'city:riga')}),
    ('Lielvārdes aviobāze Latvijā pēdējos gados ir būtiski modernizēta.',
     'located_in', {('base:lielvarde', 'located_in', 'state:LV')}),
    ('Kopš 2014. gada Baltijas gaisa telpas patrulēšanas misija izmanto arī Emari aviobāzi Igaunijā.',
     'located_in', {('operation:baltic-air-policing', 'located_in', 'base:amari'), ('base:amari', 'located_in', 'state:EE')}),
    ('Daudznacionālās divīzijas "Ziemeļi" štābs atrodas Ādažos.',
     'located_in', set()),
    ('KFOR darbojas Kosovā kopš 1999. gada jūnija.',
     'located_in', set()),
    ('The NATO Strategic Communications Centre of Excellence is based in Riga.',
     'located_in', {('org:stratcom-coe', 'located_in', 'city:riga')}),
    ('Fighter jets of the Baltic Air Policing mission fly from Šiauliai Air Base in Lithuania, NATO said.',
     'located_in', {('base:siauliai', 'located_in', 'state:LT'),
                    ('operation:baltic-air-policing', 'located_in', 'base:siauliai')}),
    ('Multinational Division North is headquartered in Ādaži, north of Riga.',
     'located_in', set()),
    ('KFOR has operated in Kosovo since June 1999, NATO officials said on Monday.',
     'located_in', set()),
    ('Ämari Air Base in Estonia has become a second home for the Baltic Air Policing mission.',
     'located_in', {('operation:baltic-air-policing', 'located_in', 'base:amari'), ('base:amari', 'located_in', 'state:EE')}),
    ('Daudznacionālā divīzija "Ziemeļi" tika izveidota 2019. gadā.',
     'inception', {('formation:mnd-n', 'inception', '2019')}),
    ('NATO spēku integrācijas vienība Rīgā tika atklāta 2015. gadā.',
     'inception', {('org:nfiu-latvia', 'inception', '2015')}),
    ('The Multinational Brigade Latvia was formally established in 2024, replacing the battlegroup.',
     'inception', {('formation:mnb-latvia', 'inception', '2024')}),
    ('Set up in 2019, Multinational Division North coordinates the defence of the region, its commander said.',
     'inception', {('formation:mnd-n', 'inception', '2019')}),
    ('ES militārā operācija EUFOR Althea sākās 2004. gada decembrī, atgādina ministrija.',
     'inception', {('operation:eufor-althea', 'inception', '2004-12')}),
    ('The NATO Strategic Communications Centre of Excellence is one of several NATO bodies in Riga. '
     'Founded in 2014, the centre now employs experts from a dozen Allies.',
     'inception', {('org:stratcom-coe', 'inception', '2014')}),
]


@pytest.mark.parametrize(("text", "predicate", "expected"), CASES)
def test_news_places(text: str, predicate: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(analyse_text(text, date="2025-01-15"), predicate) == expected

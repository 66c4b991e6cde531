"""Defence attachés and advisers in news phrasing: sender by genitive or possessive, several senders,
the embassy's owner and city after the noun, a second clause with the bare noun repeated, receivers
after "akreditēts"/"accredited to" and "atbild par sadarbību ar"/"responsible for cooperation with",
the residence country as receiver when none is named.

Sentences written for these tests."""

from __future__ import annotations

import pytest
from conftest import analyse_text, triples

CASES = [
    ('Zviedrijas aizsardzības atašejs Latvijā rezidē Rīgā, informē vēstniecība.',
     'defence_attache_to', {('state:SE', 'defence_attache_to', 'state:LV')}),
    ('Somijas un Norvēģijas aizsardzības atašeji rezidē Rīgā.',
     'defence_attache_to', {('state:FI', 'defence_attache_to', 'state:LV'), ('state:NO', 'defence_attache_to', 'state:LV')}),
    ('Latvijas aizsardzības atašejs Berlīnē ir akreditēts arī Nīderlandē.',
     'defence_attache_to', {('state:LV', 'defence_attache_to', 'state:DE'), ('state:LV', 'defence_attache_to', 'state:NL')}),
    ('Nīderlandes aizsardzības atašejs, kas akreditēts Latvijā, rezidē Varšavā.',
     'defence_attache_to', {('state:NL', 'defence_attache_to', 'state:LV')}),
    ('Aizsardzības padomnieks Latvijas vēstniecībā Parīzē atbild par sadarbību ar Franciju.',
     'defence_adviser_to', {('state:LV', 'defence_adviser_to', 'state:FR')}),
    ('Aizsardzības padomniece Latvijas vēstniecībā Helsinkos atbild par sadarbību ar Somiju, savukārt padomnieks vēstniecībā Oslo – par sadarbību ar Norvēģiju.',
     'defence_adviser_to', {('state:LV', 'defence_adviser_to', 'state:FI'), ('state:LV', 'defence_adviser_to', 'state:NO')}),
    ("Latvia's defence attaché in Warsaw is also accredited to Romania and to Bulgaria.",
     'defence_attache_to', {('state:LV', 'defence_attache_to', 'state:PL'), ('state:LV', 'defence_attache_to', 'state:RO'), ('state:LV', 'defence_attache_to', 'state:BG')}),
    ('Denmark, the Netherlands and Norway keep their defence attachés in Riga, the ministry said.',
     'defence_attache_to', {('state:DK', 'defence_attache_to', 'state:LV'), ('state:NL', 'defence_attache_to', 'state:LV'), ('state:NO', 'defence_attache_to', 'state:LV')}),
    ('The Japanese defence attaché accredited to Latvia is resident in Helsinki.',
     'defence_attache_to', {('state:JP', 'defence_attache_to', 'state:LV')}),
    ("Latvia's defence adviser at the embassy in Paris covers France, officials said.",
     'defence_adviser_to', {('state:LV', 'defence_adviser_to', 'state:FR')}),
    ("Latvia's defence adviser at the embassy in Oslo is responsible for cooperation with Norway and Iceland.",
     'defence_adviser_to', {('state:LV', 'defence_adviser_to', 'state:NO'), ('state:LV', 'defence_adviser_to', 'state:IS')}),
]


@pytest.mark.parametrize(("text", "predicate", "expected"), CASES)
def test_news_attache(text: str, predicate: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(analyse_text(text, date="2025-01-15"), predicate) == expected


def test_news_adviser_residence_is_the_embassy_city() -> None:
    adoc = analyse_text("Aizsardzības padomnieks Latvijas vēstniecībā Parīzē atbild par sadarbību ar Franciju.")
    quals = [c.qualifiers.get("resident_in") for c in adoc.claims if c.predicate.value == "defence_adviser_to"]
    assert quals == ["city:paris"]

"""Military support and strategic partners in news phrasing: giver/receiver by case and preposition,
lists of givers, 'Latvia's most important strategic partner', 'regards X as a strategic ally'.

Sentences written for these tests (news style, LSM/LETA/NATO press phrasing); dates resolve
against a document dated 2025-01-15."""

from __future__ import annotations

import pytest
from conftest import analyse_text, triples

CASES = [
    ('Latvija sniedz militāru atbalstu Ukrainai kopš 2022. gada.',
     'military_support_to', {('state:LV', 'military_support_to', 'state:UA')}),
    ('Ukraina saņem militāro palīdzību no Latvijas, Lietuvas un Igaunijas.',
     'military_support_to', {('state:LV', 'military_support_to', 'state:UA'), ('state:LT', 'military_support_to', 'state:UA'), ('state:EE', 'military_support_to', 'state:UA')}),
    ('ASV sniedz Latvijai militāru atbalstu, finansējot infrastruktūras projektus.',
     'military_support_to', {('state:US', 'military_support_to', 'state:LV')}),
    ('Canada has provided military assistance to Ukraine since 2014, the minister said.',
     'military_support_to', {('state:CA', 'military_support_to', 'state:UA')}),
    ('Norway and Denmark pledged new military aid to Ukraine on Thursday.',
     'military_support_to', {('state:NO', 'military_support_to', 'state:UA'), ('state:DK', 'military_support_to', 'state:UA')}),
    ("The United States remains Latvia's most important strategic partner, the president said.",
     'strategic_partner_of', {('state:LV', 'strategic_partner_of', 'state:US')}),
    ('ASV ir Latvijas stratēģiskais partneris drošības jomā.',
     'strategic_partner_of', {('state:LV', 'strategic_partner_of', 'state:US')}),
    ('Latvija un Polija ir stratēģiskie partneri, uzsvēra ministrs.',
     'strategic_partner_of', {('state:LV', 'strategic_partner_of', 'state:PL')}),
    ('Latvia regards Canada as a strategic ally in the region.',
     'strategic_partner_of', {('state:LV', 'strategic_partner_of', 'state:CA')}),
    ('Latvijas stratēģiskie partneri ir ASV un Kanāda.',
     'strategic_partner_of', {('state:LV', 'strategic_partner_of', 'state:US'), ('state:LV', 'strategic_partner_of', 'state:CA')}),
]


@pytest.mark.parametrize(("text", "predicate", "expected"), CASES)
def test_news_support(text: str, predicate: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(analyse_text(text, date="2025-01-15"), predicate) == expected

"""Lead nations in news phrasing: active and passive voice, 'X vadībā', 'under Canadian leadership',
one leader for joined formations, gapping ('Germany the one in Lithuania'), a head noun with its place.

Sentences written for these tests (news style, LSM/LETA/NATO press phrasing); dates resolve
against a document dated 2025-01-15."""

from __future__ import annotations

import pytest
from conftest import analyse_text, triples

CASES = [
    ('Kanāda arī turpmāk vadīs NATO daudznacionālo brigādi Latvijā, paziņoja aizsardzības ministrs.',
     'leads', {('state:CA', 'leads', 'formation:mnb-latvia')}),
    ('NATO paplašinātās klātbūtnes kaujas grupu Lietuvā vada Vācija.',
     'leads', {('state:DE', 'leads', 'formation:efp-bg-lithuania')}),
    ('Igaunijā izvietoto kaujas grupu jau kopš 2017. gada vada Apvienotā Karaliste.',
     'leads', {('state:GB', 'leads', 'formation:efp-bg-estonia')}),
    ('Daudznacionālo divīziju "Ziemeļi" kopīgi vada Dānija un Latvija.',
     'leads', {('state:DK', 'leads', 'formation:mnd-n'), ('state:LV', 'leads', 'formation:mnd-n')}),
    ('Kanādas vadībā esošā daudznacionālā brigāde Latvijā šogad piedalīsies vairākās mācībās.',
     'leads', {('state:CA', 'leads', 'formation:mnb-latvia')}),
    ('Germany leads the NATO battlegroup in Lithuania, which is based in Rukla.',
     'leads', {('state:DE', 'leads', 'formation:efp-bg-lithuania')}),
    ('The Multinational Brigade Latvia is led by Canada and includes troops from 13 other Allies.',
     'leads', {('state:CA', 'leads', 'formation:mnb-latvia')}),
    ('The brigade in Latvia, under Canadian leadership, held its first large exercise this week.',
     'leads', {('state:CA', 'leads', 'formation:mnb-latvia')}),
    ('The United States leads the battlegroup in Poland and Germany the one in Lithuania.',
     'leads', {('state:US', 'leads', 'formation:efp-bg-poland'), ('state:DE', 'leads', 'formation:efp-bg-lithuania')}),
    ('Denmark and Latvia jointly lead Multinational Division North, NATO said in a statement.',
     'leads', {('state:DK', 'leads', 'formation:mnd-n'), ('state:LV', 'leads', 'formation:mnd-n')}),
    ('Canada, the framework nation of the Multinational Brigade Latvia, announced new deployments on Monday.',
     'leads', {('state:CA', 'leads', 'formation:mnb-latvia')}),
    ('The Canada-led brigade in Latvia will double in size by 2026.',
     'leads', {('state:CA', 'leads', 'formation:mnb-latvia')}),
    ('NATO Daudznacionālā brigāde Latvijā ir izveidota uz kaujas grupas bāzes. Brigādi, tāpat kā iepriekš kaujas grupu, komandē Kanāda.',
     'leads', {('state:CA', 'leads', 'formation:mnb-latvia')}),
]


@pytest.mark.parametrize(("text", "predicate", "expected"), CASES)
def test_news_leads(text: str, predicate: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples(analyse_text(text, date="2025-01-15"), predicate) == expected

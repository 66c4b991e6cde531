"""Attaché sentences cut into clauses: elliptical clauses, "respectively", city (state) pairs,
participles before a city or state, and the direction a section heading or an earlier sentence gives."""

from __future__ import annotations

from conftest import attache_rows as rows


def test_lv_elliptical_clause_after_contrast_word() -> None:
    text = ("Latvijas aizsardzības atašeji\n\n"
            "Oslo strādājošais atašejs ir akreditēts Norvēģijā, bet viņa kolēģis Madridē – Spānijā un Andorā.")
    assert rows(text) == {("state:LV", "state:NO", "city:oslo"), ("state:LV", "state:ES", "city:madrid"),
                          ("state:LV", "state:AD", "city:madrid")}


def test_lv_participles_and_covers() -> None:
    text = ("Latvijas aizsardzības atašeji\n\n"
            "Prāgā bāzētais atašejs akreditēts Čehijā, Vīnē rezidējošais – Austrijā un Ungārijā, "
            "savukārt Atēnās dienošā atašeja pārziņā ir Grieķija un Kipra.")
    assert rows(text) == {("state:LV", "state:CZ", "city:prague"), ("state:LV", "state:AT", "city:vienna"),
                          ("state:LV", "state:HU", "city:vienna"), ("state:LV", "state:GR", "city:athens"),
                          ("state:LV", "state:CY", "city:athens")}


def test_lv_city_with_state_in_brackets_pairs() -> None:
    text = ("Latvijas aizsardzības atašeji\n\n"
            "Ziemeļvalstīs atašeji rezidē attiecīgi Stokholmā (Zviedrija) un Oslo (Norvēģija).")
    assert rows(text) == {("state:LV", "state:SE", "city:stockholm"), ("state:LV", "state:NO", "city:oslo")}


def test_lv_accredited_participle_before_state() -> None:
    got = rows("Latvijas atašeji\n\nGruzijā akreditētais atašejs strādā Ankarā, bet Moldovā akreditētais – Kijivā.")
    assert got == {("state:LV", "state:GE", "city:ankara"), ("state:LV", "state:MD", "city:kyiv")}


def test_lv_respectively_pairs_embassy_cities_with_states() -> None:
    got = rows("Lietuvas vēstniecībās Parīzē un Romā strādā aizsardzības padomnieki, kas atbild par sadarbību "
               "attiecīgi ar Franciju un Itāliju.", "defence_adviser_to")
    assert got == {("state:LT", "state:FR", "city:paris"), ("state:LT", "state:IT", "city:rome")}


def test_lv_foreign_section_receiver_from_heading_and_lead_in() -> None:
    text = ("Ārvalstu atašeji Latvijā\n\n"
            "Rīgā rezidē Zviedrijas un Somijas aizsardzības atašeji. "
            "Dažas valstis atašejus Latvijā akreditē no citurienes: Spānijas atašejs rezidē Helsinkos, "
            "Grieķijas atašejs – Varšavā, bet Čehijas atašejs – Viļņā.")
    assert rows(text) == {("state:SE", "state:LV", "city:riga"), ("state:FI", "state:LV", "city:riga"),
                          ("state:ES", "state:LV", "city:helsinki"), ("state:GR", "state:LV", "city:warsaw"),
                          ("state:CZ", "state:LV", "city:vilnius")}


def test_lv_responsible_for_with_residence() -> None:
    got = rows("Igaunijas atašejs ar rezidenci Varšavā ir atbildīgs arī par Rumāniju un Bulgāriju.")
    assert got == {("state:EE", "state:RO", "city:warsaw"), ("state:EE", "state:BG", "city:warsaw")}


def test_lv_sender_named_in_an_earlier_sentence() -> None:
    text = ("Latvijas aizsardzības atašeji\n\n"
            "Pašlaik ārzemēs strādā astoņi Latvijas aizsardzības atašeji. "
            "Atašejs, kura dienesta vieta ir Londona, ir akreditēts Apvienotajā Karalistē.")
    assert rows(text) == {("state:LV", "state:GB", "city:london")}


def test_en_respectively_and_while_clause() -> None:
    got = rows("Estonia's attachés in Berlin and Paris cover Germany and France respectively, "
               "while the attaché in Rome is responsible for Italy and Greece.")
    assert got == {("state:EE", "state:DE", "city:berlin"), ("state:EE", "state:FR", "city:paris"),
                   ("state:EE", "state:IT", "city:rome"), ("state:EE", "state:GR", "city:rome")}


def test_en_non_resident_from_city_in_attache_section() -> None:
    text = ("Foreign defence attachés accredited to Lithuania\n\n"
            "Portugal's attaché is accredited to Lithuania on a non-resident basis from Warsaw. "
            "Norway and Denmark maintain defence attachés in Vilnius.")
    assert rows(text) == {("state:PT", "state:LT", "city:warsaw"), ("state:NO", "state:LT", "city:vilnius"),
                          ("state:DK", "state:LT", "city:vilnius")}


def test_en_adjective_sender_with_rank_and_name() -> None:
    got = rows("Colonel Anna Berg, the Swedish defence attaché in Tallinn, also covers Finland.")
    assert got == {("state:SE", "state:EE", "city:tallinn"), ("state:SE", "state:FI", "city:tallinn")}


def test_en_based_in_is_not_a_receiver() -> None:
    got = rows("The defence attaché of Croatia, who is based in Warsaw, is also accredited to Lithuania.")
    assert got == {("state:HR", "state:LT", "city:warsaw")}


def test_en_contrast_word_without_attache_makes_no_claim() -> None:
    assert rows("Latvia buys radars from Sweden, while Germany sends tanks to Lithuania.") == set()

"""Hosting a body is no event; a Latvian locative event name that ends in its year is a setting."""

from conftest import analyse_text, triples


def test_en_hosting_a_body_is_no_event():
    ad = analyse_text("Lithuania hosts the NATO Energy Security Centre of Excellence in Vilnius, set up in 2012.")
    assert triples(ad, "held_in") == set()
    ad = analyse_text("Since 2017 Latvia has hosted NATO Multinational Division North in Riga.")
    assert triples(ad, "held_in") == set()


def test_en_hosting_a_meeting_still_is():
    ad = analyse_text("In May 2016 Riga hosted a meeting of NATO foreign ministers.")
    assert {p for _, _, p in triples(ad, "held_in")} == {"city:riga"}


def test_lv_locative_event_name_with_its_year():
    ad = analyse_text("Latvija uzaicinājumu saņēma NATO Prāgas samitā 2002. gada 21. novembrī.")
    assert ("event:nato-summit-2002-prague", "held_in", "city:prague") in triples(ad, "held_in")


def test_en_hosting_a_bodys_ministers_is_an_event():
    ad = analyse_text("Vilnius hosted NATO defence ministers on 5 and 6 June 2022.")
    assert {p for _, _, p in triples(ad, "held_in")} == {"city:vilnius"}

"""Where formations and bodies are (located_in) and when they were founded (inception)."""

from __future__ import annotations

from conftest import analyse_text, claims_of, triples


def test_lv_deployed_since_year_gives_location_start_and_inception() -> None:
    adoc = analyse_text("Kopš 2016. gada Ādažu bāzē ir izvietota NATO daudznacionālā kaujas grupa.")
    (loc,) = claims_of(adoc, "located_in")
    assert (loc.subject, loc.object, loc.qualifiers.get("start")) == ("formation:efp-bg-latvia", "base:adazi", "2016")
    assert triples(adoc, "inception") == {("formation:efp-bg-latvia", "inception", "2016")}


def test_lv_opened_in_city() -> None:
    adoc = analyse_text("2014. gadā Rīgā tika atklāts NATO Stratēģiskās komunikācijas izcilības centrs, kas pēta "
                        "dezinformāciju.")
    assert triples(adoc, "inception") == {("org:stratcom-coe", "inception", "2014")}
    assert triples(adoc, "located_in") == {("org:stratcom-coe", "located_in", "city:riga")}


def test_lv_place_first_verb_atrodas() -> None:
    got = triples(analyse_text("Tāpat Rīgā atrodas NATO spēku integrācijas vienība."), "located_in")
    assert got == {("org:nfiu-latvia", "located_in", "city:riga")}


def test_en_passive_established_in_city_and_year() -> None:
    adoc = analyse_text("The NATO Force Integration Unit was established in Riga in 2015 to support training.")
    assert triples(adoc, "inception") == {("org:nfiu-latvia", "inception", "2015")}
    assert triples(adoc, "located_in") == {("org:nfiu-latvia", "located_in", "city:riga")}


def test_en_active_founded_object_with_full_date() -> None:
    adoc = analyse_text("After the Cold War the Alliance founded the North Atlantic Cooperation Council on "
                        "20 December 1991 to talk with former adversaries.")
    assert triples(adoc, "inception") == {("org:nacc", "inception", "1991-12-20")}


def test_en_same_year_takes_sentence_year() -> None:
    adoc = analyse_text("In 1994, Lithuania joined the Partnership for Peace, launched in the same year by the "
                        "Alliance.")
    assert triples(adoc, "inception") == {("programme:pfp", "inception", "1994")}


def test_en_airfield_used_as_base_for_previous_operation() -> None:
    adoc = analyse_text("Baltic Air Policing protects the airspace of the three states. "
                        "The airfield in Siauliai, Lithuania, is used as a base for the rotating fighter jets.")
    assert triples(adoc, "located_in") == {("operation:baltic-air-policing", "located_in", "city:siauliai")}


def test_en_founding_cooperation_is_not_inception() -> None:
    adoc = analyse_text("Since 2004, Lithuania has founded cooperation with Ukraine and Georgia in defence reform.")
    assert claims_of(adoc, "inception") == [] and claims_of(adoc, "located_in") == []

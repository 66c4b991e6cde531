"""Troop contributors and personnel counts in Latvian and English."""

from __future__ import annotations

from conftest import analyse_text, claims_of, triples

from allygraph.model import Literal

BG_LV = "formation:efp-bg-latvia"
BG_LT = "formation:efp-bg-lithuania"


def test_en_troops_from_a_list_with_count() -> None:
    adoc = analyse_text("The eFP Battlegroup Latvia comprises more than 1,200 troops from Canada, Poland, Spain "
                        "and Italy, who rotate every six months.")
    assert triples(adoc, "contributes_to") == {(s, "contributes_to", BG_LV) for s in
                                               ("state:CA", "state:PL", "state:ES", "state:IT")}
    (count,) = claims_of(adoc, "personnel_count")
    assert count.subject == BG_LV and count.object == Literal(1200, "quantity", ">")


def test_en_pronoun_refers_to_previous_formation() -> None:
    adoc = analyse_text("Germany leads the NATO battlegroup in Lithuania. "
                        "It brings together about 1,000 soldiers from Norway, the Netherlands and Czechia.")
    assert triples(adoc, "contributes_to") == {(s, "contributes_to", BG_LT) for s in
                                               ("state:NO", "state:NL", "state:CZ")}
    assert [c.object.value for c in claims_of(adoc, "personnel_count")] == [1000]


def test_en_contributing_nations_are() -> None:
    got = triples(analyse_text("For the battlegroup in Lithuania the contributing nations are Belgium and "
                               "Luxembourg, according to the ministry."), "contributes_to")
    assert got == {("state:BE", "contributes_to", BG_LT), ("state:LU", "contributes_to", BG_LT)}


def test_lv_soldiers_from_genitive_list_passive_context() -> None:
    adoc = analyse_text("Kaujas grupā Latvijā dienē vairāk nekā 900 karavīru no Slovākijas, Slovēnijas un "
                        "Melnkalnes.")
    assert triples(adoc, "contributes_to") == {(s, "contributes_to", BG_LV) for s in
                                               ("state:SK", "state:SI", "state:ME")}
    (count,) = claims_of(adoc, "personnel_count")
    assert count.object == Literal(900, "quantity", ">")


def test_lv_verb_sends_soldiers() -> None:
    got = triples(analyse_text("Spānija un Itālija sūta karavīrus uz NATO kaujas grupu Latvijā."), "contributes_to")
    assert got == {("state:ES", "contributes_to", BG_LV), ("state:IT", "contributes_to", BG_LV)}


def test_no_formation_anywhere_no_contributors() -> None:
    adoc = analyse_text("Pēc mācībām 300 karavīru no Polijas atgriezās mājās.")
    assert triples(adoc, "contributes_to") == set() and claims_of(adoc, "personnel_count") == []

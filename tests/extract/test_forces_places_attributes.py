"""Where a body or formation is, said without a locating verb: place compounds and participles,
a body named with its city, and a formation head noun with a list of countries."""

from __future__ import annotations

from conftest import analyse_text, triples


def _where(text: str) -> set[tuple[str, str, str]]:
    return triples(analyse_text(text), "located_in")


def test_en_place_based_compound() -> None:
    got = _where("Analysts met at the Helsinki-based European Centre of Excellence for Countering Hybrid Threats.")
    assert got == {("org:hybrid-coe", "located_in", "city:helsinki")}


def test_en_body_with_its_city_and_acronym() -> None:
    got = _where("The planners of the exercise worked at SHAPE in Mons for a week.")
    assert ("org:shape", "located_in", "city:mons") in got


def test_en_umbrella_organisation_is_not_located() -> None:
    assert _where("NATO in Brussels welcomed the decision.") == set()


def test_en_plural_head_with_a_list_of_countries() -> None:
    got = triples(analyse_text("The first battlegroups in Estonia, Latvia and Lithuania deployed in 2017."))
    assert ("formation:efp-bg-latvia", "located_in", "state:LV") in got
    assert ("formation:efp-bg-estonia", "located_in", "state:EE") in got
    assert ("formation:efp-bg-lithuania", "inception", "2017") in got


def test_en_singular_head_before_gapping_is_not_a_list() -> None:
    got = _where("The United Kingdom leads the battlegroup in Estonia, Germany the one in Lithuania.")
    assert ("formation:efp-bg-estonia", "located_in", "state:DE") not in got


def test_lv_locative_participle_before_the_unit() -> None:
    got = _where("Dānijas un Zviedrijas karavīri dien Ādažos izvietotajā brigādē.")
    assert ("formation:mnb-latvia", "located_in", "city:adazi") in got


def test_lv_list_of_countries_each_its_own() -> None:
    got = _where("Kaujas grupas Igaunijā, Latvijā, Lietuvā un Polijā izvietoja 2017. gadā.")
    assert ("formation:efp-bg-poland", "located_in", "state:PL") in got
    assert ("formation:efp-bg-estonia", "located_in", "state:PL") not in got


def test_en_led_by_in_each_place_locates_each_formation() -> None:
    got = _where("Since 2019 the alliance has kept battlegroups in the region, led by Canada in Latvia "
                 "and by Germany in Lithuania.")
    assert got == {("formation:efp-bg-latvia", "located_in", "state:LV"),
                   ("formation:efp-bg-lithuania", "located_in", "state:LT")}


def test_en_nationality_adjective_is_not_the_place() -> None:
    assert _where("In 2001 the aspirants founded the Vilnius Group in the Lithuanian capital.") == set()

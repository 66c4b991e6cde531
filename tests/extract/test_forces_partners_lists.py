"""military_support_to to a list of receivers and from a capital standing for its state;
strategic_partner_of from "strategic partnership with X" and with a coordinated owner.
Sentences written for these tests."""

from conftest import analyse_text, triples


def _pairs(text: str, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, _, o in triples(analyse_text(text), predicate)}


def test_en_support_to_a_list_of_states() -> None:
    got = _pairs("Norway has given military support to Finland, Estonia and Poland since 2022.", "military_support_to")
    assert {("state:NO", "state:FI"), ("state:NO", "state:EE"), ("state:NO", "state:PL")} <= got


def test_en_capital_as_the_giver() -> None:
    got = _pairs("Washington has provided military aid to Lithuania and Latvia.", "military_support_to")
    assert {("state:US", "state:LT"), ("state:US", "state:LV")} <= got


def test_lv_capital_as_the_giver() -> None:
    got = _pairs("Berlīne sniedz militāro atbalstu Lietuvai.", "military_support_to")
    assert ("state:DE", "state:LT") in got


def test_a_city_where_something_happens_is_no_giver() -> None:
    got = _pairs("Ministers met in Washington to discuss military support for Ukraine.", "military_support_to")
    assert not any(s == "state:US" for s, _ in got)


def test_lv_strategic_partnership_with() -> None:
    got = _pairs("Latvija uzsver, ka tās stratēģiskās partnerattiecības ar Poliju kļūst ciešākas.", "strategic_partner_of")
    assert ("state:LV", "state:PL") in got


def test_en_strategic_partnership_with_after_a_possessive() -> None:
    got = _pairs("Lithuania's strategic partnership with Germany has grown since 2023.", "strategic_partner_of")
    assert ("state:LT", "state:DE") in got


def test_en_coordinated_owners_of_a_partnership() -> None:
    got = _pairs("Denmark and Norway launched a strategic partnership with Canada.", "strategic_partner_of")
    assert {("state:DK", "state:CA"), ("state:NO", "state:CA")} <= got

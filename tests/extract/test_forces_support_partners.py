"""Military support and strategic partners in Latvian and English."""

from __future__ import annotations

from conftest import analyse_text, triples


def support(text: str) -> set[tuple[str, str, str]]:
    return triples(analyse_text(text), "military_support_to")


def partners(text: str) -> set[tuple[str, str, str]]:
    return triples(analyse_text(text), "strategic_partner_of")


def test_en_givers_listed_after_such_as() -> None:
    got = support("Several Nordic countries, such as Sweden, Norway and Finland, provide important military "
                  "support to Estonia.")
    assert got == {(s, "military_support_to", "state:EE") for s in ("state:SE", "state:NO", "state:FI")}


def test_en_receiving_voice() -> None:
    got = support("Estonia receives military support from the United States and Germany, the report says.")
    assert got == {("state:US", "military_support_to", "state:EE"), ("state:DE", "military_support_to", "state:EE")}


def test_lv_dative_receiver_givers_after_verb() -> None:
    got = support("Igaunijai būtisku militāro palīdzību sniedz Somija un Zviedrija.")
    assert got == {("state:FI", "military_support_to", "state:EE"), ("state:SE", "military_support_to", "state:EE")}


def test_lv_security_support_is_not_military_support() -> None:
    assert support("Lietuva kopā ar Poliju sniedz drošības atbalstu Ukrainai.") == set()


def test_en_possessive_owner_and_apposition() -> None:
    got = partners("Latvia cooperates closely with its strategic partners, the United States and Poland.")
    assert got == {("state:LV", "strategic_partner_of", "state:US"), ("state:LV", "strategic_partner_of", "state:PL")}


def test_lv_genitive_owner_list_after() -> None:
    got = partners("Igaunija apspriedās ar Igaunijas stratēģiskajiem partneriem Vāciju un Franciju.")
    assert got == {("state:EE", "strategic_partner_of", "state:DE"), ("state:EE", "strategic_partner_of", "state:FR")}


def test_lv_copula_pair() -> None:
    got = partners("Lietuva un Polija ir stratēģiskās partneres.")
    assert got in ({("state:LT", "strategic_partner_of", "state:PL")}, {("state:PL", "strategic_partner_of", "state:LT")})


def test_en_partner_of() -> None:
    got = partners("Japan is a strategic partner of Australia in the region.")
    assert got == {("state:AU", "strategic_partner_of", "state:JP")}

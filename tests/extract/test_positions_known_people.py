"""Bare national titles before a known person resolve to that person's office from the reference
data ("Chancellor Friedrich Merz" -> Chancellor of Germany); EU offices by their own names."""

from __future__ import annotations

from conftest import analyse_text, triples


def _held(text: str) -> set[tuple[str, str, str]]:
    return triples(analyse_text(text), "holds_position")


def test_en_bare_titles_take_the_known_persons_office() -> None:
    got = _held("In Kaunas, Chancellor Friedrich Merz and Defence Minister Boris Pistorius met the troops.")
    assert ("person:friedrich-merz", "holds_position", "position:de-chancellor") in got
    assert ("person:boris-pistorius", "holds_position", "position:de-minister-of-defence") in got


def test_lv_bare_title_before_known_person() -> None:
    got = _held("Rīgā ieradās aizsardzības ministrs Boriss Pistoriuss.")
    assert got == {("person:boris-pistorius", "holds_position", "position:de-minister-of-defence")}


def test_lv_commission_offices_before_names() -> None:
    got = _held("Tikšanās laikā runāja Eiropas Komisijas izpildviceprezidente Henna Virkunena un "
                "ES aizsardzības un kosmosa komisārs Andrjus Kubiļus.")
    assert got == {("person:henna-virkkunen", "holds_position", "position:ec-executive-vice-president"),
                   ("person:andrius-kubilius", "holds_position", "position:eu-commissioner-defence-space")}


def test_en_commission_office_in_apposition() -> None:
    got = _held("Andrius Kubilius, the European Commissioner for Defence and Space, opened the forum.")
    assert got == {("person:andrius-kubilius", "holds_position", "position:eu-commissioner-defence-space")}

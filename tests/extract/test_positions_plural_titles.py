"""A plural title before a list of names: each known person holds their own state's office."""

from __future__ import annotations

from conftest import analyse_text, triples


def _held(text: str) -> set[tuple[str, str, str]]:
    return triples(analyse_text(text), "holds_position")


def test_en_defence_ministers_comma_list() -> None:
    got = _held("The Baltic defence ministers, Andris Sprūds, Hanno Pevkur and Arvydas Anušauskas, met in Tallinn.")
    assert got == {("person:andris-spruds", "holds_position", "position:lv-minister-of-defence"),
                   ("person:hanno-pevkur", "holds_position", "position:ee-minister-of-defence"),
                   ("person:arvydas-anusauskas", "holds_position", "position:lt-minister-of-defence")}


def test_lv_defence_ministers_dash_list() -> None:
    got = _held("Paziņojumu sagatavoja Baltijas valstu aizsardzības ministri – Arvīds Anušausks un Hanno Pevkurs.")
    assert {("person:arvydas-anusauskas", "holds_position", "position:lt-minister-of-defence"),
            ("person:hanno-pevkur", "holds_position", "position:ee-minister-of-defence")} <= got


def test_en_colon_list_of_ministers_of_defence_skips_people_without_such_office() -> None:
    got = _held("Present were the ministers of defence: Boris Pistorius, Mark Rutte and Hanno Pevkur.")
    assert ("person:boris-pistorius", "holds_position", "position:de-minister-of-defence") in got
    assert ("person:hanno-pevkur", "holds_position", "position:ee-minister-of-defence") in got
    assert not any(s == "person:mark-rutte" for s, _, _ in got)

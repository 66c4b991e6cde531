"""Representation: "Francijā Igauniju pārstāv atašejs", "In Norway, Estonia is represented by a
defence adviser": the represented state sends, the state of the representation receives; a later
"the adviser is based in X and also accredited to Y" adds Y, and the residence X to both pairs."""

from __future__ import annotations

from conftest import attache_rows as rows


def test_lv_locative_receiver_accusative_sender_with_residence() -> None:
    got = rows("Francijā Igauniju pārstāv aizsardzības atašejs, kurš rezidē Parīzē.")
    assert got == {("state:EE", "state:FR", "city:paris")}


def test_lv_adviser_represents_also_accredited() -> None:
    got = rows("Aizsardzības padomnieki\n\nNorvēģijā Lietuvu pārstāv aizsardzības padomnieks. Padomnieks dzīvo Oslo "
               "un ir akreditēts arī Islandē.", "defence_adviser_to")
    assert got == {("state:LT", "state:NO", "city:oslo"), ("state:LT", "state:IS", "city:oslo")}


def test_lv_sender_first_then_locative() -> None:
    got = rows("Lietuvu Spānijā pārstāv militārais atašejs ar rezidenci Madridē.")
    assert got == {("state:LT", "state:ES", "city:madrid")}


def test_en_passive_represented_by_then_bare_adviser_sentence() -> None:
    got = rows("Estonia's defence advisers\n\nIn Canada, Estonia is represented by a defence adviser rather "
               "than an attaché. The adviser resides in Ottawa and is also accredited to the United States.",
               "defence_adviser_to")
    assert got == {("state:EE", "state:CA", "city:ottawa"), ("state:EE", "state:US", "city:ottawa")}


def test_en_active_represents_in() -> None:
    got = rows("A military attaché based in Rome represents Finland in Italy.")
    assert got == {("state:FI", "state:IT", "city:rome")}


def test_en_bare_adviser_outside_an_attache_section_is_nothing() -> None:
    assert rows("The adviser to the Prime Minister of Estonia visited Finland.", "defence_adviser_to") == set()

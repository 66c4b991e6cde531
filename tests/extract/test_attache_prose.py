"""Defence attachés and advisers stated in running text, Latvian and English."""

from __future__ import annotations

from conftest import attache_rows as rows


def test_en_attache_in_city_also_accredited_to() -> None:
    got = rows("Lithuania's defence attaché in Berlin is also accredited to Austria and France.")
    assert got == {("state:LT", "state:DE", "city:berlin"), ("state:LT", "state:AT", "city:berlin"),
                   ("state:LT", "state:FR", "city:berlin")}


def test_en_resident_in_covers() -> None:
    got = rows("Poland's defence attaché, resident in Stockholm, covers Norway and Denmark.")
    assert got == {("state:PL", "state:NO", "city:stockholm"), ("state:PL", "state:DK", "city:stockholm")}


def test_en_adviser_of_state_to_state() -> None:
    got = rows("The defence adviser of Estonia to the United Kingdom is based in London.", "defence_adviser_to")
    assert got == {("state:EE", "state:GB", "city:london")}


def test_lv_genitive_sender_locative_receivers() -> None:
    got = rows("Lietuvas aizsardzības atašejs Vācijā, kurš rezidē Berlīnē, ir akreditēts arī Austrijā.")
    assert got == {("state:LT", "state:DE", "city:berlin"), ("state:LT", "state:AT", "city:berlin")}


def test_lv_no_sender_no_claim() -> None:
    assert rows("Aizsardzības atašejs ir nozīmīgs atbalsts sadarbībai ar citām valstīm.") == set()


def test_en_group_of_senders_keep_attaches_in_city() -> None:
    got = rows("Germany, France and Poland keep their defence attachés in Vilnius, the ministry said.")
    assert got == {(s, "state:LT", "city:vilnius") for s in ("state:DE", "state:FR", "state:PL")}

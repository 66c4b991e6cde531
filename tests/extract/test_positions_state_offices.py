"""A national office takes the state written before it across the state's form ("Lietuvas Republikas")
and across another office of the same person joined by "un"/"and"."""

from __future__ import annotations

from conftest import analyse_text, claims_of


def _held(text: str) -> set[tuple[str, str]]:
    return {(c.subject, c.object) for c in claims_of(analyse_text(text), "holds_position")}


def test_lv_state_form_and_coordinated_office() -> None:
    got = _held("Rīgā ieradās Igaunijas Republikas vicepremjers un aizsardzības ministrs Hanno Pevkurs.")
    assert any(p == "position:ee-minister-of-defence" and "pevkur" in s for s, p in got)
    assert not any(p == "position:lv-minister-of-defence" for _, p in got)


def test_lv_state_form_alone() -> None:
    got = _held("Sarunās piedalījās Lietuvas Republikas aizsardzības ministrs Dovile Šakaliene.")
    assert any(p == "position:lt-minister-of-defence" for _, p in got)


def test_en_possessive_and_coordinated_office() -> None:
    got = _held("Estonia's Deputy Prime Minister and defence minister Hanno Pevkur arrived in Riga.")
    assert any(p == "position:ee-minister-of-defence" for _, p in got)


def test_another_place_word_between_keeps_the_home_office() -> None:
    got = _held("Igaunijas vēstniecībā viesojās aizsardzības ministrs Andris Sprūds.")
    assert ("person:andris-spruds", "position:lv-minister-of-defence") in got

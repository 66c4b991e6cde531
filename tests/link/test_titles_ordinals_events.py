"""Offices split by a possessive or an ordinal; title words inside event names; event names ending in their city."""

from __future__ import annotations

import pytest

from allygraph.link.gazetteer import Gazetteer
from allygraph.refdata import load_reference


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer(load_reference())


def _ids(gaz: Gazetteer, text: str, lang: str) -> list[tuple[str, str]]:
    return [(m.entity_id, m.surface) for m in gaz.find(text, lang)]


def test_english_possessive_and_ordinal_office(gaz: Gazetteer) -> None:
    got = _ids(gaz, "He became NATO's thirteenth Secretary General; NATO's Secretary-General agreed.", "en")
    assert got == [("position:nato-secretary-general", "NATO's thirteenth Secretary General"),
                   ("position:nato-secretary-general", "NATO's Secretary-General")]


def test_latvian_numbered_office_in_any_case(gaz: Gazetteer) -> None:
    got = _ids(gaz, "Sarunā ar NATO 12. ģenerālsekretāru piedalījās arī NATO jaunais ģenerālsekretārs.", "lv")
    assert got == [("position:nato-secretary-general", "NATO 12. ģenerālsekretāru"),
                   ("position:nato-secretary-general", "NATO jaunais ģenerālsekretārs")]


def test_deputy_is_not_an_ordinal(gaz: Gazetteer) -> None:
    assert ("position:nato-secretary-general", "NATO's Deputy Secretary General") not in _ids(
        gaz, "NATO's Deputy Secretary General arrived.", "en")


def test_titles_naming_a_meeting_are_not_offices(gaz: Gazetteer) -> None:
    lv = _ids(gaz, "NATO aizsardzības ministru neformālajā sanāksmē Briselē runāja arī ārlietu ministru padomē.", "lv")
    assert not [i for i, _ in lv if i.startswith("position:")]
    kept = _ids(gaz, "Viņš tikās ar aizsardzības ministru Briselē.", "lv")
    assert ("position:lv-minister-of-defence", "aizsardzības ministru") in kept


def test_event_name_ending_in_its_city_leaves_the_city_a_mention(gaz: Gazetteer) -> None:
    got = _ids(gaz, "At the NATO summit meeting in Washington the allies agreed.", "en")
    assert got == [("event:nato-summit-1999-washington", "NATO summit meeting"), ("city:washington", "Washington")]
    lv = gaz.find("Notika NATO ārlietu ministru sanāksme Rīgā.", "lv")
    assert [(m.entity_id, m.surface) for m in lv] == [("event:nato-fmm-2021-riga", "NATO ārlietu ministru sanāksme"),
                                                      ("city:riga", "Rīgā")]
    assert lv[1].cases == frozenset({"loc"})

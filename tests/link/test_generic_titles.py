"""Bare titles resolve to one state's office only when the text says which state (or is about it)."""

from __future__ import annotations

import pytest

from allygraph.link.gazetteer import Gazetteer
from allygraph.refdata import load_reference


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer(load_reference())


def _offices(gaz: Gazetteer, text: str, lang: str) -> list[tuple[str, str]]:
    mentions, _ = gaz.find_entities(text, lang)
    return [(m.entity_id, m.surface) for m in mentions if m.type.value == "position"]


def test_english_bare_title_stays_generic(gaz: Gazetteer) -> None:
    got = _offices(gaz, "The Prime Minister said the defence minister would travel to Oslo.", "en")
    assert got == [("position:prime-minister", "Prime Minister"), ("position:minister-of-defence", "defence minister")]


def test_a_state_next_to_the_title_picks_its_office(gaz: Gazetteer) -> None:
    got = dict(_offices(gaz, "Lithuania's defence minister and the Prime Minister of the Netherlands met.", "en"))
    assert got == {"position:lt-minister-of-defence": "defence minister",
                   "position:nl-prime-minister": "Prime Minister of the Netherlands"}


def test_a_known_holder_after_the_title_picks_the_office(gaz: Gazetteer) -> None:
    got = _offices(gaz, "Yesterday Prime Minister Krišjānis Kariņš opened the session.", "en")
    assert got == [("position:lv-prime-minister", "Prime Minister")]


def test_latvian_text_defaults_to_latvia_unless_another_state_is_named(gaz: Gazetteer) -> None:
    got = _offices(gaz, "Aizsardzības ministrs sarunās ar Igaunijas aizsardzības ministru runāja par mācībām.", "lv")
    assert got == [("position:lv-minister-of-defence", "Aizsardzības ministrs"),
                   ("position:ee-minister-of-defence", "Igaunijas aizsardzības ministru")]


def test_an_office_the_data_lacks_is_created_with_both_labels(gaz: Gazetteer) -> None:
    mentions, created = gaz.find_entities("Beļģijas premjerministrs ieradās Rīgā.", "lv")
    office = next(e for e in created if e.id == "position:be-prime-minister")
    assert office.labels == {"en": "Prime Minister of Belgium", "lv": "Beļģijas premjerministrs"}
    assert office.extra["country"] == "state:BE"
    assert any(m.entity_id == office.id and m.created for m in mentions)


def test_president_needs_a_state_or_a_known_holder(gaz: Gazetteer) -> None:
    assert _offices(gaz, "President Ann Example spoke in Tallinn.", "en") == []
    assert _offices(gaz, "President Edgars Rinkēvičs spoke in Tallinn.", "en") == [("position:lv-president", "President")]


def test_a_generic_unit_takes_the_state_of_its_place(gaz: Gazetteer) -> None:
    ids = [m.entity_id for m in gaz.find("The NFIU in Vilnius and the NATO Force Integration Unit in Bulgaria.", "en")]
    assert "org:nfiu-lithuania" in ids and "org:nfiu-bulgaria" in ids

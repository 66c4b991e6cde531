"""Units, operations and bodies the reference data lacks become entities when the text names them
in a way that shows what they are; kinds, roles and sentence openers do not."""

from __future__ import annotations

from allygraph.link.units import find_new_units
from allygraph.query import _gazetteer


def _new(text: str, lang: str) -> dict[str, str]:
    _, created = _gazetteer().find_entities(text, lang)
    return {e.id: e.label("en") for e in created if e.source == "text"}


def test_a_name_the_gazetteer_knows_is_not_created_again() -> None:
    text = "Canada leads the battlegroup; the NATO Force Integration Unit (NFIU) is in Riga."
    mentions, _ = _gazetteer().find_entities(text, "en")
    assert find_new_units(text, "en", mentions) == ([], [])


def test_english_names_with_a_kind_word_an_opening_word_or_an_acronym() -> None:
    text = ("The United Kingdom leads Operation Amber Lynx in the North Sea. The Baltic Mine Countermeasures "
            "Squadron (BALMCM) was formed in 1998. Panzergrenadierbrigade 37 moved to Vilnius, and the "
            "Nordic Logistics Command opened in Oslo.")
    got = _new(text, "en")
    assert got["operation:amber-lynx"] == "Amber Lynx"
    assert got["formation:balmcm"] == "Baltic Mine Countermeasures Squadron"
    assert got["formation:panzergrenadierbrigade-37"] == "Panzergrenadierbrigade 37"
    assert got["org:nordic-logistics-command"] == "Nordic Logistics Command"


def test_latvian_foreign_names_after_a_kind_noun_and_acronyms() -> None:
    text = ("Apvienotā Karaliste vada operāciju „Amber Lynx” Ziemeļjūrā. Baltijas jūras mīnu meklēšanas "
            "eskadra (BALMCM) tika izveidota 1998. gadā, un BALMCM kuģi piedalās mācībās.")
    got = _new(text, "lv")
    assert got["operation:amber-lynx"] == "Amber Lynx"
    assert got["formation:balmcm"] == "BALMCM"


def test_every_later_mention_links_to_the_new_entity() -> None:
    text = "The Baltic Mine Countermeasures Squadron (BALMCM) sailed. Later BALMCM ships docked in Riga."
    mentions, _ = _gazetteer().find_entities(text, "en")
    surfaces = [m.surface for m in mentions if m.entity_id == "formation:balmcm"]
    assert surfaces == ["Baltic Mine Countermeasures Squadron", "BALMCM", "BALMCM"]


def test_kinds_roles_and_sentence_openers_are_not_names() -> None:
    text = ("The Operation Commander met the Armoured Division staff. Operation Headquarters moved. "
            "Komiteja Ministrs apstiprināja plānu.")
    assert _new(text, "en") == {}
    assert _new("Komitejas sēdē Ministrs runāja par koalīciju. Koalīcija Drīz tiksies.", "lv") == {}

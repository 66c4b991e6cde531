"""Offices of a named state: "the Prime Minister of Finland, <name>", a later bare title for the
same person, "<State>s prezidents <vārds>", and the US Secretary of State."""

from __future__ import annotations

from conftest import analyse_text, triples


def _held(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, _, o in triples(analyse_text(text), "holds_position")}


def test_en_title_of_state_comma_name() -> None:
    got = _held("The talks were opened by the Prime Minister of Finland, Petteri Orpo, in Turku.")
    assert ("person:petteri-orpo", "position:fi-prime-minister") in got


def test_en_later_bare_title_keeps_the_state_office() -> None:
    text = ("The talks were opened by the Prime Minister of Finland, Petteri Orpo, in Turku. "
            "Later Prime Minister Orpo met the press.")
    got = _held(text)
    assert ("person:petteri-orpo", "position:fi-prime-minister") in got
    assert ("person:petteri-orpo", "position:prime-minister") not in got


def test_lv_genitive_state_president_name() -> None:
    got = _held("Rīgā ieradās Francijas prezidents Emanuels Makrons un apmeklēja Ādažu bāzi.")
    assert any(o == "position:fr-president" for _, o in got)


def test_en_us_secretary_of_state_title() -> None:
    got = _held("On 3 May 2025 U.S. Secretary of State Marco Rubio spoke with the Latvian foreign minister.")
    assert ("person:marco-rubio", "position:us-secretary-of-state") in got


def test_lv_bare_president_without_state_is_not_an_office() -> None:
    got = _held("Uzņēmuma prezidents Jānis Kalniņš atvēra jauno rūpnīcu.")
    assert not any(o.endswith("president") for _, o in got)

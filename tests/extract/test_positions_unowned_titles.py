"""A generic office with no state or body named for it ("the Prime Minister, <name>", "defence
minister <name>") claims nothing: whose office it is stays unknown. Named owners still work."""

from __future__ import annotations

from conftest import analyse_text, triples


def _held(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, _, o in triples(analyse_text(text), "holds_position")}


def test_en_bare_prime_minister_apposition_claims_nothing() -> None:
    got = _held("On Monday the Prime Minister, Petteri Orpo, visited a garrison in the north.")
    assert not got


def test_en_bare_defence_minister_title_claims_nothing() -> None:
    got = _held("The plan was presented by defence minister Jussi Niinistö at a press conference.")
    assert not got


def test_lv_state_genitive_defence_minister_is_that_state_office() -> None:
    got = _held("Plānu preses konferencē prezentēja Kanādas aizsardzības ministrs Bils Blērs.")
    assert any(o == "position:ca-minister-of-defence" for _, o in got)


def test_en_owned_title_still_claims() -> None:
    got = _held("On Monday the Prime Minister of Finland, Petteri Orpo, visited a garrison in the north.")
    assert ("person:petteri-orpo", "position:fi-prime-minister") in got


def test_en_uk_defence_secretary_is_the_uk_office() -> None:
    got = _held("The meeting was chaired by British Defence Secretary John Healey in Brussels.")
    assert any(o == "position:gb-minister-of-defence" for _, o in got)

"""Offices named by a role noun and the body it heads ("brigādes komandieris", "the OECD
Secretary-General", "commander of the Multinational Brigade Latvia"), with ranks between the office
and the name ("Kanādas armijas pulkvedis", "Danish Major General")."""

from __future__ import annotations

from conftest import analyse_text, claims_of


def _held(text: str) -> set[tuple[str, str]]:
    return {(c.subject, c.object) for c in claims_of(analyse_text(text), "holds_position")}


def test_lv_unit_genitive_role_and_rank_before_the_name() -> None:
    got = _held("Mācības vadīja Daudznacionālās brigādes Latvijā komandieris, Kanādas armijas pulkvedis "
                "Džons Makdonalds.")
    assert any(p == "position:commander-mnb-latvia" and "makdonalds" in s for s, p in got)


def test_lv_organisation_head_before_the_name() -> None:
    got = _held("Rīgā ieradās ESAO ģenerālsekretārs Matiass Kormans.")
    assert any(p == "position:secretary-general-oecd" and "kormans" in s for s, p in got)


def test_en_organisation_role_in_apposition_with_rank() -> None:
    got = _held("The exercise was watched by the Multinational Division North commander, Danish Major General "
                "Karen Holm.")
    assert any(p == "position:commander-mnd-n" and "holm" in s for s, p in got)


def test_en_role_of_the_body_after_the_name() -> None:
    got = _held("Colonel Peter Grant, commander of the Multinational Brigade Latvia, opened the range.")
    assert any(p == "position:commander-mnb-latvia" and "grant" in s for s, p in got)


def test_en_acronym_owner_before_the_role() -> None:
    got = _held("The OECD Secretary-General, Mathias Cormann, spoke in Riga.")
    assert any(p == "position:secretary-general-oecd" and "cormann" in s for s, p in got)


def test_role_without_an_owner_is_no_office() -> None:
    assert not _held("The commander, Colonel Peter Grant, said the drill went well.")
    assert not _held("Komandieris, pulkvedis Pēteris Kalniņš, mācības novērtēja atzinīgi.")

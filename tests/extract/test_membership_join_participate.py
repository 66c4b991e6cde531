"""member_of and participant_in in English and Latvian: accession with dates, lists of states,
relative clauses, programmes joined, operations taken part in, a founding session's date."""

from __future__ import annotations

from conftest import analyse_text, claims_of, triples


def _with_start(text: str, predicate: str) -> set[tuple[str, str, str | None]]:
    return {(c.subject, c.object, str(c.qualifiers.get("start")) if "start" in c.qualifiers else None)
            for c in claims_of(analyse_text(text), predicate)}


def test_en_list_of_states_acceded_with_date() -> None:
    got = _with_start("Estonia, Lithuania and Slovakia acceded to NATO on 29 March 2004.", "member_of")
    assert got == {("state:EE", "org:nato", "2004-03-29"), ("state:LT", "org:nato", "2004-03-29"),
                   ("state:SK", "org:nato", "2004-03-29")}


def test_en_relative_clause_each_trigger_keeps_its_own_date() -> None:
    text = "Finland, which joined the Partnership for Peace in 1994, became a member of the European Union in 1995."
    assert _with_start(text, "member_of") == {("state:FI", "org:eu", "1995")}
    assert _with_start(text, "participant_in") == {("state:FI", "programme:pfp", "1994")}


def test_en_forum_named_earlier_takes_founding_date() -> None:
    text = ("On 20 December 1991 the North Atlantic Cooperation Council was set up by the Allies. "
            "Estonia sent a delegation to its founding meeting, becoming a member of the new forum.")
    assert _with_start(text, "member_of") == {("state:EE", "org:nacc", "1991-12-20")}


def test_en_operations_taken_part_in_not_generic_ones() -> None:
    text = "Since 2003 Lithuanian troops have taken part in ISAF and in all NATO operations in the Balkans."
    assert _with_start(text, "participant_in") == {("state:LT", "operation:isaf", "2003")}


def test_en_heading_alone_claims_nothing() -> None:
    assert triples(analyse_text("Joining NATO\n\nThe process took many years."), "member_of") == set()


def test_lv_accession_with_date() -> None:
    got = _with_start("Lietuva iestājās Eiropas Savienībā 2004. gada 1. maijā.", "member_of")
    assert got == {("state:LT", "org:eu", "2004-05-01")}


def test_lv_list_becomes_member_states_of_alliance() -> None:
    text = "Albānija un Horvātija, kas gadu iepriekš saņēma ielūgumu, kļuva par NATO dalībvalstīm 2009. gadā."
    assert _with_start(text, "member_of") == {("state:AL", "org:nato", "2009"), ("state:HR", "org:nato", "2009")}


def test_lv_programme_participation_since() -> None:
    got = _with_start('Kopš 1995. gada Somija piedalās programmā "Partnerattiecības mieram".', "participant_in")
    assert got == {("state:FI", "programme:pfp", "1995")}


def test_lv_nationality_word_is_the_state() -> None:
    got = triples(analyse_text("Latviešu karavīri piedalās NATO misijā Irākā."), "participant_in")
    assert got == {("state:LV", "participant_in", "operation:nmi")}

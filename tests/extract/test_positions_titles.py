"""holds_position: titles before names, appositions, copulas and relative clauses, both languages."""

from __future__ import annotations

from conftest import analyse_text, claims_of, triples


def _held(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, _, o in triples(analyse_text(text), "holds_position")}


def test_lv_titles_before_names_in_any_case() -> None:
    text = "Latvijas aizsardzības ministrs Andris Sprūds tikās ar NATO ģenerālsekretāru Marku Riti."
    assert _held(text) == {("person:andris-spruds", "position:lv-minister-of-defence"),
                           ("person:mark-rutte", "position:nato-secretary-general")}


def test_en_list_of_titled_names() -> None:
    text = ("The NATO Secretary General Mark Rutte met the President of the European Council António Costa "
            "and the President of the European Commission Ursula von der Leyen.")
    assert _held(text) == {("person:mark-rutte", "position:nato-secretary-general"),
                           ("person:antonio-costa", "position:president-european-council"),
                           ("person:ursula-von-der-leyen", "position:president-european-commission")}


def test_lv_relative_clause() -> None:
    text = "Sarunās piedalījās Baiba Braže, kura ir Latvijas ārlietu ministre."
    assert _held(text) == {("person:baiba-braze", "position:lv-minister-of-foreign-affairs")}


def test_en_relative_clause_and_apposition() -> None:
    assert _held("We met Kaja Kallas, who is the EU High Representative, in Riga.") == {
        ("person:kaja-kallas", "position:eu-high-representative")}
    assert _held("Evika Siliņa, Prime Minister of Latvia, spoke first.") == {
        ("person:evika-silina", "position:lv-prime-minister")}


def test_en_appointment_gives_a_start_date() -> None:
    [c] = claims_of(analyse_text("Mark Rutte was appointed NATO Secretary General in October 2024."),
                    "holds_position")
    assert str(c.qualifiers["start"]) == "2024-10"


def test_names_in_a_row_do_not_borrow_the_next_title() -> None:
    text = "Jens Stoltenberg, the President of the European Council Donald Tusk and others met."
    assert _held(text) == {("person:donald-tusk", "position:president-european-council")}

"""Positions held, in news-style wording (LV and EN) written for these tests: successions, appositions
with "then"/"since", appointments, other states' offices, relative clauses about the post."""

from __future__ import annotations

from conftest import analyse_text, claims_of


def _held(text: str) -> dict[tuple[str, str], dict[str, str]]:
    return {(c.subject, str(c.object)): {k: str(v) for k, v in c.qualifiers.items() if k != "as_of"}
            for c in claims_of(analyse_text(text), "holds_position")}


def test_en_succeeded_gives_start_and_end() -> None:
    got = _held("Mark Rutte succeeded Jens Stoltenberg as NATO Secretary General on 1 October 2024.")
    assert got == {("person:mark-rutte", "position:nato-secretary-general"): {"start": "2024-10-01"},
                   ("person:jens-stoltenberg", "position:nato-secretary-general"): {"end": "2024-10-01"}}


def test_en_taking_over_today_uses_the_document_date() -> None:
    doc = analyse_text("Mark Rutte became NATO's new Secretary General today, taking over from Jens Stoltenberg.",
                       date="2024-10-01")
    got = {(c.subject, c.object, tuple(sorted(c.qualifiers.items()))) for c in claims_of(doc, "holds_position")}
    assert ("person:mark-rutte", "position:nato-secretary-general", (("start", "2024-10-01"),)) in got
    assert ("person:jens-stoltenberg", "position:nato-secretary-general", (("end", "2024-10-01"),)) in got


def test_en_apposition_with_since() -> None:
    assert _held("Ursula von der Leyen, President of the European Commission since 1 December 2019, visited "
                 "Riga.") == {("person:ursula-von-der-leyen", "position:president-european-commission"):
                              {"start": "2019-12-01"}}


def test_en_then_title_in_apposition() -> None:
    got = _held("Charles Michel, then President of the European Council, met Evika Siliņa in 2023.")
    assert got[("person:charles-michel", "position:president-european-council")] == {"point_in_time": "2023"}


def test_en_was_appointed_starts_the_term() -> None:
    assert _held("Kaja Kallas was appointed High Representative of the Union for Foreign Affairs and Security "
                 "Policy on 1 December 2024.") == {
        ("person:kaja-kallas", "position:eu-high-representative"): {"start": "2024-12-01"}}


def test_en_has_served_as_since() -> None:
    assert _held("Baiba Braže has served as Minister of Foreign Affairs of Latvia since April 2024.") == {
        ("person:baiba-braze", "position:lv-minister-of-foreign-affairs"): {"start": "2024-04"}}


def test_en_another_states_office_with_a_range() -> None:
    got = _held("Rutte was Prime Minister of the Netherlands from 2010 to 2024.")
    assert list(got.values()) == [{"start": "2010", "end": "2024"}]
    ((person, position),) = got
    assert person == "person:mark-rutte" and position != "position:lv-prime-minister"


def test_en_served_as_a_bare_head_of_the_organisation_named_before() -> None:
    got = _held("NATO welcomed its new leader. Stoltenberg had served as Secretary General since 1 October 2014.")
    assert got == {("person:jens-stoltenberg", "position:nato-secretary-general"): {"start": "2014-10-01"}}


def test_lv_relative_clause_about_the_post() -> None:
    assert _held("Ārlietu ministre Baiba Braže, kura šo amatu ieņem kopš 2024. gada aprīļa, piedalījās "
                 "sanāksmē.") == {("person:baiba-braze", "position:lv-minister-of-foreign-affairs"):
                                  {"start": "2024-04"}}


def test_lv_nomainija_object_first() -> None:
    assert _held("2024. gada 1. oktobrī NATO ģenerālsekretāra amatā Jensu Stoltenbergu nomainīja Marks Rute.") == {
        ("person:mark-rutte", "position:nato-secretary-general"): {"start": "2024-10-01"},
        ("person:jens-stoltenberg", "position:nato-secretary-general"): {"end": "2024-10-01"}}


def test_lv_kluva_par_with_the_date_in_between() -> None:
    assert _held("Kaja Kallasa 2024. gada 1. decembrī kļuva par ES Augsto pārstāvi.") == {
        ("person:kaja-kallas", "position:eu-high-representative"): {"start": "2024-12-01"}}


def test_lv_another_states_prime_minister() -> None:
    got = _held("Polijas premjerministrs Donalds Tusks ieradās Rīgā 2024. gada maijā.")
    assert len(got) == 1
    ((person, position), quals), = got.items()
    assert person == "person:donald-tusk" and position != "position:lv-prime-minister"
    assert quals == {"point_in_time": "2024-05"}


def test_lv_toreizejais_in_apposition() -> None:
    got = _held("Šarls Mišels, toreizējais Eiropadomes priekšsēdētājs, 2023. gada janvārī tikās ar Jensu "
                "Stoltenbergu.")
    assert got == {("person:charles-michel", "position:president-european-council"): {"point_in_time": "2023-01"}}

"""Events and where they were held, in news-style wording (LV and EN) written for these tests:
meetings told by a verb, datelines, hosted meetings, weak mentions that make nothing."""

from __future__ import annotations

from conftest import analyse_text, claims_of


def _held(text: str) -> set[tuple[str, str, str, str]]:
    return {(c.subject, str(c.object), c.qualifiers.get("start", ""), c.qualifiers.get("end", ""))
            for c in claims_of(analyse_text(text), "held_in")}


def test_en_leaders_gathered_for_a_summit() -> None:
    got = _held("NATO leaders gathered in Vilnius on 11–12 July 2023 for their annual summit.")
    assert {(o, s, e) for _, o, s, e in got} == {("city:vilnius", "2023-07-11", "2023-07-12")}


def test_en_ministers_met_is_a_ministers_meeting() -> None:
    got = _held("The Alliance's foreign ministers met in Riga from 30 November to 1 December 2021.")
    assert len(got) == 1
    (event, place, start, end), = got
    assert place == "city:riga" and (start, end) == ("2021-11-30", "2021-12-01")
    assert "summit" not in event


def test_en_hosted_meeting_is_one_event_of_its_kind() -> None:
    got = _held("Riga will host a meeting of NATO defence ministers in October 2026.")
    assert len(got) == 1
    (event, place, start, _), = got
    assert place == "city:riga" and start == "2026-10" and "defence" in event


def test_en_dateline_gives_the_summit_its_place_and_date() -> None:
    got = _held("Madrid, 29 June 2022. At the summit, Allies invited Finland and Sweden to join.")
    assert {(o, s) for _, o, s, _ in got} == {("city:madrid", "2022-06-29")}


def test_en_undated_informal_meeting_makes_nothing() -> None:
    assert _held("Latvia's foreign minister attended an informal meeting in Brussels.") == set()


def test_en_summit_took_place_in() -> None:
    got = _held("The NATO summit took place in Washington on 10 July 2024.")
    assert {(o, s) for _, o, s, _ in got} == {("city:washington", "2024-07-10")}


def test_lv_norisinajas_sanaksme() -> None:
    got = _held("2021. gada decembrī Rīgā norisinājās NATO ārlietu ministru sanāksme.")
    assert {(o, s) for _, o, s, _ in got} == {("city:riga", "2021-12")}


def test_lv_ministri_tikas() -> None:
    got = _held("NATO aizsardzības ministri 2025. gada 13. februārī tikās Briselē.")
    assert {(o, s) for _, o, s, _ in got} == {("city:brussels", "2025-02-13")}
    assert all("summit" not in e for e, _, _, _ in got)


def test_lv_samita_laika_after_a_dateline() -> None:
    got = _held("Varšavā, 2016. gada 8. jūlijā. Varšavas samita laikā tika parakstīta deklarācija.")
    assert {(o, s) for _, o, s, _ in got} == {("city:warsaw", "2016-07-08")}


def test_lv_samits_notiks_future() -> None:
    got = _held("Nākamais samits notiks Hāgā 2025. gada jūnijā.")
    assert {(o, s) for _, o, s, _ in got} == {("city:the-hague", "2025-06")}


def test_lv_samits_notika_with_a_day_range() -> None:
    got = _held("NATO samits notika Viļņā 2023. gada 11.–12. jūlijā.")
    assert {(o, s, e) for _, o, s, e in got} == {("city:vilnius", "2023-07-11", "2023-07-12")}


def test_lv_undated_meeting_makes_nothing() -> None:
    assert _held("Ministrs piedalījās sanāksmē Tallinā.") == set()

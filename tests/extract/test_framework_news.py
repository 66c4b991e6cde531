"""Framework claims in news-style wording (LV and EN) written for these tests: measures agreed,
totals split into parts, shared members, areas, priorities and progress reports."""

from __future__ import annotations

from conftest import analyse_text, claims_of, triples

FW = "framework:eu-nato-cooperation"


def _measures(text: str) -> set[tuple[float, str]]:
    return {(c.object.value, c.qualifiers.get("point_in_time", ""))  # type: ignore[union-attr]
            for c in claims_of(analyse_text(text), "measures_approved")}


def _shared(text: str) -> set[float]:
    return {c.qualifiers["count"].value for c in claims_of(analyse_text(text), "shared_member_count")}  # type: ignore[union-attr]


def test_en_ministers_agreed_on_new_proposals() -> None:
    assert _measures("EU and NATO ministers agreed on 40 new proposals in June 2022.") == {(40, "2022-06")}


def test_en_a_total_split_into_parts_counts_the_parts() -> None:
    assert _measures("The EU and NATO endorsed 74 proposals: 42 of them in December 2016 and the remaining 32 in "
                     "December 2017.") == {(42, "2016-12"), (32, "2017-12")}


def test_en_members_in_common() -> None:
    assert _shared("The EU and NATO now have 23 members in common.") == {23}


def test_en_countries_belong_to_both() -> None:
    assert _shared("Twenty-three countries belong to both the EU and NATO.") == {23}


def test_en_work_together_on_areas() -> None:
    doc = analyse_text("NATO and the EU work together on cyber security, military mobility and hybrid threats.")
    assert triples(doc, "cooperation_area") == {
        (FW, "cooperation_area", "area:cyber-security"), (FW, "cooperation_area", "area:military-mobility"),
        (FW, "cooperation_area", "area:hybrid-threats")}


def test_en_what_matters_most_for_a_state() -> None:
    doc = analyse_text("For Latvia, military mobility and cyber security matter most in EU–NATO cooperation.")
    assert triples(doc, "priority_area") == {("state:LV", "priority_area", "area:military-mobility"),
                                             ("state:LV", "priority_area", "area:cyber-security")}


def test_en_numbered_items_under_a_priorities_section() -> None:
    text = ("Estonia's priorities\n\nEstonia has three aims.\n\n1. Cyber security. Estonia hosts a centre of "
            "excellence.\n2. Military mobility. Roads and rail must carry heavy equipment.\n")
    assert triples(analyse_text(text), "priority_area") == {
        ("state:EE", "priority_area", "area:cyber-security"), ("state:EE", "priority_area", "area:military-mobility")}


def test_en_progress_report_published() -> None:
    doc = analyse_text("The eighth progress report on EU–NATO cooperation was published in June 2023.")
    assert {str(c.object) for c in claims_of(doc, "progress_report")} == {"2023-06"}


def test_lv_ministri_vienojas_par_prieksliku_skaitu() -> None:
    assert _measures("ES un NATO ministri 2016. gada decembrī vienojās par 42 kopīgiem priekšlikumiem.") == {
        (42, "2016-12")}


def test_lv_sadarbojas_joma() -> None:
    doc = analyse_text("ES un NATO sadarbojas kiberdrošības un militārās mobilitātes jomā.")
    assert triples(doc, "cooperation_area") == {(FW, "cooperation_area", "area:cyber-security"),
                                                (FW, "cooperation_area", "area:military-mobility")}


def test_lv_kopigas_dalibvalstis() -> None:
    assert _shared("ES un NATO ir 23 kopīgas dalībvalstis.") == {23}


def test_lv_vissvarigaka_priority() -> None:
    doc = analyse_text("Latvijai vissvarīgākā ir sadarbība hibrīdo draudu novēršanā.")
    assert triples(doc, "priority_area") == {("state:LV", "priority_area", "area:hybrid-threats")}


def test_lv_list_under_a_priorities_heading() -> None:
    doc = analyse_text("Latvijas prioritātes\n\n- Militārā mobilitāte.\n- Kiberdrošība.\n")
    assert triples(doc, "priority_area") == {("state:LV", "priority_area", "area:military-mobility"),
                                             ("state:LV", "priority_area", "area:cyber-security")}


def test_lv_progress_report_tika_publicets() -> None:
    doc = analyse_text("Astotais ES un NATO sadarbības progresa ziņojums tika publicēts 2023. gada jūnijā.")
    assert {str(c.object) for c in claims_of(doc, "progress_report")} == {"2023-06"}

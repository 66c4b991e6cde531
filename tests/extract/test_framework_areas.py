"""cooperation_area and priority_area: lead-ins, lists under a heading, "cooperate on", priorities."""

from __future__ import annotations

from conftest import analyse_text, triples

FW = "framework:eu-nato-cooperation"


def _objects(text: str, predicate: str, subject: str) -> set[str]:
    return {o for s, _, o in triples(analyse_text(text), predicate) if s == subject}


def test_lv_areas_listed_after_a_dash_lead_in() -> None:
    text = ("ES un NATO sadarbība attīstās vairākās jomās – kiberdrošība, militārā mobilitāte "
            "un sievietes, miers un drošība.")
    assert _objects(text, "cooperation_area", FW) == {
        "area:cyber-security", "area:military-mobility", "area:women-peace-security"}


def test_lv_relative_clause_with_cooperate_verb() -> None:
    text = "Jomas, kurās ES un NATO sadarbojas visciešāk, ir kiberdrošība un hibrīdie draudi."
    assert _objects(text, "cooperation_area", FW) == {"area:cyber-security", "area:hybrid-threats"}


def test_en_bulleted_list_under_a_cooperation_lead_in_takes_each_items_first_area() -> None:
    text = ("Our partnership with NATO-EU cooperation at its heart covers many topics.\n\n"
            "The EU and NATO cooperate on these measures, including:\n\n"
            "- Work on military mobility across borders, with civil preparedness in mind.\n"
            "- Shared exercises and training.\n"
            "- Defence industry and research.\n")
    assert _objects(text, "cooperation_area", FW) == {
        "area:military-mobility", "area:exercises", "area:defence-industry-research"}


def test_en_areas_such_as() -> None:
    text = "EU-NATO cooperation now spans areas such as cyber defence and maritime security."
    assert _objects(text, "cooperation_area", FW) == {"area:cyber-security", "area:operational-cooperation"}


def test_en_challenges_such_as_are_not_cooperation_areas() -> None:
    text = "The EU and NATO face challenges such as disinformation and climate change and security."
    assert _objects(text, "cooperation_area", FW) == set()


def test_lv_priority_areas_of_a_named_state() -> None:
    text = ("Igaunijai sevišķi svarīga ir sadarbība kiberdrošības, militārās mobilitātes "
            "un hibrīdo draudu novēršanas jomā.")
    assert _objects(text, "priority_area", "state:EE") == {
        "area:cyber-security", "area:military-mobility", "area:hybrid-threats"}


def test_en_priorities_need_a_state_not_an_organisation() -> None:
    assert _objects("Lithuania's priorities are energy security and air defence.", "priority_area",
                    "state:LT") == {"area:energy-security", "area:air-defence"}
    doc = analyse_text("Both organisations align their capability development efforts and priorities.")
    assert triples(doc, "priority_area") == set()


def test_lv_priorities_from_the_section_heading_and_our_country() -> None:
    text = ("Lietuvas prioritātes\n\nLietuva īpaši uzsver kiberdrošību. Mūsu valstij prioritāra ir arī "
            "militārā mobilitāte.")
    assert _objects(text, "priority_area", "state:LT") == {"area:cyber-security", "area:military-mobility"}

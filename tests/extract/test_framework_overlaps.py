"""Sentences that state two things at once: a state's priorities that are also a framework's
cooperation areas, a list item naming a flagship area inside its own, and "N of the M" shared members."""

from __future__ import annotations

from conftest import analyse_text, claims_of, triples

FW = "framework:eu-nato-cooperation"


def _objects(text: str, predicate: str, subject: str) -> set[str]:
    return {o for s, _, o in triples(analyse_text(text), predicate) if s == subject}


def test_lv_priorities_among_the_eu_nato_cooperation_areas_give_both_rows() -> None:
    text = ("Igaunijai sevišķi svarīgas NATO un ES sadarbības jomas ir kritiskās infrastruktūras aizsardzība "
            "un cīņa pret dezinformāciju.")
    doc = analyse_text(text)
    assert {o for s, _, o in triples(doc, "priority_area") if s == "state:EE"} == {
        "area:critical-infrastructure", "area:disinformation"}
    assert {o for s, _, o in triples(doc, "cooperation_area") if s == FW} == {
        "area:critical-infrastructure", "area:disinformation"}


def test_en_priorities_among_the_areas_of_cooperation_of_the_eu_and_nato() -> None:
    text = ("Of the areas of cooperation between the EU and NATO, Lithuania's priorities are military "
            "mobility and foreign information manipulation and interference.")
    doc = analyse_text(text)
    assert {o for s, _, o in triples(doc, "priority_area") if s == "state:LT"} == {
        "area:military-mobility", "area:fimi"}
    assert {o for s, _, o in triples(doc, "cooperation_area") if s == FW} == {"area:military-mobility", "area:fimi"}


def test_lv_priorities_alone_make_no_cooperation_area() -> None:
    text = "Latvijas prioritātes ir militārā mobilitāte un kiberdrošība."
    assert _objects(text, "cooperation_area", FW) == set()


def test_en_list_item_with_a_flagship_area_inside_its_first() -> None:
    text = ("The EU and NATO cooperate in the following areas:\n\n"
            "- defence capabilities, with military mobility as a flagship;\n"
            "- exercises, with hybrid threats in mind.\n")
    assert _objects(text, "cooperation_area", FW) == {
        "area:defence-capabilities", "area:military-mobility", "area:exercises"}


def test_lv_list_item_with_an_area_named_after_tostarp() -> None:
    text = ("ES un NATO sadarbības jomas:\n\n"
            "- noturība, tostarp kritiskās infrastruktūras aizsardzība;\n"
            "- kosmoss.\n")
    assert _objects(text, "cooperation_area", FW) == {
        "area:resilience", "area:critical-infrastructure", "area:space"}


def test_en_part_of_a_whole_is_the_shared_count() -> None:
    doc = analyse_text("After Finland joined, 22 of the 27 member states of the European Union were also NATO allies.")
    [c] = claims_of(doc, "shared_member_count")
    assert {c.subject, c.object} == {"org:eu", "org:nato"} and c.qualifiers["count"].value == 22


def test_lv_part_of_a_whole_is_the_shared_count() -> None:
    doc = analyse_text("Pēc Zviedrijas iestāšanās 23 no 27 Eiropas Savienības dalībvalstīm ir arī NATO dalībvalstis.")
    [c] = claims_of(doc, "shared_member_count")
    assert {c.subject, c.object} == {"org:eu", "org:nato"} and c.qualifiers["count"].value == 23


def test_lv_hybrid_threat_resilience_is_hybrid_threats_not_resilience() -> None:
    text = "ES un NATO sadarbojas noturības pret hibrīdapdraudējumiem jomā."
    assert _objects(text, "cooperation_area", FW) == {"area:hybrid-threats"}

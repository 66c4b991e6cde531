"""Lead / framework nations in Latvian and English: active, passive, genitive, role nouns,
relative clauses, apposition and co-leaders."""

from __future__ import annotations

from conftest import analyse_text, triples

BG_LV = "formation:efp-bg-latvia"
BG_LT = "formation:efp-bg-lithuania"
MND_N = "formation:mnd-n"


def leads(text: str) -> set[tuple[str, str, str]]:
    return triples(analyse_text(text), "leads")


def test_en_active_verb() -> None:
    assert leads("Germany leads the NATO battlegroup in Lithuania, which trains with Lithuanian units.") == {
        ("state:DE", "leads", BG_LT)}


def test_en_passive_led_by() -> None:
    assert leads("The multinational battlegroup in Latvia is led by Canada and trains every autumn.") == {
        ("state:CA", "leads", BG_LV)}


def test_en_apposition_framework_nation() -> None:
    got = leads("Canada, the framework nation, keeps a large staff in the eFP Battlegroup Latvia this year.")
    assert got == {("state:CA", "leads", BG_LV)}


def test_en_framework_nation_is_subject_after_copula() -> None:
    got = leads("For the battlegroup in Lithuania, the framework nation is Germany, while others rotate.")
    assert ("state:DE", "leads", BG_LT) in got


def test_en_coordination_and_together_with() -> None:
    got = leads("Denmark, together with Estonia and Latvia, leads the Multinational Division North.")
    assert {("state:DK", "leads", MND_N), ("state:EE", "leads", MND_N), ("state:LV", "leads", MND_N)} <= got


def test_lv_object_first_nominative_leader() -> None:
    # word order is free: the nominative state leads, the accusative formation is led
    assert leads("Kaujas grupu Lietuvā jau vairākus gadus vada Vācija.") == {("state:DE", "leads", BG_LT)}


def test_lv_relative_clause_with_co_leader() -> None:
    got = leads("Latvija sadarbojas ar Igauniju, kas kopā ar Dāniju vada Daudznacionālās divīzijas štābu "
                "“Ziemeļi”.")
    assert got == {("state:EE", "leads", MND_N), ("state:DK", "leads", MND_N)}


def test_lv_relative_clause_role_noun_takes_only_antecedent() -> None:
    got = leads("Mēs runājām ar Poliju un Vāciju, kas ir NATO kaujas grupas Lietuvā vadošā valsts.")
    assert got == {("state:DE", "leads", BG_LT)}


def test_lv_genitive_led() -> None:
    assert leads("Kanādas vadītā kaujas grupa Latvijā piedalās mācībās.") == {("state:CA", "leads", BG_LV)}


def test_no_formation_no_claim() -> None:
    assert leads("Canada leads by example in many areas of transatlantic cooperation.") == set()

"""Members named as a list in running text: 'X brings together A, B and C', 'X dalībvalstis ir
A un B', 'Members of X: A, B', 'a format in which A and B take part' (sentences written for
these tests)."""

from __future__ import annotations

from conftest import analyse_text, claims_of, triples

B9 = {"state:PL", "state:RO", "state:BG"}


def members(text: str, org: str) -> set[str]:
    return {s for s, _, o in triples(analyse_text(text), "member_of") if o == org}


def test_en_relative_brings_together():
    text = "Eastern flank coordination takes place in the Bucharest Nine (B9), which brings together Poland, Romania and Bulgaria."
    assert members(text, "org:b9") == B9


def test_en_copula_group_noun_then_relative():
    text = "The B9 is a regional format that groups together Poland, Romania and Bulgaria."
    assert members(text, "org:b9") == B9


def test_en_members_are_list():
    text = "The members of the Bucharest Nine are Poland, Romania and Bulgaria, among others."
    assert B9 <= members(text, "org:b9")


def test_en_members_colon_list():
    assert members("Members of the Vilnius Group: Albania, Croatia and Slovakia.", "org:vilnius-group") == \
        {"state:AL", "state:HR", "state:SK"}


def test_en_format_in_which_states_take_part():
    text = "The Three Seas Initiative is a platform in which Austria, Croatia and Hungary take part."
    assert members(text, "org:three-seas") == {"state:AT", "state:HR", "state:HU"}


def test_en_bracketed_own_years_become_starts():
    text = "The JEF, a British-led framework, comprises Finland (2017), Iceland (2021) and Latvia (2015)."
    got = {(c.subject, c.qualifiers.get("start")) for c in claims_of(analyse_text(text), "member_of")
           if c.object == "org:jef"}
    assert got == {("state:FI", "2017"), ("state:IS", "2021"), ("state:LV", "2015")}


def test_en_list_after_other_verbs_is_no_membership():
    text = "The EU includes support to Ukraine in its budget, and NATO meetings brought together ministers of Poland and Romania."
    assert not claims_of(analyse_text(text), "member_of")


def test_lv_relative_in_which_states_work():
    text = "B9 ir reģionāls sadarbības formāts, kurā darbojas Polija, Rumānija un Bulgārija."
    assert members(text, "org:b9") == B9


def test_lv_members_are():
    text = "Bukarestes devītnieka dalībvalstis ir Polija, Rumānija un Bulgārija."
    assert members(text, "org:b9") == B9


def test_lv_relative_unites():
    text = "Latvija aktīvi strādā Trīs jūru iniciatīvā, kas apvieno Austriju, Horvātiju un Ungāriju."
    assert {"state:AT", "state:HR", "state:HU"} <= members(text, "org:three-seas")


def test_lv_relative_member_after_group_noun():
    text = "Ministre uzsvēra sadarbību Bukarestes devītnieka (B9) formātā, kura dalībvalsts ir arī Rumānija."
    assert "state:RO" in members(text, "org:b9")

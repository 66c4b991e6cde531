"""invited_to_join and chair_of in English and Latvian: passive and active invitations with
lists, co-chairs with a from–to period, passive "chaired by"."""

from __future__ import annotations

from conftest import analyse_text, claims_of


def _invited(text: str) -> set[tuple[str, str, str]]:
    return {(c.subject, c.object, str(c.qualifiers.get("point_in_time"))) for c in claims_of(analyse_text(text),
                                                                                             "invited_to_join")}


def test_en_active_invitation_of_a_list() -> None:
    got = _invited("In 1997 NATO invited Poland, Hungary and Czechia to join the Alliance.")
    assert got == {("state:PL", "org:nato", "1997"), ("state:HU", "org:nato", "1997"), ("state:CZ", "org:nato", "1997")}


def test_en_passive_invitation_after_city_state_apposition() -> None:
    text = "On 3 April 2008, at a summit in Bucharest, Romania, Albania and Croatia were invited to join NATO."
    assert _invited(text) == {("state:AL", "org:nato", "2008-04-03"), ("state:HR", "org:nato", "2008-04-03")}


def test_lv_passive_invitation_in_relative_clause() -> None:
    text = "Albānija un Horvātija, kas 2008. gadā tika uzaicinātas pievienoties NATO, kļuva par dalībvalstīm vēlāk."
    assert _invited(text) == {("state:AL", "org:nato", "2008"), ("state:HR", "org:nato", "2008")}
    assert not any(c.predicate.value == "member_of" and c.qualifiers.get("start") == "2008"
                   for c in analyse_text(text).claims)


def test_en_co_chair_with_period() -> None:
    text = "Between January 2015 and December 2016, Estonia was co-chair of the NATO Non-Proliferation Committee."
    (c,) = claims_of(analyse_text(text), "chair_of")
    assert (c.subject, c.object) == ("state:EE", "org:nato-npc")
    assert (str(c.qualifiers["start"]), str(c.qualifiers["end"]), c.qualifiers["role"]) == ("2015-01", "2016-12",
                                                                                               "co-chair")


def test_en_passive_chaired_by() -> None:
    (c,) = claims_of(analyse_text("The Non-Proliferation Committee is chaired by Lithuania since 2020."), "chair_of")
    assert (c.subject, c.object, str(c.qualifiers["start"])) == ("state:LT", "org:nato-npc", "2020")


def test_lv_co_chair_genitive_body() -> None:
    text = "No 2019. gada janvāra līdz 2020. gada jūnijam Lietuva bija NATO Neizplatīšanas komitejas līdzpriekšsēdētāja."
    (c,) = claims_of(analyse_text(text), "chair_of")
    assert (c.subject, c.object, c.qualifiers["role"]) == ("state:LT", "org:nato-npc", "co-chair")
    assert (str(c.qualifiers["start"]), str(c.qualifiers["end"])) == ("2019-01", "2020-06")

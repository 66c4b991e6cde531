"""chair_of from presidencies and from leading a council or committee (half years, month spans),
chairs named by their position, seats on the UN Security Council as member_of with a term, and
invitations to the states of an earlier sentence or received at a summit, in English and Latvian."""

from __future__ import annotations

from conftest import analyse_text, claims_of


def _rows(text: str, predicate: str) -> set[tuple[str, str, str, str]]:
    return {(c.subject, c.object, str(c.qualifiers.get("start", "")), str(c.qualifiers.get("end", "")))
            for c in claims_of(analyse_text(text), predicate)}


def test_en_presidency_in_a_half_year() -> None:
    text = "Estonia held the presidency of the Council of the EU in the second half of 2017."
    assert _rows(text, "chair_of") == {("state:EE", "org:council-of-the-eu", "2017-07", "2017-12")}


def test_en_presided_from_month_to_month() -> None:
    text = "Slovakia presided over the Council of the European Union from July to December 2016."
    assert _rows(text, "chair_of") == {("state:SK", "org:council-of-the-eu", "2016-07", "2016-12")}


def test_lv_leading_a_council_is_chairing_it() -> None:
    text = "Lietuva 2013. gada otrajā pusē vadīja ES Padomi."
    assert _rows(text, "chair_of") == {("state:LT", "org:council-of-the-eu", "2013-07", "2013-12")}


def test_lv_leading_a_committee_for_a_month_span() -> None:
    text = "No 2019. gada maija līdz novembrim Somija vadīja Eiropas Padomes Ministru komiteju."
    assert _rows(text, "chair_of") == {("state:FI", "org:coe-committee-of-ministers", "2019-05", "2019-11")}


def test_lv_leading_a_battlegroup_is_no_chair() -> None:
    assert _rows("Kanāda vada NATO paplašinātās klātbūtnes kaujas grupu Latvijā.", "chair_of") == set()


def test_en_chaired_by_a_position_names_its_holder() -> None:
    text = ("Secretary General Mark Rutte opened the meeting. The North Atlantic Council, chaired by the "
            "Secretary General, then discussed air defence.")
    assert {(s, o) for s, o, _, _ in _rows(text, "chair_of")} == {("person:mark-rutte", "org:nac")}


def test_en_security_council_seat_for_a_term() -> None:
    text = "In June 2023 Slovenia was elected to the UN Security Council for 2024-2025."
    assert _rows(text, "member_of") == {("state:SI", "org:un-security-council", "2024", "2025")}


def test_lv_security_council_seat_as_non_permanent_member() -> None:
    text = "Igaunija tika ievēlēta par ANO Drošības padomes nepastāvīgo locekli uz 2020.–2021. gadu."
    assert _rows(text, "member_of") == {("state:EE", "org:un-security-council", "2020", "2021")}


def test_en_invitation_of_both_countries_named_before() -> None:
    text = ("Montenegro applied in 2009, and North Macedonia had applied earlier. "
            "In 2017 the Allies invited both countries to join NATO.")
    got = {c.subject for c in claims_of(analyse_text(text), "invited_to_join")}
    assert got == {"state:ME", "state:MK"}


def test_lv_invitation_received_at_a_summit() -> None:
    text = "Uzaicinājumu sākt iestāšanās sarunas Slovākija saņēma 2002. gadā NATO samitā Prāgā."
    got = {(c.subject, c.object, str(c.qualifiers.get("point_in_time"))) for c in
           claims_of(analyse_text(text), "invited_to_join")}
    assert got == {("state:SK", "org:nato", "2002")}

"""Membership lists laid out as bullets under a lead-in or as table rows, in both readings: an
organisation's members, and a state's memberships (texts written for these tests)."""

from __future__ import annotations

from conftest import analyse_text, claims_of


def dated(text: str) -> set[tuple[str, str, str | None]]:
    return {(c.subject, c.object, c.qualifiers.get("start")) for c in claims_of(analyse_text(text), "member_of")}


def test_en_state_lead_in_with_bulleted_organisations():
    text = ("Estonia is a member of the following organisations:\n\n"
            "- the OECD (since 9 December 2010);\n- the Council of Europe, since 1993;\n- the WTO.\n")
    got = dated(text)
    assert {("state:EE", "org:oecd", "2010-12-09"), ("state:EE", "org:council-of-europe", "1993"),
            ("state:EE", "org:wto", None)} <= got


def test_lv_state_lead_in_with_bulleted_organisations():
    text = ("Lietuva ir šādu starptautisko organizāciju dalībvalsts:\n\n"
            "- Ekonomiskās sadarbības un attīstības organizācija (kopš 2018. gada);\n- Eiropas Padome;\n")
    got = dated(text)
    assert ("state:LT", "org:oecd", "2018") in got
    assert ("state:LT", "org:council-of-europe", None) in got


def test_en_organisation_lead_in_with_bulleted_states():
    text = "Vilnius Group members:\n\n* Albania\n* Croatia (2000)\n* North Macedonia\n"
    got = dated(text)
    assert {("state:AL", "org:vilnius-group", None), ("state:HR", "org:vilnius-group", "2000"),
            ("state:MK", "org:vilnius-group", None)} <= got


def test_lv_organisation_heading_with_bulleted_states():
    text = "## Bukarestes devītnieka dalībvalstis\n\n- Polija\n- Rumānija\n- Slovākija\n"
    got = {(s, o) for s, o, _ in dated(text)}
    assert {("state:PL", "org:b9"), ("state:RO", "org:b9"), ("state:SK", "org:b9")} <= got


def test_bullets_under_an_unrelated_lead_in_are_no_members():
    text = "Ministers discussed support for the following partners:\n\n- Ukraine\n- Moldova\n"
    assert not claims_of(analyse_text(text), "member_of")


def test_en_table_of_organisations_under_a_state_heading():
    text = ("## Finland's memberships\n\n| Organisation | Member since |\n|---|---|\n"
            "| NATO | 4 April 2023 |\n| European Union | 1995 |\n")
    got = dated(text)
    assert {("state:FI", "org:nato", "2023-04-04"), ("state:FI", "org:eu", "1995")} <= got


def test_en_table_of_states_under_an_organisation_heading_with_a_joined_column():
    text = "## Joint Expeditionary Force\n\n| Country | Joined |\n|---|---|\n| Sweden | 2017 |\n| Iceland | 2021 |\n"
    got = dated(text)
    assert {("state:SE", "org:jef", "2017"), ("state:IS", "org:jef", "2021")} <= got
    assert not any(s == "state:LV" for s, _, _ in got)


def test_lv_table_with_state_and_organisation_columns():
    text = ("Dalība organizācijās:\n\n| Valsts | Organizācija | Gads |\n|---|---|---|\n"
            "| Igaunija | OECD | 2010 |\n| Slovēnija | OECD | 2010 |\n")
    got = {(s, o) for s, o, _ in dated(text)}
    assert {("state:EE", "org:oecd"), ("state:SI", "org:oecd")} <= got


def test_table_quote_is_the_row():
    text = "## Latvia's memberships\n\n| Organisation | Since |\n|---|---|\n| OECD | 2016 |\n"
    c = next(c for c in claims_of(analyse_text(text), "member_of") if c.object == "org:oecd")
    assert c.sources[0].quote == "| OECD | 2016 |"

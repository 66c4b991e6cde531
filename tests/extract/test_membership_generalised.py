"""Paraphrases across layouts: a term bullet with 'was admitted' or 'invited to join' and no
subject (the page's state), a relative 'which the three Baltic states set up', a counted group
that 'has been' a member (no start for each), 'have joined the centre'."""

from conftest import analyse_text, claims_of

PAGE = """# Lithuania in international organisations

Lithuania restored its independence in 1990.

- **United Nations** — Lithuania was admitted on 17 September 1991.
- **OECD** — invited to join in May 2015; Lithuania became the organisation's 36th member on 5 July 2018.
"""


def _dated(text: str, pred: str = "member_of") -> dict[tuple[str, str], dict]:
    return {(c.subject, c.object): {k: v for k, v in c.qualifiers.items() if k != "as_of"}
            for c in claims_of(analyse_text(text), pred)}


def test_term_bullets_admitted_and_invited_take_the_page_state_en() -> None:
    assert _dated(PAGE)[("state:LT", "org:un")] == {"start": "1991-09-17"}
    assert _dated(PAGE, "invited_to_join")[("state:LT", "org:oecd")] == {"point_in_time": "2015-05"}
    assert _dated(PAGE)[("state:LT", "org:oecd")] == {"start": "2018-07-05"}


def test_relative_clause_founders_en() -> None:
    text = "Estonia and Latvia meet in the Baltic Assembly, which the three Baltic states set up on 8 November 1991."
    got = _dated(text)
    assert got[("state:LT", "org:baltic-assembly")] == {"start": "1991-11-08"}


def test_relative_clause_founders_lv() -> None:
    text = "Ministri tikās Baltijas Asamblejā, ko 1991. gadā nodibināja Igaunija, Latvija un Lietuva."
    assert {s for s, o in _dated(text) if o == "org:baltic-assembly"} == {"state:EE", "state:LV", "state:LT"}


def test_counted_group_that_has_been_a_member_gets_no_start_en() -> None:
    text = ("The Nordic-Baltic Eight brings together Denmark, Estonia, Finland, Iceland, Latvia, Lithuania, Norway "
            "and Sweden. Since 2024 all eight countries have also been NATO Allies.")
    got = _dated(text)
    assert got[("state:DK", "org:nato")] == {}
    assert len([k for k in got if k[1] == "org:nato"]) == 8

"""Counted pronouns standing for states named earlier ('the three states', 'all three', 'each',
'abas valstis'), days dated by an earlier year ('1 May of the same year', 'tā paša gada'),
coordinated Latvian membership phrases, 'belong to' and taking part in an organisation
(sentences written for these tests)."""

from __future__ import annotations

from conftest import analyse_text, claims_of, triples

NORDIC = ["state:DK", "state:NO", "state:IS"]


def starts(text: str, predicate: str = "member_of") -> set[tuple[str, str, str | None]]:
    return {(c.subject, c.object, c.qualifiers.get("start")) for c in claims_of(analyse_text(text), predicate)}


def test_en_counted_pronoun_finds_group_several_sentences_back():
    text = ("Denmark, Norway and Iceland were founding members of the Alliance. Their economies differ. "
            "Later all three belong to the Nordic-Baltic Eight as well.")
    got = {s for s, _, o in triples(analyse_text(text), "member_of") if o == "org:nb8"}
    assert got == set(NORDIC)


def test_en_each_and_they_follow_a_distributed_list():
    text = ("Slovenia, Slovakia and Bulgaria are partners. The three states joined the Partnership for Peace in 1994: "
            "Slovenia on 30 March, Slovakia on 9 February and Bulgaria on 14 February. "
            "They became Allies on 29 March 2004 and entered the European Union on 1 May of the same year.")
    got = starts(text) | starts(text, "participant_in")
    assert ("state:SI", "programme:pfp", "1994-03-30") in got
    assert ("state:BG", "programme:pfp", "1994-02-14") in got
    for s in ("state:SI", "state:SK", "state:BG"):
        assert (s, "org:nato", "2004-03-29") in got
        assert (s, "org:eu", "2004-05-01") in got


def test_lv_coordinated_membership_phrases_each_with_own_date():
    text = "Horvātija ir NATO dalībvalsts kopš 2009. gada 1. aprīļa un Eiropas Savienības dalībvalsts kopš 2013. gada 1. jūlija."
    got = starts(text)
    assert ("state:HR", "org:nato", "2009-04-01") in got
    assert ("state:HR", "org:eu", "2013-07-01") in got


def test_lv_same_year_day():
    text = "Slovākija ir NATO dalībvalsts kopš 2004. gada 29. marta un ES dalībvalsts kopš tā paša gada 1. maija."
    assert ("state:SK", "org:eu", "2004-05-01") in starts(text)


def test_en_belong_to_and_relative_about_a_common_noun():
    assert ("state:NO", "org:nb8", None) in starts("Norway belongs to the Nordic-Baltic Eight.")
    text = "The number of countries that belong to both the European Union and NATO grew after Sweden's departure talks."
    assert not claims_of(analyse_text(text), "member_of")


def test_taking_part_in_an_organisation_is_membership_but_not_in_its_meetings():
    assert ("state:IS", "org:jef", "2021") in starts("Iceland has taken part in the JEF since 2021.")
    assert ("state:PL", "org:b9", None) in starts("Polija aktīvi piedalās B9 formātā.")
    assert not claims_of(analyse_text("Poland's minister took part in meetings of NATO defence ministers."), "member_of")
    assert not claims_of(analyse_text("Ministrs piedalījās NATO aizsardzības ministru sanāksmē."), "member_of")


def test_taking_part_in_a_coalition_is_participation():
    text = "Somija piedalās arī Francijas vadītajā gribošo koalīcijā."
    assert ("state:FI", "participant_in", "org:coalition-of-the-willing") in triples(analyse_text(text))

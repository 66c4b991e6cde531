"""member_of from news-style accession sentences in English and Latvian: lists of organisations
with their own dates, group names and pronouns as subjects, apposed titles ("NATO allies X, Y"),
the euro, colon lists, relative clauses, and applications or hopes that are no membership yet."""

from __future__ import annotations

from conftest import analyse_text, claims_of


def _members(text: str) -> set[tuple[str, str, str | None]]:
    out = set()
    for c in claims_of(analyse_text(text), "member_of"):
        start = c.qualifiers.get("start")
        out.add((c.subject, c.object, str(start) if start is not None else None))
    return out


def test_en_each_organisation_keeps_its_own_date() -> None:
    text = "Estonia joined the World Trade Organization in 1999 and the OECD in 2010."
    assert _members(text) == {("state:EE", "org:wto", "1999"), ("state:EE", "org:oecd", "2010")}


def test_en_ordinal_member_of_the_alliance() -> None:
    assert _members("North Macedonia became the Alliance's 30th member in March 2020.") == {
        ("state:MK", "org:nato", "2020-03")}


def test_en_group_name_as_subject() -> None:
    got = _members("In March 1992 the Baltic states joined the Council of the Baltic Sea States.")
    assert got == {(s, "org:cbss", "1992-03") for s in ("state:EE", "state:LV", "state:LT")}


def test_en_pronoun_subject_takes_the_states_named_before() -> None:
    text = "Estonia and Lithuania rebuilt their armed forces. In 1995 they joined the Council of Europe too."
    assert {(s, o) for s, o, _ in _members(text)} == {("state:EE", "org:council-of-europe"),
                                                       ("state:LT", "org:council-of-europe")}


def test_en_colon_list_of_states_with_dates() -> None:
    text = "Three more countries signed up to the euro area: Slovenia on 1 January 2007, Malta on 1 January 2008."
    assert _members(text) == {("state:SI", "org:euro-area", "2007-01-01"), ("state:MT", "org:euro-area", "2008-01-01")}


def test_en_adopting_the_euro_and_becoming_an_ally() -> None:
    assert _members("Lithuania adopted the euro on 1 January 2015.") == {("state:LT", "org:euro-area", "2015-01-01")}
    assert _members("Finland became an Ally on 4 April 2023.") == {("state:FI", "org:nato", "2023-04-04")}
    assert _members("Poland became a close ally of Ukraine in 2022.") == set()


def test_en_titled_members_after_the_organisation() -> None:
    got = _members("Fellow NATO allies Norway and Denmark sent ships to the exercise.")
    assert got == {("state:NO", "org:nato", None), ("state:DK", "org:nato", None)}


def test_en_applications_and_hopes_are_no_membership() -> None:
    assert _members("Ukraine applied for membership of the European Union in February 2022.") == set()
    assert _members("Moldova hopes to join the European Union by 2030.") == set()
    assert _members("Serbia is not a member of NATO.") == set()


def test_en_later_list_member_is_cut_at_a_new_verb() -> None:
    text = "Austria joined the Partnership for Peace in 1995 and has served in NATO-led operations since."
    got = {(c.subject, c.predicate.value, c.object) for c in analyse_text(text).claims
           if c.predicate.value in ("member_of", "participant_in")}
    assert got == {("state:AT", "participant_in", "programme:pfp")}


def test_lv_genitive_before_membership_noun_with_ordinal() -> None:
    assert _members("Slovēnija 2010. gadā kļuva par OECD 31. dalībvalsti.") == {("state:SI", "org:oecd", "2010")}


def test_lv_schengen_and_euro() -> None:
    assert _members("Igaunija 2011. gada 1. janvārī ieviesa eiro.") == {("state:EE", "org:euro-area", "2011-01-01")}
    assert _members("Polija pievienojās Šengenas zonai 2007. gada 21. decembrī.") == {
        ("state:PL", "org:schengen-area", "2007-12-21")}


def test_lv_member_states_apposed_after_the_union() -> None:
    got = _members("ES dalībvalstis Spānija un Portugāle iebilda pret priekšlikumu.")
    assert got == {("state:ES", "org:eu", None), ("state:PT", "org:eu", None)}


def test_lv_relative_clause_object_and_subject_after_the_verb() -> None:
    text = "Notikumu rīkoja Ziemeļvalstu un Baltijas valstu astotnieks, kuram 1992. gadā pievienojās arī Igaunija."
    assert _members(text) == {("state:EE", "org:nb8", "1992")}


def test_lv_subject_in_relative_clause_of_a_state() -> None:
    text = "Somija, kas ir Eiropas Savienības dalībvalsts kopš 1995. gada, atbalsta sankcijas."
    assert _members(text) == {("state:FI", "org:eu", "1995")}


def test_lv_wishes_and_negation_are_no_membership() -> None:
    assert _members("Gruzija vēlas pievienoties NATO.") == set()
    assert _members("Moldova nav Eiropas Savienības dalībvalsts.") == set()


def test_lv_membership_phrases_each_with_its_own_date() -> None:
    text = ("Kopš 1992. gada Horvātija ir Apvienoto Nāciju Organizācijas (ANO) dalībvalsts, kopš 1996. gada – "
            "Eiropas Padomes dalībvalsts, bet 2013. gadā tā kļuva par Eiropas Savienības 28. dalībvalsti.")
    assert _members(text) == {("state:HR", "org:un", "1992"), ("state:HR", "org:council-of-europe", "1996"),
                              ("state:HR", "org:eu", "2013")}


def test_lv_bracketed_years_of_a_genitive_state_group() -> None:
    text = "Alianse paplašinājās pēc Melnkalnes (2017) un Ziemeļmaķedonijas (2020) iestāšanās NATO."
    assert _members(text) == {("state:ME", "org:nato", "2017"), ("state:MK", "org:nato", "2020")}


def test_en_founders_named_by_a_pronoun() -> None:
    text = "Slovakia, Romania and Bulgaria met in Riga in 2000. That year they founded the Vilnius Group."
    assert {s for s, _, _ in _members(text)} == {"state:SK", "state:RO", "state:BG"}
    assert _members("NATO founded the Vilnius Group in 2000.") == set()


def test_en_date_after_one_operation_of_a_list_is_its_own() -> None:
    text = "Finland has served alongside Allies in KFOR from 1999 and in ISAF."
    got = {(c.object, c.qualifiers.get("start")) for c in claims_of(analyse_text(text), "participant_in")}
    assert got == {("operation:kfor", "1999"), ("operation:isaf", None)}

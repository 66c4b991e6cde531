"""Headquarters stated around the noun: relative clauses with one or two places, 'has its main
headquarters in A and a second element in B', 'X in A, a headquarters ...', and 'serves as the
mission's headquarters'."""

from conftest import analyse_text, triples


def _hq(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, _, o in triples(analyse_text(text), "headquarters")}


def test_lv_relative_clause_after_the_owners_headquarters_gives_every_place():
    got = _hq("Daudznacionālās divīzijas \"Ziemeļi\" štābs, kas atrodas Ādažos un Dānijas pilsētā Karupā, "
              "koordinē sabiedroto sauszemes spēkus.")
    assert got == {("formation:mnd-n", "city:adazi"), ("formation:mnd-n", "city:karup")}
    got = _hq("NATO daudznacionālās brigādes Latvijā štābs atrodas Ādažos.")
    assert ("formation:mnb-latvia", "city:adazi") in got


def test_lv_whose_headquarters_relative_names_the_owner_before_it():
    got = _hq("Kanāda vada NATO daudznacionālo brigādi Latvijā, kuras štābs Ādažos darbojas jau gadu.")
    assert got == {("formation:mnb-latvia", "city:adazi")}
    got = _hq("Polijā izvietots Daudznacionālais korpuss \"Ziemeļaustrumi\", kura štābs atrodas Ščecinā.")
    assert got == {("formation:mnc-ne", "city:szczecin")}


def test_en_whose_headquarters_and_has_its_headquarters_give_the_subject():
    got = _hq("Multinational Division North, whose headquarters is in Ādaži, reached full operational "
              "capability in 2023.")
    assert got == {("formation:mnd-n", "city:adazi")}
    got = _hq("Multinational Division North has its main headquarters in Ādaži and a forward element in "
              "Karup, Denmark.")
    assert got == {("formation:mnd-n", "city:adazi"), ("formation:mnd-n", "city:karup")}
    got = _hq("The Joint Expeditionary Force keeps its permanent headquarters at Northwood.")
    assert got == {("org:jef", "city:northwood")}


def test_en_apposition_names_a_headquarters_in_a_city():
    got = _hq("Both divisions answer to Multinational Corps Northeast in Szczecin, a headquarters set up by "
              "three nations.")
    assert ("formation:mnc-ne", "city:szczecin") in got


def test_serves_as_the_missions_headquarters_makes_the_subject_its_headquarters():
    text = ("EUMAM Ukraine trains Ukrainian soldiers in the EU. Training runs in many member states. "
            "Courses last five weeks. Instructors come from 24 countries. "
            "The MPCC in Brussels serves as the mission's operational headquarters.")
    assert ("operation:eumam-ukraine", "org:eu-mpcc") in _hq(text)
    text = ("EUFOR Althea helps Bosnia and Herzegovina keep a safe environment. "
            "SHAPE acts as the operation's headquarters.")
    assert ("operation:eufor-althea", "org:shape") in _hq(text)


def test_a_headquarters_noun_without_a_locator_gives_nothing():
    assert not _hq("Multinational Division North headquarters staff visited Riga and Tallinn last week.")
    assert not _hq("Daudznacionālās divīzijas \"Ziemeļi\" štāba virsnieki apmeklēja Rīgu un Tallinu.")


def test_a_unit_head_noun_before_whose_headquarters_is_the_unit_named_before():
    text = ("NATO daudznacionālā brigāde Latvijā sāka darbu pagājušajā vasarā. Kaujas grupa tika pārveidota "
            "par brigādi, kuras štābs atrodas Ādažos.")
    assert ("formation:mnb-latvia", "city:adazi") in _hq(text)
    text = ("NATO's Multinational Brigade Latvia held its first drill. The battlegroup grew into a brigade, "
            "whose headquarters is at Ādaži.")
    assert ("formation:mnb-latvia", "city:adazi") in _hq(text)


def test_apposition_headquarters_with_elements_at_several_places():
    got = _hq("The brigade reports to Multinational Division North, a headquarters run by Denmark and Latvia, "
              "with elements at Ādaži and at Karup in Denmark.")
    assert got == {("formation:mnd-n", "city:adazi"), ("formation:mnd-n", "city:karup")}
    got = _hq("Multinational Corps Northeast, a headquarters of three founding nations, with offices in Szczecin.")
    assert got == {("formation:mnc-ne", "city:szczecin")}
    got = _hq("Daudznacionālās divīzijas \"Ziemeļi\" štābs ar elementiem Ādažos un Karupā vada sauszemes "
              "spēkus reģionā.")
    assert ("formation:mnd-n", "city:adazi") in got

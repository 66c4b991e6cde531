"""An intransitive 'joined' takes the organisation the text is about (a referring noun, the
subject of the sentences before), not one named as a modifier; 'N months later' dates it from the
date before; 'take part in its exercises' names no programme."""

from conftest import analyse_text, claims_of, triples


def _members(text: str, org: str) -> set[str]:
    return {s for s, _, o in triples(analyse_text(text), "member_of") if o == org}


def test_joined_as_sponsoring_nations_takes_the_centre_not_nato_en() -> None:
    text = ("Riga hosts the NATO Strategic Communications Centre of Excellence. NATO accreditation came in 2014. "
            "Latvia provides the building for the centre. Later Canada and Denmark joined as sponsoring nations.")
    assert _members(text, "org:stratcom-coe") >= {"state:CA", "state:DK"}
    assert not _members(text, "org:nato") & {"state:CA", "state:DK"}


def test_joined_months_later_counts_from_the_date_before_en() -> None:
    text = ("Helsinki is home to the European Centre of Excellence for Countering Hybrid Threats. It is not an EU "
            "agency: it was established on 11 April 2017. Norway and Spain joined three months later.")
    got = {c.subject: c.qualifiers.get("start") for c in claims_of(analyse_text(text), "member_of")
           if c.object == "org:hybrid-coe"}
    assert got == {"state:NO": "2017-07", "state:ES": "2017-07"}


def test_joined_a_year_later_lv() -> None:
    text = ("Trīs jūru iniciatīva tika izveidota 2016. gadā. Ministrs atgādināja par iniciatīvas mērķiem. "
            "Grieķija iniciatīvai pievienojās gadu vēlāk.")
    got = {c.subject: c.qualifiers.get("start") for c in claims_of(analyse_text(text), "member_of")
           if c.object == "org:three-seas"}
    assert got.get("state:GR") == "2017"


def test_take_part_in_its_exercises_is_no_membership_en() -> None:
    text = "The centre works with both the European Union and NATO, whose experts take part in its seminars."
    assert ("org:eu", "member_of", "org:nato") not in triples(analyse_text(text))

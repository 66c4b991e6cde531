"""Accession named by a noun ('the accession of A and B to X', 'Somijas pievienošanās aliansei',
"Croatia's accession"), membership in apposition ('Poland, a NATO member since 1999') and a chair
named by a pronoun ('the Secretary General, who chairs', 'she also chairs') — sentences written
for these tests."""

from __future__ import annotations

from conftest import analyse_text, claims_of, triples


def starts(text: str) -> set[tuple[str, str, str | None]]:
    return {(c.subject, c.object, c.qualifiers.get("start")) for c in claims_of(analyse_text(text), "member_of")}


def test_en_accession_of_states_to_organisation():
    text = "After the accession of Croatia and Albania to NATO in 2009, the Alliance had 28 members."
    got = starts(text)
    assert {("state:HR", "org:nato", "2009"), ("state:AL", "org:nato", "2009")} <= got


def test_en_possessive_accession():
    assert ("state:HR", "org:eu", "2013-07-01") in starts("Croatia's accession to the EU on 1 July 2013 was celebrated in Zagreb.")


def test_lv_genitive_group_before_accession_noun():
    text = "Pēc Horvātijas un Albānijas iestāšanās aliansē tajā bija 28 dalībvalstis."
    got = {(s, o) for s, o, _ in starts(text)}
    assert {("state:HR", "org:nato"), ("state:AL", "org:nato")} <= got


def test_en_apposition_with_year():
    assert ("state:PL", "org:nato", "1999") in starts("Poland, a NATO member since 1999, borders Belarus.")
    assert ("state:HU", "org:eu", "2004") in starts("Hungary, a member of the EU since 2004, holds elections in April.")


def test_lv_apposition_with_year():
    assert ("state:CZ", "org:nato", "1999") in starts("Čehija, NATO dalībvalsts kopš 1999. gada, palielina izdevumus.")


def test_en_relative_who_chairs_is_the_positions_holder():
    text = ("NATO Secretary General Jens Stoltenberg opened the meeting. \"We stand together,\" said Poland's minister, "
            "and the Secretary General, who chairs the North Atlantic Council, agreed.")
    got = triples(analyse_text(text), "chair_of")
    assert ("person:jens-stoltenberg", "chair_of", "org:nac") in got
    assert not any(s.startswith("state:") for s, _, _ in got)


def test_en_pronoun_she_chairs():
    text = "Kaja Kallas took office in December; she also chairs the Foreign Affairs Council."
    assert ("person:kaja-kallas", "chair_of", "org:foreign-affairs-council") in triples(analyse_text(text), "chair_of")


def test_plan_offered_to_a_state_is_participation():
    text = "- 2002. gada novembris – Prāgas samitā kandidātvalstīm, tostarp Slovākijai, tika piedāvāts Rīcības plāns dalībai NATO."
    assert ("state:SK", "participant_in", "programme:map") in triples(analyse_text(text))
    text = "In April 1999 Romania was offered a Membership Action Plan."
    got = {(c.subject, c.object, c.qualifiers.get("start")) for c in claims_of(analyse_text(text), "participant_in")}
    assert ("state:RO", "programme:map", "1999-04") in got

"""Membership claims whose arguments the text gives by reference or leaves out, phrased like
news items: gapped second subjects ("Zviedrija – 2024. gada martā", "Sweden followed on"),
"the alliance"/"aliansē", pronoun objects ("took part in both", "tajā piedalās"), leaving an
organisation, "of which X is a member", founding members, described operations and chairs in
apposition with a handover."""

from __future__ import annotations

from conftest import analyse_text, claims_of, triples


def _q(text: str, predicate: str) -> set[tuple[str, str, tuple[tuple[str, str], ...]]]:
    out = set()
    for c in claims_of(analyse_text(text, date="2025-01-15"), predicate):
        quals = tuple(sorted((k, str(v)) for k, v in c.qualifiers.items() if k != "as_of"))
        out.add((c.subject, c.object, quals))
    return out


def test_en_gapped_second_subject_followed_on() -> None:
    text = ("Finland and Sweden were invited to join the Alliance in 2022. Finland joined on 4 April 2023, "
            "and Sweden followed on 7 March 2024.")
    got = _q(text, "member_of")
    assert ("state:FI", "org:nato", (("start", "2023-04-04"),)) in got
    assert ("state:SE", "org:nato", (("start", "2024-03-07"),)) in got


def test_lv_gapped_second_subject_with_dash() -> None:
    text = "Horvātija un Albānija NATO iestājās 2009. gada 1. aprīlī, Melnkalne – 2017. gada 5. jūnijā."
    got = _q(text, "member_of")
    assert ("state:HR", "org:nato", (("start", "2009-04-01"),)) in got
    assert ("state:ME", "org:nato", (("start", "2017-06-05"),)) in got


def test_lv_alliance_as_common_noun_in_the_locative() -> None:
    text = "Ziemeļmaķedonija aliansē iestājās 2020. gada martā."
    assert _q(text, "member_of") == {("state:MK", "org:nato", (("start", "2020-03"),))}


def test_lv_invited_states_before_the_inviting_organisation() -> None:
    text = "Horvātiju un Albāniju NATO uzaicināja pievienoties 2008. gada aprīlī Bukarestes samitā."
    got = {(s, o) for s, o, _ in _q(text, "invited_to_join")}
    assert got == {("state:HR", "org:nato"), ("state:AL", "org:nato")}


def test_en_departure_from_the_union_ends_membership() -> None:
    text = "After the United Kingdom's departure from the EU on 31 January 2020, Brussels and London agreed new terms."
    assert _q(text, "member_of") == {("state:GB", "org:eu", (("end", "2020-01-31"),))}


def test_en_founding_member_takes_the_founding_date_from_the_relative_clause() -> None:
    text = "Estonia is one of the founding members of the NATO Cooperative Cyber Defence Centre of Excellence, which was established in Tallinn in 2008."
    assert _q(text, "member_of") == {("state:EE", "org:ccdcoe", (("start", "2008"),))}


def test_lv_relative_clause_names_the_member_after_the_body() -> None:
    text = "2008. gadā Tallinā darbu sāka NATO Kiberaizsardzības izcilības centrs, kura locekle kopš 2014. gada ir arī Latvija."
    got = {(s, o) for s, o, _ in _q(text, "member_of")}
    assert ("state:LV", "org:ccdcoe") in got


def test_en_took_part_in_both_refers_to_the_last_two_operations() -> None:
    text = ("KFOR has kept the peace in Kosovo since 1999. In Iraq, NATO Mission Iraq advises the ministry of defence. "
            "Latvian officers have taken part in both.")
    got = triples(analyse_text(text), "participant_in")
    assert got == {("state:LV", "participant_in", "operation:kfor"), ("state:LV", "participant_in", "operation:nmi")}


def test_en_serve_in_it_refers_to_the_mission_the_sentence_is_about() -> None:
    text = ("NATO Mission Iraq was set up in 2018. The mission works with the EU Advisory Mission in Iraq, "
            "and Lithuanian instructors serve in it.")
    assert triples(analyse_text(text), "participant_in") == {("state:LT", "participant_in", "operation:nmi")}


def test_lv_pronoun_before_the_verb_refers_to_the_mission() -> None:
    text = "Sabiedrotie 2018. gadā izveidoja NATO misiju Irākā. Misijas štābs ir Bagdādē, un Igaunija tajā piedalās ar instruktoriem."
    assert ("state:EE", "participant_in", "operation:nmi") in triples(analyse_text(text), "participant_in")


def test_en_nato_led_force_in_a_place_is_the_reference_operation_of_that_year() -> None:
    text = "In 1997 an Estonian infantry platoon served with the NATO-led force in Bosnia and Herzegovina."
    assert triples(analyse_text(text), "participant_in") == {
        ("state:EE", "participant_in", "operation:ifor-sfor")}


def test_lv_nato_led_operation_before_the_verb() -> None:
    text = "Lietuvas karavīri NATO vadītajā miera uzturēšanas operācijā 1996. gadā piedalījās Bosnijā un Hercegovinā."
    assert ("state:LT", "participant_in", "operation:ifor-sfor") in triples(analyse_text(text), "participant_in")


def test_en_sent_contingents_to_an_operation() -> None:
    text = "Since 2000 Latvia has sent contingents to KFOR."
    assert ("state:LV", "participant_in", "operation:kfor") in triples(analyse_text(text), "participant_in")


def test_lv_chair_in_apposition_with_a_handover() -> None:
    text = ("Ministrs tikās ar NATO Militārās komitejas priekšsēdētāju, Itālijas admirāli Džuzepi Kavo Dragoni, "
            "kurš amatu 2025. gada janvārī pārņēma no Nīderlandes admirāļa Roba Bauera.")
    got = _q(text, "chair_of")
    assert ("person:giuseppe-cavo-dragone", "org:nato-military-committee", (("start", "2025-01"),)) in got
    assert ("person:rob-bauer", "org:nato-military-committee", (("end", "2025-01"),)) in got


def test_en_chair_in_apposition_took_over_from_predecessor() -> None:
    text = ("The minister met the Chair of the NATO Military Committee, Admiral Giuseppe Cavo Dragone, "
            "who took over from Admiral Rob Bauer in January 2025.")
    got = _q(text, "chair_of")
    assert ("person:giuseppe-cavo-dragone", "org:nato-military-committee", (("start", "2025-01"),)) in got
    assert ("person:rob-bauer", "org:nato-military-committee", (("end", "2025-01"),)) in got


def test_en_common_word_alliance_is_not_a_member_claim_without_a_trigger() -> None:
    text = "The alliance met in Vilnius in July 2023 and discussed air defence."
    assert triples(analyse_text(text), "member_of") == set()

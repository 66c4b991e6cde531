"""Operations claims whose arguments come by reference or in free word order, phrased like news
items: "the mission coordinates with", "spēki cieši sadarbojas ar", a pair that "holds joint
meetings", "the Helsinki centre", Latvian object-verb-subject support, relative-clause and
apposition subjects, "the Alliance's headquarters in Brussels", "NATO mītnē Briselē", a
Latvian operation name with the place in the locative and "misija" pointing back."""

from __future__ import annotations

from conftest import analyse_text, triples


def _t(text: str, predicate: str) -> set[tuple[str, str, str]]:
    return triples(analyse_text(text, date="2025-02-01"), predicate)


def test_en_the_mission_coordinates_with_refers_back() -> None:
    text = "NATO Mission Iraq opened a new office in Baghdad on Monday. The mission coordinates its work with the EU Advisory Mission in Iraq."
    assert _t(text, "cooperates_with") == {("operation:nmi", "cooperates_with", "operation:euam-iraq")}


def test_lv_forces_cooperate_closely_after_a_genitive_phrase() -> None:
    text = "KFOR štābs atrodas Prištinā, un spēki cieši sadarbojas ar Eiropas Savienības tiesiskuma misiju EULEX."
    assert _t(text, "cooperates_with") == {("operation:kfor", "cooperates_with", "operation:eulex-kosovo")}


def test_en_pair_holding_joint_meetings() -> None:
    text = "The North Atlantic Council and the EU Political and Security Committee hold joint meetings twice a year."
    got = _t(text, "cooperates_with")
    assert {frozenset((s, o)) for s, _, o in got} == {frozenset(("org:nac", "org:eu-psc"))}


def test_lv_joint_meetings_with() -> None:
    text = "Ziemeļatlantijas padome šogad rīkoja trīs kopīgas sanāksmes ar ES Politikas un drošības komiteju."
    assert _t(text, "cooperates_with") == {("org:nac", "cooperates_with", "org:eu-psc")}


def test_en_the_centre_refers_back_and_city_centre_is_resolved() -> None:
    text = ("The NATO Strategic Communications Centre of Excellence opened in Riga in 2014. "
            "Today the centre works closely with the Helsinki centre on disinformation.")
    assert _t(text, "cooperates_with") == {("org:stratcom-coe", "cooperates_with", "org:hybrid-coe")}


def test_lv_embassy_cooperation_with_accusative_state_is_not_a_subject() -> None:
    text = "Padomnieks Londonā atbild par sadarbību ar Apvienoto Karalisti, savukārt padomnieks Stokholmā – par sadarbību ar Zviedriju."
    assert _t(text, "cooperates_with") == set()


def test_lv_object_verb_subject_support() -> None:
    text = ("NATO gaisa telpas patrulēšanas misija Baltijā sākās 2004. gadā. "
            "Misiju ik dienu atbalsta Latvijas Gaisa operāciju centrs, kas uzrauga gaisa telpu.")
    assert ("org:lv-aoc", "supports", "operation:baltic-air-policing") in _t(text, "supports")


def test_en_relative_clause_subject_supports() -> None:
    text = "Latvia also leads the Drone Coalition, which supports Ukraine with unmanned systems."
    assert _t(text, "supports") == {("org:drone-coalition", "supports", "state:UA")}


def test_lv_relative_clause_subject_helps() -> None:
    text = "Latvija kopā ar Lielbritāniju vada Dronu koalīciju, kas palīdz Ukrainai ražot bezpilota lidaparātus."
    assert _t(text, "supports") == {("org:drone-coalition", "supports", "state:UA")}


def test_en_has_supported_an_organisation() -> None:
    text = "Further south, NATO has supported the African Union with airlift and staff training since 2005."
    assert _t(text, "supports") == {("org:nato", "supports", "org:african-union")}


def test_en_apposition_subject_run_from_headquarters() -> None:
    text = ("Operation Sea Guardian, the Alliance's maritime security operation in the Mediterranean, "
            "is run from Allied Maritime Command in Northwood.")
    assert _t(text, "headquarters") == {("operation:sea-guardian", "headquarters", "org:marcom")}


def test_en_possessive_headquarters_in_city() -> None:
    text = "The ministers gathered at the Alliance's headquarters in Brussels on Thursday."
    assert _t(text, "headquarters") == {("org:nato", "headquarters", "city:brussels")}


def test_lv_genitive_owner_headquarters_in_locative_city() -> None:
    text = "Aizsardzības ministrs ceturtdien NATO galvenajā mītnē Briselē tikās ar ģenerālsekretāru."
    assert _t(text, "headquarters") == {("org:nato", "headquarters", "city:brussels")}


def test_lv_operation_name_with_the_place_in_the_locative() -> None:
    text = "Sabiedrotie 2018. gadā izveidoja NATO misiju Irākā, kas konsultē Irākas iestādes."
    assert ("operation:nmi", "operates_in", "state:IQ") in _t(text, "operates_in")


def test_en_titled_name_containing_a_place_is_not_a_statement_of_area() -> None:
    text = "Canadian officers have served in NATO Mission Iraq since 2018."
    assert _t(text, "operates_in") == set()


def test_lv_the_mission_uses_a_base_in_a_country() -> None:
    text = ("NATO Baltijas gaisa telpas patrulēšanas misija tika uzsākta 2004. gadā. "
            "Kopš 2014. gada misija izmanto arī Emari aviobāzi Igaunijā.")
    assert ("operation:baltic-air-policing", "operates_in", "state:EE") in _t(text, "operates_in")


def test_lv_place_opening_the_sentence_frames_both_operations() -> None:
    text = "Vidusjūrā NATO operācija \"Sea Guardian\" atbalsta ES operāciju \"Irini\"."
    assert _t(text, "operates_in") == {("operation:sea-guardian", "operates_in", "region:mediterranean-sea"),
                                       ("operation:irini", "operates_in", "region:mediterranean-sea")}


def test_lv_headquarters_in_a_later_clause() -> None:
    text = "Operācija \"Irini\" sākās 2020. gadā, tās štābs ir Romā, un to komandē Itālijas kontradmirālis Valerio Ratti."
    got = _t(text, "headquarters")
    assert got == {("operation:irini", "headquarters", "city:rome")}

"""contributes_to: states that offer, commit or hand over troops or assets to a formation or
operation (named in the sentence or just before), states listed after "among them" / "tostarp",
units manned by states, and "piedalīsies ar kuģiem". Sentences written for these tests."""

from conftest import analyse_text, triples


def _contrib(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, _, o in triples(analyse_text(text), "contributes_to")}


def test_en_committed_forces_for_the_operation_named_before() -> None:
    got = _contrib("Eastern Sentry began in September. Norway, Spain and Italy have since committed "
                   "forces to it, among them frigates and fighter jets.")
    assert {("state:NO", "operation:eastern-sentry"), ("state:ES", "operation:eastern-sentry"),
            ("state:IT", "operation:eastern-sentry")} <= got


def test_en_pledged_ships_in_the_same_sentence() -> None:
    got = _contrib("For Baltic Sentry, Finland pledged two minehunters and a patrol aircraft.")
    assert ("state:FI", "operation:baltic-sentry") in got


def test_en_offered_instructors_among_them() -> None:
    got = _contrib("EUMAM Ukraine trains Ukrainian brigades. Twenty states have offered instructors, "
                   "among them Poland, Czechia and Lithuania.")
    assert {("state:PL", "operation:eumam-ukraine"), ("state:CZ", "operation:eumam-ukraine"),
            ("state:LT", "operation:eumam-ukraine")} <= got


def test_en_committed_without_troops_or_assets_is_nothing() -> None:
    got = _contrib("Eastern Sentry began in September. Norway and Spain are committed to the defence of Allied territory.")
    assert not got


def test_lv_hand_over_warships_to_the_mission() -> None:
    got = _contrib('NATO uzsāka misiju "Baltic Sentry". Somija apņēmusies misijai nodot divus karakuģus.')
    assert ("state:FI", "operation:baltic-sentry") in got


def test_lv_take_part_with_ships() -> None:
    got = _contrib('Operācijā "Baltic Sentry" piedalīsies arī Igaunija ar saviem kuģiem. '
                   'Lietuva misijā piedalīsies ar divām korvetēm.')
    assert ("state:LT", "operation:baltic-sentry") in got


def test_lv_offered_instructors_tostarp() -> None:
    got = _contrib("ES misijai EUMAM Ukraine instruktorus piedāvājušas 24 dalībvalstis, tostarp Latvija un Igaunija.")
    assert {("state:LV", "operation:eumam-ukraine"), ("state:EE", "operation:eumam-ukraine")} <= got


def test_en_manned_by() -> None:
    got = _contrib("Since 2015 the Baltic Naval Squadron has been manned by Estonia and Lithuania.")
    assert {("state:EE", "formation:baltron"), ("state:LT", "formation:baltron")} <= got


def test_en_staffed_by_the_unit_named_before() -> None:
    got = _contrib("BALTBAT was set up in 1994. It was staffed by Latvia, Lithuania and Estonia.")
    assert {("state:LV", "formation:baltbat"), ("state:EE", "formation:baltbat")} <= got


def test_lv_komplekte() -> None:
    got = _contrib("Baltijas jūras spēku eskadru (BALTRON) šobrīd komplektē Latvija un Lietuva.")
    assert {("state:LV", "formation:baltron"), ("state:LT", "formation:baltron")} <= got

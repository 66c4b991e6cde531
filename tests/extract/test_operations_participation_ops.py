"""participant_in for operations, missions and exercises (allygraph.extract.operations_participation)."""

from conftest import analyse_text, claims_of, triples


def _part(text: str) -> set[tuple[str, str, str]]:
    return triples(analyse_text(text), "participant_in")


def test_en_pronoun_subject_and_a_list_after_including() -> None:
    text = ("Finland has been a close partner of the Alliance for many years. It has served alongside Allies "
            "in several crisis-management operations, including KFOR in Kosovo from 1999 and the ISAF mission.")
    got = _part(text)
    assert ("state:FI", "participant_in", "operation:kfor") in got
    assert ("state:FI", "participant_in", "operation:isaf") in got


def test_en_table_row_its_companies_served_with() -> None:
    text = ("| unit | founded | role |\n|---|---|---|\n"
            "| BALTBAT | 1994 | a peacekeeping battalion whose companies later served with the NATO-led SFOR |\n")
    assert ("formation:baltbat", "participant_in", "operation:ifor-sfor") in _part(text)


def test_en_coordinated_nationals_take_part_in_an_exercise() -> None:
    text = ("The spring training season began in the Baltic region this week. Polish and Latvian troops take "
            "part in exercise Crystal Arrow 2025, which is held in Ādaži until the end of the month.")
    got = {(s, o) for s, _, o in _part(text)}
    assert {("state:PL", "event:exercise-crystal-arrow-2025"), ("state:LV", "event:exercise-crystal-arrow-2025")} <= got


def test_lv_subject_after_the_verb() -> None:
    text = "Operācijā KFOR kopš 2000. gada dien Latvijas karavīri."
    claims = [c for c in claims_of(analyse_text(text), "participant_in") if c.object == "operation:kfor"]
    assert [c.subject for c in claims] == ["state:LV"]
    assert claims[0].qualifiers.get("start") == "2000"


def test_lv_exercise_participants() -> None:
    text = "Mācībās \"Namejs 2024\" šogad piedalījās Igaunija un Lietuva, un tās notika Ādažu poligonā."
    got = {s for s, _, o in _part(text) if o == "event:exercise-namejs-2024"}
    assert got == {"state:EE", "state:LT"}

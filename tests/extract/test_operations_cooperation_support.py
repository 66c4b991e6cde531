"""cooperates_with and supports in English and Latvian: lists after "with"/"ar", dates of the
cooperation, people left out, nationality adjectives standing for states, described deployments."""

from __future__ import annotations

from conftest import analyse_text, claims_of, triples


def _coop(text: str) -> set[tuple[str, str, str | None]]:
    return {(c.subject, c.object, str(c.qualifiers["start"]) if "start" in c.qualifiers else None)
            for c in claims_of(analyse_text(text), "cooperates_with")}


def test_en_relative_clause_subject_and_close_cooperation() -> None:
    text = "Operation Irini, which replaced Operation Sophia, cooperates closely with Operation Sea Guardian."
    assert _coop(text) == {("operation:irini", "operation:sea-guardian", None)}


def test_en_list_after_with_leaves_regions_out_and_keeps_since() -> None:
    text = "Since 2006 Estonia has built up cooperation with Georgia, Moldova and the Western Balkans."
    assert _coop(text) == {("state:EE", "state:GE", "2006"), ("state:EE", "state:MD", "2006")}


def test_en_people_meeting_is_not_cooperation_of_bodies() -> None:
    text = "Jens Stoltenberg meets with the President of the European Commission every month."
    assert _coop(text) == set()


def test_en_modifier_is_not_the_partner() -> None:
    assert _coop("Lithuania develops its cooperation with NATO partners in the south.") == set()


def test_lv_cooperation_with_coordinated_states() -> None:
    text = "Kopš 2005. gada Igaunija sadarbojas ar Gruziju un Moldovu."
    assert _coop(text) == {("state:EE", "state:GE", "2005"), ("state:EE", "state:MD", "2005")}


def test_lv_operation_works_with_mission() -> None:
    assert _coop("KFOR cieši sadarbojas ar ES tiesiskuma misiju Kosovā.") == {
        ("operation:kfor", "operation:eulex-kosovo", None)}


def test_en_deployment_creates_operation_that_supports_states_named_by_adjectives() -> None:
    adoc = analyse_text("The EU has deployed a naval mission to the Black Sea, supporting Romanian and Bulgarian "
                        "authorities.")
    got = triples(adoc, "supports")
    ops = {s for s, _, _ in got}
    assert len(ops) == 1 and next(iter(ops)).startswith("operation:")
    assert {o for _, _, o in got} == {"state:RO", "state:BG"}
    assert triples(adoc, "operates_in") == {(next(iter(ops)), "operates_in", "region:black-sea")}
    assert any(e.id in ops for e in adoc.new_entities)


def test_en_operation_supported_operation_but_adjective_without_people_is_no_state() -> None:
    got = triples(analyse_text("NATO's Operation Sea Guardian supported EU Operation Sophia with Italian logistics."),
                  "supports")
    assert got == {("operation:sea-guardian", "supports", "operation:sophia")}


def test_lv_operation_supported_operation() -> None:
    got = triples(analyse_text("Operācija Sea Guardian atbalstīja ES operāciju Sophia ar informāciju."), "supports")
    assert got == {("operation:sea-guardian", "supports", "operation:sophia")}

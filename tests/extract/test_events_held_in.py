"""held_in: events resolved to reference events or created, with places and dates, both languages."""

from __future__ import annotations

from conftest import analyse_text, claims_of


def _held(text: str, date: str | None = None) -> list[tuple[str, str, dict[str, str]]]:
    doc = analyse_text(text, date=date)
    return [(c.subject, str(c.object), {k: str(v) for k, v in c.qualifiers.items() if k != "as_of"})
            for c in claims_of(doc, "held_in")]


def test_lv_date_range_without_year_place_before_the_event() -> None:
    text = "No 30. novembra līdz 1. decembrim Rīgā norisināsies NATO ārlietu ministru sanāksme."
    assert _held(text) == [("event:nato-fmm-2021-riga", "city:riga", {"start": "2021-11-30", "end": "2021-12-01"})]  # year of the event


def test_en_heads_of_state_meeting_resolves_to_the_summit() -> None:
    text = "On 28 June 2004, at a meeting of NATO heads of state and government in Istanbul, leaders agreed."
    assert _held(text) == [("event:nato-summit-2004-istanbul", "city:istanbul", {"start": "2004-06-28"})]


def test_en_linked_summit_with_the_city_in_its_name_and_a_range() -> None:
    text = "On 9–11 July 2024 NATO leaders gathered at the NATO summit in Washington."
    [(event, place, quals)] = _held(text)
    assert (event, place) == ("event:nato-summit-2024-washington", "city:washington")
    assert quals["start"] == "2024-07-09" and quals["end"] == "2024-07-11"


def test_lv_unknown_event_is_created_with_labels_in_both_languages() -> None:
    doc = analyse_text("NATO aizsardzības ministru sanāksme notiks Viļņā 2031. gada 5. jūnijā.")
    [c] = claims_of(doc, "held_in")
    assert c.object == "city:vilnius" and str(c.qualifiers["start"]) == "2031-06-05"
    [e] = [e for e in doc.new_entities if e.id == c.subject]
    assert e.id == "event:nato-defence-ministers-vilnius-2031"
    assert "2031" in e.labels["en"] and "2031" in e.labels["lv"]


def test_en_relative_clause_summit_which_was_held_in() -> None:
    text = "The 2023 NATO summit, which was held in Vilnius, welcomed Finland."
    assert _held(text) == [("event:nato-summit-2023-vilnius", "city:vilnius", {})]


def test_event_named_in_a_genitive_without_a_place_gives_no_claim() -> None:
    assert _held("NATO Viļņas samita lēmumi tiek īstenoti.") == []
    assert _held("At their summit in June 2021, the leaders agreed.") == []

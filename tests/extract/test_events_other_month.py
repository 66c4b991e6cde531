"""A meeting dated to another month than the reference event of that year is not that event."""
from conftest import analyse_text, triples


def test_en_june_meeting_is_not_february_reference_meeting() -> None:
    adoc = analyse_text("On 5 June 2025 NATO defence ministers met in Brussels to agree new capability targets.")
    subjects = {s for s, _, _ in triples(adoc, "held_in")}
    assert "event:nato-dmm-2025-brussels" not in subjects, subjects


def test_lv_june_meeting_is_not_february_reference_meeting() -> None:
    adoc = analyse_text("2025. gada 5. jūnijā Briselē notika NATO aizsardzības ministru sanāksme.")
    subjects = {s for s, _, _ in triples(adoc, "held_in")}
    assert "event:nato-dmm-2025-brussels" not in subjects, subjects


def test_en_february_meeting_still_resolves() -> None:
    adoc = analyse_text("On 13 February 2025 NATO defence ministers met in Brussels.")
    assert ("event:nato-dmm-2025-brussels", "held_in", "city:brussels") in triples(adoc, "held_in")


def test_lv_day_without_year_in_other_month() -> None:
    adoc = analyse_text("NATO aizsardzības ministri 2025. gadā tikās vairākkārt. Dienu iepriekš, 4. jūnijā, "
                        "Briselē notika aizsardzības ministru sanāksme.", date="2025-06-05")
    subjects = {s for s, _, _ in triples(adoc, "held_in")}
    assert "event:nato-dmm-2025-brussels" not in subjects, subjects

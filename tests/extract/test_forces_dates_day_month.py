"""Founding dates given as a day and month without a year take the year from the text or the document."""

from __future__ import annotations

from conftest import analyse_text, triples


def _inception(text: str, date: str) -> set[tuple[str, str, str]]:
    return triples(analyse_text(text, date=date), "inception")


def test_lv_last_year_day() -> None:
    got = _inception("Pagājušā gada 3. jūlijā kaujas grupa NATO paplašinātās klātbūtnes kaujas grupa Latvijā tika "
                     "pārveidota par NATO Daudznacionālo brigādi Latvijā.", "2025-01-18")
    assert ("formation:mnb-latvia", "inception", "2024-07-03") in got


def test_lv_day_after_the_document_date_is_the_year_before() -> None:
    got = _inception("NATO Daudznacionālā brigāde Latvijā tika izveidota 3. jūlijā.", "2025-01-18")
    assert got == {("formation:mnb-latvia", "inception", "2024-07-03")}


def test_lv_day_before_the_document_date_is_the_same_year() -> None:
    got = _inception("NATO Daudznacionālā brigāde Latvijā tika izveidota 3. jūlijā.", "2024-11-04")
    assert got == {("formation:mnb-latvia", "inception", "2024-07-03")}


def test_lv_operating_since() -> None:
    got = _inception("KFOR, kas Kosovā darbojas kopš 1999. gada jūnija, ir NATO vadīta misija.", "2020-01-01")
    assert ("operation:kfor", "inception", "1999-06") in got

"""progress_report (date, frequency) and shared_member_count (org pair, count) in both languages."""

from __future__ import annotations

from conftest import analyse_text, claims_of

FW = "framework:eu-nato-cooperation"


def _reports(text: str) -> list[tuple[str, str, str | None]]:
    out = []
    for c in claims_of(analyse_text(text), "progress_report"):
        freq = c.qualifiers.get("frequency")
        out.append((c.subject, str(c.object.value), str(freq) if freq else None))  # type: ignore[union-attr]
    return sorted(out)


def test_lv_since_date_and_annual_frequency_passive() -> None:
    text = "Kopš 2018. gada decembra par ES un NATO sadarbību tiek sagatavoti ikgadēji progresa ziņojumi."
    assert _reports(text) == [(FW, "2018-12", "annual")]


def test_en_report_issued_in_a_month() -> None:
    text = "The latest progress report on EU-NATO cooperation was published in May 2022."
    assert _reports(text) == [(FW, "2022-05", None)]


def test_en_twice_a_year_is_semi_annual() -> None:
    text = "Since June 2019, progress reports on cooperation between NATO and the EU have appeared twice a year."
    assert _reports(text) == [(FW, "2019-06", "semi-annual")]


def test_report_without_a_date_gives_no_claim() -> None:
    assert _reports("NATO and the EU discuss the progress report every year.") == []


def _shared(text: str) -> list[tuple[frozenset[str], str]]:
    return [(frozenset({c.subject, str(c.object)}), str(c.qualifiers["count"].value))  # type: ignore[union-attr]
            for c in claims_of(analyse_text(text), "shared_member_count")]


def test_lv_shared_member_states() -> None:
    assert _shared("Eiropas Savienībai un NATO šobrīd ir 23 kopīgas dalībvalstis.") == [
        (frozenset({"org:eu", "org:nato"}), "23")]


def test_en_members_of_both_takes_the_organisations_from_context() -> None:
    text = "NATO and the European Union work closely together. Today 23 countries are members of both."
    assert _shared(text) == [(frozenset({"org:eu", "org:nato"}), "23")]


def test_en_member_states_in_common() -> None:
    assert _shared("The EU and NATO have 21 member states in common.") == [
        (frozenset({"org:eu", "org:nato"}), "21")]


def test_lv_next_sentence_continues_about_reports() -> None:
    text = ("ES un NATO sadarbības progresa ziņojumi iznāk regulāri. Piektais ziņojums tika publicēts "
            "2020. gada decembrī.")
    assert _reports(text) == [(FW, "2020-12", None)]


def test_en_two_counts_in_one_sentence_each_with_its_clause() -> None:
    text = "In 2020 the EU and NATO had 21 members in common, but now they have 23 members in common."
    assert sorted(_shared(text), key=lambda x: x[1]) == [
        (frozenset({"org:eu", "org:nato"}), "21"), (frozenset({"org:eu", "org:nato"}), "23")]

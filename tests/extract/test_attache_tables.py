"""Attaché tables (pipe rows, as markdown writes them and as HTML tables are rendered): columns by
header words or by cell content, the direction from the lead-in or heading before the table."""

from __future__ import annotations

from pathlib import Path

from conftest import attache_rows as rows

from allygraph.ingest.read import read_document
from allygraph.pipeline import analyse


def test_en_inbound_table_with_remarks_column() -> None:
    text = ("Foreign defence attachés in Lithuania\n\n"
            "The states whose attachés are accredited to Lithuania and where each attaché resides.\n\n"
            "| Sending state | Post | City of residence | Remarks |\n|---|---|---|---|\n"
            "| Norway | Defence Attaché | Vilnius | Also accredited to Belarus |\n"
            "| Portugal | Military Attaché | Warsaw |  |\n")
    assert rows(text) == {("state:NO", "state:LT", "city:vilnius"), ("state:NO", "state:BY", "city:vilnius"),
                          ("state:PT", "state:LT", "city:warsaw")}


def test_lv_outbound_table_residence_first() -> None:
    text = ("Igaunijas aizsardzības atašeji ārvalstīs\n\n"
            "| Rezidences pilsēta | Akreditācijas valstis |\n|---|---|\n"
            "| Berlīne | Vācija, Austrija |\n| Roma | Itālija un Grieķija |\n")
    assert rows(text) == {("state:EE", "state:DE", "city:berlin"), ("state:EE", "state:AT", "city:berlin"),
                          ("state:EE", "state:IT", "city:rome"), ("state:EE", "state:GR", "city:rome")}


def test_en_headerless_rows_adviser_title_sets_predicate() -> None:
    text = ("Defence attachés accredited to Finland:\n\n"
            "| Canada | Defence Adviser | Stockholm, Sweden |\n| Japan | Defence Attaché | Helsinki |\n")
    assert rows(text, "defence_adviser_to") == {("state:CA", "state:FI", "city:stockholm")}
    assert rows(text) == {("state:JP", "state:FI", "city:helsinki")}


def test_table_under_another_heading_is_not_attaches() -> None:
    text = ("Defence attachés accredited to Latvia:\n\n- Norway (resident in Vilnius)\n\n"
            "Defence budgets\n\n| Country | Share of GDP |\n|---|---|\n| Poland | 4.1 |\n| Greece | 3.1 |\n")
    assert rows(text) == {("state:NO", "state:LV", "city:vilnius")}


def test_lv_table_state_name_rank_column(tmp_path: Path) -> None:
    html = ("<main><h2>Latvijā akreditētie ārvalstu aizsardzības atašeji</h2><table>"
            "<tr><th>Valsts</th><th>Pakāpe, vārds, uzvārds</th><th>Rezidē</th></tr>"
            "<tr><td>Dānija</td><td>pulkvedis Jens Hansen</td><td>Rīga</td></tr>"
            "<tr><td><p>Ungārija</p></td><td>pulkvežleitnants Gábor Kiss</td><td>Varšava<br>(Polija)</td></tr>"
            "</table></main>")
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    adoc = analyse(read_document(path))
    got = {(c.subject, c.object, c.qualifiers.get("resident_in")) for c in adoc.claims
           if c.predicate.value == "defence_attache_to"}
    assert got == {("state:DK", "state:LV", "city:riga"), ("state:HU", "state:LV", "city:warsaw")}

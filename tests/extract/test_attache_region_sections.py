"""Attaché pages grouped by region: the page's heading says whose attachés they are, each region
heading only groups the items ("residence city: countries of accreditation") under it."""

from __future__ import annotations

from pathlib import Path

from conftest import attache_rows as rows

from allygraph.ingest.read import read_document
from allygraph.pipeline import analyse


def _html_rows(tmp_path: Path, html: str, predicate: str = "defence_attache_to") -> set[tuple[str, str, object]]:
    path = tmp_path / "page.html"
    path.write_text(f"<main>{html}</main>", encoding="utf-8")
    return {(c.subject, c.object, c.qualifiers.get("resident_in")) for c in analyse(read_document(path)).claims
            if c.predicate.value == predicate}


def test_en_definition_lists_under_region_headings(tmp_path: Path) -> None:
    got = _html_rows(tmp_path, "<h1>Estonia's defence attachés abroad</h1>"
                               "<p>Updated 3 May 2025</p><p>Each attaché lives in the first city and covers the countries after it.</p>"
                               "<h2>Northern Europe</h2><dl><dt>Oslo</dt><dd>Norway</dd><dd>Denmark</dd></dl>"
                               "<h2>Southern Europe</h2><dl><dt>Madrid</dt><dd>Spain</dd><dd>Portugal</dd></dl>")
    assert got == {("state:EE", "state:NO", "city:oslo"), ("state:EE", "state:DK", "city:oslo"),
                   ("state:EE", "state:ES", "city:madrid"), ("state:EE", "state:PT", "city:madrid")}


def test_lv_bullets_under_region_headings() -> None:
    text = ("Lietuvas aizsardzības atašeji ārvalstīs\n\n"
            "Ziemeļeiropa\n\n- Kopenhāgena: Dānija, Islande\n- Oslo: Norvēģija\n\n"
            "Dienvideiropa\n\n- Roma: Itālija, Grieķija\n")
    assert rows(text) == {("state:LT", "state:DK", "city:copenhagen"), ("state:LT", "state:IS", "city:copenhagen"),
                          ("state:LT", "state:NO", "city:oslo"), ("state:LT", "state:IT", "city:rome"),
                          ("state:LT", "state:GR", "city:rome")}


def test_en_region_headings_named_by_countries() -> None:
    text = ("Defence attachés of Poland abroad\n\n"
            "North America\n\n- Washington: United States, Canada\n\n"
            "Asia\n\n- Tokyo: Japan, South Korea\n")
    assert rows(text) == {("state:PL", "state:US", "city:washington"), ("state:PL", "state:CA", "city:washington"),
                          ("state:PL", "state:JP", "city:tokyo"), ("state:PL", "state:KR", "city:tokyo")}


def test_section_about_something_else_stops_the_attache_heading() -> None:
    text = ("Estonia's defence attachés abroad\n\n- Oslo: Norway, Denmark\n\n"
            "Exercise venues in 2024\n\n- Riga: Latvia\n- Vilnius: Lithuania\n")
    assert rows(text) == {("state:EE", "state:NO", "city:oslo"), ("state:EE", "state:DK", "city:oslo")}


def test_items_that_are_not_city_rows_are_not_read_through_region_headings() -> None:
    text = ("Estonia's defence attachés abroad\n\n- Oslo: Norway, Denmark\n\n"
            "Northern Europe\n\n- Norway and Denmark held a joint exercise in 2024\n")
    assert rows(text) == {("state:EE", "state:NO", "city:oslo"), ("state:EE", "state:DK", "city:oslo")}

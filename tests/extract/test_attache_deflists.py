"""Attaché pages written as HTML definition lists: each term with its descriptions is one item."""

from __future__ import annotations

from pathlib import Path

from allygraph.ingest.read import read_document
from allygraph.pipeline import analyse


def _rows(tmp_path: Path, html: str, predicate: str = "defence_attache_to") -> set[tuple[str, str, object]]:
    path = tmp_path / "page.html"
    path.write_text(f"<main>{html}</main>", encoding="utf-8")
    return {(c.subject, c.object, c.qualifiers.get("resident_in")) for c in analyse(read_document(path)).claims
            if c.predicate.value == predicate}


def test_lv_city_terms_with_accreditation_descriptions(tmp_path: Path) -> None:
    got = _rows(tmp_path, "<h2>Lietuvas aizsardzības atašeji ārvalstīs</h2>"
                          "<dl><dt>Berlīne</dt><dd>Vācija, Austrija</dd><dt>Roma</dt><dd>Itālija</dd><dd>Malta</dd></dl>")
    assert got == {("state:LT", "state:DE", "city:berlin"), ("state:LT", "state:AT", "city:berlin"),
                   ("state:LT", "state:IT", "city:rome"), ("state:LT", "state:MT", "city:rome")}


def test_en_state_terms_with_residence_descriptions(tmp_path: Path) -> None:
    got = _rows(tmp_path, "<h2>Defence attachés accredited to Estonia</h2>"
                          "<dl><dt>Belgium</dt><dd>resident in Vilnius</dd><dt>Croatia</dt><dd>Warsaw</dd></dl>")
    assert got == {("state:BE", "state:EE", "city:vilnius"), ("state:HR", "state:EE", "city:warsaw")}


def test_en_adviser_description_sets_predicate(tmp_path: Path) -> None:
    got = _rows(tmp_path, "<p>Defence attachés and advisers accredited to Latvia:</p>"
                          "<dl><dt>Australia</dt><dd>Defence Adviser</dd><dd>based in Warsaw</dd></dl>",
                "defence_adviser_to")
    assert got == {("state:AU", "state:LV", "city:warsaw")}

import json

from _checkdocs import EN_CHECK
from typer.testing import CliRunner

from allygraph.cli import app

runner = CliRunner()


def test_factsheet_markdown_to_stdout(store_path):
    r = runner.invoke(app, ["report", "factsheet", "Latvija", "--db", str(store_path), "--lang", "lv",
                            "--today", "2025-06-01"])
    assert r.exit_code == 0, r.output
    assert "# Latvija" in r.output and "Dalība un iestāšanās" in r.output


def test_eu_nato_html_to_file(store_path, tmp_path):
    out = tmp_path / "r.html"
    r = runner.invoke(app, ["report", "eu-nato", "--db", str(store_path), "--format", "html", "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert "<h2>Common proposals by approval date</h2>" in out.read_text(encoding="utf-8")


def test_unknown_entity_is_one_line_error(store_path):
    r = runner.invoke(app, ["report", "factsheet", "Atlantis", "--db", str(store_path)])
    assert r.exit_code == 1 and "Atlantis" in r.output


def test_check_json_and_html(store_path, tmp_path):
    doc = tmp_path / "briefing.txt"
    doc.write_text(EN_CHECK, encoding="utf-8")
    html = tmp_path / "briefing.html"
    r = runner.invoke(app, ["check", str(doc), "--db", str(store_path), "--json", "--html", str(html),
                            "--today", "2025-06-01"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.output)
    assert data["document"] == "briefing"
    assert any(not f["ok"] for f in data["consistency"])
    assert "<mark" in html.read_text(encoding="utf-8")

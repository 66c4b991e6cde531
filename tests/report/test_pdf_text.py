import shutil
import subprocess

import pytest
from conftest import TODAY

from allygraph.report.eunato import build_eu_nato
from allygraph.report.factsheet import build_factsheet
from allygraph.report.pdf import find_font
from allygraph.report.render import render

needs_poppler = pytest.mark.skipif(not (shutil.which("pdftoppm") and shutil.which("pdftotext")),
                                   reason="poppler-utils not installed (make test installs it)")


def _font_or_skip():
    try:
        find_font()
    except Exception as e:  # noqa: BLE001
        pytest.skip(str(e))


@needs_poppler
@pytest.mark.parametrize("entity,lang,expect", [
    ("Latvia", "lv", ["Dalība un iestāšanās", "Latvija", "Piezīmes un avoti"]),
    ("formation:efp-bg-latvia", "en", ["Leaders and command", "Canada"]),
    ("NATO", "lv", ["Dalībnieki", "Ziemeļmaķedonija"]),
])
def test_pdf_page_renders_to_png_and_keeps_latvian_letters(tmp_path, store, entity, lang, expect):
    _font_or_skip()
    pdf = tmp_path / "sheet.pdf"
    pdf.write_bytes(render(build_factsheet(store, entity, lang, today=TODAY), "pdf"))
    subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")], check=True)
    png = next(tmp_path.glob("page*.png"))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 2000
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    for word in expect:
        assert word in text
    if lang == "lv":
        assert any(ch in text for ch in "āēīūčģķļņšž")


@needs_poppler
def test_eu_nato_pdf_has_the_total(tmp_path, store):
    _font_or_skip()
    pdf = tmp_path / "eunato.pdf"
    pdf.write_bytes(render(build_eu_nato(store, "lv", today=TODAY), "pdf"))
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    assert "Kopā: pasākumu skaits: 74" in text
    assert "Kopīgās deklarācijas" in text


def test_pdf_bytes_are_deterministic(store):
    _font_or_skip()
    rep = build_factsheet(store, "Latvia", "en", today=TODAY)
    assert render(rep, "pdf") == render(build_factsheet(store, "Latvia", "en", today=TODAY), "pdf")

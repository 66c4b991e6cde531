"""Render a :class:`~.document.Report` as PDF with fpdf2 and a Unicode TrueType font.

Latvian needs ā ē ī ū č ģ ķ ļ ņ š ž, which the PDF core fonts lack, so a TTF is embedded:
DejaVu Sans from Debian's ``fonts-dejavu-core`` (``make test`` installs it), or any TTF named by
the ``ALLYGRAPH_FONT`` environment variable. The timeline is drawn with PDF vector primitives
from the same layout as the SVG. The creation date is fixed, so the bytes are deterministic.
"""

from __future__ import annotations

import datetime as _dt
import os
from pathlib import Path

from ..errors import AllygraphError
from .chart import Timeline
from .document import Report
from .i18n import strings

__all__ = ["render_pdf", "find_font"]

_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/Library/Fonts/DejaVuSans.ttf",
    "C:/Windows/Fonts/DejaVuSans.ttf",
)
_FIXED_DATE = _dt.datetime(2000, 1, 1, tzinfo=_dt.UTC)
_COLOURS = {"main": (31, 78, 121), "muted": (157, 183, 213), "axis": (85, 85, 85)}


def find_font() -> tuple[Path, Path | None]:
    """(regular, bold or None) TrueType files for PDF text; raise if none is installed."""
    env = os.environ.get("ALLYGRAPH_FONT")
    candidates = ([env] if env else []) + list(_CANDIDATES)
    try:  # matplotlib, where installed, bundles DejaVu Sans
        import matplotlib  # type: ignore[import-not-found]

        candidates.append(str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"))
    except ImportError:
        pass
    for c in candidates:
        p = Path(c)
        if p.is_file():
            bold = p.with_name(p.stem + "-Bold" + p.suffix)
            return p, bold if bold.is_file() else None
    raise AllygraphError("no Unicode TrueType font for PDF output: install fonts-dejavu-core "
                         "(apt-get install fonts-dejavu-core) or set ALLYGRAPH_FONT to a .ttf file")


def _draw_timeline(pdf, chart: Timeline, width_mm: float) -> None:  # type: ignore[no-untyped-def]
    from .chart import WIDTH

    k = width_mm / WIDTH
    x0, y0 = pdf.l_margin, pdf.get_y()
    height = chart.height * k
    if y0 + height > pdf.page_break_trigger:
        pdf.add_page()
        y0 = pdf.get_y()
    for sh in chart.layout():
        pdf.set_draw_color(*_COLOURS[sh.tone])
        pdf.set_fill_color(*_COLOURS[sh.tone])
        if sh.kind == "line":
            pdf.line(x0 + sh.x * k, y0 + sh.y * k, x0 + sh.w * k, y0 + sh.h * k)
        elif sh.kind == "rect":
            pdf.rect(x0 + sh.x * k, y0 + sh.y * k, sh.w * k, sh.h * k, style="F")
        elif sh.kind == "circle":
            r = sh.w * k
            pdf.ellipse(x0 + sh.x * k - r, y0 + sh.y * k - r, 2 * r, 2 * r, style="F")
        else:
            pdf.set_font("Body", "", 11 * k * 72 / 25.4 * 0.95)
            pdf.set_text_color(*((34, 34, 34) if sh.tone == "main" else _COLOURS[sh.tone]))
            w = pdf.get_string_width(sh.text)
            x = x0 + sh.x * k - (w if sh.anchor == "end" else w / 2 if sh.anchor == "middle" else 0)
            pdf.text(x, y0 + sh.y * k, sh.text)
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y0 + height + 2)


def render_pdf(r: Report) -> bytes:
    """The report as PDF bytes (A4, DejaVu Sans, numbered notes at the end)."""
    from fpdf import FPDF

    s = strings(r.lang)
    regular, bold = find_font()
    pdf = FPDF(format="A4")
    pdf.set_creation_date(_FIXED_DATE)
    pdf.set_title(r.title)
    pdf.set_lang(r.lang)
    pdf.add_font("Body", "", str(regular))
    pdf.add_font("Body", "B", str(bold or regular))
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin

    def para(text: str, size: float = 10, style: str = "", h: float = 5, indent: float = 0) -> None:
        pdf.set_font("Body", style, size)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(width - indent, h, text, new_x="LMARGIN", new_y="NEXT")

    para(r.title, 18, "B", 9)
    if r.subtitle:
        para(r.subtitle, 11, "", 6)
    if r.intro:
        para(r.intro, 9, "", 4.5)
    for sec in r.sections:
        pdf.ln(3)
        para(sec.title, 13, "B", 7)
        if sec.chart:
            _draw_timeline(pdf, sec.chart, width)
        for ln in sec.lines:
            marks = "".join(f"[{n}]" for n in ln.notes)
            tag = {"deprecated": f" ({s('fields.rank_deprecated')})", "preferred": f" ({s('fields.rank_preferred')})"}
            para(f"• {ln.text}{tag.get(ln.rank, '')} {marks}".rstrip(), 10, "", 5, 2)
            if ln.detail:
                para(ln.detail, 8.5, "", 4, 7)
        if not sec.lines and not sec.chart:
            para(sec.empty_text or s("none"), 9.5, "", 5, 2)
    if r.notes:
        pdf.ln(3)
        para(s("sections.notes"), 13, "B", 7)
        for n in r.notes:
            if n.is_span:
                quote = " ".join(n.quote.split())
                para(f"[{n.n}] {n.document}:{n.start}–{n.end} “{quote}”", 8, "", 4)
            else:
                para(f"[{n.n}] {s('reference_data')}: {n.url}", 8, "", 4)
    return bytes(pdf.output())

"""Render a :class:`~.document.Report` as Markdown or HTML (PDF is :mod:`.pdf`), or write any of the three.

Markdown puts notes as ``[^n]`` footnotes and the timeline as inline SVG (GitHub and most
viewers show it); HTML comes from ``templates/report.html.j2`` with the SVG inline and every
note linked. Output depends only on the report, so the same graph gives the same bytes.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from ..errors import QueryError
from .document import Report
from .i18n import strings

__all__ = ["render_markdown", "render_html", "render", "write_report", "FORMATS"]

FORMATS = ("md", "html", "pdf")


@lru_cache(maxsize=1)
def _env() -> Environment:
    return Environment(loader=PackageLoader("allygraph.report", "templates"),
                       autoescape=select_autoescape(["html", "j2"]), keep_trailing_newline=True)


def _md_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("[", "\\[")


def render_markdown(r: Report) -> str:
    s = strings(r.lang)
    out = [f"# {_md_escape(r.title)}", ""]
    if r.subtitle:
        out += [f"*{_md_escape(r.subtitle)}*", ""]
    if r.intro:
        out += [_md_escape(r.intro), ""]
    for sec in r.sections:
        out += [f"## {_md_escape(sec.title)}", ""]
        if sec.chart:
            out += [sec.chart.svg(), ""]
        for ln in sec.lines:
            marks = "".join(f"[^{n}]" for n in ln.notes)
            text = _md_escape(ln.text)
            if ln.rank == "deprecated":
                text = f"~~{text}~~ ({s('fields.rank_deprecated')})"
            elif ln.rank == "preferred":
                text = f"**{text}** ({s('fields.rank_preferred')})"
            out.append(f"- {text}{marks}")
            if ln.detail:
                out.append("  - " + re.sub(r"\\\[(\d+)\]", r"[^\1]", _md_escape(ln.detail)))
        if not sec.lines and not sec.chart:
            out.append(f"_{sec.empty_text or s('none')}_")
        out.append("")
    if r.notes:
        out += [f"## {s('sections.notes')}", ""]
        for n in r.notes:
            if n.is_span:
                quote = " ".join(n.quote.split())
                out.append(f"[^{n.n}]: `{n.document}:{n.start}-{n.end}` “{quote}”")
            else:
                out.append(f"[^{n.n}]: {s('reference_data')}: <{n.url}>")
        out.append("")
    return "\n".join(out)


def render_html(r: Report) -> str:
    s = strings(r.lang)
    return _env().get_template("report.html.j2").render(
        r=r, notes_title=s("sections.notes"), reference_word=s("reference_data"))


def render(r: Report, fmt: str) -> str | bytes:
    """The report as Markdown or HTML text, or PDF bytes."""
    if fmt == "md":
        return render_markdown(r)
    if fmt == "html":
        return render_html(r)
    if fmt == "pdf":
        from .pdf import render_pdf

        return render_pdf(r)
    raise QueryError(f"unknown report format {fmt!r}; choose one of {', '.join(FORMATS)}")


def write_report(r: Report, fmt: str, path: str | Path) -> Path:
    data = render(r, fmt)
    p = Path(path)
    if isinstance(data, bytes):
        p.write_bytes(data)
    else:
        p.write_text(data, encoding="utf-8")
    return p

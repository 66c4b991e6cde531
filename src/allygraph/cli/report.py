"""Report commands: ``report factsheet ENTITY``, ``report eu-nato``, ``report rank``, and ``check FILE``."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape
from rich.table import Table

from ._app import DB_OPTION_HELP, app, console, fail
from .graph import store_for

report_app = typer.Typer(help="Fact sheets and the EU–NATO report from the graph, every statement cited.\n\n"
                              "Example: allygraph report factsheet Latvia --lang lv --format pdf -o latvija.pdf",
                         no_args_is_help=True)
app.add_typer(report_app, name="report")

DbOpt = typer.Option(None, "--db", help=DB_OPTION_HELP, show_default="allygraph.db")
LangOpt = typer.Option("en", "--lang", help="Language of the report: lv or en.")
FormatOpt = typer.Option("md", "--format", "-f", help="md, html or pdf (pdf needs --output).")
OutOpt = typer.Option(None, "--output", "-o", help="Write to this file instead of standard output.")
TodayOpt = typer.Option(None, "--today", help="The date 'now' means (YYYY-MM-DD; default: the system date).")


def _emit(rep, fmt: str, output: Optional[Path]) -> None:  # type: ignore[no-untyped-def]
    from ..report.render import FORMATS, render

    if fmt not in FORMATS:
        fail(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    data = render(rep, fmt)
    if output:
        try:
            (output.write_bytes(data) if isinstance(data, bytes) else output.write_text(data, encoding="utf-8"))
        except OSError as e:
            fail(f"{output}: cannot write ({e.strerror})")
        console.print(f"wrote {output}")
    elif isinstance(data, bytes):
        fail("PDF output needs --output FILE")
    else:
        _utf8_stdout()
        sys.stdout.write(data)


def _utf8_stdout() -> None:
    if isinstance(sys.stdout, io.TextIOWrapper):  # not when something without an encoding stands in for it
        sys.stdout.reconfigure(encoding="utf-8")


def _lang(lang: str) -> str:
    if lang not in ("lv", "en"):
        fail(f"unknown language {lang!r}; choose lv or en")
    return lang


@report_app.command("factsheet")
def factsheet(
    entity: str = typer.Argument(..., help="A state, formation, body or operation: id, or name in either language."),
    db: Optional[str] = DbOpt, lang: str = LangOpt, format: str = FormatOpt, output: Optional[Path] = OutOpt,
    today: Optional[str] = TodayOpt,
) -> None:
    """A fact sheet: key facts, memberships and timeline, partners, presence, attachés, operations, leaders.

    Example: allygraph report factsheet "Kanāda" --db demo.db --lang lv --format html -o kanada.html
    """
    from ..report.factsheet import build_factsheet

    with store_for(db) as store:
        _emit(build_factsheet(store, entity, _lang(lang), today=today), format, output)


@report_app.command("eu-nato")
def eu_nato(db: Optional[str] = DbOpt, lang: str = LangOpt, format: str = FormatOpt,
            output: Optional[Path] = OutOpt, today: Optional[str] = TodayOpt) -> None:
    """The EU–NATO cooperation report: declarations, common proposals and total, areas, progress reports.

    Example: allygraph report eu-nato --db demo.db --lang lv --format pdf -o es-nato.pdf
    """
    from ..report.eunato import build_eu_nato

    with store_for(db) as store:
        _emit(build_eu_nato(store, _lang(lang), today=today), format, output)


@report_app.command("rank")
def rank(db: Optional[str] = DbOpt, dry_run: bool = typer.Option(False, "--dry-run", help="Only list the changes.")) -> None:
    """Mark competing values of one-valued predicates preferred (most, latest sources) or deprecated.

    Example: allygraph report rank --db demo.db
    """
    from ..report.rank import rank_claims

    with store_for(db) as store:
        changes = rank_claims(store, dry_run=dry_run)
        for cid, r in changes:
            console.print(f"{cid}  {r}")
        console.print(f"{len(changes)} ranks {'would change' if dry_run else 'changed'}")


_COLOURS = {"supported": "green", "new": "blue", "contradicted": "red", "stale": "yellow"}


@app.command("check")
def check(
    file: Path = typer.Argument(..., help="A document to check (.txt .md .html .pdf); it is not stored."),
    db: Optional[str] = DbOpt, lang: str = LangOpt,
    as_json: bool = typer.Option(False, "--json", help="Print the result as JSON."),
    html: Optional[Path] = typer.Option(None, "--html", help="Write the annotated HTML view to this file."),
    today: Optional[str] = TodayOpt,
) -> None:
    """Hold a document's claims against the graph: supported, new, contradicted or stale; and check its
    own counts against its lists and totals against their parts.

    Example: allygraph check briefing.txt --db demo.db --lang lv --html briefing.html
    """
    from ..report.annotate import finding_message, render_check_html
    from ..report.check import check_document
    from ..report.i18n import strings

    if not file.exists():
        fail(f"{file}: no such file")
    with store_for(db) as store:
        res = check_document(store, file, lang=_lang(lang), today=today)
    if html:
        try:
            html.write_text(render_check_html(res, lang), encoding="utf-8")
        except OSError as e:
            fail(f"{html}: cannot write ({e.strerror})")
    if as_json:
        _utf8_stdout()
        sys.stdout.write(json.dumps(res.to_json(), ensure_ascii=False, indent=1, sort_keys=True) + "\n")
        return
    s = strings(lang)
    t = Table("#", s("check.claim"), s("check.verdict"), s("check.evidence"), title=escape(s("check.title", doc=res.document)))
    for i, it in enumerate(res.items, 1):
        ev = "; ".join(f"{e.document}:{e.start}-{e.end}" if e.document else e.url for e in (it.agreeing + it.disagreeing)[:4])
        t.add_row(str(i), escape(it.text), f"[{_COLOURS[it.verdict]}]{escape(s('verdicts.' + it.verdict))}[/]",
                  escape(it.reason + (f" — {ev}" if ev else "")))
    console.print(t)
    if res.findings:
        console.print(f"[bold]{escape(s('check.consistency'))}[/bold]")
        for f in res.findings:
            mark = "[green]✓[/green]" if f.ok else "[red]✗[/red]"
            console.print(f"  {mark} {escape(finding_message(f, lang))}")
    counts = ", ".join(f"{s('verdicts.' + k)} {v}" for k, v in res.counts().items())
    console.print(s("check.summary", n=len(res.items), counts=counts))
    if html:
        console.print(f"wrote {html}")

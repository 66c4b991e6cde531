"""Graph commands: ingest, documents, entities, show, export, import, stats."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from ..errors import AllygraphError
from ..export import FORMATS, export, import_jsonl
from ..model import Literal
from ..query import resolve_entity, statements
from ..store import Store, open_store
from ._app import DB_OPTION_HELP, app, console, default_db, err_console, fail

DbOpt = typer.Option(None, "--db", help=DB_OPTION_HELP, show_default="allygraph.db")


@contextmanager
def store_for(db: Optional[str]) -> Iterator[Store]:
    try:
        store = open_store(db or default_db())
    except AllygraphError as e:
        fail(str(e))
    try:
        yield store
    except AllygraphError as e:
        fail(str(e))
    finally:
        store.close()


@app.command()
def ingest(
    paths: list[Path] = typer.Argument(..., help="Files and folders (.txt .md .html .htm .pdf)."),
    db: Optional[str] = DbOpt,
    jobs: int = typer.Option(1, "--jobs", "-j", help="Worker processes for analysis (0 = one per core)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary table."),
) -> None:
    """Read documents, extract entities and claims, and store them (idempotent; each document whole or not at all, committed in batches).

    Bad files are reported one line each and the others still go in; the exit code is 2 if any failed.

    Example: allygraph ingest samples/ news/2024.html --db demo.db
    """
    import os

    from ..pipeline import ingest as run_ingest

    jobs = jobs if jobs > 0 else (os.cpu_count() or 1)
    with store_for(db) as store:
        progress = Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"),
                            TimeElapsedColumn(), console=err_console, disable=quiet or not err_console.is_terminal,
                            transient=True)
        with progress:
            task = progress.add_task("", total=None)

            def tick(path: str, status: str) -> None:
                progress.update(task, advance=1, description=escape(Path(path).name))

            report = run_ingest([str(p) for p in paths], store, jobs=jobs, progress=tick)
        for e in report.errors:
            err_console.print(f"[red]error:[/red] {escape(str(e))}", soft_wrap=True)
        if not quiet:
            t = Table(title="ingest", show_header=True)
            for col in ("new", "changed", "unchanged", "failed", "mentions", "claims", "characters"):
                t.add_column(col, justify="right")
            t.add_row(str(len(report.new)), str(len(report.changed)), str(len(report.unchanged)), str(len(report.errors)),
                      str(report.mentions), str(report.claims), str(report.chars))
            console.print(t)
        if report.errors:
            raise typer.Exit(2)


@app.command()
def documents(db: Optional[str] = DbOpt) -> None:
    """List stored documents with language, size and counts.

    Example: allygraph documents --db demo.db
    """
    with store_for(db) as store:
        t = Table("id", "lang", "format", "chars", "mentions", "claims", "title")
        for d in store.documents():
            t.add_row(escape(d.id), d.lang, d.format, str(d.n_chars), str(d.n_mentions), str(d.n_claims),
                      escape(d.title[:60]))
        console.print(t)


@app.command()
def entities(
    db: Optional[str] = DbOpt,
    type: Optional[str] = typer.Option(None, "--type", "-t", help="Only this entity type (state, formation, ...)."),
    all_: bool = typer.Option(False, "--all", help="Also reference entities no claim mentions."),
    lang: str = typer.Option("en", "--lang", help="Label language: lv or en."),
) -> None:
    """List entities (by default those that take part in a claim).

    Example: allygraph entities --db demo.db --type formation --lang lv
    """
    with store_for(db) as store:
        t = Table("id", "type", "label", "aliases")
        for e in store.entities(type, with_claims=not all_):
            t.add_row(escape(e.id), e.type.value, escape(e.label(lang)), escape(", ".join(e.all_aliases()[:4])))
        console.print(t)


def _fmt_value(store: Store, v: object, lang: str) -> str:
    if isinstance(v, Literal):
        return str(v)
    e = store.entity(str(v))
    return e.label(lang) if e else str(v)


@app.command()
def show(
    entity: str = typer.Argument(..., help="An entity id, label or alias in either language (inflected forms work)."),
    db: Optional[str] = DbOpt,
    lang: str = typer.Option("en", "--lang", help="Label language: lv or en."),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="Only statements valid on this date (YYYY[-MM[-DD]])."),
) -> None:
    """Show an entity: labels, statements with qualifiers, and the source quote of each.

    Example: allygraph show "Kanāda" --db demo.db --lang lv
    """
    from ..vocab import PREDICATES, Predicate

    with store_for(db) as store:
        e = resolve_entity(store, entity, lang)
        console.print(f"[bold]{escape(e.label(lang))}[/bold]  ({e.id}, {e.type.value})")
        console.print(f"  en: {escape(e.labels.get('en', ''))}   lv: {escape(e.labels.get('lv', ''))}"
                      + (f"   Wikidata: {e.qid}" if e.qid else ""))
        if e.all_aliases():
            console.print(f"  aliases: {escape(', '.join(e.all_aliases()[:12]))}")
        groups = statements(store, e.id, as_of=as_of)
        if not groups:
            console.print("  no statements")
        for key, claims in groups.items():
            inverse = key.startswith("~")
            info = PREDICATES[Predicate(key.lstrip("~"))]
            name = info.label_lv if lang == "lv" else info.label_en
            console.print(f"\n[bold cyan]{'← ' if inverse else ''}{escape(name)}[/bold cyan]")
            for c in claims:
                other = c.subject if inverse else c.object
                quals = ", ".join(f"{k}={_fmt_value(store, v, lang)}" for k, v in sorted(c.qualifiers.items()))
                status = "" if c.status == "extracted" else f" [{c.status}]"
                console.print(f"  • {escape(_fmt_value(store, other, lang))}"
                              + (f"  ({escape(quals)})" if quals else "") + status)
                for s in c.sources[:3]:
                    console.print(f"      [dim]{escape(s.document)}:{s.start}-{s.end}[/dim] “{escape(s.quote[:160])}”")


@app.command("export")
def export_cmd(
    db: Optional[str] = DbOpt,
    format: str = typer.Option("jsonl", "--format", "-f", help=f"One of: {', '.join(FORMATS)}."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file instead of standard output."),
) -> None:
    """Export every claim with its sources: jsonl (the scorer's format), csv or ttl (RDF Turtle).

    Example: allygraph export --db demo.db --format jsonl > claims.jsonl
    """
    if format not in FORMATS:
        fail(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
    with store_for(db) as store:
        if output:
            with open(output, "w", encoding="utf-8", newline="") as fh:
                export(store, format, fh)
        else:
            sys.stdout.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
            export(store, format, sys.stdout)


@app.command("import")
def import_cmd(
    file: Path = typer.Argument(..., help="A JSON Lines file written by `allygraph export --format jsonl`."),
    db: Optional[str] = DbOpt,
) -> None:
    """Import claims from a JSON Lines export (round trip: export -> import -> export is unchanged).

    Example: allygraph import claims.jsonl --db copy.db
    """
    with store_for(db) as store:
        try:
            with open(file, encoding="utf-8") as fh:
                n = import_jsonl(store, fh, str(file))
        except OSError as e:
            fail(f"{file}: cannot read ({e.strerror})")
        except UnicodeDecodeError:
            fail(f"{file}: not UTF-8 text")
        console.print(f"imported {n} claims")


@app.command()
def stats(db: Optional[str] = DbOpt) -> None:
    """Counts of documents, entities, mentions, claims, sources and reviews.

    Example: allygraph stats --db demo.db
    """
    with store_for(db) as store:
        t = Table("what", "count")
        for k, v in store.stats().items():
            t.add_row(k, str(v))
        console.print(t)

"""The Typer application object, the Rich console and the error adapter shared by command modules."""

from __future__ import annotations

import os
from typing import NoReturn

import typer
from rich.console import Console

__all__ = ["app", "console", "err_console", "fail", "DB_OPTION_HELP", "default_db"]

app = typer.Typer(
    name="allygraph",
    help="Source-cited, time-aware knowledge graph of defence cooperation from Latvian and English documents.\n\n"
         "Example: allygraph ingest samples --db demo.db && allygraph show Latvia --db demo.db",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)
console = Console(highlight=False, soft_wrap=False)
err_console = Console(stderr=True, highlight=False)

DB_OPTION_HELP = "Store: a SQLite file path or a SQLAlchemy URL (env ALLYGRAPH_DB)."


def default_db() -> str:
    return os.environ.get("ALLYGRAPH_DB", "allygraph.db")


def fail(message: str, code: int = 1) -> NoReturn:
    err_console.print(f"[red]error:[/red] {message}", markup=True, highlight=False, soft_wrap=True)
    raise typer.Exit(code)

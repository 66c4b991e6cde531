"""`allygraph ask` and `allygraph search`: questions and passage search in Latvian or English."""

from __future__ import annotations

import json
import sys
from typing import Optional

import typer
from rich.markup import escape
from rich.panel import Panel

from ..ask import answer
from ..search import search as run_search
from ._app import app, console, fail
from .graph import DbOpt, store_for


def _check_lang(lang: Optional[str]) -> None:
    if lang not in (None, "lv", "en"):
        fail(f"--lang must be lv or en, not {lang!r}")


@app.command()
def ask(
    question: str = typer.Argument(..., help="The question, in Latvian or English."),
    db: Optional[str] = DbOpt,
    as_json: bool = typer.Option(False, "--json", help="One JSON object: answer, items, citations (the eval format)."),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="Answer as things stood on this date (YYYY[-MM[-DD]])."),
    lang: Optional[str] = typer.Option(None, "--lang", help="The question's language (lv or en); detected if omitted."),
) -> None:
    """Ask a question; get the answer, the entities or values behind it and the passages that support it.

    When the graph holds no answer it says so and shows the closest passages instead.

    Example: allygraph ask "Kura valsts vada NATO kaujas grupu Latvijā?" --db demo.db
    """
    _check_lang(lang)
    if not question.strip():
        fail("the question is empty")
    with store_for(db) as store:
        result = answer(store, question, lang=lang, as_of=as_of)
    if as_json:
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        return
    body = f"[bold]{escape(result['answer'])}[/bold]"
    if result.get("derivation"):
        body += f"\n[dim]{escape(result['derivation'].get('note') or result['derivation']['method'])}[/dim]"
    console.print(Panel(body, title=escape(question), title_align="left"))
    for c in result["citations"][:8]:
        console.print(f"  [dim]{escape(c['document'])}:{c['start']}-{c['end']}[/dim] “{escape(c['quote'][:200])}”")
    for p in result.get("passages") or []:
        console.print(f"  [dim]{escape(p['document'])}:{p['start']}-{p['end']}[/dim] {escape(p['quote'][:200])}")


@app.command()
def search(
    text: str = typer.Argument(..., help="Words or names to look for, in Latvian or English."),
    db: Optional[str] = DbOpt,
    limit: int = typer.Option(10, "--limit", "-n", help="How many passages."),
    lang: Optional[str] = typer.Option(None, "--lang", help="The query's language (lv or en); detected if omitted."),
    as_json: bool = typer.Option(False, "--json", help="JSON lines instead of a list."),
) -> None:
    """Rank passages from documents in both languages (BM25 over lemmas; linked names bridge the languages).

    Example: allygraph search "gaisa telpas patrulēšana Šauļos" --db demo.db
    """
    _check_lang(lang)
    with store_for(db) as store:
        hits = run_search(store, text, lang=lang, limit=limit)
    if as_json:
        for p in hits:
            sys.stdout.write(json.dumps({"document": p.document, "start": p.start, "end": p.end, "lang": p.lang,
                                         "score": round(p.score, 4), "quote": p.text}, ensure_ascii=False) + "\n")
        return
    if not hits:
        console.print("no passages found")
    for p in hits:
        console.print(f"[dim]{p.score:6.2f} {escape(p.document)}:{p.start}-{p.end} [{p.lang}][/dim] {escape(p.text[:240])}")

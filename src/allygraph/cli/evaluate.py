"""`allygraph eval`: precision, recall and F1 of the store's claims against a gold TSV."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from ..evaluate import Score, evaluate, load_entity_names, load_gold
from ._app import app, console
from .graph import DbOpt, store_for


@app.command("eval")
def eval_cmd(
    gold: Path = typer.Argument(..., help="Gold claims TSV: doc, subject, predicate, object, qualifiers."),
    entities_tsv: Path = typer.Argument(..., help="Entities TSV: canonical name, type, aliases (| separated)."),
    db: Optional[str] = DbOpt,
    misses: bool = typer.Option(False, "--misses", help="List every missed and extra claim."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as one JSON object."),
) -> None:
    """Score extraction against your own gold annotations: P/R/F1 per predicate and per language.

    Ingest the gold's documents first; document ids are file names without extension.

    Example: allygraph eval samples/gold.tsv samples/entities.tsv --db demo.db
    """
    with store_for(db) as store:
        sc = evaluate(store, load_gold(gold), load_entity_names(entities_tsv))
    p, r, f = Score.prf(sc.tp, sc.fp, sc.fn)
    if as_json:
        console.print_json(json.dumps({
            "precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "tp": sc.tp, "fp": sc.fp, "fn": sc.fn,
            "qualifier_accuracy": round(sc.qualifier_accuracy, 3),
            "per_language": {k: dict(zip(("p", "r", "f1"), (round(x, 3) for x in Score.prf(*v))))
                             for k, v in sorted(sc.per_language.items())},
            "per_predicate": {k: dict(zip(("p", "r", "f1"), (round(x, 3) for x in Score.prf(*v))))
                              for k, v in sorted(sc.per_predicate.items())}}))
        return
    if misses:
        for line in sc.misses:
            console.print(line, markup=False)
    t = Table("predicate / language", "P", "R", "F1", "tp", "fp", "fn")
    for k, v in sorted(sc.per_predicate.items()):
        t.add_row(k, *(f"{x:.2f}" for x in Score.prf(*v)), *map(str, v))
    for k, v in sorted(sc.per_language.items()):
        t.add_row(f"[bold]language {k}[/bold]", *(f"{x:.2f}" for x in Score.prf(*v)), *map(str, v))
    console.print(t)
    console.print(f"triples P={p:.3f} R={r:.3f} F1={f:.3f} (tp={sc.tp} fp={sc.fp} fn={sc.fn}); "
                  f"qualifiers {sc.qualifier_accuracy:.3f} ({sc.qual_ok}/{sc.qual_all})")

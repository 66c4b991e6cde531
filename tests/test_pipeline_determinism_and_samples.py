"""Whole-pipeline properties: two ingests of the same corpus export byte-identical JSON Lines, and
extraction on our own samples scores at least a floor against our own gold (a regression gate;
the figures are printed for the record)."""

from __future__ import annotations

from pathlib import Path

from allygraph.evaluate import Score, evaluate, load_entity_names, load_gold
from allygraph.export import export
from allygraph.pipeline import ingest
from allygraph.store import open_store


def test_two_fresh_ingests_export_byte_identical_jsonl(tmp_path: Path, samples_dir: Path) -> None:
    outs = []
    for name in ("a", "b"):
        store = open_store(tmp_path / f"{name}.db")
        ingest([samples_dir], store)
        outs.append(export(store, "jsonl"))
        store.close()
    assert outs[0] == outs[1]
    assert outs[0].count("\n") > 50


def test_samples_gold_scores_above_floor(demo_store, samples_dir: Path) -> None:  # type: ignore[no-untyped-def]
    sc = evaluate(demo_store, load_gold(samples_dir / "gold.tsv"), load_entity_names(samples_dir / "entities.tsv"))
    p, r, f = Score.prf(sc.tp, sc.fp, sc.fn)
    print(f"samples: P={p:.3f} R={r:.3f} F1={f:.3f} qualifiers={sc.qualifier_accuracy:.3f}")
    assert p >= 0.80, f"precision fell to {p:.3f}"
    assert f >= 0.55, f"F1 fell to {f:.3f}"
    for lang, counts in sc.per_language.items():
        assert Score.prf(*counts)[2] >= 0.50, f"{lang} F1 fell to {Score.prf(*counts)[2]:.3f}"

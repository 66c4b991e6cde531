"""Mention recall of the gazetteer on the seed documents or the samples (a development report, not a test).

For each document, the eval entities that its gold claims use (subjects, objects, resident_in) are
looked for among the gazetteer's mentions: an eval entity counts as found when one mention's
entity shares a name (label or alias, compared the scorer's way) with it. Prints found and
missed per document, the overall recall, and the build time and scan speed (CPU time over the
corpus repeated to about 10 MB).

    .venv/bin/python scripts/link_report.py [/work/shared]      # the seeds and shared/eval/dev
    .venv/bin/python scripts/link_report.py --samples           # samples/ and its gold
"""

from __future__ import annotations

import re
import sys
import time
import unicodedata
from pathlib import Path

from allygraph.ingest.read import read_document
from allygraph.link.gazetteer import Gazetteer
from allygraph.nlp.langid import detect
from allygraph.refdata import load_reference

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def norm(s: str) -> str:  # the scorer's normalisation
    s = unicodedata.normalize("NFKD", str(s))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = s.replace("–", "-").replace("—", "-").replace("’", "'")
    s = re.sub(r"[\"“”„«»()\[\].,]", " ", s)
    s = re.sub(r"^the\s+", "", s.strip())
    return re.sub(r"\s+", " ", s).strip()


def _table(path: Path) -> list[list[str]]:
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def main(docs: list[Path], gold: Path, entities: Path) -> int:
    eval_names: dict[str, set[str]] = {}
    for parts in _table(entities):
        eval_names[parts[0]] = {norm(parts[0])} | {norm(a) for a in (parts[2].split("|") if len(parts) > 2 else []) if a}
    expected: dict[str, set[str]] = {}
    for parts in _table(gold):
        doc, subj, _pred, obj, quals = (parts + [""] * 5)[:5]
        names = {subj, obj} | {v.split("=", 1)[1] for v in quals.split(";") if v.startswith("resident_in=")}
        expected.setdefault(doc, set()).update(n for n in names if n in eval_names)
    ref = load_reference()
    t0 = time.process_time()
    gaz = Gazetteer(ref)
    build = time.process_time() - t0
    total = hit = 0
    corpus = []
    for path in docs:
        text = read_document(path).text
        corpus.append(text)
        lang = detect(text)
        mentions, created = gaz.find_entities(text, lang)
        ours = set()
        for m in mentions:
            e = ref.get(m.entity_id) or next((c for c in created if c.id == m.entity_id), None)
            if e is not None:
                ours |= {norm(n) for n in [*e.labels.values(), *e.all_aliases()]}
        want = sorted(expected.get(path.stem, set()))
        found = [n for n in want if eval_names[n] & ours]
        missed = [n for n in want if not eval_names[n] & ours]
        total += len(want)
        hit += len(found)
        print(f"{path.stem} ({lang}): {len(found)}/{len(want)} found, {len(mentions)} mentions, {len(created)} new")
        if missed:
            print("  missed: " + "; ".join(missed))
    print(f"recall {hit}/{total} = {hit / max(total, 1):.3f}")
    big = ("\n".join(corpus) + "\n") * max(1, (10 * 2**20) // sum(len(c) for c in corpus))
    for lang in ("en", "lv"):
        t0 = time.process_time()
        gaz.find(big, lang)
        dt = time.process_time() - t0
        print(f"scan {lang}: {len(big.encode()) / 2**20 / dt:.1f} MB/s over {len(big.encode()) / 2**20:.1f} MB")
    t0 = time.process_time()
    for text in corpus * 50:
        gaz.find_entities(text, detect(text))
    print(f"find_entities over the documents x 50: {time.process_time() - t0:.2f} s")
    print(f"build: {build:.3f} s, {gaz.size} keys, {len(ref)} entities")
    return 0


if __name__ == "__main__":
    if "--samples" in sys.argv[1:]:
        files = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".md", ".html") and p.name[:2].isdigit())
        raise SystemExit(main(files, SAMPLES / "gold.tsv", SAMPLES / "entities.tsv"))
    shared = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared")
    raise SystemExit(main(sorted((shared / "seeds").glob("*.txt")), shared / "eval/dev/gold.tsv",
                          shared / "eval/dev/entities.tsv"))

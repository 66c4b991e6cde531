"""Mention recall of the gazetteer on the seed documents (a development report, not a test).

For each seed, the eval entities that its gold claims use (subjects, objects, resident_in) are
looked for among the gazetteer's mentions: an eval entity counts as found when one mention's
entity shares a name (label or alias, compared the scorer's way) with it. Prints found and
missed per document, the overall recall, and the build time and scan speed.

    .venv/bin/python scripts/link_report.py [/work/shared]
"""

from __future__ import annotations

import re
import sys
import time
import unicodedata
from pathlib import Path

from allygraph.link.gazetteer import Gazetteer
from allygraph.refdata import load_reference


def norm(s: str) -> str:  # the scorer's normalisation
    s = unicodedata.normalize("NFKD", str(s))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = s.replace("–", "-").replace("—", "-").replace("’", "'")
    s = re.sub(r"[\"“”„«»()\[\].,]", " ", s)
    s = re.sub(r"^the\s+", "", s.strip())
    return re.sub(r"\s+", " ", s).strip()


def main(shared: Path) -> int:
    eval_names: dict[str, set[str]] = {}
    for line in (shared / "eval/dev/entities.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        parts = line.split("\t")
        eval_names[parts[0]] = {norm(parts[0])} | {norm(a) for a in (parts[2].split("|") if len(parts) > 2 else []) if a}
    expected: dict[str, set[str]] = {}
    for line in (shared / "eval/dev/gold.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        doc, subj, _pred, obj, quals = (line.split("\t") + [""] * 5)[:5]
        names = {subj, obj} | {v.split("=", 1)[1] for v in quals.split(";") if v.startswith("resident_in=")}
        expected.setdefault(doc, set()).update(n for n in names if n in eval_names)
    ref = load_reference()
    t0 = time.process_time()
    gaz = Gazetteer(ref)
    build = time.process_time() - t0
    total = hit = 0
    corpus = []
    for path in sorted((shared / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        corpus.append(text)
        lang = "lv" if re.search(r"[āēīūčšžņļķģ]", text[:2000]) and " the " not in text[:2000] else "en"
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
    print(f"build: {build:.3f} s, {gaz.size} keys, {len(ref)} entities")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared")))

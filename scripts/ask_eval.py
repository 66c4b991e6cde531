"""Developer loop (needs ../shared, not a test): answer the eval questions through the library and score them.

usage: .venv/bin/python scripts/ask_eval.py [--db STORE] [QUESTIONS.jsonl ENTITIES.tsv]
Without --db the seeds are ingested into a temporary store first.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from allygraph.ask import answer
from allygraph.pipeline import ingest
from allygraph.store import open_store

shared = Path(__file__).resolve().parents[1].parent / "shared"
args = sys.argv[1:]
db = None
if "--db" in args:
    i = args.index("--db")
    db = args[i + 1]
    del args[i:i + 2]
questions = Path(args[0]) if args else shared / "eval/dev/questions.jsonl"
entities = Path(args[1]) if len(args) > 1 else shared / "eval/dev/entities.tsv"
tmp = Path(tempfile.mkdtemp())
if db is None:
    db = str(tmp / "seeds.db")
    ingest([shared / "seeds"], open_store(db))
store = open_store(db)
out = tmp / "answers.jsonl"
with open(out, "w", encoding="utf-8") as fh:
    for line in open(questions, encoding="utf-8"):
        if line.strip():
            q = json.loads(line)
            a = answer(store, q["question"], lang=q.get("lang"))
            a["id"] = q["id"]
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
subprocess.run([sys.executable, str(shared / "eval/ask_score.py"), str(out), str(questions), str(entities)])

#!/usr/bin/env bash
# Developer loop (not a test: needs ../shared): score one of our evaluation sets with the official scorers.
# usage: scripts/set_eval.sh DIR   (samples, dev or heldout) — ingests DIR's documents (not its README)
# into a fresh store, exports, and prints score.py's and ask_score.py's summary lines.
# heldout/ is held out: run this to report a figure, never to look for misses to fix.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
dir=${1:?usage: scripts/set_eval.sh DIR}
tmp=$(mktemp -d)
mkdir "$tmp/docs"
find "$dir" -maxdepth 1 -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' -o -name '*.htm' -o -name '*.pdf' \) \
  ! -name 'README.md' -exec cp {} "$tmp/docs/" \;
.venv/bin/allygraph ingest "$tmp/docs" --db "$tmp/s.db" -q || true
.venv/bin/allygraph export --db "$tmp/s.db" --format jsonl > "$tmp/claims.jsonl"
python3 "$SHARED/eval/score.py" "$tmp/claims.jsonl" "$dir/gold.tsv" "$dir/entities.tsv" | tail -1
.venv/bin/python scripts/ask_eval.py --db "$tmp/s.db" "$dir/questions.jsonl" "$dir/entities.tsv" | tail -1
echo "store: $tmp/s.db"

#!/usr/bin/env bash
# Developer loop (not a test: needs ../shared): ingest the seeds into a fresh store, export, score.
# usage: scripts/seed_eval.sh [PREDICATE_REGEX]   — prints misses/extras (filtered) and the summary line.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
tmp=$(mktemp -d)
.venv/bin/allygraph ingest "$SHARED/seeds" --db "$tmp/seeds.db" -q || true
.venv/bin/allygraph export --db "$tmp/seeds.db" --format jsonl > "$tmp/claims.jsonl"
out=$(python3 "$SHARED/eval/score.py" "$tmp/claims.jsonl" "$SHARED/eval/dev/gold.tsv" "$SHARED/eval/dev/entities.tsv")
if [ $# -gt 0 ]; then echo "$out" | grep -E "$1" || true; else echo "$out"; fi
echo "$out" | tail -1
echo "store: $tmp/seeds.db"

#!/usr/bin/env bash
# Developer loop: ingest samples/ into a fresh store and score it against samples/gold.tsv with our own scorer.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
.venv/bin/allygraph ingest samples --db "$tmp/s.db" -q || true
.venv/bin/allygraph eval samples/gold.tsv samples/entities.tsv --db "$tmp/s.db" --misses "$@"

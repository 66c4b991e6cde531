"""Run every benchmark and print (and save) the figures: `make bench` or `python -m bench [--large N]`."""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from . import ask, ingest
from .corpus import generate


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m bench")
    ap.add_argument("--docs", type=int, default=400, help="generated documents for the ingest benchmark")
    ap.add_argument("--large", type=int, default=100_000, help="documents in the large store for ask latency (0: skip)")
    ap.add_argument("--out", default="bench/results.json")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="allygraph-bench-"))
    corpus = generate(work / "corpus", args.docs)
    results: dict = {"when": time.strftime("%Y-%m-%d"), "machine_cores": __import__("os").cpu_count()}
    results["ingest"] = ingest.run(corpus, work)
    print(json.dumps({"ingest": results["ingest"]}, indent=2))
    demo = work / "demo.db"
    from allygraph.pipeline import ingest as run_ingest
    from allygraph.store import open_store

    st = open_store(demo)
    run_ingest([Path(__file__).resolve().parents[1] / "samples"], st)
    st.close()
    results["ask_demo"] = ask.latency(demo)
    print(json.dumps({"ask_demo": results["ask_demo"]}, indent=2))
    if args.large:
        large = work / "large.db"
        t0 = time.perf_counter()
        ask.build_large(large, generate(work / "small", 200, seed=11), args.large)
        results["ask_large_build_s"] = round(time.perf_counter() - t0, 1)
        results["ask_large"] = ask.latency(large, rounds=3)
        print(json.dumps({"ask_large": results["ask_large"]}, indent=2))
    Path(args.out).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"saved {args.out}")


if __name__ == "__main__":
    main()

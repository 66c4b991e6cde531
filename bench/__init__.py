"""Benchmarks: `make bench` (python -m bench). Figures are ratios against a peer run in the same process."""

"""Frequent English function words: a hint for language identification of very short text."""

from __future__ import annotations

STOPWORDS: frozenset[str] = frozenset("""
the of and to in is are was were be been for on with as by at from that this these those it
its their they which who whom has have had will would can could should not or but an a also
into than more such about between other our we his her after before since until under over
""".split())

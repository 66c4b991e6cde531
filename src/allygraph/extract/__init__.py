"""Relation extraction: an analysed document's sentences, linked mentions, times and numbers -> claims.

Each relation family is a module with a ``extract(ctx) -> Iterable[Claim]`` function; :func:`extract`
runs them all over one :class:`~allygraph.extract.context.DocContext` and returns the claims in a
stable order. The language-specific trigger words live in ``lang/<code>/``.
"""

from __future__ import annotations

from ..model import AnalysedDocument, Claim

__all__ = ["extract", "EXTRACTOR_NAME", "EXTRACTOR_VERSION"]

EXTRACTOR_NAME = "allygraph.rules"
EXTRACTOR_VERSION = "0.1.0"


def extract(adoc: AnalysedDocument, ref: object) -> list[Claim]:
    return []

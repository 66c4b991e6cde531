"""Helpers for extraction tests: run the real pipeline on a text we write and query its claims."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import pytest

from allygraph.model import AnalysedDocument, Claim, Document, Literal


def analyse_text(text: str, doc_id: str = "t_doc", date: str | None = None) -> AnalysedDocument:
    from allygraph.pipeline import analyse

    doc = Document(doc_id, f"{doc_id}.txt", text, hashlib.sha256(text.encode()).hexdigest(), "txt", date=date)
    return analyse(doc)


def triples(adoc: AnalysedDocument, predicate: str | None = None) -> set[tuple[str, str, str]]:
    """(subject id, predicate, object id or literal text) of every claim, optionally of one predicate."""
    out = set()
    for c in adoc.claims:
        if predicate and c.predicate.value != predicate:
            continue
        obj = str(c.object) if isinstance(c.object, Literal) else c.object
        out.add((c.subject, c.predicate.value, obj))
    return out


def claims_of(adoc: AnalysedDocument, predicate: str) -> list[Claim]:
    return [c for c in adoc.claims if c.predicate.value == predicate]


def attache_rows(text: str, predicate: str = "defence_attache_to") -> set[tuple[str, str, str | None]]:
    """(sender, receiver, residence city or None) of every attaché/adviser claim in ``text``."""
    out = set()
    for c in claims_of(analyse_text(text), predicate):
        res = c.qualifiers.get("resident_in")
        out.add((c.subject, c.object, res if isinstance(res, str) else None))
    return out


@pytest.fixture()
def run() -> Callable[..., AnalysedDocument]:
    return analyse_text

"""Relation extraction: an analysed document's sentences, linked mentions, times and numbers -> claims.

Each relation family is a module in this package with an ``extract(ctx: DocContext) -> None``
function that adds claims through ``ctx.add(...)``; :func:`extract` runs every family over one
:class:`~allygraph.extract.context.DocContext` and returns the merged claims in a stable order.
Trigger words live per language in ``lang/<code>/rel_<family>.py``, so a third language is a
new folder, not new code.
"""

from __future__ import annotations

import gc
import importlib

from ..model import AnalysedDocument, Claim
from .context import DocContext

__all__ = ["extract", "FAMILIES", "EXTRACTOR_NAME", "EXTRACTOR_VERSION"]

EXTRACTOR_NAME = "allygraph.rules"
EXTRACTOR_VERSION = "0.2.0"

# relation families, run in this order; each is allygraph.extract.<name>
FAMILIES = ("membership", "forces", "attache", "framework", "agreements", "positions", "events", "operations")


def _families():  # type: ignore[no-untyped-def]
    mods = []
    for name in FAMILIES:
        try:
            mods.append(importlib.import_module(f"{__name__}.{name}"))
        except ModuleNotFoundError as e:
            if e.name != f"{__name__}.{name}":
                raise
    return mods


def extract(adoc: AnalysedDocument, ref: object = None) -> list[Claim]:
    """Run every family over the document. The cycle collector is paused meanwhile: the rules make
    many small short-lived objects and no garbage cycles worth collecting mid-document."""
    was = gc.isenabled()
    gc.disable()
    try:
        ctx = DocContext(adoc, EXTRACTOR_NAME, EXTRACTOR_VERSION)
        ctx.ref = ref
        for mod in _families():
            mod.extract(ctx)
        return ctx.result()
    finally:
        if was:
            gc.enable()

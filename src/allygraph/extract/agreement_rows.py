"""Table rows read one by one: "| 26 March 2003 | Accession protocols signed in Brussels |".

The segmenter keeps a Markdown or text table in one sentence, so the dates and places of every row
would meet in it. For the signing and event rules each row of such a table is a sentence of its
own (a view over the row's tokens, mentions, dates and numbers); other sentences stay as they are.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from .context import DocContext, SentenceView

__all__ = ["row_views", "rows_of"]


def row_views(ctx: DocContext) -> Iterator[SentenceView]:
    """The document's sentences, a table's rows each as a sentence of its own."""
    for view in ctx.views:
        rows = rows_of(ctx, view)
        if rows:
            yield from rows
        else:
            yield view


def rows_of(ctx: DocContext, view: SentenceView) -> list[SentenceView]:
    """The rows of a sentence that is a table (two or more lines starting with '|'), else []."""
    text = view.text
    if text.count("\n|") + text.startswith("|") < 2:
        return []
    out, off = [], view.start
    for line in text.split("\n"):
        a, b = off + len(line) - len(line.lstrip()), off + len(line.rstrip())
        off += len(line) + 1
        toks = [t for t in view.tokens if a <= t.start < b]
        if not toks or not line.lstrip().startswith("|") or not line.strip(" |-:"):
            continue
        sent = replace(view.sent, start=a, end=b, tokens=toks)
        out.append(SentenceView(ctx, view.index, sent, [m for m in view.mentions if a <= m.start < b],
                                [t for t in view.times if a <= t.start < b],
                                [n for n in view.numbers if a <= n.start < b], heading=view.heading))
    return out

"""Attaché tables: pipe rows (``| Canada | Defence Attaché | Riga | Also accredited to Estonia |``).

Markdown sources write tables as pipe rows and HTML tables are rendered the same way by
:mod:`allygraph.ingest.html`, so one reader serves both. A table is a run of lines that start
and end with ``|``; a row followed by a ``|---|`` rule, or a first row that names no state or
city, is its header. Each header cell may give its column a role from the language's
``COLUMN_RESIDENCE`` / ``COLUMN_ACCREDITED`` lexicons (or the running-text ``RESIDENT`` /
``ACCREDITED`` triggers: "Resident in", "Rezidē", "Accredited to", "Akreditācijas valstis").
Without a header, the cells say it themselves: a cell that starts with a city is the residence
("Helsinki, Finland"), a cell with an accreditation word lists further receivers ("Also
accredited to Estonia").

:func:`tables` returns each row as a :class:`Row`: a :class:`SentenceView` over the row's span
(the claim's source), the row's *main* states (the country column: senders or receivers,
depending on the direction the table's heading gives), its *accredited* states (always
receivers), its residence city, and the trigger cells that set the predicate ("Defence Adviser").
The direction itself is the caller's (:mod:`allygraph.extract.attache`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..model import Mention
from ..vocab import EntityType as T
from ._args import find_once
from ._triggers import sentence_triggers
from .attache_prose import LEX, find
from .context import DocContext, SentenceView
from .lexicon import Match

__all__ = ["Row", "Table", "tables"]

_RULE = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")
_PLACES = (T.STATE, T.CITY)


@dataclass
class Row:
    view: SentenceView
    main: list[Mention] = field(default_factory=list)
    accredited: list[Mention] = field(default_factory=list)
    residence: Mention | None = None


@dataclass
class Table:
    start: int
    end: int
    first: SentenceView  # the view the table starts in: where the look-back for a heading begins
    rows: list[Row]
    header: SentenceView | None  # the header row's view (its trigger words: "Defence adviser")


def tables(ctx: DocContext) -> list[Table]:
    """Every pipe table of the document that names a state, with its rows read into roles."""
    out = []
    for start, end, lines in _blocks(ctx.text):
        views = [v for v in ctx.views if v.start < end and start < v.end]
        if not views:
            continue
        found = [_row_view(ctx, views, a, b) for a, b in lines if not _RULE.match(ctx.text[a:b])]
        rows = [r for r in found if r is not None]
        ruled = len(lines) > 1 and bool(_RULE.match(ctx.text[lines[1][0]:lines[1][1]]))
        header = rows[0] if rows and (ruled or not any(m.type in _PLACES for m in rows[0].mentions)) else None
        roles = _column_roles(header) if header is not None else {}
        body = [_read(r, roles) for r in rows if r is not header]
        body = [r for r in body if r.main or r.accredited]
        if body:
            out.append(Table(start, end, views[0], body, header))
    return out


def _blocks(text: str) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """(start, end, line spans) of every run of two or more pipe lines."""
    out: list[tuple[int, int, list[tuple[int, int]]]] = []
    cur: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n") + [""]:
        s = line.strip()
        if len(s) > 1 and s.startswith("|") and s.endswith("|"):
            a = pos + len(line) - len(line.lstrip())
            cur.append((a, a + len(s)))
        else:
            if len(cur) >= 2:
                out.append((cur[0][0], cur[-1][1], cur))
            cur = []
        pos += len(line) + 1
    return out


def _row_view(ctx: DocContext, views: list[SentenceView], a: int, b: int) -> SentenceView | None:
    """A list-item view over one row: the sentence it starts in, its tokens, every mention in it."""
    host = next((v for v in views if v.start <= a < v.end), None)
    if host is None:
        return None
    sentence_triggers(host, LEX)  # the rows share the sentence's cached look-up
    over = [v for v in views if v.start < b and a < v.end]
    ms = [m for v in over for m in v.mentions if a <= m.start < b]
    sent = replace(host.sent, start=a, end=b, tokens=[t for t in host.tokens if a <= t.start < b],
                   is_list_item=True)
    return SentenceView(ctx, host.index, sent, ms, [t for v in over for t in v.times if a <= t.start < b],
                        [n for v in over for n in v.numbers if a <= n.start < b])


def _cells(view: SentenceView) -> list[tuple[int, int]]:
    """(start, end) of each cell of a row view, without the pipes."""
    text, out = view.text, []
    bars = [i for i, ch in enumerate(text) if ch == "|"]
    for i, j in zip(bars, bars[1:]):
        out.append((view.start + i + 1, view.start + j))
    return out


def _column_roles(header: SentenceView) -> dict[int, str]:
    """Column index -> "residence" or "accredited", from the header cells' words."""
    roles: dict[int, str] = {}
    res = find(header, "RESIDENT") + _lex(header, "COLUMN_RESIDENCE")
    acc = find(header, "ACCREDITED") + _lex(header, "COLUMN_ACCREDITED")
    for k, (a, b) in enumerate(_cells(header)):
        if any(a <= t.start < b for t in acc):
            roles[k] = "accredited"
        elif any(a <= t.start < b for t in res):
            roles[k] = "residence"
    return roles


def _lex(view: SentenceView, name: str) -> list[Match]:
    return [t for t in find_once(view, LEX, name) if view.start <= t.start < view.end]


def _read(view: SentenceView, roles: dict[int, str]) -> Row:
    row = Row(view)
    acc_words = find(view, "ACCREDITED")
    for k, (a, b) in enumerate(_cells(view)):
        ms = [m for m in view.mentions if a <= m.start < b and m.type in _PLACES]
        if not ms:
            continue
        role = roles.get(k)
        if role is None:
            if any(a <= t.start < b for t in acc_words):
                role = "accredited"
            elif ms[0].type is T.CITY and row.residence is None:
                role = "residence"  # "Helsinki, Finland": the country after the city is not a receiver
        if role == "residence":
            city = next((m for m in ms if m.type is T.CITY), None)
            row.residence = row.residence or city
            continue
        states = [m for m in ms if m.type is T.STATE]
        (row.accredited if role == "accredited" else row.main).extend(states)
        if row.residence is None and role is None:
            row.residence = next((m for m in ms if m.type is T.CITY), None)
    return row

"""What a report is before it is rendered: sections of lines, each line with numbered notes.

Builders (:mod:`.factsheet`, :mod:`.eunato`) fill a :class:`Report`; renderers (:mod:`.render`,
:mod:`.pdf`) turn it into Markdown, HTML or PDF. Every line carries the numbers of its notes, and
every note is a source span (document id, start, end, the exact quote) or a reference-data row
(its URL), so each statement in every format is traceable to where it was read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..model import Source
from .chart import Timeline

__all__ = ["Note", "Line", "Section", "Report"]


@dataclass(slots=True)
class Note:
    n: int
    document: str = ""  # empty for a reference-data note
    start: int = 0
    end: int = 0
    quote: str = ""
    url: str = ""  # provenance of a reference-data fact

    @property
    def is_span(self) -> bool:
        return bool(self.document)


@dataclass(slots=True)
class Line:
    text: str
    notes: list[int] = field(default_factory=list)
    rank: str = "normal"  # preferred | normal | deprecated
    detail: str = ""  # a second, quieter line (e.g. what a document reports)


@dataclass(slots=True)
class Section:
    key: str
    title: str
    lines: list[Line] = field(default_factory=list)
    chart: Timeline | None = None
    empty_text: str = ""


@dataclass(slots=True)
class Report:
    kind: str  # factsheet | eu-nato
    lang: str
    title: str
    subtitle: str = ""
    intro: str = ""
    sections: list[Section] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    _index: dict[tuple, int] = field(default_factory=dict, repr=False)

    def cite(self, sources: Iterable[Source]) -> list[int]:
        """Note numbers for ``sources`` (a span cited twice keeps its first number)."""
        out: list[int] = []
        for s in sorted(sources, key=lambda s: (s.document, s.start, s.end)):
            n = self._note(("span", s.document, s.start, s.end),
                           lambda n, s=s: Note(n, s.document, s.start, s.end, s.quote))
            if n not in out:
                out.append(n)
        return out

    def cite_reference(self, url: str, what: str = "") -> list[int]:
        """A note for a reference-data fact (its source URL)."""
        if not url:
            return []
        return [self._note(("ref", url), lambda n: Note(n, url=url, quote=what))]

    def _note(self, key: tuple, make) -> int:  # type: ignore[no-untyped-def]
        if key not in self._index:
            n = len(self.notes) + 1
            self._index[key] = n
            self.notes.append(make(n))
        return self._index[key]

    def renumber(self) -> None:
        """Number the notes in the order a reader meets them (sections top to bottom)."""
        order: dict[int, int] = {}
        for sec in self.sections:
            for ln in sec.lines:
                for n in ln.notes:
                    order.setdefault(n, len(order) + 1)
        for note in self.notes:
            order.setdefault(note.n, len(order) + 1)
        for sec in self.sections:
            for ln in sec.lines:
                ln.notes = list(dict.fromkeys(order[n] for n in ln.notes))
                ln.detail = re.sub(r"\[(\d+)\]", lambda m: f"[{order.get(int(m.group(1)), m.group(1))}]", ln.detail)
        for note in self.notes:
            note.n = order[note.n]
        self.notes.sort(key=lambda nt: nt.n)
        self._index = {k: order[v] for k, v in self._index.items()}

    def section(self, key: str, title: str, empty_text: str = "") -> Section:
        sec = Section(key, title, empty_text=empty_text)
        self.sections.append(sec)
        return sec

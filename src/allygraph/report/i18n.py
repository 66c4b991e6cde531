"""The words of reports in each language, read from ``lang/<code>/report.json``, and date formatting.

Headings, connecting words, role names and verdicts are data (one JSON file a language), so a
third language is a new ``lang/<code>/report.json``. Dates keep the precision the text gave:
``2004`` stays a year, ``2004-03`` becomes "March 2004" / "2004. gada marts" via Babel (CLDR).
"""

from __future__ import annotations

import datetime as _dt
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from babel.dates import format_date, format_skeleton

from ..errors import QueryError
from ..model import Entity, Literal

__all__ = ["Strings", "strings", "LANGS"]

LANGS = ("lv", "en")


@dataclass(frozen=True)
class Strings:
    lang: str
    data: dict[str, Any]

    def __call__(self, path: str, **kw: Any) -> str:
        """``s("sections.partners")`` or ``s("fields.measures", n=42)``; a missing key shows itself."""
        node: Any = self.data
        for part in path.split("."):
            node = node.get(part) if isinstance(node, dict) else None
            if node is None:
                return path
        return str(node).format(**kw) if kw else str(node)

    def has(self, path: str) -> bool:
        return self(path) != path

    def date(self, value: str | Literal | None) -> str:
        """An ISO date of any precision in words (year, month or day; '--MM-DD' without a year)."""
        if value is None:
            return ""
        s = str(value.value if isinstance(value, Literal) else value)
        loc = self.data.get("locale", self.lang)
        try:
            if s.startswith("--") and len(s) == 7:
                return format_skeleton("MMMMd", _dt.date(2000, int(s[2:4]), int(s[5:7])), locale=loc)
            parts = s.split("-")
            if len(parts) == 3 and len(parts[0]) == 4:
                return format_date(_dt.date(int(parts[0]), int(parts[1]), int(parts[2][:2])), "long", locale=loc)
            if len(parts) == 2 and len(parts[0]) == 4:
                d = _dt.date(int(parts[0]), int(parts[1]), 1)
                text = format_skeleton("yMMMM", d, locale=loc)
                return text.replace(" g. ", " gada ") if self.lang == "lv" else text
        except (ValueError, KeyError):
            pass
        return s

    def label(self, entity: Entity | None, fallback: str = "") -> str:
        return entity.label(self.lang) if entity else fallback

    def quantity(self, lit: Literal) -> str:
        bound = {">": {"en": "more than ", "lv": "vairāk nekā "}, ">=": {"en": "at least ", "lv": "vismaz "},
                 "<": {"en": "fewer than ", "lv": "mazāk nekā "}, "~": {"en": "about ", "lv": "aptuveni "}}
        words = bound.get(lit.bound or "", {})
        return f"{words.get(self.lang, lit.bound or '')}{lit.value}"


@lru_cache(maxsize=8)
def strings(lang: str) -> Strings:
    """The report strings of ``lang`` (``lv`` or ``en``); raises QueryError for a language we lack."""
    try:
        text = resources.files("allygraph.lang").joinpath(lang, "report.json").read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError, NotADirectoryError):
        raise QueryError(f"no report language {lang!r}; choose one of {', '.join(LANGS)}") from None
    return Strings(lang, json.loads(text))

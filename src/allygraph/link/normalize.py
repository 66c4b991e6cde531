"""Length-preserving text folding for matching: one output character per input character.

Lower case, diacritics removed, every quote mark made ``"`` or ``'``, every dash ``-`` and every
space-like character a plain space, so that offsets into the folded text are offsets into the
original. ``fold_text`` uses ``str.translate`` with a table computed once for the Latin, Greek
and Cyrillic blocks, punctuation and spaces (other characters pass unchanged).
"""

from __future__ import annotations

import unicodedata

__all__ = ["fold_char", "fold_text", "fold_case_kept", "strip_marks"]

_DOUBLE_QUOTES = "\"“”„‟«»〝〞＂"
_SINGLE_QUOTES = "'‘’‚‛`´′"
_DASHES = "-‐‑‒–—―−"
_table: dict[int, str] = {}
_table_kept: dict[int, str] = {}


def _base(c: str, lower: bool) -> str:
    if c in _DOUBLE_QUOTES:
        return '"'
    if c in _SINGLE_QUOTES:
        return "'"
    if c in _DASHES:
        return "-"
    if c.isspace():
        return " "
    d = unicodedata.normalize("NFD", c)[0]
    if lower:
        low = d.lower()
        d = low if len(low) == 1 else d
    return d


def fold_char(c: str) -> str:
    return _base(c, True)


_PRECOMPUTED = [*range(0x0000, 0x2100), *range(0x3000, 0x3020), *range(0xFF00, 0xFF10)]


def _translate(text: str, table: dict[int, str], lower: bool) -> str:
    if not table:  # Latin, Greek, Cyrillic, punctuation and spaces; anything else passes unchanged
        for code in _PRECOMPUTED:
            c = chr(code)
            folded = _base(c, lower)
            if folded != c:
                table[code] = folded
    return text.translate(table)


def fold_text(text: str) -> str:
    """Lower-cased, diacritic-free, quote/dash/space-normalised copy of ``text`` of equal length."""
    return _translate(text, _table, True)


def fold_case_kept(text: str) -> str:
    """Like :func:`fold_text` but keeping letter case (for aliases that must match exactly)."""
    return _translate(text, _table_kept, False)


def strip_marks(text: str) -> str:
    """Diacritics removed, nothing else changed: "ādažu bāzē" -> "adazu baze" (same length)."""
    return "".join(unicodedata.normalize("NFD", c)[0] for c in text)

"""Checks of a document against itself: a stated count against the list that follows it, and a
stated total against its parts.

* **count vs list** — a sentence ending in ":" followed by list items ("eight attachés in 18
  countries:" then "- Germany, Austria and France (resident in Berlin)" ...). A number counting
  states (the noun after it is in the language's ``state_nouns``) is held against the states
  named in the items, outside brackets; any other number against the number of items.
  An intro that says the list is partial ("including", "tostarp") is not checked.
* **total vs parts** — a sentence with a total marker ("in total", "pavisam kopā") and the number
  after (or before) it, held against the sum of the other numbers of the sentence (at least two).

Numbers come from :func:`allygraph.nlp.numbers.find_numbers` (years, dates and ordinals are not
numbers there); the marker and noun lists are data in ``lang/<code>/report.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import NumberExpr, Sentence
from .i18n import strings

__all__ = ["Finding", "check_consistency"]


@dataclass(slots=True)
class Finding:
    kind: str  # count_vs_list | total_vs_parts
    ok: bool
    stated: int | float
    found: int | float
    what: str  # the counted noun as written ("atašejus", "countries") or the parts ("42 + 32")
    start: int  # the stated number's span
    end: int
    quote: str  # the sentence that states it
    sentence_start: int = 0
    sentence_end: int = 0

    def to_json(self) -> dict:
        return {"kind": self.kind, "ok": self.ok, "stated": self.stated, "found": self.found, "what": self.what,
                "start": self.start, "end": self.end, "quote": self.quote}


_WORD = re.compile(r"\w+", re.UNICODE)
_SPLIT = re.compile(r",|;|\s+(?:un|and|&|kā arī|as well as)\s+", re.IGNORECASE)


def _outside_brackets(text: str) -> str:
    return re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", text)


def _elements(item: str) -> int:
    """How many names a list item enumerates: "Vācijā, Austrijā un Francijā (rezidē Berlīnē)" -> 3."""
    body = _outside_brackets(item).strip().lstrip("-•*–—0123456789.) ").rstrip(";.,: ")
    return len([p for p in _SPLIT.split(body) if p.strip()]) if body else 0


def _sat(stated: NumberExpr, found: int | float) -> bool:
    b, v = stated.bound, stated.value
    return {">": found > v, ">=": found >= v, "<": found < v, "<=": found <= v,
            "~": abs(found - v) <= max(1, 0.1 * v)}.get(b or "", found == v)


def _numbers(text: str, lang: str, start: int, end: int, found: list[NumberExpr] | None) -> list[NumberExpr]:
    if found is not None:
        return [n for n in found if n.start >= start and n.end <= end]
    from ..nlp.numbers import find_numbers

    out = []
    for n in find_numbers(text[start:end], lang):
        n.start += start
        n.end += start
        out.append(n)
    return out


def check_consistency(text: str, lang: str, sentences: list[Sentence] | None = None,
                      numbers: list[NumberExpr] | None = None) -> list[Finding]:
    """Every stated count with a list after it and every stated total with its parts, in text order."""
    if sentences is None:
        from ..nlp.segment import segment

        _, sentences = segment(text, lang)
    s = strings(lang if lang in ("lv", "en") else "en")
    state_nouns = [w.casefold() for w in s.data.get("consistency", {}).get("state_nouns", [])]
    markers = sorted(s.data.get("consistency", {}).get("total_markers", []), key=len, reverse=True)
    partial = [w.casefold() for w in s.data.get("consistency", {}).get("partial_markers", [])]
    out: list[Finding] = []
    for i, sent in enumerate(sentences):
        stext = text[sent.start:sent.end]
        nums = [n for n in _numbers(text, sent.lang or lang, sent.start, sent.end, numbers) if n.value == n.value]
        if not nums:
            continue
        partial_list = any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", stext.casefold()) for w in partial)
        if stext.rstrip().endswith(":") and not sent.is_list_item and not partial_list:
            items = []
            for nxt in sentences[i + 1:]:
                if not nxt.is_list_item:
                    break
                items.append(text[nxt.start:nxt.end])
            if items:
                out += _count_findings(text, nums, items, state_nouns, sent)
        out += _total_findings(text, stext, sent, nums, markers)
    return out


def _count_findings(text: str, nums: list[NumberExpr], items: list[str], state_nouns: list[str],
                    sent: Sentence) -> list[Finding]:
    out = []
    for k, n in enumerate(nums):
        stop = nums[k + 1].start if k + 1 < len(nums) else sent.end
        words = _WORD.findall(text[n.end:stop])[:2]
        if not words:
            continue
        counts_states = any(w.casefold().startswith(stem) for w in words for stem in state_nouns)
        found = sum(_elements(it) for it in items) if counts_states else len(items)
        out.append(Finding("count_vs_list", _sat(n, found), n.value, found, " ".join(words), n.start, n.end,
                           text[sent.start:sent.end], sent.start, sent.end))
    return out


def _total_findings(text: str, stext: str, sent: Sentence, nums: list[NumberExpr], markers: list[str]) -> list[Finding]:
    low = stext.casefold()
    for m in markers:
        pos = re.search(r"(?<!\w)" + re.escape(m.casefold()) + r"(?!\w)", low)
        if not pos:
            continue
        at = sent.start + pos.start()
        after = [n for n in nums if n.start >= at + len(m)]
        before = [n for n in nums if n.end <= at]
        total = after[0] if after and after[0].start - (at + len(m)) < 25 else (before[-1] if before else None)
        if total is None:
            return []
        parts = [n for n in nums if n is not total and n.end <= max(at, total.start) and not n.bound]
        if len(parts) < 2:
            return []
        found = sum(p.value for p in parts)
        what = " + ".join(str(p.value) for p in parts)
        return [Finding("total_vs_parts", _sat(total, found), total.value, found, what, total.start, total.end,
                        stext, sent.start, sent.end)]
    return []

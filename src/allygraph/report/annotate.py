"""The annotated HTML view of a checked document: its text with each claim's span marked by its
verdict (colour, and the reason as a tooltip), inconsistent counts outlined, and a table of
claims with the agreeing and disagreeing sources below.

Overlapping spans are resolved character by character: a character shows the most serious
verdict among the spans that cover it (inconsistent > contradicted > stale > new > supported).
"""

from __future__ import annotations

from typing import Any

from .check import CheckResult
from .consistency import Finding
from .i18n import strings
from .render import _env

__all__ = ["render_check_html", "finding_message"]

_SEVERITY = {"supported": 1, "new": 2, "stale": 3, "contradicted": 4, "inconsistent": 5}


def finding_message(f: Finding, lang: str) -> str:
    s = strings(lang)
    if f.kind == "count_vs_list":
        return s("check.count_vs_list", stated=f.stated, what=f.what, found=f.found)
    return s("check.total_vs_parts", stated=f.stated, found=f"{f.found} ({f.what})")


def _segments(res: CheckResult) -> list[dict[str, Any]]:
    n = len(res.text)
    best: list[tuple[int, str, str, str]] = [(0, "", "", "")] * n  # (severity, class, title, claim ids)
    spans: list[tuple[int, int, str, str, str]] = []
    for i, it in enumerate(res.items, 1):
        for s in it.claim.sources:
            spans.append((s.start, s.end, it.verdict, f"{it.text}: {it.verdict}. {it.reason}".strip(), str(i)))
    for f in res.findings:
        if not f.ok:
            spans.append((f.start, f.end, "inconsistent", finding_message(f, res.lang), ""))
    for start, end, cls, title, ids in spans:
        for k in range(max(0, start), min(n, end)):
            cur = best[k]
            if _SEVERITY[cls] > cur[0]:
                best[k] = (_SEVERITY[cls], cls, title, ids)
            elif _SEVERITY[cls] == cur[0] and ids and ids not in cur[3].split():
                best[k] = (cur[0], cur[1], cur[2], f"{cur[3]} {ids}".strip())
    out: list[dict[str, Any]] = []
    k = 0
    while k < n:
        j = k
        while j < n and best[j] == best[k]:
            j += 1
        _, cls, title, ids = best[k]
        out.append({"text": res.text[k:j], "cls": cls, "title": title, "ids": ids})
        k = j
    return out


def render_check_html(res: CheckResult, lang: str = "en") -> str:
    s = strings(lang)
    words = {v: s(f"verdicts.{v}") for v in ("supported", "new", "contradicted", "stale", "inconsistent")}
    findings = [{"ok": f.ok, "quote": f.quote, "message": finding_message(f, lang)} for f in res.findings]
    counts = dict(res.counts())
    counts["inconsistent"] = sum(1 for f in res.findings if not f.ok)
    return _env().get_template("check.html.j2").render(
        lang=lang, title=s("check.title", doc=res.document), segments=_segments(res), items=res.items,
        findings=findings, counts=counts, words=words, claim_word=s("check.claim"), verdict_word=s("check.verdict"),
        evidence_word=s("check.evidence"), consistency_word=s("check.consistency"))

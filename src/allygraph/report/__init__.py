"""Reports from the graph: fact sheets, the EU–NATO report, checks of new documents, ranks.

* :func:`build_factsheet` / :func:`build_eu_nato` -> :class:`Report`; :func:`render` to md/html/pdf.
* :func:`check_document` -> :class:`CheckResult` (supported / new / contradicted / stale, and the
  document's own counts and totals); :func:`render_check_html` for the annotated view.
* :func:`rank_claims` marks competing values of functional predicates preferred / deprecated.
* :mod:`.derived`: :func:`members_on`, :func:`shared_members` from reference membership dates.
"""

from .annotate import render_check_html
from .check import VERDICTS, CheckItem, CheckResult, Evidence, check_document, judge_claims
from .consistency import Finding, check_consistency
from .derived import members_on, shared_members
from .document import Line, Note, Report, Section
from .eunato import build_eu_nato
from .factsheet import build_factsheet
from .rank import rank_claims
from .render import FORMATS, render, render_html, render_markdown, write_report

__all__ = [
    "build_factsheet", "build_eu_nato", "Report", "Section", "Line", "Note", "render", "render_html",
    "render_markdown", "write_report", "FORMATS", "check_document", "judge_claims", "CheckResult", "CheckItem",
    "Evidence", "VERDICTS", "check_consistency", "Finding", "render_check_html", "rank_claims", "members_on",
    "shared_members",
]

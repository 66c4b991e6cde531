"""HTML to text: the main content, with block elements as paragraph breaks.

Parsed with selectolax (lexbor), which reads broken markup the way browsers do (unclosed tags
are fine) and decodes entities. Content comes from ``<main>`` if present, else the
``<article>`` elements, else ``<body>``; scripts, styles, forms, navigation, headers, footers
and asides are dropped. List items start with ``- `` so the segmenter sees them as list items.
Table rows become markdown-style pipe rows, one a line (``| Canada | Riga |``), a row of header
cells (``<th>`` only) followed by ``|---|---|``, so a table reads as it would in a markdown source
and its rows and cells stay recognisable; a cell's own blocks and line breaks are joined into one line.
A definition list's term and its descriptions become one list item: ``- Berlin: Germany; Austria``.
``html_meta`` reads the title and the document's own date from ``<meta>`` / ``<time>``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from selectolax.lexbor import LexborHTMLParser, LexborNode

__all__ = ["html_to_text", "html_meta", "parse_html"]

_SKIP = frozenset({
    "script", "style", "noscript", "template", "nav", "header", "footer", "form", "aside",
    "button", "select", "option", "input", "textarea", "iframe", "svg", "canvas", "menu",
    "head", "title", "meta", "link", "object", "embed", "dialog", "-comment", "!doctype",
})
_BLOCK = frozenset({
    "address", "article", "blockquote", "body", "caption", "dd", "details", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main",
    "ol", "p", "pre", "section", "summary", "table", "tr", "ul",
    "html", "center",
})
_CELL = frozenset({"td", "th"})
_CELL_BREAK = re.compile(r"\s*\n[\s\n]*")
_WS = re.compile(r"[ \t\r\n\f\v]+")
_DATE_META = (
    "article:published_time", "og:published_time", "published_time", "date", "dc.date",
    "dc.date.issued", "dcterms.date", "dcterms.created", "pubdate", "publish-date",
    "publication_date", "citation_publication_date", "sailthru.date",
)
_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def parse_html(source: str) -> LexborHTMLParser:
    return LexborHTMLParser(source)


def _content_roots(tree: LexborHTMLParser) -> list[LexborNode]:
    main = tree.css_first("main") or tree.css_first('[role="main"]')
    if main is not None:
        return [main]
    articles = tree.css("article")
    if articles:
        return [a for a in articles if not any(p.tag == "article" for p in _parents(a))]
    return [tree.body] if tree.body is not None else ([tree.root] if tree.root is not None else [])


def _parents(node: LexborNode) -> Iterator[LexborNode]:
    p = node.parent
    while p is not None:
        yield p
        p = p.parent


def _render(root: LexborNode, out: list[str]) -> None:
    """Depth-first walk with an explicit stack (deeply nested hostile HTML cannot overflow it)."""
    stack: list[tuple[LexborNode | None, str]] = [(root, "")]
    while stack:
        node, closing = stack.pop()
        if node is None:
            out.append(closing)
            continue
        tag = node.tag
        if tag == "-text":
            out.append(_WS.sub(" ", node.text_content or ""))
            continue
        if tag in _SKIP or (tag or "").startswith("!"):
            continue
        if tag == "br":
            out.append("\n")
            continue
        if tag == "pre":
            out.append("\n\n" + (node.text(deep=True) or "") + "\n\n")
            continue
        prefix, suffix = "", ""
        if tag in _BLOCK:
            prefix, suffix = "\n\n", "\n\n"
            if tag == "li":
                prefix = "\n\n- "
            elif tag == "tr":
                cells = _children(node)
                last = next((x for x in reversed(out) if x.strip(" ")), "\n")
                lead = "" if last.endswith("\n") else "\n"  # rows of a table stay one block
                out.append(lead + "|" + "".join(_cell(c) for c in cells if c.tag in _CELL) + "\n")
                if cells and all(c.tag == "th" for c in cells if c.tag in _CELL) and any(c.tag == "th" for c in cells):
                    out.append("|" + "---|" * sum(c.tag == "th" for c in cells) + "\n")
                continue
            elif tag in ("dt", "dd"):  # a term and its descriptions: one list item
                prev = node.prev
                while prev is not None and prev.tag == "-text":
                    prev = prev.prev
                if tag == "dt":
                    lead = "\n\n- "
                elif prev is None or prev.tag not in ("dt", "dd"):
                    lead = "\n\n"  # a description without a term
                else:
                    lead = ": " if prev.tag == "dt" else "; "
                out.append(lead + _one_line(node))
                continue
        elif tag in _CELL:  # a cell outside a row
            out.append(" " + _cell(node) + " ")
            continue
        out.append(prefix)
        stack.append((None, suffix))
        for c in reversed(_children(node)):
            stack.append((c, ""))


def _children(node: LexborNode) -> list[LexborNode]:
    out = []
    child = node.child
    while child is not None:
        out.append(child)
        child = child.next
    return out


def _cell(node: LexborNode) -> str:
    """`` text |``: the cell's visible text on one line."""
    return " " + _one_line(node).replace("|", "/") + " |"


def _one_line(node: LexborNode) -> str:
    """The node's visible text on one line (a nested table is flattened to its text)."""
    inner: list[str] = []
    for c in _children(node):
        if c.tag in ("table", "tr") or c.tag in _CELL or (c.tag != "-text" and c.css_first("table, tr, td, th")):
            inner.append(" " + _WS.sub(" ", c.text(deep=True, separator=" ") or "") + " ")
        else:
            _render(c, inner)
    return _CELL_BREAK.sub(" ", "".join(inner)).strip()


def html_to_text(tree: LexborHTMLParser) -> str:
    """The visible main text; paragraphs separated by blank lines (not yet normalised)."""
    out: list[str] = []
    for root in _content_roots(tree):
        _render(root, out)
        out.append("\n\n")
    lines = [line.strip() for line in "".join(out).split("\n")]
    return "\n".join(lines)


def _iso(value: str) -> str | None:
    m = _ISO.match(value or "")
    if not m:
        return None
    return "-".join(g for g in m.groups() if g)


def html_meta(tree: LexborHTMLParser) -> tuple[str, str | None]:
    """``(title, date)`` from ``<title>``/``og:title``/``<h1>`` and published-date metadata."""
    title = ""
    for selector in ('meta[property="og:title"]', 'meta[name="title"]'):
        node = tree.css_first(selector)
        if node is not None and (node.attributes.get("content") or "").strip():
            title = _WS.sub(" ", node.attributes["content"] or "").strip()
            break
    if not title:
        node = tree.css_first("title") or tree.css_first("h1")
        if node is not None:
            title = _WS.sub(" ", node.text() or "").strip()
    date: str | None = None
    for meta in tree.css("meta"):
        attrs = meta.attributes
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key in _DATE_META or key == "datepublished":
            date = _iso(attrs.get("content") or "")
            if date:
                break
    if date is None:
        node = tree.css_first("time[datetime]")
        if node is not None:
            date = _iso(node.attributes.get("datetime") or "")
    return title, date

"""Markdown to plain text, keeping everything a reader sees.

Links ``[Joint Declaration](#)`` become their text, images their alt text, reference-link
definitions and code fences disappear, ATX heading markers (``## ``) and setext underlines
are removed. Emphasis markers (``**bold**``, ``_it_``) are kept as written: they are visible
characters in the source and removing them buys nothing for extraction. ``strip_links`` alone
is applied to ``.txt`` files, which often carry markdown links pasted from the web.
"""

from __future__ import annotations

import re

__all__ = ["markdown_to_text", "strip_links", "markdown_title"]

_URL = r"(?:[^()\s]|\([^()\s]*\))*"
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\(" + _URL + r'(?:\s+"[^"\n]*")?\)')
_LINK = re.compile(r"\[([^\]\n]+)\]\(" + _URL + r'(?:\s+"[^"\n]*")?\)')
_REF_LINK = re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]")
_REF_DEF = re.compile(r"^ {0,3}\[[^\]\n]+\]:\s+\S+.*$\n?", re.M)
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_ATX = re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.M)
_SETEXT = re.compile(r"^ {0,3}(?:=+|-{3,})[ \t]*$", re.M)
_FENCE = re.compile(r"^ {0,3}(?:```|~~~).*$\n?", re.M)
_COMMENT = re.compile(r"<!--.*?-->", re.S)


def strip_links(text: str) -> str:
    """``[text](url)`` -> ``text`` and ``![alt](src)`` -> ``alt``."""
    text = _IMAGE.sub(r"\1", text)
    return _LINK.sub(r"\1", text)


def markdown_to_text(text: str) -> str:
    text = _COMMENT.sub("", text)
    text = _FENCE.sub("", text)
    text = _REF_DEF.sub("", text)
    text = strip_links(text)
    text = _REF_LINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _ATX.sub(r"\1", text)
    return _SETEXT.sub("", text)


def markdown_title(raw: str) -> str:
    """The first ATX heading of a markdown source, without markers and links."""
    for m in _ATX.finditer(raw):
        title = strip_links(m.group(1)).strip()
        if title:
            return title
    return ""

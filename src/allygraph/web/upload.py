"""Checks an uploaded file must pass before it is written anywhere.

* the name is a plain file name: no folder parts, no ``..``, no leading dot, no control
  characters, at most 200 characters (``../../x.txt`` is refused, not cleaned up);
* the extension is one the reader handles (.txt .md .html .htm .pdf);
* the size is within the limit;
* the content matches the extension: a PDF starts with ``%PDF-``; text formats hold no NUL bytes.

Each failure raises :class:`UploadRefused` with the HTTP status to answer and a one-line reason.
"""

from __future__ import annotations

import re

__all__ = ["UploadRefused", "check_name", "check_content", "ALLOWED_EXTENSIONS"]

ALLOWED_EXTENSIONS = (".txt", ".md", ".html", ".htm", ".pdf")
_SAFE = re.compile(r"^[\w][\w .,()+=@'-]*$", re.UNICODE)


class UploadRefused(Exception):
    def __init__(self, status: int, reason: str) -> None:
        self.status = status
        self.reason = reason
        super().__init__(reason)


def check_name(name: str | None) -> str:
    """Return ``name`` if it is a safe plain file name with an allowed extension, else refuse."""
    if not name:
        raise UploadRefused(400, "the upload has no file name")
    if "/" in name or "\\" in name or ".." in name or "\x00" in name:
        raise UploadRefused(400, f"unsafe file name {name!r}: folders and '..' are not allowed")
    if len(name) > 200 or name.startswith(".") or not _SAFE.match(name):
        raise UploadRefused(400, f"unsafe file name {name!r}: use letters, digits, spaces, '-', '_' and '.'")
    ext = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if ext not in ALLOWED_EXTENSIONS:
        raise UploadRefused(415, f"{name}: type {ext or '(none)'} not accepted; "
                                 f"send one of {' '.join(ALLOWED_EXTENSIONS)}")
    return name


def check_content(name: str, data: bytes, limit: int) -> None:
    """Refuse data over ``limit`` bytes, empty data, or content that does not match the extension."""
    if len(data) > limit:
        raise UploadRefused(413, f"{name}: upload too large ({len(data)} bytes, the limit is {limit})")
    if not data:
        raise UploadRefused(400, f"{name}: the file is empty")
    if name.lower().endswith(".pdf"):
        if not data.startswith(b"%PDF-"):
            raise UploadRefused(415, f"{name}: not a PDF (no %PDF- header)")
    elif b"\x00" in data[:65536]:
        raise UploadRefused(415, f"{name}: binary content in a text file")

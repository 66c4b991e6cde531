"""Read a document from disk: path -> :class:`~allygraph.model.Document`.

``read_document`` checks the path (exists, a file, readable, not empty, not over
``max_bytes``), reads the bytes once (their sha256 is the document's fingerprint), turns them
into text by format — ``.txt`` (markdown links stripped), ``.md``, ``.html``/``.htm``, ``.pdf``
— and normalises it (``decode.normalise``). Offsets everywhere else in the pipeline are into
the returned ``Document.text``. Every problem raises an :class:`~allygraph.errors.InputError`
subclass with one line naming the file and the problem.

``iter_paths`` expands the paths given to ``allygraph ingest PATH...`` into files: folders
recursively, in sorted order, skipping hidden files and folders and files of unsupported
types (a file named explicitly is yielded whatever its type); problems are yielded as
errors (not raised) so one bad path does not stop a batch.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from allygraph.errors import DecodeError, InputError, UnsupportedTypeError
from allygraph.model import Document

from .decode import check_not_binary, decode_bytes, normalise
from .markdown import markdown_title, markdown_to_text, strip_links

__all__ = ["read_document", "iter_paths", "SUPPORTED_EXTENSIONS", "MAX_LINE_CHARS", "DEFAULT_MAX_BYTES"]

FORMATS: dict[str, str] = {
    ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".pdf": "pdf",
}
SUPPORTED_EXTENSIONS: tuple[str, ...] = tuple(FORMATS)
MAX_LINE_CHARS = 20_000
DEFAULT_MAX_BYTES = 20_000_000
_DATELINE_HINT = re.compile(
    r"^\s*(?:published|posted|updated|date|publicēts|publicēta|atjaunots|datums)\b", re.I)


def _check_path(path: Path) -> int:
    """Return the file's size; raise InputError if it is not a readable regular file."""
    name = str(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        raise InputError(name, "no such file or folder") from None
    except PermissionError:
        raise InputError(name, "cannot be read (permission denied)") from None
    except OSError as exc:
        raise InputError(name, f"cannot be read ({exc.strerror or exc})") from None
    if path.is_dir():
        raise InputError(name, "is a folder, not a file (ingest a folder through iter_paths)")
    if not path.is_file():
        raise InputError(name, "is not a regular file")
    return st.st_size


def _read_bytes(path: Path, size: int, max_bytes: int) -> bytes:
    name = str(path)
    if size > max_bytes:
        raise InputError(name, f"file is {size:,} bytes, over the limit of {max_bytes:,} bytes")
    try:
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except PermissionError:
        raise InputError(name, "cannot be read (permission denied)") from None
    except OSError as exc:
        raise InputError(name, f"cannot be read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:  # the file grew after stat, or it is a special file
        raise InputError(name, f"file is over the limit of {max_bytes:,} bytes")
    if not data:
        raise InputError(name, "file is empty")
    return data


def _check_lines(text: str, name: str) -> None:
    if len(text) <= MAX_LINE_CHARS:
        return
    for number, line in enumerate(text.split("\n"), 1):
        if len(line) > MAX_LINE_CHARS:
            raise DecodeError(name, f"line {number} is {len(line):,} characters long, over the limit of "
                                    f"{MAX_LINE_CHARS:,} (minified or hostile text?)")


def _first_line_title(text: str) -> str:
    for line in text.split("\n", 20)[:20]:
        line = line.strip()
        if line:
            return line if len(line) <= 200 else ""
    return ""


def _dateline(text: str) -> str | None:
    """The document's own date when one of its first lines is (or starts with) a full date."""
    from allygraph.nlp.langid import detect_short
    from allygraph.nlp.times import find_times

    lines = [ln for ln in text.split("\n", 8)[:8] if ln.strip()][:4]
    for line in lines:
        if len(line) > 160:
            continue
        lang = detect_short(line, "en")
        for lang_try in (lang, "en" if lang == "lv" else "lv"):
            for t in find_times(line, lang_try):
                if t.kind != "point" or len(t.value) != 10:
                    continue
                before = line[: t.start].strip()
                if ((t.end - t.start) * 2 >= len(line.strip())
                        or _DATELINE_HINT.match(line) or before.endswith((",", "—", "–", "|"))):
                    return t.value
    return None


def read_document(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read ``path`` (.txt, .md, .html/.htm, .pdf) into a :class:`Document`.

    Raises :class:`UnsupportedTypeError` for other extensions, :class:`DecodeError` for binary
    data, a malformed PDF or a line over 20,000 characters, :class:`InputError` otherwise.
    """
    p = Path(path)
    name = str(p)
    fmt = FORMATS.get(p.suffix.lower())
    size = _check_path(p)
    if fmt is None:
        raise UnsupportedTypeError(name, f"unsupported file type {p.suffix or '(no extension)'!r}; "
                                         f"supported: {', '.join(SUPPORTED_EXTENSIONS)}")
    data = _read_bytes(p, size, max_bytes)
    sha = hashlib.sha256(data).hexdigest()
    title, date = "", None
    if fmt == "pdf":
        from .pdf import pdf_to_text

        if not data.lstrip()[:5].startswith(b"%PDF"):
            raise DecodeError(name, "malformed PDF (no %PDF header)")
        text, title = pdf_to_text(data, name)
    else:
        raw, _encoding = decode_bytes(data, name)
        check_not_binary(raw, name)
        if fmt == "html":
            from .html import html_meta, html_to_text, parse_html

            tree = parse_html(raw)
            text = html_to_text(tree)
            title, date = html_meta(tree)
        elif fmt == "md":
            text = markdown_to_text(raw)
            title = markdown_title(raw)
        else:
            text = strip_links(raw)
    text = normalise(text)
    if not text:
        what = {"html": "HTML has no visible text", "pdf": "PDF has no extractable text (scanned images?)"}
        raise InputError(name, what.get(fmt, "file has no text (empty or whitespace only)"))
    _check_lines(text, name)
    title = normalise(title) or _first_line_title(text)
    if date is None:
        date = _dateline(text)
    return Document(id=p.stem, path=name, text=text, sha256=sha, format=fmt, title=title, date=date)


def _is_hidden(p: Path) -> bool:
    """Dotfiles, and a folder's README (it describes the corpus; it is not one of its documents)."""
    return p.name.startswith(".") or (p.is_file() and p.stem.lower() == "readme")


def _walk(folder: Path) -> Iterator[Path | InputError]:
    try:
        entries = sorted(folder.iterdir(), key=lambda e: e.name)
    except OSError as exc:
        yield InputError(str(folder), f"cannot list folder ({exc.strerror or exc})")
        return
    for entry in entries:
        if _is_hidden(entry):
            continue
        if entry.is_dir():
            yield from _walk(entry)
        elif entry.suffix.lower() in FORMATS:
            yield entry  # other files in a folder (images, spreadsheets) are skipped silently


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Files to ingest from ``paths`` (files and folders), each once, or an error per bad path."""
    seen: set[str] = set()
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            item: Iterable[Path | InputError] = [InputError(str(p), "no such file or folder")]
        elif p.is_dir():
            item = _walk(p)
        else:
            item = [p]
        for x in item:
            if isinstance(x, Path):
                key = os.path.realpath(x)
                if key in seen:
                    continue
                seen.add(key)
            yield x

"""PDF to text with pypdf: the text of each page, pages separated by a blank line."""

from __future__ import annotations

import io
import logging

from allygraph.errors import DecodeError

__all__ = ["pdf_to_text"]


def pdf_to_text(data: bytes, path: str) -> tuple[str, str]:
    """``(text, title)`` of a PDF; raise DecodeError for a file pypdf cannot read."""
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:  # noqa: BLE001
                raise DecodeError(path, "PDF is encrypted and cannot be read without a password") from None
        pages = [(page.extract_text() or "").strip() for page in reader.pages]
        title = ""
        try:
            meta = reader.metadata
            title = str(meta.title).strip() if meta and meta.title else ""
        except Exception:  # noqa: BLE001 - a broken info dictionary only loses the title
            title = ""
    except DecodeError:
        raise
    except Exception as exc:  # noqa: BLE001 - pypdf raises many types for broken files
        reason = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        raise DecodeError(path, f"malformed PDF ({reason})") from None
    return "\n\n".join(p for p in pages if p), title

"""Bytes to text: encoding detection, binary detection and text normalisation.

The order is deterministic: a byte-order mark (UTF-8, UTF-32, UTF-16) wins; then UTF-8
strict (UTF-16 without a BOM — every other byte NUL — is tried just before it); then Windows-1257 / ISO-8859-13
when the decoded text reads as Latvian (most non-ASCII letters are ā č ē ģ ī ķ ļ ņ š ū ž);
then charset-normalizer, unless it only offers a Western code page, where Windows-1252
wins. Any NUL byte left after that, or a high share of
control characters, means the file is binary. ``normalise`` gives every format the same text
conventions: NFC, ``\\n`` line ends, no-break spaces as spaces, no soft hyphens or zero-width
characters, no trailing spaces on lines, no leading or trailing blank lines.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from allygraph.errors import DecodeError

__all__ = ["decode_bytes", "normalise", "check_not_binary"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# code pages charset-normalizer may pick for Western text that Windows-1252 decodes better
_WESTERN_LOOKALIKES = frozenset({"cp1250", "cp1252", "latin1", "iso88591", "iso885915", "iso88592", "cp850",
                                 "macroman", "maclatin2", "iso885916", "cp1254", "iso88599", "cp1257"})
_LV_LETTERS = frozenset("āčēģīķļņšūžĀČĒĢĪĶĻŅŠŪŽ")
_MAX_CONTROL_SHARE = 0.01
_SPACES = re.compile(r"[\u00a0\u2007\u202f]")
_INVISIBLE = re.compile(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_TRAILING = re.compile(r"[ \t]+\n")
_MANY_BLANK = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


def _looks_utf16_without_bom(data: bytes) -> str | None:
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:4000]
    even_nul = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd_nul = sample[1::2].count(0) / max(1, len(sample[1::2]))
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _reads_as_latvian(text: str) -> bool:
    """Latvian prose: most letters ASCII, and most of the others ā č ē ģ ī ķ ļ ņ š ū ž."""
    letters = [ch for ch in text if ch.isalpha()]
    non_ascii = [ch for ch in letters if ord(ch) > 127]
    if not non_ascii or len(non_ascii) > 0.35 * len(letters):
        return False
    lv = sum(1 for ch in non_ascii if ch in _LV_LETTERS)
    return lv / len(non_ascii) >= 0.6


def decode_bytes(data: bytes, path: str) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``; raise DecodeError for binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise DecodeError(path, f"starts with a {encoding} byte-order mark but is not valid {encoding} ({exc.reason})") from None
    utf16 = _looks_utf16_without_bom(data) if b"\x00" in data[:4000] else None
    if utf16:  # before UTF-8: ASCII text in UTF-16 is also valid (NUL-riddled) UTF-8
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise DecodeError(path, "looks binary (contains NUL bytes), not text")
    for encoding in ("cp1257", "iso-8859-13"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _reads_as_latvian(text):
            return text, encoding
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is not None and best.encoding:
            if best.encoding.replace("_", "") not in _WESTERN_LOOKALIKES:
                return str(best), best.encoding
    except Exception:  # noqa: BLE001 - a detector failure only means "use the last resort"
        pass
    try:  # Latin-script text in a single-byte code page: Windows-1252 is by far the most common
        return data.decode("cp1252"), "cp1252"
    except Exception:  # noqa: BLE001 - a detector failure only means "use the last resort"
        pass
    return data.decode("cp1252", errors="replace"), "cp1252"


def check_not_binary(text: str, path: str) -> None:
    """Raise DecodeError if ``text`` has NUL characters or too many control characters."""
    if "\x00" in text:
        raise DecodeError(path, "looks binary (contains NUL bytes), not text")
    sample = text[:100_000]
    controls = len(_CONTROLS.findall(sample))
    if sample and controls / len(sample) > _MAX_CONTROL_SHARE:
        raise DecodeError(path, f"looks binary ({controls} control characters in the first {len(sample)}), not text")


def normalise(text: str) -> str:
    """NFC, ``\\n`` line ends, plain spaces, no invisible characters or trailing blanks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _CONTROLS.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = _TRAILING.sub("\n", text)
    text = _MANY_BLANK.sub("\n\n", text)
    return text.strip()

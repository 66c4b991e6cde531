"""Every bad input raises an InputError subclass with one line naming the file and the problem."""

from __future__ import annotations

import os
import sys

import pytest
from ingest_fixtures import LV_TEXT  # type: ignore[import-not-found]

from allygraph.errors import DecodeError, InputError, UnsupportedTypeError
from allygraph.ingest.read import read_document


def _one_line(exc: pytest.ExceptionInfo, path) -> str:
    msg = str(exc.value)
    assert "\n" not in msg
    assert str(path) in msg
    return msg


def test_missing_path(tmp_path):
    p = tmp_path / "nowhere.txt"
    with pytest.raises(InputError) as e:
        read_document(p)
    assert "no such file" in _one_line(e, p)


def test_directory_passed_as_file(tmp_path):
    d = tmp_path / "folder.txt"
    d.mkdir()
    with pytest.raises(InputError) as e:
        read_document(d)
    assert "folder" in _one_line(e, d)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root reads everything")
def test_unreadable_file(write):
    p = write("secret.txt", LV_TEXT)
    p.chmod(0)
    try:
        with pytest.raises(InputError) as e:
            read_document(p)
        assert "permission denied" in _one_line(e, p)
    finally:
        p.chmod(0o644)


def test_empty_file(write):
    p = write("empty.txt", b"")
    with pytest.raises(InputError) as e:
        read_document(p)
    assert "empty" in _one_line(e, p)


def test_whitespace_only_file(write):
    p = write("blank.txt", " \n\t\r\n  \n")
    with pytest.raises(InputError) as e:
        read_document(p)
    assert "no text" in _one_line(e, p)


def test_png_renamed_to_txt_is_binary(write):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00" + bytes(range(256))
    p = write("picture.txt", png)
    with pytest.raises(DecodeError) as e:
        read_document(p)
    assert "binary" in _one_line(e, p)


def test_nul_byte_in_text(write):
    p = write("nul.txt", b"Some text\x00 with a NUL byte in it, otherwise ordinary words.")
    with pytest.raises(DecodeError) as e:
        read_document(p)
    assert "NUL" in _one_line(e, p)


def test_many_control_characters_is_binary(write):
    p = write("ctl.txt", ("ab\x01\x02\x03\x04" * 200).encode())
    with pytest.raises(DecodeError) as e:
        read_document(p)
    assert "control characters" in _one_line(e, p)


def _sparse(path, size: int) -> None:
    with open(path, "wb") as fh:
        fh.write(b"Header line of a very large text file.\n")
        fh.seek(size - 1)
        fh.write(b"\n")


def test_file_over_the_default_limit_50_mb(tmp_path):
    p = tmp_path / "huge.txt"
    _sparse(p, 50 * 1024 * 1024)
    with pytest.raises(InputError) as e:
        read_document(p)
    msg = _one_line(e, p)
    assert "52,428,800 bytes" in msg and "20,000,000" in msg


def test_file_over_a_lower_limit(write):
    p = write("mid.txt", "x " * 600)
    with pytest.raises(InputError) as e:
        read_document(p, max_bytes=1000)
    assert "1,200 bytes" in _one_line(e, p)
    assert read_document(p, max_bytes=2000).text.startswith("x x")


def test_unsupported_extension_lists_supported_ones(write):
    p = write("table.docx", b"PK\x03\x04 not really a docx")
    with pytest.raises(UnsupportedTypeError) as e:
        read_document(p)
    msg = _one_line(e, p)
    assert "'.docx'" in msg and ".txt" in msg and ".pdf" in msg and ".html" in msg


def test_no_extension_is_unsupported(write):
    with pytest.raises(UnsupportedTypeError):
        read_document(write("README", "text"))


def test_malformed_pdf_random_bytes_after_header(write):
    import random

    rnd = random.Random(7)
    p = write("broken.pdf", b"%PDF-1.7\n" + bytes(rnd.randrange(256) for _ in range(4000)))
    with pytest.raises(DecodeError) as e:
        read_document(p)
    assert "PDF" in _one_line(e, p)


def test_pdf_without_header(write):
    p = write("fake.pdf", "this is plain text pretending to be a PDF")
    with pytest.raises(DecodeError) as e:
        read_document(p)
    assert "malformed PDF" in _one_line(e, p)


def test_html_with_no_visible_text(write):
    p = write("nothing.html", "<html><head><title>T</title><script>x()</script></head><body><nav>Menu</nav></body></html>")
    with pytest.raises(InputError) as e:
        read_document(p)
    assert "HTML has no visible text" in _one_line(e, p)


def test_100000_character_line_is_rejected(write):
    p = write("minified.txt", "Intro line.\n" + "a" * 100_000 + "\n")
    with pytest.raises(DecodeError) as e:
        read_document(p)
    msg = _one_line(e, p)
    assert "line 2" in msg and "100,000" in msg and "20,000" in msg


def test_error_classes_are_input_errors():
    assert issubclass(UnsupportedTypeError, InputError)
    assert issubclass(DecodeError, InputError)

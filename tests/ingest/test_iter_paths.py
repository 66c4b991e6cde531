"""iter_paths expands folders recursively, sorted, without hidden or unsupported files."""

from __future__ import annotations

from pathlib import Path

from allygraph.errors import InputError
from allygraph.ingest.read import iter_paths


def test_folders_expand_sorted_and_recursive(write, tmp_path):
    write("corpus/b.txt", "b")
    write("corpus/a.md", "a")
    write("corpus/sub/c.html", "<p>c</p>")
    write("corpus/.hidden.txt", "h")
    write("corpus/.git/d.txt", "d")
    write("corpus/image.png", b"\x89PNG")
    got = list(iter_paths([tmp_path / "corpus"]))
    assert got == [tmp_path / "corpus/a.md", tmp_path / "corpus/b.txt", tmp_path / "corpus/sub/c.html"]


def test_missing_path_is_yielded_as_error_and_batch_continues(write, tmp_path):
    good = write("ok.txt", "fine")
    got = list(iter_paths([tmp_path / "missing", good]))
    assert isinstance(got[0], InputError) and "missing" in str(got[0])
    assert got[1] == good


def test_explicit_file_is_yielded_whatever_its_type(write):
    p = write("notes.docx", b"x")
    assert list(iter_paths([str(p)])) == [Path(p)]


def test_same_file_twice_is_yielded_once(write, tmp_path):
    p = write("once.txt", "x")
    assert list(iter_paths([p, tmp_path])) == [p]

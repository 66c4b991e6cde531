"""Malformed reference files raise ReferenceDataError naming the file and row."""

from __future__ import annotations

from pathlib import Path

import pytest

from allygraph.errors import ReferenceDataError
from allygraph.refdata import read_reference

HEADER = "id\ttype\ten\tlv\taliases_en\taliases_lv\tqid\textra\tsource\n"


def _write(tmp_path: Path, body: str, name: str = "places.tsv") -> Path:
    (tmp_path / name).write_text(HEADER + body, encoding="utf-8")
    return tmp_path


def test_unknown_type_names_file_and_row(tmp_path: Path) -> None:
    d = _write(tmp_path, "city:a\tcity\tA\tA\t\t\t\t\thttps://x\ncity:b\ttown\tB\tB\t\t\t\t\thttps://x\n")
    with pytest.raises(ReferenceDataError, match=r"places\.tsv:3: unknown type 'town'"):
        read_reference(d)


def test_duplicate_id_names_file_and_row(tmp_path: Path) -> None:
    d = _write(tmp_path, "city:a\tcity\tA\tA\t\t\t\t\thttps://x\ncity:a\tcity\tB\tB\t\t\t\t\thttps://x\n")
    with pytest.raises(ReferenceDataError, match=r"places\.tsv:3: duplicate id city:a"):
        read_reference(d)


def test_missing_source_and_bad_extra_are_errors(tmp_path: Path) -> None:
    d = _write(tmp_path, "city:a\tcity\tA\tA\t\t\t\t\t\n")
    with pytest.raises(ReferenceDataError, match="no source"):
        read_reference(d)
    d = _write(tmp_path, "city:a\tcity\tA\tA\t\t\t\tlat\thttps://x\n")
    with pytest.raises(ReferenceDataError, match="not key=value"):
        read_reference(d)


def test_membership_of_unknown_entity_is_an_error(tmp_path: Path) -> None:
    d = _write(tmp_path, "state:AA\tstate\tA\tA\t\t\t\t\thttps://x\n", "states.tsv")
    (d / "memberships.tsv").write_text("state\torg\tstart\tend\tsource\nstate:AA\torg:x\t2004\t\thttps://x\n",
                                       encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=r"memberships\.tsv:2: unknown entity 'org:x'"):
        read_reference(d)


def test_extra_is_typed_and_tilde_aliases_are_names_not_to_link(tmp_path: Path) -> None:
    d = _write(tmp_path, "city:a\tcity\tAa\tAā\t~Bee|Cee\t\t\tlat=1.5;capital=true;x=a|b\thttps://x\n")
    e = read_reference(d).get("city:a")
    assert e.extra["lat"] == 1.5 and e.extra["capital"] is True and e.extra["x"] == ["a", "b"]
    assert e.aliases["en"] == ["Bee", "Cee"] and e.extra["nolink"] == ["Bee"]

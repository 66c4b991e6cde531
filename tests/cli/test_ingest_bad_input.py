"""`allygraph ingest` over a folder of good and bad files: one line per bad file, the rest stored,
exit code 2, and nothing stored before is lost. Also: re-ingest is idempotent, and a run killed
with SIGKILL leaves a consistent store that a re-run completes."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from typer.testing import CliRunner

from allygraph.cli import app

GOOD_LV = "Kanāda vada NATO kaujas grupu Latvijā. Kopš 2017. gada tā atrodas Ādažos.\n"
GOOD_EN = "Denmark and Latvia lead the Multinational Division North headquarters in Ādaži.\n"


def _write_bad(folder: Path) -> dict[str, str]:
    """Bad inputs -> a word their error line must contain."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (folder / "nul.txt").write_bytes(b"Latvija\x00 ir NATO dal\xc4\xabbvalsts.")
    (folder / "longline.txt").write_text("a" * 100_000)
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n" + os.urandom(2000))
    return {"empty.txt": "empty", "binary.txt": "binary", "nul.txt": "NUL", "longline.txt": "line",
            "broken.pdf": "PDF"}


def test_ingest_bad_files_each_get_one_line_and_the_rest_go_in(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    runner = CliRunner()
    first = tmp_path / "first"
    first.mkdir()
    (first / "a_lv.txt").write_text(GOOD_LV, encoding="utf-8")
    assert runner.invoke(app, ["ingest", str(first), "--db", str(db), "-q"]).exit_code == 0

    folder = tmp_path / "mixed"
    bad = _write_bad(folder)
    (folder / "b_en.txt").write_text(GOOD_EN, encoding="utf-8")
    (folder / "c_lv_1257.txt").write_bytes("Latvija un Dānija vada divīzijas štābu Ādažos.\n".encode("cp1257"))
    missing = tmp_path / "does-not-exist.txt"
    docx = tmp_path / "notes.docx"  # named explicitly: refused (inside a folder, unknown types are skipped)
    docx.write_bytes(b"PK\x03\x04 not really")
    bad["notes.docx"] = "docx"
    res = runner.invoke(app, ["ingest", str(folder), str(missing), str(docx), "--db", str(db), "-q"])
    assert res.exit_code == 2
    lines = [ln for ln in res.stderr.splitlines() if ln.strip()] if res.stderr else []
    for name, word in bad.items():
        hits = [ln for ln in lines if name in ln]
        assert len(hits) == 1, (name, lines)
        assert word.lower() in hits[0].lower(), hits[0]
    assert any("does-not-exist.txt" in ln for ln in lines)

    con = sqlite3.connect(db)
    ids = {r[0] for r in con.execute("select id from documents")}
    assert ids == {"a_lv", "b_en", "c_lv_1257"}
    text = con.execute("select text from documents where id='c_lv_1257'").fetchone()[0]
    assert "Dānija" in text and "štābu" in text


def test_ingest_twice_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "x_lv.txt").write_text(GOOD_LV, encoding="utf-8")
    runner = CliRunner()
    runner.invoke(app, ["ingest", str(tmp_path / "d"), "--db", str(db), "-q"])
    first = runner.invoke(app, ["export", "--db", str(db)]).stdout
    res = runner.invoke(app, ["ingest", str(tmp_path / "d"), "--db", str(db)])
    assert res.exit_code == 0 and "unchanged" in res.stdout
    assert runner.invoke(app, ["export", "--db", str(db)]).stdout == first


def test_ingest_killed_mid_run_leaves_consistent_store_and_rerun_completes(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(400):
        text = (GOOD_LV if i % 2 else GOOD_EN) * 30
        (corpus / f"doc{i:04d}_{'lv' if i % 2 else 'en'}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "k.db"
    cmd = [sys.executable, "-m", "allygraph.cli.__main__", "ingest", str(corpus), "--db", str(db), "-q"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.2)
        if db.exists():
            try:
                stored = sqlite3.connect(db, timeout=1).execute("select count(*) from documents").fetchone()[0]
            except sqlite3.OperationalError:
                continue
            if stored >= 20:
                break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    con = sqlite3.connect(db)
    assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
    n_docs = con.execute("select count(*) from documents").fetchone()[0]
    assert 0 < n_docs < 400, "the run was not interrupted mid-way; make the corpus larger"
    orphans = con.execute("select count(*) from sources where doc_id not in (select id from documents)").fetchone()[0]
    assert orphans == 0
    dangling = con.execute("select count(*) from claims where id not in (select claim_id from sources)").fetchone()[0]
    assert dangling == 0
    con.close()
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert res.returncode == 0, res.stderr
    con = sqlite3.connect(db)
    assert con.execute("select count(*) from documents").fetchone()[0] == 400

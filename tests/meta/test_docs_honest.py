"""Meta-tests that keep the docs honest.

They read the code and the docs side by side and fail when the two drift apart:

- every CLI command (walked from the Typer app, sub-apps included) has help whose last
  paragraph is ``Example: allygraph <that command> ...``, and the example parses against the
  command's real arguments and options;
- ``allygraph --help`` ends its prose with such an example;
- README.md's command table lists exactly the commands the CLI has, and every command of its
  30-second tour parses;
- every row of every reference-data TSV names a source;
- samples/README.md names every file in samples/ (and names no file that is not there);
- every folder of test data has a README saying who wrote it.
"""

from __future__ import annotations

import csv
import re
import shlex
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer.main
from typer.testing import CliRunner

from allygraph.cli import app

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
REFDATA = ROOT / "src" / "allygraph" / "refdata"
SAMPLES = ROOT / "samples"
TESTS = ROOT / "tests"
DATA_SUFFIXES = {".txt", ".md", ".html", ".htm", ".pdf", ".tsv", ".csv", ".json", ".jsonl", ".ttl", ".bin", ".xml"}


# --- the CLI, walked --------------------------------------------------------------------------

def _root_command() -> Any:
    return typer.main.get_command(app)


def _walk(cmd: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], Any]]:
    """Every command and group below ``cmd`` (duck-typed: Typer vendors its own click)."""
    for name, sub in sorted((getattr(cmd, "commands", None) or {}).items()):
        if getattr(sub, "hidden", False):
            continue
        yield (*path, name), sub
        yield from _walk(sub, (*path, name))


def _registered_names() -> set[str]:
    """Top-level names straight from the Typer app: registered commands and sub-apps."""
    names = set()
    for info in app.registered_commands:
        names.add(info.name or info.callback.__name__.replace("_", "-"))  # type: ignore[union-attr]
    for group in app.registered_groups:
        names.add(group.name or group.typer_instance.info.name)  # type: ignore[union-attr]
    return names


COMMANDS = list(_walk(_root_command()))
COMMAND_IDS = [" ".join(p) for p, _ in COMMANDS]


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]


def _parse_args(args: list[str]) -> str | None:
    """None if ``allygraph <args>`` parses against the real CLI, else what was wrong."""
    cmd, path = _root_command(), ["allygraph"]
    while getattr(cmd, "commands", None) and args and args[0] in cmd.commands:
        path.append(args[0])
        cmd, args = cmd.commands[args[0]], args[1:]
    if getattr(cmd, "commands", None):
        return f"{' '.join(path)} has no command {args[:1]}"
    try:
        cmd.make_context(" ".join(path), list(args))
    except Exception as e:  # click's UsageError and friends, vendored
        return f"{' '.join(path)} {' '.join(args)}: {type(e).__name__}: {e}"
    return None


def _invocations(shell: str) -> list[list[str]]:
    """The ``allygraph ...`` argument lists in a shell line (env assignments, pipes, redirections dropped)."""
    out = []
    for part in re.split(r"&&|\|\||;|\|", shell):
        words = shlex.split(re.split(r"\s\d?>", part)[0], comments=True)
        while words and re.fullmatch(r"[A-Z_][A-Z0-9_]*=\S*", words[0]):
            words = words[1:]
        if words and words[0].endswith("allygraph"):
            out.append(words[1:])
    return out


def test_the_walk_sees_every_registered_command_and_group() -> None:
    assert _registered_names() == {p[0] for p, _ in COMMANDS if len(p) == 1}
    assert len(COMMANDS) > len(_registered_names())  # the report sub-app's commands are walked too


@pytest.mark.parametrize("path,cmd", COMMANDS, ids=COMMAND_IDS)
def test_command_help_ends_with_an_example_of_that_command(path: tuple[str, ...], cmd: Any) -> None:
    paras = _paragraphs(cmd.help or "")
    assert paras, f"`allygraph {' '.join(path)}` has no help text"
    last = paras[-1]
    assert last.startswith("Example:"), f"`allygraph {' '.join(path)}` help ends with {last!r}, not an example"
    calls = _invocations(last.removeprefix("Example:"))
    assert calls and calls[0][: len(path)] == list(path), f"the example does not run `allygraph {' '.join(path)}`"
    for args in calls:
        assert _parse_args(args) is None, _parse_args(args)


def test_top_level_help_ends_its_prose_with_an_example() -> None:
    out = CliRunner().invoke(app, ["--help"], env={"COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb"}).output
    prose = "\n".join(line for line in out.splitlines() if not re.match(r"\s*[╭│╰]", line))
    last = _paragraphs(prose)[-1]
    assert last.startswith("Example: allygraph "), f"`allygraph --help` prose ends with {last!r}"
    for args in _invocations(last.removeprefix("Example:")):
        assert _parse_args(args) is None, _parse_args(args)


# --- README ------------------------------------------------------------------------------------

def _readme_section(title: str) -> str:
    text = README.read_text(encoding="utf-8")
    m = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", text, re.S | re.M)
    assert m, f"README.md has no '## {title}' section"
    return m.group(1)


def _table_commands() -> set[str]:
    """Command paths in the first column of README's command table: words up to the first argument."""
    found = set()
    for line in _readme_section("Commands").splitlines():
        if not line.startswith("|") or line.startswith("|---"):
            continue
        first = line.split("|")[1]
        for span in re.findall(r"`([^`]+)`", first):
            words = []
            for w in span.split():
                if not re.fullmatch(r"[a-z][a-z0-9-]*", w):
                    break
                words.append(w)
            if words:
                found.add(" ".join(words))
    return found


def test_readme_command_table_lists_every_command() -> None:
    table = _table_commands()
    missing = [c for c in COMMAND_IDS if c not in table and not any(t.startswith(c + " ") for t in table)]
    assert not missing, f"README.md's command table lacks {missing}"


def test_readme_command_table_lists_no_command_that_does_not_exist() -> None:
    assert _table_commands() - set(COMMAND_IDS) == set()


def _option_names(cmd: Any) -> set[str]:
    return {o for param in cmd.params for o in (*param.opts, *param.secondary_opts)}


def test_readme_command_table_options_exist_on_their_commands() -> None:
    commands = dict(zip(COMMAND_IDS, (c for _, c in COMMANDS)))
    wrong = []
    for line in _readme_section("Commands").splitlines():
        if not line.startswith("|") or line.startswith("|---"):
            continue
        row_cmds = [c for c in COMMAND_IDS if any(span == c or span.startswith(c + " ")
                                                   for span in re.findall(r"`([^`]+)`", line.split("|")[1]))]
        known = set().union(*(_option_names(commands[c]) for c in row_cmds)) if row_cmds else set()
        wrong += [(row_cmds, o) for o in re.findall(r"(?<![\w-])--[a-z][a-z-]*", line) if row_cmds and o not in known]
    assert not wrong, f"README.md's command table names options its commands lack: {wrong}"


def test_every_leaf_command_takes_db() -> None:
    lacking = [i for i, (_, c) in zip(COMMAND_IDS, COMMANDS) if not getattr(c, "commands", None)
               and "--db" not in _option_names(c)]
    assert not lacking, f"README says every command takes --db; these do not: {lacking}"


def test_readme_tour_commands_parse() -> None:
    lines = [line[2:] for line in _readme_section("A 30-second tour").splitlines() if line.startswith("$ ")]
    calls = [args for line in lines for args in _invocations(line)]
    assert len(calls) >= 5, "the tour shows fewer than five allygraph commands"
    errors = [e for e in map(_parse_args, calls) if e]
    assert not errors, errors


def test_invocation_parser_rejects_what_the_cli_rejects() -> None:
    assert _parse_args(["show", "Latvia", "--no-such-option"])
    assert _parse_args(["no-such-command"])
    assert _parse_args(["ask"])  # the question is required
    assert _invocations("FOO=1 .venv/bin/allygraph export --db d.db > c.jsonl && echo") == [["export", "--db", "d.db"]]


# --- data with provenance --------------------------------------------------------------------

REFDATA_TSVS = sorted(REFDATA.glob("*.tsv"))


def test_there_is_reference_data() -> None:
    assert len(REFDATA_TSVS) >= 5


@pytest.mark.parametrize("tsv", REFDATA_TSVS, ids=[p.name for p in REFDATA_TSVS])
def test_every_refdata_row_names_its_source(tsv: Path) -> None:
    with tsv.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    header, body = rows[0], [r for r in rows[1:] if r and not r[0].startswith("#")]
    assert "source" in header, f"{tsv.name} has no source column"
    col = header.index("source")
    bad = [n for n, r in enumerate(body, start=2) if len(r) != len(header) or not r[col].strip()]
    assert not bad, f"{tsv.name}: rows without a source (or with a wrong column count) at lines {bad[:20]}"


def test_samples_readme_names_every_sample_file() -> None:
    text = (SAMPLES / "README.md").read_text(encoding="utf-8")
    files = sorted(p.name for p in SAMPLES.iterdir() if p.is_file() and p.name != "README.md")
    assert files, "samples/ is empty"
    missing = [f for f in files if f not in text]
    assert not missing, f"samples/README.md does not name {missing}"
    named = set(re.findall(r"`([\w.-]+\.(?:txt|md|html?|pdf|tsv|jsonl))`", text))
    assert named - set(files) == set(), "samples/README.md names files that are not in samples/"


def _fixture_folders() -> list[Path]:
    """Folders under tests/data, and any test folder that holds data files (not just code)."""
    folders = {p for p in (TESTS / "data").rglob("*") if p.is_dir() and p.name != "__pycache__"}
    for p in TESTS.rglob("*"):
        if p.is_file() and p.suffix in DATA_SUFFIXES and p.name != "README.md" and "__pycache__" not in p.parts:
            folders.add(p.parent)
    return sorted(folders)


def test_every_test_data_folder_has_a_readme() -> None:
    missing = [str(p.relative_to(ROOT)) for p in _fixture_folders() if not (p / "README.md").is_file()]
    assert not missing, f"test-data folders without a README saying who wrote the files: {missing}"

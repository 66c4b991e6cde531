"""Every predicate in the vocabulary has a positive extraction test in Latvian and one in English.

The tests under tests/extract/ are read, not run: each ``test_*`` function is parsed together
with the module-level helpers it calls and the module constants it names. A test counts for a
predicate and a language when

- it names the predicate outside its emptiness asserts: a string equal to its value (``"leads"``
  in a triple, an argument, a parametrize list), ``Predicate.LEADS`` / ``P.LEADS``, or the
  predicate in the file name;
- it runs the pipeline (``analyse_text``, ``analyse`` or the ``run`` fixture);
- one of its text literals (four words or more; docstrings and assert messages left out) is in
  that language, as :func:`allygraph.nlp.langid.detect` judges it;
- it asserts something other than emptiness (``== set()``, ``== []``, ``not x``): a test, or
  the part of a test, that only proves nothing is extracted does not show the predicate is;
- it is not marked skip or xfail.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pytest

from allygraph.nlp.langid import detect
from allygraph.vocab import Predicate

EXTRACT_TESTS = Path(__file__).resolve().parents[1] / "extract"
RUNNERS = {"analyse_text", "analyse", "run"}
LANGS = ("lv", "en")
_EMPTY = (ast.Set, ast.List, ast.Tuple, ast.Dict)


@dataclass
class Scanned:
    name: str
    predicates: set[str] = field(default_factory=set)
    langs: set[str] = field(default_factory=set)
    runs: bool = False
    positive: bool = False
    skipped: bool = False


def _is_emptiness(node: ast.expr) -> bool:
    """``x == set()``, ``x == []``, ``not x``, ``x is None`` and ``and``-chains of those."""
    if isinstance(node, ast.BoolOp) and isinstance(node.op, ast.And):
        return all(_is_emptiness(v) for v in node.values)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        return True
    if isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], (ast.Eq, ast.Is)):
        right = node.comparators[0]
        if isinstance(right, _EMPTY):
            return not getattr(right, "elts", getattr(right, "keys", None))
        if isinstance(right, ast.Constant):
            return right.value in (None, 0, "", False)
        if isinstance(right, ast.Call) and isinstance(right.func, ast.Name):
            return right.func.id in ("set", "list", "dict", "frozenset", "tuple") and not right.args
    return False


def _skip_marked(fn: ast.FunctionDef) -> bool:
    return any(isinstance(n, ast.Attribute) and n.attr in ("skip", "skipif", "xfail")
               for d in fn.decorator_list for n in ast.walk(d))


def _texts(nodes: list[ast.AST]) -> list[str]:
    """String literals in ``nodes``, without docstrings and assert messages."""
    skip: set[int] = set()
    for root in nodes:
        for n in ast.walk(root):
            if isinstance(n, ast.FunctionDef) and n.body and isinstance(n.body[0], ast.Expr):
                skip.add(id(n.body[0].value))
            if isinstance(n, ast.Assert) and n.msg is not None:
                skip.update(id(m) for m in ast.walk(n.msg))
    return [n.value for root in nodes for n in ast.walk(root)
            if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in skip]


def scan_source(source: str, file_stem: str) -> list[Scanned]:
    """What each test function of one test module names, runs and asserts."""
    tree = ast.parse(source)
    funcs = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
    consts: dict[str, ast.AST] = {}
    for n in tree.body:
        if isinstance(n, (ast.Assign, ast.AnnAssign)) and n.value is not None:
            for t in n.targets if isinstance(n, ast.Assign) else [n.target]:
                if isinstance(t, ast.Name):
                    consts[t.id] = n.value
    values = {p.value for p in Predicate}
    by_name = {p.name: p.value for p in Predicate}
    in_file = {v for v in values if f"_{v}_" in f"{file_stem}_"}
    out = []
    for name, fn in funcs.items():
        if not name.startswith("test_"):
            continue
        # everything but the emptiness asserts, then the helpers and constants it names, transitively
        body = fn.body[1:] if ast.get_docstring(fn) is not None else fn.body
        reach: list[ast.AST] = [*fn.decorator_list, *fn.args.args,
                                *(st for st in body if not (isinstance(st, ast.Assert) and _is_emptiness(st.test)))]
        seen = {name}
        i = 0
        while i < len(reach):
            for n in ast.walk(reach[i]):
                ref = n.id if isinstance(n, ast.Name) else None
                if ref and ref not in seen and (ref in funcs or ref in consts):
                    seen.add(ref)
                    reach.append(funcs.get(ref) or consts[ref])
            i += 1
        s = Scanned(name, skipped=_skip_marked(fn))
        texts = _texts(reach)
        s.predicates = {t for t in texts if t in values}
        for root in reach:
            for n in ast.walk(root):
                if isinstance(n, ast.Attribute) and n.attr in by_name:
                    s.predicates.add(by_name[n.attr])
                if isinstance(n, ast.Call):
                    f = n.func
                    called = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
                    s.runs |= called in RUNNERS
                if isinstance(n, ast.arg) and n.arg in RUNNERS:
                    s.runs = True  # the ``run`` fixture
                if isinstance(n, ast.Assert) and not _is_emptiness(n.test):
                    s.positive = True
        if s.positive:
            s.predicates |= in_file
        s.langs = {detect(t) for t in texts if len(t.split()) >= 4}
        out.append(s)
    return out


@cache
def coverage() -> dict[str, dict[str, list[str]]]:
    """predicate -> language -> the tests that extract it from text in that language."""
    cov: dict[str, dict[str, list[str]]] = {p.value: {lang: [] for lang in LANGS} for p in Predicate}
    for path in sorted(EXTRACT_TESTS.glob("test_*.py")):
        for s in scan_source(path.read_text(encoding="utf-8"), path.stem):
            if not (s.runs and s.positive) or s.skipped:
                continue
            for p in s.predicates:
                for lang in s.langs & set(LANGS):
                    cov[p][lang].append(f"{path.name}::{s.name}")
    return cov


@pytest.mark.parametrize("predicate", [p.value for p in Predicate])
def test_predicate_has_extraction_tests_in_both_languages(predicate: str) -> None:
    missing = [lang for lang, tests in coverage()[predicate].items() if not tests]
    assert not missing, f"no positive extraction test in tests/extract/ runs {missing} text for {predicate!r}"


# --- the scanner itself ---------------------------------------------------------------------------

SYNTHETIC = '''
from conftest import analyse_text, triples
LV_TEXT = "Kanādas vadītā kaujas grupa Latvijā piedalās mācībās."

def _leads(text):
    """Docstring in English words that must not count as a test text."""
    return triples(analyse_text(text), "leads")

def test_lv_through_a_helper_and_a_constant():
    """A docstring in English words that must not count either."""
    assert _leads(LV_TEXT) == {("state:CA", "leads", "formation:x")}

def test_en_only_emptiness():
    assert _leads("Canada leads by example in many areas.") == set() and not []

def test_lv_member_of_only_in_a_negative_assert():
    doc = analyse_text("Albānija un Horvātija tika uzaicinātas pievienoties NATO.")
    assert triples(doc, "invited_to_join")
    assert not any(c.predicate.value == "member_of" for c in doc.claims)

def test_en_without_running(x):
    assert x == ("The battlegroup in Latvia is led by Canada.", Predicate.HEADQUARTERS)

@pytest.mark.xfail(reason="not yet")
def test_en_skipped():
    assert triples(analyse_text("The battlegroup in Latvia is led by Canada today."), "located_in")
'''


def test_scanner_follows_helpers_and_constants_and_judges_language() -> None:
    got = {s.name: s for s in scan_source(SYNTHETIC, "test_forces_whatever")}
    lv = got["test_lv_through_a_helper_and_a_constant"]
    assert (lv.predicates, lv.langs, lv.runs, lv.positive) == ({"leads"}, {"lv"}, True, True)


def test_scanner_does_not_count_emptiness_skips_or_tests_that_run_nothing() -> None:
    got = {s.name: s for s in scan_source(SYNTHETIC, "test_forces_whatever")}
    assert got["test_en_only_emptiness"].positive is False
    assert got["test_en_without_running"].runs is False
    assert got["test_en_without_running"].predicates == {"headquarters"}
    assert got["test_en_skipped"].skipped is True
    assert got["test_lv_member_of_only_in_a_negative_assert"].predicates == {"invited_to_join"}


def test_scanner_takes_the_predicate_from_the_file_name() -> None:
    got = scan_source("def test_x():\n    assert analyse_text('Kur notika NATO samits Rīgā?')\n", "test_events_held_in")
    assert got[0].predicates == {"held_in"}

"""Score the store's claims against a gold TSV, per predicate and per language.

Gold rows: ``doc  subject  predicate  object  qualifiers(k=v;k=v)``; an empty object means any
object. Entities are named by a canonical English name, resolved through an entities TSV
(``name  type  alias|alias``); matching is case- and diacritic-insensitive against an exported
claim's labels and aliases. Literal objects match dates by prefix and numbers by value. A
document's language is the language the store detected for it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError
from .export import _EntityCache, claim_to_json
from .query import fold
from .store.base import Store

__all__ = ["GoldRow", "Score", "load_gold", "load_entity_names", "evaluate"]

SYMMETRIC = {"cooperates_with", "shared_member_count", "strategic_partner_of"}
DATE_OBJECTS = {"inception", "progress_report"}
NUMBER_OBJECTS = {"personnel_count", "measures_approved"}


def _norm(s: Any) -> str:
    s = re.sub(r"[\"“”„«»()\[\].,]", " ", fold(str(s)))
    return re.sub(r"^the\s+", "", " ".join(s.split()))


@dataclass(slots=True)
class GoldRow:
    doc: str
    subject: str
    predicate: str
    object: str
    qualifiers: dict[str, str]


def _rows(path: Path) -> list[list[str]]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise InputError(str(path), f"cannot read ({e.strerror})") from None
    except UnicodeDecodeError:
        raise InputError(str(path), "not UTF-8 text") from None
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def load_gold(path: Path) -> list[GoldRow]:
    out = []
    for no, parts in enumerate(_rows(path), 1):
        if len(parts) < 3:
            raise InputError(str(path), f"row {no}: needs at least doc, subject and predicate")
        parts += [""] * (5 - len(parts))
        quals = dict(kv.partition("=")[::2] for kv in parts[4].split(";") if kv.strip())
        out.append(GoldRow(parts[0].strip(), parts[1].strip(), parts[2].strip(), parts[3].strip(),
                           {k.strip(): v.strip() for k, v in quals.items()}))
    return out


def load_entity_names(path: Path) -> dict[str, set[str]]:
    names = {}
    for parts in _rows(path):
        aliases = parts[2].split("|") if len(parts) > 2 and parts[2] else []
        names[parts[0]] = {_norm(parts[0])} | {_norm(a) for a in aliases}
    return names


def _names(e: Any) -> set[str]:
    if not isinstance(e, dict):
        return {_norm(e)} if e else set()
    out = {_norm(e[k]) for k in ("label", "id") if e.get(k)}
    out |= {_norm(v) for v in (e.get("labels") or {}).values() if v}
    out |= {_norm(a) for a in e.get("aliases") or [] if a}
    return out


def _literal(e: Any) -> str:
    if isinstance(e, dict) and "value" in e:
        return f"{e.get('bound') or ''}{e['value']}" if e.get("bound") in (">", ">=", "<", "<=") else str(e["value"])
    return "" if isinstance(e, dict) else str(e)


def _date_ok(gold: str, got: str) -> bool:
    if not got:
        return False
    return got.endswith(gold[1:]) if gold.startswith("--") else got.startswith(gold)


def _num_ok(gold: str, got: str) -> bool:
    g, p = re.sub(r"\D", "", gold), re.sub(r"\D", "", str(got).split(".")[0])
    return bool(g) and g == p


class _Matcher:
    def __init__(self, names: dict[str, set[str]]) -> None:
        self.names = names

    def ent(self, gold: str, got: Any) -> bool:
        return bool(self.names.get(gold, {_norm(gold)}) & _names(got))

    def obj(self, g: GoldRow, c: dict) -> bool:
        if not g.object:
            return True
        if g.predicate in DATE_OBJECTS:
            return _date_ok(g.object, _literal(c["object"]))
        if g.predicate in NUMBER_OBJECTS:
            return _num_ok(g.object, _literal(c["object"]))
        return self.ent(g.object, c["object"])

    def triple(self, g: GoldRow, c: dict) -> bool:
        if c["predicate"] != g.predicate:
            return False
        if self.ent(g.subject, c["subject"]) and self.obj(g, c):
            return True
        if g.predicate in SYMMETRIC:
            swapped = dict(c, subject=c["object"], object=c["subject"])
            return self.ent(g.subject, swapped["subject"]) and self.obj(g, swapped)
        return False

    def qualifier(self, k: str, v: str, c: dict) -> bool:
        got = (c.get("qualifiers") or {}).get(k)
        if k in ("start", "end", "point_in_time"):
            return _date_ok(v, str(got.get("value") if isinstance(got, dict) else got or ""))
        if k == "count":
            got = got if got is not None else _literal(c["object"]) or None
            return got is not None and _num_ok(v, _literal(got) if isinstance(got, dict) else got)
        if k == "frequency":
            return got is not None and _norm(v) in _norm(got)
        return got is not None and self.ent(v, got)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    qual_ok: int = 0
    qual_all: int = 0
    per_predicate: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))
    per_language: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))
    misses: list[str] = field(default_factory=list)

    @staticmethod
    def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def f1(self) -> float:
        return self.prf(self.tp, self.fp, self.fn)[2]

    @property
    def qualifier_accuracy(self) -> float:
        return self.qual_ok / self.qual_all if self.qual_all else 0.0


def evaluate(store: Store, gold: list[GoldRow], names: dict[str, set[str]]) -> Score:
    m = _Matcher(names)
    vocab = {g.predicate for g in gold}
    docs = sorted({g.doc for g in gold})
    langs = {d.id: d.lang for d in store.documents()}
    ents = _EntityCache(store)
    by_doc: dict[str, list[dict]] = defaultdict(list)
    for doc in docs:
        for cl in store.claims(document=doc):
            if cl.predicate.value in vocab:
                by_doc[doc].append(claim_to_json(cl, ents))
    sc = Score()
    for doc in docs:
        lang = langs.get(doc, "lv" if "_lv_" in doc else "en")
        gd = [g for g in gold if g.doc == doc]
        cd = by_doc.get(doc, [])
        used: set[int] = set()
        for g in gd:
            hit = next((i for i, c in enumerate(cd) if i not in used and m.triple(g, c)), None)
            if hit is None:
                sc.fn += 1
                sc.per_predicate[g.predicate][2] += 1
                sc.per_language[lang][2] += 1
                sc.misses.append(f"MISS  {doc}  {g.subject} {g.predicate} {g.object}")
                continue
            used.add(hit)
            sc.tp += 1
            sc.per_predicate[g.predicate][0] += 1
            sc.per_language[lang][0] += 1
            for k, v in g.qualifiers.items():
                sc.qual_all += 1
                sc.qual_ok += m.qualifier(k, v, cd[hit])
        for i, c in enumerate(cd):
            if i in used or any(m.triple(g, c) for g in gd):
                continue
            sc.fp += 1
            sc.per_predicate[c["predicate"]][1] += 1
            sc.per_language[lang][1] += 1
            obj = _literal(c["object"]) or c["object"].get("label", "")
            sc.misses.append(f"EXTRA {doc}  {c['subject'].get('label')} {c['predicate']} {obj}")
    return sc

"""Mention-level precision and recall of the entity linker on the five seed documents.

Runs the current gazetteer (``Gazetteer(load_reference()).find_entities(text, lang)``, the
language from :func:`allygraph.nlp.langid.detect`, as the pipeline does) over each seed and
compares its mentions with the hand-made gold in ``scripts/data/seed_mentions.tsv`` (doc id,
start, end, entity id, type; offsets into ``read_document(path).text``; no seed text is stored).
A development report, not a test: the seeds live outside the repository.

    .venv/bin/python scripts/link_eval.py [SEEDS_DIR] [--gold TSV] [--no-lists]

Two matchings, each one-to-one and each needing the right entity:

* strict: the predicted span equals the gold span;
* lenient: the spans overlap.

A gold ``new:<type>`` (an entity the reference data lacks) is matched by any entity the linker
created of that type, or by a reference entity of that type that the gold never uses (the
reference data may have gained it since). Predictions of type ``area`` (cooperation topics such
as "hybrid threats") are not scored. Printed: P/R/F1 overall, per document, per language and per
entity type (gold type for recall, predicted type for precision), then every strict miss and
false positive with its text ("~" marks those the lenient matching accepts).

Annotation guidelines (how the gold was made)
---------------------------------------------
What is a mention. Every name, abbreviation or conventional designation of a state,
city/place, base, region/sea/group of states, organisation or body, formation, operation or
mission, programme, agreement/declaration, named document, cooperation framework, event,
person or position, in any Latvian case ("Latvijā", "Kanādu", "Ādažu bāzē") and with English
possessives ("Latvia's" -> the span "Latvia"). Abbreviations in brackets after a name are
mentions of their own ("North Atlantic Cooperation Council" and "NACC").
Not mentions: pronouns and anaphoric nominals ("the two organisations", "ministrs", "their
summit", "the operation"); generic classes ("partner countries", "dalībvalstis", "Allies");
cooperation topics (areas); web addresses and handles; plural references to several entities
at once ("NATO un ES līderu deklarācijās" -> only "NATO" and "ES").

Spans. A leading article is outside ("the Western Balkans" -> "Western Balkans", "the
Alliance" -> "Alliance"); so are quotation marks around a whole name ('“Partnership for
Peace” programme' -> "Partnership for Peace") and class nouns in apposition ("aģentūra LETA"
-> "LETA"), but a facility noun that is part of a base's name stays ("Ādažu bāzē", "Lielvārde
military airfield"). Mentions never overlap: the longest name wins, and an owning organisation
or state written directly before a name, as premodifier or possessive, belongs to that name
("NATO Secretary General", "EU's Rule of Law Mission", "NATO's Operation Sea Guardian", "EU
Operation Sophia", "Latvijas Aizsardzības ministrija", "NATO paplašinātās klātbūtnes Latvijā
kaujas grupa", "alianses jauno stratēģisko koncepciju"). Descriptive names that the reference
data holds are one mention even with a place inside ("operation in Bosnia and Herzegovina
managed by NATO", "NATO operations in the Balkans", "NATO mission in Iraq").
"EU–NATO cooperation" / "ES un NATO sadarbība" / "NATO – EU Relations" / "common proposals"
is one mention of the framework, not two organisations.

Which entity. States: country names and, in English, nationality adjectives only where they
stand for the state's authorities, forces or institutions ("Turkish and Greek authorities",
"Latvian soldiers", "the Latvian defence system"), never for people, language or a region
("European citizens"). Latvian genitive place names used attributively are place mentions
("Eiropas valstis" -> Europe). A city of residence is the city even where a base is nearby
("the airfield in Siauliai" -> city). "Alliance"/"alianse" is NATO. Positions: only offices
the reference data holds; a bare title without a country links to the generic office
("aizsardzības ministrs" -> position:minister-of-defence, resolving whose minister is the
extractor's job); titles the reference data lacks are not annotated, but names inside them
are ("Commander of Operation Althea" -> "Operation Althea"). Events need the organisation or
the place in the phrase ("NATO summit meeting", "meeting of NATO Heads of state", "NATO
ārlietu ministru sanāksme", "NATO Varšavas samita"); the summit or meeting is the reference
event held at that date and place. Plural or generic eFP battlegroups are formation:efp; the
battlegroup in Latvia is formation:efp-bg-latvia. People, organisations and bodies that the
reference data lacks are ``new:<type>`` (a broadcaster, a party abbreviation, a NATO division,
an EU operation headquarters). Embassies described as "embassy of X in Y" are not annotated;
the states in them are. Names inside titles of broadcasts count ("Kas notiek Latvijā?").
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from allygraph.ingest.read import read_document
from allygraph.link.gazetteer import Gazetteer
from allygraph.model import Mention
from allygraph.nlp.langid import detect
from allygraph.refdata import load_reference

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "scripts" / "data" / "seed_mentions.tsv"
SEEDS = ROOT.parent / "shared" / "seeds"
UNSCORED_TYPES = frozenset({"area"})


@dataclass(frozen=True)
class Gold:
    doc: str
    start: int
    end: int
    entity: str
    type: str


@dataclass
class Counts:
    tp_gold: int = 0  # gold mentions matched
    tp_pred: int = 0  # predicted mentions matched (equal to tp_gold: matching is one-to-one)
    gold: int = 0
    pred: int = 0

    def add(self, other: Counts) -> None:
        self.tp_gold += other.tp_gold
        self.tp_pred += other.tp_pred
        self.gold += other.gold
        self.pred += other.pred

    def prf(self) -> tuple[float, float, float]:
        p = self.tp_pred / self.pred if self.pred else 0.0
        r = self.tp_gold / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def load_gold(path: Path = GOLD) -> dict[str, list[Gold]]:
    """Gold mentions by document id, sorted by position."""
    out: dict[str, list[Gold]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("doc\t"):
            continue
        doc, start, end, entity, typ = line.split("\t")
        out[doc].append(Gold(doc, int(start), int(end), entity, typ))
    return {d: sorted(ms, key=lambda g: (g.start, g.end)) for d, ms in sorted(out.items())}


def predict(gaz: Gazetteer, text: str, lang: str) -> list[Mention]:
    """The linker's scored mentions of ``text``."""
    mentions, _created = gaz.find_entities(text, lang)
    return [m for m in mentions if m.type.value not in UNSCORED_TYPES]


def entity_ok(g: Gold, m: Mention, gold_ids: frozenset[str]) -> bool:
    """Whether the predicted mention links to the gold entity (``new:<type>`` per the docstring)."""
    if g.entity.startswith("new:"):
        return m.type.value == g.type and (m.created or m.entity_id not in gold_ids)
    return m.entity_id == g.entity


def match(gold: list[Gold], pred: list[Mention], gold_ids: frozenset[str], lenient: bool) -> dict[int, int]:
    """One-to-one matching, gold index -> prediction index, in text order (deterministic)."""
    used: set[int] = set()
    pairs: dict[int, int] = {}
    for gi, g in enumerate(gold):
        for pi, m in enumerate(pred):
            if pi in used or not entity_ok(g, m, gold_ids):
                continue
            if (m.start, m.end) == (g.start, g.end) or (lenient and m.start < g.end and g.start < m.end):
                pairs[gi] = pi
                used.add(pi)
                break
    return pairs


def _row(name: str, c: Counts) -> str:
    p, r, f = c.prf()
    return f"  {name:<24} P {p:6.3f}  R {r:6.3f}  F1 {f:6.3f}   ({c.tp_gold}/{c.gold} gold, {c.tp_pred}/{c.pred} pred)"


def _find_seed(seeds: Path, doc: str) -> Path:
    found = sorted(p for p in seeds.glob(doc + ".*") if p.is_file())
    if not found:
        raise SystemExit(f"link_eval: no seed file {doc}.* in {seeds}")
    return found[0]


def _context(text: str, start: int, end: int) -> str:
    left = text[max(0, start - 30):start].replace("\n", " ")
    right = text[end:end + 30].replace("\n", " ")
    return f"…{left}[{text[start:end]}]{right}…"


def evaluate(seeds: Path, gold_path: Path = GOLD, lists: bool = True) -> dict[str, dict[str, Counts]]:
    """Score the linker on the seeds; print the report; return the counts by mode and group."""
    gold_by_doc = load_gold(gold_path)
    gold_ids = frozenset(g.entity for ms in gold_by_doc.values() for g in ms if not g.entity.startswith("new:"))
    gaz = Gazetteer(load_reference())
    table: dict[str, dict[str, Counts]] = {"strict": defaultdict(Counts), "lenient": defaultdict(Counts)}
    misses: list[str] = []
    false_pos: list[str] = []
    for doc, gold in gold_by_doc.items():
        text = read_document(_find_seed(seeds, doc)).text
        lang = detect(text)
        pred = predict(gaz, text, lang)
        found = {mode: match(gold, pred, gold_ids, mode == "lenient") for mode in ("strict", "lenient")}
        for mode, pairs in found.items():
            matched_pred = set(pairs.values())
            groups: dict[str, Counts] = defaultdict(Counts)
            for gi, g in enumerate(gold):
                for key in ("all", f"doc {doc[:3]}", f"lang {lang}", f"type {g.type}"):
                    groups[key].gold += 1
                    groups[key].tp_gold += gi in pairs
            for pi, m in enumerate(pred):
                for key in ("all", f"doc {doc[:3]}", f"lang {lang}", f"type {m.type.value}"):
                    groups[key].pred += 1
                    groups[key].tp_pred += pi in matched_pred
            for key, c in groups.items():
                table[mode][key].add(c)
        strict_pairs, lenient_pairs = found["strict"], found["lenient"]
        strict_pred, lenient_pred = set(strict_pairs.values()), set(lenient_pairs.values())
        for gi, g in enumerate(gold):
            if gi in strict_pairs:
                continue
            got = [f"{m.surface!r}->{m.entity_id}" for m in pred if m.start < g.end and g.start < m.end]
            mark = "~" if gi in lenient_pairs else " "
            misses.append(f" {mark}{doc[:3]} {lang} {g.entity:<38} {_context(text, g.start, g.end)}"
                          + (f"  got: {', '.join(got)}" if got else ""))
        for pi, m in enumerate(pred):
            if pi in strict_pred:
                continue
            mark = "~" if pi in lenient_pred else " "
            false_pos.append(f" {mark}{doc[:3]} {lang} {m.entity_id:<38} {_context(text, m.start, m.end)}")
    for mode in ("strict", "lenient"):
        print(f"{mode} (span {'equal' if mode == 'strict' else 'overlap'}, right entity)")
        rows = table[mode]
        for key in sorted(rows, key=lambda k: (k != "all", k.split()[0] != "lang", k.split()[0] != "doc", k)):
            print(_row(key, rows[key]))
        print()
    if lists:
        print(f"misses ({len(misses)}; ~ = found by the lenient matching):")
        print("\n".join(misses))
        print(f"\nfalse positives ({len(false_pos)}; ~ = accepted by the lenient matching):")
        print("\n".join(false_pos))
    return {mode: dict(rows) for mode, rows in table.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("seeds", nargs="?", type=Path, default=SEEDS, help="folder of the seed documents")
    parser.add_argument("--gold", type=Path, default=GOLD, help="gold mentions TSV")
    parser.add_argument("--no-lists", action="store_true", help="figures only, no misses and false positives")
    args = parser.parse_args(argv)
    evaluate(args.seeds, args.gold, not args.no_lists)
    return 0


if __name__ == "__main__":
    sys.exit(main())

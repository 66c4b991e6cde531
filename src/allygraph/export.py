"""Export the graph (JSON Lines, CSV, RDF Turtle) and import JSON Lines back.

JSON Lines is the format ``shared/eval/score.py`` reads: one claim a line with the subject and
object as entity objects (id, type, label, labels, aliases), the predicate, qualifiers (dates as
ISO strings, places as entity objects), sources with the exact quote, and a confidence. Lines are
sorted by claim id and keys are sorted, so two exports of the same graph are byte-identical.
:func:`import_jsonl` reads that back into a store: export -> import -> export is the identity.

Turtle follows Wikidata's statement model: ``ag:Q p:P s`` / ``s ps:P o`` / ``s pq:start ...`` /
``s prov:wasDerivedFrom ref`` with the reference carrying document, offsets and quote.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from .errors import InputError
from .model import Claim, Entity, Literal, Source
from .store.base import Store
from .vocab import EntityType, Predicate, predicate

__all__ = ["export_jsonl", "export_csv", "export_turtle", "import_jsonl", "claim_to_json", "entity_json", "FORMATS"]

FORMATS = ("jsonl", "csv", "ttl")


class _EntityCache:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.cache: dict[str, Entity | None] = {}

    def get(self, entity_id: str) -> Entity | None:
        if entity_id not in self.cache:
            self.cache[entity_id] = self.store.entity(entity_id)
        return self.cache[entity_id]


def entity_json(entity_id: str, e: Entity | None) -> dict[str, Any]:
    if e is None:
        return {"id": entity_id, "label": entity_id, "labels": {}, "aliases": []}
    return {"id": e.id, "type": e.type.value, "label": e.label("en"), "labels": dict(sorted(e.labels.items())),
            "aliases": e.all_aliases(), **({"qid": e.qid} if e.qid else {})}


def _value_json(v: str | Literal, ents: _EntityCache) -> Any:
    if isinstance(v, Literal):
        return v.to_json()
    return entity_json(v, ents.get(v))


def _qual_json(k: str, v: str | Literal, ents: _EntityCache) -> Any:
    if isinstance(v, Literal):
        return v.value if v.datatype in ("date", "string") and not v.bound else v.to_json()
    if k in ("start", "end", "point_in_time", "as_of", "frequency", "role"):
        return v
    return entity_json(v, ents.get(v))


def claim_to_json(c: Claim, ents: _EntityCache) -> dict[str, Any]:
    return {
        "id": c.key(),
        "subject": entity_json(c.subject, ents.get(c.subject)),
        "predicate": c.predicate.value,
        "object": _value_json(c.object, ents),
        "qualifiers": {k: _qual_json(k, v, ents) for k, v in sorted(c.qualifiers.items())},
        "sources": [{"document": s.document, "start": s.start, "end": s.end, "quote": s.quote,
                     "extractor": s.extractor, "version": s.version, "confidence": s.confidence}
                    for s in sorted(c.sources, key=lambda s: (s.document, s.start, s.end))],
        "confidence": round(c.confidence, 4),
        "rank": c.rank,
        "status": c.status,
    }


def _sorted_claims(store: Store) -> Iterator[Claim]:
    yield from sorted(store.iter_claims(), key=lambda c: c.key())


def export_jsonl(store: Store, out: TextIO) -> int:
    ents = _EntityCache(store)
    n = 0
    for c in _sorted_claims(store):
        out.write(json.dumps(claim_to_json(c, ents), ensure_ascii=False, sort_keys=True) + "\n")
        n += 1
    return n


CSV_COLUMNS = ["claim_id", "subject_id", "subject_en", "subject_lv", "predicate", "object_id", "object_en",
               "object_lv", "object_value", "qualifiers", "rank", "status", "confidence", "document", "start", "end",
               "quote"]


def export_csv(store: Store, out: TextIO) -> int:
    """One row per (claim, source): spreadsheet-friendly, everything a reviewer needs to check a fact."""
    ents = _EntityCache(store)
    w = csv.writer(out, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    n = 0
    for c in _sorted_claims(store):
        s_e = ents.get(c.subject)
        o_e = None if isinstance(c.object, Literal) else ents.get(c.object)
        quals = json.dumps({k: _qual_json(k, v, ents) if isinstance(v, Literal) else v
                            for k, v in sorted(c.qualifiers.items())}, ensure_ascii=False, sort_keys=True)
        base = [c.key(), c.subject, s_e.label("en") if s_e else "", s_e.label("lv") if s_e else "", c.predicate.value,
                "" if isinstance(c.object, Literal) else c.object, o_e.label("en") if o_e else "",
                o_e.label("lv") if o_e else "", str(c.object) if isinstance(c.object, Literal) else "", quals, c.rank,
                c.status, f"{c.confidence:.4f}"]
        for s in sorted(c.sources, key=lambda s: (s.document, s.start)) or [Source("", 0, 0, "")]:
            w.writerow(base + [s.document, s.start, s.end, s.quote])
        n += 1
    return n


def _ttl_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'


def _iri(entity_id: str) -> str:
    import urllib.parse

    return "ent:" + urllib.parse.quote(entity_id.replace(":", "_"), safe="_-.")


def export_turtle(store: Store, out: TextIO) -> int:
    """Wikidata-style statements with qualifiers and references, written as Turtle by rdflib's rules
    of escaping (we write the text directly to keep the order stable and the memory flat)."""
    ents = _EntityCache(store)
    out.write("@prefix ent: <https://allygraph.example/entity/> .\n"
              "@prefix st: <https://allygraph.example/statement/> .\n"
              "@prefix ref: <https://allygraph.example/reference/> .\n"
              "@prefix p: <https://allygraph.example/prop/> .\n"
              "@prefix ps: <https://allygraph.example/prop/statement/> .\n"
              "@prefix pq: <https://allygraph.example/prop/qualifier/> .\n"
              "@prefix pr: <https://allygraph.example/prop/reference/> .\n"
              "@prefix wdt: <https://allygraph.example/prop/direct/> .\n"
              "@prefix prov: <http://www.w3.org/ns/prov#> .\n"
              "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
              "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n\n")
    used: set[str] = set()
    n = 0
    for c in _sorted_claims(store):
        sid = c.key()
        used.add(c.subject)
        lines = [f"{_iri(c.subject)} p:{c.predicate.value} st:{sid} ."]
        if c.rank == "normal" and c.status != "rejected":
            obj_d = _ttl_value(c.object)
            lines.append(f"{_iri(c.subject)} wdt:{c.predicate.value} {obj_d} .")
        body = [f"ps:{c.predicate.value} {_ttl_value(c.object)}", f'<http://wikiba.se/ontology#rank> {_ttl_str(c.rank)}']
        if not isinstance(c.object, Literal):
            used.add(c.object)
        for k, v in sorted(c.qualifiers.items()):
            body.append(f"pq:{k} {_ttl_value(v) if not (isinstance(v, str) and k in ('start', 'end', 'point_in_time', 'as_of', 'frequency', 'role')) else _ttl_str(v)}")
            if isinstance(v, str) and k not in ("start", "end", "point_in_time", "as_of", "frequency", "role"):
                used.add(v)
        for i, s in enumerate(sorted(c.sources, key=lambda s: (s.document, s.start))):
            rid = f"ref:{sid}-{i}"
            body.append(f"prov:wasDerivedFrom {rid}")
            lines.append(f"{rid} pr:document {_ttl_str(s.document)} ; pr:start {s.start} ; pr:end {s.end} ; "
                         f"pr:quote {_ttl_str(s.quote)} ; pr:extractor {_ttl_str(s.extractor + ' ' + s.version)} .")
        lines.insert(1, f"st:{sid} " + " ;\n    ".join(body) + " .")
        out.write("\n".join(lines) + "\n\n")
        n += 1
    for eid in sorted(used):
        e = ents.get(eid)
        if e is None:
            continue
        labels = " , ".join(f"{_ttl_str(v)}@{k}" for k, v in sorted(e.labels.items()))
        out.write(f"{_iri(eid)} rdfs:label {labels} ; a ent:{e.type.value} .\n")
    return n


def _ttl_value(v: str | Literal) -> str:
    if isinstance(v, Literal):
        if v.datatype == "quantity":
            bound = f" ; pq:bound {_ttl_str(v.bound)}" if v.bound else ""
            return f"[ pq:amount {v.value}{bound} ]" if bound else str(v.value)
        if v.datatype == "date":
            return _ttl_str(str(v.value)) + "^^xsd:string"
        return _ttl_str(str(v.value))
    return _iri(v)


# --------------------------------------------------------------------------- import


def _entity_from_json(d: dict[str, Any]) -> Entity:
    try:
        etype = EntityType(d.get("type", "org"))
    except ValueError:
        etype = EntityType.ORG
    labels = d.get("labels") or {"en": d.get("label", d["id"])}
    aliases = list(d.get("aliases") or [])
    return Entity(d["id"], etype, dict(labels), {"en": aliases} if aliases else {}, d.get("qid"), "import")


def _value_from(d: Any, entities: dict[str, Entity]) -> str | Literal:
    if isinstance(d, dict) and "datatype" in d:
        return Literal.from_json(d)
    if isinstance(d, dict) and "id" in d:
        entities.setdefault(d["id"], _entity_from_json(d))
        return d["id"]
    return str(d)


def _qual_from(k: str, d: Any, entities: dict[str, Entity]) -> str | Literal:
    if isinstance(d, str) and k in ("start", "end", "point_in_time", "as_of"):
        return Literal(d, "date")
    if isinstance(d, (int, float)):
        return Literal(d, "quantity")
    if isinstance(d, dict):
        return _value_from(d, entities)
    return str(d)


def read_jsonl(lines: Iterable[str], name: str = "<jsonl>") -> tuple[list[Claim], list[Entity]]:
    entities: dict[str, Entity] = {}
    claims: list[Claim] = []
    for no, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            subject = _value_from(d["subject"], entities)
            pred = predicate(d["predicate"])
            obj = _value_from(d["object"], entities)
            quals = {k: _qual_from(k, v, entities) for k, v in (d.get("qualifiers") or {}).items()}
            sources = [Source(s["document"], int(s["start"]), int(s["end"]), s.get("quote", ""),
                              s.get("extractor", "import"), s.get("version", ""), float(s.get("confidence", 1.0)))
                       for s in d.get("sources") or []]
        except (KeyError, TypeError, ValueError) as e:
            raise InputError(name, f"line {no}: not a claim ({e.__class__.__name__}: {e})") from None
        if not isinstance(subject, str):
            raise InputError(name, f"line {no}: the subject must be an entity")
        claims.append(Claim(subject, Predicate(pred), obj, quals, sources, float(d.get("confidence", 1.0)),
                            d.get("rank", "normal")))
    return claims, list(entities.values())


def import_jsonl(store: Store, fh: TextIO, name: str = "<jsonl>") -> int:
    claims, entities = read_jsonl(fh, name)
    return store.put_claims(claims, entities)


def export(store: Store, fmt: str, out: TextIO | None = None) -> str | int:
    """Write ``fmt`` to ``out``; with no ``out`` return the text."""
    fn = {"jsonl": export_jsonl, "csv": export_csv, "ttl": export_turtle}.get(fmt)
    if fn is None:
        raise InputError(fmt, f"unknown export format; choose one of {', '.join(FORMATS)}")
    if out is None:
        buf = io.StringIO()
        fn(store, buf)
        return buf.getvalue()
    return fn(store, out)

"""The SQL store: SQLAlchemy Core over SQLite (default: one file, WAL) or PostgreSQL.

Data flow: :meth:`SQLStore.put_document` receives an analysed document and, in ONE transaction,
deletes what the same document id stored before (sources, mentions, passages, claims left with no
source and no review), then inserts the document, its new entities, mentions, claims, sources and
search passages. A crash (even kill -9) mid-run leaves the previous state of that document or the
new one, never a mix; a re-run sees the unchanged documents by their hash and completes the rest.

Reviews live in their own table keyed by claim id, so a rejected claim stays rejected when its
document is re-ingested and the claim re-extracted.

Passage search: on SQLite an FTS5 table ranked with its built-in BM25; on other databases a plain
table scored in Python (fine for a team server's size, to be replaced by a tsvector index).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    and_,
    bindparam,
    create_engine,
    delete,
    event,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from ..errors import StoreError
from ..model import AnalysedDocument, Claim, Entity, Literal, Source, value_from_json, value_json
from ..vocab import EntityType, Predicate
from .base import DocumentInfo, Passage, PutResult, Review, Store, StoredMention

__all__ = ["SQLStore", "open_store", "SCHEMA_VERSION"]

SCHEMA_VERSION = "1"

md = MetaData()
meta_t = Table("meta", md, Column("key", String(64), primary_key=True), Column("value", Text, nullable=False))
entities_t = Table(
    "entities", md,
    Column("id", String(200), primary_key=True),
    Column("type", String(32), nullable=False, index=True),
    Column("label_en", Text, nullable=False),
    Column("label_lv", Text, nullable=False),
    Column("qid", String(32)),
    Column("aliases", Text, nullable=False),  # JSON {lang: [..]}
    Column("extra", Text, nullable=False),  # JSON
    Column("source", Text, nullable=False),
    Column("origin", String(8), nullable=False),  # ref | doc | import
)
documents_t = Table(
    "documents", md,
    Column("id", String(300), primary_key=True),
    Column("path", Text, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("pipeline", String(64), nullable=False),
    Column("format", String(8), nullable=False),
    Column("lang", String(8), nullable=False),
    Column("title", Text, nullable=False),
    Column("date", String(32)),
    Column("text", Text, nullable=False),
    Column("paragraphs", Text, nullable=False),  # JSON [[start, end, lang], ...]
)
mentions_t = Table(
    "mentions", md,
    Column("doc_id", String(300), nullable=False, index=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("entity_id", String(200), nullable=False, index=True),
    Column("surface", Text, nullable=False),
)
claims_t = Table(
    "claims", md,
    Column("id", String(40), primary_key=True),
    Column("subject", String(200), nullable=False, index=True),
    Column("predicate", String(40), nullable=False, index=True),
    Column("object_entity", String(200), index=True),
    Column("object_literal", Text),  # JSON literal
    Column("qualifiers", Text, nullable=False),  # JSON
    Column("rank", String(12), nullable=False),
    Column("confidence", Float, nullable=False),
)
sources_t = Table(
    "sources", md,
    Column("claim_id", String(40), nullable=False, index=True),
    Column("doc_id", String(300), nullable=False, index=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("quote", Text, nullable=False),
    Column("extractor", String(80), nullable=False),
    Column("version", String(40), nullable=False),
    Column("confidence", Float, nullable=False),
    Column("qualifiers", Text, nullable=False),  # JSON: the qualifiers this source gives (e.g. as_of)
)
reviews_t = Table(
    "reviews", md,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("claim_id", String(40), nullable=False, index=True),
    Column("action", String(16), nullable=False),
    Column("user", String(120), nullable=False),
    Column("at", String(40), nullable=False),
    Column("note", Text, nullable=False),
    Column("payload", Text),
)
passages_plain_t = Table(
    "passages_plain", md,
    Column("doc_id", String(300), nullable=False, index=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("lang", String(8), nullable=False),
    Column("lemmas", Text, nullable=False),
    Column("entities", Text, nullable=False),
)
Index("ix_sources_doc_claim", sources_t.c.doc_id, sources_t.c.claim_id)
Index("ix_sources_claim_order", sources_t.c.claim_id, sources_t.c.doc_id, sources_t.c.start, sources_t.c.end)

_STATUS_ACTIONS = {"confirm": "confirmed", "reject": "rejected", "correct": "corrected", "reset": "extracted"}


# PostgreSQL's text-search document of a passage: entity tokens (underscores dropped, as its parser
# splits at them) weighted A, lemmas weighted B; the GIN index and the queries use this same expression.
_PG_TSV = ("(setweight(to_tsvector('simple', replace(entities, '_', '')), 'A') || "
           "setweight(to_tsvector('simple', lemmas), 'B'))")


def _bulk(c: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert many rows with one prepared statement through the driver (SQLAlchemy's per-row
    processing of an ``insert()`` costs more than the database's work for these plain columns)."""
    if not rows:
        return
    cols = list(rows[0])
    mark = "?" if c.dialect.paramstyle == "qmark" else "%s"
    names = ", ".join(f'"{col}"' for col in cols)
    sql = f'INSERT INTO {table.name} ({names}) VALUES ({", ".join([mark] * len(cols))})'
    c.exec_driver_sql(sql, [tuple(r[col] for col in cols) for r in rows])


def entity_token(entity_id: str) -> str:
    """The search token standing for an entity (FTS5 keeps ``_`` inside tokens)."""
    return "ent_" + re.sub(r"\W", "_", entity_id.lower())


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # SQLAlchemy emits BEGIN itself (_sqlite_begin): the driver's implicit transactions break savepoints
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


def _sqlite_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN")


def _url(url_or_path: str | Path) -> str:
    s = str(url_or_path)
    if "://" in s:
        return s
    return f"sqlite:///{Path(s).expanduser()}"


def open_store(url_or_path: str | Path) -> SQLStore:
    """Open (creating if needed) the store at a file path or a SQLAlchemy URL."""
    return SQLStore(_url(url_or_path))


class SQLStore(Store):
    def __init__(self, url: str) -> None:
        self.url = url
        self.sqlite = url.startswith("sqlite")
        self._batch: Connection | None = None  # the open batch's connection, see batch()
        try:
            if self.sqlite:
                path = url.split("///", 1)[1] if "///" in url else ""
                if path and path != ":memory:":
                    parent = Path(path).parent
                    if not parent.exists():
                        raise StoreError(f"{path}: folder {parent} does not exist")
                self.engine: Engine = create_engine(url)
                event.listen(self.engine, "connect", _sqlite_pragmas)
                event.listen(self.engine, "begin", _sqlite_begin)
            else:
                self.engine = create_engine(url, pool_pre_ping=True)
            self._create()
        except SQLAlchemyError as e:
            raise StoreError(f"{url}: cannot open the store ({e.__class__.__name__}: {str(e).splitlines()[0]})") from e

    # ----------------------------------------------------------------------------- schema
    def _create(self) -> None:
        with self.engine.begin() as c:
            md.create_all(c)
            if self.sqlite:
                c.exec_driver_sql(
                    "CREATE VIRTUAL TABLE IF NOT EXISTS passages USING fts5("
                    "doc_id UNINDEXED, start UNINDEXED, \"end\" UNINDEXED, lang UNINDEXED, lemmas, entities, "
                    "tokenize=\"unicode61 remove_diacritics 2 tokenchars '_'\")"
                )
                c.exec_driver_sql("CREATE VIRTUAL TABLE IF NOT EXISTS passages_vocab USING fts5vocab(passages, 'row')")
            elif c.dialect.name == "postgresql":
                c.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS ix_passages_plain_fts ON passages_plain USING gin ({_PG_TSV})")
            row = c.execute(select(meta_t.c.value).where(meta_t.c.key == "schema")).first()
            if row is None:
                c.execute(insert(meta_t).values(key="schema", value=SCHEMA_VERSION))
            elif row[0] != SCHEMA_VERSION:
                raise StoreError(f"{self.url}: schema version {row[0]}, this allygraph reads {SCHEMA_VERSION}")

    def close(self) -> None:
        self.engine.dispose()

    # ----------------------------------------------------------------------------- entities
    @staticmethod
    def _entity_row(e: Entity, origin: str) -> dict[str, Any]:
        return {
            "id": e.id, "type": e.type.value if isinstance(e.type, EntityType) else str(e.type),
            "label_en": e.labels.get("en") or e.label(), "label_lv": e.labels.get("lv") or e.label(),
            "qid": e.qid, "aliases": json.dumps(e.aliases, ensure_ascii=False, sort_keys=True),
            "extra": json.dumps(e.extra, ensure_ascii=False, sort_keys=True), "source": e.source, "origin": origin,
        }

    @staticmethod
    def _entity(row: Any) -> Entity:
        return Entity(
            id=row.id, type=EntityType(row.type), labels={"en": row.label_en, "lv": row.label_lv},
            aliases=json.loads(row.aliases), qid=row.qid, source=row.source, extra=json.loads(row.extra),
        )

    def sync_reference(self, entities: Iterable[Entity], version: str) -> None:
        with self.engine.begin() as c:
            row = c.execute(select(meta_t.c.value).where(meta_t.c.key == "refdata")).first()
            if row is not None and row[0] == version:
                return
            rows = [self._entity_row(e, "ref") for e in entities]
            c.execute(delete(entities_t).where(entities_t.c.origin == "ref"))
            if rows:
                ids = [r["id"] for r in rows]
                for chunk in _chunks(ids, 500):  # a doc-made entity now in the reference data: reference wins
                    c.execute(delete(entities_t).where(entities_t.c.id.in_(chunk)))
                c.execute(insert(entities_t), rows)
            if row is None:
                c.execute(insert(meta_t).values(key="refdata", value=version))
            else:
                c.execute(update(meta_t).where(meta_t.c.key == "refdata").values(value=version))

    def _upsert_entities(self, c: Connection, entities: Iterable[Entity], origin: str) -> None:
        rows = {e.id: self._entity_row(e, origin) for e in entities}
        if not rows:
            return
        have = set()
        for chunk in _chunks(sorted(rows), 500):
            have |= {r[0] for r in c.execute(select(entities_t.c.id).where(entities_t.c.id.in_(chunk)))}
        new = [rows[i] for i in sorted(rows) if i not in have]
        if new:
            c.execute(insert(entities_t), new)

    def entity(self, entity_id: str) -> Entity | None:
        with self.engine.connect() as c:
            row = c.execute(select(entities_t).where(entities_t.c.id == entity_id)).first()
        return self._entity(row) if row else None

    def entities_from_documents(self) -> list[Entity]:
        with self.engine.connect() as c:
            return [self._entity(r) for r in c.execute(
                select(entities_t).where(entities_t.c.origin != "ref").order_by(entities_t.c.id))]

    def entities_from_documents_count(self) -> int:
        with self.engine.connect() as c:
            return int(c.execute(select(func.count()).select_from(entities_t)
                                 .where(entities_t.c.origin != "ref")).scalar() or 0)

    def entities(self, type: str | None = None, *, with_claims: bool = False) -> list[Entity]:
        q = select(entities_t).order_by(entities_t.c.id)
        if type:
            q = q.where(entities_t.c.type == type)
        if with_claims:
            used = select(claims_t.c.subject).union(
                select(claims_t.c.object_entity).where(claims_t.c.object_entity.is_not(None)))
            q = q.where(entities_t.c.id.in_(used))
        with self.engine.connect() as c:
            return [self._entity(r) for r in c.execute(q)]

    # ----------------------------------------------------------------------------- documents
    def is_unchanged(self, doc_id: str, sha256: str, pipeline_version: str) -> bool:
        with self.engine.connect() as c:
            row = c.execute(select(documents_t.c.sha256, documents_t.c.pipeline)
                            .where(documents_t.c.id == doc_id)).first()
        return row is not None and row[0] == sha256 and row[1] == pipeline_version

    def _delete_doc(self, c: Connection, doc_id: str) -> None:
        claim_ids = [r[0] for r in c.execute(select(sources_t.c.claim_id).where(sources_t.c.doc_id == doc_id).distinct())]
        c.execute(delete(sources_t).where(sources_t.c.doc_id == doc_id))
        c.execute(delete(mentions_t).where(mentions_t.c.doc_id == doc_id))
        if self.sqlite:
            c.exec_driver_sql("DELETE FROM passages WHERE doc_id = ?", (doc_id,))
        else:
            c.execute(delete(passages_plain_t).where(passages_plain_t.c.doc_id == doc_id))
        c.execute(delete(documents_t).where(documents_t.c.id == doc_id))
        for chunk in _chunks(claim_ids, 500):
            orphan = select(claims_t.c.id).where(
                claims_t.c.id.in_(chunk),
                ~claims_t.c.id.in_(select(sources_t.c.claim_id).where(sources_t.c.claim_id.in_(chunk))),
                ~claims_t.c.id.in_(select(reviews_t.c.claim_id).where(reviews_t.c.claim_id.in_(chunk))),
            )
            c.execute(delete(claims_t).where(claims_t.c.id.in_(orphan)))

    def delete_document(self, doc_id: str) -> None:
        with self.engine.begin() as c:
            self._delete_doc(c, doc_id)

    @contextmanager
    def batch(self) -> Iterator[None]:
        if self._batch is not None:  # nested: the outer batch commits
            yield
            return
        try:
            with self.engine.begin() as c:
                self._batch = c
                try:
                    yield
                finally:
                    self._batch = None
        except SQLAlchemyError as e:
            raise StoreError(f"{self.url}: could not commit ({e.__class__.__name__}: {str(e).splitlines()[0]})") from e

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """One document's transaction: a savepoint inside the open batch, else a commit of its own."""
        if self._batch is None:
            with self.engine.begin() as c:
                yield c
        else:
            with self._batch.begin_nested():
                yield self._batch

    def put_document(self, adoc: AnalysedDocument, pipeline_version: str) -> PutResult:
        doc = adoc.doc
        try:
            with self._writing() as c:
                existed = c.execute(select(documents_t.c.id).where(documents_t.c.id == doc.id)).first() is not None
                if existed:
                    self._delete_doc(c, doc.id)
                self._upsert_entities(c, adoc.new_entities, "doc")
                c.execute(insert(documents_t).values(
                    id=doc.id, path=doc.path, sha256=doc.sha256, pipeline=pipeline_version, format=doc.format,
                    lang=adoc.lang, title=doc.title, date=doc.date, text=doc.text,
                    paragraphs=json.dumps([list(p) for p in adoc.paragraphs]),
                ))
                _bulk(c, mentions_t, [
                    {"doc_id": doc.id, "start": m.start, "end": m.end, "entity_id": m.entity_id, "surface": m.surface}
                    for m in adoc.mentions])
                self._insert_claims(c, adoc.claims)
                self._carry_corrections(c, doc.id)
                self._insert_passages(c, adoc)
        except SQLAlchemyError as e:
            raise StoreError(f"{doc.path}: could not store ({e.__class__.__name__}: {str(e).splitlines()[0]})") from e
        return PutResult(doc.id, "changed" if existed else "new", len(adoc.claims), len(adoc.mentions))

    def _insert_claims(self, c: Connection, claims: Iterable[Claim]) -> int:
        by_id: dict[str, Claim] = {}
        for cl in claims:
            cid = cl.key()
            if cid in by_id:
                by_id[cid].sources.extend(cl.sources)
                by_id[cid].confidence = max(by_id[cid].confidence, cl.confidence)
            else:
                by_id[cid] = Claim(cl.subject, cl.predicate, cl.object, dict(cl.qualifiers), list(cl.sources),
                                   cl.confidence, cl.rank)
        if not by_id:
            return 0
        have: dict[str, float] = {}
        for chunk in _chunks(sorted(by_id), 500):
            have.update({r[0]: r[1] for r in c.execute(
                select(claims_t.c.id, claims_t.c.confidence).where(claims_t.c.id.in_(chunk)))})
        new_rows, src_rows = [], []
        for cid in sorted(by_id):
            cl = by_id[cid]
            quals = {k: value_json(v) for k, v in sorted(cl.qualifiers.items()) if k != "as_of"}
            if cid not in have:
                new_rows.append({
                    "id": cid, "subject": cl.subject, "predicate": str(Predicate(cl.predicate).value),
                    "object_entity": None if isinstance(cl.object, Literal) else cl.object,
                    "object_literal": json.dumps(cl.object.to_json(), ensure_ascii=False) if isinstance(cl.object, Literal) else None,
                    "qualifiers": json.dumps(quals, ensure_ascii=False, sort_keys=True), "rank": cl.rank,
                    "confidence": cl.confidence,
                })
            elif cl.confidence > have[cid]:
                c.execute(update(claims_t).where(claims_t.c.id == cid).values(confidence=cl.confidence))
            seen = set()
            for s in cl.sources:
                k = (s.document, s.start, s.end)
                if k in seen:
                    continue
                seen.add(k)
                src_q = {"as_of": value_json(cl.qualifiers["as_of"])} if "as_of" in cl.qualifiers else {}
                src_rows.append({"claim_id": cid, "doc_id": s.document, "start": s.start, "end": s.end, "quote": s.quote,
                                 "extractor": s.extractor, "version": s.version, "confidence": s.confidence,
                                 "qualifiers": json.dumps(src_q, ensure_ascii=False, sort_keys=True)})
        _bulk(c, claims_t, new_rows)
        _bulk(c, sources_t, src_rows)
        return len(by_id)

    def _insert_passages(self, c: Connection, adoc: AnalysedDocument) -> None:
        rows = []
        ments = adoc.mentions
        mi = 0
        for s in adoc.sentences:
            while mi < len(ments) and ments[mi].end <= s.start:
                mi += 1
            ents = []
            j = mi
            while j < len(ments) and ments[j].start < s.end:
                ents.append(entity_token(ments[j].entity_id))
                j += 1
            lemmas = " ".join(t.lemma for t in s.tokens if not t.is_punct)
            if not lemmas.strip() and not ents:
                continue
            rows.append((adoc.doc.id, s.start, s.end, s.lang, lemmas, " ".join(ents)))
        if not rows:
            return
        if self.sqlite:
            c.exec_driver_sql("INSERT INTO passages (doc_id, start, \"end\", lang, lemmas, entities) VALUES (?,?,?,?,?,?)", rows)
        else:
            c.execute(insert(passages_plain_t), [dict(zip(("doc_id", "start", "end", "lang", "lemmas", "entities"), r)) for r in rows])

    def put_claims(self, claims: Iterable[Claim], entities: Iterable[Entity] = ()) -> int:
        with self.engine.begin() as c:
            self._upsert_entities(c, entities, "import")
            return self._insert_claims(c, claims)

    def documents(self) -> list[DocumentInfo]:
        q = select(documents_t.c.id, documents_t.c.path, documents_t.c.sha256, documents_t.c.format, documents_t.c.lang,
                   documents_t.c.title, documents_t.c.date, func.length(documents_t.c.text)).order_by(documents_t.c.id)
        with self.engine.connect() as c:
            ncl: dict[str, int] = dict(c.execute(select(sources_t.c.doc_id, func.count(func.distinct(sources_t.c.claim_id)))
                                 .group_by(sources_t.c.doc_id)).all())
            nme: dict[str, int] = dict(c.execute(select(mentions_t.c.doc_id, func.count()).group_by(mentions_t.c.doc_id)).all())
            return [DocumentInfo(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7] or 0, ncl.get(r[0], 0), nme.get(r[0], 0))
                    for r in c.execute(q)]

    def document(self, doc_id: str) -> DocumentInfo | None:
        q = select(documents_t.c.id, documents_t.c.path, documents_t.c.sha256, documents_t.c.format, documents_t.c.lang,
                   documents_t.c.title, documents_t.c.date, func.length(documents_t.c.text)).where(documents_t.c.id == doc_id)
        with self.engine.connect() as c:
            r = c.execute(q).first()
            if r is None:
                return None
            ncl = c.execute(select(func.count(func.distinct(sources_t.c.claim_id)))
                            .where(sources_t.c.doc_id == doc_id)).scalar() or 0
            nme = c.execute(select(func.count()).select_from(mentions_t).where(mentions_t.c.doc_id == doc_id)).scalar() or 0
        return DocumentInfo(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7] or 0, int(ncl), int(nme))

    def document_text(self, doc_id: str) -> str | None:
        with self.engine.connect() as c:
            row = c.execute(select(documents_t.c.text).where(documents_t.c.id == doc_id)).first()
        return row[0] if row else None

    def mentions(self, *, document: str | None = None, entity: str | None = None,
                 limit: int | None = None) -> list[StoredMention]:
        q = select(mentions_t).order_by(mentions_t.c.doc_id, mentions_t.c.start)
        if document:
            q = q.where(mentions_t.c.doc_id == document)
        if entity:
            q = q.where(mentions_t.c.entity_id == entity)
        if limit:
            q = q.limit(limit)
        with self.engine.connect() as c:
            return [StoredMention(r.doc_id, r.start, r.end, r.entity_id, r.surface) for r in c.execute(q)]

    # ----------------------------------------------------------------------------- claims
    def _status_map(self, c: Connection, ids: list[str]) -> dict[str, tuple[str, str | None]]:
        """claim id -> (status, rank override) from the latest review of each claim."""
        out: dict[str, tuple[str, str | None]] = {}
        q = select(reviews_t.c.claim_id, reviews_t.c.action, reviews_t.c.payload).order_by(reviews_t.c.seq)
        if len(ids) <= 500:
            q = q.where(reviews_t.c.claim_id.in_(ids))
        for cid, action, payload in c.execute(q):
            status, rank = out.get(cid, ("extracted", None))
            if action in _STATUS_ACTIONS:
                status = _STATUS_ACTIONS[action]
            if action == "rank" and payload:
                rank = json.loads(payload).get("rank")
            out[cid] = (status, rank)
        return out

    def _claims_from_rows(self, c: Connection, rows: list[Any], include_rejected: bool,
                          with_sources: bool = True) -> list[Claim]:
        if not rows:
            return []
        ids = [r.id for r in rows]
        srcs: dict[str, list[tuple[Source, dict]]] = defaultdict(list)
        for chunk in _chunks(ids, 500) if with_sources else ():
            for s in c.execute(select(sources_t).where(sources_t.c.claim_id.in_(chunk))
                               .order_by(sources_t.c.doc_id, sources_t.c.start, sources_t.c.end)):
                srcs[s.claim_id].append((Source(s.doc_id, s.start, s.end, s.quote, s.extractor, s.version, s.confidence),
                                         json.loads(s.qualifiers)))
        status = self._status_map(c, ids)
        out = []
        for r in rows:
            st, rank = status.get(r.id, ("extracted", None))
            if st in ("rejected", "corrected") and not include_rejected:
                continue
            quals = {k: value_from_json(v) for k, v in json.loads(r.qualifiers).items()}
            pairs = srcs.get(r.id, [])
            as_of = sorted(str(q["as_of"]) for _, q in pairs if "as_of" in q)
            if as_of:
                quals["as_of"] = as_of[-1]
            obj = Literal.from_json(json.loads(r.object_literal)) if r.object_literal else r.object_entity
            cl = Claim(r.subject, Predicate(r.predicate), obj, quals, [p[0] for p in pairs], r.confidence,
                       rank or r.rank, st)
            out.append(cl)
        return out

    def claims(self, *, subject: str | None = None, predicate: str | None = None, object: str | None = None,
               document: str | None = None, entity: str | None = None, include_rejected: bool = False,
               limit: int | None = None, with_sources: bool = True) -> list[Claim]:
        q = select(claims_t).order_by(claims_t.c.subject, claims_t.c.predicate, claims_t.c.id)
        conds = []
        if subject:
            conds.append(claims_t.c.subject == subject)
        if predicate:
            conds.append(claims_t.c.predicate == str(Predicate(predicate).value))
        if object:
            conds.append(claims_t.c.object_entity == object)
        if entity:
            conds.append(or_(claims_t.c.subject == entity, claims_t.c.object_entity == entity))
        if document:
            conds.append(claims_t.c.id.in_(select(sources_t.c.claim_id).where(sources_t.c.doc_id == document)))
        if conds:
            q = q.where(and_(*conds))
        if limit:
            q = q.limit(limit)
        with self.engine.connect() as c:
            return self._claims_from_rows(c, list(c.execute(q)), include_rejected, with_sources)

    def claim_sources(self, claim_ids: list[str], limit: int | None = None) -> dict[str, list[Source]]:
        """Sources of many claims in one query, at most ``limit`` per claim, in document order."""
        out: dict[str, list[Source]] = {cid: [] for cid in claim_ids}
        q = (select(sources_t).where(sources_t.c.claim_id == bindparam("cid"))
             .order_by(sources_t.c.doc_id, sources_t.c.start, sources_t.c.end))
        if limit:
            q = q.limit(limit)  # one indexed range read per claim, however many documents repeat it
        with self.engine.connect() as c:
            for cid in dict.fromkeys(claim_ids):
                for s in c.execute(q, {"cid": cid}):
                    out[cid].append(Source(s.doc_id, s.start, s.end, s.quote, s.extractor, s.version, s.confidence))
        return out

    def entities_by_id(self, ids: Iterable[str]) -> dict[str, Entity]:
        out: dict[str, Entity] = {}
        with self.engine.connect() as c:
            for chunk in _chunks(sorted(set(ids)), 500):
                out.update({r.id: self._entity(r) for r in c.execute(select(entities_t).where(entities_t.c.id.in_(chunk)))})
        return out

    def claim(self, claim_id: str) -> Claim | None:
        with self.engine.connect() as c:
            rows = list(c.execute(select(claims_t).where(claims_t.c.id == claim_id)))
            got = self._claims_from_rows(c, rows, True)
        return got[0] if got else None

    def claim_status(self, claim_id: str) -> str:
        with self.engine.connect() as c:
            return self._status_map(c, [claim_id]).get(claim_id, ("extracted", None))[0]

    def iter_claims(self) -> Iterator[Claim]:
        with self.engine.connect() as c:
            rows = list(c.execute(select(claims_t).order_by(claims_t.c.id)))
            for chunk in _chunks(rows, 2000):
                yield from self._claims_from_rows(c, chunk, False)

    # ----------------------------------------------------------------------------- reviews
    def add_review(self, review: Review) -> None:
        """Record a review. A ``correct`` review whose payload names corrected fields (``subject``,
        ``object``, ``qualifiers``) also stores the corrected claim, confirmed by the same reviewer and
        citing the same sources; the original is kept with status "corrected"."""
        with self.engine.begin() as c:
            payload = dict(review.payload or {})
            replacement = None
            if review.action == "correct" and any(k in payload for k in ("subject", "object", "qualifiers")):
                replacement = self._store_correction(c, review.claim_id, payload)
                if replacement:
                    payload["replacement"] = replacement
            c.execute(insert(reviews_t).values(
                claim_id=review.claim_id, action=review.action, user=review.user, at=review.at, note=review.note,
                payload=json.dumps(payload, ensure_ascii=False, sort_keys=True) if payload else None))
            if replacement:
                c.execute(insert(reviews_t).values(
                    claim_id=replacement, action="confirm", user=review.user, at=review.at,
                    note=f"correction of {review.claim_id}", payload=None))
            if review.action == "rank" and payload.get("rank"):
                c.execute(update(claims_t).where(claims_t.c.id == review.claim_id).values(rank=payload["rank"]))

    def _store_correction(self, c: Connection, claim_id: str, payload: dict[str, Any]) -> str | None:
        rows = list(c.execute(select(claims_t).where(claims_t.c.id == claim_id)))
        if not rows:
            return None
        [old] = self._claims_from_rows(c, rows, True)
        obj = payload.get("object", old.object)
        obj = value_from_json(obj) if isinstance(obj, dict) else obj
        quals = dict(old.qualifiers)
        for k, v in (payload.get("qualifiers") or {}).items():
            if v in (None, ""):
                quals.pop(k, None)
            else:
                quals[k] = value_from_json(v) if isinstance(v, dict) else (
                    Literal(str(v), "date") if k in ("start", "end", "point_in_time") else str(v))
        new = Claim(str(payload.get("subject", old.subject)), old.predicate, obj, quals, old.sources, old.confidence,
                    old.rank)
        if new.key() == claim_id:
            return None
        self._insert_claims(c, [new])
        return new.key()

    def _carry_corrections(self, c: Connection, doc_id: str) -> None:
        """Give the corrected version of each corrected claim this document's fresh sources."""
        if c.execute(select(reviews_t.c.seq).where(reviews_t.c.action == "correct").limit(1)).first() is None:
            return  # no claim was ever corrected (the common case): nothing to carry
        ids = [r[0] for r in c.execute(select(sources_t.c.claim_id).where(sources_t.c.doc_id == doc_id).distinct())]
        for chunk in _chunks(ids, 500):
            for cid, payload in c.execute(select(reviews_t.c.claim_id, reviews_t.c.payload)
                                          .where(reviews_t.c.claim_id.in_(chunk), reviews_t.c.action == "correct")
                                          .order_by(reviews_t.c.seq)):
                target = json.loads(payload).get("replacement") if payload else None
                if not target:
                    continue
                have = {(r.start, r.end) for r in c.execute(select(sources_t.c.start, sources_t.c.end).where(
                    sources_t.c.claim_id == target, sources_t.c.doc_id == doc_id))}
                for s in c.execute(select(sources_t).where(sources_t.c.claim_id == cid, sources_t.c.doc_id == doc_id)):
                    if (s.start, s.end) not in have:
                        c.execute(insert(sources_t).values(
                            claim_id=target, doc_id=doc_id, start=s.start, end=s.end, quote=s.quote,
                            extractor=s.extractor, version=s.version, confidence=s.confidence, qualifiers=s.qualifiers))

    def reviews(self, claim_id: str | None = None) -> list[Review]:
        q = select(reviews_t).order_by(reviews_t.c.seq)
        if claim_id:
            q = q.where(reviews_t.c.claim_id == claim_id)
        with self.engine.connect() as c:
            return [Review(r.claim_id, r.action, r.user, r.at, r.note, json.loads(r.payload) if r.payload else None)
                    for r in c.execute(q)]

    # ----------------------------------------------------------------------------- search
    def search_passages(self, terms: list[str], entity_ids: Iterable[str] = (), *, lang: str | None = None,
                        limit: int = 10) -> list[Passage]:
        words = [re.sub(r"[^\w]", "", t) for t in terms]
        words = [w for w in words if w]
        ents = [entity_token(e) for e in entity_ids]
        if not words and not ents:
            return []
        out: list[Passage] = []
        with self.engine.connect() as c:
            if self.sqlite:
                self._all_required = False
                words, ents = self._selective(c, words, ents)
                if not words and not ents:
                    return []  # no query term occurs in any passage
                parts = [f'lemmas:"{w}"' for w in words] + [f'entities:"{e}"' for e in ents]
                match = (" AND " if self._all_required else " OR ").join(parts)
                sql = ("SELECT doc_id, start, \"end\", lang, entities, bm25(passages, 0, 0, 0, 0, 1.0, 2.0) AS score "
                       "FROM passages WHERE passages MATCH ?")
                args: list[Any] = [match]
                if getattr(self, "_estimate", 0) > self.MAX_RANKED:
                    # Rank among the most recent MAX_RANKED matches only: FTS5 walks its lists in rowid
                    # order cheaply, but scoring hundreds of thousands of rows is not cheap.
                    floor = c.exec_driver_sql(
                        "SELECT min(rowid) FROM (SELECT rowid FROM passages WHERE passages MATCH ? "
                        "ORDER BY rowid DESC LIMIT ?)", (match, self.MAX_RANKED)).scalar()
                    if floor is not None:
                        sql += " AND rowid >= ?"
                        args.append(floor)
                if lang:
                    sql += " AND lang = ?"
                    args.append(lang)
                sql += " ORDER BY score, doc_id, start LIMIT ?"
                args.append(limit)
                rows = c.exec_driver_sql(sql, tuple(args)).all()
                hits = [(r[0], r[1], r[2], r[3], r[4], -float(r[5])) for r in rows]
            else:
                hits = self._plain_search(c, words, ents, lang, limit)
            texts: dict[str, str] = {}
            for doc_id, start, end, plang, ent_s, score in hits:
                if doc_id not in texts:
                    texts[doc_id] = self.document_text(doc_id) or ""
                out.append(Passage(doc_id, start, end, plang, texts[doc_id][start:end], score,
                                   [e for e in ent_s.split() if e]))
        return out

    COMMON_SHARE = 0.05  # a term in more than this share of passages does not select, it only ranks
    MAX_RANKED = 20_000  # on a huge store, rank at most this many (the most recent) matching passages

    def _selective(self, c: Connection, words: list[str], ents: list[str]) -> tuple[list[str], list[str]]:
        """Drop query terms that occur in a large share of passages (on a big store an OR over them
        would score most of the index); keep at least the two rarest terms."""
        total = c.exec_driver_sql("SELECT max(rowid) FROM passages").scalar() or 0
        terms = [_fts_fold(t) for t in words + ents]
        if total < 2000 or not terms:
            return words, ents
        marks = ",".join("?" * len(terms))
        freq: dict[str, int] = dict(c.exec_driver_sql(f"SELECT term, doc FROM passages_vocab WHERE term IN ({marks})", tuple(terms)).all())
        limit = self.COMMON_SHARE * total
        keep = {t for t in terms if 0 < freq.get(t, 0) <= limit}
        self._all_required = not keep  # only common terms: every one of them must occur (AND), not any
        if not keep:
            keep = {t for t in terms if freq.get(t, 0)}
        counts = [freq.get(t, 0) for t in keep]
        self._estimate = (min(counts) if self._all_required else sum(counts)) if counts else 0
        return ([w for w in words if _fts_fold(w) in keep], [e for e in ents if _fts_fold(e) in keep])

    def _plain_search(self, c: Connection, words: list[str], ents: list[str], lang: str | None,
                      limit: int) -> list[tuple]:
        if c.dialect.name == "postgresql":
            return self._pg_search(c, words, ents, lang, limit)
        q = select(passages_plain_t)
        if lang:
            q = q.where(passages_plain_t.c.lang == lang)
        scored = []
        want_w, want_e = set(words), set(ents)
        for r in c.execute(q):
            lw, le = r.lemmas.split(), r.entities.split()
            s = sum(1.0 for w in lw if w in want_w) / (1 + len(lw) / 20) + 2.0 * sum(1 for e in le if e in want_e)
            if s > 0:
                scored.append((r.doc_id, r.start, r.end, r.lang, r.entities, s))
        scored.sort(key=lambda x: (-x[5], x[0], x[1]))
        return scored[:limit]

    def _pg_search(self, c: Connection, words: list[str], ents: list[str], lang: str | None,
                   limit: int) -> list[tuple]:
        """PostgreSQL full-text search over the GIN-indexed passages: any query term matches, entity
        tokens weigh more than lemmas (as in the SQLite store's BM25 weights)."""
        terms = [w.lower() for w in words] + [e.replace("_", "").lower() for e in ents]
        query = " | ".join(f"'{t}'" for t in dict.fromkeys(terms) if re.fullmatch(r"\w+", t))
        if not query:
            return []
        sql = (f"SELECT doc_id, start, \"end\", lang, entities, ts_rank('{{0, 0, 0.5, 1.0}}', {_PG_TSV}, q) AS score "
               f"FROM passages_plain, to_tsquery('simple', %(q)s) AS q WHERE {_PG_TSV} @@ q")
        args: dict[str, Any] = {"q": query, "limit": limit}
        if lang:
            sql += " AND lang = %(lang)s"
            args["lang"] = lang
        sql += " ORDER BY score DESC, doc_id, start LIMIT %(limit)s"
        return [tuple(r) for r in c.exec_driver_sql(sql, args).all()]

    # ----------------------------------------------------------------------------- stats
    def stats(self) -> dict[str, int]:
        with self.engine.connect() as c:
            def n(t: Table) -> int:
                return int(c.execute(select(func.count()).select_from(t)).scalar() or 0)
            return {
                "documents": n(documents_t), "entities": n(entities_t),
                "entities_from_documents": int(c.execute(select(func.count()).select_from(entities_t)
                                                         .where(entities_t.c.origin != "ref")).scalar() or 0),
                "mentions": n(mentions_t), "claims": n(claims_t), "sources": n(sources_t), "reviews": n(reviews_t),
            }


def _fts_fold(term: str) -> str:
    """A term as FTS5's unicode61 tokenizer (remove_diacritics 2) stores it."""
    import unicodedata

    s = unicodedata.normalize("NFKD", term.lower())
    return "".join(ch for ch in s if not unicodedata.combining(ch))


def _chunks(seq: list[Any], n: int) -> Iterator[list[Any]]:
    for i in range(0, len(seq), n):
        yield seq[i:i + n]

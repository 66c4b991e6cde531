"""The SQL store: SQLAlchemy Core over SQLite (default: one file, WAL) or PostgreSQL.

Data flow: :meth:`SQLStore.put_document` receives an analysed document and, in ONE transaction (its
own, or a savepoint inside a :meth:`SQLStore.batch` that commits many documents at once),
deletes what the same document id stored before (sources, mentions, passages, claims left with no
source and no review), then inserts the document, its new entities, mentions, claims, sources and
search passages. A crash (even kill -9) mid-run leaves the previous state of that document or the
new one, never a mix; a re-run sees the unchanged documents by their hash and completes the rest.

Reviews live in their own table keyed by claim id, so a rejected claim stays rejected when its
document is re-ingested and the claim re-extracted.

The tables are in :mod:`.schema`; passage search (FTS5 on SQLite, a GIN full-text index on
PostgreSQL) is the :class:`~allygraph.store.sql_search.PassageSearch` mixin.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Table,
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
from .base import DocumentInfo, PutResult, Review, Store, StoredMention
from .schema import (
    SCHEMA_VERSION,
    claims_t,
    documents_t,
    entities_t,
    md,
    mentions_t,
    meta_t,
    passages_plain_t,
    reviews_t,
    sources_t,
)
from .sql_search import PG_TSV, PassageSearch, entity_token

__all__ = ["SQLStore", "open_store", "SCHEMA_VERSION"]

_STATUS_ACTIONS = {"confirm": "confirmed", "reject": "rejected", "correct": "corrected", "reset": "extracted"}


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


class SQLStore(PassageSearch, Store):
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
                c.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS ix_passages_plain_fts ON passages_plain USING gin ({PG_TSV})")
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


def _chunks(seq: list[Any], n: int) -> Iterator[list[Any]]:
    for i in range(0, len(seq), n):
        yield seq[i:i + n]

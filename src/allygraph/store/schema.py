"""The SQL store's tables (SQLAlchemy Core metadata), shared by the store and its passage search."""

from __future__ import annotations

from sqlalchemy import Column, Float, Index, Integer, MetaData, String, Table, Text

__all__ = ["SCHEMA_VERSION", "md", "meta_t", "entities_t", "documents_t", "mentions_t", "claims_t", "sources_t",
           "reviews_t", "passages_plain_t"]

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

"""The storage interface every backend implements.

The pipeline writes one analysed document at a time through :meth:`Store.put_document`, which is
atomic: either all of a document's mentions, claims, sources and passages are stored, or none.
Readers (query, ask, web, report) use the read methods only. :class:`~allygraph.store.sql.SQLStore`
implements it over SQLAlchemy Core for SQLite (default, one file, WAL) and PostgreSQL.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from ..model import AnalysedDocument, Claim, Entity, Source

__all__ = ["Store", "DocumentInfo", "StoredMention", "Passage", "Review", "PutResult"]


@dataclass(slots=True)
class DocumentInfo:
    id: str
    path: str
    sha256: str
    format: str
    lang: str
    title: str
    date: str | None
    n_chars: int
    n_claims: int = 0
    n_mentions: int = 0


@dataclass(slots=True)
class StoredMention:
    document: str
    start: int
    end: int
    entity_id: str
    surface: str


@dataclass(slots=True)
class Passage:
    """A sentence-sized span of a document, indexed for search."""

    document: str
    start: int
    end: int
    lang: str
    text: str
    score: float = 0.0
    entity_ids: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Review:
    claim_id: str
    action: str  # confirm | reject | correct | rank
    user: str
    at: str  # ISO timestamp
    note: str = ""
    payload: dict | None = None


@dataclass(slots=True)
class PutResult:
    document: str
    status: str  # "new" | "changed" | "unchanged"
    claims: int = 0
    mentions: int = 0


class Store(ABC):
    """What every backend offers. Methods raise :class:`~allygraph.errors.StoreError` on failure."""

    url: str

    # -- writing -----------------------------------------------------------------------------
    @abstractmethod
    def sync_reference(self, entities: Iterable[Entity], version: str) -> None:
        """Make the stored reference entities equal to ``entities`` (no-op if ``version`` is stored)."""

    @abstractmethod
    def is_unchanged(self, doc_id: str, sha256: str, pipeline_version: str) -> bool:
        """True when this exact document was already ingested by this pipeline version."""

    @abstractmethod
    def put_document(self, adoc: AnalysedDocument, pipeline_version: str) -> PutResult:
        """Store a document with its mentions, claims, sources and passages in one transaction,
        replacing what the same document id stored before."""

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group the ``put_document`` calls inside into one commit: each document still goes in whole or
        not at all (a failed one is rolled back alone), but none is visible to other readers, or kept
        after a crash, until the batch ends. Backends without the notion commit each document."""
        yield

    @abstractmethod
    def delete_document(self, doc_id: str) -> None: ...

    @abstractmethod
    def put_claims(self, claims: Iterable[Claim], entities: Iterable[Entity] = ()) -> int:
        """Add claims (with their sources) and entities as they are, e.g. from a JSONL import."""

    @abstractmethod
    def add_review(self, review: Review) -> None:
        """Record a review; ``reject``/``confirm``/``correct``/``rank`` change the claim's status or rank,
        and survive re-ingestion of the document."""

    # -- reading -----------------------------------------------------------------------------
    @abstractmethod
    def entity(self, entity_id: str) -> Entity | None: ...

    def entities_from_documents(self) -> list[Entity]:
        """The entities documents introduced (not in the reference data), by id."""
        return [e for e in self.entities() if not e.source.startswith(("http", "CLDR"))]

    def entities_from_documents_count(self) -> int:
        """How many entities documents introduced: cheap, so callers can tell when a cache is stale."""
        return len(self.entities_from_documents())

    @abstractmethod
    def entities(self, type: str | None = None, *, with_claims: bool = False) -> list[Entity]: ...

    @abstractmethod
    def claims(self, *, subject: str | None = None, predicate: str | None = None, object: str | None = None,
               document: str | None = None, entity: str | None = None, include_rejected: bool = False,
               limit: int | None = None, with_sources: bool = True) -> list[Claim]:
        """Claims with their sources (none with ``with_sources=False``); ``entity`` matches subject
        or object; each claim carries its review ``status``."""

    @abstractmethod
    def entities_by_id(self, ids: Iterable[str]) -> dict[str, Entity]:
        """Many entities in one look-up (missing ids are left out)."""

    @abstractmethod
    def claim_sources(self, claim_ids: list[str], limit: int | None = None) -> dict[str, list[Source]]:
        """Sources of many claims (claim id -> sources in document order, at most ``limit`` each)."""

    @abstractmethod
    def claim(self, claim_id: str) -> Claim | None: ...

    @abstractmethod
    def claim_status(self, claim_id: str) -> str: ...

    @abstractmethod
    def reviews(self, claim_id: str | None = None) -> list[Review]: ...

    @abstractmethod
    def documents(self) -> list[DocumentInfo]: ...

    @abstractmethod
    def document(self, doc_id: str) -> DocumentInfo | None: ...

    @abstractmethod
    def document_text(self, doc_id: str) -> str | None: ...

    @abstractmethod
    def mentions(self, *, document: str | None = None, entity: str | None = None,
                 limit: int | None = None) -> list[StoredMention]: ...

    @abstractmethod
    def search_passages(self, terms: list[str], entity_ids: Iterable[str] = (), *, lang: str | None = None,
                        limit: int = 10) -> list[Passage]:
        """Rank passages by BM25 over lemmas (``terms``), linked entities bridging the languages."""

    @abstractmethod
    def stats(self) -> dict[str, int]: ...

    @abstractmethod
    def iter_claims(self) -> Iterator[Claim]:
        """Every claim, in a stable order (for export)."""

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

"""Storage: the :class:`Store` interface and its SQL implementation (SQLite by default)."""

from .base import DocumentInfo, Passage, PutResult, Review, Store, StoredMention
from .sql import SQLStore, entity_token, open_store

__all__ = ["Store", "SQLStore", "open_store", "entity_token", "DocumentInfo", "Passage", "PutResult", "Review",
           "StoredMention"]

"""The error model, written down once.

::

    AllygraphError                 every error this package raises on purpose
    ├── VocabularyError            a predicate, qualifier or entity type outside the closed vocabulary
    ├── ReferenceDataError         a reference data file is malformed (names the file and row)
    ├── InputError                 a document cannot be ingested (names the file and the problem)
    │   ├── UnsupportedTypeError   the extension is not one we read
    │   └── DecodeError            bytes that are not text in any encoding we accept, or a broken PDF/HTML
    ├── StoreError                 the store cannot be opened or written
    ├── NotFoundError              an entity, document or claim that is not in the store
    └── QueryError                 a question or query that cannot be understood

Every message says what was wrong and with which file, line or value, in one line, so the CLI
can print it as it is.
"""

from __future__ import annotations

__all__ = [
    "AllygraphError",
    "VocabularyError",
    "ReferenceDataError",
    "InputError",
    "UnsupportedTypeError",
    "DecodeError",
    "StoreError",
    "NotFoundError",
    "QueryError",
]


class AllygraphError(Exception):
    """Base class: the message is one line fit to show a user."""


class VocabularyError(AllygraphError, ValueError):
    pass


class ReferenceDataError(AllygraphError):
    pass


class InputError(AllygraphError):
    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class UnsupportedTypeError(InputError):
    pass


class DecodeError(InputError):
    pass


class StoreError(AllygraphError):
    pass


class NotFoundError(AllygraphError, LookupError):
    pass


class QueryError(AllygraphError):
    pass

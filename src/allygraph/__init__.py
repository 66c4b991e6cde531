"""allygraph: a source-cited, time-aware knowledge graph of who cooperates with whom in defence
and security, built offline from Latvian and English documents."""

from .errors import AllygraphError, InputError, NotFoundError, QueryError, StoreError, VocabularyError
from .model import Claim, Document, Entity, Literal, Source
from .vocab import EntityType, Predicate, Qualifier

__version__ = "0.1.0"

__all__ = [
    "AllygraphError",
    "InputError",
    "NotFoundError",
    "QueryError",
    "StoreError",
    "VocabularyError",
    "Claim",
    "Document",
    "Entity",
    "Literal",
    "Source",
    "EntityType",
    "Predicate",
    "Qualifier",
    "__version__",
]

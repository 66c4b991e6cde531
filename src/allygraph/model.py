"""The data model, Wikidata-like, and the analysed-document structures the pipeline passes on.

Graph side (what is stored and exported):

* :class:`Entity` — a stable id, a type, Latvian and English labels, aliases in both languages,
  an optional Wikidata QID and free ``extra`` facts (ISO codes, coordinates, parent state).
* :class:`Claim` — subject, predicate from the closed vocabulary, object (an entity id or a
  :class:`Literal`), qualifiers, a rank, and its :class:`Source` spans. One claim stated by many
  documents is one claim with many sources: :meth:`Claim.key` identifies it.
* :class:`Source` — document id, character start/end into the text as ingested, the exact quote,
  the extractor's name and version and its confidence.

Text side (what the pipeline hands from stage to stage):

* :class:`Token`, :class:`Sentence`, :class:`Mention` (a linked entity), :class:`TimeExpr`,
  :class:`NumberExpr`, gathered in an :class:`AnalysedDocument`. All offsets are character
  offsets into ``AnalysedDocument.text``, end exclusive.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from .vocab import EntityType, Predicate

__all__ = [
    "Entity",
    "Literal",
    "Source",
    "Claim",
    "Token",
    "Sentence",
    "Mention",
    "TimeExpr",
    "NumberExpr",
    "AnalysedDocument",
    "Document",
]


@dataclass(slots=True)
class Entity:
    id: str  # stable slug: "state:LV", "city:riga", "org:nato", "person:jens-stoltenberg"
    type: EntityType
    labels: dict[str, str]  # {"en": "Latvia", "lv": "Latvija"}
    aliases: dict[str, list[str]] = field(default_factory=dict)  # per language, nominative forms
    qid: str | None = None
    source: str = ""  # provenance of the row: a URL, "CLDR 45 via Babel", "doc:<id>"
    extra: dict[str, Any] = field(default_factory=dict)

    def label(self, lang: str = "en") -> str:
        return self.labels.get(lang) or self.labels.get("en") or next(iter(self.labels.values()), self.id)

    def all_aliases(self) -> list[str]:
        seen: dict[str, None] = {}
        for lang in sorted(self.aliases):
            for a in self.aliases[lang]:
                seen.setdefault(a, None)
        return list(seen)


@dataclass(frozen=True, slots=True)
class Literal:
    """A typed value: ``date`` (ISO 8601 at the text's precision: 2004, 2004-03, 2004-03-29,
    --11-30), ``quantity`` (an int or float with an optional bound ``>``, ``>=``, ``<``, ``<=``,
    ``~``) or ``string``."""

    value: Any
    datatype: str  # "date" | "quantity" | "string"
    bound: str | None = None

    def to_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {"value": self.value, "datatype": self.datatype}
        if self.bound:
            d["bound"] = self.bound
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Literal:
        return cls(d["value"], d.get("datatype", "string"), d.get("bound"))

    def __str__(self) -> str:
        return f"{self.bound or ''}{self.value}"


Value = str | Literal  # an entity id or a literal


@dataclass(frozen=True, slots=True)
class Source:
    document: str
    start: int
    end: int
    quote: str
    extractor: str = "allygraph"
    version: str = ""
    confidence: float = 1.0


@dataclass(slots=True)
class Claim:
    subject: str
    predicate: Predicate
    object: Value
    qualifiers: dict[str, Value] = field(default_factory=dict)
    sources: list[Source] = field(default_factory=list)
    confidence: float = 1.0
    rank: str = "normal"  # preferred | normal | deprecated (Wikidata ranks)
    status: str = "extracted"  # extracted | confirmed | corrected | rejected (review state)

    def key(self) -> str:
        """A stable id for (subject, predicate, object, qualifiers): equal facts share it."""
        return claim_key(self.subject, self.predicate, self.object, self.qualifiers)


def value_json(v: Value) -> Any:
    return v.to_json() if isinstance(v, Literal) else v


def value_from_json(v: Any) -> Value:
    return Literal.from_json(v) if isinstance(v, dict) else str(v)


def _qual_key(v: Value) -> Any:
    """Qualifier values compare by content: a date literal and its ISO string are the same value."""
    if isinstance(v, Literal) and v.datatype in ("date", "string") and not v.bound:
        return str(v.value)
    return value_json(v)


def claim_key(subject: str, predicate: Predicate | str, obj: Value, qualifiers: dict[str, Value]) -> str:
    payload = json.dumps(
        [subject, str(getattr(predicate, "value", predicate)), value_json(obj),
         {k: _qual_key(v) for k, v in sorted(qualifiers.items()) if k != "as_of"}],
        sort_keys=True, ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode()).hexdigest()[:20]


# --------------------------------------------------------------------------- text side


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int
    lemma: str  # lower-case lemma; for names not in the dictionary, the lower-cased surface
    is_punct: bool = False


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    lang: str  # "lv" | "en"
    tokens: list[Token] = field(default_factory=list)
    paragraph: int = 0  # index of the paragraph (block of text) the sentence is in
    is_heading: bool = False  # a short line without final punctuation, or one that ends in ":"
    is_list_item: bool = False  # starts with "-", "•", "*", "1." ...


@dataclass(slots=True)
class Mention:
    entity_id: str
    type: EntityType
    start: int
    end: int
    surface: str
    cases: frozenset[str] = frozenset()  # Latvian grammatical cases the surface form can be: nom, gen, dat, acc, loc
    created: bool = False  # the entity was created for this mention (a person, a new unit)


@dataclass(slots=True)
class TimeExpr:
    start: int
    end: int
    value: str  # ISO 8601 at the text's precision; "--11-30" for a day without a year
    end_value: str | None = None  # for ranges: "23―25 April 1999" -> value 1999-04-23, end_value 1999-04-25
    kind: str = "point"  # point | range | since | until | from
    text: str = ""


@dataclass(slots=True)
class NumberExpr:
    start: int
    end: int
    value: int | float
    bound: str | None = None  # ">" for "more than", "<" for "fewer than", "~" for "about"
    text: str = ""


@dataclass(slots=True)
class Document:
    """A document as read from disk, before analysis."""

    id: str  # file name without extension
    path: str
    text: str
    sha256: str  # of the raw bytes
    format: str  # txt | md | html | pdf
    title: str = ""
    date: str | None = None  # the document's own date (ISO), if it states one


@dataclass(slots=True)
class AnalysedDocument:
    doc: Document
    lang: str
    paragraphs: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, lang)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)  # sorted by start
    times: list[TimeExpr] = field(default_factory=list)
    numbers: list[NumberExpr] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    new_entities: list[Entity] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.doc.text

    def in_span(self, items: list[Any], start: int, end: int) -> list[Any]:
        """Items of ``items`` (anything with start/end) that lie inside [start, end)."""
        return [i for i in items if i.start >= start and i.end <= end]

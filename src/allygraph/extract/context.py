"""What a relation rule sees: a document's sentences with their mentions, times and numbers.

:class:`DocContext` is built once per analysed document. For each sentence it offers a
:class:`SentenceView` with the linked mentions, times and numbers inside it, the heading or lead-in
sentence that sets context for a list item, lexicon look-ups (``view.find(lexicon)``), coordination
groups ("Vācijā, Austrijā un Francijā", "from Albania, Czechia ... and Spain") and helpers to
build claims with an exact source span. Rules never compute offsets by hand: every claim's quote
is ``doc.text[start:end]`` by construction.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from types import ModuleType

from ..model import AnalysedDocument, Claim, Literal, Mention, NumberExpr, Sentence, Source, TimeExpr, _qual_key
from ..vocab import EntityType, Predicate
from .lexicon import Lexicon, Match, TokenIndex

__all__ = ["DocContext", "SentenceView", "lang_data", "lexicon", "STATE_LIKE"]

STATE_LIKE = frozenset({EntityType.STATE})
_SEP = re.compile(r"^\s*(?:(?:,|;|/|&|\band\b|\bun\b|\bas well as\b|\bkā arī\b|\bor\b|\bvai\b|,\s*(?:and|un|kā arī|as well as|or|vai)\b)"
                  r"(?:\s*\b(?:in|to|from|at|with|for|by|of|ar|no|uz|pie|pret)\b)?(?:\s*\bthe\b)?)?\s*$",
                  re.IGNORECASE)  # a separator may repeat the preposition or the article: "in X, in Y and the Z"


@lru_cache(maxsize=None)
def lang_data(lang: str, name: str) -> ModuleType | None:
    """The data module ``allygraph.lang.<lang>.<name>``, or None if that language lacks it."""
    try:
        return importlib.import_module(f"allygraph.lang.{lang}.{name}")
    except ModuleNotFoundError as e:
        if e.name and e.name.startswith("allygraph.lang"):
            return None
        raise


@lru_cache(maxsize=None)
def lexicon(lang: str, module: str, name: str) -> Lexicon:
    """The lexicon ``name`` (a list of patterns) from ``lang/<lang>/<module>.py``; empty if absent."""
    mod = lang_data(lang, module)
    return Lexicon(getattr(mod, name, ()) if mod else ())


@dataclass
class SentenceView:
    ctx: DocContext
    index: int
    sent: Sentence
    mentions: list[Mention]
    times: list[TimeExpr]
    numbers: list[NumberExpr]
    heading: SentenceView | None = None  # the heading/lead-in for a list item
    _lemmas: list[str] | None = field(default=None, repr=False)
    _ix: TokenIndex | None = field(default=None, repr=False, compare=False)  # the tokens looked up once for every lexicon
    memo: dict[object, object] = field(default_factory=dict, repr=False, compare=False)  # shared helpers' per-sentence results

    @property
    def lang(self) -> str:
        return self.sent.lang

    @property
    def start(self) -> int:
        return self.sent.start

    @property
    def end(self) -> int:
        return self.sent.end

    @property
    def text(self) -> str:
        return self.ctx.text[self.sent.start:self.sent.end]

    @property
    def tokens(self):  # type: ignore[no-untyped-def]
        return self.sent.tokens

    def lex(self, module: str, name: str) -> Lexicon:
        return lexicon(self.lang, module, name)

    def indexed(self) -> TokenIndex:
        """The sentence's tokens looked up once against every lexicon (see :class:`TokenIndex`)."""
        ix = self._ix
        if ix is None:
            ix = self._ix = TokenIndex(self.sent.tokens)
        return ix

    def find(self, lex: Lexicon) -> list[Match]:
        return lex.find_in(self.indexed())

    def has(self, lex: Lexicon) -> bool:
        return bool(lex.find_in(self.indexed()))

    def of_type(self, *types: EntityType) -> list[Mention]:
        return [m for m in self.mentions if m.type in types]

    def between(self, a: int, b: int) -> str:
        return self.ctx.text[a:b]

    def before(self, offset: int, types: Iterable[EntityType] | None = None) -> list[Mention]:
        ts = set(types) if types else None
        return [m for m in self.mentions if m.end <= offset and (ts is None or m.type in ts)]

    def after(self, offset: int, types: Iterable[EntityType] | None = None) -> list[Mention]:
        ts = set(types) if types else None
        return [m for m in self.mentions if m.start >= offset and (ts is None or m.type in ts)]

    def group(self, m: Mention, types: Iterable[EntityType] | None = None) -> list[Mention]:
        """The coordination group ``m`` belongs to: neighbours of the given types joined only by
        commas, "and"/"un", "as well as"/"kā arī" (and nothing else in between)."""
        ts = set(types) if types else {m.type}
        cands = [x for x in self.mentions if x.type in ts or x is m]
        i = next(k for k, x in enumerate(cands) if x is m)
        lo = hi = i
        while lo > 0 and _SEP.match(self.ctx.text[cands[lo - 1].end:cands[lo].start]):
            lo -= 1
        while hi + 1 < len(cands) and _SEP.match(self.ctx.text[cands[hi].end:cands[hi + 1].start]):
            hi += 1
        return cands[lo:hi + 1]

    def groups(self, types: Iterable[EntityType]) -> list[list[Mention]]:
        """All coordination groups of mentions of these types, left to right."""
        ts = set(types)
        out: list[list[Mention]] = []
        for m in self.mentions:
            if m.type in ts and not any(m in g for g in out):
                out.append(self.group(m, ts))
        return out

    def context_times(self) -> list[TimeExpr]:
        """Times in this sentence, else in its heading/lead-in (a date stated once for a list)."""
        if self.times:
            return self.times
        return self.heading.times if self.heading else []


class DocContext:
    def __init__(self, adoc: AnalysedDocument, extractor: str, version: str) -> None:
        self.adoc = adoc
        self.text = adoc.doc.text
        self.doc_id = adoc.doc.id
        self.extractor = extractor
        self.version = version
        self.claims: list[Claim] = []
        self.ref: object = None  # the ReferenceData, set by extract()
        self.views: list[SentenceView] = []
        self._topics: dict[tuple[frozenset[EntityType], int], str | None] = {}  # topic() per types
        ments, times, nums = adoc.mentions, adoc.times, adoc.numbers
        mi = ti = ni = 0
        last_heading: SentenceView | None = None
        for idx, s in enumerate(adoc.sentences):
            while mi < len(ments) and ments[mi].end <= s.start:
                mi += 1
            while ti < len(times) and times[ti].end <= s.start:
                ti += 1
            while ni < len(nums) and nums[ni].end <= s.start:
                ni += 1
            view = SentenceView(self, idx, s, _inside(ments, mi, s), _inside(times, ti, s), _inside(nums, ni, s))
            if s.is_list_item:
                view.heading = last_heading
            else:
                last_heading = view if (s.is_heading or self.text[s.start:s.end].rstrip().endswith(":")) else None
                # a lead-in sentence ending in ':' sets context for the list under it;
                # a normal sentence ends the context of the previous heading
            self.views.append(view)

    # -- document-level facts ---------------------------------------------------------------
    @property
    def doc_date(self) -> str | None:
        return self.adoc.doc.date

    def topic(self, types: Iterable[EntityType] = STATE_LIKE) -> str | None:
        """The most-mentioned entity of these types in the document (ties: earliest)."""
        ts = frozenset(types)
        ms = self.adoc.mentions
        key = (ts, len(ms))
        if key in self._topics:
            return self._topics[key]
        counts = Counter(m.entity_id for m in ms if m.type in ts)
        got = None
        if counts:
            first: dict[str, int] = {}
            for m in ms:
                first.setdefault(m.entity_id, m.start)
            got = max(counts, key=lambda e: (counts[e], -first[e]))
        self._topics[key] = got
        return got

    def last_mention(self, offset: int, types: Iterable[EntityType]) -> Mention | None:
        """The nearest mention of these types before ``offset`` anywhere in the document."""
        ts = set(types)
        best = None
        for m in self.adoc.mentions:
            if m.end > offset:
                break
            if m.type in ts:
                best = m
        return best

    # -- building claims ---------------------------------------------------------------------
    def span_of(self, view: SentenceView) -> tuple[int, int]:
        s, e = view.sent.start, view.sent.end
        while e > s and self.text[e - 1].isspace():
            e -= 1
        return s, e

    def add(self, subject: str, predicate: Predicate, obj: str | Literal, view: SentenceView, *,
            qualifiers: Mapping[str, str | Literal] | None = None, confidence: float = 0.8,
            span: tuple[int, int] | None = None) -> Claim | None:
        """Record a claim sourced at ``span`` (default: the sentence). Self-relations are dropped."""
        if subject == obj:
            return None
        start, end = span or self.span_of(view)
        quals = {k: v for k, v in (qualifiers or {}).items() if v is not None and v != ""}
        if not any(k in quals for k in ("start", "end", "point_in_time")) and self.doc_date:
            quals["as_of"] = self.doc_date
        c = Claim(subject, Predicate(predicate), obj, quals,
                  [Source(self.doc_id, start, end, self.text[start:end], self.extractor, self.version, confidence)],
                  confidence)
        self.claims.append(c)
        return c

    def result(self) -> list[Claim]:
        """Claims merged by (key, span), in a stable order."""
        merged: dict[tuple[str, int, int], tuple[Claim, str]] = {}
        for c in self.claims:
            s = c.sources[0]
            key = claim_key_of(c)
            k = (key, s.start, s.end)
            old = merged.get(k)
            if old is None or c.confidence > old[0].confidence:
                merged[k] = (c, key)
        done = sorted(merged.values(), key=lambda ck: (ck[0].sources[0].start, ck[0].predicate.value, ck[1]))
        return [c for c, _ in done]


_ENC = json.encoder.encode_basestring  # (the function json.dumps(ensure_ascii=False) quotes strings with)


def claim_key_of(c: Claim) -> str:
    """``c.key()``, built without the general JSON encoder when every part is a plain string (the
    common case): the same text json.dumps would give, hashed the same way."""
    quals = []
    for k, v in sorted(c.qualifiers.items()):
        if k == "as_of":
            continue
        q = v if type(v) is str else _qual_key(v)
        if not isinstance(q, str):
            return c.key()
        quals.append(_ENC(k) + ":" + _ENC(q))
    pred = str(getattr(c.predicate, "value", c.predicate))
    if not (isinstance(c.subject, str) and isinstance(c.object, str)):
        return c.key()
    payload = "[" + _ENC(c.subject) + "," + _ENC(pred) + "," + _ENC(c.object) + ",{" + ",".join(quals) + "}]"
    return hashlib.sha256(payload.encode()).hexdigest()[:20]


def _inside(items: Sequence, i: int, s: Sentence) -> list:
    out = []
    while i < len(items) and items[i].start < s.end:
        if items[i].start >= s.start:
            out.append(items[i])
        i += 1
    return out


def date_literal(value: str) -> Literal:
    return Literal(value, "date")

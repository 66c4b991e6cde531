"""Hold a new document's claims against the graph: supported, new, contradicted or stale.

:func:`check_document` reads a file (or takes text), analyses it with the pipeline WITHOUT
storing it, and judges each extracted claim:

* **stale** — true when written, superseded since: a count of states in two organisations that
  later accessions changed (computed with :mod:`.derived` at the claim's date and today), a
  formation the reference data says was later upgraded or replaced, an office its holder has
  left, a stored statement that has since ended, a count the graph has a later figure for;
* **supported** — the graph has the same statement (same subject, predicate, object and no
  disagreeing qualifier); the agreeing sources are listed;
* **contradicted** — a functional statement (one leader, one accession date, one founding date,
  one count, one headquarters ...) with a different value in the graph; the disagreeing sources
  and their dates are listed;
* **new** — none of the above.

The document is also checked against itself (:mod:`.consistency`). The result renders as a
Rich table (CLI), JSON (:meth:`CheckResult.to_json`) or an annotated HTML view (:mod:`.annotate`).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import AnalysedDocument, Claim, Document, Literal, Source
from ..store.base import Store
from ..vocab import PREDICATES, EntityType, Predicate
from .consistency import Finding, check_consistency
from .derived import members_on, shared_members
from .derived import today as _today
from .factsheet import _Labels, describe_claim
from .i18n import strings

__all__ = ["check_document", "judge_claims", "CheckResult", "CheckItem", "Evidence", "VERDICTS"]

P = Predicate
VERDICTS = ("supported", "new", "contradicted", "stale")
_CURRENT = {P.LEADS, P.CONTRIBUTES_TO, P.LOCATED_IN, P.PERSONNEL_COUNT, P.COMMANDED_BY, P.OPERATES_IN,
            P.HEADQUARTERS, P.HOLDS_POSITION, P.SHARED_MEMBER_COUNT, P.MILITARY_SUPPORT_TO, P.CHAIR_OF}
_SUCCESSOR_KEYS = ("replaced_by", "successor", "upgraded_to")


@dataclass(slots=True)
class Evidence:
    document: str = ""
    start: int = 0
    end: int = 0
    quote: str = ""
    value: str = ""  # the graph's value where it differs, in words
    date: str = ""  # the date that value holds for, when known
    url: str = ""  # a reference-data source

    def to_json(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in ("document", "start", "end", "quote", "value", "date", "url")
                if getattr(self, k) not in ("", None)}


@dataclass(slots=True)
class CheckItem:
    claim: Claim
    text: str  # the claim in words
    verdict: str
    reason: str = ""
    agreeing: list[Evidence] = field(default_factory=list)
    disagreeing: list[Evidence] = field(default_factory=list)

    @property
    def source(self) -> Source | None:
        return self.claim.sources[0] if self.claim.sources else None

    def to_json(self) -> dict[str, Any]:
        c = self.claim
        return {
            "claim": {"subject": c.subject, "predicate": c.predicate.value,
                      "object": c.object.to_json() if isinstance(c.object, Literal) else c.object,
                      "qualifiers": {k: (v.to_json() if isinstance(v, Literal) else v) for k, v in sorted(c.qualifiers.items())}},
            "text": self.text, "verdict": self.verdict, "reason": self.reason,
            "spans": [{"start": s.start, "end": s.end, "quote": s.quote} for s in c.sources],
            "agreeing": [e.to_json() for e in self.agreeing],
            "disagreeing": [e.to_json() for e in self.disagreeing],
        }


@dataclass(slots=True)
class CheckResult:
    document: str
    lang: str
    text: str
    today: str
    items: list[CheckItem] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    date: str | None = None

    def counts(self) -> dict[str, int]:
        c = Counter(i.verdict for i in self.items)
        return {v: c.get(v, 0) for v in VERDICTS}

    def to_json(self) -> dict[str, Any]:
        return {"document": self.document, "lang": self.lang, "date": self.date, "today": self.today,
                "counts": self.counts(), "claims": [i.to_json() for i in self.items],
                "consistency": [f.to_json() for f in self.findings]}


# ----------------------------------------------------------------------------- helpers


def _s(v: Any) -> str:
    return "" if v is None else str(v.value if isinstance(v, Literal) else v)


def _compatible(a: str, b: str) -> bool:
    """Dates of mixed precision agree when one is a prefix of the other; other values when equal."""
    if not a or not b:
        return True
    n = min(len(a), len(b))
    return a[:n] == b[:n] if a[:4].isdigit() and b[:4].isdigit() else a == b


def _claim_date(c: Claim, doc_date: str | None) -> str:
    q = c.qualifiers
    return _s(q.get("point_in_time") or q.get("as_of")) or (doc_date or "") or _s(q.get("start"))


def _later(a: str, b: str) -> bool:
    """a strictly after b at their common precision."""
    n = min(len(a), len(b))
    return bool(a and b) and a[:n] > b[:n]


def _ev(src: Source, value: str = "", date: str = "") -> Evidence:
    return Evidence(src.document, src.start, src.end, src.quote, value, date)


def _read(path_or_text: str | Path, lang: str | None) -> Document:
    if isinstance(path_or_text, Path) or ("\n" not in path_or_text and len(path_or_text) < 1024
                                          and Path(path_or_text).is_file()):
        from ..ingest.read import read_document

        return read_document(path_or_text)
    text = str(path_or_text)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(f"text-{digest[:12]}", "<text>", text, digest, "txt")


# ----------------------------------------------------------------------------- judging


class _Judge:
    def __init__(self, store: Store, ref: Any, doc_id: str, doc_date: str | None, today: str, lang: str) -> None:
        self.store, self.ref, self.doc_id, self.doc_date, self.today = store, ref, doc_id, doc_date, today
        self.s = strings(lang)
        self.labels = _Labels(store, ref)
        self.cache: dict[tuple[str, str], list[Claim]] = {}

    def stored(self, subject: str | None, pred: Predicate, obj: str | None = None) -> list[Claim]:
        key = (f"{subject}|{obj}", pred.value)
        if key not in self.cache:
            got = self.store.claims(subject=subject, predicate=pred.value, object=obj)
            for c in got:  # the document itself, if it was stored before, is no witness
                c.sources = [x for x in c.sources if x.document != self.doc_id]
            self.cache[key] = [c for c in got if c.sources and c.rank != "deprecated"]
        return self.cache[key]

    def same(self, c: Claim) -> list[Claim]:
        if c.predicate == P.SIGNED and not _s(c.object):  # "signed in July 2016", no place: any place agrees
            return list(self.stored(c.subject, c.predicate))
        out = [x for x in self.stored(c.subject, c.predicate) if x.object == c.object]
        if PREDICATES[c.predicate].symmetric and isinstance(c.object, str):
            out += [x for x in self.stored(c.object, c.predicate) if x.object == c.subject]
        return out

    def word(self, v: Any) -> str:
        return self.labels.label(v, self.s) if v is not None else ""

    # -- the verdict ---------------------------------------------------------------------------
    def judge(self, c: Claim) -> CheckItem:
        item = CheckItem(c, describe_claim(c, self.s, self.labels), "new")
        same = self.same(c)
        agreeing = [x for x in same if self._quals_agree(c, x)]
        item.agreeing = [_ev(src) for x in agreeing for src in x.sources]
        if c.predicate == P.SHARED_MEMBER_COUNT and isinstance(c.object, str) and "count" in c.qualifiers \
                and self._stale_count(c, item, _claim_date(c, self.doc_date)):
            return item
        conflicts = [e for e in self._conflicts(c, same)]
        if conflicts and agreeing:  # the graph holds both values side by side; this one has support
            item.verdict = "supported"
            item.disagreeing = conflicts
            item.reason = self.s("check.agrees", n=len(item.agreeing)) + "; " + "; ".join(dict.fromkeys(
                self.s("check.differs", value=e.value) for e in conflicts))
            return item
        if conflicts:  # wrong when written: contradicted, whatever happened since
            item.verdict = "contradicted"
            item.disagreeing = conflicts
            item.reason = "; ".join(dict.fromkeys(
                self.s("check.differs", value=e.value + (f" ({e.date})" if e.date and e.date != e.value else ""))
                for e in conflicts))
            return item
        if self._stale(c, item):
            return item
        if agreeing or self._reference_support(c, item):
            item.verdict = "supported"
            item.reason = self.s("check.agrees", n=len(item.agreeing))
        return item

    def _quals_agree(self, c: Claim, x: Claim) -> bool:
        for k in ("start", "end", "point_in_time", "count", "resident_in"):
            if k in c.qualifiers and k in x.qualifiers and not _compatible(_s(c.qualifiers[k]), _s(x.qualifiers[k])):
                return False
        return True

    def _conflicts(self, c: Claim, same: list[Claim]) -> list[Evidence]:
        """Stored statements that cannot both be true with ``c``."""
        out: list[Evidence] = []
        p, q = c.predicate, c.qualifiers
        for x in same:  # same triple, a qualifier that disagrees: another accession date, another count
            if not self._quals_agree(c, x):
                k = next(k for k in ("start", "end", "point_in_time", "count", "resident_in")
                         if k in q and k in x.qualifiers and not _compatible(_s(q[k]), _s(x.qualifiers[k])))
                value = self.word(x.qualifiers[k]) if k == "resident_in" else _s(x.qualifiers[k])
                out += [_ev(src, value, _s(x.qualifiers.get("point_in_time") or x.qualifiers.get("as_of")))
                        for src in x.sources]
        if out and any(self._quals_agree(c, x) for x in same):
            return []  # the graph holds both; one of them agrees
        if p in (P.INCEPTION, P.PERSONNEL_COUNT, P.COMMANDED_BY, P.HEADQUARTERS, P.SIGNED, P.MEASURES_APPROVED,
                 P.LOCATED_IN):
            for x in self.stored(c.subject, p):
                if x.object == c.object or not self._same_slot(c, x):
                    continue
                subject = self.labels.entity(c.subject)
                if p == P.LOCATED_IN and (self._inside(c.object, x.object) or self._inside(x.object, c.object)
                                          or subject is None or subject.type != EntityType.FORMATION):
                    continue
                if p == P.SIGNED and (not _s(c.object) or not _s(x.object)):
                    continue
                out += [_ev(src, self.word(x.object), _claim_date(x, None)) for src in x.sources]
        if p == P.LEADS and isinstance(c.object, str):
            target = self.labels.entity(c.object)
            leaders = [x for x in self.stored(None, p, c.object)]
            if target and target.type in (EntityType.FORMATION, EntityType.OPERATION) and leaders \
                    and all(x.subject != c.subject for x in leaders):
                out += [_ev(src, self.word(x.subject)) for x in leaders for src in x.sources]
        if p == P.MEMBER_OF and "start" in q:
            for m in getattr(self.ref, "memberships", []):
                if m.state == c.subject and m.org == c.object and not _compatible(_s(q["start"]), m.start):
                    out.append(Evidence(value=m.start, date=m.start, url=m.source))
        return out

    def _same_slot(self, c: Claim, x: Claim) -> bool:
        """Two values of a functional predicate compete only for the same date (where both give one)."""
        if c.predicate == P.MEASURES_APPROVED:
            return _compatible(_s(c.qualifiers.get("point_in_time")), _s(x.qualifiers.get("point_in_time")))
        if c.predicate == P.PERSONNEL_COUNT:
            a, b = _claim_date(c, self.doc_date), _claim_date(x, None)
            return _compatible(a, b)
        if c.predicate == P.SIGNED:
            return True
        return True

    def _inside(self, place: Any, container: Any) -> bool:
        seen = set()
        cur = place
        while isinstance(cur, str) and cur not in seen:
            seen.add(cur)
            if cur == container:
                return True
            e = self.labels.entity(cur)
            cur = (e.extra.get("city") or e.extra.get("country")) if e else None
        return False

    def _reference_support(self, c: Claim, item: CheckItem) -> bool:
        if c.predicate == P.MEMBER_OF:
            for m in getattr(self.ref, "memberships", []):
                if m.state == c.subject and m.org == c.object and _compatible(_s(c.qualifiers.get("start")), m.start):
                    item.agreeing.append(Evidence(value=m.start, date=m.start, url=m.source))
                    return True
        return False

    # -- stale ---------------------------------------------------------------------------------
    def _stale(self, c: Claim, item: CheckItem) -> bool:
        when = _claim_date(c, self.doc_date)
        p = c.predicate
        if p not in _CURRENT or "end" in c.qualifiers:
            return False
        for eid in (c.subject, c.object):  # a formation since upgraded or replaced
            e = self.labels.entity(eid) if isinstance(eid, str) else None
            if not e or e.type != EntityType.FORMATION:
                continue
            for succ_id, since in self._successors(e):
                if since and (not when or _later(since, when)) and not _later(since, self.today) and when:
                    item.verdict = "stale"
                    item.reason = self.s("check.stale_replaced", other=f"{self.word(succ_id)} ({since})")
                    item.disagreeing.append(Evidence(value=self.word(succ_id), date=since,
                                                     url=(self.labels.entity(succ_id) or e).source))
                    return True
        if p == P.HOLDS_POSITION and isinstance(c.object, str):
            person = self.labels.entity(c.subject)
            end = _s(person.extra.get("end")) if person and person.extra.get("position") == c.object else ""
            if person and end and not _later(end, self.today) and (not when or not _later(when, end)):
                item.verdict, item.reason = "stale", self.s("qualifiers.end", v=self.s.date(end))
                item.disagreeing.append(Evidence(value=self.word(c.object), date=end, url=person.source))
                return True
        for x in self.same(c):  # the graph says it has ended
            end = _s(x.qualifiers.get("end"))
            if end and not _later(end, self.today) and (not when or not _later(when, end)):
                item.verdict, item.reason = "stale", self.s("qualifiers.end", v=self.s.date(end))
                item.disagreeing += [_ev(src, self.word(x.object), end) for src in x.sources]
                return True
        if p == P.PERSONNEL_COUNT and when:
            newer = [x for x in self.stored(c.subject, p) if x.object != c.object and _later(_claim_date(x, None), when)]
            if newer:
                item.verdict = "stale"
                item.reason = self.s("check.differs", value=", ".join(f"{self.word(x.object)} ({_claim_date(x, None)})"
                                                                      for x in newer))
                item.disagreeing += [_ev(src, self.word(x.object), _claim_date(x, None)) for x in newer for src in x.sources]
                return True
        return False

    def _successors(self, e: Any) -> list[tuple[str, str]]:
        out = []
        for k in _SUCCESSOR_KEYS + ("parent",):
            sid = e.extra.get(k)
            succ = self.labels.entity(sid) if isinstance(sid, str) else None
            if not succ or succ.type != EntityType.FORMATION:
                continue
            since = _s(e.extra.get(k + "_date") or succ.extra.get("inception"))
            mine = _s(e.extra.get("inception"))
            if k == "parent" and not (since and mine and _later(since, mine)):
                continue  # a parent that existed first is a parent, not a successor
            out.append((sid, since))
        return out

    def _stale_count(self, c: Claim, item: CheckItem, when: str) -> bool:
        stated = int(float(_s(c.qualifiers["count"])))
        a, b = c.subject, str(c.object)
        if not members_on(self.ref, a, self.today) or not members_on(self.ref, b, self.today):
            return False  # no membership data for these organisations
        now = len(shared_members(self.ref, a, b, self.today))
        then = len(shared_members(self.ref, a, b, when)) if when else None
        if stated == now:
            item.verdict = "supported"
            item.reason = self.s("fields.derived_now", n=now, date=self.s.date(self.today))
            return True
        if then == stated or (then is None and self._was_true(a, b, stated)):
            era = when or self._was_true(a, b, stated)
            item.verdict = "stale"
            item.reason = self.s("check.stale_count", then=self.s.date(era), was=stated, now=now,
                                 date=self.s.date(self.today))
            item.disagreeing.append(Evidence(value=str(now), date=self.today, url=self._membership_url(b)))
            return True
        item.verdict = "contradicted"
        item.reason = self.s("check.differs", value=f"{then if then is not None else now}")
        item.disagreeing.append(Evidence(value=str(then if then is not None else now), date=when or self.today,
                                         url=self._membership_url(b)))
        return True

    def _was_true(self, a: str, b: str, stated: int) -> str:
        """The last date on which the shared count was ``stated`` (by membership changes), or ''."""
        dates = sorted({m.start for m in getattr(self.ref, "memberships", []) if m.org in (a, b) and m.start}
                       | {m.end for m in getattr(self.ref, "memberships", []) if m.org in (a, b) and m.end})
        hit = ""
        for d in dates:
            if len(shared_members(self.ref, a, b, d)) == stated:
                hit = d
        return hit

    def _membership_url(self, org: str) -> str:
        return next((m.source for m in getattr(self.ref, "memberships", []) if m.org == org and m.source), "")


def _merge(claims: list[Claim]) -> list[Claim]:
    by: dict[str, Claim] = {}
    for c in claims:
        k = c.key()
        if k in by:
            by[k].sources.extend(s for s in c.sources if s not in by[k].sources)
        else:
            by[k] = Claim(c.subject, c.predicate, c.object, dict(c.qualifiers), list(c.sources), c.confidence)
    return sorted(by.values(), key=lambda c: (c.sources[0].start if c.sources else 0, c.key()))


def judge_claims(store: Store, claims: list[Claim], *, doc_id: str = "", doc_date: str | None = None,
                 lang: str = "en", today: str | None = None, ref: Any | None = None) -> list[CheckItem]:
    """A verdict for each claim (merged by key, in text order) against ``store``."""
    if ref is None:
        from ..refdata import load_reference

        ref = load_reference()
    judge = _Judge(store, ref, doc_id, doc_date, today or _today(), lang)
    return [judge.judge(c) for c in _merge(claims)]


def check_document(store: Store, path_or_text: str | Path, *, lang: str = "en", today: str | None = None,
                   ref: Any | None = None,
                   analyse: Callable[[Document], AnalysedDocument] | None = None) -> CheckResult:
    """Analyse a file (or a text) without storing it and hold its claims against ``store``.

    ``lang`` is the language of the verdicts' words; ``today`` the date "now" means (ISO; default
    the system date); ``analyse`` replaces the pipeline's analyser (tests, other extractors)."""
    doc = _read(path_or_text, lang)
    if analyse is None:
        from ..pipeline import analyse as pipeline_analyse

        analyse = pipeline_analyse
    adoc = analyse(doc)
    today = today or _today()
    doc = adoc.doc
    items = judge_claims(store, adoc.claims, doc_id=doc.id, doc_date=doc.date, lang=lang, today=today, ref=ref)
    findings = check_consistency(doc.text, adoc.lang, adoc.sentences or None, adoc.numbers or None)
    return CheckResult(doc.id, adoc.lang, doc.text, today, items, findings, doc.date)

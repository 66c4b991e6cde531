"""A small bilingual store for the web tests, built from sentences we wrote ourselves.

Entities are given here (ids as in the reference data, with coordinates) so the tests do not
depend on the packaged reference data; documents go in through ``Store.put_document``.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from allygraph.model import AnalysedDocument, Claim, Document, Entity, Literal, Mention, Sentence, Source, Token
from allygraph.store import SQLStore, open_store
from allygraph.vocab import EntityType as T
from allygraph.vocab import Predicate as P

ENTITIES = [
    Entity("state:LV", T.STATE, {"en": "Latvia", "lv": "Latvija"}, {"lv": ["Latvijas Republika"]},
           extra={"iso2": "LV", "lat": 57, "lon": 25, "capital": "city:riga"}),
    Entity("state:CA", T.STATE, {"en": "Canada", "lv": "Kanāda"}, extra={"iso2": "CA", "lat": 60, "lon": -95}),
    Entity("state:AT", T.STATE, {"en": "Austria", "lv": "Austrija"}, extra={"iso2": "AT", "lat": 47.3, "lon": 13.3}),
    Entity("state:DE", T.STATE, {"en": "Germany", "lv": "Vācija"}, extra={"iso2": "DE", "lat": 51, "lon": 9}),
    Entity("org:nato", T.ORG, {"en": "NATO", "lv": "NATO"}, {"en": ["North Atlantic Treaty Organization"]},
           extra={"hq": "city:brussels"}),
    Entity("city:riga", T.CITY, {"en": "Riga", "lv": "Rīga"}, extra={"country": "state:LV", "lat": 56.95, "lon": 24.1}),
    Entity("city:berlin", T.CITY, {"en": "Berlin", "lv": "Berlīne"}, extra={"country": "state:DE", "lat": 52.52, "lon": 13.4}),
    Entity("city:brussels", T.CITY, {"en": "Brussels", "lv": "Brisele"}, extra={"lat": 50.85, "lon": 4.35}),
    Entity("base:adazi", T.BASE, {"en": "Ādaži Military Base", "lv": "Ādažu bāze"},
           extra={"country": "state:LV", "lat": 57.07, "lon": 24.33}),
    Entity("formation:efp-bg-latvia", T.FORMATION,
           {"en": "NATO Enhanced Forward Presence Battlegroup Latvia", "lv": "NATO kaujas grupa Latvijā"}),
]

LV_TEXT = (
    "Kaujas grupa Latvijā\n\n"
    "Kanāda vada NATO kaujas grupu Latvijā kopš 2017. gada jūnija. "
    "Kaujas grupas karavīri dzīvo un mācās Ādažu bāzē netālu no Rīgas. "
    "Latvija kļuva par NATO dalībvalsti 2004. gada 29. martā.\n"
)
EN_TEXT = (
    "Defence attachés\n\n"
    "The defence attaché of Latvia accredited to Austria lives in Berlin. "
    "Latvia has been a member of NATO since 29 March 2004. "
    "In 2023 the battlegroup had more than 1500 soldiers.\n"
)
XSS_TEXT = "Piezīme\n\nŠajā tekstā ir <script>alert('xss')</script> un <b>trekns</b> vārds par Latviju.\n"


def _sentences(text: str, lang: str) -> list[Sentence]:
    out = []
    for m in re.finditer(r"[^\n]+?(?:[.!?](?=\s+[A-ZĀČĒĢĪĶĻŅŠŪŽ]|\s*$)|$)", text, re.M):
        if not m.group().strip():
            continue
        toks = [Token(w.group(), m.start() + w.start(), m.start() + w.end(), w.group().lower())
                for w in re.finditer(r"\w+", m.group())]
        out.append(Sentence(m.start(), m.end(), lang, toks))
    return out


def _mentions(text: str, names: list[tuple[str, str]]) -> list[Mention]:
    out: list[Mention] = []
    for surface, eid in names:
        for m in re.finditer(re.escape(surface), text):
            if not any(x.start < m.end() and m.start() < x.end for x in out):
                ent = next(e for e in ENTITIES if e.id == eid)
                out.append(Mention(eid, ent.type, m.start(), m.end(), surface))
    return sorted(out, key=lambda m: m.start)


def _claim(doc: str, text: str, quote: str, s: str, p: P, o: str | Literal, **q: str | Literal) -> Claim:
    start = text.index(quote)
    quals = {k: (v if isinstance(v, Literal) or ":" in str(v) else Literal(v, "date")) for k, v in q.items()}
    return Claim(s, p, o, quals, [Source(doc, start, start + len(quote), quote, "test", "1", 0.9)], 0.9)


def _adoc(doc_id: str, text: str, lang: str, title: str, date: str, names: list[tuple[str, str]],
          claims: list[Claim]) -> AnalysedDocument:
    doc = Document(doc_id, f"{doc_id}.txt", text, hashlib.sha256(text.encode()).hexdigest(), "txt", title, date)
    return AnalysedDocument(doc, lang, [(0, len(text), lang)], _sentences(text, lang), _mentions(text, names),
                            claims=claims)


def documents() -> list[AnalysedDocument]:
    lv = "lv_kaujas_grupa"
    en = "en_attache"
    return [
        _adoc(lv, LV_TEXT, "lv", "Kaujas grupa Latvijā", "2024-05-02",
              [("Kanāda", "state:CA"), ("NATO kaujas grupu Latvijā", "formation:efp-bg-latvia"),
               ("Ādažu bāzē", "base:adazi"), ("Rīgas", "city:riga"), ("Latvija", "state:LV"), ("NATO", "org:nato")],
              [_claim(lv, LV_TEXT, "Kanāda vada NATO kaujas grupu Latvijā kopš 2017. gada jūnija",
                      "state:CA", P.LEADS, "formation:efp-bg-latvia", start="2017-06"),
               _claim(lv, LV_TEXT, "Kaujas grupas karavīri dzīvo un mācās Ādažu bāzē",
                      "formation:efp-bg-latvia", P.LOCATED_IN, "base:adazi"),
               _claim(lv, LV_TEXT, "Latvija kļuva par NATO dalībvalsti 2004. gada 29. martā",
                      "state:LV", P.MEMBER_OF, "org:nato", start="2004-03-29")]),
        _adoc(en, EN_TEXT, "en", "Defence attachés", "2023-11-30",
              [("Latvia", "state:LV"), ("Austria", "state:AT"), ("Berlin", "city:berlin"), ("NATO", "org:nato")],
              [_claim(en, EN_TEXT, "The defence attaché of Latvia accredited to Austria lives in Berlin",
                      "state:LV", P.DEFENCE_ATTACHE_TO, "state:AT", resident_in="city:berlin"),
               _claim(en, EN_TEXT, "Latvia has been a member of NATO since 29 March 2004",
                      "state:LV", P.MEMBER_OF, "org:nato", start="2004-03-29"),
               _claim(en, EN_TEXT, "In 2023 the battlegroup had more than 1500 soldiers",
                      "formation:efp-bg-latvia", P.PERSONNEL_COUNT, Literal(1500, "quantity", ">"),
                      point_in_time="2023")]),
        _adoc("lv_xss", XSS_TEXT, "lv", "<script>alert('t')</script>", "2022-01-01", [("Latviju", "state:LV")],
              [_claim("lv_xss", XSS_TEXT, "<script>alert('xss')</script>", "state:LV", P.COOPERATES_WITH,
                      "state:DE")]),
    ]


def build_store(path: Path) -> SQLStore:
    store = open_store(path)
    store.put_claims([], ENTITIES)
    for adoc in documents():
        store.put_document(adoc, "test")
    return store


def fake_answer(store, question: str, lang: str | None = None, as_of: str | None = None) -> dict:
    """Stands in for allygraph.ask.answer where it is not installed: answers the one question the
    tests ask, citing the stored claim's source."""
    c = store.claims(subject="state:CA", predicate="leads")[0]
    s = c.sources[0]
    return {"answer": "Kanāda" if (lang or "lv") == "lv" else "Canada",
            "items": [{"id": "state:CA", "label": "Canada", "labels": {"en": "Canada", "lv": "Kanāda"}}],
            "citations": [{"document": s.document, "start": s.start, "end": s.end, "quote": s.quote}]}

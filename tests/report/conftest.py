"""A small store built from documents we wrote, in English and Latvian, with their claims.

Claims are written by hand (not extracted) so these tests do not depend on the extraction
stage; each source is a real span of its document (quote == text[start:end]).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from allygraph.model import AnalysedDocument, Claim, Document, Literal, Source
from allygraph.nlp.segment import segment
from allygraph.refdata import load_reference
from allygraph.store import open_store
from allygraph.vocab import Predicate

TODAY = "2025-06-01"

EN_BRIEF = (
    "Latvia in the Alliance\n\n"
    "Latvia joined NATO on 29 March 2004, after an invitation issued at the Prague summit on 21 November 2002.\n"
    "The Canadian-led NATO battlegroup in Latvia has been based at Ādaži since 2017; more than 1500 soldiers serve in it.\n"
    "A NATO Force Integration Unit opened in Riga in 2015.\n"
    "Latvia keeps a defence attaché in Berlin who is also accredited to Austria.\n"
    "Poland posts its defence attaché to Riga.\n"
    "Latvia and Canada call each other strategic partners.\n"
)
LV_PARSKATS = (
    "ES un NATO sadarbības pārskats\n\n"
    "Pirmā kopīgā deklarācija tika parakstīta Varšavā 2016. gada jūlijā.\n"
    "2016. gada decembrī abas organizācijas apstiprināja 42 kopīgus priekšlikumus, bet 2017. gada decembrī vēl 32.\n"
    "Sadarbība aptver arī militāro mobilitāti un kiberdrošību.\n"
    "Militārā mobilitāte ļauj sabiedroto spēkiem ātrāk šķērsot robežas.\n"
    "Progresa ziņojumus gatavo katru gadu kopš 2017. gada jūnija.\n"
    "Šobrīd ES un NATO ir 21 kopīga dalībvalsts.\n"
)

P = Predicate


def span(doc_id: str, text: str, quote: str) -> Source:
    start = text.index(quote)
    return Source(doc_id, start, start + len(quote), quote, "test", "1", 0.9)


def claim(doc_id: str, text: str, quote: str, s: str, p: Predicate, o, **q) -> Claim:
    return Claim(s, p, o, dict(q), [span(doc_id, text, quote)])


def _adoc(doc_id: str, text: str, lang: str, date: str | None, claims: list[Claim]) -> AnalysedDocument:
    doc = Document(doc_id, f"{doc_id}.txt", text, doc_id, "txt", doc_id, date)
    paragraphs, sentences = segment(text, lang)
    return AnalysedDocument(doc, lang, paragraphs, sentences, claims=claims)


def en_claims() -> list[Claim]:
    d, t = "en_brief", EN_BRIEF
    return [
        claim(d, t, "Latvia joined NATO on 29 March 2004", "state:LV", P.MEMBER_OF, "org:nato", start="2004-03-29"),
        claim(d, t, "an invitation issued at the Prague summit on 21 November 2002", "state:LV", P.INVITED_TO_JOIN,
              "org:nato", point_in_time="2002-11-21"),
        claim(d, t, "The Canadian-led NATO battlegroup in Latvia", "state:CA", P.LEADS, "formation:efp-bg-latvia"),
        claim(d, t, "NATO battlegroup in Latvia has been based at Ādaži since 2017", "formation:efp-bg-latvia",
              P.LOCATED_IN, "base:adazi", start="2017"),
        claim(d, t, "more than 1500 soldiers serve in it", "formation:efp-bg-latvia", P.PERSONNEL_COUNT,
              Literal(1500, "quantity", ">")),
        claim(d, t, "A NATO Force Integration Unit opened in Riga in 2015", "org:nfiu-latvia", P.LOCATED_IN, "city:riga"),
        claim(d, t, "Latvia keeps a defence attaché in Berlin who is also accredited to Austria", "state:LV",
              P.DEFENCE_ATTACHE_TO, "state:AT", resident_in="city:berlin"),
        claim(d, t, "Poland posts its defence attaché to Riga", "state:PL", P.DEFENCE_ATTACHE_TO, "state:LV",
              resident_in="city:riga"),
        claim(d, t, "Latvia and Canada call each other strategic partners", "state:LV", P.STRATEGIC_PARTNER_OF, "state:CA"),
    ]


def lv_claims() -> list[Claim]:
    d, t, fw = "lv_parskats", LV_PARSKATS, "framework:eu-nato-cooperation"
    return [
        claim(d, t, "Pirmā kopīgā deklarācija tika parakstīta Varšavā 2016. gada jūlijā", "agreement:eu-nato-jd-2016",
              P.SIGNED, "city:warsaw", point_in_time="2016-07"),
        claim(d, t, "2016. gada decembrī abas organizācijas apstiprināja 42 kopīgus priekšlikumus", fw,
              P.MEASURES_APPROVED, Literal(42, "quantity"), point_in_time="2016-12"),
        claim(d, t, "2017. gada decembrī vēl 32", fw, P.MEASURES_APPROVED, Literal(32, "quantity"),
              point_in_time="2017-12"),
        claim(d, t, "militāro mobilitāti", fw, P.COOPERATION_AREA, "area:military-mobility"),
        claim(d, t, "kiberdrošību", fw, P.COOPERATION_AREA, "area:cyber-security"),
        claim(d, t, "Progresa ziņojumus gatavo katru gadu kopš 2017. gada jūnija", fw, P.PROGRESS_REPORT,
              Literal("2017-06", "date"), frequency="annual"),
        claim(d, t, "Šobrīd ES un NATO ir 21 kopīga dalībvalsts", "org:eu", P.SHARED_MEMBER_COUNT, "org:nato",
              count=Literal(21, "quantity"), as_of="2020-02-01"),
    ]


def build_store(path: Path):
    ref = load_reference()
    store = open_store(path)
    store.sync_reference(ref.entities.values(), getattr(ref, "version", "test"))
    store.put_document(_adoc("en_brief", EN_BRIEF, "en", "2019-05-01", en_claims()), "test")
    store.put_document(_adoc("lv_parskats", LV_PARSKATS, "lv", "2020-02-01", lv_claims()), "test")
    return store


@pytest.fixture(scope="session")
def store_path(tmp_path_factory) -> Path:
    p = tmp_path_factory.mktemp("report") / "graph.db"
    build_store(p).close()
    return p


@pytest.fixture()
def store(store_path):
    s = open_store(store_path)
    yield s
    s.close()


@pytest.fixture(scope="session")
def ref():
    return load_reference()

"""Documents to check, in English and Latvian, written for these tests, with the claims an
extractor should read out of them (so the verdict logic is tested without the extraction stage)."""

from __future__ import annotations

from conftest import claim

from allygraph.model import AnalysedDocument, Document, Literal
from allygraph.nlp.segment import segment
from allygraph.vocab import Predicate as P

EN_CHECK = (
    "Briefing note\n\n"
    "Latvia joined NATO on 29 March 2004.\n"
    "Latvia joined NATO on 1 April 2004.\n"
    "Germany leads the NATO battlegroup in Latvia.\n"
    "Latvia and Ukraine have cooperated since 2004.\n"
    "The EU and NATO share 22 member states.\n"
    "Our ministry has accredited eight defence attachés in 5 countries:\n"
    "- Germany, Austria and France (resident in Berlin);\n"
    "- Canada (resident in Ottawa);\n"
    "- Ukraine (resident in Kyiv).\n"
    "In 2016 the leaders approved 42 measures and in 2017 another 32, 70 in total.\n"
)

LV_CHECK = (
    "Informatīvais ziņojums\n\n"
    "Latvija ir NATO dalībvalsts kopš 2004. gada 29. marta.\n"
    "Kanāda vada NATO kaujas grupu Latvijā.\n"
    "Kaujas grupā dien vairāk nekā 1500 karavīru.\n"
    "Latvija un Moldova sadarbojas kopš 2004. gada.\n"
    "ES un NATO ir 21 kopīga dalībvalsts.\n"
    "Kaujas grupā dien 900 karavīru.\n"
    "Ministrija ir akreditējusi trīs aizsardzības atašejus 4 valstīs:\n"
    "- Polijā un Čehijā (rezidē Varšavā);\n"
    "- Zviedrijā un Somijā (rezidē Stokholmā).\n"
    "Pirmajā gadā apstiprināja 42 pasākumus, otrajā vēl 32, pavisam kopā 74.\n"
)


def en_doc() -> tuple[Document, list]:
    d, t = "en_check", EN_CHECK
    claims = [
        claim(d, t, "Latvia joined NATO on 29 March 2004", "state:LV", P.MEMBER_OF, "org:nato", start="2004-03-29"),
        claim(d, t, "Latvia joined NATO on 1 April 2004", "state:LV", P.MEMBER_OF, "org:nato", start="2004-04-01"),
        claim(d, t, "Germany leads the NATO battlegroup in Latvia", "state:DE", P.LEADS, "formation:efp-bg-latvia"),
        claim(d, t, "Latvia and Ukraine have cooperated since 2004", "state:LV", P.COOPERATES_WITH, "state:UA",
              start="2004"),
        claim(d, t, "The EU and NATO share 22 member states", "org:eu", P.SHARED_MEMBER_COUNT, "org:nato",
              count=Literal(22, "quantity")),
    ]
    return Document(d, f"{d}.txt", t, d, "txt", "Briefing note", "2023-06-01"), claims


def lv_doc() -> tuple[Document, list]:
    d, t = "lv_check", LV_CHECK
    claims = [
        claim(d, t, "Latvija ir NATO dalībvalsts kopš 2004. gada 29. marta", "state:LV", P.MEMBER_OF, "org:nato",
              start="2004-03-29"),
        claim(d, t, "Kanāda vada NATO kaujas grupu Latvijā", "state:CA", P.LEADS, "formation:efp-bg-latvia"),
        claim(d, t, "Kaujas grupā dien vairāk nekā 1500 karavīru", "formation:efp-bg-latvia", P.PERSONNEL_COUNT,
              Literal(1500, "quantity", ">")),
        claim(d, t, "Latvija un Moldova sadarbojas kopš 2004. gada", "state:LV", P.COOPERATES_WITH, "state:MD",
              start="2004"),
        claim(d, t, "ES un NATO ir 21 kopīga dalībvalsts", "org:eu", P.SHARED_MEMBER_COUNT, "org:nato",
              count=Literal(21, "quantity")),
        claim(d, t, "Kaujas grupā dien 900 karavīru", "formation:efp-bg-latvia", P.PERSONNEL_COUNT,
              Literal(900, "quantity")),
    ]
    return Document(d, f"{d}.txt", t, d, "txt", "Informatīvais ziņojums", "2021-03-01"), claims


def fake_analyser(docs: dict[str, tuple[Document, list]]):
    """An ``analyse`` stand-in: the document's text -> our hand-written claims."""
    by_text = {doc.text: (doc, claims) for doc, claims in docs.values()}

    def analyse(doc: Document) -> AnalysedDocument:
        known, claims = by_text[doc.text]
        lang = "lv" if known.id.startswith("lv") else "en"
        paragraphs, sentences = segment(doc.text, lang)
        known = Document(doc.id, doc.path, doc.text, doc.sha256, doc.format, known.title, known.date)
        return AnalysedDocument(known, lang, paragraphs, sentences, claims=[c for c in claims])

    return analyse

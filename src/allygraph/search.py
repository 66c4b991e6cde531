"""Passage search across both languages.

The query is tokenised and lemmatised in its own language (stop words dropped) and its entity
mentions are linked with the same gazetteer as documents. The store ranks sentence-sized
passages by BM25 over lemmas plus the linked-entity tokens; because an entity has one id in
every language, "Kanāda" in a Latvian query finds "Canada" in an English document.
"""

from __future__ import annotations

from .model import Mention
from .store.base import Passage, Store

__all__ = ["search", "query_terms"]


def _stopwords(lang: str) -> frozenset[str]:
    from .extract.context import lang_data

    mod = lang_data(lang, "stopwords")
    return getattr(mod, "STOPWORDS", frozenset()) if mod else frozenset()


def query_terms(text: str, lang: str) -> tuple[list[str], list[Mention]]:
    """(lemmas worth searching for, linked entity mentions) of a query."""
    from .nlp.segment import tokenize
    from .query import _gazetteer

    mentions, _ = _gazetteer().find_entities(text, lang)
    inside = [(m.start, m.end) for m in mentions]
    stop = _stopwords(lang) | _stopwords("en" if lang == "lv" else "lv") | _question_words(lang)
    terms: list[str] = []
    for t in tokenize(text, 0, len(text), lang):
        if t.is_punct or len(t.text) < 2 or t.lemma in stop or t.text.casefold() in stop:
            continue
        if any(s <= t.start and t.end <= e for s, e in inside):
            continue  # the entity token stands for it, in every language
        if t.lemma not in terms:
            terms.append(t.lemma)
    return terms, mentions


def _question_words(lang: str) -> frozenset[str]:
    from .extract.context import lang_data

    mod = lang_data(lang, "ask")
    return frozenset(getattr(mod, "QUESTION_WORDS", ())) if mod else frozenset()


def search(store: Store, text: str, *, lang: str | None = None, limit: int = 10,
           only_lang: str | None = None) -> list[Passage]:
    """The passages that best match ``text``, best first, from documents in either language
    (``only_lang`` restricts them)."""
    from .nlp.langid import detect

    lang = lang or detect(text)
    terms, mentions = query_terms(text, lang)
    ents = list(dict.fromkeys(m.entity_id for m in mentions))
    return store.search_passages(terms, ents, lang=only_lang, limit=limit)

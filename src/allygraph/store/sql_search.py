"""Passage search in the SQL store: SQLite's FTS5 table ranked with its BM25, PostgreSQL's full-text
search on a GIN index, a plain scored scan elsewhere. Query terms are lemmas and entity tokens (an entity
has one token in every language, which bridges Latvian and English passages).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection, Engine

from .base import Passage
from .schema import passages_plain_t

__all__ = ["PassageSearch", "entity_token", "PG_TSV"]


# PostgreSQL's text-search document of a passage: entity tokens (underscores dropped, as its parser
# splits at them) weighted A, lemmas weighted B; the GIN index and the queries use this same expression.
PG_TSV = ("(setweight(to_tsvector('simple', replace(entities, '_', '')), 'A') || "
           "setweight(to_tsvector('simple', lemmas), 'B'))")



def entity_token(entity_id: str) -> str:
    """The search token standing for an entity (FTS5 keeps ``_`` inside tokens)."""
    return "ent_" + re.sub(r"\W", "_", entity_id.lower())



class PassageSearch:
    """The search methods of :class:`~allygraph.store.sql.SQLStore` (a mixin over its engine)."""

    engine: Engine
    sqlite: bool

    def document_text(self, doc_id: str) -> str | None:
        raise NotImplementedError

    def search_passages(self, terms: list[str], entity_ids: Iterable[str] = (), *, lang: str | None = None,
                        limit: int = 10) -> list[Passage]:
        words = [re.sub(r"[^\w]", "", t) for t in terms]
        words = [w for w in words if w]
        ents = [entity_token(e) for e in entity_ids]
        if not words and not ents:
            return []
        out: list[Passage] = []
        with self.engine.connect() as c:
            if self.sqlite:
                self._all_required = False
                words, ents = self._selective(c, words, ents)
                if not words and not ents:
                    return []  # no query term occurs in any passage
                parts = [f'lemmas:"{w}"' for w in words] + [f'entities:"{e}"' for e in ents]
                match = (" AND " if self._all_required else " OR ").join(parts)
                sql = ("SELECT doc_id, start, \"end\", lang, entities, bm25(passages, 0, 0, 0, 0, 1.0, 2.0) AS score "
                       "FROM passages WHERE passages MATCH ?")
                args: list[Any] = [match]
                if getattr(self, "_estimate", 0) > self.MAX_RANKED:
                    # Rank among the most recent MAX_RANKED matches only: FTS5 walks its lists in rowid
                    # order cheaply, but scoring hundreds of thousands of rows is not cheap.
                    floor = c.exec_driver_sql(
                        "SELECT min(rowid) FROM (SELECT rowid FROM passages WHERE passages MATCH ? "
                        "ORDER BY rowid DESC LIMIT ?)", (match, self.MAX_RANKED)).scalar()
                    if floor is not None:
                        sql += " AND rowid >= ?"
                        args.append(floor)
                if lang:
                    sql += " AND lang = ?"
                    args.append(lang)
                sql += " ORDER BY score, doc_id, start LIMIT ?"
                args.append(limit)
                rows = c.exec_driver_sql(sql, tuple(args)).all()
                hits = [(r[0], r[1], r[2], r[3], r[4], -float(r[5])) for r in rows]
            else:
                hits = self._plain_search(c, words, ents, lang, limit)
            texts: dict[str, str] = {}
            for doc_id, start, end, plang, ent_s, score in hits:
                if doc_id not in texts:
                    texts[doc_id] = self.document_text(doc_id) or ""
                out.append(Passage(doc_id, start, end, plang, texts[doc_id][start:end], score,
                                   [e for e in ent_s.split() if e]))
        return out

    COMMON_SHARE = 0.05  # a term in more than this share of passages does not select, it only ranks
    MAX_RANKED = 20_000  # on a huge store, rank at most this many (the most recent) matching passages

    def _selective(self, c: Connection, words: list[str], ents: list[str]) -> tuple[list[str], list[str]]:
        """Drop query terms that occur in a large share of passages (on a big store an OR over them
        would score most of the index); keep at least the two rarest terms."""
        total = c.exec_driver_sql("SELECT max(rowid) FROM passages").scalar() or 0
        terms = [_fts_fold(t) for t in words + ents]
        if total < 2000 or not terms:
            return words, ents
        marks = ",".join("?" * len(terms))
        freq: dict[str, int] = dict(c.exec_driver_sql(f"SELECT term, doc FROM passages_vocab WHERE term IN ({marks})", tuple(terms)).all())
        limit = self.COMMON_SHARE * total
        keep = {t for t in terms if 0 < freq.get(t, 0) <= limit}
        self._all_required = not keep  # only common terms: every one of them must occur (AND), not any
        if not keep:
            keep = {t for t in terms if freq.get(t, 0)}
        counts = [freq.get(t, 0) for t in keep]
        self._estimate = (min(counts) if self._all_required else sum(counts)) if counts else 0
        return ([w for w in words if _fts_fold(w) in keep], [e for e in ents if _fts_fold(e) in keep])

    def _plain_search(self, c: Connection, words: list[str], ents: list[str], lang: str | None,
                      limit: int) -> list[tuple]:
        if c.dialect.name == "postgresql":
            return self._pg_search(c, words, ents, lang, limit)
        q = select(passages_plain_t)
        if lang:
            q = q.where(passages_plain_t.c.lang == lang)
        scored = []
        want_w, want_e = set(words), set(ents)
        for r in c.execute(q):
            lw, le = r.lemmas.split(), r.entities.split()
            s = sum(1.0 for w in lw if w in want_w) / (1 + len(lw) / 20) + 2.0 * sum(1 for e in le if e in want_e)
            if s > 0:
                scored.append((r.doc_id, r.start, r.end, r.lang, r.entities, s))
        scored.sort(key=lambda x: (-x[5], x[0], x[1]))
        return scored[:limit]

    def _pg_search(self, c: Connection, words: list[str], ents: list[str], lang: str | None,
                   limit: int) -> list[tuple]:
        """PostgreSQL full-text search over the GIN-indexed passages: any query term matches, entity
        tokens weigh more than lemmas (as in the SQLite store's BM25 weights)."""
        terms = [w.lower() for w in words] + [e.replace("_", "").lower() for e in ents]
        query = " | ".join(f"'{t}'" for t in dict.fromkeys(terms) if re.fullmatch(r"\w+", t))
        if not query:
            return []
        sql = (f"SELECT doc_id, start, \"end\", lang, entities, ts_rank('{{0, 0, 0.5, 1.0}}', {PG_TSV}, q) AS score "
               f"FROM passages_plain, to_tsquery('simple', %(q)s) AS q WHERE {PG_TSV} @@ q")
        args: dict[str, Any] = {"q": query, "limit": limit}
        if lang:
            sql += " AND lang = %(lang)s"
            args["lang"] = lang
        sql += " ORDER BY score DESC, doc_id, start LIMIT %(limit)s"
        return [tuple(r) for r in c.exec_driver_sql(sql, args).all()]


def _fts_fold(term: str) -> str:
    """A term as FTS5's unicode61 tokenizer (remove_diacritics 2) stores it."""
    import unicodedata

    s = unicodedata.normalize("NFKD", term.lower())
    return "".join(ch for ch in s if not unicodedata.combining(ch))

"""Ask in Latvian or English: a question -> a short answer in the question's language, the entities
or values behind it, and the exact passages that support it (from documents in either language).

Flow: :func:`~allygraph.ask.understand.understand` (language, wh-kind, cued relations, linked names,
dates) -> :func:`~allygraph.ask.solve.solve` over the graph -> a derived answer from the reference
data where the question asks for one (members of both the EU and NATO on a date) -> rendering.
When the graph holds no answer, the best passages from :func:`allygraph.search.search` are read
(:mod:`allygraph.ask.reader`): a passage that names the question's entities and states the asked
relation gives an answer marked as read from that passage; otherwise the result says plainly that
the answer is not known and lists the closest passages — never a guessed answer.

The result is a dict in the evaluation kit's answer format: ``answer``, ``items``, ``citations``,
plus ``lang``, ``predicate``, ``derivation`` and ``passages``.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from ..export import _EntityCache, entity_json
from ..extract.context import lang_data
from ..model import Literal
from ..store.base import Store
from .reader import Reading, read
from .solve import Solution, solve
from .understand import Question, understand

__all__ = ["answer", "Question", "understand", "solve"]


def _text(lang: str, key: str, **kw: Any) -> str:
    mod = lang_data(lang, "ask") or lang_data("en", "ask")
    return getattr(mod, "ANSWER", {}).get(key, key).format(**kw)


_LV_MONTHS_LOC = ["janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā", "septembrī",
                  "oktobrī", "novembrī", "decembrī"]


def human_date(value: str, lang: str) -> str:
    """An ISO date at any precision as a person writes it in ``lang``."""
    from babel.dates import format_date, format_skeleton

    parts = value.split("-")
    try:
        if value.startswith("--"):
            d = _dt.date(2000, int(value[2:4]), int(value[5:7]))
            return format_skeleton("MMMMd", d, locale=lang) if lang != "lv" else f"{d.day}. {_LV_MONTHS_LOC[d.month - 1]}"
        if len(parts) == 1:
            return value if lang == "en" else f"{value}. gadā"
        if len(parts) == 2:
            d = _dt.date(int(parts[0]), int(parts[1]), 1)
            if lang == "lv":
                return f"{d.year}. gada {_LV_MONTHS_LOC[d.month - 1]}"
            return format_skeleton("yMMMM", d, locale="en")
        d = _dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
        if lang == "lv":
            return f"{d.year}. gada {d.day}. {_LV_MONTHS_LOC[d.month - 1]}"
        return format_date(d, "d MMMM y", locale="en")
    except (ValueError, IndexError):
        return value


def _value_text(v: Literal, lang: str) -> str:
    if v.datatype == "date":
        return human_date(str(v.value), lang)
    if v.bound == ">":
        return _text(lang, "more_than", n=v.value)
    return f"{v.bound or ''}{v.value}" if v.bound not in (None, ">") else str(v.value)


def _join(items: list[str], lang: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {_text(lang, 'and')} " + items[-1]


def _citations(sol: Solution) -> list[dict[str, Any]]:
    seen, out = set(), []
    for c in sol.claims:
        for s in c.sources:
            k = (s.document, s.start, s.end)
            if k not in seen:
                seen.add(k)
                out.append({"document": s.document, "start": s.start, "end": s.end, "quote": s.quote})
    return sorted(out, key=lambda x: (x["document"], x["start"]))


def _derived(store: Store, q: Question, sol: Solution | None, as_of: str | None) -> dict[str, Any] | None:
    """Members of both the EU and NATO on a date, computed from the reference data's accession dates."""
    asked = sol.predicate if sol else (q.predicates[0][0] if q.predicates else None)
    if asked != "shared_member_count":
        return None
    from ..refdata import load_reference
    from ..report.derived import shared_members

    when = (q.times[0].value if q.times else None) or as_of or _dt.date.today().isoformat()
    both = shared_members(load_reference(), "org:eu", "org:nato", when)
    if not both:
        return None
    return {"value": len(both), "date": when, "states": both}


READ_PASSAGES = 8  # passages read for an answer when the graph holds none


def _add_items(out: dict[str, Any], entities: list[str], values: list[Literal], ents: _EntityCache,
               lang: str) -> list[str]:
    """Append the answer's entities and values to ``out["items"]``; the entities' names in ``lang``."""
    words = []
    for eid in entities:
        e = ents.get(eid)
        out["items"].append(entity_json(eid, e))
        words.append(e.label(lang) if e else eid)
    for v in values:
        out["items"].append({"value": v.value, "label": _value_text(v, lang), **({"bound": v.bound} if v.bound else {})})
    return words


def _from_reading(out: dict[str, Any], r: Reading, ents: _EntityCache, lang: str) -> dict[str, Any]:
    """The answer read from one passage, marked as not backed by a stored claim."""
    words = _add_items(out, r.entities, r.values, ents, lang)
    words += [_value_text(v, lang) for v in r.values]
    p = r.passage
    out["predicate"] = r.predicate
    out["answer"] = _text(lang, "read", answer=_join(words, lang))
    out["citations"] = [{"document": p.document, "start": p.start, "end": p.end, "quote": p.text}]
    out["derivation"] = {"method": "passage", "note": "read from the cited passage; no stored claim states it"}
    return out


def answer(store: Store, question: str, *, lang: str | None = None, as_of: str | None = None,
           passages: int = 3) -> dict[str, Any]:
    """Answer ``question`` from the graph in ``store`` (language detected unless given)."""
    from ..nlp.langid import detect
    from ..search import search

    lang = lang or detect(question)
    q = understand(question, lang)
    sol = solve(store, q, as_of=as_of)
    ents = _EntityCache(store)
    if sol:
        ents.cache.update(store.entities_by_id(sol.entities))
    derived = _derived(store, q, sol, as_of)
    out: dict[str, Any] = {"question": question, "lang": lang, "answer": "", "items": [], "citations": [],
                           "predicate": sol.predicate if sol else None, "derivation": None, "passages": []}
    if sol is None and derived is None:
        hits = search(store, question, lang=lang, limit=max(passages, READ_PASSAGES))
        reading = read(store, q, hits) if as_of is None else None  # a passage has no validity to time-travel with
        if reading is not None:
            return _from_reading(out, reading, ents, lang)
        out["answer"] = _text(lang, "not_known")
        out["passages"] = [{"document": p.document, "start": p.start, "end": p.end, "quote": p.text,
                            "score": round(p.score, 3)} for p in hits[:passages]]
        return out
    words: list[str] = []
    if sol:
        words = _add_items(out, sol.entities, sol.values, ents, lang)
        out["citations"] = _citations(sol)
        if sol.kind == "count":
            out["answer"] = _text(lang, "count_of", n=len(sol.entities), items=_join(words, lang))
        elif sol.kind == "period" and len(sol.values) == 2:
            out["answer"] = _text(lang, "period", start=_value_text(sol.values[0], lang), end=_value_text(sol.values[1], lang))
        else:
            out["answer"] = _join(words + [_value_text(v, lang) for v in sol.values], lang)
    if derived:
        names = [e.label(lang) if (e := ents.get(s)) else s for s in derived["states"]]
        basis = f"{len(names)} ({_text(lang, 'as_of', date=human_date(derived['date'], lang))}): {', '.join(names)}"
        out["derivation"] = {"method": "accession dates in the reference data", **derived}
        text = _text(lang, "derived", basis=basis)
        out["answer"] = f"{out['answer']}; {text}" if out["answer"] else text
        out["items"].append({"value": derived["value"], "label": str(derived["value"]), "derived": True})
    return out

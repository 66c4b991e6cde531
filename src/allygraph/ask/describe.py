"""Resolving a described entity in a question: "the Canada-led battlegroup at Ādaži", "Kanādas vadītā
kaujas grupa", "the brigade in Lithuania" name no unit, but the graph knows which unit Canada leads
and which one is at Ādaži.

When a question uses a noun for a kind of entity (a formation or an operation, from the ``TYPES``
cues of ``lang/<code>/ask.py``) that is not what it asks for, and names no entity of that kind, the
entities of that kind linked by some claim to the question's named entities are candidates; the one
linked to the most of them, if it is the only one, joins the question as if it had been named.
"""

from __future__ import annotations

from ..store.base import Store
from ..vocab import EntityType
from .understand import QMention, Question, lexicons

__all__ = ["resolve_descriptions"]

MAX_CLAIMS = 5000  # claims read per named entity (NATO has thousands in a big store)
_DESCRIBABLE = {"formation": EntityType.FORMATION, "operation": EntityType.OPERATION}


def _described(q: Question) -> list[tuple[EntityType, int, int]]:
    """(kind, start, end) of each kind-noun in the question that describes rather than asks."""
    from ..nlp.segment import tokenize

    tokens = tokenize(q.text, 0, len(q.text), q.lang)
    named = {m.type for m in q.mentions}
    out = []
    for hint, typ in _DESCRIBABLE.items():
        if typ in named or (q.wh == "who" and q.type_hint == hint):
            continue  # already named, or the kind is what the question asks for
        lex = lexicons(q.lang, "TYPES").get(hint)
        found = lex.find(tokens) if lex else []
        if found:
            out.append((typ, found[0].start, found[0].end))
    return out


def resolve_descriptions(store: Store, q: Question) -> Question:
    """``q`` with a mention added for each described entity the graph identifies unambiguously."""
    described = _described(q)
    if not described or not q.mentions:
        return q
    named = {m.entity_id for m in q.mentions}
    for typ, start, end in described:
        links: dict[str, set[str]] = {}
        for eid in named:
            for c in store.claims(entity=eid, with_sources=False, limit=MAX_CLAIMS):
                for other in (c.subject, c.object):
                    if isinstance(other, str) and other not in named:
                        links.setdefault(other, set()).add(eid)
        kinds = store.entities_by_id(links)
        cands = {e: n for e, n in links.items() if (x := kinds.get(e)) is not None and x.type is typ}
        if not cands:
            continue
        best = max(len(n) for n in cands.values())
        top = sorted(e for e, n in cands.items() if len(n) == best)
        if len(top) == 1 and (best >= 2 or len(named) == 1):
            for m in q.mentions:  # "Kanādas vadītā kaujas grupa": the genitive describes the unit, owns no answer
                if m.entity_id in cands[top[0]] and m.role == "owner":
                    m.role = None
            q.mentions.append(QMention(top[0], typ, start, end, q.text[start:end]))
    q.mentions.sort(key=lambda m: m.start)
    return q

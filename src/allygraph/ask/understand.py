"""Question understanding: a question in Latvian or English -> a structured :class:`Question`.

The question is tokenised and its entity names linked exactly as documents are (so inflected
forms and either language work). Cue lexicons from ``lang/<code>/ask.py`` tell what kind of
answer is wanted (who/which, where, when, a period, a count), which relations the question is
about (ranked by how strongly they are cued) and the expected type of the answer. Each linked
name gets a role hint from its grammar: a Latvian genitive or an English possessive marks the
owner ("Latvijas atašejs", "Latvia's attaché"), a locative or "in/at X" a place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..extract.context import lang_data
from ..extract.lexicon import Lexicon
from ..model import Mention, TimeExpr, Token
from ..vocab import EntityType

__all__ = ["Question", "QMention", "understand"]


@dataclass(slots=True)
class QMention:
    entity_id: str
    type: EntityType
    start: int
    end: int
    surface: str
    role: str | None = None  # "owner" (genitive/possessive), "place" (locative/in/at), "target" (to X), None


@dataclass(slots=True)
class Question:
    text: str
    lang: str
    wh: str  # who | where | when | period | count
    type_hint: str | None
    predicates: list[tuple[str, float]]
    mentions: list[QMention]
    times: list[TimeExpr] = field(default_factory=list)  # dates that constrain the answer
    ordinal: str | None = None  # first | last
    present: bool = False


def _lex(lang: str, table: str) -> dict[str, Lexicon]:
    mod = lang_data(lang, "ask")
    data = getattr(mod, table, {}) if mod else {}
    return {k: Lexicon(v) for k, v in data.items()}


_LEX_CACHE: dict[tuple[str, str], dict[str, Lexicon]] = {}


def lexicons(lang: str, table: str) -> dict[str, Lexicon]:
    key = (lang, table)
    if key not in _LEX_CACHE:
        _LEX_CACHE[key] = _lex(lang, table)
    return _LEX_CACHE[key]


def _plain(lang: str, name: str) -> Lexicon:
    mod = lang_data(lang, "ask")
    return Lexicon(getattr(mod, name, ()) if mod else ())


def _role(q: str, m: Mention, lang: str) -> str | None:
    after = q[m.end:m.end + 3]
    before = q[max(0, m.start - 12):m.start].casefold()
    if lang == "en":
        if re.match(r"['’]s?\b", after):
            return "owner"
        if re.search(r"\b(?:to)\s+(?:the\s+)?$", before):
            return "target"
        if re.search(r"\b(?:in|at|from|of)\s+(?:the\s+)?$", before):
            return "place" if not re.search(r"\bof\s+(?:the\s+)?$", before) else "owner"
        return None
    cases = m.cases or frozenset()
    if "loc" in cases and "nom" not in cases:
        return "place"
    if "gen" in cases and not ({"nom", "acc"} & cases):
        return "owner"
    if cases == {"acc"} or cases == {"dat"}:
        return "target"
    return None


# Relations whose cue words say more than the generic ones they co-occur with ("invited to join"
# beats "join", "members in common" beats "members"): language-independent weights.
SPECIFIC = {
    "invited_to_join": 1.5, "shared_member_count": 1.5, "strategic_partner_of": 1.5, "military_support_to": 1.5,
    "defence_adviser_to": 1.0, "progress_report": 1.0, "priority_area": 1.0, "chair_of": 1.0, "signatory": 0.6,
    "measures_approved": 0.8, "headquarters": 0.8, "commanded_by": 0.8, "held_in": 0.5, "defence_attache_to": 0.5,
}
COUNTABLE = {"personnel_count": 1.0, "measures_approved": 1.0, "shared_member_count": 1.0}


# a relation word that describes a named thing ("the Canada-led battlegroup", "Kanādas vadītā kaujas
# grupa") says which thing is meant, not what is asked: weaker than the question's own verb
DESCRIBING_PENALTY = 1.5  # more than the margin within which solve tries a weaker cue


def _describes(q: str, f, spans: list[tuple[int, int]], describing: set[tuple[int, int]]) -> bool:  # type: ignore[no-untyped-def]
    """True for a cue that is a participle describing a noun: hyphened to a name ("Canada-led") or a
    describing form from ``DESCRIBING`` of ``lang/<code>/ask.py`` ("vadītā", "led by")."""
    if f.start > 0 and q[f.start - 1] == "-" and any(b == f.start - 1 for _, b in spans):
        return True
    return any(a <= f.start and f.end <= b for a, b in describing)


def _ordinal(lang: str, tokens: list[Token]) -> str | None:
    """"first"/"last", or the 1-based position as a string ("3" for "third"/"trešā")."""
    if _plain(lang, "ORDINAL_FIRST").find(tokens):
        return "first"
    if _plain(lang, "ORDINAL_LAST").find(tokens):
        return "last"
    mod = lang_data(lang, "ask")
    for n, pats in (getattr(mod, "ORDINALS", {}) if mod else {}).items():
        if Lexicon(pats).find(tokens):
            return str(n)
    return None


_FAMILY_TYPES = (EntityType.AGREEMENT, EntityType.EVENT)


def _family_key(name: str) -> str:
    """A name without its years, dashes or "and"/"un" between parties: "EU–NATO Joint Declaration 2016"
    and "ES un NATO kopīgā deklarācija" become comparable."""
    from ..query import fold

    s = fold(name)
    s = re.sub(r"\b\d{4}\b\.?(?:\s*gada)?", " ", s)
    s = re.sub(r"\s*(?:-|/|\band\b|\bun\b)\s*", " ", s)
    return " ".join(s.split())


_FAMILIES: dict[str, list[str]] | None = None


def _families() -> dict[str, list[str]]:
    """Family key -> entity ids, for agreements and events that differ only by year."""
    global _FAMILIES
    if _FAMILIES is None:
        from ..refdata import load_reference

        fams: dict[str, set[str]] = {}
        for e in load_reference().entities.values():
            if e.type not in _FAMILY_TYPES:
                continue
            for name in [*e.labels.values(), *e.all_aliases()]:
                key = _family_key(name)
                if len(key.split()) >= 2:
                    fams.setdefault(key, set()).add(e.id)
        _FAMILIES = {k: sorted(v) for k, v in fams.items()}
    return _FAMILIES


def _inflectable(word: str) -> str:
    """A word of a name as a pattern that accepts its inflected forms (Latvian case endings
    change the last one or two letters: deklarācija -> deklarāciju, kopīgā -> kopīgo)."""
    if len(word) >= 5 and word.isalpha():
        return re.escape(word[:-2]) + r"\w{0,4}"
    return re.escape(word)


def _family_mentions(q: str, mentions: list[QMention]) -> list[QMention]:
    """Add a mention for a year-less name of an agreement/event family ("the first EU-NATO joint
    declaration"); it replaces the party names found inside it."""
    from ..query import fold

    folded = fold(q)
    if len(folded) != len(q):
        return mentions
    norm = re.sub(r"(?:-|/)", " ", folded)
    best: tuple[int, int, str] | None = None
    for key, ids in _families().items():
        pattern = r"\b" + r"\s+(?:(?:and|un)\s+)?".join(_inflectable(w) for w in key.split()) + r"\b"
        m = re.search(pattern, norm)
        if m and (best is None or m.end() - m.start() > best[1] - best[0]):
            best = (m.start(), m.end(), ids[0])
    if best is None:
        return mentions
    s, e, eid = best
    if any(m.start <= s and e <= m.end for m in mentions):
        return mentions
    kept = [m for m in mentions if m.end <= s or m.start >= e]
    kept.append(QMention(eid, EntityType.AGREEMENT if eid.startswith("agreement") else EntityType.EVENT, s, e, q[s:e]))
    return sorted(kept, key=lambda m: m.start)


def understand(question: str, lang: str) -> Question:
    from ..nlp.segment import tokenize
    from ..nlp.times import find_times
    from ..query import _gazetteer

    q = question.strip()
    tokens: list[Token] = tokenize(q, 0, len(q), lang)
    mentions, _new = _gazetteer().find_entities(q, lang)
    qm = [QMention(m.entity_id, m.type, m.start, m.end, m.surface, _role(q, m, lang)) for m in mentions]
    qm = _family_mentions(q, qm)
    spans = [(m.start, m.end) for m in qm]

    wh = "who"
    first_at = len(q) + 1
    for kind, lex in lexicons(lang, "WH").items():  # the question word that comes first ("Cik ..., kad ...")
        found = lex.find(tokens)
        if found and found[0].start < first_at:
            wh, first_at = kind, found[0].start

    masked = [t for t in tokens if not any(a <= t.start < b for a, b in spans)]
    describing = {(f.start, f.end) for f in _plain(lang, "DESCRIBING").find(tokens)}
    scores: list[tuple[str, float]] = []
    for order, (pred, lex) in enumerate(lexicons(lang, "PREDICATES").items()):
        found = lex.find(masked)
        inside = False
        if not found:
            found = lex.find(tokens)
            # a cue in the middle of a linked name ("EU Military Assistance Mission") counts for less; one
            # that ends the name ("divīzijas štābs", "the division headquarters") names what is asked
            inside = bool(found) and all(any(a <= f.start and f.end < b for a, b in spans) for f in found)
        if found:
            score = max(1.0 + 0.5 * (f.last - f.first) for f in found) + 0.1 * len(found) - (2.0 if inside else 0.0)
            score += SPECIFIC.get(pred, 0.0) + (COUNTABLE.get(pred, 0.0) if wh == "count" else 0.0)
            if all(_describes(q, f, spans, describing) for f in found):
                score -= DESCRIBING_PENALTY
            scores.append((pred, score - order * 1e-3))
    scores.sort(key=lambda x: -x[1])

    type_hint = None
    for typ, lex in lexicons(lang, "TYPES").items():
        if typ == "person":
            continue
        if lex.find(masked):
            type_hint = typ
            break
    if type_hint is None and wh == "who" and lexicons(lang, "TYPES").get("person", Lexicon(())).find(tokens[:1]):
        type_hint = "person"

    times = [t for t in find_times(q, lang) if not any(a <= t.start < b for a, b in spans)]
    ordinal = _ordinal(lang, tokens)
    present = bool(_plain(lang, "PRESENT").find(tokens))
    return Question(q, lang, wh, type_hint, scores, qm, times, ordinal, present)

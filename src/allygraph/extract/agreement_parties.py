"""Who an agreement is between, and what it is about: the parties named around a document noun.

"Latvijas un Ukrainas drošības vienošanos", "the Latvia–Ukraine bilateral agreement" (parties before
the noun, over a few topic or kind words), "a roadmap agreed between Ottawa and Riga" (after
``BETWEEN``; a capital stands for its state), "Latvia's agreement with Ukraine" (one party before,
one after ``WITH``). The topic comes from ``TOPIC`` words before the noun or in the words about it
("vienošanās par sadarbību drošības jomā"). Also the look-up of a reference agreement by its kind,
parties and year, so that a document the reference data knows is not created again.
"""

from __future__ import annotations

import re

from ..model import Entity, Mention
from ..vocab import EntityType
from .context import DocContext, SentenceView, lang_data, lexicon
from .created import entity, entity_year, ref_entities
from .lexicon import Match

__all__ = ["party_of", "left_parties", "right_parties", "between_parties", "words", "key", "topic",
           "party_name", "reference_agreements", "known"]

MOD = "rel_agreements"
T = EntityType

_PARTY_TYPES = (T.STATE, T.ORG)
_CHAIN = re.compile(r"^\s*(?:–|—|-|/|,|&|and|un)\s*(?:the\s+)?$", re.IGNORECASE)  # "Latvia–Ukraine", "X un Y"
_LEAD_GAP = re.compile(r"^\s*(?:the\s+)?$", re.IGNORECASE)
_POSSESSIVE = frozenset({"'s", "’s", "'", "’", "s"})
_TOPIC_ORDER = ("military", "security", "defence", "brigade", "cooperation", "partnership")
_CLAUSE_END = frozenset({",", ";", ".", ":", "(", ")"})


def party_of(ctx: DocContext, m: Mention) -> str | None:
    """A state or organisation, or the state of a capital named for its government ("Ottawa and Riga")."""
    if m.type in _PARTY_TYPES:
        return m.entity_id
    if m.type is T.CITY:
        e = entity(ctx, m.entity_id)
        if e is not None and e.extra.get("capital") and e.extra.get("country"):
            return str(e.extra["country"])
    return None


def _chain(ctx: DocContext, view: SentenceView, m: Mention, step: int) -> list[Mention]:
    """``m`` and the party mentions joined to it by "–", "and", "un" or commas, towards ``step``."""
    ms = view.mentions
    i = next(k for k, x in enumerate(ms) if x is m)
    out = [m]
    while 0 <= i + step < len(ms):
        nxt = ms[i + step]
        a, b = (nxt.end, out[-1].start) if step < 0 else (out[-1].end, nxt.start)
        if party_of(ctx, nxt) is None or not _CHAIN.match(ctx.text[a:b]):
            break
        out.append(nxt)
        i += step
    return out[::-1] if step < 0 else out


def words(lang: str, name: str) -> frozenset[str]:
    mod = lang_data(lang, MOD)
    return frozenset(w.casefold() for w in (getattr(mod, name, ()) if mod else ()))


def left_parties(ctx: DocContext, view: SentenceView, n: Match) -> list[Mention]:
    """Parties named right before the noun, over at most three topic or kind words ("Latvijas un
    Ukrainas drošības vienošanos", "the Latvia–Ukraine bilateral agreement", "Latvia's agreement")."""
    skip = words(view.lang, "TOPIC") | words(view.lang, "KIND_WORDS")
    toks = view.tokens
    i, skipped = n.first - 1, 0
    while i >= 0:
        tok = toks[i]
        m = next((x for x in view.mentions if x.start <= tok.start < x.end), None)
        if m is not None:
            return _chain(ctx, view, m, -1) if party_of(ctx, m) else []
        low = tok.text.casefold()
        if low in _POSSESSIVE or low in "\"'“”„«»":
            i -= 1
            continue
        if skipped < 3 and low in skip:
            skipped += 1
            i -= 1
            continue
        return []
    return []


def right_parties(ctx: DocContext, view: SentenceView, n: Match, sign: Match, with_ok: bool) -> list[Mention]:
    """Parties after "between"/"starp" next to the noun or the verb, or after "with"/"ar" right
    after the noun when one party is named before it."""
    toks = view.tokens
    leads = [(lead, False) for lead in view.find(lexicon(view.lang, MOD, "BETWEEN"))]
    if with_ok:
        leads += [(lead, True) for lead in view.find(lexicon(view.lang, MOD, "WITH"))]
    for lead, is_with in leads:
        anchor = n.last if is_with else (n.last if lead.first > n.last and lead.first - n.last <= 6 else sign.last)
        if not 0 < lead.first - anchor <= (3 if is_with else 6):
            continue
        if any(toks[k].text in _CLAUSE_END for k in range(anchor + 1, lead.first)):
            continue
        after = view.after(lead.end)
        if not after or party_of(ctx, after[0]) is None or not _LEAD_GAP.match(ctx.text[lead.end:after[0].start]):
            continue
        return [after[0]] if is_with else _chain(ctx, view, after[0], 1)
    return []


def between_parties(ctx: DocContext, view: SentenceView) -> list[str]:
    """States or organisations after "between"/"starp" ("agreed between Ottawa and Riga"): the
    parties of the document the sentence is about."""
    for lead in view.find(lexicon(view.lang, MOD, "BETWEEN")):
        after = view.after(lead.end)
        if after and party_of(ctx, after[0]) and _LEAD_GAP.match(ctx.text[lead.end:after[0].start]):
            group = _chain(ctx, view, after[0], 1)
            if len(group) >= 2:
                return list(dict.fromkeys(p for p in (party_of(ctx, m) for m in group) if p))
    return []


def key(lang: str, table: str, word: str) -> str | None:
    """The language-independent key of a word from a stem table (``NOUN_KEY``, ``TOPIC``)."""
    mod = lang_data(lang, MOD)
    tab: dict[str, str] = getattr(mod, table, {}) if mod else {}
    low = word.casefold()
    for stem in sorted(tab, key=len, reverse=True):
        if low.startswith(stem):
            return tab[stem]
    return None


def topic(view: SentenceView, n: Match) -> str | None:
    """The topic of the document: a topic word just before the noun, else in the words about it
    after it ("vienošanos par ... sadarbību drošības jomā", "Agreement on Security Co-operation")."""
    toks = view.tokens
    topics = words(view.lang, "TOPIC")
    k = n.first - 1
    while k >= 0 and n.first - k <= 2 and toks[k].text.casefold() in topics:  # "defence cooperation agreement"
        k -= 1
    if k < n.first - 1:
        return " ".join(str(key(view.lang, "TOPIC", toks[i].text)) for i in range(k + 1, n.first))
    about = words(view.lang, "ABOUT")
    found: list[str] = []
    if n.last + 1 < len(toks) and toks[n.last + 1].text.casefold() in about:
        for k in range(n.last + 2, min(n.last + 10, len(toks))):
            if toks[k].text in _CLAUSE_END:
                break
            if toks[k].text.casefold() in topics:
                found.append(str(key(view.lang, "TOPIC", toks[k].text)))
    # "par sadarbību aizsardzības jomā", "on defence and security cooperation": the domain words first
    order = {k: i for i, k in enumerate(_TOPIC_ORDER)}
    return " ".join(sorted(dict.fromkeys(found), key=lambda k: order.get(k, len(order)))) or None


def party_name(ctx: DocContext, pid: str, lang: str) -> list[str]:
    """A party's name in ``lang`` in the case the language's names take (``PARTY_CASE``), then short forms."""
    e = entity(ctx, pid)
    if e is None:
        return [pid]
    name = e.label(lang)
    case = getattr(lang_data(lang, MOD), "PARTY_CASE", None)
    morph = lang_data(lang, "morph")
    if case and morph is not None and hasattr(morph, "case_forms"):
        forms = sorted(f for f, cases in morph.case_forms(name).items() if case in cases)
        name = forms[0] if forms else name
        return [name]
    short = sorted(a for a in e.aliases.get(lang, []) if a.isupper() and 2 <= len(a) <= 4)
    return [name] + short[:1]


_AGREEMENTS: dict[int, tuple[dict[str, Entity], list[tuple[Entity, str]]]] = {}


def reference_agreements(ctx: DocContext) -> list[tuple[Entity, str]]:
    """Reference agreements with all their names in one casefolded string, once per reference data."""
    ents = ref_entities(ctx)
    hit = _AGREEMENTS.get(id(ents))
    if hit is None or hit[0] is not ents:
        rows = [(e, " | ".join([*e.labels.values(), *e.all_aliases()]).casefold())
                for _, e in sorted(ents.items()) if e.type is T.AGREEMENT]
        hit = _AGREEMENTS[id(ents)] = (ents, rows)
    return hit[1]


def known(ctx: DocContext, ids: list[str], kind: str, year: str | None) -> str | None:
    """The reference agreement of that year whose names carry the kind and every party."""
    def named(text: str, pid: str) -> bool:
        e = entity(ctx, pid)
        names = [*e.labels.values(), *e.all_aliases()] if e else []
        return any(len(x) >= 2 and re.search(rf"(?<!\w){re.escape(x.casefold())}(?!\w)", text) for x in names)

    for e, text in reference_agreements(ctx):
        y = entity_year(e)
        if year and y and y != year:
            continue
        if re.search(rf"(?<!\w){re.escape(kind)}", text) and all(named(text, p) for p in ids):
            return e.id
    return None

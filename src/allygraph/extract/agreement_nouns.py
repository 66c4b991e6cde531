"""Signed documents the reference data lacks, named by their noun phrase.

"The accession protocols were signed in Brussels", "Trudo un Kariņš parakstīja kopīgu ceļa karti",
"a memorandum of understanding was signed on ...": a document noun from the language data
(``AGREEMENT_NOUN``) close to a signing verb, with the words that make it a name (one or two
modifiers on the left, "of Accession" on the right), becomes an agreement entity of this
document. A bare noun ("the agreement") is not a name and makes nothing. Latvian heads are put
in the nominative (``NOMINATIVE``) so that the label reads as a name ("Pievienošanās līgums").
The entity carries the date chosen for the signing, so the signing rules pair it like a known one.

A document named by its parties ("Latvijas un Ukrainas drošības vienošanos", "the UK–Ukraine
agreement", "a roadmap agreed between Ottawa and Riga", "Latvia's agreement with Ukraine") is
named the way analysts name such instruments: "Latvia–Ukraine security agreement 2024" /
"Latvijas un Ukrainas drošības vienošanās 2024" (parties in alphabetical order of their English
names, a topic word from ``TOPIC``, the noun's kind from ``NOUN_KEY``, the year), with the
variants without the year or the topic as aliases. A reference agreement of that year whose name
carries the kind and every party is used instead of creating one.
"""

from __future__ import annotations

import re

from ..model import Entity, Mention, TimeExpr
from ..vocab import EntityType
from .context import DocContext, SentenceView, lang_data, lexicon
from .created import ensure_entity, entity, entity_year, ref_entities, slug, year_of
from .lexicon import Match

__all__ = ["named_documents", "between_parties", "party_of", "recurring"]

MOD = "rel_agreements"
T = EntityType
_MODIFIER_TYPES = (T.STATE, T.ORG, T.PROGRAMME, T.FRAMEWORK)
_MAX_GAP = 20  # tokens between the document noun and the signing verb
_CLAUSE = frozenset({",", ";", ":", "(", ")"})


def named_documents(ctx: DocContext, view: SentenceView, signs: list[Match],
                    times: list[TimeExpr]) -> list[Mention]:
    """Agreement mentions over the document noun phrases signed in this sentence (created entities)."""
    if not signs:
        return []
    nouns = [n for n in view.find(lexicon(view.lang, MOD, "AGREEMENT_NOUN"))
             if not any(m.start < n.end and n.start < m.end for m in view.mentions)]
    out: list[Mention] = []
    for n in nouns:
        sign = _sign_near(view, n, signs)
        if sign is None:
            continue
        t = min(times, key=lambda x: abs(x.start - sign.start)) if times else None
        found = _left_parties(ctx, view, n)
        found += [m for m in _right_parties(ctx, view, n, sign, len(found) == 1) if m not in found]
        ids = list(dict.fromkeys(p for p in (party_of(ctx, m) for m in found) if p))
        if len(ids) >= 2:
            start, end = min([n.start] + [m.start for m in found]), max([n.end] + [m.end for m in found])
            eid = _by_parties(ctx, view, n, ids, t)
        else:
            span = _phrase(view, n)
            if span is None:
                continue
            start, end = span
            eid = _create(ctx, view, start, end, n, t)
        out.append(Mention(eid, T.AGREEMENT, start, end, ctx.text[start:end], frozenset(), True))
    return out


def _sign_near(view: SentenceView, n: Match, signs: list[Match]) -> Match | None:
    toks = view.tokens
    for s in sorted(signs, key=lambda s: abs(s.first - n.first)):
        lo, hi = (n.last + 1, s.first) if s.first > n.last else (s.last + 1, n.first)
        if hi - lo > _MAX_GAP or any(toks[i].text in _CLAUSE for i in range(lo, hi)):
            continue
        return s
    return None


def _phrase(view: SentenceView, n: Match) -> tuple[int, int] | None:
    """(start, end) of the noun phrase that names the document, or None for a bare noun."""
    mod = lang_data(view.lang, MOD)
    stop = set(getattr(lang_data(view.lang, "stopwords"), "STOPWORDS", ()))
    stop |= {w.casefold() for w in getattr(mod, "NOT_MODIFIER", ())}
    complements = {w.casefold() for w in getattr(mod, "NOUN_COMPLEMENT", ())}
    toks = view.tokens
    left_max = 1 if view.lang == "lv" else 2
    start, end = n.start, n.end
    named = False
    i = n.first - 1
    taken = 0
    while i >= 0 and taken < left_max:
        tok = toks[i]
        m = next((x for x in view.mentions if x.start <= tok.start < x.end), None)
        if m is not None:
            if m.type in _MODIFIER_TYPES and m.end <= start and not _gap(view, m.end, start):
                start, named = m.start, True
            break
        w = tok.text.casefold()
        if tok.is_punct or not tok.text.replace("-", "").replace("–", "").isalpha() or w in stop:
            break
        if any(t.start <= tok.start < t.end for t in view.times):
            break
        start, named = tok.start, True
        taken += 1
        i -= 1
    j = n.last + 1
    if j + 1 < len(toks) and toks[j].text.casefold() in complements:
        k = j + 1
        while k < len(toks) and k <= j + 3 and toks[k].text.isalpha() and toks[k].text.casefold() not in stop \
                and not any(m.start <= toks[k].start < m.end for m in view.mentions
                            if m.type.is_place and m.type is not T.STATE):
            k += 1
        if k > j + 1:
            end, named = toks[k - 1].end, True
    if not named:
        return None
    return start, end


def _gap(view: SentenceView, a: int, b: int) -> bool:
    """Whether anything but spaces and quotes stands between two offsets."""
    return bool(view.ctx.text[a:b].strip(" \"'“”„«»"))


def _nominative(lang: str, head: str) -> str:
    """A Latvian head noun in the nominative ("ceļa karti" -> "ceļa karte", "protokoli" stays)."""
    mod = lang_data(lang, MOD)
    table = getattr(mod, "NOMINATIVE", {}) if mod else {}
    low = head.casefold()
    for stem in sorted(table, key=len, reverse=True):
        if not low.startswith(stem):
            continue
        sg, pl = table[stem]
        if low in (sg, pl):
            return head
        form = pl if low.endswith(tuple(getattr(mod, "PLURAL_ENDINGS", ()))) else sg
        return form[:1].upper() + form[1:] if head[:1].isupper() else form
    return head


def _agree(lang: str, left: str, head: str) -> str:
    """A Latvian adjective before a head now in the nominative, in the nominative too."""
    mod = lang_data(lang, MOD)
    words = left.split()
    if not mod or not words:
        return left
    w = words[-1]
    gender = "f" if head.endswith(("a", "e", "as", "es")) else "m"
    table = getattr(mod, "ADJECTIVE_NOMINATIVE", {}).get(gender, {})
    for end, nom in table.items():
        stem = w[: -len(end)]
        if w.endswith(end) and stem.casefold().endswith(tuple(getattr(mod, "ADJECTIVE_STEMS", ()))):
            words[-1] = stem + nom
            break
    return " ".join(words)


def _create(ctx: DocContext, view: SentenceView, start: int, end: int, n: Match, t: TimeExpr | None) -> str:
    def clean(s: str) -> str:
        return " ".join(s.split())

    head = clean(ctx.text[n.start:n.end])
    surface = clean(ctx.text[start:end])
    nom = _nominative(view.lang, head)
    name = clean(f"{_agree(view.lang, clean(ctx.text[start:n.start]), nom) if nom != head else ctx.text[start:n.start]}"
                 f" {nom} {ctx.text[n.end:end]}")
    year = year_of(t.value) if t else None
    label = name[:1].upper() + name[1:] + (f" {year}" if year else "")
    for e, text in _reference_agreements(ctx):  # "the accession protocols ... 2003": the reference one
        if name.casefold() in text.split(" | ") and entity_year(e) in (None, year):
            return e.id
    eid = "agreement:" + slug(name, year or "")
    ensure_entity(ctx, eid, T.AGREEMENT, {view.lang: label}, {"date": t.value} if t else None)
    e = entity(ctx, eid)
    if e is not None and e.source == f"doc:{ctx.doc_id}" and not e.aliases:
        e.aliases = {view.lang: sorted({surface, name})}
    return eid


# -- documents named by their parties ------------------------------------------------------------

_PARTY_TYPES = (T.STATE, T.ORG)
_CHAIN = re.compile(r"^\s*(?:–|—|-|/|,|&|and|un)\s*(?:the\s+)?$", re.IGNORECASE)  # "Latvia–Ukraine", "X un Y"
_LEAD_GAP = re.compile(r"^\s*(?:the\s+)?$", re.IGNORECASE)
_POSSESSIVE = frozenset({"'s", "’s", "'", "’", "s"})
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


def _words(lang: str, name: str) -> frozenset[str]:
    mod = lang_data(lang, MOD)
    return frozenset(w.casefold() for w in (getattr(mod, name, ()) if mod else ()))


def _left_parties(ctx: DocContext, view: SentenceView, n: Match) -> list[Mention]:
    """Parties named right before the noun, over at most three topic or kind words ("Latvijas un
    Ukrainas drošības vienošanos", "the Latvia–Ukraine bilateral agreement", "Latvia's agreement")."""
    skip = _words(view.lang, "TOPIC") | _words(view.lang, "KIND_WORDS")
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


def _right_parties(ctx: DocContext, view: SentenceView, n: Match, sign: Match, with_ok: bool) -> list[Mention]:
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


def _key(lang: str, table: str, word: str) -> str | None:
    """The language-independent key of a word from a stem table (``NOUN_KEY``, ``TOPIC``)."""
    mod = lang_data(lang, MOD)
    tab: dict[str, str] = getattr(mod, table, {}) if mod else {}
    low = word.casefold()
    for stem in sorted(tab, key=len, reverse=True):
        if low.startswith(stem):
            return tab[stem]
    return None


def _topic(view: SentenceView, n: Match) -> str | None:
    """The topic of the document: a topic word just before the noun, else in the words about it
    after it ("vienošanos par ... sadarbību drošības jomā", "Agreement on Security Co-operation")."""
    toks = view.tokens
    topics = _words(view.lang, "TOPIC")
    k = n.first - 1
    while k >= 0 and n.first - k <= 2 and toks[k].text.casefold() in topics:  # "defence cooperation agreement"
        k -= 1
    if k < n.first - 1:
        return " ".join(str(_key(view.lang, "TOPIC", toks[i].text)) for i in range(k + 1, n.first))
    about = _words(view.lang, "ABOUT")
    if n.last + 1 < len(toks) and toks[n.last + 1].text.casefold() in about:
        for k in range(n.last + 2, min(n.last + 10, len(toks))):
            if toks[k].text in _CLAUSE_END:
                break
            if toks[k].text.casefold() in topics:
                return _key(view.lang, "TOPIC", toks[k].text)
    return None


def _party_name(ctx: DocContext, pid: str, lang: str) -> list[str]:
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


def _by_parties(ctx: DocContext, view: SentenceView, n: Match, ids: list[str], t: TimeExpr | None) -> str:
    head = " ".join(ctx.text[n.start:n.end].split())
    kind = _key(view.lang, "NOUN_KEY", head) or head.casefold()
    topic = _topic(view, n)
    year = year_of(t.value) if t else None
    doc_year = year_of(ctx.doc_date)  # an undated signing in a news item: also known by the item's year
    known = _known(ctx, ids, kind, year)
    if known is not None:
        return known
    order = sorted(ids, key=lambda p: _party_name(ctx, p, "en")[0])
    labels: dict[str, str] = {}
    aliases: dict[str, list[str]] = {}
    for lang in ("en", "lv"):
        mod = lang_data(lang, MOD)
        if mod is None:
            continue
        joiner = getattr(mod, "PARTY_JOINER", "–")
        noun = _nominative(lang, head) if lang == view.lang else getattr(mod, "LABEL_NOUN", {}).get(kind, kind)
        table = getattr(mod, "LABEL_TOPIC", {})
        word = " ".join(table.get(x, "") for x in topic.split()) if topic else ""
        names = [_party_name(ctx, p, lang) for p in order]
        texts = [joiner.join(x[0] for x in names)]
        if any(len(x) > 1 for x in names):
            texts.append(joiner.join(x[-1] for x in names))
        variants = [" ".join(f"{p} {w} {noun}".split()) for p in texts for w in dict.fromkeys([word, ""])]
        labels[lang] = f"{variants[0]} {year}" if year else variants[0]
        dated = [f"{v} {doc_year}" for v in variants[:1]] if doc_year and not year else []
        aliases[lang] = sorted(set(variants + dated) - {labels[lang]})
    eid = "agreement:" + slug(*[p.split(":", 1)[-1] for p in sorted(ids)], topic or "", kind, year or "")
    extra: dict[str, object] = {"parties": sorted(ids)}
    if t is not None:
        extra["date"] = t.value
    ensure_entity(ctx, eid, T.AGREEMENT, labels, extra)
    e = entity(ctx, eid)
    if e is not None and e.source == f"doc:{ctx.doc_id}" and not e.aliases:
        e.aliases = aliases
    return eid


_AGREEMENTS: dict[int, tuple[dict[str, Entity], list[tuple[Entity, str]]]] = {}


def _reference_agreements(ctx: DocContext) -> list[tuple[Entity, str]]:
    """Reference agreements with all their names in one casefolded string, once per reference data."""
    ents = ref_entities(ctx)
    hit = _AGREEMENTS.get(id(ents))
    if hit is None or hit[0] is not ents:
        rows = [(e, " | ".join([*e.labels.values(), *e.all_aliases()]).casefold())
                for _, e in sorted(ents.items()) if e.type is T.AGREEMENT]
        hit = _AGREEMENTS[id(ents)] = (ents, rows)
    return hit[1]


def _known(ctx: DocContext, ids: list[str], kind: str, year: str | None) -> str | None:
    """The reference agreement of that year whose names carry the kind and every party."""
    def named(text: str, pid: str) -> bool:
        e = entity(ctx, pid)
        names = [*e.labels.values(), *e.all_aliases()] if e else []
        return any(len(x) >= 2 and re.search(rf"(?<!\w){re.escape(x.casefold())}(?!\w)", text) for x in names)

    for e, text in _reference_agreements(ctx):
        y = entity_year(e)
        if year and y and y != year:
            continue
        if re.search(rf"(?<!\w){re.escape(kind)}", text) and all(named(text, p) for p in ids):
            return e.id
    return None


def recurring(ctx: DocContext, view: SentenceView, m: Mention, t: TimeExpr) -> str:
    """Another instrument of a recurring kind the reference data names for one year ("Accession
    Protocols" signed in 2022, not the 2003 ones): named by the words of the text and its year."""
    toks = view.tokens
    complements = _words(view.lang, "NOUN_COMPLEMENT") | _words(view.lang, "ABOUT")
    stop = _words(view.lang, "COMPLEMENT_END")
    end = m.end
    after = [k for k, tok in enumerate(toks) if tok.start >= m.end]
    if after and toks[after[0]].text.casefold() in complements:  # "for the two countries", "for Finland and Sweden"
        k = after[0] + 1
        while k < len(toks) and k <= after[0] + 4 and (toks[k].text.isalpha() or toks[k].text in ("–", "-")) \
                and toks[k].text.casefold() not in stop and not any(
                    x.start <= toks[k].start < x.end and x.type.is_place and x.type is not T.STATE
                    for x in view.mentions):
            k += 1
        if k > after[0] + 1 and toks[k - 1].text.casefold() not in ("the", "a", "and", "un"):
            end = toks[k - 1].end
    words = " ".join(ctx.text[m.start:m.end].split()).split(" ")
    words[-1] = _nominative(view.lang, words[-1])
    name = " ".join(words)
    name = name[:1].upper() + name[1:]
    full = " ".join([name] + ctx.text[m.end:end].split())
    year = year_of(t.value) or ""
    eid = "agreement:" + slug(name, year)
    ensure_entity(ctx, eid, T.AGREEMENT, {view.lang: f"{name} {year}".strip()}, {"date": t.value})
    e = entity(ctx, eid)
    if e is not None and e.source == f"doc:{ctx.doc_id}" and not e.aliases:
        e.aliases = {view.lang: sorted({name, full, f"{full} {year}".strip()} - {f"{name} {year}".strip()})}
    return eid

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

from ..model import Mention, TimeExpr
from ..vocab import EntityType
from .agreement_owners import owned_document
from .agreement_parties import (
    key,
    known,
    left_parties,
    party_name,
    party_of,
    reference_agreements,
    right_parties,
    topic,
    words,
)
from .context import DocContext, SentenceView, lang_data, lexicon
from .created import ensure_entity, entity, entity_year, slug, year_of
from .lexicon import Match

__all__ = ["named_documents", "recurring", "nominative"]

MOD = "rel_agreements"
T = EntityType
_MODIFIER_TYPES = (T.STATE, T.ORG, T.PROGRAMME, T.FRAMEWORK)
_NAME_PART_TYPES = (T.AREA, T.OPERATION, T.REGION)  # inside a name, the name goes on before them
_MAX_GAP = 20  # tokens between the document noun and the signing verb
_CLAUSE = frozenset({",", ";", ":", "(", ")"})
_APOSTROPHES = frozenset({"'", "’"})
_POSSESSIVE = frozenset({"'s", "’s"})
_OWNER_S = re.compile(r"(\w)['’]s\b")


def named_documents(ctx: DocContext, view: SentenceView, signs: list[Match],
                    times: list[TimeExpr]) -> list[Mention]:
    """Agreement mentions over the document noun phrases signed in this sentence (created entities)."""
    if not signs:
        return []
    nouns = [n for n in view.find(lexicon(view.lang, MOD, "AGREEMENT_NOUN"))
             if not any(m.start < n.end and n.start < m.end for m in view.mentions)]
    out: list[Mention] = []
    for n in nouns:
        owned = owned_document(ctx, view, n, signs, _time_near(times, n))
        if owned is not None:  # "its memorandum of understanding", "the centre's founding document, a ..."
            out.append(owned)
            continue
        sign = _sign_near(view, n, signs)
        if sign is None:
            continue
        t = min(times, key=lambda x: abs(x.start - sign.start)) if times else None
        found = left_parties(ctx, view, n)
        found += [m for m in right_parties(ctx, view, n, sign, len(found) == 1) if m not in found]
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


def _time_near(times: list[TimeExpr], n: Match) -> TimeExpr | None:
    return min(times, key=lambda x: abs(x.start - n.start)) if times else None


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
    left_max = int(getattr(mod, "LEFT_WORDS", 2))
    start, end = n.start, n.end
    named = False
    i = n.first - 1
    taken = 0
    while i >= 0:
        tok = toks[i]
        m = next((x for x in view.mentions if x.start <= tok.start < x.end), None)
        if m is not None:
            if m.type in _MODIFIER_TYPES and m.end <= start and not _gap(view, m.end, start):
                start, named = m.start, True
            elif m.type in _NAME_PART_TYPES and m.end <= start and not _gap(view, m.end, start) and taken < left_max:
                start, named = m.start, True  # "the Nordic Air Defence Framework Accord": a topic inside the name
                taken += 1
                i = max((k for k, x in enumerate(toks) if x.end <= m.start), default=-1)
                continue
            break
        low = tok.text.casefold()
        if low in _POSSESSIVE or (low == "s" and i >= 1 and toks[i - 1].text in _APOSTROPHES):
            k = i - 1 if low == "s" else i  # "the JEF's founding memorandum": its owner names it
            owner = next((x for x in view.mentions if x.start <= toks[k - 1].start < x.end), None) if k >= 1 else None
            if owner is not None and owner.type in _MODIFIER_TYPES:
                start, named = owner.start, True
            break
        if taken >= left_max and not (view.lang == "en" and tok.text[:1].isupper() and taken < 5):
            break  # past the modifiers, only a capitalised English name goes on ("the Baltic Defence Line")
        w = tok.text.casefold()
        if tok.is_punct or not tok.text.replace("-", "").replace("–", "").isalpha() or w in stop:
            break
        if any(t.start <= tok.start < t.end for t in view.times) or _is_sign(view, tok.start):
            break  # "šodien parakstītais memorands", "the newly signed agreement": no name
        start, named = tok.start, True
        taken += 1
        i -= 1
    j = n.last + 1
    if j + 1 < len(toks) and toks[j].text.casefold() in complements:
        k = j + 1
        most = int(getattr(mod, "COMPLEMENT_WORDS", 3))
        while k < len(toks) and k <= j + most and toks[k].text.isalpha() and toks[k].text.casefold() not in stop \
                and not any(m.start <= toks[k].start < m.end for m in view.mentions
                            if m.type in (T.CITY, T.BASE)):
            k += 1
        if k > j + 1:
            end, named = toks[k - 1].end, True
    if not named:
        return None
    return start, end


def _is_sign(view: SentenceView, offset: int) -> bool:
    return any(s.start <= offset < s.end for s in view.find(view.lex(MOD, "SIGN")))


def _gap(view: SentenceView, a: int, b: int) -> bool:
    """Whether anything but spaces and quotes stands between two offsets."""
    return bool(view.ctx.text[a:b].strip(" \"'“”„«»"))


def nominative(lang: str, head: str) -> str:
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
    nom = nominative(view.lang, head)
    name = clean(f"{_agree(view.lang, clean(ctx.text[start:n.start]), nom) if nom != head else ctx.text[start:n.start]}"
                 f" {nom} {ctx.text[n.end:end]}")
    name = _OWNER_S.sub(r"\1", name)
    year = year_of(t.value) if t else None
    label = name[:1].upper() + name[1:] + (f" {year}" if year else "")
    for ref, text in reference_agreements(ctx):  # "the accession protocols ... 2003" (or undated): the reference one
        if name.casefold() in text.split(" | ") and (year is None or entity_year(ref) in (None, year)):
            return ref.id
    eid = "agreement:" + slug(name, year or "")
    ensure_entity(ctx, eid, T.AGREEMENT, {view.lang: label}, {"date": t.value} if t else None)
    e = entity(ctx, eid)
    if e is not None and e.source == f"doc:{ctx.doc_id}" and not e.aliases:
        e.aliases = {view.lang: sorted({surface, name, *_owner_variants(view, start, n, nom, clean(ctx.text[n.end:end]))})}
    return eid


def _owner_variants(view: SentenceView, start: int, n: Match, nom: str, rest: str) -> list[str]:
    """Shorter names of a document its owner names ("the JEF's founding memorandum of understanding"):
    the owner with the noun ("JEF memorandum of understanding") and the noun phrase without the owner
    ("founding memorandum of understanding")."""
    owner = next((m for m in view.mentions if m.start == start and m.type in _MODIFIER_TYPES), None)
    if owner is None:
        return []
    mods = " ".join(view.ctx.text[owner.end:n.start].split()).removeprefix("'s").removeprefix("’s").strip()
    if not mods:
        return []
    who = " ".join(owner.surface.split())
    mods = _agree(view.lang, mods, nom) if view.lang == "lv" else mods
    return [" ".join(f"{who} {nom} {rest}".split()), " ".join(f"{mods} {nom} {rest}".split())]


def _by_parties(ctx: DocContext, view: SentenceView, n: Match, ids: list[str], t: TimeExpr | None) -> str:
    head = " ".join(ctx.text[n.start:n.end].split())
    kind = key(view.lang, "NOUN_KEY", head) or head.casefold()
    about = topic(view, n)
    year = year_of(t.value) if t else None
    doc_year = year_of(ctx.doc_date)  # an undated signing in a news item: also known by the item's year
    found = known(ctx, ids, kind, year)
    if found is not None:
        return found
    order = sorted(ids, key=lambda p: party_name(ctx, p, "en")[0])
    labels: dict[str, str] = {}
    aliases: dict[str, list[str]] = {}
    for lang in ("en", "lv"):
        mod = lang_data(lang, MOD)
        if mod is None:
            continue
        joiner = getattr(mod, "PARTY_JOINER", "–")
        noun = nominative(lang, head) if lang == view.lang else getattr(mod, "LABEL_NOUN", {}).get(kind, kind)
        table = getattr(mod, "LABEL_TOPIC", {})
        word = " ".join(table.get(x, "") for x in about.split()) if about else ""
        names = [party_name(ctx, p, lang) for p in order]
        texts = [joiner.join(x[0] for x in names)]
        if any(len(x) > 1 for x in names):
            texts.append(joiner.join(x[-1] for x in names))
        singles = word.split() if len(word.split()) > 1 else []  # "defence cooperation" also "defence"
        variants = [" ".join(f"{p} {w} {noun}".split()) for p in texts for w in dict.fromkeys([word, *singles, ""])]
        labels[lang] = f"{variants[0]} {year}" if year else variants[0]
        dated = [f"{v} {doc_year}" for v in variants[:1]] if doc_year and not year else []
        aliases[lang] = sorted(set(variants + dated) - {labels[lang]})
    eid = "agreement:" + slug(*[p.split(":", 1)[-1] for p in sorted(ids)], about or "", kind, year or "")
    extra: dict[str, object] = {"parties": sorted(ids)}
    if t is not None:
        extra["date"] = t.value
    ensure_entity(ctx, eid, T.AGREEMENT, labels, extra)
    e = entity(ctx, eid)
    if e is not None and e.source == f"doc:{ctx.doc_id}" and not e.aliases:
        e.aliases = aliases
    return eid


def recurring(ctx: DocContext, view: SentenceView, m: Mention, t: TimeExpr) -> str:
    """Another instrument of a recurring kind the reference data names for one year ("Accession
    Protocols" signed in 2022, not the 2003 ones): named by the words of the text and its year."""
    toks = view.tokens
    complements = words(view.lang, "NOUN_COMPLEMENT") | words(view.lang, "ABOUT")
    stop = words(view.lang, "COMPLEMENT_END")
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
    parts = " ".join(ctx.text[m.start:m.end].split()).split(" ")
    parts[-1] = nominative(view.lang, parts[-1])
    name = " ".join(parts)
    name = name[:1].upper() + name[1:]
    full = " ".join([name] + ctx.text[m.end:end].split())
    year = year_of(t.value) or ""
    eid = "agreement:" + slug(name, year)
    ensure_entity(ctx, eid, T.AGREEMENT, {view.lang: f"{name} {year}".strip()}, {"date": t.value})
    e = entity(ctx, eid)
    if e is not None and e.source == f"doc:{ctx.doc_id}" and not e.aliases:
        e.aliases = {view.lang: sorted({name, full, f"{full} {year}".strip()} - {f"{name} {year}".strip()})}
    return eid

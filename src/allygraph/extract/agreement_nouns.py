"""Signed documents the reference data lacks, named by their noun phrase.

"The accession protocols were signed in Brussels", "Trudo un Kariņš parakstīja kopīgu ceļa karti",
"a memorandum of understanding was signed on ...": a document noun from the language data
(``AGREEMENT_NOUN``) close to a signing verb, with the words that make it a name (one or two
modifiers on the left, "of Accession" on the right), becomes an agreement entity of this
document. A bare noun ("the agreement") is not a name and makes nothing. Latvian heads are put
in the nominative (``NOMINATIVE``) so that the label reads as a name ("Pievienošanās līgums").
The entity carries the date chosen for the signing, so the signing rules pair it like a known one.
"""

from __future__ import annotations

from ..model import Mention, TimeExpr
from ..vocab import EntityType
from .context import DocContext, SentenceView, lang_data, lexicon
from .created import ensure_entity, entity, slug, year_of
from .lexicon import Match

__all__ = ["named_documents"]

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
        span = _phrase(view, n)
        if span is None:
            continue
        start, end = span
        t = min(times, key=lambda x: abs(x.start - sign.start)) if times else None
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
                and not any(m.start <= toks[k].start < m.end for m in view.mentions if m.type.is_place):
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
    eid = "agreement:" + slug(name, year or "")
    ensure_entity(ctx, eid, T.AGREEMENT, {view.lang: label}, {"date": t.value} if t else None)
    e = entity(ctx, eid)
    if e is not None and e.source == f"doc:{ctx.doc_id}" and not e.aliases:
        e.aliases = {view.lang: sorted({surface, name})}
    return eid

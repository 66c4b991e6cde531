"""Documents named by the body they found or belong to.

"the centre's founding document, a memorandum of understanding, was signed on ... by seven nations",
"when A, B and C signed its memorandum of understanding", "the JEF's founding memorandum",
"centra dibināšanas saprašanās memorandu parakstīja ...": a document noun from the language data
(``AGREEMENT_NOUN``) whose left words are a possessive (``OWNER_PRONOUN``: its, their, tā, tās; or a
common noun's possessive: "the centre's", Latvian genitive "centra") over founding words and an
apposition (``OWNER_FILLER``: founding, establishing, document, a, the, ",") belongs to an
organisation, formation or programme named before it: for a pronoun the last one of the text that
is not a mere modifier ("a NATO body"); for a noun the last one whose name carries that noun.

Such a document is named as analysts name it: "<owner> <noun> <year>" ("Hybrid CoE memorandum of
understanding 2017", the owner's shortest name with capitals), with "<noun> of <owner>",
"<noun> establishing <owner>", "<owner> MoU" (``NOUN_ABBREV``) and the owner's other names as aliases.
The signing verb may stand after the apposition ("..., a memorandum of understanding, was signed"):
only commas and auxiliaries (``SIGN_AUX``) between them.
"""

from __future__ import annotations

from ..model import Entity, Mention, TimeExpr
from ..vocab import EntityType
from ._slots import is_modifier
from .agreement_parties import key, party_name, words
from .context import DocContext, SentenceView, lang_data
from .created import ensure_entity, entity, slug, year_of
from .lexicon import Match

__all__ = ["owned_document", "owner_of"]

MOD = "rel_agreements"
T = EntityType
OWNER_TYPES = (T.ORG, T.FORMATION, T.PROGRAMME)
_MAX_LEFT = 8  # tokens between the possessive and the document noun
_MAX_GAP = 12  # tokens between the noun phrase and its signing verb
_APOSTROPHES = frozenset({"'", "’"})
_POSSESSIVE = frozenset({"'s", "’s"})
_ARTICLES = frozenset({"a", "an", "not", "no"})


def owned_document(ctx: DocContext, view: SentenceView, n: Match, signs: list[Match],
                   t: TimeExpr | None) -> Mention | None:
    """An agreement mention for a document noun its owner names, signed in this sentence; else None."""
    found = owner_of(ctx, view, n)
    if found is None:
        return None
    owner, start = found
    end_tok = _complement_end(view, n)
    if not _signed(view, n.first, end_tok, signs):
        return None
    toks = view.tokens
    phrase = " ".join(ctx.text[n.start:toks[end_tok].end].split())
    eid = _create(ctx, view, owner, n, phrase, t)
    return Mention(eid, T.AGREEMENT, start, toks[end_tok].end, ctx.text[start:toks[end_tok].end], frozenset(), True)


def owner_of(ctx: DocContext, view: SentenceView, n: Match) -> tuple[str, int] | None:
    """(owner entity id, start of the owning words) of a document noun, or None."""
    mod = lang_data(view.lang, MOD)
    pronouns = words(view.lang, "OWNER_PRONOUN")
    filler = words(view.lang, "OWNER_FILLER") | {","}
    toks = view.tokens
    i = n.first - 1
    while i >= 0 and n.first - i <= _MAX_LEFT:
        tok = toks[i]
        low = tok.text.casefold()
        m = next((x for x in view.mentions if x.start <= tok.start < x.end), None)
        if m is not None:  # "the JEF's memorandum" is agreement_nouns' (a named owner)
            return None
        if low in pronouns:
            got = _pronoun_owner(ctx, view, tok.start)
            return (got, tok.start) if got else None
        if low in _POSSESSIVE or (low == "s" and i >= 1 and toks[i - 1].text in _APOSTROPHES):
            k = i - 1 if low in _POSSESSIVE else i - 2
            if k < 0 or any(x.start <= toks[k].start < x.end for x in view.mentions):
                return None
            got = _noun_owner(ctx, toks[k].start, toks[k].text, view.lang)
            return (got, toks[k].start) if got else None
        if low in filler:
            i -= 1
            continue
        if mod is not None and getattr(mod, "GENITIVE_OWNER", False) and tok.text.isalpha() and tok.text[1:].islower():
            got = _noun_owner(ctx, tok.start, tok.text, view.lang)  # "centra dibināšanas memorands"
            return (got, tok.start) if got else None
        return None
    return None


def _pronoun_owner(ctx: DocContext, view: SentenceView, offset: int) -> str | None:
    """The body "its"/"tā" stands for: the last one named before it in the sentence that is not a
    modifier or a predicate ("it is not a NATO body"), else the last one named before the sentence."""
    before = [m for m in view.mentions if m.end <= offset]
    for m in reversed(before):
        if m.type not in OWNER_TYPES:
            continue
        prev = [t.text.casefold() for t in view.tokens if t.end <= m.start][-1:]
        nxt = [t.text for t in view.tokens if t.start >= m.end][:1]
        if prev and prev[0] in _ARTICLES or is_modifier(view, m, view.mentions) or \
                (view.lang == "en" and nxt and nxt[0].isalpha() and nxt[0].islower() and prev and prev[0] != "the"):
            continue
        return m.entity_id
    last = ctx.last_mention(view.start, OWNER_TYPES)
    return last.entity_id if last is not None else None


def _noun_owner(ctx: DocContext, offset: int, word: str, lang: str) -> str | None:
    """The last body named before ``offset`` whose name carries ``word`` ("the centre" -> the StratCom
    COE; Latvian "centra" by its stem)."""
    low = word.casefold()
    stem = low[:5] if lang == "lv" else low
    if len(stem) < 4:
        return None
    seen: set[str] = set()
    for m in reversed([x for x in ctx.adoc.mentions if x.end <= offset and x.type in OWNER_TYPES]):
        if m.entity_id in seen:
            continue
        seen.add(m.entity_id)
        e = entity(ctx, m.entity_id)
        names = [*e.labels.values(), *e.all_aliases()] if e else []
        if any(w.casefold().startswith(stem) if lang == "lv" else w.casefold() == stem
               for name in names for w in name.split()):
            return m.entity_id
    return None


def _complement_end(view: SentenceView, n: Match) -> int:
    """The last token of the noun with its complement ("memorandum of understanding")."""
    complements = words(view.lang, "NOUN_COMPLEMENT")
    stop = set(getattr(lang_data(view.lang, "stopwords"), "STOPWORDS", ()))
    toks = view.tokens
    j = n.last + 1
    if j + 1 < len(toks) and toks[j].text.casefold() in complements:
        k = j + 1
        while k < len(toks) and k <= j + 2 and toks[k].text.isalpha() and toks[k].text.casefold() not in stop \
                and not any(m.start <= toks[k].start < m.end for m in view.mentions):
            k += 1
        if k > j + 1:
            return k - 1
    return n.last


def _signed(view: SentenceView, first: int, last: int, signs: list[Match]) -> bool:
    """Whether a signing verb is next to the noun phrase, over commas and auxiliaries only."""
    aux = words(view.lang, "SIGN_AUX") | {","}
    toks = view.tokens
    spans = [(t.start, t.end) for t in view.times] + [(m.start, m.end) for m in view.mentions if m.type.is_place]

    def free(k: int) -> bool:  # an auxiliary, or a word of a date or place ("memorandu 2014. gada ... Rīgā parakstīja")
        return toks[k].text.casefold() in aux or any(a <= toks[k].start < b for a, b in spans)

    for s in signs:
        lo, hi = (last + 1, s.first) if s.first > last else (s.last + 1, first)
        if hi < lo or hi - lo > _MAX_GAP:
            continue
        if s.first > last and all(free(k) for k in range(lo, hi)):
            return True  # "..., a memorandum of understanding, was signed"
        if s.first < first and not any(toks[k].text in (",", ";", ":") for k in range(lo, hi)):
            return True  # "A and B signed its memorandum"
    return False


def _create(ctx: DocContext, view: SentenceView, owner: str, n: Match, phrase: str, t: TimeExpr | None) -> str:
    from .agreement_nouns import nominative

    e = entity(ctx, owner)
    year = year_of(t.value) if t else None
    kind = key(view.lang, "NOUN_KEY", " ".join(view.ctx.text[n.start:n.end].split())) or "agreement"
    head = " ".join(view.ctx.text[n.start:n.end].split())
    noun = (nominative(view.lang, head) + phrase[len(head):]).casefold() if view.lang == "lv" else phrase.casefold()
    labels: dict[str, str] = {}
    aliases: dict[str, list[str]] = {}
    for lang in ("en", "lv"):
        mod = lang_data(lang, MOD)
        if mod is None:
            continue
        own_noun = noun if lang == view.lang else getattr(mod, "LABEL_NOUN", {}).get(kind, kind)
        names = _names(e, lang) if e else [owner]
        if lang == "lv":
            gen = party_name(ctx, owner, "lv")[0]
            labels[lang] = " ".join(x for x in (gen, own_noun, year) if x)
            aliases[lang] = [f"{gen} {own_noun}"]
            continue
        abbrev = getattr(mod, "NOUN_ABBREV", {}).get(own_noun)
        labels[lang] = " ".join(x for x in (names[0], own_noun, year) if x)
        got = set()
        for x in names:
            got |= {f"{x} {own_noun}", f"{own_noun} of {x}", f"{own_noun} establishing {x}",
                    f"{x} founding {own_noun}", f"{own_noun} on the establishment of {x}"}
            if abbrev:
                got |= {f"{x} {abbrev}", f"{abbrev} establishing {x}", f"{abbrev} of {x}"}
        aliases[lang] = sorted(got - {labels[lang]})
    eid = "agreement:" + slug(owner.split(":", 1)[-1], kind, year or "")
    ensure_entity(ctx, eid, T.AGREEMENT, labels, {"date": t.value, "owner": owner} if t else {"owner": owner})
    made = entity(ctx, eid)
    if made is not None and made.source == f"doc:{ctx.doc_id}" and not made.aliases:
        made.aliases = aliases
    return eid


def _names(e: Entity, lang: str) -> list[str]:
    """The owner's names, the shortest one with capitals first ("Hybrid CoE", "StratCom COE")."""
    label = e.label(lang)
    al = [a for a in e.aliases.get(lang, []) if len(a) >= 3 and any(c.isupper() for c in a)]
    short = sorted(al, key=lambda a: (len(a), a))
    return list(dict.fromkeys([*(short[:1] or [label]), label]))

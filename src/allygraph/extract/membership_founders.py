"""Founders of an organisation are its first members.

* founded by: "the CCDCOE, founded in May 2008 by Estonia, Germany and Italy", "set up in 2017
  by A, B and C"; Latvian object-first "B9, ko 2015. gadā izveidoja deviņas valstis: A, B, C"
  (FOUNDED_BY; the states after the verb, a counted noun and a colon may stand before them);
* a founding document signed: "the centre's founding document was signed ... by seven nations:
  A, B, C", "it was established in 2017, when A, B and C signed its memorandum of understanding",
  "tā dibināšanas memorandu parakstīja A un B" (FOUNDING_DOC + SIGN): the signatories are members;
* founders named without their organisation: "The nine founding members were A, B ...": the
  organisation the text is about (named in the sentences just before, else the document's).

The start is the date the sentence gives (else the founding date the text or the reference data
gives). The organisation a pronoun or a referring noun stands for ("its", "the centre's") is
the nearest earlier organisation that is no modifier ("a NATO body"), preferring one whose
English name holds the noun. Word lists are data in ``lang/<code>/rel_membership.py``.
"""

from __future__ import annotations

import re

from ..model import Mention
from ..vocab import EntityType, Predicate
from ._slots import hits, is_generic, is_modifier, mentions, token_index
from .context import _SEP, DocContext, SentenceView, lang_data
from .created import ref_entities
from .lexicon import Match
from .membership_args import JOINABLE, MOD, founding_date, group_states, predicate_for

__all__ = ["founders", "context_org", "referred_org", "document_owner"]

T = EntityType
P = Predicate
_MEMBERS = (T.STATE, T.REGION)


def founders(ctx: DocContext, view: SentenceView) -> None:
    """Claims for the three ways of naming an organisation's founders (see the module doc)."""
    for t in hits(view, MOD, "FOUNDED_BY"):
        _founded_by(ctx, view, t)
    signs = hits(view, MOD, "SIGN")
    docs = hits(view, MOD, "FOUNDING_DOC") if signs else []
    if signs and not docs and hits(view, MOD, "FOUNDED_BY"):
        docs = hits(view, MOD, "FOUNDING_DOC_WEAK")[:1]
    for d in docs[:1]:
        _founding_doc(ctx, view, d, signs)
    for h in hits(view, MOD, "FOUNDERS_WERE"):
        _founders_were(ctx, view, h)


def _founded_by(ctx: DocContext, view: SentenceView, t: Match) -> None:
    ms = mentions(view)
    agent = getattr(lang_data(view.lang, MOD), "AGENT", ())
    toks = view.tokens
    lo = t.last + 1
    if agent:  # "founded in May 2008 in Tallinn by A, B": the states after "by"
        k = next((k for k in range(lo, min(len(toks), lo + 10)) if toks[k].text.casefold() in agent), None)
        if k is None or any(tok.text in (";", ".") for tok in toks[lo:k]):
            _relative_founders(ctx, view, t, ms)
            return
        lo = k + 1
    group = _states_from(view, toks[lo].start if lo < len(toks) else view.end, ms)
    if not group:
        return
    org = _org_before(ctx, view, t.start, ms)
    if org is None:
        return
    quals = _date(ctx, view, t.start, group[0].start, org)
    _add(ctx, view, org, group, quals)


def _relative_founders(ctx: DocContext, view: SentenceView, t: Match, ms: list[Mention]) -> None:
    """"the Baltic Assembly, which the three Baltic states set up in 1991": the states between a
    relative pronoun after the organisation and the verb."""
    rel = getattr(lang_data(view.lang, MOD), "FOUNDED_PRONOUN", ())
    i = next((k for k in range(t.first - 1, max(-1, t.first - 12), -1) if view.tokens[k].text.casefold() in rel), None)
    if i is None or i == 0 or view.tokens[i - 1].text != ",":
        return
    inner = [m for m in ms if view.tokens[i].end <= m.start and m.end <= t.start]
    if not inner or inner[-1].type not in _MEMBERS or any(m.type not in _MEMBERS for m in inner):
        return
    org = next((m for m in reversed(ms) if m.end <= view.tokens[i - 1].start and m.type is T.ORG), None)
    if org is None or view.between(org.end, view.tokens[i - 1].start).strip(" )(") and \
            not re.fullmatch(r"\s*\([^()]*\)\s*", view.between(org.end, view.tokens[i - 1].start)):
        return
    _add(ctx, view, org, [m for m in view.group(inner[-1], _MEMBERS) if m.end <= t.start],
         _date(ctx, view, t.start, view.end, org))


def _founding_doc(ctx: DocContext, view: SentenceView, d: Match, signs: list[Match]) -> None:
    ms = mentions(view)
    s = min(signs, key=lambda x: abs(x.first - d.first))
    if abs(s.first - d.first) > 14:
        return
    agent = getattr(lang_data(view.lang, MOD), "AGENT", ())
    toks = view.tokens
    group: list[Mention] = []
    by = next((k for k in range(max(s.last, d.last) + 1, len(toks)) if toks[k].text.casefold() in agent), None)
    if by is not None and by - max(s.last, d.last) <= 12:
        group = _states_from(view, toks[by + 1].start if by + 1 < len(toks) else view.end, ms)
    if not group:  # "when A, B and C signed its memorandum": the subject group before the verb
        before = [m for m in ms if m.end <= s.start]
        if before and before[-1].type in _MEMBERS and len(view.between(before[-1].end, s.start).split()) <= 2:
            group = view.group(before[-1], _MEMBERS)
    if not group and view.lang != "en":  # "memorandu parakstīja A un B"
        group = _states_from(view, s.end, ms)
    if not group:
        return
    first = min([d.start, s.start] + [m.start for m in group])
    org = next((m for m in ms if m.type in JOINABLE and m.end <= d.start and m.start >= first - 200
                and not is_modifier(view, m, ms) and not is_generic(view, m) and not _attributive(view, m)
                and all(m.end <= g.start or m.start >= g.end for g in group)), None)
    if org is None:
        doc = next((m for m in view.mentions if m.type is T.AGREEMENT and m.start <= d.start < m.end), None)
        org = (document_owner(ctx, doc) if doc is not None else None) or context_org(ctx, view, _noun_before(view, d))
    if org is None:
        return
    _add(ctx, view, org, group, _date(ctx, view, first, view.end, org))


def document_owner(ctx: DocContext, doc: Mention) -> Mention | None:
    """"the Partnership for Peace Framework Document": the programme or organisation whose name
    opens a document's name (its owner), as a mention at the document's place."""
    cache = ctx.__dict__.setdefault("_doc_owner", {})
    if doc.entity_id not in cache:
        ents = ref_entities(ctx)
        e = ents.get(doc.entity_id)
        names = [e.label(k).casefold() for k in ("en", "lv")] if e is not None else []
        best = None
        for o in ents.values():
            if o.type not in JOINABLE:
                continue
            for k in ("en", "lv"):
                lab = o.label(k).casefold()
                if len(lab) > 3 and any(n.startswith(lab + " ") for n in names) and (best is None or len(lab) > best[1]):
                    best = (o.id, len(lab))
        cache[doc.entity_id] = best[0] if best else None
    owner = cache[doc.entity_id]
    if owner is None:
        return None
    kind = ref_entities(ctx)[owner].type
    return Mention(owner, kind, doc.start, doc.end, doc.surface, frozenset(), True)


def _founders_were(ctx: DocContext, view: SentenceView, h: Match) -> None:
    """"The nine founding members were A, B ...": only at the sentence's start (an article and a
    number may stand before), the organisation from the context."""
    words = [tok.text.casefold() for tok in view.tokens[:h.first]]
    counts = getattr(lang_data(view.lang, MOD), "GROUP_COUNTS", {})
    if any(w not in ("the", "its", "all", "tās", "visas") and w not in counts and not w.isdigit() for w in words):
        return
    ms = mentions(view)
    if any(m.type is T.ORG and m.start < h.start for m in ms):
        return
    group = _states_from(view, h.end, ms)
    org = context_org(ctx, view) if group else None
    if org is None:
        return
    _add(ctx, view, org, group, founding_date(ctx, view, org) or _ref_founded(ctx, org))


# ------------------------------------------------------------------------------- helpers

def _states_from(view: SentenceView, offset: int, ms: list[Mention]) -> list[Mention]:
    """The coordinated states opening the text at ``offset``; a counted noun phrase and a colon
    ("seven nations: A, B", "deviņas NATO austrumu flanga valstis: A, B") may stand before them."""
    first = next((m for m in ms if m.start >= offset and m.type in _MEMBERS), None)
    if first is None:
        return []
    gap = view.between(offset, first.start)
    if ":" in gap:
        if len(gap.split(":")[0].split()) > 7 or gap.count(":") > 1 or gap.split(":")[1].strip(" the"):
            return []
    elif any(offset <= m.start < first.start for m in ms) or len(gap.split()) > 2:
        return []
    if view.lang != "en" and first.cases and "nom" not in first.cases:
        return []  # "izveidoja Latvijā": a place, not the founders
    group = [first]
    for m in ms[ms.index(first) + 1:]:
        gap = re.sub(r"\([^()]*\)", " ", view.between(group[-1].end, m.start))
        if m.type not in _MEMBERS or not gap.strip() or not _SEP.match(gap):
            break
        group.append(m)
    return group


def _org_before(ctx: DocContext, view: SentenceView, offset: int, ms: list[Mention]) -> Mention | None:
    """The organisation founded: the nearest one before ``offset`` (places and dates may stand
    between), the antecedent of a relative pronoun; else the organisation of the context."""
    cands = [m for m in ms if m.end <= offset and m.type is T.ORG and not is_generic(view, m)
             and not is_modifier(view, m, ms)]
    rel = getattr(lang_data(view.lang, MOD), "FOUNDED_PRONOUN", ())
    if cands:  # nothing but places and dates between, or "B9, ko ... izveidoja" (a relative pronoun after it)
        after = re.match(r"^\s*(?:\([^()]*\))?\s*,\s*(\w+)", view.between(cands[-1].end, offset))
        if not any(cands[-1].end <= m.start and m.end <= offset and m.type in _MEMBERS for m in ms) \
                or (after is not None and after.group(1).casefold() in rel):
            return cands[-1]
    i = token_index(view, offset)
    pron = getattr(lang_data(view.lang, MOD), "FOUNDED_PRONOUN", ())
    if any(tok.text.casefold() in pron for tok in view.tokens[max(0, i - 3):i]):
        return context_org(ctx, view)
    return None


def _attributive(view: SentenceView, m: Mention) -> bool:
    """"a NATO body", "an EU agency": a name after an indefinite article describes a noun."""
    i = token_index(view, m.start)
    return i > 0 and view.tokens[i - 1].text.casefold() in getattr(lang_data(view.lang, MOD), "INDEFINITE", ())


def _noun_before(view: SentenceView, d: Match) -> str:
    """The referring noun owning a founding document ("the centre's founding document")."""
    i = d.first
    toks = view.tokens
    if i >= 2 and toks[i - 1].text in ("'s", "’s", "'", "’"):
        return toks[i - 2].text.casefold()
    if i >= 3 and toks[i - 1].text == "s" and toks[i - 2].text in ("'", "’"):
        return toks[i - 3].text.casefold()
    return ""


def context_org(ctx: DocContext, view: SentenceView, noun: str = "") -> Mention | None:
    """The organisation a pronoun or a referring noun stands for: the last organisation of this
    sentence (before its first state), else the first (the subject's) of the nearest of the
    three sentences before it, that is no modifier and no class; with a noun ("centre",
    "group"), the nearest one whose English name holds it."""
    ents = ref_entities(ctx)
    found: list[Mention] = []
    for v in [view] + list(reversed(ctx.views[max(0, view.index - 3):view.index])):
        ms = mentions(v)
        limit = next((m.start for m in ms if m.type in _MEMBERS), v.end) if v is view else v.end
        orgs = [m for m in ms if m.type is T.ORG and m.start < limit and not is_modifier(v, m, ms)
                and not is_generic(v, m) and not _attributive(v, m)]
        found.extend(reversed(orgs) if v is view else orgs)
    if noun:
        stem = noun.rstrip("s")[:5]
        for m in found:
            e = ents.get(m.entity_id)
            if e is not None and stem and (stem in e.label("en").casefold() or stem in e.label(view.lang).casefold()):
                return m
    if found:
        return found[0]
    topic = ctx.topic((T.ORG,))
    if topic is None:
        return None
    return next((m for m in ctx.adoc.mentions if m.entity_id == topic), None)


def referred_org(ctx: DocContext, view: SentenceView, offset: int) -> Mention | None:
    """An organisation named by a referring noun ("the centre", "the group", "grupā") before
    ``offset`` in this sentence or in the one before it: the nearest organisation whose name
    holds the noun."""
    nouns = getattr(lang_data(view.lang, MOD), "REF_NOUNS", ())
    det = getattr(lang_data(view.lang, MOD), "REF_DET", ())
    views = [view] + ([ctx.views[view.index - 1]] if view.index > 0 else [])
    for v in views:
        toks = [tok for tok in v.tokens if v is not view or tok.end <= offset]
        for k in range(len(toks) - 1, -1, -1):
            low = toks[k].text.casefold()
            if not toks[k].text[:1].islower() or any(m.start <= toks[k].start < m.end for m in v.mentions):
                continue
            noun = next((n for n in nouns if low.startswith(n) and len(low) - len(n) <= 3), None)
            if noun is None or (det and (k == 0 or toks[k - 1].text.casefold() not in det)):
                continue
            got = context_org(ctx, v, noun)
            if got is not None:
                e = ref_entities(ctx).get(got.entity_id)
                if e is not None and (noun[:5] in e.label("en").casefold() or noun[:5] in e.label(view.lang).casefold()):
                    return got
    return None


def _date(ctx: DocContext, view: SentenceView, a: int, b: int, org: Mention) -> dict[str, str]:
    """The sentence's first full date between ``a`` and ``b`` (else before them), else the
    organisation's founding date."""
    full = [x for x in view.times if not x.value.startswith("--")]
    got = next((x for x in full if a <= x.start < b), None) or (full[0] if full else None)
    if got is not None:
        return {"start": got.value}
    return _ref_founded(ctx, org)


def _ref_founded(ctx: DocContext, org: Mention) -> dict[str, str]:
    e = ref_entities(ctx).get(org.entity_id)
    founded = (e.extra.get("founded") or e.extra.get("inception")) if e is not None else None
    return {"start": str(founded)} if founded else {}


def _add(ctx: DocContext, view: SentenceView, org: Mention, group: list[Mention], quals: dict[str, str]) -> None:
    for m in group:
        for s in group_states(ctx, m) if m.type is T.REGION else [m.entity_id]:
            ctx.add(s, predicate_for(org), org.entity_id, view, qualifiers=dict(quals), confidence=0.7)

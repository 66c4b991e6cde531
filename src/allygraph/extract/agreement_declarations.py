"""Which declaration a sentence speaks of: a declaration word plus a year resolves to the reference
agreement whose name is a declaration of that year, preferring the one whose name carries the
organisations the sentence (or, for "the first declaration", the document) names. When the reference
data has no such declaration, ``create`` makes "<Org>–<Org> Joint Declaration <year>" (also known
without its year).
"""

from __future__ import annotations

import re

from ..model import Entity
from ..vocab import EntityType
from .context import DocContext, SentenceView, lang_data
from .created import ensure_entity, entity, entity_year, ref_entities, slug

__all__ = ["declaration_agreements", "orgs_named", "doc_parties", "resolve", "create"]

MOD = "rel_agreements"
T = EntityType


_DECLS: dict[tuple[int, str], tuple[dict[str, Entity], list[Entity]]] = {}


def declaration_agreements(ctx: DocContext) -> list[Entity]:
    """Reference agreements whose names make them declarations (in any language we have data for),
    computed once per reference data and language."""
    ents = ref_entities(ctx)
    key = (id(ents), ctx.adoc.lang)
    hit = _DECLS.get(key)
    if hit is None or hit[0] is not ents:
        hit = _DECLS[key] = (ents, _find_declarations(ctx))
    return hit[1]


def _find_declarations(ctx: DocContext) -> list[Entity]:
    stems: list[re.Pattern[str]] = []
    for lang in ("en", "lv", ctx.adoc.lang):
        mod = lang_data(lang, MOD)
        for p in getattr(mod, "DECLARATION", ()) if mod else ():  # every word of the pattern: "kopīg* paziņojum*"
            stems.append(re.compile(r"\s+".join(re.escape(w.rstrip("*")) + r"\w*" for w in p.casefold().split())))
    out = []
    for eid in sorted(ref_entities(ctx)):
        e = ref_entities(ctx)[eid]
        if e.type is T.AGREEMENT:
            names = " | ".join([*e.labels.values(), *e.all_aliases()]).casefold()
            if any(s.search(names) for s in stems):
                out.append(e)
    return out


def orgs_named(ctx: DocContext, view: SentenceView) -> list[str]:
    """Organisations the sentence names, directly or as the participants of a named framework."""
    out: list[str] = []
    for m in view.mentions:
        ids = [m.entity_id] if m.type is T.ORG else []
        if m.type is T.FRAMEWORK:
            e = entity(ctx, m.entity_id)
            ids = list(e.extra.get("participants") or []) if e else []
        for i in ids:
            if i not in out:
                out.append(i)
    return out


def doc_parties(ctx: DocContext) -> list[str]:
    """Organisations the document names: directly, as a framework's participants or the owner of a post
    (named, or held by a person the reference data knows)."""
    out: set[str] = set()
    for m in ctx.adoc.mentions:
        e = entity(ctx, m.entity_id) if m.type in (T.FRAMEWORK, T.POSITION, T.PERSON) else None
        if e is not None and m.type is T.PERSON:  # a known person's post: "Stoltenberg" -> NATO
            e = entity(ctx, str(e.extra.get("position") or ""))
        if m.type is T.ORG:
            out.add(m.entity_id)
        elif e is not None:
            out.update(str(x) for x in e.extra.get("participants") or [])
            if e.extra.get("org"):
                out.add(str(e.extra["org"]))
    return sorted(out)


def _names(ctx: DocContext, eid: str) -> set[str]:
    e = entity(ctx, eid)
    if e is None:
        return set()
    return {n.casefold() for n in [*e.labels.values(), *e.all_aliases()] if len(n) >= 2}


def _consistent(e: Entity, value: str | None) -> bool:
    """Whether a date from the text fits the agreement's known date (2016-07 fits 2016-07-08)."""
    known = str(e.extra.get("date") or "")
    if not known or not value:
        return True
    n = min(len(known), len(value))
    return known[:n] == value[:n]


def resolve(ctx: DocContext, cands: list[Entity], year: str | None, orgs: list[str],
             value: str | None = None, need_party: bool = False) -> str | None:
    same_year = [e for e in cands if year and entity_year(e) == year and _consistent(e, value)]
    if not same_year:
        return None

    def score(e: Entity) -> int:
        text = " ".join([*e.labels.values(), *e.all_aliases()]).casefold()
        return sum(any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text) for n in _names(ctx, o)) for o in orgs)

    best = max(same_year, key=lambda e: (score(e), -same_year.index(e)))
    if need_party and score(best) < 1:
        return None  # none of its parties named anywhere: another declaration of that year
    return best.id


def create(ctx: DocContext, orgs: list[str], year: str) -> str:
    """A declaration the reference data lacks: "<Org>–<Org> Joint Declaration <year>"."""
    labels, aliases = {}, {}
    for lang in ("en", "lv"):
        mod = lang_data(lang, MOD)
        word = getattr(mod, "LABEL_DECLARATION", "Joint Declaration") if mod else "Joint Declaration"
        names = [(entity(ctx, o).label(lang) if entity(ctx, o) else o) for o in orgs]  # type: ignore[union-attr]
        labels[lang] = f"{'–'.join(names)} {word} {year}".strip()
        aliases[lang] = [f"{'–'.join(names)} {word}"] if year else []  # also known without its year
    eid = "agreement:" + slug(*[o.split(":", 1)[-1] for o in orgs], "declaration", year)
    got = ensure_entity(ctx, eid, T.AGREEMENT, labels, {"date": year} if year else None)
    e = entity(ctx, eid)
    if e is not None and e.source == f"doc:{ctx.doc_id}" and not e.aliases and year:
        e.aliases = aliases
    return got

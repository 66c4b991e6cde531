"""Titles the gazetteer cannot link on its own: a bare head ("NATO's fourteenth Secretary General",
"served as Secretary General") and a national office of another state ("Prime Minister of the
Netherlands", "Kanādas premjerministrs").

* Heads come from the reference positions that belong to an organisation: a position's name
  without the organisation's name ("NATO Secretary General" -> "Secretary General"; Latvian
  heads match every case form). A head resolves when the organisation is named right before it
  ("NATO's", "alianses") or after it ("of NATO"), or, for a head of two or more words, in this
  sentence or the three before it.
* A national office (a reference position with a ``country``) written with another state's name
  next to it becomes that state's office: the same title with the state's name
  ("position:nl-prime-minister", "Prime Minister of the Netherlands", "Nīderlandes Ministru prezidents").
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lang.lv.morph import case_forms
from ..model import Entity, Mention
from ..vocab import EntityType
from .context import DocContext, SentenceView, lang_data
from .created import ensure_entity, entity, ref_entities
from .lexicon import Lexicon

__all__ = ["head_mentions", "office_of_state"]

MOD = "rel_positions"
T = EntityType
_LV_ENDINGS = ("is", "us", "as", "es", "s", "š", "a", "e", "i")
_OWNER_BEFORE = re.compile(r"^\s*(?:['’]s)?\s*(?:[^\W\d_]+\s+)?$")  # "NATO's fourteenth ", "alianses "
_OWNER_AFTER = re.compile(r"^\s+(?:of|for)\s+(?:the\s+)?$", re.IGNORECASE)
# between a state and its office: nothing, the state's form ("Polijas Republikas"), or another office of
# the same state before a conjunction ("Polijas Republikas vicepremjers un nacionālās aizsardzības
# ministrs", "Poland's Deputy Prime Minister and Minister of National Defence")
_STATE_THEN_TITLES = re.compile(
    r"^(?:['’]s)?\s*(?:(?:Republikas|Karalistes|Federatīvās|Republic|Federal)\s+)?"
    r"(?:(?:(?:[a-zāčēģīķļņšūž-]+|(?:Deputy|Vice|Prime|Minister|Ministers?|of|for|National|Defence|Defense|Foreign"
    r"|Affairs|President|Chancellor))\s+){1,4}(?:un|and)\s+(?:[a-zāčēģīķļņšūž]+\s+){0,2})?$")


def _heads_table(ents: dict[str, Entity], lang: str) -> tuple[tuple[str, str, str], ...]:
    """(head pattern, position id, org id) for every reference position of an organisation."""
    out: set[tuple[str, str, str]] = set()
    for pid, e in ents.items():
        org_id = e.extra.get("org") if e.type is T.POSITION else None
        org = ents.get(str(org_id)) if org_id else None
        if org is None:
            continue
        org_names = sorted({n for n in [*org.labels.values(), *org.all_aliases()] if len(n) >= 2}, key=len, reverse=True)
        names = [e.labels.get(lang, "")] + list(e.aliases.get(lang, []))
        for name in names:
            head = name
            for o in org_names:
                head = re.sub(rf"(?i)(?:\s+of(?:\s+the)?\s+)?(?<!\w){re.escape(o)}(?!\w)(?:['’]s)?", " ", head)
            words = [w for w in head.split() if w.casefold() not in ("the", "of")]
            if not words or head.strip() == name.strip() or len(" ".join(words)) < 6:
                continue
            if lang == "lv":
                last = words[-1].casefold()
                stem = next((last[: -len(x)] for x in _LV_ENDINGS if last.endswith(x) and len(last) > len(x) + 3), last)
                words = [w.casefold() for w in words[:-1]] + [stem + "*"]
            out.add((" ".join(w.casefold() if not w.endswith("*") else w for w in words), pid, str(org_id)))
    return tuple(sorted(out))


_CACHE: dict[tuple[int, str], tuple[Lexicon, dict[str, list[tuple[str, str]]]]] = {}


def _heads(ctx: DocContext, lang: str) -> tuple[Lexicon, dict[str, list[tuple[str, str]]]]:
    ents = ref_entities(ctx)
    key = (id(ents), lang)
    got = _CACHE.get(key)
    if got is None:
        table = _heads_table(ents, lang)
        by: dict[str, list[tuple[str, str]]] = {}
        for pat, pid, org in table:
            by.setdefault(pat, []).append((pid, org))
        got = _CACHE[key] = (Lexicon(sorted(by)), by)
    return got


def head_mentions(ctx: DocContext, view: SentenceView) -> list[Mention]:
    """Position mentions over heads that name their organisation nearby (see the module doc)."""
    lex, by = _heads(ctx, view.lang)
    if not lex:
        return []
    out: list[Mention] = []
    for h in view.find(lex):
        if any(m.start < h.end and h.start < m.end for m in view.mentions):
            continue
        cands = by.get(h.pattern, [])
        orgs_before = [m for m in view.mentions if m.type is T.ORG and m.end <= h.start
                       and _OWNER_BEFORE.match(ctx.text[m.end:h.start])]
        orgs_after = [m for m in view.mentions if m.type is T.ORG and m.start >= h.end
                      and _OWNER_AFTER.match(ctx.text[h.end:m.start])]
        start, end, pid = h.start, h.end, None
        if orgs_before:
            pid = _one(cands, orgs_before[-1].entity_id)
            start = orgs_before[-1].start if pid else start
        elif orgs_after:
            pid = _one(cands, orgs_after[0].entity_id)
            end = orgs_after[0].end if pid else end
        elif len(h.pattern.split()) >= 2 or view.lang == "lv":
            recent = {m.entity_id for v in ctx.views[max(0, view.index - 3):view.index + 1] for m in v.mentions
                      if m.type is T.ORG}
            found = [p for p, o in cands if o in recent]
            pid = found[0] if len(found) == 1 else None
        if pid:
            out.append(Mention(pid, T.POSITION, start, end, ctx.text[start:end], frozenset(), True))
    return out


def _one(cands: list[tuple[str, str]], org: str) -> str | None:
    found = [p for p, o in cands if o == org]
    return found[0] if len(found) == 1 else None


def office_of_state(ctx: DocContext, view: SentenceView, position: Mention) -> str | None:
    """The position meant when a national office stands next to another state's name: that state's
    office (created), the position itself when the state is its own or none is named, None when
    it cannot be built."""
    e = entity(ctx, position.entity_id)
    country = e.extra.get("country") if e else None
    if not country or e is None:
        return position.entity_id
    for s in view.of_type(T.STATE):
        after = s.start >= position.end and re.match(r"^\s+of(?:\s+the)?\s+$", ctx.text[position.end:s.start], re.I)
        before = s.end <= position.start and bool(_STATE_THEN_TITLES.match(ctx.text[s.end:position.start]))
        if (after or before) and s.entity_id != country:
            return _office(ctx, e, str(country), s)
    return position.entity_id


def _office(ctx: DocContext, e: Entity, own: str, state: Mention) -> str | None:
    own_e, other = entity(ctx, own), entity(ctx, state.entity_id)
    if own_e is None or other is None:
        return None
    code = state.entity_id.split(":", 1)[-1].lower()
    own_code = own.split(":", 1)[-1].lower()
    base = e.id.split(":", 1)[-1]
    eid = "position:" + (code + base[len(own_code):] if base.startswith(own_code + "-") else f"{code}-{base}")
    labels: dict[str, str] = {}
    aliases: dict[str, list[str]] = {}
    for lang in ("en", "lv"):
        label = e.labels.get(lang)
        if not label:
            continue
        names = _state_names(lang, own_e, other, state.surface)
        if names is None:
            continue
        mine, theirs = names
        rx = re.compile(rf"(?<!\w){re.escape(mine)}(?!\w)")
        if not rx.search(label):
            continue
        labels[lang] = rx.sub(theirs, label)
        found = set()
        for a in e.aliases.get(lang, []):
            if rx.search(a):
                found.add(rx.sub(theirs, a))
            elif own_e.labels.get(lang, "")[:4].casefold() not in a.casefold():  # no demonym: "premjerministrs"
                found.add(f"{theirs} {a}" if lang == "lv" else f"{a} of {theirs}")
        aliases[lang] = sorted(found)
    if "en" not in labels:
        return None
    ensure_entity(ctx, eid, T.POSITION, labels, {"country": state.entity_id})
    created = entity(ctx, eid)
    if created is not None and created.source == f"doc:{ctx.doc_id}" and not created.aliases:
        created.aliases = aliases
    return eid


def _state_names(lang: str, own: Entity, other: Entity, surface: str) -> tuple[str, str] | None:
    """(own state's name as the titles write it, the other state's name the same way)."""
    mine, theirs = own.labels.get(lang), other.labels.get(lang)
    if not mine or not theirs:
        return None
    if lang == "lv":
        gen = _genitive(mine), _genitive(theirs)
        return (gen[0], gen[1]) if gen[0] and gen[1] else None
    mod = lang_data("en", MOD)
    definite = tuple(getattr(mod, "DEFINITE_STATE_WORDS", ()))
    if theirs.startswith(definite) or theirs.endswith("s") or surface.casefold().startswith("the "):
        theirs = "the " + theirs
    return mine, theirs


@lru_cache(maxsize=512)
def _genitive(name: str) -> str | None:
    return next((f for f, cases in case_forms(name).items() if "gen" in cases), None)

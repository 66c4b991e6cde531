"""Offices named by a role noun and the body it heads, when the reference data lacks that office:
"brigādes komandieris", "Daudznacionālās divīzijas "Ziemeļi" komandiere", "ESAO ģenerālsekretārs",
"the OECD Secretary-General", "Director of the NATO StratCom COE", "the brigade's commander".

The role nouns are language data (``ROLES`` in ``lang/<code>/rel_positions.py``: a pattern -> the
English title and the Latvian nominative). The owner is an organisation, formation or operation named
right before the role (a Latvian genitive, an English name or possessive) or after "of (the)" in
English; a unit's head noun ("brigādes", "the brigade") stands for the unit it refers to. The office is
created per document as ``position:<role>-<owner>``, "<Role> of <owner>" / "<owner genitive>
<role>", with the owner's short names as aliases ("OECD Secretary General", "ESAO ģenerālsekretārs").
Used by :mod:`.positions`, whose title, apposition and copula rules give the holder.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lang.lv.morph import case_forms
from ..model import Entity, Mention
from ..vocab import EntityType
from .context import DocContext, SentenceView, lang_data
from .created import ensure_entity, entity, slug
from .forces_args import unit_mentions
from .lexicon import Lexicon

__all__ = ["role_mentions"]

MOD = "rel_positions"
T = EntityType
_OWNERS = (T.ORG, T.FORMATION, T.OPERATION)
_BEFORE_EN = re.compile(r"^\s*(?:['’]s)?\s*$")
_BEFORE_LV = re.compile(r"^[\s\"”“„]*$")
_OF = re.compile(r"^\s+of\s+(?:the\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=None)
def _roles(lang: str) -> tuple[Lexicon, dict[str, tuple[str, str]]]:
    table = getattr(lang_data(lang, MOD), "ROLES", None) or {}
    return Lexicon(sorted(table)), dict(table)


def role_mentions(ctx: DocContext, view: SentenceView, taken: list[Mention]) -> list[Mention]:
    """Position mentions for role nouns with their owner (see the module doc); none where ``taken``
    (reference positions) already cover the words."""
    lex, table = _roles(view.lang)
    if not lex:
        return []
    owners = [m for m in view.mentions if m.type in _OWNERS]
    owners += [u for u in unit_mentions(ctx, view) if u not in owners]
    if not owners:
        return []
    out: list[Mention] = []
    for h in view.find(lex):
        if any(m.start < h.end and h.start < m.end for m in taken + view.mentions):
            continue
        owner, start, end = _owner(ctx, view, owners, h.start, h.end)
        if owner is None:
            continue
        pid = _office(ctx, owner, table[h.pattern])
        if pid is not None:
            out.append(Mention(pid, T.POSITION, start, end, ctx.text[start:end], frozenset(), True))
    return out


def _owner(ctx: DocContext, view: SentenceView, owners: list[Mention], a: int, b: int) -> tuple[Mention | None, int, int]:
    before = _BEFORE_LV if view.lang == "lv" else _BEFORE_EN
    left = [m for m in owners if m.end <= a and before.match(ctx.text[m.end:a])]
    if left:
        m = max(left, key=lambda x: x.end)
        if view.lang != "lv" or not m.cases or "gen" in m.cases:
            return m, m.start, b
    if view.lang == "en":
        right = [m for m in owners if m.start >= b and _OF.match(ctx.text[b:m.start])]
        if right:
            m = min(right, key=lambda x: x.start)
            return m, a, m.end
    return None, a, b


def _office(ctx: DocContext, owner: Mention, role: tuple[str, str]) -> str | None:
    e = entity(ctx, owner.entity_id)
    if e is None or not e.labels.get("en"):
        return None
    title_en, title_lv = role
    eid = "position:" + slug(title_en, owner.entity_id.split(":", 1)[-1])
    name_en = e.labels["en"]
    labels = {"en": f"{title_en} of {name_en}"}
    aliases_en = {f"{name_en} {title_en}", f"{title_en} of the {name_en}"}
    aliases_lv: set[str] = set()
    gen = _genitive(e.labels.get("lv", ""))
    if gen:
        labels["lv"] = f"{gen} {title_lv}"
    for short in _short_names(e):
        aliases_en |= {f"{short} {title_en}", f"{title_en} of {short}", f"{title_en} of the {short}"}
        aliases_lv.add(f"{_genitive(short) or short} {title_lv}")
    ensure_entity(ctx, eid, T.POSITION, labels, {"org": owner.entity_id, "role": title_en})
    made = entity(ctx, eid)
    if made is not None and made.source == f"doc:{ctx.doc_id}" and not made.aliases:
        made.aliases = {"en": sorted(aliases_en - {labels["en"]}),
                        "lv": sorted(aliases_lv - {labels.get("lv", "")})}
    return eid


def _short_names(e: Entity) -> list[str]:
    """Acronyms and short names ("OECD", "ESAO", "MNB Latvia")."""
    names = list(e.labels.values()) + e.all_aliases()
    return sorted({n for n in names if len(n) <= 12 and any(c.isupper() for c in n[1:])})


@lru_cache(maxsize=1024)
def _genitive(name: str) -> str | None:
    """The Latvian genitive of a name: its head (first inflecting word) declined, the rest kept
    ("NATO Daudznacionālā brigāde Latvijā" -> "NATO Daudznacionālās brigādes Latvijā")."""
    if not name:
        return None
    if name.isupper():
        return name  # an acronym does not decline
    forms = case_forms(name)
    return next((f for f, cases in forms.items() if "gen" in cases), None)

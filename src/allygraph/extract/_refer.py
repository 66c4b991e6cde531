"""Arguments the text gives only by reference, for the membership and operations rules.

* common-noun names: an organisation's alias that is also a common word ("the alliance",
  Latvian "aliansē") is not linked by the gazetteer; next to a relation trigger it names the
  organisation the reference data gives it to (its ``~`` aliases);
* referring nouns: "the mission coordinates ...", "spēki cieši sadarbojas ...", "Misiju atbalsta
  ...": the nearest earlier operation / organisation of the kind the noun names;
* pronouns: "Latvia took part in both", "Latvija tajā piedalās", "serve in it";
* subjects kept apart from their verb: an apposition ("Operation X, NATO's maritime operation
  launched in 2016, is run from ...") or a relative clause ("the coalition, which helps Ukraine");
* operations named by description: "the NATO-led force in Bosnia", "NATO vadītā operācijā ...
  Bosnijā" -> the one reference operation led by that organisation in that place.

Word lists live in ``lang/<code>/rel_operations.py`` (REF_OPERATION, REF_ORG, PRONOUN_ONE,
PRONOUN_BOTH, LED, LED_KIND).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..model import Mention
from ..vocab import EntityType
from ._slots import PLACES, hit_at, hits, is_modifier, mentions, relative_spans, token_index
from .context import DocContext, SentenceView
from .created import ref_entities
from .lexicon import Match

__all__ = ["common_names", "referent", "noun_subject", "antecedent", "pronoun_objects", "detached_subject",
           "described_operations", "sentence_topic", "REF_KINDS"]

T = EntityType
MOD = "rel_operations"
REF_KINDS: dict[str, tuple[EntityType, ...]] = {
    "REF_OPERATION": (T.OPERATION, T.FORMATION),
    "REF_ORG": (T.ORG,),
}


# --------------------------------------------------------------------------- common-noun names

def _common_index(ctx: DocContext, lang: str) -> dict[str, tuple[str, frozenset[str]]]:
    """Surface form -> (organisation id, cases) for every ``~`` alias of an organisation that
    no other entity shares."""
    ents = ref_entities(ctx)
    key = (id(ents), len(ents), lang)
    got = _COMMON.get(key)
    if got is None:
        got = _build_common(tuple(sorted((e.id, tuple(e.extra.get("nolink", ()))) for e in ents.values()
                                         if e.type is T.ORG and e.extra.get("nolink"))), lang)
        _COMMON[key] = got
    return got


_COMMON: dict[tuple[int, int, str], dict[str, tuple[str, frozenset[str]]]] = {}


@lru_cache(maxsize=8)
def _build_common(rows: tuple[tuple[str, tuple[str, ...]], ...], lang: str) -> dict[str, tuple[str, frozenset[str]]]:
    out: dict[str, tuple[str, frozenset[str]]] = {}
    seen: dict[str, set[str]] = {}
    for eid, names in rows:
        for name in names:
            if " " in name:
                continue
            if lang == "lv":
                try:
                    from ..lang.lv.morph import case_forms
                    forms = case_forms(name.casefold())
                except Exception:  # noqa: BLE001 - a name the declension rules cannot handle
                    forms = {name.casefold(): frozenset({"nom"})}
            else:
                forms = {name.casefold(): frozenset()}
            for f, cases in forms.items():
                seen.setdefault(f, set()).add(eid)
                out[f] = (eid, cases)
    return {f: v for f, v in out.items() if len(seen[f]) == 1}


@lru_cache(maxsize=8)
def _common_rx(forms: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?!\w)")


def common_names(view: SentenceView) -> list[Mention]:
    """Lower-case organisation names that are common words ("the alliance", "aliansē")."""
    idx = _common_index(view.ctx, view.lang)
    if not idx:
        return []
    rx = _common_rx(tuple(sorted(idx)))
    if rx.search(view.text.casefold()) is None:
        return []
    out = []
    for tok in view.tokens:
        low = tok.text.casefold()
        if low in idx and tok.text[:1].islower() and not any(m.start <= tok.start < m.end for m in view.mentions):
            eid, cases = idx[low]
            out.append(Mention(eid, T.ORG, tok.start, tok.end, tok.text, cases, True))
    return out


# --------------------------------------------------------------------------- referring nouns

def antecedent(ctx: DocContext, view: SentenceView, offset: int, types: Iterable[EntityType],
               look_back: int = 5) -> Mention | None:
    """What a referring noun at ``offset`` points to: the nearest earlier mention of these types
    in the sentence, else the first one of the nearest earlier sentence that has one."""
    ts = set(types)
    here = [m for m in mentions(view) if m.end <= offset and m.type in ts and not m.created]
    if here:
        return here[-1]
    for prev in reversed(ctx.views[max(0, view.index - look_back):view.index]):
        ms = [m for m in prev.mentions if m.type in ts]
        if ms:
            return ms[0]
    return None


def _ref_hit(view: SentenceView, i: int) -> tuple[Match, tuple[EntityType, ...]] | None:
    for name, kinds in REF_KINDS.items():
        for h in hits(view, MOD, name):
            if h.last == i:
                return h, kinds
    return None


def noun_subject(ctx: DocContext, view: SentenceView, t: Match) -> Mention | None:
    """A referring noun just before the trigger ("the mission coordinates", "spēki cieši
    sadarbojas" — one adverb may stand between) -> its antecedent."""
    toks = view.tokens
    for back in (1, 2):
        i = t.first - back
        if i < 0 or (back == 2 and not (toks[i + 1].text[:1].islower() and toks[i + 1].text.isalpha())):
            break
        got = _ref_hit(view, i)
        if got is not None:
            h, kinds = got
            if any(m.start <= toks[i].start < m.end for m in view.mentions):
                return None
            return antecedent(ctx, view, toks[h.first].start, kinds)
    return None


def referent(ctx: DocContext, view: SentenceView, i: int) -> Mention | None:
    """The antecedent of a referring noun that ends at token ``i`` ("Misiju", "the operation")."""
    got = _ref_hit(view, i)
    if got is None:
        return None
    h, kinds = got
    return antecedent(ctx, view, view.tokens[h.first].start, kinds)


def sentence_topic(ctx: DocContext, view: SentenceView, types: Iterable[EntityType]) -> Mention | None:
    """What the sentence is about: the antecedent of a referring noun it opens with ("The
    mission ...", "Misijas štābs ..."), else its first mention of these types, else the nearest
    earlier one."""
    ts = tuple(types)
    for name, kinds in REF_KINDS.items():
        for h in hits(view, MOD, name):
            if h.first <= 1 and set(kinds) & set(ts):
                return antecedent(ctx, view, view.start, ts)
    first = next((m for m in mentions(view) if m.type in ts and not m.created), None)
    return first or antecedent(ctx, view, view.start, ts)


def pronoun_objects(ctx: DocContext, view: SentenceView, i: int, types: Iterable[EntityType]) -> list[Mention]:
    """Objects a pronoun at token ``i`` stands for: "both"/"abās" -> the last two named,
    "it"/"tajā" -> what the sentence is about."""
    ts = tuple(types)
    if not 0 <= i < len(view.tokens):
        return []
    if hit_at(view, MOD, "PRONOUN_BOTH", i):
        seen: list[Mention] = []
        cands = [m for m in mentions(view) if m.end <= view.tokens[i].start and m.type in ts]
        for prev in reversed(ctx.views[max(0, view.index - 3):view.index]):
            cands = [m for m in prev.mentions if m.type in ts] + cands
        for m in reversed(cands):
            if all(s.entity_id != m.entity_id for s in seen):
                seen.append(m)
            if len(seen) == 2:
                return list(reversed(seen))
        return []
    if hit_at(view, MOD, "PRONOUN_ONE", i):
        top = sentence_topic(ctx, view, ts)
        return [top] if top is not None else []
    return []


# --------------------------------------------------------------------------- detached subjects

def detached_subject(view: SentenceView, t: Match, types: Iterable[EntityType]) -> Mention | None:
    """The subject of a trigger set apart from it: "X, <apposition>, is run from" (the name
    before the sentence's first comma) or "X, which/kas <trigger>" (the relative's antecedent)."""
    ts = set(types)
    ms = mentions(view)
    text = view.ctx.text
    for a, b in relative_spans(view):
        if a <= t.start < b:
            m = next((m for m in reversed(ms) if m.end <= a and a - m.end <= 1), None)
            return m if m is not None and m.type in ts else None
    prefix = text[view.start:t.start].rstrip()
    for aux in (" is", " was", " has", " have", " are", " were", " ir", " bija"):
        if prefix.endswith(aux):
            prefix = prefix[: -len(aux)].rstrip()
    if not prefix.endswith(","):
        return None
    comma = text.find(",", view.start, t.start)
    m = next((m for m in ms if m.end <= comma and not text[m.end:comma].strip()), None)
    if m is None or m.type not in ts or is_modifier(view, m, ms):
        return None
    return m


# --------------------------------------------------------------------------- described operations

def described_operations(view: SentenceView) -> list[Mention]:
    """"the NATO-led force in Bosnia", "NATO vadītā operācijā ... Bosnijā": the reference
    operation led by that organisation in that place (only when exactly one fits)."""
    out: list[Mention] = []
    led = hits(view, MOD, "LED")
    if not led:
        return out
    ents = ref_entities(view.ctx)
    for t in led:
        actor = next((m for m in view.mentions if m.type is T.ORG and 0 <= token_index(view, t.start) - token_index(view, m.end) <= 1), None)
        kind = next((k for k in hits(view, MOD, "LED_KIND") if 0 <= k.first - t.last <= 2), None)
        if actor is None or kind is None:
            continue
        stop = _clause_stop(view, kind.last + 1)
        place = next((m for m in view.mentions if m.type in PLACES and kind.end <= m.start < stop), None)
        if place is None:
            continue
        known = sorted(e.id for e in ents.values() if e.type is T.OPERATION
                       and e.extra.get("led_by") == actor.entity_id and e.extra.get("operates_in") == place.entity_id)
        if len(known) > 1:  # several in that place: the one running at the sentence's date
            years = [x.value[:4] for x in view.times if x.value[:4].isdigit()]
            known = [k for k in known if years and all(_ran(ents[k].extra, y) for y in years[:1])]
        if len(known) != 1:
            continue
        end = place.end if token_index(view, place.start) - kind.last <= 2 else kind.end
        out.append(Mention(known[0], T.OPERATION, actor.start, end, view.ctx.text[actor.start:end], frozenset(), True))
    return out


def _ran(extra: dict, year: str) -> bool:
    start = str(extra.get("start") or extra.get("inception") or "0000")[:4]
    end = str(extra.get("end") or "9999")[:4]
    return start <= year <= end


def _clause_stop(view: SentenceView, i: int) -> int:
    toks = view.tokens
    for k in range(i, len(toks)):
        if toks[k].text in (",", ";", ":"):
            return toks[k].start
    return view.end


def located_org(view: SentenceView, city: Mention) -> Mention | None:
    """"the Helsinki centre", "Tallinas centrs": the one reference organisation of that kind
    located in (or headquartered in) the city named before the noun."""
    i = token_index(view, city.end)
    got = _ref_hit(view, i)
    if got is None or got[1] != (T.ORG,) or got[0].first != i:
        return None
    noun = view.tokens[i].lemma.casefold()[:5]
    found = sorted(e.id for e in ref_entities(view.ctx).values() if e.type is T.ORG
                   and city.entity_id in (e.extra.get("located_in"), e.extra.get("hq"))
                   and any(noun in n.casefold() for n in e.labels.values()))
    if len(found) != 1:
        return None
    return Mention(found[0], T.ORG, city.start, view.tokens[i].end, view.ctx.text[city.start:view.tokens[i].end],
                   frozenset(), True)


def referred_operations(ctx: DocContext, view: SentenceView) -> list[Mention]:
    """"Kopš 2014. gada misija izmanto ... Igaunijā", "the mission also patrols ...": the
    referring noun as a mention of the operation it points back to."""
    out = []
    for h in hits(view, MOD, "REF_OPERATION"):
        toks = view.tokens
        if any(m.start <= toks[h.last].start < m.end for m in view.mentions):
            continue
        ant = antecedent(ctx, view, toks[h.first].start, (T.OPERATION,))
        if ant is not None:
            out.append(Mention(ant.entity_id, T.OPERATION, toks[h.first].start, toks[h.last].end,
                               view.ctx.text[toks[h.first].start:toks[h.last].end], frozenset({"nom"}), False))
            break
    return out

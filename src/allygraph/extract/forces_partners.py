"""State to state: ``military_support_to`` (a state -> the state it supports militarily) and
``strategic_partner_of`` (symmetric), in both languages, with lists on either side ("Polija,
Vācija un Francija sniedz militāro atbalstu Ukrainai", "Latvia's strategic partners such as ...").
"""

from __future__ import annotations

import re

from ..model import Mention
from ..vocab import EntityType as T
from ..vocab import Predicate as P
from ._args import before_word, nearest, relation_times, states_group, triggers
from .context import DocContext, SentenceView, lang_data
from .forces_args import LEX, STATE, prepositions, subject_ok
from .lexicon import Match

__all__ = ["military_support", "strategic_partners"]


def military_support(ctx: DocContext, view: SentenceView) -> None:
    for t in triggers(view, LEX, "MILITARY_SUPPORT"):
        states = view.of_type(*STATE)
        if not states or _in_name(view, t):
            continue
        groups = view.groups(STATE)
        receiving = bool(triggers(view, LEX, "RECEIVE"))
        receiver: Mention | None = None
        givers: list[Mention] = []
        if receiving:
            receiver = nearest([m for m in states if subject_ok(view, m, lv_case=False)], t, "left")
            src = [m for m in states if before_word(view, m) in ("no", "from")]
            givers = states_group(view, src[0]) if src else []
        else:
            receivers: list[Mention] = []
            for m in states:
                w = before_word(view, m)
                single = len(view.group(m, STATE)) == 1
                if w in ("to", "for", "in") or (view.lang == "lv" and single and m.cases and m.cases & {"dat", "loc"}
                                                  and "nom" not in m.cases):
                    receiver = m
                    receivers = states_group(view, m) if w in ("to", "for") else [m]
                    break
            rest = [g for g in groups if receiver is None or receiver not in g]
            givers = max(rest, key=len) if rest else _capital_giver(ctx, view, t)
            if len(receivers) > 1 and givers:
                for r in receivers[1:]:  # "provided military support to Estonia, Latvia and Lithuania"
                    for g in givers:
                        ctx.add(g.entity_id, P.MILITARY_SUPPORT_TO, r.entity_id, view, qualifiers=relation_times(view),
                                confidence=0.7)
        conf = 0.75
        if receiver is None:
            top = ctx.topic()
            if top is None or any(g.entity_id == top for g in givers):
                continue
            rid, conf = top, 0.5
        else:
            rid = receiver.entity_id
        for g in givers:
            ctx.add(g.entity_id, P.MILITARY_SUPPORT_TO, rid, view, qualifiers=relation_times(view), confidence=conf)


def _in_name(view: SentenceView, t: Match) -> bool:
    """Is the trigger part of a name the gazetteer did not link ("ES Militārās palīdzības misija",
    "the EU Military Assistance Mission")? Its words are capitalised past the sentence's first word."""
    words = [tok.text for tok in view.tokens[t.first:t.last + 1] if tok.text[:1].isalpha()]
    before = view.tokens[t.first - 1].text if t.first > 0 else ""
    return bool(words) and words[0][:1].isupper() and before[:1].isalnum()  # a name's first word, mid-sentence


def _capital_giver(ctx: DocContext, view: SentenceView, t: Match) -> list[Mention]:
    """A capital standing for its state as the subject ("Washington has provided military support"):
    the capital city named before the trigger, not after a preposition."""
    for m in reversed(view.before(t.start, (T.CITY,))):
        ent = ctx.ref.get(m.entity_id) if ctx.ref is not None and hasattr(ctx.ref, "get") else None
        if ent is None or not ent.extra.get("capital") or not isinstance(ent.extra.get("country"), str):
            continue
        if before_word(view, m) in prepositions(view.lang) or not subject_ok(view, m):
            return []
        return [Mention(ent.extra["country"], T.STATE, m.start, m.end, m.surface)]
    return []


_AS = ("as", "as a", "as an", "as its", "as their", "par")
_COPULA_OURS = re.compile(r"^(?:ir|is|are|remains?|paliek|paliks|ir un paliek|ir un paliks|has been|will remain|ir bijusi)\s+"
                          r"(?:mūsu|our|one of our|viena no mūsu|viens no mūsu)\s+(?:[^\W\d_]+\s+){0,2}$")
_PARTNER_GAP = ("", ",", ":", "-", "–", "—", "the", ", the", "such as", "kā", "of", "of the", "ir", "are", "is",
                "include", "includes", "ir arī", "are also", "is also", "remain", "remains", "ir tādas valstis kā",
                "ar", "with", "ar tādām valstīm kā", "with the")


def _owner_gap(view: SentenceView, m: Mention, t: Match) -> bool:
    """"Latvia's strategic partner", "Latvia's most important strategic partner", "Latvijas
    svarīgākais stratēģiskais partneris": a possessive or genitive owner, up to three words before."""
    gap = view.between(m.end, t.start).strip()
    if gap in ("", "'s", "’s", "'", "’"):
        return True
    if view.lang == "en":
        if not gap.startswith(("'s ", "’s ")):
            return False
        gap = gap[3:]
    elif m.cases and "gen" not in m.cases:
        return False
    words = gap.split()
    return len(words) <= 3 and all(w.isalpha() and w.islower() for w in words)


def strategic_partners(ctx: DocContext, view: SentenceView) -> None:
    for t in triggers(view, LEX, "STRATEGIC_PARTNER"):
        states = view.of_type(*STATE)
        owner = next((m for m in reversed(view.before(t.start, STATE)) if _owner_gap(view, m, t)), None)
        partners: list[Mention] = []
        right = nearest(states, t, "right")
        gap = view.between(t.end, right.start).strip().lower() if right else "x"
        if right is not None and gap.split()[:1] in (["in"], ["within"], ["across"], ["from"]) and len(gap.split()) <= 3:  # "strategic partners in North America, the US and Canada"
            nxt = next(iter(view.after(right.end, STATE)), None)
            if nxt is not None and view.between(right.end, nxt.start).strip().lower() in (",", ", the", ":", "–", "—"):
                right, gap = nxt, ""
        left = nearest(states, t, "left")
        if owner is None and left is not None and view.between(left.end, t.start).strip().lower() in _AS:
            # "Latvia regards Canada as a strategic ally", "Latvija uzskata Kanādu par stratēģisko partneri"
            earlier = [m for m in view.before(left.start, STATE) if m.entity_id != left.entity_id]
            if earlier:
                ctx.add(earlier[-1].entity_id, P.STRATEGIC_PARTNER_OF, left.entity_id, view, confidence=0.7)
                continue
        if right is not None and gap in _PARTNER_GAP:
            if gap.startswith("of") and owner is None:
                owner = right
                left = nearest([m for m in states if m is not owner], t, "left")
                partners = states_group(view, left) if left else []
            else:
                partners = states_group(view, right)
        if owner is not None and not partners:
            left = nearest([m for m in view.before(owner.start, STATE)], owner, "left")
            partners = states_group(view, left) if left else []
        group: list[Mention] = []
        if owner is None and partners:
            others = [m for m in view.before(t.start, STATE) if m not in partners]
            owner = others[-1] if others else None
            group = states_group(view, owner) if owner is not None else []  # "A and B signed a ... with C"
        if owner is None and not partners:  # "X un Y ir stratēģiskie partneri"
            left = nearest(states, t, "left")
            grp = states_group(view, left) if left else []
            if len(grp) == 2:
                owner, partners = grp[0], [grp[1]]
            elif left is not None and _COPULA_OURS.match(view.between(left.end, t.start).strip().lower() + " "):
                partners = grp  # "Polija ir mūsu stratēģiskā partnere", "Canada is our key strategic partner"
                home = getattr(lang_data(view.lang, "names_titles"), "HOME_STATE", None)
                if home and all(p.entity_id != home for p in grp):  # "mūsu" in a Latvian text: Latvia's
                    owner = Mention(home, T.STATE, t.start, t.start, "")
        oid = owner.entity_id if owner else ctx.topic()
        if oid is None:
            continue
        for o in [m.entity_id for m in group if m.entity_id != oid] + [oid]:
            for p in partners:
                if p.entity_id != o:
                    ctx.add(o, P.STRATEGIC_PARTNER_OF, p.entity_id, view, confidence=0.8 if owner else 0.55)

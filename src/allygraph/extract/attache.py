"""Defence attachés and advisers: who sends them, where they are accredited, where they live.

Predicates: ``defence_attache_to`` and ``defence_adviser_to`` (sending state -> receiving state)
with the ``resident_in`` qualifier (a city).

Two shapes of text:

* **Lists under a lead-in** (ministry pages). The lead-in sets the direction: "Atašeji, kas
  akreditēti Latvijā:" / "Defence attachés accredited to Latvia:" make every item a *sending*
  state; "Latvijas Aizsardzības ministrija ir akreditējusi ... atašejus ...:" / "Latvia has
  accredited attachés to:" make every item *receiving* states of the lead-in's state (a body's
  state counts: the ministry's country). Each item names its states, then after "rezidē" /
  "resident in" or in brackets the city of residence (the country after the city is not it).
  An item that names an embassy ("Latvijas Republikas vēstniecībā ...") takes its sender from
  the embassy's owner; an item's own trigger word (padomnieks / adviser) sets its predicate.
* **Prose**: "Latvia's defence attaché in Berlin is also accredited to Austria and France",
  "Zviedrijas aizsardzības atašejs Latvijā rezidē Rīgā": the sender stands before the trigger,
  the receivers after it (in / to / accredited to / covers), the residence after "resident in";
  an attaché "in Berlin" is also accredited to Berlin's country.
"""

from __future__ import annotations

from ..model import Mention
from ..vocab import EntityType as T
from ..vocab import Predicate as P
from ._args import Quals, before_word, covered, find_once, relation_times, states_group
from .context import DocContext, SentenceView
from .lexicon import Match

__all__ = ["extract"]

LEX = "rel_attache"
_TO = ("to", "in", "for", "with", "")
_COOPERATION = ("sadarbīb", "attiecīb", "cooperation", "co-operation", "relations", "contacts", "kontakt")


def extract(ctx: DocContext) -> None:
    for view in ctx.views:
        if view.sent.is_list_item:
            _item(ctx, view)
        elif view.mentions and any(m.type is T.STATE for m in view.mentions):
            _prose(ctx, view)


def _find(view: SentenceView, name: str) -> list[Match]:
    """Trigger matches, allowing overlap with position names ("Aizsardzības padomnieks")."""
    found = find_once(view, LEX, name)
    names = [m for m in view.mentions if m.type is not T.POSITION]
    return [t for t in found if not any(m.start < t.end and t.start < m.end for m in names)]


def _predicate(view: SentenceView) -> P | None:
    adv, att = _find(view, "ADVISER"), _find(view, "ATTACHE")
    if adv and (not att or adv[0].start <= att[0].start):
        return P.DEFENCE_ADVISER_TO
    return P.DEFENCE_ATTACHE_TO if att else None


def _country_of(ctx: DocContext, m: Mention) -> str | None:
    """A state mention's id, or the country of a body or city ("Latvijas Aizsardzības ministrija")."""
    if m.type is T.STATE:
        return m.entity_id
    ent = ctx.ref.get(m.entity_id) if ctx.ref is not None and hasattr(ctx.ref, "get") else None
    country = ent.extra.get("country") if ent is not None else None
    return country if isinstance(country, str) and country.startswith("state:") else None


def _sender_before(ctx: DocContext, view: SentenceView, pos: int) -> str | None:
    """The state (or a state's body) named before ``pos`` as the owner: genitive / possessive."""
    cands = view.before(pos, (T.STATE,)) or view.before(pos, (T.ORG,))  # "Lietuvas Aizsardzības ministrija"
    for m in reversed(cands):
        if view.lang == "lv" and m.cases and not m.cases & {"gen", "nom"}:
            continue
        if before_word(view, m) in ("to", "in", "ar", "with"):
            continue
        got = _country_of(ctx, m)
        if got:
            return got
    return None


def _direction(ctx: DocContext, head: SentenceView) -> tuple[str | None, str | None]:
    """(sender, receiver) a lead-in sets: one of them, the other comes from the items."""
    acc = _find(head, "ACCREDITED")
    trig = acc + _find(head, "ATTACHE") + _find(head, "ADVISER")
    first = min((t.start for t in trig), default=head.end)
    sender = _sender_before(ctx, head, first)
    receiver = None
    for t in acc:
        after = [m for m in head.after(t.end, (T.STATE,))
                 if head.between(t.end, m.start).strip().lower() in _TO + ("the",)]
        if after:
            receiver = after[0].entity_id
        before = [m for m in head.before(t.start, (T.STATE,)) if head.between(m.end, t.start).strip() == ""
                  and head.lang == "lv" and m.cases and m.cases & {"loc", "dat"} and "nom" not in m.cases]
        if before and receiver is None:  # "Latvijā akreditētie atašeji"
            receiver = before[-1].entity_id
    if receiver and sender is None:
        return None, receiver
    if sender is None and receiver is None:
        return None, None
    return sender, None if sender else receiver


def _item(ctx: DocContext, view: SentenceView) -> None:
    head = view.heading or next((v for v in reversed(ctx.views[:view.index]) if not v.sent.is_list_item), None)
    if head is None:
        return
    if not (_find(view, "ATTACHE") or _find(view, "ADVISER") or _find(head, "ACCREDITED")
            or _find(head, "ATTACHE") or _find(head, "ADVISER")):
        return
    pred = _predicate(view) or _predicate(head)
    sender, receiver = _direction(ctx, head)
    if pred is None or (sender is None and receiver is None):
        # a short lead-in ("Accredited from other capitals"): the latest earlier one that says more
        for v in reversed(ctx.views[:head.index]):
            if v.sent.is_list_item or not (_find(v, "ATTACHE") or _find(v, "ADVISER")):
                continue
            if not (v.sent.is_heading or _find(v, "ACCREDITED")):
                continue  # a heading or an accreditation statement, not any sentence about attachés
            pred = pred or _predicate(v)
            if sender is None and receiver is None:
                sender, receiver = _direction(ctx, v)
            if pred and (sender or receiver):
                break
    if pred is None:
        return
    split = _split(view)
    resident = _resident(view, split)
    embassy = _find(view, "EMBASSY")
    owners: list[Mention] = []
    for e in embassy:
        owners += [m for m in view.before(e.start, (T.STATE,)) if view.between(m.end, e.start).strip() == ""]
        if owners and receiver is None:
            sender = owners[-1].entity_id
    states = [m for m in view.of_type(T.STATE) if m.end <= split and m not in owners]
    if split >= view.end and resident is not None:  # "Japan – Helsinki, Finland" / "no Berlīnes – Vācijā"
        states = [m for m in states if not (m.start >= resident.end
                                            and view.between(resident.end, m.start).strip() in ("", ","))]
    main = states
    if not main:
        return
    conf = 0.85
    if sender is None and receiver is None:  # no lead-in direction: residence in the topic = inbound
        top = ctx.topic()
        if top is None:
            return
        res_country = _country_of(ctx, resident) if resident is not None else None
        if res_country == top:
            receiver = top
        else:
            sender = top
        conf = 0.5
    quals: Quals = dict(relation_times(view) or relation_times(head))
    if resident is not None:
        quals["resident_in"] = resident.entity_id
    for m in main:
        s, o = (m.entity_id, receiver) if receiver else (sender, m.entity_id)
        if s and o:
            ctx.add(s, pred, o, view, qualifiers=dict(quals), confidence=conf)


def _split(view: SentenceView) -> int:
    """Where an item's states end and its residence begins: "rezidē", "resident in" or "("."""
    res = _find(view, "RESIDENT")
    cut = res[0].start if res else view.end
    paren = view.text.find("(")
    if paren >= 0:
        cut = min(cut, view.start + paren)
    return cut


def _resident(view: SentenceView, split: int) -> Mention | None:
    cities = view.of_type(T.CITY)
    after = [c for c in cities if c.start >= split]
    if after:
        return after[0]
    return cities[0] if cities else None


def _prose(ctx: DocContext, view: SentenceView) -> None:
    pred = _predicate(view)
    if pred is None:
        return
    trigs = _find(view, "ADVISER") if pred is P.DEFENCE_ADVISER_TO else _find(view, "ATTACHE")
    # a repeated bare noun starts another clause: "..., savukārt padomnieks vēstniecībā Stokholmā – ..."
    bare = [b for b in _find(view, "BARE") if b.start > trigs[0].end and not any(covered(b, t) for t in trigs)]
    starts = sorted(trigs[:1] + bare, key=lambda t: t.start)
    sender: str | None = None
    for k, trig in enumerate(starts):
        end = starts[k + 1].start if k + 1 < len(starts) else view.end
        sender = _prose_clause(ctx, view, pred, trig, end, sender)


def _prose_clause(ctx: DocContext, view: SentenceView, pred: P, trig: Match, end: int,
                  prev_sender: str | None) -> str | None:
    """One attaché or adviser clause from ``trig`` to ``end``; returns its sender (the next clause's default)."""
    sender = _sender_before(ctx, view, trig.start) if prev_sender is None else None
    senders = [sender] if sender else []
    lefts = view.before(trig.start, (T.STATE,))
    if sender and lefts and lefts[-1].entity_id == sender:  # "A, B and C keep their attachés in Riga"
        senders = [m.entity_id for m in states_group(view, lefts[-1])]
    anchor = trig.end
    receivers: list[str] = []
    resident: Mention | None = None
    inside = [m for m in view.after(anchor) if m.start < end]
    # "padomnieks Latvijas vēstniecībā Londonā", "the adviser at the Latvian embassy in London"
    for e in _find(view, "EMBASSY"):
        if not anchor <= e.start < end:
            continue
        owner = [m for m in inside if m.type is T.STATE and m.end <= e.start and view.between(m.end, e.start).strip()
                 in ("", "the")]
        if owner and not senders:
            senders = [owner[-1].entity_id]
        city = next((m for m in inside if m.type is T.CITY and m.start >= e.end
                     and view.between(e.end, m.start).strip().lower() in ("", "in", "at")), None)
        if city is not None:
            resident, anchor = city, city.end
            country = _country_of(ctx, city)
            if country:
                receivers.append(country)
    if not senders and prev_sender:
        senders = [prev_sender]
    if not senders:  # "the defence adviser of Estonia to ..."
        of = [m for m in inside if m.type is T.STATE and view.between(trig.end, m.start).strip().lower()
              in ("of", "of the")]
        if not of:
            return None
        senders, anchor = [of[0].entity_id], of[0].end
    res = [r for r in _find(view, "RESIDENT") if trig.start <= r.start < end]
    res_at = res[0].end if res else None
    # right after the trigger: "attaché in Berlin", "to Latvia", "atašejs Vācijā"
    nxt = [m for m in view.after(anchor) if m.type in (T.STATE, T.CITY) and m.start < end]
    if not receivers and nxt and view.between(anchor, nxt[0].start).strip().lower() in _TO + (
            "the", ",", "to the", "in the"):
        first = nxt[0]
        if first.type is T.STATE and (view.lang == "en" or not first.cases or first.cases & {"loc", "dat"}):
            receivers += [g.entity_id for g in states_group(view, first)]
        elif first.type is T.CITY:
            resident = first
            country = _country_of(ctx, first)
            if country:
                receivers.append(country)
    for a in _find(view, "ACCREDITED"):
        if not trig.start <= a.start < end:
            continue
        after = [m for m in view.after(a.end, (T.STATE,)) if m.start < end
                 and _accredited_gap(view.between(a.end, m.start))]
        if after:
            receivers += [g.entity_id for g in states_group(view, after[0])]
    if res_at is not None:
        cities = [c for c in view.of_type(T.CITY) if res_at <= c.start < end]
        if cities:
            resident = cities[0]
    if not receivers and resident is not None:  # "Lietuvas un Igaunijas atašeji rezidē Rīgā": accredited there
        country = _country_of(ctx, resident)
        if country and country not in senders:
            receivers.append(country)
    quals: Quals = dict(relation_times(view))
    if resident is not None:
        quals["resident_in"] = resident.entity_id
    for snd in dict.fromkeys(senders):
        for r in dict.fromkeys(receivers):
            ctx.add(snd, pred, r, view, qualifiers=dict(quals), confidence=0.7)
    return senders[0] if senders else None


def _accredited_gap(gap: str) -> bool:
    """What may stand between "accredited"/"atbild par" and the state: a preposition, "also", or a
    cooperation noun ("atbild par sadarbību ar", "responsible for relations with")."""
    g = gap.strip().lower()
    if g in _TO + ("the", "arī", "also", "also to", "to the", "arī ar"):
        return True
    words = g.split()
    return 1 <= len(words) <= 3 and words[-1] in ("ar", "with") and words[0].startswith(_COOPERATION)

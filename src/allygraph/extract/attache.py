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

from dataclasses import replace

from ..model import Claim, Mention
from ..vocab import EntityType as T
from ..vocab import Predicate as P
from . import attache_prose, attache_tables
from ._args import Quals, before_word, relation_times
from ._triggers import sentence_triggers
from .attache_prose import country_of, find
from .context import DocContext, SentenceView

__all__ = ["extract"]

_TO = ("to", "in", "for", "with", "")
_ROW_MAX = 60  # a longer line is running text, not a row
_PAGE_BACK = 60  # how far back a region heading looks for its page's attaché heading


def extract(ctx: DocContext) -> None:
    first = len(ctx.claims)
    _extract(ctx)
    _share_residence(ctx.claims[first:])


def _share_residence(claims: list[Claim]) -> None:
    """A claim without a residence takes the one other claims of the same pair state, if they all
    agree ("Latvia is represented in the UK by an adviser. The adviser is based in London ...")."""
    seen: dict[tuple[str, str, object], set[object]] = {}
    for c in claims:
        if "resident_in" in c.qualifiers:
            seen.setdefault((c.subject, c.predicate.value, c.object), set()).add(c.qualifiers["resident_in"])
    for c in claims:
        got = seen.get((c.subject, c.predicate.value, c.object))
        if "resident_in" not in c.qualifiers and got and len(got) == 1:
            c.qualifiers["resident_in"] = next(iter(got))  # type: ignore[assignment]


def _extract(ctx: DocContext) -> None:
    disc = attache_prose.Discourse()
    done = [(t.start, t.end) for t in attache_tables.tables(ctx) if _table(ctx, t)]
    for view in ctx.views:
        if any(a <= view.start and view.end <= b for a, b in done):
            continue
        if view.sent.is_list_item:
            _item(ctx, view)
        elif view.sent.is_heading and "\n" not in view.text.strip():
            attache_prose.heading(ctx, view, disc)
        elif view.mentions and any(m.type is T.STATE for m in view.mentions):
            rows = _rows(ctx, view)
            if rows:
                for row in rows:
                    _item(ctx, row)
            else:
                attache_prose.sentence(ctx, view, disc)


def _rows(ctx: DocContext, view: SentenceView) -> list[SentenceView]:
    """Short lines or table rows without bullets ("Vācija – Berlīne", "| Francija | Parīze |"),
    each a list item of the nearest heading; none for running text (hard-wrapped lines are long)."""
    lines = [ln for ln in view.text.split("\n") if ln.strip()]
    if len(lines) < 2 or any(len(ln.strip()) > _ROW_MAX and not ln.lstrip().startswith("|") for ln in lines):
        return []
    head = next((v for v in reversed(ctx.views[max(0, view.index - 2):view.index])
                 if v.sent.is_heading or v.text.rstrip().endswith(":")), None)
    if head is None:
        return []
    sentence_triggers(view, attache_prose.LEX)  # the rows share the sentence's cached look-up
    out, off = [], view.start
    for line in view.text.split("\n"):
        a, b = off + len(line) - len(line.lstrip()), off + len(line.rstrip())
        off += len(line) + 1
        ms = [m for m in view.mentions if a <= m.start < b]
        if not any(m.type is T.STATE for m in ms):
            continue
        sent = replace(view.sent, start=a, end=b, tokens=[t for t in view.tokens if a <= t.start < b],
                       is_list_item=True)
        out.append(SentenceView(ctx, view.index, sent, ms, [t for t in view.times if a <= t.start < b],
                                [n for n in view.numbers if a <= n.start < b], heading=head))
    return out


def _table(ctx: DocContext, table: attache_tables.Table) -> bool:
    """Claims of an attaché table's rows; False when nothing before it says which side it lists."""
    sender = receiver = pred = None
    for v in reversed(ctx.views[:table.first.index + (table.first.start < table.start)]):
        if v.sent.is_list_item or v.start >= table.start:
            continue
        nouns = find(v, "ATTACHE") + find(v, "ADVISER")
        if nouns or (v.sent.is_heading and find(v, "ACCREDITED")):
            sender, receiver = _direction(ctx, v)
            if sender or receiver:
                pred = _predicate(v)
                break
        if v.sent.is_heading and not nouns:
            break  # a section about something else
    if sender is None and receiver is None:
        return False
    head_pred = _predicate(table.header) if table.header is not None else None
    for row in table.rows:
        p = _predicate(row.view) or head_pred or pred or P.DEFENCE_ATTACHE_TO
        quals: Quals = dict(relation_times(row.view))
        if row.residence is not None:
            quals["resident_in"] = row.residence.entity_id
        pairs: list[tuple[str | None, str]]
        if receiver:
            pairs = [(m.entity_id, r) for m in row.main for r in [receiver] + [a.entity_id for a in row.accredited]]
        else:
            pairs = [(sender, m.entity_id) for m in row.main + row.accredited]
        for s, o in dict.fromkeys(pairs):
            if s and o and s != o:
                ctx.add(s, p, o, row.view, qualifiers=dict(quals), confidence=0.85)
    return True


def _predicate(view: SentenceView) -> P | None:
    adv, att = find(view, "ADVISER"), find(view, "ATTACHE")
    if adv and (not att or adv[0].start <= att[0].start):
        return P.DEFENCE_ADVISER_TO
    return P.DEFENCE_ATTACHE_TO if att else None


def _sender_before(ctx: DocContext, view: SentenceView, pos: int) -> str | None:
    """The state (or a state's body) named before ``pos`` as the owner: genitive / possessive."""
    cands = view.before(pos, (T.STATE,)) or view.before(pos, (T.ORG,))  # "Lietuvas Aizsardzības ministrija"
    for m in reversed(cands):
        if view.lang == "lv" and m.cases and not m.cases & {"gen", "nom"}:
            continue
        if before_word(view, m) in ("to", "in", "ar", "with"):
            continue
        got = country_of(ctx, m)
        if got:
            return got
    return None


def _sender_of(head: SentenceView) -> str | None:
    """"Defence attachés of Poland abroad": the state right after "of" following the attaché noun."""
    for t in find(head, "ATTACHE") + find(head, "ADVISER"):
        after = head.after(t.end, (T.STATE,))
        if after and head.between(t.end, after[0].start).strip().lower() in ("of", "of the"):
            return after[0].entity_id
    return None


def _direction(ctx: DocContext, head: SentenceView) -> tuple[str | None, str | None]:
    """(sender, receiver) a lead-in sets: one of them, the other comes from the items."""
    acc = find(head, "ACCREDITED")
    trig = acc + find(head, "ATTACHE") + find(head, "ADVISER")
    first = min((t.start for t in trig), default=head.end)
    sender = _sender_before(ctx, head, first) or _sender_of(head)
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
    if not (find(view, "ATTACHE") or find(view, "ADVISER") or find(head, "ACCREDITED")
            or find(head, "ATTACHE") or find(head, "ADVISER")):
        head = _page_heading(ctx, view, head)  # "North America" under "Latvia's defence attachés abroad"
        if head is None:
            return
    pred = _predicate(view) or _predicate(head)
    sender, receiver = _direction(ctx, head)
    if pred is None or (sender is None and receiver is None):
        # a short lead-in ("Accredited from other capitals"): the latest earlier one that says more
        for v in reversed(ctx.views[:head.index]):
            if v.sent.is_list_item or not (find(v, "ATTACHE") or find(v, "ADVISER")):
                continue
            if not (v.sent.is_heading or find(v, "ACCREDITED")):
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
    embassy = find(view, "EMBASSY")
    owners: list[Mention] = []
    for e in embassy:
        owners += [m for m in view.before(e.start, (T.STATE,)) if view.between(m.end, e.start).strip() == ""]
        if owners and receiver is None:
            sender = owners[-1].entity_id
    states = [m for m in view.of_type(T.STATE) if m.end <= split and m not in owners]
    if not states and resident is not None and resident.end <= split:  # "Madride (Spānija, Portugāle)"
        states = [m for m in view.of_type(T.STATE) if m.start >= split and m not in owners]
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
        res_country = country_of(ctx, resident) if resident is not None else None
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


def _page_heading(ctx: DocContext, item: SentenceView, head: SentenceView) -> SentenceView | None:
    """The attaché heading above a region heading: a page grouped by region ("Nordic region",
    "Dienvideiropa", "North America") keeps the direction its page heading sets. Only for items that
    are residence rows (a city and states, nothing else), and only through headings that name regions
    or places; any other heading starts a section about something else."""
    kinds = {m.type for m in item.mentions}
    if T.CITY not in kinds or T.STATE not in kinds or kinds - {T.CITY, T.STATE} or len(item.text) > _ROW_MAX:
        return None
    if not _regional(head):
        return None
    for v in reversed(ctx.views[max(0, head.index - _PAGE_BACK):head.index]):
        if v.sent.is_list_item:
            continue
        if find(v, "ATTACHE") or find(v, "ADVISER"):
            if v.sent.is_heading:
                return v
            continue  # the page's introduction
        if v.sent.is_heading and not _regional(v) and not (v.times and not v.mentions):
            return None  # (a dateline such as "Last updated: 1 October 2025" is no section)
    return None


def _regional(view: SentenceView) -> bool:
    """A heading that only groups by geography: its names are places, or its words name regions."""
    if view.mentions:
        return all(m.type.is_place for m in view.mentions)
    return bool(find(view, "REGION")) and len(view.text.split()) <= 6


def _split(view: SentenceView) -> int:
    """Where an item's states end and its residence begins: "rezidē", "resident in" or "("."""
    res = find(view, "RESIDENT")
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

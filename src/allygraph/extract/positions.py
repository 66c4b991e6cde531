"""Positions people hold: ``holds_position`` (person -> position; start, end, point_in_time).

A position right before a person is a title ("NATO Secretary General Jens Stoltenberg",
"aizsardzības ministrs Artis Pabriks"); a position after a person is an apposition ("Edgars
Rinkēvičs, Latvia's foreign minister,", "Charles Michel, then President of the European Council,"
with the words of ``APPOSITION_PREFIX``) or follows a copula from the language data ("X became /
was appointed / kļuva par / tika iecelts par ..."). Bare heads ("NATO's fourteenth Secretary
General") and other states' offices ("Prime Minister of the Netherlands") come from
:mod:`.position_titles`. A succession ("X amatā Y nomainīja Z", "taking over from Y") gives the
new holder a start and the old one an end.

Dates: a date written right after the title or the name ("High Representative since 1 December
2024", "kurš šo amatu ieņem kopš ..."), else the sentence's only date, else the date of a
dateline just before it or "today" (the document's date): a range gives start and end, "since" a
start, a plain date the start for "became/appointed", else the point in time it was held.
"""

from __future__ import annotations

import re

from ..model import Literal, Mention, TimeExpr
from ..vocab import EntityType, Predicate
from .context import DocContext, SentenceView, lang_data
from .created import dateline, entity
from .position_roles import role_mentions
from .position_titles import head_mentions, office_of_state

__all__ = ["extract"]

MOD = "rel_positions"
T = EntityType
_TITLE_GAP = re.compile(r"^[\s,]*$")
_LV_GENITIVE = ("a", "as", "es", "us", "ības")  # "uzņēmuma", "bankas", "padomes"
_OF_OWNER = re.compile(r"^\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_APPOSITION = re.compile(r"^\s*,\s*(?:(?:the|a|an)\s+)?$", re.IGNORECASE)
_APPOSITION_END = re.compile(r"^\s*(?:[,;.)]|$|(?:and|un)\b)", re.IGNORECASE)
_ADJACENT = re.compile(r"^[\s,]*$")
_LIST_GAP = re.compile(r"^\s*[,:–—-]?\s*$")
_ARTICLES = frozenset({"the", "a", "an", ","})
_HOLD_REACH = 80  # characters from a name or title to the "since" of a relative clause about the post


def extract(ctx: DocContext) -> None:
    for view in ctx.views:
        ms = [m for m in view.mentions if m.type in (T.PERSON, T.POSITION)]
        if not any(m.type is T.PERSON for m in ms):
            continue
        heads = head_mentions(ctx, view)
        roles = role_mentions(ctx, view, [m for m in ms if m.type is T.POSITION] + heads)
        ms = sorted(ms + heads + roles, key=lambda m: m.start)
        if len(ms) < 2:
            continue
        left = _succession(ctx, view, ms)  # the one who left the post holds it no longer
        titled: set[int] = set()
        for i, m in enumerate(ms[:-1]):
            nxt = ms[i + 1]
            if m.type is T.POSITION and nxt.type is T.PERSON and _title_gap(view, m, nxt):
                titled.add(i)
                if nxt.entity_id != left:
                    _claim(ctx, view, nxt, m, starts=False)
        _plural(ctx, view)
        for i, m in enumerate(ms[1:], start=1):
            prev = ms[i - 1]
            if m.type is not T.POSITION or prev.type is not T.PERSON or i in titled or prev.entity_id == left:
                continue
            if _apposition(view, prev, m):
                _claim(ctx, view, prev, m, starts=False)
                continue
            copula = _copula(view, prev.end, m.start)
            if copula is not None:
                _claim(ctx, view, prev, m, starts=copula)


def _plural(ctx: DocContext, view: SentenceView) -> None:
    """"the three defence ministers, A, B and C" / "aizsardzības ministri – A, B un C": each person
    of the list right after a plural title holds the office of that kind the reference data
    knows them in (a person it does not know in one is left out)."""
    table = getattr(lang_data(view.lang, MOD), "PLURAL", None)
    if not table:
        return
    lex = view.lex(MOD, "PLURAL")
    for hit in view.find(lex):
        generic = table.get(hit.pattern)
        people = [m for m in view.mentions if m.type is T.PERSON and m.start >= hit.end]
        if not generic or not people or not _LIST_GAP.match(ctx.text[hit.end:people[0].start]):
            continue
        for person in view.group(people[0]):
            office = _office_of_kind(ctx, person.entity_id, generic)
            if office is not None:
                pos = Mention(office, T.POSITION, hit.start, hit.end, ctx.text[hit.start:hit.end])
                _claim(ctx, view, person, pos, starts=False)


def _office_of_kind(ctx: DocContext, person: str, generic: str) -> str | None:
    e = entity(ctx, person)
    if e is None:
        return None
    held = [e.extra.get("position")] + [t.get("position") for t in e.extra.get("positions", ()) if isinstance(t, dict)]
    for pid in held:
        office = entity(ctx, str(pid)) if pid else None
        if office is not None and office.extra.get("generic") == generic:
            return office.id
    return None


def _title_gap(view: SentenceView, title: Mention, person: Mention) -> bool:
    """Nothing but spaces or a comma between a title and a name, or the title's owner:
    "the Prime Minister of Sweden, Ulf Kristersson", "Secretary General of NATO Mark Rutte"."""
    text = view.ctx.text
    if _TITLE_GAP.match(text[title.end:person.start]):
        return True
    if _rank_gap(view, title.end, person.start) and not _chair(view.ctx, title):
        return True
    owner = next((m for m in view.mentions if title.end < m.start and m.end <= person.start
                  and m.type in (T.STATE, T.ORG)), None)
    return owner is not None and bool(_OF_OWNER.match(text[title.end:owner.start])) \
        and bool(_TITLE_GAP.match(text[owner.end:person.start]))


def _chair(ctx: DocContext, title: Mention) -> bool:
    """A committee's chair (its holder is ``chair_of`` the committee, the membership family's business)."""
    e = entity(ctx, title.entity_id)
    return e is not None and e.labels.get("en", "").startswith("Chair")


def _rank_gap(view: SentenceView, a: int, b: int) -> bool:
    """", Kanādas armijas pulkvedis", ", Danish Major General": a comma, then a state or nationality and
    rank words only, between an office and its holder's name."""
    gap = view.ctx.text[a:b]
    if not gap.lstrip().startswith(","):
        return False
    ranks = tuple(getattr(lang_data(view.lang, MOD), "RANKS", ()))
    words = [t for t in view.tokens if a <= t.start and t.end <= b and t.text not in (",", ".")]
    words = [t for t in words if not any(m.start <= t.start < m.end for m in view.mentions if m.type is T.STATE)]
    return bool(ranks) and 0 < len(words) <= 5 and all(t.text.casefold().startswith(ranks) for t in words)


def _apposition(view: SentenceView, person: Mention, position: Mention) -> bool:
    """"Name, (then) Title," / "Name, Title since 2024,": a title set off by commas after a name."""
    text = view.ctx.text
    gap = text[person.end:position.start]
    toks = [t for t in view.tokens if person.end <= t.start and t.end <= position.start
            and t.text.casefold() not in _ARTICLES]
    if toks:
        pre = view.lex(MOD, "APPOSITION_PREFIX").find(toks)
        if not pre or pre[0].first != 0 or pre[-1].last != len(toks) - 1 or not gap.lstrip().startswith(","):
            return False
    elif not _APPOSITION.match(gap):
        return False
    end = position.end
    after = next((t for t in view.times if t.start >= end and not text[end:t.start].strip()
                  and t.kind in ("since", "range", "from", "until")), None)
    if after is not None:
        end = after.end
    return bool(_APPOSITION_END.match(text[end:end + 6]))


def _copula(view: SentenceView, a: int, b: int) -> bool | None:
    """None if the tokens between a person and a position are not a copula; else whether it
    starts a term of office."""
    toks = [t for t in view.tokens if t.start >= a and t.end <= b
            and not any(x.start <= t.start < x.end for x in view.times)]  # "X 2024. gada 1. decembrī kļuva par"
    while toks and toks[-1].text.casefold() in _ARTICLES:
        toks = toks[:-1]
    while toks and toks[0].text == ",":
        toks = toks[1:]
    if not toks or len(toks) > 5:
        return None
    match = view.lex(MOD, "COPULA").find(toks)
    if not match or match[0].first != 0 or match[0].last != len(toks) - 1:
        return None
    return bool(view.lex(MOD, "START").find(toks))


def _succession(ctx: DocContext, view: SentenceView, ms: list[Mention]) -> str | None:
    """"Z succeeded Y as ...", "taking over from Y", "X amatā Y nomainīja Z": new holder starts, old
    ends. Returns the old holder's id."""
    people = [m for m in ms if m.type is T.PERSON]
    positions = [m for m in ms if m.type is T.POSITION]
    if len(people) < 2 or not positions:
        return None
    for name, reverse in (("SUCCEED", False), ("SUCCEED_REVERSED", True)):
        for verb in view.find(view.lex(MOD, name)):
            pair = _holders(view, people, verb.start, verb.end)
            if pair is None:
                continue
            new, old = pair[::-1] if reverse else pair
            position = min(positions, key=lambda p: abs(p.start - verb.start))
            pid = office_of_state(ctx, view, position)
            t = _sentence_time(ctx, view)
            if pid is None or t is None:
                continue
            ctx.add(new.entity_id, Predicate.HOLDS_POSITION, pid, view, qualifiers={"start": t.value}, confidence=0.75)
            ctx.add(old.entity_id, Predicate.HOLDS_POSITION, pid, view, qualifiers={"end": t.value}, confidence=0.7)
            return old.entity_id
    return None


def _holders(view: SentenceView, people: list[Mention], a: int, b: int) -> tuple[Mention, Mention] | None:
    """(new, old) holders around a succession verb: Latvian by case (the nominative is the subject),
    English by order (the subject before the verb, the old holder after it)."""
    if view.lang == "lv":
        nom = [p for p in people if "nom" in p.cases and len(p.cases) == 1]
        other = [p for p in people if p.cases and "nom" not in p.cases]
        if len(nom) == 1 and other:
            return nom[0], min(other, key=lambda p: abs(p.start - a))
        return None
    before = [p for p in people if p.end <= a]
    after = [p for p in people if p.start >= b]
    if before and after and after[0].start - b <= 30 and before[-1].entity_id != after[0].entity_id:
        return before[-1], after[0]
    return None


def _sentence_time(ctx: DocContext, view: SentenceView) -> TimeExpr | None:
    dated = [t for t in view.times if t.kind in ("point", "since") and not t.value.startswith("--")]
    if len(dated) == 1:
        return dated[0]
    if not view.times:
        signed = ctx.__dict__.get("_signing_dates", {}).get(view.index)  # set by the agreements rules
        if signed is not None:
            return signed  # "Zem tās parakstus lika Eiropadomes priekšsēdētājs Donalds Tusks, ..."
        line = dateline(ctx, view)
        if line is not None and len(line.times) == 1:
            return line.times[0]
        if ctx.doc_date and view.has(view.lex(MOD, "TODAY")):
            return TimeExpr(0, 0, ctx.doc_date, "point")
    return None


def _claim(ctx: DocContext, view: SentenceView, person: Mention, position: Mention, *, starts: bool) -> None:
    pid = office_of_state(ctx, view, position)
    if pid is None:
        return
    pid = _known_office(ctx, person.entity_id, pid)
    if _unowned(ctx, pid):
        pid = _office_of_kind(ctx, person.entity_id, pid) or ""
    if not pid or _owned_by_other(view, position):
        return
    former = view.lex(MOD, "FORMER").find([t for t in view.tokens if t.end <= position.start][-2:])
    t = _own_time(view, person, position) or _sentence_time(ctx, view)
    if t is None and len(view.times) == 1 and view.times[0].kind in ("range", "until"):
        t = view.times[0]
    quals: dict[str, str | Literal] = {}
    if t is not None:
        if t.kind == "range":
            quals = {"start": t.value, "end": t.end_value or ""}
        elif t.kind == "until":
            quals = {"end": t.value}
        elif t.kind in ("since", "from") or starts:
            quals = {"start": t.value}
        else:
            quals = {"point_in_time": t.value}
    ctx.add(person.entity_id, Predicate.HOLDS_POSITION, pid, view, qualifiers=quals,
            confidence=0.65 if former else 0.85)


def _owned_by_other(view: SentenceView, position: Mention) -> bool:
    """A one-word national title after another genitive noun is that body's office, not the state's:
    "Uzņēmuma prezidents", "Bankas prezidents" (Latvian)."""
    if view.lang != "lv" or len(position.surface.split()) > 1:
        return False
    e = entity(view.ctx, position.entity_id)
    if e is None or not isinstance(e.extra.get("generic"), str):
        return False
    prev = [t for t in view.tokens if t.end <= position.start]
    if not prev or not prev[-1].text.isalpha():
        return False
    word = prev[-1]
    if any(m.start <= word.start < m.end for m in view.mentions):
        return False
    return word.text.lower().endswith(_LV_GENITIVE)


def _unowned(ctx: DocContext, pid: str) -> bool:
    """A generic office no state or body was named for ("the Prime Minister, Mark Carney", "defence
    minister X"): whose office it is stays unknown, so nothing is claimed."""
    e = entity(ctx, pid)
    return e is not None and e.extra.get("generic") is True


def _known_office(ctx: DocContext, person: str, pid: str) -> str:
    """A bare title ("Prime Minister Kristersson") is the state's office the text gave the same
    person earlier ("the Prime Minister of Sweden, Ulf Kristersson")."""
    e = entity(ctx, pid)
    if e is None or e.extra.get("generic") is not True:
        return pid
    for c in ctx.claims:
        if c.predicate is Predicate.HOLDS_POSITION and c.subject == person and isinstance(c.object, str):
            held = entity(ctx, c.object)
            if held is not None and held.extra.get("generic") == pid:
                return c.object
    return pid


def _own_time(view: SentenceView, person: Mention, position: Mention) -> TimeExpr | None:
    """A date written right after the title or name, or the "since" of a relative clause about the post."""
    text = view.ctx.text
    end = max(person.end, position.end)
    for t in view.times:
        if t.start >= end and _ADJACENT.match(text[end:t.start]) and t.kind in ("since", "range", "from", "until"):
            return t
    for t in view.times:
        if t.kind == "since" and end <= t.start <= end + _HOLD_REACH:
            toks = [x for x in view.tokens if end <= x.start and x.end <= t.start]
            if view.lex(MOD, "HOLD").find(toks) and not any(x.text in (";", ".") for x in toks):
                return t
    return None

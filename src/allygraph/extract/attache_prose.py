"""Defence attachés and advisers in running text: clauses, their roles and the section's direction.

A sentence that names an attaché or adviser (or, inside an attaché section, says "accredited
to") is cut into clauses: at a contrast word ("bet", "savukārt", "while", "whereas"), at ";" and
":", at a comma before a new residence city ("..., Parīzē strādājošais – ...", ", and in
Stockholm, ...") and at a comma before a second attaché noun ("..., Dānijas atašejs – Viļņā").
Each clause fills three roles:

* **senders**: the attaché's owner, a Latvian genitive or an English possessive, adjective or
  subject before the noun ("Latvijas atašejs", "Sweden's attaché", "Norway keeps its attaché"),
  "of X" after it, or the owner of an embassy ("Latvijas vēstniecībās Londonā");
* **receivers**: the states it is accredited to: right after the noun ("atašejs Vācijā",
  "attaché in Poland"), after an accreditation word ("akreditēts Polijā", "pārziņā ir Itālija",
  "covers Latvia", "atbild par sadarbību ar Somiju"), before a Latvian participle ("Ukrainā
  akreditētais"), after the dash of an elliptical clause ("viņa kolēģis Otavā – Kanādā"), or in
  brackets after a city ("Viļņā (Lietuva)");
* **residence**: the city after "rezidē" / "resident in", before "rezidējošais" / "strādājošais",
  else the clause's first city; "attiecīgi" / "respectively" pairs cities with states in order.

A side the clause leaves out comes from the discourse: the previous clause of the sentence, else
the section's direction (a heading "Latvijas aizsardzības atašeji" = Latvia sends, "Ārvalstu
atašeji Latvijā" / "accredited to Latvia" = Latvia receives; a sentence stating only one side sets
it for the rest of the section), else, for a receiver, the country of the residence city.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Claim, Mention
from ..vocab import EntityType as T
from ..vocab import Predicate as P
from ._args import Quals, before_word, find_once, relation_times, states_group
from .context import DocContext, SentenceView
from .lexicon import Match

__all__ = ["Discourse", "LEX", "find", "country_of", "accredited_gap", "heading", "sentence"]

LEX = "rel_attache"
_TO = ("to", "in", "for", "with", "at", "")
_COOPERATION = ("sadarbīb", "attiecīb", "cooperation", "co-operation", "relations", "contacts", "kontakt")
_EN_NOT_SENDER = ("in", "to", "at", "from", "for", "with", "of", "by", "ar", "uz", "no")
_CITY_CUT = re.compile(r",\s*(?:(?:and|un|bet|while)\s+)?(?:(?:in|at|from)\s+)?(?:the\s+)?\Z", re.IGNORECASE)
_DASHES = "–—-"


@dataclass
class Discourse:
    """The direction a section gives its attaché sentences: who sends, or who receives."""

    sender: str | None = None
    receiver: str | None = None
    active: bool = False  # the section is about attachés: a bare "accredited to" counts
    # the previous sentence's explicit senders and its claims without a residence: "the adviser"
    # of the next sentence is the same person ("... is represented by an adviser. The adviser
    # resides in Ottawa and is also accredited to ...")
    last_index: int = -2
    last_senders: list[str] = field(default_factory=list)
    unhoused: list[Claim] = field(default_factory=list)


@dataclass
class _Clause:
    start: int
    end: int
    pred: P | None
    anchor: Match | None
    senders: list[str] = field(default_factory=list)
    receivers: list[str] = field(default_factory=list)
    pairs: list[tuple[str, Mention]] = field(default_factory=list)  # (receiver, its residence city)
    city: Mention | None = None


def find(view: SentenceView, name: str) -> list[Match]:
    """Trigger matches inside the view, allowing overlap with position names ("defence attaché")."""
    found = find_once(view, LEX, name)
    if not found:
        return []
    names = [m for m in view.mentions if m.type is not T.POSITION]
    return [t for t in found if view.start <= t.start < view.end
            and not any(m.start < t.end and t.start < m.end for m in names)]


def country_of(ctx: DocContext, m: Mention) -> str | None:
    """A state mention's id, or the country of a body or city ("Latvijas Aizsardzības ministrija")."""
    if m.type is T.STATE:
        return m.entity_id
    ent = ctx.ref.get(m.entity_id) if ctx.ref is not None and hasattr(ctx.ref, "get") else None
    country = ent.extra.get("country") if ent is not None else None
    return country if isinstance(country, str) and country.startswith("state:") else None


def accredited_gap(gap: str) -> bool:
    """What may stand between "accredited"/"atbild par" and the state: a preposition, "also", or a
    cooperation noun ("atbild par sadarbību ar", "responsible for relations with")."""
    g = gap.strip().lower()
    if g in _TO + ("the", "arī", "also", "also to", "to the", "arī ar", "ir", "is", "are", "arī ir"):
        return True
    words = [w for w in g.split() if w not in ("par", "for", "attiecīgi", "respectively", "arī", "also")]
    if not words:  # "atbildīgs arī par Rumāniju"
        return True
    return len(words) <= 3 and words[-1] in ("ar", "with") and words[0].startswith(_COOPERATION)


def heading(ctx: DocContext, view: SentenceView, disc: Discourse) -> None:
    """A heading starts a section: its direction, if it names attachés, else none."""
    disc.sender = disc.receiver = None
    disc.last_senders, disc.unhoused = [], []
    disc.active = bool(_nouns(view))
    if not disc.active:
        return
    c = _roles(ctx, view, _Clause(view.start, view.end, None, _anchor(view, view.start, view.end)))
    if c.senders:
        disc.sender = c.senders[0]
    elif c.receivers:
        disc.receiver = c.receivers[0]


def sentence(ctx: DocContext, view: SentenceView, disc: Discourse) -> None:
    """Claims of one running-text sentence; updates the section's direction."""
    nouns = _nouns(view)
    if not nouns and not (disc.active and find(view, "ACCREDITED")):
        return
    disc.active = True
    pred: P | None = None
    prev_senders: list[str] = []
    for a, b in _clauses(ctx, view):
        anchor = _anchor(view, a, b)
        own = _predicate(view, a, b)
        pred = own or pred or P.DEFENCE_ATTACHE_TO
        if anchor is None and own is None and not prev_senders and not _has_dash(view, a, b):
            continue
        c = _roles(ctx, view, _Clause(a, b, pred, anchor))
        explicit = bool(c.senders)
        again = not explicit and not prev_senders and _is_bare(view, anchor) and disc.last_index == view.index - 1
        senders = c.senders or prev_senders or (disc.last_senders if again else []) or (
            [disc.sender] if disc.sender else [])
        if again and c.city is not None:
            for old in disc.unhoused:
                old.qualifiers.setdefault("resident_in", c.city.entity_id)
        receivers = c.receivers
        if not receivers and not c.pairs and explicit:
            if disc.receiver and disc.receiver not in senders:
                receivers = [disc.receiver]
        if not receivers and not c.pairs and c.city is not None:
            home = country_of(ctx, c.city)
            if home and home not in senders and (explicit or disc.sender or prev_senders):
                receivers = [home]
        conf = 0.7
        if not senders and receivers and disc.receiver is None:
            top = ctx.topic()  # "Aizsardzības atašejs ASV un Kanādā ..." on a country's own page
            if top is not None and top not in receivers:
                senders, conf = [top], 0.5
        if senders:
            made = _emit(ctx, view, pred, senders, receivers, c, conf)
            if explicit:
                disc.last_index, disc.last_senders = view.index, senders
                disc.unhoused = [x for x in made if "resident_in" not in x.qualifiers]
        elif receivers and disc.sender is None and len(receivers) == 1:
            disc.receiver = receivers[0]  # "Vairākas valstis savus atašejus Latvijā akreditējušas ..."
        if explicit and not receivers and not c.pairs and c.city is None and disc.receiver is None:
            disc.sender = c.senders[0]  # "Šobrīd ārvalstīs dienē desmit Latvijas atašeji."
        prev_senders = senders if explicit or prev_senders else prev_senders


def _is_bare(view: SentenceView, anchor: Match | None) -> bool:
    """The clause's attaché noun is a bare one ("the adviser", "Atašejs"), not "defence attaché"."""
    return anchor is not None and not any(t.start <= anchor.start < t.end for t in _nouns(view))


def _emit(ctx: DocContext, view: SentenceView, pred: P, senders: list[str], receivers: list[str],
          c: _Clause, conf: float) -> list[Claim]:
    made: list[Claim] = []
    quals: Quals = dict(relation_times(view))
    rows: list[tuple[str, Mention | None]] = list(c.pairs) or [(r, c.city) for r in receivers]
    for snd in dict.fromkeys(senders):
        for r, city in rows:
            q = dict(quals)
            if city is not None:
                q["resident_in"] = city.entity_id
            got = ctx.add(snd, pred, r, view, qualifiers=q, confidence=conf)
            if got is not None:
                made.append(got)
    return made


# -- clauses ----------------------------------------------------------------------------------

def _nouns(view: SentenceView) -> list[Match]:
    return find(view, "ATTACHE") + find(view, "ADVISER")


def _in(ms: list[Match], a: int, b: int) -> list[Match]:
    return [m for m in ms if a <= m.start < b]


def _predicate(view: SentenceView, a: int, b: int) -> P | None:
    """The clause's first attaché or adviser noun; a bare one ("the adviser") counts only when no
    full one ("defence adviser") is in the clause."""
    adv, att = _in(find(view, "ADVISER"), a, b), _in(find(view, "ATTACHE"), a, b)
    if not adv and not att:
        adv = _in(find(view, "BARE_ADVISER"), a, b)
        att = [t for t in _in(find(view, "BARE"), a, b) if not any(x.start == t.start for x in adv)]
    if adv and (not att or adv[0].start <= att[0].start):
        return P.DEFENCE_ADVISER_TO
    return P.DEFENCE_ATTACHE_TO if att else None


def _anchor(view: SentenceView, a: int, b: int) -> Match | None:
    """The clause's attaché noun, else its accreditation word."""
    got = sorted(_in(_nouns(view) + find(view, "BARE"), a, b), key=lambda m: m.start)
    if got:
        return got[0]
    acc = _in(find(view, "ACCREDITED"), a, b)
    return acc[0] if acc else None


def _has_dash(view: SentenceView, a: int, b: int) -> bool:
    return any(ch in view.between(a, b) for ch in _DASHES)


def _clauses(ctx: DocContext, view: SentenceView) -> list[tuple[int, int]]:
    text = ctx.text
    depth, cuts = 0, set()
    for i in range(view.start, view.end):
        ch = text[i]
        depth += ch == "("
        depth -= ch == ")" and depth > 0
        if depth == 0 and ch in ";:":
            cuts.add(i + 1)
    cuts |= {m.start for m in find(view, "BREAK")}
    for m in view.of_type(T.CITY):
        got = _CITY_CUT.search(text, view.start, m.start)
        if got and not _inside_parens(text, view.start, got.start()):
            cuts.add(got.start())
    nouns = sorted(_nouns(view) + find(view, "BARE"), key=lambda m: m.start)
    for prev, nxt in zip(nouns, nouns[1:]):
        comma = text.rfind(",", prev.end, nxt.start)
        if comma >= 0 and len(text[comma + 1:nxt.start].split()) <= 4 and not _inside_parens(text, view.start, comma):
            cuts.add(comma)
    edges = sorted(c for c in cuts if view.start < c < view.end)
    bounds = [view.start, *edges, view.end]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def _inside_parens(text: str, start: int, at: int) -> bool:
    seg = text[start:at]
    return seg.count("(") > seg.count(")")


# -- roles --------------------------------------------------------------------------------------

def _roles(ctx: DocContext, view: SentenceView, c: _Clause) -> _Clause:
    states = [m for m in view.of_type(T.STATE) if c.start <= m.start < c.end]
    cities = [m for m in view.of_type(T.CITY) if c.start <= m.start < c.end]
    lv = view.lang == "lv"
    group = lambda m: [g for g in states_group(view, m) if c.start <= g.start < c.end]  # noqa: E731
    if c.anchor is not None:
        c.senders = _senders(ctx, view, c, states, group)
    rep_senders, rep_receivers = _represented(view, c, states)
    if rep_senders:
        c.senders = [m.entity_id for m in rep_senders]
    recv: list[Mention] = list(rep_receivers)

    def take(m: Mention, cases: set[str]) -> None:
        if lv and m.cases and not m.cases & cases:
            return
        recv.extend(g for g in group(m) if g not in recv)

    if c.anchor is not None:
        after = [m for m in states if m.start >= c.anchor.end]
        if after and view.between(c.anchor.end, after[0].start).strip().lower() in _TO + (
                "the", "in the", "to the", "arī", "also"):
            take(after[0], {"loc", "dat"})
    for acc in _in(find(view, "ACCREDITED"), c.start, c.end):
        after = [m for m in states if m.start >= acc.end and accredited_gap(view.between(acc.end, m.start))]
        if after:
            take(after[0], {"loc", "dat", "acc", "nom"})
        before = [m for m in states if m.end <= acc.start and view.between(m.end, acc.start).strip().lower()
                  in ("", "arī", "par")]
        if before and lv:
            take(before[-1], {"loc", "dat", "acc"})
    text = ctx.text
    for i in range(c.start, c.end):
        if text[i] in _DASHES and text[i - 1:i] == " ":
            after = [m for m in states if m.start > i and accredited_gap(view.between(i + 1, m.start))]
            if after:
                take(after[0], {"loc", "dat", "acc"})
    sender_ids = set(c.senders)
    c.receivers = [m.entity_id for m in recv if m.entity_id not in sender_ids]
    c.pairs = _paired(view, cities, states, c, sender_ids)
    c.city = _residence(view, c, cities)
    if c.city is not None and len(c.receivers) > 1 and _in(find(view, "RESPECTIVELY"), c.start, c.end):
        grp = [g for g in view.group(c.city) if g.type is T.CITY]
        if len(grp) == len(c.receivers):
            c.pairs = list(zip(c.receivers, grp))
    seat = c.city is not None and c.anchor is not None and c.city.start >= c.anchor.end and \
        view.between(c.anchor.end, c.city.start).strip().lower() in ("", "in", "at")
    if seat and c.city is not None and c.receivers and _in(find(view, "ALSO"), c.start, c.end):
        home = country_of(ctx, c.city)  # "the attaché in Berlin is also accredited to Austria"
        if home and home not in c.receivers and home not in sender_ids:
            c.receivers.insert(0, home)
    return c


def _represented(view: SentenceView, c: _Clause, states: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """"Apvienotajā Karalistē Latviju pārstāv padomnieks", "In Norway, Latvia is represented by an
    attaché", "the attaché who represents Latvia in Spain": the represented state sends, the
    state the representation is in receives."""
    reps = _in(find(view, "REPRESENT"), c.start, c.end)
    if not reps:
        return [], []
    rep = reps[0]
    if view.lang == "lv":
        objs = [m for m in states if m.cases and "acc" in m.cases and "loc" not in m.cases]
        senders = sorted(objs, key=lambda m: abs(m.start - rep.start))[:1]
        receivers = [m for m in states if m.cases and "loc" in m.cases and m not in senders]
    else:
        before = [m for m in states if m.end <= rep.start
                  and view.between(m.end, rep.start).strip().lower() in ("", "is", "are", "was", "will be", "is also")]
        after = [m for m in states if m.start >= rep.end and view.between(rep.end, m.start).strip().lower() in ("", "the")]
        senders = before[-1:] or after[:1]
        receivers = [m for m in states if m not in senders and before_word(view, m) in ("in", "to")]
    return senders, receivers


def _senders(ctx: DocContext, view: SentenceView, c: _Clause, states: list[Mention], group) -> list[str]:  # type: ignore[no-untyped-def]
    anchor = c.anchor
    assert anchor is not None
    lv = view.lang == "lv"
    before = [m for m in states if m.end <= anchor.start]
    if before:
        last = before[-1]
        gap = view.between(last.end, anchor.start)
        if lv:
            if (not last.cases or last.cases & {"gen"}) and re.fullmatch(r"\s*(?:[^\W\d]+\s+){0,3}", gap):
                return [m.entity_id for m in group(last)]
            first = before[0]
            if first is states[0] and first.cases and "nom" in first.cases and "loc" not in first.cases:
                return [m.entity_id for m in group(first)]
        elif before_word(view, last) not in _EN_NOT_SENDER:
            return [m.entity_id for m in group(last)]
    after = [m for m in states if m.start >= anchor.end]
    if after and view.between(anchor.end, after[0].start).strip().lower() in ("of", "from", "of the", "from the"):
        return [m.entity_id for m in group(after[0])]
    for e in _in(find(view, "EMBASSY"), c.start, c.end):
        owner = [m for m in view.mentions if c.start <= m.start and m.end <= e.start
                 and view.between(m.end, e.start).strip().lower() in ("", "the", "republikas")]
        got = country_of(ctx, owner[-1]) if owner else None
        if got:
            return [got]
        of = [m for m in states if m.start >= e.end and view.between(e.end, m.start).strip().lower() in ("of", "of the")]
        if of:
            return [of[0].entity_id]
    return []


def _paired(view: SentenceView, cities: list[Mention], states: list[Mention], c: _Clause,
            senders: set[str]) -> list[tuple[str, Mention]]:
    """"Viļņā (Lietuva) un Tallinā (Igaunija)": a city with its state in brackets."""
    out = []
    for city in cities:
        nxt = [m for m in states if m.start > city.end]
        if nxt and view.between(city.end, nxt[0].start).strip() == "(" and view.between(nxt[0].end, c.end).lstrip().startswith(")"):
            if nxt[0].entity_id not in senders:
                out.append((nxt[0].entity_id, city))
    return out


def _residence(view: SentenceView, c: _Clause, cities: list[Mention]) -> Mention | None:
    if not cities:
        return None
    for r in sorted(_in(find(view, "RESIDENT") + find(view, "SEAT"), c.start, c.end), key=lambda t: t.start):
        after = [m for m in cities if m.start >= r.end]
        if after and len(view.between(r.end, after[0].start).split()) <= 3:
            return after[0]
        before = [m for m in cities if m.end <= r.start and view.between(m.end, r.start).strip() == ""]
        if before:
            return before[-1]
    return cities[0]

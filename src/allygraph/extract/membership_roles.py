"""Taking part, being invited and chairing: participant_in, invited_to_join, chair_of.

* PARTICIPATE ("participated in", "got involved in", "piedalās", "iesaistījās"): programmes,
  processes and operations after the trigger, up to the end of the clause; a pronoun or a
  referring noun stands for one named before ("took part in both", "Latvija tajā piedalās").
* INVITE ("were invited to join", "uzaicināja ... pievienoties"): the invited states (before the
  trigger in the passive, between "invited" and "to join" in the active) and the organisation
  after "join"; the sentence's date is the point in time.
* CHAIR ("chairs", "co-chairmanship of", "līdzpriekšsēdētāja"): a state or person chairs a body;
  role "co-chair" for the co- forms; start and end from the sentence's dates. A person in
  apposition to a chair position ("the Chair of the Military Committee, Admiral X") chairs the
  position's body.

Trigger words: ``lang/<code>/rel_membership.py``; called per sentence by :mod:`.membership`.
"""

from __future__ import annotations

from ..model import Mention
from ..vocab import EntityType, Predicate
from ._refer import described_operations, pronoun_objects, referent
from ._slots import (
    _owner,
    first_group_after,
    hit_at,
    hits,
    in_relative,
    mentions,
    objects_after,
    quals_for,
    subject_before,
    subject_group,
    token_index,
    triggers,
)
from .context import DocContext, SentenceView, lang_data
from .created import ref_entities
from .lexicon import Match
from .membership_args import MOD, SUBJECTS, TAKEN_PART, invitations, period_quals, pronoun_states, subjects
from .membership_founders import document_owner

__all__ = ["participate", "invite", "chair", "chair_positions"]

_PART_SUBJECTS = (EntityType.STATE, EntityType.ORG, EntityType.FORMATION)  # "BALTBAT ... served with SFOR"

T = EntityType
P = Predicate


def participate(ctx: DocContext, view: SentenceView, stops: list[Match]) -> None:
    in_orgs = {(h.first, h.last) for h in hits(view, MOD, "PARTICIPATE_ORG")}
    for name, kinds in (("PARTICIPATE", TAKEN_PART), ("PARTICIPATE_PROGRAMME", (T.PROGRAMME,))):
        for t in triggers(view, MOD, name):
            # "Latvia takes part in the NB8": taking part in an organisation is being its member
            types = kinds + (T.ORG,) if (t.first, t.last) in in_orgs else kinds
            others = [s for s in stops if s is not t and s.start > t.start]
            if name == "PARTICIPATE":
                objs = objects_after(view, t.end, types, stop_at=others)
            else:
                objs = first_group_after(view, t.end, types, max_gap_tokens=2)
            if not objs:  # "piedalījušies NATO Baltijas gaisa telpas patrulēšanas misijā": a genitive before "misijā"
                objs = [m for m in mentions(view) if m.start >= t.end and m.type is T.OPERATION
                        and len(view.between(t.end, m.start).split()) <= 3
                        and hit_at(view, "rel_operations", "NAME_MODIFIED", token_index(view, m.end)) is not None][:1]
            if not objs and _bare_pronoun(view, t.last + 1):  # "took part in both", "serve in it"
                objs = pronoun_objects(ctx, view, t.last + 1, types)
            poss = t.last + 1 < len(view.tokens) and view.tokens[t.last + 1].text.casefold() in \
                getattr(lang_data(view.lang, MOD), "POSSESSIVE", ())  # "take part in its exercises": a noun's owner
            if not objs and not poss and (hit_at(view, MOD, "ANAPHOR", t.last + 1)
                             or (view.lang != "en" and hit_at(view, MOD, "ANAPHOR", t.first - 1))):
                # "... and joined this programme", "Latvija sāk to īstenot"
                objs = [m for m in mentions(view) if m.end <= t.start and m.type in types][-1:]
                if not objs:  # "... paraksta PfP pamatdokumentu, un Latvija sāk dalību šajā programmā": its owner
                    docs = [m for m in mentions(view) if m.end <= t.start and m.type is T.AGREEMENT][-1:]
                    owner = document_owner(ctx, docs[0]) if docs else None
                    objs = [owner] if owner is not None and owner.type in types else []
            if not objs:
                objs = _described_or_referred(ctx, view, t, types, stops)
            objs = [o for o in objs if o.type is not T.ORG or _org_taken_part(view, t, o)]
            if not objs:
                continue
            quals = quals_for(view, t, stops=stops)
            first = min(o.start for o in objs)
            at = first if view.start <= first < t.start else None
            later = subject_before(view, t.start, (T.STATE,)) if at is not None else None
            if later is not None and later.start > max(o.end for o in objs):
                at = None  # "... launched the MAP; Estonia and Latvia took part in it": the subject after the object
            own = _object_dates(view, objs, quals)
            for subj in dict.fromkeys(_national(ctx, x) for x in subjects(ctx, view, t, types=_PART_SUBJECTS, offset=at)):
                for o in objs:
                    ctx.add(subj, _part_predicate(ctx, o), o.entity_id, view, qualifiers=dict(own.get(o.start, quals)),
                            confidence=0.75 if name == "PARTICIPATE" else 0.6)
    for t in triggers(view, MOD, "PARTICIPATE_POSTPOS"):
        ms = mentions(view)
        prog = next((m for m in reversed(ms) if m.end <= t.start and m.type in TAKEN_PART
                     and token_index(view, m.end) >= t.first - 2), None)
        if prog is None:
            continue
        subj_m = next((m for m in ms if m.type is T.STATE and m is not prog), None)
        subj_id = subj_m.entity_id if subj_m else ctx.topic()
        if subj_id:
            ctx.add(subj_id, P.PARTICIPANT_IN, prog.entity_id, view, qualifiers=quals_for(view, t, stops=stops),
                    confidence=0.6)


def _national(ctx: DocContext, subj: str) -> str:
    """A state's own body taking part ("NBS karavīri dien NATO misijā", reference data
    ``country=``) stands for its state."""
    e = ref_entities(ctx).get(subj)
    country = e.extra.get("country") if e is not None and e.type is T.ORG else None
    return country if isinstance(country, str) and country.startswith("state:") else subj


def _org_taken_part(view: SentenceView, t: Match, o: Mention) -> bool:
    """An organisation is what one takes part in only right after the verb ("takes part in the
    NB8", "piedalās arī Francijas vadītajā koalīcijā"; not "in meetings of NATO ministers") and
    not as a modifier of a noun after it ("NATO ministru sanāksmē")."""
    if o.end <= t.start:  # a pronoun's antecedent, not the owner of a longer name ("ES Militārās palīdzības misijā")
        after = view.between(o.end, min(t.start, o.end + 30)).split()
        return not (after and after[0][:1].isupper() and after[0][:1].isalpha())
    gap = view.between(t.end, o.start)
    for m in mentions(view):
        if t.end <= m.start and m.end <= o.start:
            gap = gap.replace(view.ctx.text[m.start:m.end], " ")
    mod = lang_data(view.lang, MOD)
    allowed = getattr(mod, "PART_ORG_GAP", ())
    if any(w.strip('",.“”„') not in allowed for w in gap.casefold().split() if w.strip('",.“”„')):
        return False
    i = token_index(view, o.end)
    nxt = view.tokens[i].text.casefold() if i < len(view.tokens) else ""
    nouns = getattr(mod, "GROUP_NOUNS", ())
    return not nxt or not nxt[0].isalpha() or nxt in getattr(mod, "PART_ORG_NEXT", ()) \
        or any(nxt.startswith(n) for n in nouns) or any(x.start >= o.end and x.start - o.end <= 2 for x in view.times)


def _part_predicate(ctx: DocContext, o: Mention) -> Predicate:
    """Taking part in a programme, operation or coalition is participation; in another
    organisation (a format, a council), membership."""
    if o.type is not T.ORG:
        return P.PARTICIPANT_IN
    ent = ref_entities(ctx).get(o.entity_id)
    label = (ent.labels.get("en", "") if ent is not None else o.surface).casefold()
    words = getattr(lang_data("en", MOD), "PARTICIPATION_ORGS", ())
    return P.PARTICIPANT_IN if any(w in label.split() for w in words) else P.MEMBER_OF


def _object_dates(view: SentenceView, objs: list[Mention], quals: dict[str, str]) -> dict[int, dict[str, str]]:
    """"KFOR in Kosovo from 1999 and the ISAF mission": a date standing after one object of a list
    (before the next) is that object's alone; the others of the list get none."""
    if len(objs) < 2 or not quals:
        return {}
    out: dict[int, dict[str, str]] = {}
    own = False
    for k, o in enumerate(objs):
        nxt = objs[k + 1].start if k + 1 < len(objs) else view.end
        x = next((x for x in view.times if o.end <= x.start < nxt and not x.value.startswith("--")), None)
        if x is not None and k + 1 < len(objs):
            own = True
        out[o.start] = ({"start": x.value, "end": x.end_value or ""} if x.kind == "range" else
                        {"end": x.value} if x.kind == "until" else {"start": x.value}) if x is not None else {}
    return out if own else {}


def invite(ctx: DocContext, view: SentenceView, stops: list[Match]) -> None:
    for t, j in invitations(view):
        inner = [m for m in mentions(view) if t.end <= m.start and m.end <= j.start and m.type is T.STATE]
        if inner:  # active voice: "NATO invited Latvia and Lithuania to join"
            invited = inner
        else:
            first = subject_before(view, t.start, (T.STATE,))
            invited = subject_group(view, first) if first else []
        if not invited and view.lang != "en":  # "Uzaicinājumu ... Latvija saņēma": the state after
            after = next((m for m in mentions(view) if m.start >= j.end and m.type is T.STATE), None)
            invited = [x for x in view.group(after, (T.STATE,)) if x.start >= after.start] if after is not None else []
        if not invited:  # "invited both countries to join", "they were invited"
            invited = [Mention(s, T.STATE, t.start, t.end, "") for s in pronoun_states(ctx, view, j.start)]
        if not invited and not [m for m in mentions(view) if m.end <= t.start and m.type is not T.ORG] \
                and view.tokens[max(0, t.first - 1)].text in ("—", "–", ":", "-"):
            topic = ctx.topic()  # "- **OECD** — invited to join in May 2010": the page's state
            invited = [Mention(topic, T.STATE, t.start, t.end, "")] if topic else []
        nxt = view.tokens[t.last + 1].text.casefold() if t.last + 1 < len(view.tokens) else ""
        if not invited and nxt in getattr(lang_data(view.lang, MOD), "OBJECT_PRONOUN", ()):
            prev = ctx.last_mention(view.start, (T.STATE,))  # "did Allies invite it": the state named before
            invited = [prev] if prev is not None and prev.start >= ctx.views[max(0, view.index - 2)].start else []
        orgs = [m for m in mentions(view) if m.start >= j.end and m.type is T.ORG][:1]
        if not orgs:  # "NATO invited X to join" / "uzaicina sākt iestāšanās sarunas ar aliansi"
            orgs = [m for m in mentions(view) if m.type is T.ORG][:1]
        if not orgs:  # "... saņēma NATO samitā Prāgā": the summit's organisation
            ents = ref_entities(ctx)
            org_of = [(m, ents[m.entity_id].extra.get("org")) for m in mentions(view)
                      if m.type is T.EVENT and m.entity_id in ents]
            orgs = [Mention(o, T.ORG, m.start, m.end, m.surface) for m, o in org_of if isinstance(o, str)][:1]
        if not orgs and ctx.topic((T.ORG,)):
            orgs = [next(m for m in ctx.adoc.mentions if m.entity_id == ctx.topic((T.ORG,)))]
        if not invited or not orgs:
            continue
        outside = [s for name in ("INVITE", "JOIN", "LEAVE") for s in triggers(view, MOD, name)
                   if not t.start <= s.start < j.end]  # "sākt iestāšanās sarunas" starts no new clause
        quals = quals_for(view, t, point="point_in_time", stops=outside)
        quals = {"point_in_time": quals.get("start") or quals.get("point_in_time", "")}
        for s in invited:
            ctx.add(s.entity_id, P.INVITED_TO_JOIN, orgs[0].entity_id, view, qualifiers=quals, confidence=0.8)


def chair(ctx: DocContext, view: SentenceView) -> None:
    lead = [(t, True) for t in triggers(view, MOD, "CHAIR_LEAD")]
    for t, leading in [(t, False) for t in triggers(view, MOD, "CHAIR")] + lead:
        ms = mentions(view)
        passive = view.between(t.end, t.end + 4).strip().casefold().startswith("by")
        after = objects_after(view, t.end, (T.ORG,), keep_possessive=False)
        before = [m for m in ms if m.end <= t.start and m.type is T.ORG and not _owner(view, m, ms)]
        if view.lang != "en" and before and token_index(view, before[-1].end) >= t.first - 1:
            after = []  # "NATO Neizplatīšanas komitejas līdzpriekšsēdētāja": the genitive body
        if leading:  # "vadīja ES Padomi": leading counts as chairing a council or committee only
            body = after[0] if after and len(view.between(t.end, after[0].start).split()) <= 3 else None
            if body is None or not _is_body(ctx, body):
                continue
            chair_m = subject_before(view, t.start, (T.STATE, T.PERSON))
        elif passive:
            body = before[-1] if before else None
            chair_m = _chair_after_by(ctx, view, t)
            if chair_m is None:
                continue
        else:
            body = after[0] if after else (before[-1] if before and view.lang != "en" else None)
            chair_m = subject_before(view, body.start if body and body.end <= t.start else t.start,
                                     (T.STATE, T.PERSON))
            who = _pronoun_chair(ctx, view, t)
            if who is not None:
                chair_m = who if isinstance(who, Mention) else None
                if chair_m is None:
                    continue
        if body is None:
            continue
        subj = chair_m.entity_id if chair_m else ctx.topic()
        if subj is None:
            continue
        quals = period_quals(view, t) or quals_for(view, t)
        if not leading and (hit_at(view, MOD, "CO_CHAIR", t.first)
                            or view.tokens[t.first].text.casefold().startswith(("co-", "līdz"))):
            quals["role"] = "co-chair"
        ctx.add(subj, P.CHAIR_OF, body.entity_id, view, qualifiers=quals, confidence=0.7 if leading else 0.75)


def _pronoun_chair(ctx: DocContext, view: SentenceView, t: Match) -> Mention | bool | None:
    """The chair a pronoun before the trigger stands for: "the Secretary General, who chairs" (a
    position's holder named in the document), "X, kurš vada", "she also chairs" (the last person
    named). None when no pronoun stands there; False when it stands for nobody known."""
    mod = lang_data(view.lang, MOD)
    toks = view.tokens
    i = t.first - 1
    while i >= 0 and toks[i].text.casefold() in getattr(mod, "ADVERBS", ()):
        i -= 1
    if i < 0:
        return None
    word = toks[i].text.casefold()
    if word in getattr(mod, "CHAIR_REL", ()) and i > 0 and toks[i - 1].text == ",":
        ante = next((m for m in reversed(mentions(view)) if m.end <= toks[i - 1].start), None)
        if ante is None or view.between(ante.end, toks[i - 1].start).strip():
            return False
        if ante.type is T.POSITION:
            return holder_of(ctx, ante, ante.start) or False
        return ante if ante.type in (T.PERSON, T.STATE) else False
    if word in getattr(mod, "PERSON_PRONOUN", ()):
        here = [m for m in view.mentions if m.end <= toks[i].start and m.type is T.PERSON]
        if here:
            return here[-1]
        prev = ctx.last_mention(view.start, (T.PERSON,))
        return prev if prev is not None and prev.start >= ctx.views[max(0, view.index - 2)].start else False
    return None


def _is_body(ctx: DocContext, m: Mention) -> bool:
    """A council, committee or assembly (by the reference data's English label)."""
    ent = ref_entities(ctx).get(m.entity_id)
    label = (ent.labels.get("en", "") if ent is not None else m.surface).casefold()
    words = getattr(lang_data("en", MOD), "CHAIR_BODY", ())
    return any(w in label.split() for w in words)


def _chair_after_by(ctx: DocContext, view: SentenceView, t: Match) -> Mention | None:
    """"chaired by Lithuania", "chaired by the Secretary General" (the person the document
    names in that position)."""
    ms = mentions(view)
    m = next((m for m in ms if m.start >= t.end), None)
    gap = view.between(t.end, m.start).split() if m is not None else []
    title = len(gap) <= 5 and all(w[:1].isupper() for w in gap[1:] if w.casefold() != "the")  # "by Secretary General X"
    if m is None or (len(gap) > 2 and not (title and m.type is T.PERSON)):
        return None
    if m.type in (T.STATE, T.PERSON):
        return m
    if m.type is T.POSITION:  # "chaired by Secretary General Jens Stoltenberg": the person named with it
        nxt = next((x for x in ms if x.start >= m.end), None)
        if nxt is not None and nxt.type is T.PERSON and not view.between(m.end, nxt.start).strip(" ,"):
            return nxt
        return holder_of(ctx, m, view.start)
    return None


def holder_of(ctx: DocContext, position: Mention, before: int) -> Mention | None:
    """The person the document names in a position earlier ("Secretary General Jens
    Stoltenberg", "the Chair, Admiral X,")."""
    ms = ctx.adoc.mentions
    for k, p in enumerate(ms):
        if p.start >= before:
            break
        if p.entity_id != position.entity_id:
            continue
        for q in (ms[k + 1] if k + 1 < len(ms) else None, ms[k - 1] if k > 0 else None):
            if q is not None and q.type is T.PERSON:
                lo, hi = (p.end, q.start) if q.start >= p.end else (q.end, p.start)
                if ctx.text[lo:hi].strip(" ,") == "" and hi - lo <= 3:
                    return q
    ents = ref_entities(ctx)  # else a person named earlier whom the reference data gives that position
    for q in reversed([m for m in ms if m.type is T.PERSON and m.end <= before]):
        ent = ents.get(q.entity_id)
        held = [ent.extra.get("position")] + [p.get("position") for p in ent.extra.get("positions", ())
                                              if isinstance(p, dict)] if ent is not None else []
        if position.entity_id in held:
            return q
    return None


def _described_or_referred(ctx: DocContext, view: SentenceView, t: Match, types: tuple[EntityType, ...],
                           stops: list[Match]) -> list[Mention]:
    """Objects of a participation verb given by description or reference: "served with the
    NATO-led force in Bosnia", "took part in both", "serve in it", "Latvija tajā piedalās",
    and in Latvian the object before the verb ("NATO vadītā operācijā piedalījās")."""
    if T.OPERATION in types:
        described = described_operations(view)
        after = [m for m in described if t.end <= m.start
                 and not any(s.start > t.start and s.start < m.start for s in stops if s is not t)]
        if after:
            return after[:1]
        if view.lang != "en":
            before = [m for m in described if m.end <= t.start]
            if not before:
                subj = subject_before(view, t.start, SUBJECTS)
                lo = subj.end if subj is not None else view.start
                before = [m for m in mentions(view) if lo <= m.start and m.end <= t.start and m.type in types
                          and not in_relative(view, m, t.start)]
            if before:
                return sorted(before, key=lambda m: m.start)[-1:]
    for i in (t.last + 1, t.first - 1) if view.lang != "en" else (t.last + 1,):
        got = pronoun_objects(ctx, view, i, types)
        if got:
            return got
        ref = referent(ctx, view, i)
        if ref is not None and ref.type in types:
            return [ref]
    return []


def _bare_pronoun(view: SentenceView, i: int) -> bool:
    """A pronoun standing alone (not "this programme"): the next token is punctuation or the end."""
    toks = view.tokens
    if not 0 <= i < len(toks) or not (hit_at(view, "rel_operations", "PRONOUN_ONE", i)
                                      or hit_at(view, "rel_operations", "PRONOUN_BOTH", i)):
        return False
    return i + 1 >= len(toks) or toks[i + 1].is_punct or toks[i + 1].text.casefold() in ("since", "from", "until", "in", "for")


def chair_positions(ctx: DocContext, view: SentenceView) -> None:
    """"NATO Militārās komitejas priekšsēdētāju, Itālijas admirāli Džuzepi Kavo Dragoni, kurš
    ... pārņēma no ... Roba Bauera": a person in apposition to a chair position chairs the
    position's body; a handover in the same sentence dates it and ends the predecessor's term."""
    ms = mentions(view)
    ents = ref_entities(ctx)
    titles = _chair_titles()
    for i, p in enumerate(ms):
        ent = ents.get(p.entity_id) if p.type is T.POSITION else None
        org = ent.extra.get("org") if ent else None
        if ent is None or not isinstance(org, str) \
                or not any(ent.labels.get("en", "").casefold().startswith(w) for w in titles):
            continue
        person = _apposed_person(view, ms, i)
        if person is None:
            continue
        quals: dict[str, str] = {}
        hand = next((h for h in hits(view, MOD, "TAKEOVER") if h.start > person.end), None)
        if hand is not None:
            x = next((x for x in view.times if x.start > person.end and not x.value.startswith("--")), None)
            before = next((m for m in ms if m.start >= hand.end and m.type is T.PERSON), None)
            if x is not None:
                quals = {"start": x.value}
            gap = view.between(hand.end, before.start).split() if before is not None else []
            if before is not None and x is not None and gap and gap[0].casefold() in _FROM.get(view.lang, ()):
                ctx.add(before.entity_id, P.CHAIR_OF, org, view, qualifiers={"end": x.value}, confidence=0.65)
        ctx.add(person.entity_id, P.CHAIR_OF, org, view, qualifiers=quals, confidence=0.7)


_FROM = {"en": ("from",), "lv": ("no",)}


def _chair_titles() -> tuple[str, ...]:
    mod = lang_data("en", MOD)  # titles are matched on the reference data's English labels
    return tuple(getattr(mod, "CHAIR_TITLE", ()))


def _apposed_person(view: SentenceView, ms: list[Mention], i: int) -> Mention | None:
    """The person a position is said of: "the Chair, Admiral X," / "X, the Chair of ...", "X ir
    ... priekšsēdētājs"."""
    p = ms[i]
    for m in ms[i + 1:i + 4]:
        if m.type is T.STATE:
            continue
        gap = view.between(p.end, m.start)
        if m.type is T.PERSON and gap.lstrip().startswith(",") and len(gap.split()) <= 4:
            return m
        break
    if i > 0 and ms[i - 1].type is T.PERSON:
        gap = " ".join(view.between(ms[i - 1].end, p.start).split()).casefold()
        if gap in (",", ", the", ", then", "is the", "was the", "became", "became the", "ir", "bija", "kļuva par", ", kā"):
            return ms[i - 1]
    return None

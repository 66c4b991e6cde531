"""Generic names resolved to one state's entity: "Prime Minister" -> the Prime Minister of Canada.

A generic entity (``extra["generic"] is True``: a bare title such as "defence minister", or
"NFIU") stands for one state's entity (``extra["generic"] == <generic id>`` and
``extra["country"]``), chosen by, in this order:

1. a state written with it: before it ("Latvijas", "Canada's", "Dutch"; a Latvian state must be
   able to be genitive), or after it ("Prime Minister of the Netherlands"; for units also
   "in Estonia" or a Latvian locative, "vienība Igaunijā"; a unit also takes the state of the
   place named nearest to it in its sentence when that state has one ("established in Riga");
2. for an office, a known person named right after it whose terms include that state's office
   ("Prime Minister Krišjānis Kariņš");
3. the text's state: the language's home state (Latvian texts: Latvia) unless the text is mostly
   about another state, or in English the state the text is mostly about (at least three
   mentions, more than twice any other's).

With a state from (1) and no such office in the reference data, :meth:`GenericResolver.resolve`
creates it when asked (``position:nl-prime-minister``, "Prime Minister of the Netherlands",
"Nīderlandes premjerministrs"). A generic entity marked ``qualify=required`` ("President") that
nothing resolves is dropped; others stay generic.
"""

from __future__ import annotations

import re
from collections import Counter

from ..lang.en import names_titles as en_titles
from ..lang.lv import names_titles as lv_titles
from ..lang.lv.morph import case_forms
from ..model import Entity, Mention
from ..refdata import ReferenceData
from ..vocab import EntityType

__all__ = ["GenericResolver"]

_HOME = {"en": en_titles.HOME_STATE, "lv": lv_titles.HOME_STATE}
_BEFORE = re.compile(r"(?:['’]s)?\s*")
_OF = re.compile(r"\s+of(?:\s+the)?\s+", re.IGNORECASE)
_IN = re.compile(r"\s+in(?:\s+the)?\s+", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_TITLE_GAP = re.compile(r"[\s,]*")
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
_NEAR = 60
_PLACES = (EntityType.STATE, EntityType.CITY, EntityType.BASE)


def _terms(person: Entity) -> list[str]:
    extra = person.extra
    ids = [str(extra["position"])] if extra.get("position") else []
    return ids + [str(t["position"]) for t in extra.get("positions", []) if isinstance(t, dict) and "position" in t]


class GenericResolver:
    """Maps (generic id, state id) to the state's entity; knows the offices people held."""

    def __init__(self, ref: ReferenceData) -> None:
        self.ref = ref
        self.generic: dict[str, Entity] = {}
        self.specific: dict[tuple[str, str], str] = {}
        for eid, e in sorted(ref.entities.items()):
            g, country = e.extra.get("generic"), e.extra.get("country")
            if g is True:
                self.generic[eid] = e
            elif isinstance(g, str) and country:
                self.specific.setdefault((g, str(country)), eid)
        self.held: dict[str, dict[str, str]] = {}  # person -> generic office -> the office held
        for p in ref.of_type(EntityType.PERSON):
            for pid in _terms(p):
                office = ref.get(pid)
                g = office.extra.get("generic") if office else None
                if isinstance(g, str):
                    self.held.setdefault(p.id, {}).setdefault(g, pid)

    def resolve(self, text: str, lang: str, mentions: list[Mention], create: bool = False,
                at: list[int] | None = None) -> tuple[list[Mention], list[Entity]]:
        """``mentions`` with generic entities replaced by a state's; new offices when ``create``;
        ``at`` limits the look to those indices."""
        generic = self.generic
        at = [i for i in (range(len(mentions)) if at is None else at) if mentions[i].entity_id in generic]
        if not at:
            return mentions, []
        default: list[str | None] = []  # the text's state, worked out when first needed
        out = list(mentions)
        dropped: list[int] = []
        created: dict[str, Entity] = {}
        for i in at:
            m, g = mentions[i], generic[mentions[i].entity_id]
            state = self._qualifier(text, lang, mentions, i, g.id)
            eid = self.specific.get((g.id, state)) if state else None
            if eid is None and state and create and g.type is EntityType.POSITION:
                new = created.get(self._new_id(g, state)) or self._create(g, state)
                created[new.id] = new
                eid = new.id
            if eid is None and state is None and g.type is EntityType.POSITION:
                eid = self._by_person(text, mentions, i, g.id)
            if eid is None and state is None:
                if not default:
                    default.append(self._text_state(lang, mentions))
                eid = self.specific.get((g.id, default[0])) if default[0] else None
            if eid is None and g.extra.get("qualify") == "required":
                dropped.append(i)
            elif eid is not None:
                out[i] = Mention(eid, m.type, m.start, m.end, m.surface, m.cases, created=eid in created)
        for i in reversed(dropped):
            del out[i]
        return out, [created[k] for k in sorted(created)]

    def _qualifier(self, text: str, lang: str, mentions: list[Mention], i: int, generic: str) -> str | None:
        m = mentions[i]
        if i > 0:
            p = mentions[i - 1]
            if p.type is EntityType.STATE and _BEFORE.fullmatch(text, p.end, m.start) and (
                    lang != "lv" or not p.cases or "gen" in p.cases):
                return p.entity_id
        if i + 1 < len(mentions):
            n = mentions[i + 1]
            if n.type is EntityType.STATE:
                if _OF.fullmatch(text, m.end, n.start):
                    return n.entity_id
                unit = m.type is not EntityType.POSITION
                if unit and (_IN.fullmatch(text, m.end, n.start) or (
                        lang == "lv" and "loc" in n.cases and _SPACE.fullmatch(text, m.end, n.start))):
                    return n.entity_id
        return self._near_place(text, mentions, i, generic) if m.type is not EntityType.POSITION else None

    def _near_place(self, text: str, mentions: list[Mention], i: int, generic: str) -> str | None:
        m, best, dist = mentions[i], None, _NEAR + 1
        for n in mentions[max(0, i - 4):i + 5]:
            if n.type not in _PLACES or n is m:
                continue
            a, b = (m.end, n.start) if n.start >= m.end else (n.end, m.start)
            if b - a < dist and not _SENTENCE_END.search(text, a, b):
                e = self.ref.get(n.entity_id)
                country = n.entity_id if n.type is EntityType.STATE else (str(e.extra.get("country", "")) if e else "")
                if (generic, country) in self.specific:
                    best, dist = country, b - a
        return best

    def _by_person(self, text: str, mentions: list[Mention], i: int, generic: str) -> str | None:
        if i + 1 < len(mentions):
            n = mentions[i + 1]
            if n.type is EntityType.PERSON and _TITLE_GAP.fullmatch(text, mentions[i].end, n.start):
                return self.held.get(n.entity_id, {}).get(generic)
        return None

    @staticmethod
    def _text_state(lang: str, mentions: list[Mention]) -> str | None:
        state = EntityType.STATE
        counts = Counter([m.entity_id for m in mentions if m.type is state])
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        top = ranked[0] if ranked and ranked[0][1] >= 3 and (len(ranked) < 2 or ranked[0][1] > 2 * ranked[1][1]) else None
        home = _HOME.get(lang)
        if home and not (top and top[0] != home and top[1] > 2 * counts.get(home, 0)):
            return home
        return top[0] if top else None

    @staticmethod
    def _new_id(g: Entity, state: str) -> str:
        return f"{g.type.value}:{state.split(':', 1)[1].lower()}-{g.id.split(':', 1)[1]}"

    def _create(self, g: Entity, state_id: str) -> Entity:
        state = self.ref.get(state_id)
        title = str(g.extra.get("title") or g.labels["en"])
        en_state = state.label("en") if state else state_id
        if state:
            en_state = next((a for a in state.aliases.get("en", []) if a.lower() == f"the {en_state.lower()}"), en_state)
        labels = {"en": f"{title} of {en_state}"}
        aliases: dict[str, list[str]] = {}
        if state and state.labels.get("lv") and g.labels.get("lv"):
            forms = case_forms(state.labels["lv"])
            gen = sorted(f for f, cases in forms.items() if "gen" in cases)
            labels["lv"] = f"{gen[0] if gen else state.labels['lv']} {g.labels['lv']}"
        if state and state.extra.get("demonym"):
            aliases["en"] = [f"{str(state.extra['demonym']).split(',')[0]} {title}"]
        return Entity(self._new_id(g, state_id), g.type, labels, aliases, None, "text: a generic title and a state",
                      {"country": state_id, "generic": g.id, "created": True})

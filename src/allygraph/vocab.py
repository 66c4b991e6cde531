"""The closed vocabularies: entity types, predicates and qualifiers.

A misspelt predicate raises instead of silently creating a new one, the way RDFLib's
``DefinedNamespace`` with ``_fail = True`` does: every name is an ``Enum`` member and the
lookup helpers raise :class:`~allygraph.errors.VocabularyError` for anything else.

The predicate table is the minimum of ``shared/eval/README.md``; each predicate records
which argument types it takes, whether it is symmetric, whether its object is a literal,
which qualifiers it may carry and its Wikidata property where one exists.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from .errors import VocabularyError

__all__ = [
    "EntityType",
    "Predicate",
    "PredicateInfo",
    "Qualifier",
    "PREDICATES",
    "predicate",
    "entity_type",
]


class EntityType(str, Enum):
    STATE = "state"
    CITY = "city"
    REGION = "region"  # seas, regions, groups of states (Balkans, South Caucasus)
    BASE = "base"
    ORG = "org"  # organisations and their bodies, committees, centres, units that are not formations
    FORMATION = "formation"
    OPERATION = "operation"
    PROGRAMME = "programme"
    AGREEMENT = "agreement"
    FRAMEWORK = "framework"
    EVENT = "event"
    PERSON = "person"
    POSITION = "position"
    AREA = "area"
    DOCUMENT = "document"

    @property
    def is_place(self) -> bool:
        return self in (EntityType.STATE, EntityType.CITY, EntityType.REGION, EntityType.BASE)


class Predicate(str, Enum):
    MEMBER_OF = "member_of"
    PARTICIPANT_IN = "participant_in"
    INVITED_TO_JOIN = "invited_to_join"
    LEADS = "leads"
    CONTRIBUTES_TO = "contributes_to"
    MILITARY_SUPPORT_TO = "military_support_to"
    STRATEGIC_PARTNER_OF = "strategic_partner_of"
    COOPERATES_WITH = "cooperates_with"
    SUPPORTS = "supports"
    LOCATED_IN = "located_in"
    OPERATES_IN = "operates_in"
    HEADQUARTERS = "headquarters"
    COMMANDED_BY = "commanded_by"
    INCEPTION = "inception"
    PERSONNEL_COUNT = "personnel_count"
    DEFENCE_ATTACHE_TO = "defence_attache_to"
    DEFENCE_ADVISER_TO = "defence_adviser_to"
    SIGNED = "signed"
    SIGNATORY = "signatory"
    MEASURES_APPROVED = "measures_approved"
    COOPERATION_AREA = "cooperation_area"
    PRIORITY_AREA = "priority_area"
    PROGRESS_REPORT = "progress_report"
    SHARED_MEMBER_COUNT = "shared_member_count"
    HOLDS_POSITION = "holds_position"
    CHAIR_OF = "chair_of"
    HELD_IN = "held_in"


class Qualifier(str, Enum):
    START = "start"
    END = "end"
    POINT_IN_TIME = "point_in_time"
    AS_OF = "as_of"  # the document's date, for a claim the text gives no date
    RESIDENT_IN = "resident_in"
    COUNT = "count"
    FREQUENCY = "frequency"
    ROLE = "role"  # e.g. "co-chair", "framework nation"


@dataclass(frozen=True, slots=True)
class PredicateInfo:
    predicate: Predicate
    label_en: str
    label_lv: str
    literal: str | None  # None: object is an entity; else "date" or "quantity"
    symmetric: bool
    qualifiers: frozenset[Qualifier]
    wikidata: str | None = None


_T = Qualifier
_TIME = frozenset({_T.START, _T.END, _T.AS_OF})


def _p(pred: Predicate, en: str, lv: str, *, literal: str | None = None, symmetric: bool = False,
       qualifiers: frozenset[Qualifier] = _TIME, wikidata: str | None = None) -> PredicateInfo:
    return PredicateInfo(pred, en, lv, literal, symmetric, qualifiers | {_T.AS_OF}, wikidata)


P = Predicate
PREDICATES: dict[Predicate, PredicateInfo] = {
    i.predicate: i
    for i in (
        _p(P.MEMBER_OF, "member of", "dalībnieks", wikidata="P463"),
        _p(P.PARTICIPANT_IN, "participant in", "piedalās", wikidata="P1344"),
        _p(P.INVITED_TO_JOIN, "invited to join", "uzaicināta pievienoties", qualifiers=frozenset({_T.POINT_IN_TIME})),
        _p(P.LEADS, "leads", "vada", qualifiers=_TIME | {_T.ROLE}),
        _p(P.CONTRIBUTES_TO, "contributes to", "piedalās ar spēkiem"),
        _p(P.MILITARY_SUPPORT_TO, "military support to", "sniedz militāru atbalstu"),
        _p(P.STRATEGIC_PARTNER_OF, "strategic partner of", "stratēģiskais partneris", symmetric=True,
           qualifiers=frozenset()),
        _p(P.COOPERATES_WITH, "cooperates with", "sadarbojas ar", symmetric=True),
        _p(P.SUPPORTS, "supports", "atbalsta"),
        _p(P.LOCATED_IN, "located in", "atrodas", wikidata="P276"),
        _p(P.OPERATES_IN, "operates in", "darbojas"),
        _p(P.HEADQUARTERS, "headquarters", "štābs", qualifiers=frozenset(), wikidata="P159"),
        _p(P.COMMANDED_BY, "commanded by", "komandē", qualifiers=frozenset()),
        _p(P.INCEPTION, "inception", "izveidots", literal="date", qualifiers=frozenset(), wikidata="P571"),
        _p(P.PERSONNEL_COUNT, "personnel count", "personāla skaits", literal="quantity",
           qualifiers=frozenset({_T.POINT_IN_TIME}), wikidata="P1128"),
        _p(P.DEFENCE_ATTACHE_TO, "defence attaché to", "aizsardzības atašejs", qualifiers=_TIME | {_T.RESIDENT_IN}),
        _p(P.DEFENCE_ADVISER_TO, "defence adviser to", "aizsardzības padomnieks", qualifiers=_TIME | {_T.RESIDENT_IN}),
        _p(P.SIGNED, "signed at", "parakstīta", qualifiers=frozenset({_T.POINT_IN_TIME})),
        _p(P.SIGNATORY, "signatory", "parakstītājs", qualifiers=frozenset(), wikidata="P1891"),
        _p(P.MEASURES_APPROVED, "measures approved", "apstiprināti pasākumi", literal="quantity",
           qualifiers=frozenset({_T.POINT_IN_TIME})),
        _p(P.COOPERATION_AREA, "cooperation area", "sadarbības joma", qualifiers=frozenset()),
        _p(P.PRIORITY_AREA, "priority area", "prioritārā joma", qualifiers=frozenset()),
        _p(P.PROGRESS_REPORT, "progress report", "progresa ziņojums", literal="date",
           qualifiers=frozenset({_T.FREQUENCY})),
        _p(P.SHARED_MEMBER_COUNT, "shared member count", "kopīgo dalībvalstu skaits", symmetric=True,
           qualifiers=frozenset({_T.COUNT, _T.POINT_IN_TIME})),
        _p(P.HOLDS_POSITION, "holds position", "ieņem amatu", qualifiers=_TIME | {_T.POINT_IN_TIME},
           wikidata="P39"),
        _p(P.CHAIR_OF, "chair of", "priekšsēdētājs", qualifiers=_TIME | {_T.ROLE}),
        _p(P.HELD_IN, "held in", "notika", wikidata="P276"),
    )
}
del P


def predicate(name: str | Predicate) -> Predicate:
    """Return the predicate called ``name``; raise :class:`VocabularyError` if there is none."""
    try:
        return Predicate(name)
    except ValueError:
        raise VocabularyError(f"unknown predicate {name!r}") from None


def entity_type(name: str | EntityType) -> EntityType:
    """Return the entity type called ``name``; raise :class:`VocabularyError` if there is none."""
    try:
        return EntityType(name)
    except ValueError:
        raise VocabularyError(f"unknown entity type {name!r}") from None


def qualifier(name: str | Qualifier) -> Qualifier:
    try:
        return Qualifier(name)
    except ValueError:
        raise VocabularyError(f"unknown qualifier {name!r}") from None

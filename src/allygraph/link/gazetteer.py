"""Find reference entities in text: one Aho-Corasick automaton over every name form.

The automaton holds every label and alias of every entity in both languages, every Latvian
case form of the Latvian names (:func:`allygraph.lang.lv.morph.case_forms`), all folded the same
way as the text (lower case, no diacritics, one kind of quote and dash; see
:mod:`.normalize`), so "Siauliai", "Šiauliai", "Adazi" and "Ādažos" all match. A match counts
when it stands on token boundaries (no letter or digit continues it on either side; "Latvia's"
matches "Latvia") and its case fits the name. The text is scanned lower-cased and otherwise as
written; the keys carry every spelling (with and without diacritics, each quote and dash style).
A match counts when its case fits the name:

* short abbreviations written with two or more capitals (ES, ASV, MAP, NAC, eFP, PfP, MND-N)
  must match exactly as written, so "es", "us" and "map" never link;
* a name that starts with a capital needs a capital in the text ("Sophia", not "sophia");
* a lower-case name ("hybrid threats") matches in any case.

A state's English demonym ("Turkish", from ``extra["demonym"]``) links to the state too.

Of overlapping matches the leftmost, then the longest wins. Several entities sharing one form
are ranked by whether the form is a label, then by type (a state before a city of the same
name), then by id, so the result is deterministic. Then titles are put right (:mod:`.titles`:
"NATO's fourteenth Secretary General" is one office, "ministru sanāksme" is no office) and
generic names resolved to a state's entity (:mod:`.generic`: "Prime Minister of Canada").
``find_entities`` also creates the offices and the people that the reference data lacks
(:mod:`.people`).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import itemgetter
from typing import Any

import ahocorasick

from ..lang.lv.morph import CASES, case_forms
from ..model import Entity, Mention
from ..refdata import ReferenceData
from ..vocab import EntityType
from .generic import GenericResolver
from .normalize import fold_case_kept, fold_text, strip_marks
from .titles import OrgTitles, drop_titles_in_event_names

__all__ = ["Gazetteer", "TYPE_RANK"]

TYPE_RANK = {t: i for i, t in enumerate((
    EntityType.STATE, EntityType.ORG, EntityType.FORMATION, EntityType.OPERATION, EntityType.AGREEMENT,
    EntityType.PROGRAMME, EntityType.FRAMEWORK, EntityType.EVENT, EntityType.PERSON, EntityType.POSITION,
    EntityType.BASE, EntityType.REGION, EntityType.CITY, EntityType.DOCUMENT, EntityType.AREA))}
ALL_CASES = frozenset(CASES)
_QUOTE_DASH_TABLE = str.maketrans({**{q: '"' for q in "“”„«»"}, **{q: "'" for q in "‘’"}, **{d: "-" for d in "‐‑‒–—―−"}})


def _QUOTE_DASH(text: str) -> str:  # noqa: N802 - a table-driven translation, named for what it does
    return text.translate(_QUOTE_DASH_TABLE)


@dataclass(frozen=True, slots=True)
class _Candidate:
    entity_id: str
    type: EntityType
    exact: str | None  # the case-kept folded form the text must equal, for abbreviations
    capital: bool  # the name starts with a capital letter, so the text must too
    cases: frozenset[str] | None  # Latvian cases of the form; None for a non-Latvian name
    rank: tuple[int, int, str]
    by_form: tuple[tuple[str, frozenset[str]], ...] = ()  # diacritics kept: "rīgā" -> loc
    split: tuple[int, int, str] | None = None  # an event name ending in its place: (event length, place offset, place id)

    def cases_of(self, surface: str) -> frozenset[str] | None:
        """The cases of the exact surface; the union when diacritics are missing ("Riga")."""
        for form, cases in self.by_form:
            if form == surface:
                return cases
        return self.cases


_ODD_SPACES = ("\n", "\t", "\r", "\u00a0", "\u202f", "\u2009")
_QUOTE_PAIRS = (('"', '"'), ("“", "”"), ("„", "“"), ("„", "”"), ("«", "»"), ("”", "”"))
_DASH_STYLES = ("-", "–", "—")
_APOSTROPHES = ("'", "’")


def _spellings(form: str) -> list[str]:
    """Lower-case keys for ``form``: with and without diacritics, in every quote, dash and
    apostrophe style (the text is scanned lower-cased but otherwise as written)."""
    base = _QUOTE_DASH(" ".join(form.split())).lower()
    out = {base, strip_marks(base)}
    if '"' in base:
        for opening, closing in _QUOTE_PAIRS:
            for k in list(out):
                parts = k.split('"')
                out.add("".join(p + (opening if i % 2 == 0 else closing) for i, p in enumerate(parts[:-1])) + parts[-1])
    for marks in (_DASH_STYLES[1:] if "-" in base else ()), (_APOSTROPHES[1:] if "'" in base else ()):
        for mark in marks:
            out |= {k.replace("-" if mark in _DASH_STYLES else "'", mark) for k in list(out)}
    return sorted(out)


@lru_cache(maxsize=65536)
def _surface_key(form: str) -> str:
    """Lower case with diacritics kept and quotes, dashes and spaces made uniform."""
    return " ".join(_QUOTE_DASH(form.lower()).split())


_BY_POSITION = itemgetter(0, 1)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while matching: the scan allocates many small objects
    and no cycles, and each collection would walk the whole name table again."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
_written = lru_cache(maxsize=65536)(fold_case_kept)


def _is_abbreviation(name: str) -> bool:
    core = name.replace(".", "").replace("-", "").replace("–", "").replace("/", "")
    return " " not in name and len(core) <= 6 and sum(c.isupper() for c in core) >= 2


def _variants(entity: Entity) -> list[tuple[str, str, bool]]:
    """(name, language, is_label) for every linkable name of ``entity``."""
    hidden = set(entity.extra.get("nolink", ()))
    out = []
    for lang in sorted(set(entity.labels) | set(entity.aliases)):
        label = entity.labels.get(lang)
        if label and label not in hidden:
            out.append((label, lang, True))
        out += [(a, lang, False) for a in entity.aliases.get(lang, []) if a not in hidden]
    if entity.type is EntityType.STATE and entity.extra.get("demonym"):  # "Turkish and Greek authorities"
        out.append((str(entity.extra["demonym"]), "en", False))
    return out


class Gazetteer:
    """Aho-Corasick over all names and Latvian case forms of ``ref``'s entities."""

    def __init__(self, ref: ReferenceData) -> None:
        self.ref = ref
        table: dict[str, dict[str, _Candidate]] = {}
        for eid in sorted(ref.entities):
            entity = ref.entities[eid]
            for name, lang, is_label in _variants(entity):
                self._add_name(table, entity, name, lang, is_label)
        # value: (key length, candidates matched case-insensitively, abbreviations matched as written)
        # (equal candidates and candidate lists are shared: fewer objects for the garbage collector to walk)
        self._automaton = ahocorasick.Automaton()
        shared: dict[Any, Any] = {}  # candidates and tuples of them
        one = shared.setdefault
        for key, by_entity in table.items():
            ranked = sorted(by_entity.values(), key=lambda c: c.rank)
            loose = tuple(one(c, c) for c in ranked if c.exact is None)
            exact = tuple(one(c, c) for c in ranked if c.exact is not None)
            loose, exact = one(loose, loose), one(exact, exact)
            self._automaton.add_word(key, (len(key), loose, exact))
        if len(self._automaton) == 0:
            self._automaton.add_word("\x00", (1, (), ()))
        self._automaton.make_automaton()
        self.size = len(table)
        self._titles = OrgTitles(ref)
        self._generic = GenericResolver(ref)
        self._watch = frozenset(e.id for e in ref.entities.values() if e.type is EntityType.POSITION) | \
            self._titles.orgs | frozenset(self._generic.generic)

    def _add_name(self, table: dict[str, dict[str, _Candidate]], entity: Entity, name: str, lang: str,
                  is_label: bool) -> None:
        abbreviation = _is_abbreviation(name)
        forms: dict[str, frozenset[str] | None]
        if lang == "lv" and not abbreviation:
            forms = dict(case_forms(name, person=entity.type is EntityType.PERSON))
        else:
            forms = {name: None}
        rank = (0 if is_label else 1, TYPE_RANK.get(entity.type, 99), entity.id)
        for form, cases in forms.items():
            split = self._place_split(entity, form, lang) if entity.type is EntityType.EVENT else None
            for key in _spellings(form):
                self._add_key(table, entity, key, form, cases, rank, abbreviation, split)

    def _place_split(self, event: Entity, form: str, lang: str) -> tuple[int, int, str] | None:
        """Where an event's name ends in its own city ("NATO summit meeting in Washington",
        "NATO ārlietu ministru sanāksme Rīgā"): the city is its own mention, not part of the event's."""
        place = self.ref.get(str(event.extra.get("held_in", "")))
        if place is None:
            return None
        names = {n for n in [place.labels.get(lang, ""), *place.aliases.get(lang, [])] if n}
        if lang == "lv":
            names = {f for n in names for f, cases in case_forms(n).items() if "loc" in cases}
        for tail in sorted(names, key=lambda n: (-len(n), n)):
            if not form.endswith(" " + tail):
                continue
            head = form[: -len(tail)].rstrip()
            if lang != "lv":
                head, _, word = head.rpartition(" ")
                if word not in ("in", "at"):
                    continue
            if head.strip():
                return (len(head), len(form) - len(tail), place.id)
        return None

    @staticmethod
    def _add_key(table: dict[str, dict[str, _Candidate]], entity: Entity, key: str, form: str,
                 cases: frozenset[str] | None, rank: tuple[int, int, str], abbreviation: bool,
                 split: tuple[int, int, str] | None = None) -> None:
        if len(key) < 2:
            return
        by_form = ((_surface_key(form), cases),) if cases is not None else ()
        new = _Candidate(entity.id, entity.type, fold_case_kept(form) if abbreviation else None,
                         form[:1].isupper(), cases, rank, by_form, split)
        old = table.setdefault(key, {}).get(entity.id)
        if old is not None and old.capital != new.capital and old.exact is None and new.exact is None:
            # one of the entity's names is written in lower case ("dronu koalīcija"): any case matches
            old, new = replace(old, capital=False), replace(new, capital=False)
            table[key][entity.id] = old
        if old is None or new.rank < old.rank:
            table[key][entity.id] = new
        elif old.cases is not None and new.cases is not None and old.rank == new.rank:
            merged = dict(old.by_form)
            for f, c in new.by_form:
                merged[f] = merged.get(f, frozenset()) | c
            table[key][entity.id] = _Candidate(old.entity_id, old.type, old.exact, old.capital,
                                               old.cases | new.cases, old.rank, tuple(sorted(merged.items())), old.split)

    def find(self, text: str, lang: str = "en") -> list[Mention]:
        """Mentions of reference entities in ``text``: sorted, non-overlapping, leftmost-longest."""
        return self._settle(text, lang, create=False)[0]

    def _settle(self, text: str, lang: str, create: bool) -> tuple[list[Mention], list[Entity]]:
        """Matches, with titles put right and generic names resolved (only when there are any)."""
        with _collector_paused():
            mentions, at = self._match(text, lang)
        if not at:
            return mentions, []
        changed = self._titles.apply(text, lang, mentions, at)
        if changed is not mentions:
            mentions, at = changed, [i for i, m in enumerate(changed) if m.entity_id in self._watch]
        changed = drop_titles_in_event_names(text, lang, mentions, at)
        if changed is not mentions:
            mentions, at = changed, [i for i, m in enumerate(changed) if m.entity_id in self._watch]
        return self._generic.resolve(text, lang, mentions, create=create, at=at)

    def _match(self, text: str, lang: str) -> tuple[list[Mention], list[int]]:
        """Leftmost-longest matches, and the indices of those the later steps look at (offices,
        organisations with offices, generic names)."""
        folded = text.lower()
        if len(folded) != len(text):  # a character whose lower case is longer (rare): fold one by one
            folded = fold_text(text)
        for space in _ODD_SPACES:
            if space in folded:
                folded = folded.replace(space, " ")
        hits: list[tuple[int, int, _Candidate]] = []
        append = hits.append
        n = len(text)
        for end, (length, loose, exact) in self._automaton.iter(folded):
            start = end - length + 1
            end += 1
            if (start and folded[start - 1].isalnum()) or (end < n and folded[end].isalnum()):
                continue
            if exact:
                written = _written(text[start:end])
                matched = False
                for cand in exact:
                    if cand.exact == written:
                        append((start, -end, cand))
                        matched = True
                        break
                if matched:
                    continue
            upper = text[start].isupper()
            for cand in loose:
                if upper or not cand.capital:
                    append((start, -end, cand))
                    break
        hits.sort(key=_BY_POSITION)
        mentions: list[Mention] = []
        last_end = 0
        special: list[int] = []
        watch = self._watch
        for start, neg_end, cand in hits:
            end = -neg_end
            if start < last_end:
                continue
            cases: frozenset[str] = frozenset()
            if lang == "lv":
                own = cand.cases_of(_surface_key(text[start:end]))
                cases = ALL_CASES if own is None else own
            if cand.split is not None:  # "NATO summit meeting in Washington": the event, then its city
                head, place_at, place = cand.split
                mentions.append(Mention(cand.entity_id, cand.type, start, start + head, text[start:start + head], cases))
                mentions.append(Mention(place, EntityType.CITY, start + place_at, end, text[start + place_at:end],
                                        frozenset({"loc"}) if lang == "lv" else frozenset()))
            else:
                mentions.append(Mention(cand.entity_id, cand.type, start, end, text[start:end], cases))
            if cand.entity_id in watch:
                special.append(len(mentions) - 1)
            last_end = end
        return mentions, special

    def find_entities(self, text: str, lang: str = "en") -> tuple[list[Mention], list[Entity]]:
        """Reference mentions plus people, units, operations and bodies the reference data lacks
        (created, with their mentions)."""
        from .people import find_new_people
        from .units import find_new_units

        mentions, offices = self._settle(text, lang, create=True)
        extra_mentions, people = find_new_people(text, lang, mentions)
        unit_mentions, units = find_new_units(text, lang, mentions + extra_mentions)
        merged = sorted(mentions + extra_mentions + unit_mentions, key=lambda m: (m.start, -m.end))
        return merged, offices + people + units

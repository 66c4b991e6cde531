"""People the reference data lacks: names introduced by a title or position.

A person is two or three capitalised words (particles such as "von der" allowed) right after a
title word ("minister", "ministrs", "Ambassador") or after a linked position ("NATO Secretary
General Jens Stoltenberg"), optionally after a comma. Each new name becomes an
:class:`~allygraph.model.Entity` with the deterministic id ``person:<slug>``; later mentions of
the same surname alone (with its Latvian case forms in Latvian text) link to it. Names that
overlap a reference mention are left to the gazetteer.

In Latvian the name agrees with its title, so a declined name is read back into the nominative
for the new entity's label and id ("ministram Jānim Bērziņam" -> ``person:janis-berzins``,
"Jānis Bērziņš"): the title's case (a linked position's cases, or the title word's own ending)
and gender pick the reading (:func:`allygraph.lang.lv.morph.name_nominative`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import ahocorasick

from ..lang.en import names_titles as en_titles
from ..lang.lv import names_titles as lv_titles
from ..lang.lv.morph import CASES, case_forms, name_nominative, nominative_readings
from ..model import Entity, Mention
from ..vocab import EntityType

__all__ = ["find_new_people", "person_slug"]

_UPPER = "A-ZĀČĒĢĪĶĻŅŠŪŽÄÖÜÉÈÁÍÓÚÇŁŚŻŹĆŃ"
_WORD = rf"[{_UPPER}][\w'’-]*[^\W\d_]"
_PARTICLES = "|".join(sorted(en_titles.NAME_PARTICLES | lv_titles.NAME_PARTICLES))
_NAME = re.compile(rf"({_WORD})((?:\s+(?:(?:{_PARTICLES})\s+){{0,2}}{_WORD}){{1,2}})")
_TOKEN = re.compile(r"[^\W\d_][\w.'’-]*")
_OF_OWNER = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)
_OWNERS = (EntityType.STATE, EntityType.ORG)


def person_slug(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return "person:" + re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def _is_title(word: str, lang: str) -> bool:
    low = word.lower()
    if lang == "lv":
        return low.startswith(lv_titles.TITLE_STEMS)
    return low in en_titles.TITLES


_TOKEN_CHARS = ".'’-_"
_TOKEN_TAIL = re.compile(r"[\w.'’-]*")


@lru_cache(maxsize=4)
def _title_automaton(lang: str) -> ahocorasick.Automaton:
    words = lv_titles.TITLE_STEMS if lang == "lv" else en_titles.TITLES
    automaton = ahocorasick.Automaton()
    for w in words:
        automaton.add_word(w, len(w))
    automaton.make_automaton()
    return automaton


def _title_words(text: str, lang: str) -> list[tuple[int, str]]:
    """(end, word) of every title word: whole words in English, words starting with a title stem in Latvian."""
    low = text.lower()
    if len(low) != len(text):
        return [(t.end(), t.group()) for t in _TOKEN.finditer(text) if _is_title(t.group(), lang)]
    out: dict[int, tuple[int, str]] = {}
    for last, n in _title_automaton(lang).iter(low):
        start = last - n + 1
        if start and (low[start - 1].isalnum() or low[start - 1] in _TOKEN_CHARS):
            continue
        tail = _TOKEN_TAIL.match(low, last + 1)
        assert tail is not None  # the pattern matches the empty string too
        end = tail.end()
        if lang != "lv" and end != last + 1:
            continue
        out.setdefault(start, (end, text[start:end]))
    return [out[k] for k in sorted(out)]


def _particles(lang: str) -> frozenset[str]:
    return lv_titles.NAME_PARTICLES if lang == "lv" else en_titles.NAME_PARTICLES


_Agreement = tuple[frozenset[str] | None, str | None]  # the title's cases and gender (Latvian)
_ANY: _Agreement = (None, None)


def _agreement(last_word: str, cases: frozenset[str] | None) -> _Agreement:
    """Cases and gender a Latvian title word can have (within ``cases`` when the gazetteer knows them)."""
    readings = [(c, g) for c, g, _ in nominative_readings(last_word) if cases is None or c in cases]
    if not readings:
        return (cases, None)
    genders = {g for _, g in readings}
    return (frozenset(c for c, _ in readings), genders.pop() if len(genders) == 1 else None)


def _triggers(text: str, lang: str, mentions: list[Mention]) -> dict[int, _Agreement]:
    """End offset of every title -> the case and gender a name after it agrees with."""
    out: dict[int, _Agreement] = {}
    for i, m in enumerate(mentions):
        if m.type is EntityType.POSITION:
            known = m.cases if m.cases and len(m.cases) < len(CASES) else None
            out[m.end] = _agreement(m.surface.split()[-1], known) if lang == "lv" else _ANY
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            if nxt is not None and nxt.type in _OWNERS and _OF_OWNER.fullmatch(text, m.end, nxt.start) \
                    and text.startswith(",", nxt.end):
                out[nxt.end] = out[m.end]  # "the Prime Minister of Sweden, Ulf Kristersson"
    for end, word in _title_words(text, lang):
        if end not in out:
            out[end] = _agreement(word, None) if lang == "lv" else _ANY
    return dict(sorted(out.items()))


def find_new_people(text: str, lang: str, mentions: list[Mention]) -> tuple[list[Mention], list[Entity]]:
    """Mentions and entities of people named after a title, and later mentions of their surnames."""
    taken = [(m.start, m.end) for m in mentions]

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    found: dict[str, Entity] = {}
    out: list[Mention] = []
    for pos, (cases, gender) in _triggers(text, lang, mentions).items():
        m = _NAME.match(text, pos + (len(text[pos:]) - len(text[pos:].lstrip(" ,:\u00a0"))))
        if not m or m.start() == pos and pos > 0 and text[pos - 1].isalnum():
            continue
        words = m.group(0).split()
        if any(w.lower() in _particles(lang) for w in (words[0], words[-1])):
            continue
        if any(_is_title(w, lang) for w in words) or not free(m.start(), m.end()):
            continue
        if lang == "lv":
            words = name_nominative(words, cases, gender)
        name = " ".join(words)
        eid = person_slug(name)
        entity = found.get(eid)
        if entity is None:
            entity = Entity(id=eid, type=EntityType.PERSON, labels={"en": name, lang: name},
                            aliases={lang: [words[-1]]}, source="text: name after a title",
                            extra={"created": True})
            found[eid] = entity
        out.append(Mention(eid, EntityType.PERSON, m.start(), m.end(), m.group(0), frozenset(), created=True))
        taken.append((m.start(), m.end()))
    # later mentions of a new person's surname alone
    for eid, entity in sorted(found.items()):
        surname = entity.aliases[lang][0]
        forms = case_forms(surname, person=True) if lang == "lv" else {surname: frozenset()}
        pattern = re.compile(r"(?<![\w])(" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
                             + r")(?![\w])")
        for m in pattern.finditer(text):
            if free(m.start(), m.end()):
                cases = forms.get(m.group(0), frozenset()) if lang == "lv" else frozenset()
                out.append(Mention(eid, EntityType.PERSON, m.start(), m.end(), m.group(0), cases, created=True))
                taken.append((m.start(), m.end()))
    out.sort(key=lambda x: x.start)
    return out, [found[k] for k in sorted(found)]

"""Units, operations and bodies the reference data lacks, named in the text.

News names new formations and operations all the time ("Panzerbrigade 45", "Operation Nordic
Warden", "the Baltic Naval Squadron (BALTRON)", "operācija „Baltic Sentry”"). Without an entity
for them no relation about them can be stated. This module creates one for a name that shows
what it is:

* a capitalised name whose head word gives a kind ("Special Training Command", "Nordic Warden"),
  or that an opening word gives a kind to ("Operation X", "Task Force X");
* a one-word unit compound with its number ("Panzerbrigade 45");
* a description followed by its acronym in brackets ("... Squadron (BALTRON)", "... eskadra
  (BALTRON)"): the acronym names it, the description is its label (English) or alias (Latvian,
  where the description may be declined);
* in Latvian, a kind noun followed by a foreign name ("operācijā „Nordic Warden”").

The words and types are data in ``lang/<code>/names_units.py``. A name that overlaps a mention
the gazetteer already made is left alone. Each new entity gets the id ``<type>:<slug>`` and every
later occurrence of its name or acronym in the text becomes a mention of it.
"""

from __future__ import annotations

import re

from ..lang.en import names_units as en_units
from ..lang.lv import names_units as lv_units
from ..model import Entity, Mention
from ..vocab import EntityType

__all__ = ["find_new_units"]

_UP = "A-ZĀČĒĢĪĶĻŅŠŪŽÄÖÜ"
_CAP = rf"[{_UP}][\w'’-]*"
_ACRONYM = re.compile(rf"\(([{_UP}][{_UP}0-9-]{{1,9}})\)")
_CAP_RUN = re.compile(rf"{_CAP}(?:\s+(?:(?:{'|'.join(sorted(en_units.NAME_JOINERS))})\s+)?{_CAP})+")
_LEADING = re.compile(r"\b(?i:(" + "|".join(sorted(map(re.escape, en_units.LEADING), key=len, reverse=True))
                      + rf"))\s+({_CAP}(?:\s+{_CAP}){{0,2}})")
_COMPOUND = re.compile(rf"\b({en_units.COMPOUND_UNIT})\s+(\d{{1,3}})\b")
_LV_KIND = re.compile(r"\b(" + "|".join(sorted(lv_units.KIND_STEMS, key=len, reverse=True))
                      + rf")\w*\s+[„\"“]?({_CAP}(?:\s+{_CAP}){{0,3}})[”\"“]?")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_ORDINAL = re.compile(r"\b\d{1,3}(?:st|nd|rd|th)\s+$")


def _slug(text: str) -> str:
    import unicodedata

    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def _head_type(word: str, lang: str) -> str | None:
    low = word.casefold()
    if lang == "lv":
        return next((t for stem, t in lv_units.HEAD_STEMS.items() if low.startswith(stem)), None)
    return en_units.HEADS.get(low)


class _Found:
    def __init__(self, mentions: list[Mention]) -> None:
        self.taken = [(m.start, m.end) for m in mentions]
        self.entities: dict[str, Entity] = {}
        self.names: dict[str, str] = {}  # surface form -> entity id

    def free(self, a: int, b: int) -> bool:
        return not any(s < b and a < e for s, e in self.taken)

    def add(self, type_: str, label: str, lang: str, aliases: list[str], key: str | None = None) -> None:
        eid = f"{type_}:{_slug(key or label)}"
        if not _slug(key or label):
            return
        e = self.entities.get(eid)
        if e is None:
            labels = {"en": label, "lv": label} if lang == "en" else {"en": key or label, "lv": key or label}
            e = self.entities[eid] = Entity(eid, EntityType(type_), labels, {}, source="text")
        for a in [label, *aliases]:
            if a and a not in e.labels.values():
                lst = e.aliases.setdefault(lang, [])
                if a not in lst:
                    lst.append(a)
            if a and len(a) > 2:
                self.names.setdefault(a, eid)


_CLAUSE_END = re.compile(r"[.!?;:,()\n\u2013\u2014]\s*")


def _acronyms(text: str, lang: str, found: _Found) -> None:
    for m in _ACRONYM.finditer(text):
        acr = m.group(1)
        base = max(0, m.start() - 160)
        before = text[base:m.start()].rstrip()
        cut = [x.end() for x in _CLAUSE_END.finditer(before)]
        if cut:  # the description lies within its own clause
            base, before = base + cut[-1], before[cut[-1]:]
        words = list(_WORD.finditer(before))
        if lang == "en":  # the run of capitalised words (joiners inside) just before the bracket
            run: list[re.Match[str]] = []
            for w in reversed(words):
                if w.group()[0].isupper() or (run and w.group().lower() in en_units.NAME_JOINERS):
                    run.insert(0, w)
                else:
                    break
            while run and (run[0].group().lower() in en_units.NOT_NAME_START or run[0].group().lower() in en_units.NAME_JOINERS):
                run.pop(0)
            desc_words = run
        else:  # a Latvian noun phrase ending in its head noun: up to six words
            desc_words = words[-6:]
        kind = _head_type(desc_words[-1].group(), lang) if desc_words else None
        if kind is None or len(desc_words) < 2:
            continue
        a, b = base + desc_words[0].start(), base + desc_words[-1].end()
        if not found.free(m.start(1), m.end(1)) or any(s <= a and b <= e for s, e in found.taken):
            continue  # the acronym is known, or the description is one known name
        desc = text[a:b]
        if lang == "en":
            found.add(kind, desc, lang, [acr], key=acr)
            found.entities[f"{kind}:{_slug(acr)}"].labels = {"en": desc, "lv": acr}
        else:
            found.add(kind, acr, lang, [desc], key=acr)


def _capitalised(text: str, lang: str, found: _Found) -> None:
    if lang != "en":
        return
    for m in _LEADING.finditer(text):
        kind = en_units.LEADING[m.group(1).lower()]
        name = m.group(2)
        first, last = name.split()[0].lower(), name.split()[-1].lower()
        if first in en_units.NOT_NAME_START or first in en_units.ROLE_WORDS or last in en_units.HEADS:
            continue  # "Operation Commander", "Operation Headquarters": a role or a body, not a name
        if found.free(m.start(2), m.end(2)):
            found.add(kind, name, lang, [m.group(0)])
    for m in _CAP_RUN.finditer(text):
        words = m.group().split()
        while words and words[0].lower() in en_units.NOT_NAME_START:
            words.pop(0)
        if len(words) < 2:
            continue
        head = _head_type(words[-1], lang)
        name = " ".join(words)
        a = m.end() - len(name)
        ordinal = _ORDINAL.search(text, 0, a)
        if ordinal:  # "10th Armoured Division": the number is part of the name
            a, name = ordinal.start(), text[ordinal.start():a] + name
        elif all(w.lower() in en_units.GENERIC_WORDS or w.lower() in en_units.HEADS for w in words):
            continue  # "Armoured Division", "Operation Headquarters": a kind, not a name
        if head and found.free(a, m.end()):
            found.add(head, name, lang, [])
    for m in _COMPOUND.finditer(text):
        if found.free(m.start(), m.end()):
            found.add("formation", m.group(0), lang, [])


def _latvian_kinds(text: str, lang: str, found: _Found) -> None:
    if lang != "lv":
        return
    for m in _LV_KIND.finditer(text):
        name = m.group(2)
        quoted = m.group(0).rstrip()[-1] in "”\"“"
        if not (quoted or " " in name or name.isupper()):
            continue  # one capitalised word after a kind noun may just start a sentence
        if found.free(m.start(2), m.end(2)) and not any(c in name.lower() for c in "āčēģīķļņšūž"):
            found.add(lv_units.KIND_STEMS[m.group(1)], name, lang, [])


def find_new_units(text: str, lang: str, mentions: list[Mention]) -> tuple[list[Mention], list[Entity]]:
    """Mentions of units, operations and bodies named in ``text`` that no mention in ``mentions``
    covers, and the entities created for them (sorted by id)."""
    found = _Found(mentions)
    _acronyms(text, lang, found)
    _capitalised(text, lang, found)
    _latvian_kinds(text, lang, found)
    if not found.entities:
        return [], []
    out: list[Mention] = []
    names = sorted(found.names, key=lambda n: (-len(n), n))
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")
    for m in pattern.finditer(text):
        if found.free(m.start(), m.end()):
            eid = found.names[m.group()]
            e = found.entities[eid]
            out.append(Mention(eid, e.type, m.start(), m.end(), m.group(), created=True))
            found.taken.append((m.start(), m.end()))
    used = {m.entity_id for m in out}
    return out, [found.entities[i] for i in sorted(used)]

"""Titles the plain name match gets wrong: an office split by a possessive or an ordinal, and
title words that belong to an event's name.

* "NATO's fourteenth Secretary General", "NATO 14. ģenerālsekretārs", "NATO's Secretary General":
  an organisation mention, then a possessive and/or an ordinal (language data ``ORDINAL``,
  ``POSSESSIVE``), then the rest of one of that organisation's offices (the part of a position's
  name after the organisation's name, in every Latvian case) is one mention of the office.
* "NATO aizsardzības ministru sanāksme", "Defence Minister meeting": a position followed by an
  event word (language data ``EVENT_WORDS``) names the meeting's participants, not an office,
  and is dropped (the event extractor reads the event from its own nouns).
"""

from __future__ import annotations

import re

from ..lang.en import names_titles as en_titles
from ..lang.lv import names_titles as lv_titles
from ..lang.lv.morph import CASES, case_forms
from ..model import Entity, Mention
from ..refdata import ReferenceData
from ..vocab import EntityType
from .normalize import strip_marks

__all__ = ["OrgTitles", "drop_titles_in_event_names"]

_LANG = {"en": en_titles, "lv": lv_titles}
_NEXT_WORDS = re.compile(r"[\s'’]*(?:([^\W\d_][\w-]*)(?:\s+([^\W\d_][\w-]*))?)?")


def _names(e: Entity) -> list[tuple[str, str]]:
    hidden = set(e.extra.get("nolink", ()))
    out = [(lang, n) for lang, n in sorted(e.labels.items())]
    out += [(lang, a) for lang in sorted(e.aliases) for a in e.aliases[lang]]
    return [(lang, n) for lang, n in out if n not in hidden]


class OrgTitles:
    """The offices of each organisation by the words that follow its name ("Secretary General")."""

    def __init__(self, ref: ReferenceData) -> None:
        tails: dict[str, dict[str, tuple[str, frozenset[str]]]] = {}
        for pos in ref.of_type(EntityType.POSITION):
            org = ref.get(str(pos.extra.get("org", "")))
            if org is None:
                continue
            org_names = [n for _, n in _names(org) if len(n) >= 2]
            for lang, name in _names(pos):
                for on in org_names:
                    if not name.startswith(on + " "):
                        continue
                    tail = name[len(on) + 1:]
                    forms = case_forms(tail) if lang == "lv" else {tail: frozenset(CASES)}
                    for form, cases in forms.items():
                        key = strip_marks(form.lower())
                        tails.setdefault(org.id, {}).setdefault(key, (pos.id, cases))
        self._tails = {org: sorted(t.items(), key=lambda kv: (-len(kv[0]), kv[0])) for org, t in tails.items()}
        self.orgs = frozenset(self._tails)
        self._lead = {lang: re.compile(
            rf"(?P<poss>['’]s)?\s+(?:(?P<ord>{mod.ORDINAL})\s+)?" if mod.POSSESSIVE else rf"()\s+(?:(?P<ord>{mod.ORDINAL})\s+)?",
            re.IGNORECASE) for lang, mod in _LANG.items()}

    def apply(self, text: str, lang: str, mentions: list[Mention], at: list[int] | None = None) -> list[Mention]:
        """``mentions`` with "ORG's <ordinal> <office>" made one position mention (the same list
        when nothing changes); ``at`` limits the look to those indices."""
        lead = self._lead.get(lang, self._lead["en"])
        found: list[Mention] = []
        all_tails = self._tails
        look = mentions if at is None else [mentions[i] for i in at]
        for m in [m for m in look if m.entity_id in all_tails]:
            tails = all_tails[m.entity_id]
            g = lead.match(text, m.end)
            if not g or not (g.group(1) or g.group("ord")):
                continue
            pos = g.end()
            window = strip_marks(text[pos:pos + 80].lower())
            for key, (pid, cases) in tails:
                end = pos + len(key)
                if window.startswith(key) and (end >= len(text) or not text[end].isalnum()):
                    found.append(Mention(pid, EntityType.POSITION, m.start, end, text[m.start:end],
                                         cases if lang == "lv" else frozenset()))
                    break
        if not found:
            return mentions
        out: list[Mention] = []
        spans = iter(found)  # both sorted by start; a found office covers the mentions inside it
        cover = next(spans, None)
        for m in mentions:
            while cover is not None and cover.end <= m.start:
                out.append(cover)
                cover = next(spans, None)
            if cover is None or m.end <= cover.start:
                out.append(m)
        if cover is not None:
            out.append(cover)
        out.extend(spans)
        return out


def drop_titles_in_event_names(text: str, lang: str, mentions: list[Mention], at: list[int] | None = None) -> list[Mention]:
    """``mentions`` without positions that name an event's participants ("ministru sanāksme"); the
    same list when nothing is dropped; ``at`` limits the look to those indices."""
    mod = _LANG.get(lang)
    if mod is None:
        return mentions
    position = EntityType.POSITION
    drop = []
    for i in [i for i in (range(len(mentions)) if at is None else at) if mentions[i].type is position]:
        m = mentions[i]
        if lang != "lv" or m.surface[-1:] in ("u", "U"):
            words = _NEXT_WORDS.match(text, m.end)
            nxt = [w.lower() for w in (words.groups() if words else ()) if w]
            if any(w.startswith(mod.EVENT_WORDS) for w in nxt[: 2 if lang == "lv" else 1]):
                drop.append(i)
    if not drop:
        return mentions
    skip = set(drop)
    return [m for i, m in enumerate(mentions) if i not in skip]

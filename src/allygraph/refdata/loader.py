"""Read the reference data files into one :class:`ReferenceData`.

Every entity file is a TSV with the columns ``id type en lv aliases_en aliases_lv qid extra
source``: aliases are ``|``-separated nominative forms; an alias written ``~name`` is a name of
the entity (kept for matching and export) that the gazetteer must not look for in running text,
because it is also a common word. ``extra`` is JSON (``{...}``) or ``key=value;key=value``
(numbers, ``true``/``false`` and ``a|b`` lists are typed). ``state_aliases.tsv`` adds names to the
CLDR-generated states and may set the label a reader expects ("Turkey"). ``memberships.tsv``
lists ``state org start end source``.

Malformed data raises :class:`~allygraph.errors.ReferenceDataError` naming the file and row.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ReferenceDataError, VocabularyError
from ..model import Entity
from ..vocab import EntityType, entity_type

__all__ = ["Membership", "ReferenceData", "read_reference", "ENTITY_FILES", "DATA_DIR", "fold"]

DATA_DIR = Path(__file__).resolve().parent
ENTITY_FILES = ("states.tsv", "capitals.tsv", "places.tsv", "organisations.tsv", "operations.tsv",
                "instruments.tsv", "events.tsv", "positions.tsv", "people.tsv", "areas.tsv")
ENTITY_COLUMNS = ("id", "type", "en", "lv", "aliases_en", "aliases_lv", "qid", "extra", "source")
OVERLAY_FILE = "state_aliases.tsv"
OVERLAY_COLUMNS = ("id", "en", "lv", "aliases_en", "aliases_lv", "extra", "source")
MEMBERSHIP_FILE = "memberships.tsv"
MEMBERSHIP_COLUMNS = ("state", "org", "start", "end", "source")
NOLINK = "~"
_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True, slots=True)
class Membership:
    state: str  # "state:LV"
    org: str  # "org:nato"
    start: str  # ISO date at the precision known
    end: str | None
    source: str

    def active(self, on: str) -> bool:
        """Whether the membership holds on ISO date ``on`` (string comparison at equal precision)."""
        return self.start[: len(on)] <= on and (self.end is None or on[: len(self.end)] < self.end)


def fold(text: str) -> str:
    """Case- and diacritic-insensitive key: "Ādaži" -> "adazi"."""
    s = unicodedata.normalize("NFKD", text)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold().strip()


class ReferenceData:
    """All reference entities by id, memberships, and a label/alias index."""

    def __init__(self, entities: dict[str, Entity], memberships: list[Membership]) -> None:
        self.entities = entities
        self.memberships = memberships
        self._index: dict[str, list[str]] = {}
        for eid in sorted(entities):
            e = entities[eid]
            for name in [*e.labels.values(), *e.all_aliases()]:
                ids = self._index.setdefault(fold(name), [])
                if eid not in ids:
                    ids.append(eid)

    def __len__(self) -> int:
        return len(self.entities)

    def get(self, entity_id: str) -> Entity | None:
        return self.entities.get(entity_id)

    def by_label(self, name: str, lang: str | None = None) -> list[Entity]:
        """Entities whose label or alias equals ``name`` (case and diacritics ignored), labels first.

        With ``lang``, only names in that language count.
        """
        found = [self.entities[i] for i in self._index.get(fold(name), [])]
        if lang is not None:
            key = fold(name)
            found = [e for e in found if key in {fold(n) for n in [e.labels.get(lang, ""), *e.aliases.get(lang, [])]}]
        return sorted(found, key=lambda e: (0 if any(fold(v) == fold(name) for v in e.labels.values()) else 1, e.id))

    def of_type(self, *types: EntityType) -> list[Entity]:
        return [e for _, e in sorted(self.entities.items()) if e.type in types]

    def members(self, org: str, on: str | None = None) -> list[str]:
        """State ids that are members of ``org`` (on ISO date ``on``, or ever)."""
        return sorted({m.state for m in self.memberships if m.org == org and (on is None or m.active(on))})


def _rows(path: Path, columns: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ReferenceDataError(f"{path}: cannot read ({exc.strerror})") from None
    if not lines:
        raise ReferenceDataError(f"{path}: empty file, expected a header row")
    header = lines[0].split("\t")
    missing = [c for c in columns if c not in header]
    if missing:
        raise ReferenceDataError(f"{path}: header lacks column(s) {', '.join(missing)}")
    out = []
    for n, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) > len(header):
            raise ReferenceDataError(f"{path}:{n}: {len(cells)} cells for {len(header)} columns")
        out.append((n, dict(zip(header, cells + [""] * (len(header) - len(cells)), strict=True))))
    return out


def _typed(value: str) -> Any:
    if "|" in value:
        return [_typed(v) for v in value.split("|")]
    if value in ("true", "false"):
        return value == "true"
    if re.fullmatch(r"-?\d+\.\d+", value):
        return float(value)
    if re.fullmatch(r"-?\d{1,3}", value):
        return int(value)
    return value


def _extra(raw: str, where: str) -> dict[str, Any]:
    raw = raw.strip()
    if not raw:
        return {}
    if raw.startswith("{"):
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ReferenceDataError(f"{where}: extra is not valid JSON ({exc.msg})") from None
        if not isinstance(data, dict):
            raise ReferenceDataError(f"{where}: extra must be a JSON object")
        return data
    out: dict[str, Any] = {}
    for part in raw.split(";"):
        key, sep, value = part.partition("=")
        if not sep or not key.strip():
            raise ReferenceDataError(f"{where}: extra item {part!r} is not key=value")
        out[key.strip()] = _typed(value.strip())
    return out


def _names(raw: str) -> tuple[list[str], list[str]]:
    """Split an alias cell into (all names, names not to be linked)."""
    names, nolink = [], []
    for a in (x.strip() for x in raw.split("|")):
        if not a:
            continue
        if a.startswith(NOLINK):
            a = a[1:].strip()
            nolink.append(a)
        names.append(a)
    return names, nolink


def _entity(row: dict[str, str], where: str) -> Entity:
    eid = row["id"].strip()
    if not eid or ":" not in eid:
        raise ReferenceDataError(f"{where}: id {eid!r} is not of the form type:slug")
    try:
        etype = entity_type(row["type"].strip())
    except VocabularyError:
        raise ReferenceDataError(f"{where}: unknown type {row['type']!r} for {eid}") from None
    if eid.split(":", 1)[0] != etype.value:
        raise ReferenceDataError(f"{where}: id {eid} does not start with its type {etype.value}:")
    labels = {lang: row[lang].strip() for lang in ("en", "lv") if row[lang].strip()}
    if "en" not in labels:
        raise ReferenceDataError(f"{where}: {eid} has no English name")
    if not row["source"].strip():
        raise ReferenceDataError(f"{where}: {eid} has no source")
    aliases, nolink = {}, []
    for lang in ("en", "lv"):
        names, hidden = _names(row[f"aliases_{lang}"])
        aliases[lang] = [n for n in names if n != labels.get(lang)]
        nolink += hidden
    extra = _extra(row["extra"], where)
    if nolink:
        extra["nolink"] = nolink
    return Entity(id=eid, type=etype, labels=labels, aliases=aliases, qid=row["qid"].strip() or None,
                  source=row["source"].strip(), extra=extra)


def _overlay(entities: dict[str, Entity], path: Path) -> None:
    for n, row in _rows(path, OVERLAY_COLUMNS):
        where = f"{path.name}:{n}"
        e = entities.get(row["id"].strip())
        if e is None:
            raise ReferenceDataError(f"{where}: no entity {row['id']!r} to add names to")
        for lang in ("en", "lv"):
            names, hidden = _names(row[f"aliases_{lang}"])
            new_label = row[lang].strip()
            current = e.aliases.setdefault(lang, [])
            if new_label and new_label != e.labels.get(lang):
                if e.labels.get(lang):
                    current.insert(0, e.labels[lang])
                e.labels[lang] = new_label
            for a in names:
                if a not in current and a != e.labels.get(lang):
                    current.append(a)
            if hidden:
                e.extra.setdefault("nolink", []).extend(hidden)
            e.aliases[lang] = [a for a in current if a != e.labels.get(lang)]
        e.extra.update(_extra(row["extra"], where))
        e.source = f"{e.source}; names: {row['source'].strip()}" if row["source"].strip() else e.source


def _memberships(path: Path, entities: dict[str, Entity]) -> list[Membership]:
    out = []
    for n, row in _rows(path, MEMBERSHIP_COLUMNS):
        where = f"{path.name}:{n}"
        state, org = row["state"].strip(), row["org"].strip()
        for eid in (state, org):
            if eid not in entities:
                raise ReferenceDataError(f"{where}: unknown entity {eid!r}")
        start, end = row["start"].strip(), row["end"].strip() or None
        for d in filter(None, (start, end)):
            if not _ISO_DATE.match(d):
                raise ReferenceDataError(f"{where}: {d!r} is not an ISO date")
        if not row["source"].strip():
            raise ReferenceDataError(f"{where}: membership {state} {org} has no source")
        out.append(Membership(state, org, start, end, row["source"].strip()))
    return sorted(out, key=lambda m: (m.org, m.start, m.state))


def read_reference(directory: Path = DATA_DIR, files: tuple[str, ...] = ENTITY_FILES) -> ReferenceData:
    """Read and validate the reference data in ``directory`` (uncached; see ``load_reference``)."""
    entities: dict[str, Entity] = {}
    for name in files:
        path = directory / name
        if not path.exists():
            continue
        for n, row in _rows(path, ENTITY_COLUMNS):
            where = f"{name}:{n}"
            e = _entity(row, where)
            if e.id in entities:
                raise ReferenceDataError(f"{where}: duplicate id {e.id}")
            entities[e.id] = e
    if (directory / OVERLAY_FILE).exists():
        _overlay(entities, directory / OVERLAY_FILE)
    memberships = _memberships(directory / MEMBERSHIP_FILE, entities) if (directory / MEMBERSHIP_FILE).exists() else []
    return ReferenceData(entities, memberships)

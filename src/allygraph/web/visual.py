"""Data for the three drawn views: an entity's timeline, the cooperation network and the map.

Each ``*_data`` function reads the store and returns plain data (served by the API as JSON);
:func:`timeline_layout` and :func:`map_layout` turn it into SVG coordinates for the pages,
computed here so the pages need no script to draw them. Output order is sorted, so the same
store gives the same picture.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from ..errors import NotFoundError
from ..model import Literal
from ..query import claim_dates
from ..store.base import Store
from ..vocab import Predicate
from . import geodata
from .views import Labels, predicate_label

__all__ = ["timeline_data", "timeline_layout", "graph_data", "map_data", "map_layout", "year_fraction",
           "MAP_PREDICATES"]

MAP_PREDICATES = ("located_in", "headquarters", "operates_in", "held_in", "defence_attache_to", "defence_adviser_to")
_ATTACHE = ("defence_attache_to", "defence_adviser_to")


def year_fraction(iso: str | None) -> float | None:
    """'2004' -> 2004.0, '2004-03' -> 2004.17, '2004-03-29' -> 2004.24; None for no year ('--11-30')."""
    if not iso:
        return None
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", iso)
    if not m:
        return None
    y, mo, d = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    return round(y + (min(max(mo, 1), 12) - 1) / 12 + (min(max(d, 1), 31) - 1) / 372, 4)


# --------------------------------------------------------------------------- timeline


def timeline_data(store: Store, entity_id: str, lang: str) -> dict[str, Any]:
    """The entity's claims that carry a date (start, end, point in time or an inception date)."""
    e = store.entity(entity_id)
    if e is None:
        raise NotFoundError(f"no entity {entity_id!r}")
    labels = Labels(store, lang)
    items: list[dict[str, Any]] = []
    for c in store.claims(entity=entity_id):
        start, end = claim_dates(c)
        if year_fraction(start) is None and year_fraction(end) is None:
            continue
        inverse = c.subject != entity_id
        other = c.subject if inverse else c.object
        items.append({
            "claim": c.key(), "predicate": c.predicate.value, "inverse": inverse,
            "predicate_label": predicate_label(c.predicate.value, lang),
            "other": {"value": other.value, "text": str(other)} if isinstance(other, Literal) else labels.ref(other),
            "start": start, "end": end, "status": c.status,
            "open": "start" in c.qualifiers and "end" not in c.qualifiers,
            "source": ({"document": c.sources[0].document, "start": c.sources[0].start, "end": c.sources[0].end,
                        "quote": c.sources[0].quote} if c.sources else None),
        })
    items.sort(key=lambda i: (year_fraction(i["start"]) or year_fraction(i["end"]) or 0, i["predicate"], i["claim"]))
    return {"entity": labels.ref(entity_id), "items": items}


def timeline_layout(items: list[dict[str, Any]], width: int = 960, row: int = 34,
                    left: int = 20) -> dict[str, Any]:
    """SVG geometry: a year axis and one row per item (a bar for a period, a dot for a point)."""
    years = [y for i in items for y in (year_fraction(i["start"]), year_fraction(i["end"])) if y is not None]
    if not years:
        return {"width": width, "height": 60, "ticks": [], "rows": []}
    lo, hi = int(min(years)), int(max(years)) + 1
    span = max(hi - lo, 1)
    inner = width - 2 * left

    def x(y: float) -> float:
        return round(left + (y - lo) / span * inner, 1)

    step = 1 if span <= 12 else 2 if span <= 24 else 5 if span <= 60 else 10
    ticks = [{"x": x(y), "label": str(y)} for y in range(lo, hi + 1) if (y - lo) % step == 0]
    rows = []
    for n, it in enumerate(items):
        s, e = year_fraction(it["start"]), year_fraction(it["end"])
        y = 40 + n * row
        if s is not None and e is not None and e > s:
            rows.append({**it, "kind": "bar", "x": x(s), "w": max(x(e) - x(s), 3), "y": y})
        elif s is not None and e is None and it["open"]:
            rows.append({**it, "kind": "open", "x": x(s), "w": max(x(hi) - x(s), 3), "y": y})
        else:
            rows.append({**it, "kind": "point", "x": x(s if s is not None else e or lo), "w": 0, "y": y})
    for r in rows:  # text right of the mark, else left of it, else inside a long bar
        if r["x"] + r["w"] < width * 0.6:
            r["tx"], r["anchor"], r["inside"] = r["x"] + r["w"] + 10, "start", False
        elif r["x"] > width * 0.4:
            r["tx"], r["anchor"], r["inside"] = r["x"] - 10, "end", False
        else:
            r["tx"], r["anchor"], r["inside"] = r["x"] + 8, "start", True
    return {"width": width, "height": 60 + len(items) * row, "ticks": ticks, "rows": rows, "axis_y": 24}


# --------------------------------------------------------------------------- network


def graph_data(store: Store, lang: str, predicates: list[str] | None = None, limit: int = 600) -> dict[str, Any]:
    """Nodes and edges of the claims between entities, optionally only some predicates."""
    preds = [Predicate(p).value for p in predicates] if predicates else None
    labels = Labels(store, lang)
    edges: list[dict[str, Any]] = []
    degree: dict[str, int] = defaultdict(int)
    claims = [c for p in preds for c in store.claims(predicate=p)] if preds else store.claims()
    for c in sorted(claims, key=lambda c: c.key()):
        if isinstance(c.object, Literal) or c.object == c.subject:
            continue
        edges.append({"id": c.key(), "source": c.subject, "target": c.object, "predicate": c.predicate.value,
                      "label": predicate_label(c.predicate.value, lang), "status": c.status})
        degree[c.subject] += 1
        degree[c.object] += 1
        if len(edges) >= limit:
            break
    nodes = [{**labels.ref(n), "degree": degree[n]} for n in sorted(degree)]
    return {"nodes": nodes, "edges": edges, "predicates": preds or []}


# --------------------------------------------------------------------------- map


def _coords(labels: Labels, entity_id: str, depth: int = 0) -> tuple[float, float] | None:
    e = labels.entity(entity_id)
    if e is None or depth > 3:
        return None
    try:
        if "lat" in e.extra and "lon" in e.extra:
            return float(e.extra["lon"]), float(e.extra["lat"])
    except (TypeError, ValueError):
        return None
    for key in ("city", "located_in", "hq", "capital", "country"):
        ref = e.extra.get(key)
        if isinstance(ref, str) and ":" in ref:
            got = _coords(labels, ref, depth + 1)
            if got:
                return got
    return None


def map_data(store: Store, lang: str) -> dict[str, Any]:
    """Places (with coordinates) where the store puts formations, bases, HQs, operations, events
    and attachés, each with what is there; attachés also as lines from the sending state."""
    labels = Labels(store, lang)
    places: dict[str, list[dict[str, Any]]] = defaultdict(list)
    lines = []
    for p in MAP_PREDICATES:
        for c in store.claims(predicate=p):
            if isinstance(c.object, Literal):
                continue
            item = {"claim": c.key(), "subject": labels.ref(c.subject), "predicate": p,
                    "predicate_label": predicate_label(p, lang)}
            if p in _ATTACHE:
                res = c.qualifiers.get("resident_in")
                place = res if isinstance(res, str) else c.object
                item["object"] = labels.ref(c.object)
                places[place].append(item)
                a, b = _coords(labels, c.subject), _coords(labels, place)
                if a and b:
                    lines.append({"claim": c.key(), "from": c.subject, "to": place, "predicate": p,
                                  "from_lonlat": a, "to_lonlat": b})
            else:
                places[c.object].append(item)
    out: list[dict[str, Any]] = []
    missing: list[dict[str, Any]] = []
    for pid in sorted(places):
        lonlat = _coords(labels, pid)
        items = sorted(places[pid], key=lambda i: (i["predicate"], i["subject"]["id"], i["claim"]))
        rec = {"place": labels.ref(pid), "lonlat": lonlat, "items": items}
        (out if lonlat else missing).append(rec)
    states = (labels.entity(i) for i in {c.subject for c in store.claims() if c.subject.startswith("state:")})
    active = sorted({str(e.extra["iso2"]) for e in states if e and e.extra.get("iso2")})
    lines.sort(key=lambda ln: (ln["from"], ln["to"], ln["claim"]))
    return {"places": out, "unplaced": missing, "lines": lines, "active_states": active}


def map_layout(data: dict[str, Any]) -> dict[str, Any]:
    """Project the map data into the shipped country shapes' SVG coordinates."""
    active = set(data["active_states"])
    countries = [{"iso2": iso, "name": name, "d": d, "active": iso in active}
                 for iso, name, d in geodata.country_paths()]
    markers, outside = [], list(data["unplaced"])
    for p in data["places"]:
        lon, lat = p["lonlat"]
        if geodata.in_window(lon, lat):
            x, y = geodata.project(lon, lat)
            markers.append({**p, "x": x, "y": y, "r": min(3 + len(p["items"]), 9)})
        else:
            outside.append(p)
    lines = []
    for ln in data["lines"]:
        (x1, y1), (x2, y2) = geodata.project(*ln["from_lonlat"]), geodata.project(*ln["to_lonlat"])
        lines.append({**ln, "x1": x1, "y1": y1, "x2": x2, "y2": y2})
    return {"viewbox": geodata.viewbox(), "countries": countries, "graticule": geodata.graticule(),
            "markers": markers, "outside": outside, "lines": lines}

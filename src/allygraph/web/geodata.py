"""Country shapes for the map page, shipped as data, and the projection that draws them.

``static/geo_europe.json`` is a GeoJSON FeatureCollection (one MultiPolygon a country, with its
ISO 3166 alpha-2 code and English name) clipped to :data:`WINDOW` (Europe and its neighbourhood)
and simplified. It was generated once by :func:`build` from Natural Earth 1:50m admin-0 countries
(public domain) as packed in the npm package ``world-atlas@2.0.2`` (``countries-50m.json``, a
TopoJSON file), with ISO numeric codes mapped to alpha-2 by pycountry. Nothing is fetched at run
time: the web app only reads the JSON file.

The projection is equirectangular, scaled by cos(52°) so that Europe keeps its proportions:
:func:`project` turns (lon, lat) into SVG user units; :func:`country_paths` gives SVG path data.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path
from typing import Any

__all__ = ["WINDOW", "GEO_FILE", "project", "country_paths", "graticule", "viewbox", "build"]

WINDOW = (-25.0, 28.0, 70.0, 72.0)  # lon_min, lat_min, lon_max, lat_max
GEO_FILE = Path(__file__).parent / "static" / "geo_europe.json"
_SCALE = 10.0  # SVG units per degree of latitude
_KX = math.cos(math.radians(52.0))


def project(lon: float, lat: float) -> tuple[float, float]:
    """(lon, lat) in degrees -> (x, y) in the map's SVG user units."""
    return (round((lon - WINDOW[0]) * _KX * _SCALE, 1), round((WINDOW[3] - lat) * _SCALE, 1))


def viewbox() -> str:
    w, h = project(WINDOW[2], WINDOW[1])
    return f"0 0 {w} {h}"


def in_window(lon: float, lat: float) -> bool:
    return WINDOW[0] <= lon <= WINDOW[2] and WINDOW[1] <= lat <= WINDOW[3]


@lru_cache(maxsize=1)
def _features() -> list[dict[str, Any]]:
    with open(GEO_FILE, encoding="utf-8") as fh:
        return json.load(fh)["features"]


@lru_cache(maxsize=1)
def country_paths() -> list[tuple[str, str, str]]:
    """(iso2, English name, SVG path data) for every country in the shipped shapes."""
    out = []
    for f in _features():
        parts = []
        for poly in f["geometry"]["coordinates"]:
            for ring in poly:
                pts = [project(lon, lat) for lon, lat in ring]
                parts.append("M" + "L".join(f"{x:g},{y:g}" for x, y in pts) + "Z")
        out.append((f["properties"]["iso2"], f["properties"]["name"], "".join(parts)))
    return out


def graticule(step: int = 10) -> list[str]:
    """SVG path data for meridians and parallels every ``step`` degrees inside the window."""
    lines = []
    lon0, lat0, lon1, lat1 = WINDOW
    for lon in range(math.ceil(lon0 / step) * step, int(lon1) + 1, step):
        (x, y0), (_, y1) = project(lon, lat1), project(lon, lat0)
        lines.append(f"M{x:g},{y0:g}L{x:g},{y1:g}")
    for lat in range(math.ceil(lat0 / step) * step, int(lat1) + 1, step):
        (x0, y), (x1, _) = project(lon0, lat), project(lon1, lat)
        lines.append(f"M{x0:g},{y:g}L{x1:g},{y:g}")
    return lines


# --------------------------------------------------------------------------- generation (run once)


def _decode_arcs(topo: dict[str, Any]) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def _ring(arcs: list[list[tuple[float, float]]], idx: list[int]) -> list[tuple[float, float]]:
    pts: list[tuple[float, float]] = []
    for i in idx:
        a = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts.extend(a if not pts else a[1:])
    return pts


def _clip(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Sutherland–Hodgman clipping of a ring to the window rectangle."""
    lon0, lat0, lon1, lat1 = WINDOW
    edges = [(lambda p: p[0] >= lon0, 0, lon0), (lambda p: p[0] <= lon1, 0, lon1),
             (lambda p: p[1] >= lat0, 1, lat0), (lambda p: p[1] <= lat1, 1, lat1)]
    for inside, axis, v in edges:
        if not ring:
            break
        out: list[tuple[float, float]] = []
        prev = ring[-1]
        for cur in ring:
            if inside(cur):
                if not inside(prev):
                    out.append(_cross(prev, cur, axis, v))
                out.append(cur)
            elif inside(prev):
                out.append(_cross(prev, cur, axis, v))
            prev = cur
        ring = out
    return ring


def _cross(a: tuple[float, float], b: tuple[float, float], axis: int, v: float) -> tuple[float, float]:
    t = (v - a[axis]) / (b[axis] - a[axis])
    return (a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]))


def _simplify(pts: list[tuple[float, float]], tol: float) -> list[tuple[float, float]]:
    """Douglas–Peucker."""
    if len(pts) < 3:
        return pts
    (x0, y0), (x1, y1) = pts[0], pts[-1]
    dx, dy = x1 - x0, y1 - y0
    norm = math.hypot(dx, dy) or 1e-12
    best, idx = 0.0, 0
    for i in range(1, len(pts) - 1):
        x, y = pts[i]
        d = abs(dy * x - dx * y + x1 * y0 - y1 * x0) / norm if (dx or dy) else math.hypot(x - x0, y - y0)
        if d > best:
            best, idx = d, i
    if best <= tol:
        return [pts[0], pts[-1]]
    return _simplify(pts[:idx + 1], tol)[:-1] + _simplify(pts[idx:], tol)


def build(topojson_path: str | Path, out_path: str | Path = GEO_FILE, tol: float = 0.04) -> int:
    """Write the clipped, simplified GeoJSON from a world-atlas TopoJSON file; return the countries kept.
    Needs pycountry (build time only)."""
    import pycountry

    topo = json.loads(Path(topojson_path).read_text(encoding="utf-8"))
    arcs = _decode_arcs(topo)
    feats: list[dict[str, Any]] = []
    for g in topo["objects"]["countries"]["geometries"]:
        polys = g["arcs"] if g["type"] == "MultiPolygon" else [g["arcs"]] if g["type"] == "Polygon" else []
        out_polys = []
        for poly in polys:
            rings = []
            for idx in poly:
                raw = _ring(arcs, idx)
                if any(abs(a[0] - b[0]) > 180 for a, b in zip(raw, raw[1:])):
                    raw = [(x + 360 if x < 0 else x, y) for x, y in raw]  # unwrap across the antimeridian
                ring = _clip(raw)
                if len(ring) < 4:
                    continue
                ring = _simplify(ring + [ring[0]], tol)
                if len(ring) >= 4:
                    rings.append([[round(x, 2), round(y, 2)] for x, y in ring])
            if rings:
                out_polys.append(rings)
        if not out_polys:
            continue
        c = pycountry.countries.get(numeric=str(g.get("id", "")).zfill(3)) if g.get("id") else None
        name = g.get("properties", {}).get("name", "")
        iso2 = c.alpha_2 if c else {"Kosovo": "XK", "N. Cyprus": "CY-N"}.get(name, "")
        feats.append({"type": "Feature", "properties": {"iso2": iso2, "name": name},
                      "geometry": {"type": "MultiPolygon", "coordinates": out_polys}})
    feats.sort(key=lambda f: (f["properties"]["iso2"], f["properties"]["name"]))
    doc = {"type": "FeatureCollection",
           "source": "Natural Earth 1:50m admin-0 countries (public domain) via npm world-atlas@2.0.2; "
                     "clipped and simplified by allygraph.web.geodata.build",
           "window": list(WINDOW), "features": feats}
    Path(out_path).write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    return len(feats)

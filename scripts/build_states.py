"""Regenerate src/allygraph/refdata/states.tsv and capitals.tsv (a maintainer's tool, not run at run time).

Names come from CLDR via Babel (the project's pinned babel). The list of sovereign states (the 193
UN members, plus observers VA and PS, plus XK and TW), the ISO alpha-3 codes, capitals and
coordinates come from packages used only here, installed aside with

    pip install --target /tmp/buildlibs pycountry==26.2.16 countryinfo==1.0.1 country_converter==1.3.2
    PYTHONPATH=/tmp/buildlibs .venv/bin/python scripts/build_states.py

English labels are CLDR's with "&" spelt "and" and a parenthesis moved to the aliases; the
labels a reader expects ("Turkey", "Bosnia and Herzegovina") are set in state_aliases.tsv.
Capital cities that places.tsv already defines are left out of capitals.tsv.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

import country_converter
import pycountry
from babel import Locale
from countryinfo import CountryInfo

REFDATA = Path(__file__).resolve().parents[1] / "src" / "allygraph" / "refdata"
EXTRA_SOVEREIGN = ("VA", "PS", "XK", "TW")
HEADER = ["id", "type", "en", "lv", "aliases_en", "aliases_lv", "qid", "extra", "source"]


def slug(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def sovereign_codes() -> list[str]:
    path = Path(country_converter.__file__).with_name("country_data.tsv")
    codes = set(EXTRA_SOVEREIGN)
    for row in csv.DictReader(path.open(encoding="utf-8"), delimiter="\t"):
        if row["UNmember"] and row["UNmember"] != "nan":
            codes.add(row["ISO2"].strip("^$").split("$")[0])
    return sorted(codes)


def clean_en(name: str) -> tuple[str, list[str]]:
    aliases = []
    label = name.replace(" & ", " and ")
    m = re.fullmatch(r"(.*?) \((.*)\)", label)
    if m:
        label, alt = m.group(1), m.group(2)
        aliases.append(alt)
    if label != name:
        aliases.append(name)
    return label, aliases


def country_info(code: str, en: str) -> dict:
    for key in (code, en):
        try:
            info = CountryInfo(key).info()
            if info:
                return info
        except Exception:  # noqa: BLE001 - countryinfo raises bare errors for unknown names
            continue
    return {}


def main() -> int:
    lv_names, en_names = Locale("lv").territories, Locale("en").territories
    lv_cities = {}
    for tz, data in Locale("lv").time_zones.items():
        if "city" in data:
            lv_cities[tz.split("/")[-1].replace("_", " ")] = data["city"]
    en_cities = {}
    for tz, data in Locale("en").time_zones.items():
        if "city" in data:
            en_cities[data["city"]] = tz.split("/")[-1].replace("_", " ")
    existing, place_ids = set(), {}
    places = REFDATA / "places.tsv"
    if places.exists():
        for row in csv.DictReader(places.open(encoding="utf-8"), delimiter="\t"):
            existing.add(row["id"])
            for name in [row["en"], *row["aliases_en"].split("|")]:
                if name and row["type"] == "city":
                    place_ids.setdefault(name, row["id"])
    states, capitals = [], []
    for code in sovereign_codes():
        en, en_alias = clean_en(en_names[code])
        lv = lv_names.get(code, en)
        pc = pycountry.countries.get(alpha_2=code)
        iso3 = pc.alpha_3 if pc else {"XK": "XKX"}.get(code, "")
        info = country_info(iso3 or code, en)
        extra = {"iso2": code, "iso3": iso3}
        if info.get("demonym"):
            extra["demonym"] = info["demonym"]
        latlng = info.get("latlng") or []
        if len(latlng) == 2:
            extra["lat"], extra["lon"] = latlng
        cap = info.get("capital") or ""
        if cap:
            cap_id = place_ids.get(cap, f"city:{slug(cap)}")
            cap_ll = info.get("capital_latlng") or []
            far = len(cap_ll) == 2 and len(latlng) == 2 and (
                abs(cap_ll[0] - latlng[0]) + abs(cap_ll[1] - latlng[1]) > 30)
            if cap_id not in existing and len(cap_ll) == 2 and not far:
                existing.add(cap_id)
                lv_cap = lv_cities.get(cap, "")
                capitals.append([cap_id, "city", cap, lv_cap, "", "", "", json.dumps(
                    {"country": f"state:{code}", "lat": cap_ll[0], "lon": cap_ll[1], "capital": True},
                    ensure_ascii=False), "countryinfo 1.0.1; LV name CLDR via Babel" if lv_cap else "countryinfo 1.0.1"])
            if cap_id in existing:
                extra["capital"] = cap_id
        aliases_en = en_alias + ([pc.official_name] if pc and getattr(pc, "official_name", None) else [])
        states.append([f"state:{code}", "state", en, lv, "|".join(dict.fromkeys(aliases_en)), "", "",
                       json.dumps(extra, ensure_ascii=False), "CLDR via Babel; ISO 3166 via pycountry 26.2.16; "
                       "centroid countryinfo 1.0.1"])
    for name, rows in (("states.tsv", states), ("capitals.tsv", capitals)):
        with (REFDATA / name).open("w", encoding="utf-8", newline="") as fh:
            for row in [HEADER, *rows]:
                assert not any("\t" in str(c) or "\n" in str(c) for c in row), row
                fh.write("\t".join(str(c) for c in row) + "\n")
        print(f"{name}: {len(rows)} rows", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

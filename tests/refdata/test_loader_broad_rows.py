"""The broadened reference data hangs together: places with coordinates, offices that exist, sources."""

from __future__ import annotations

from allygraph.refdata import load_reference
from allygraph.vocab import EntityType


def test_every_nato_summit_has_a_city_with_coordinates_and_a_date() -> None:
    ref = load_reference()
    summits = [e for e in ref.of_type(EntityType.EVENT) if e.id.startswith("event:nato-summit-")]
    assert len(summits) >= 34
    years = {str(e.extra["start"])[:4] for e in summits}
    assert {"1957", "1999", "2002", "2004", "2006", "2008", "2014", "2023", "2024", "2025"} <= years
    for e in summits:
        city = ref.get(str(e.extra["held_in"]))
        assert city is not None and "lat" in city.extra and "lon" in city.extra, e.id


def test_people_hold_offices_that_exist() -> None:
    ref = load_reference()
    for p in ref.of_type(EntityType.PERSON):
        terms = [p.extra.get("position")] + [t["position"] for t in p.extra.get("positions", [])]
        assert all(t is None or ref.get(t) is not None for t in terms), p.id


def test_offices_of_latvia_have_their_holders() -> None:
    ref = load_reference()
    held: dict[str, set[str]] = {}
    for p in ref.of_type(EntityType.PERSON):
        for t in [p.extra.get("position")] + [t["position"] for t in p.extra.get("positions", [])]:
            held.setdefault(str(t), set()).add(p.id)
    assert {"person:valdis-birkavs", "person:einars-repse", "person:evika-silina"} <= held["position:lv-prime-minister"]
    assert "person:sandra-kalniete" in held["position:lv-minister-of-foreign-affairs"]
    assert {"person:rob-bauer", "person:giuseppe-cavo-dragone"} <= held["position:nato-military-committee-chair"]
    assert "person:leonids-kalnins" in held["position:lv-chief-of-defence"]


def test_centres_of_excellence_and_nfius_are_located() -> None:
    ref = load_reference()
    coes = [e for e in ref.of_type(EntityType.ORG) if "Centre of Excellence" in e.labels["en"] or e.id.endswith("coe")]
    assert len(coes) >= 28
    nfius = [e for e in ref.of_type(EntityType.ORG) if e.extra.get("generic") == "org:nfiu"]
    assert len(nfius) == 8
    for e in coes + nfius:
        assert ref.get(str(e.extra["located_in"])) is not None, e.id


def test_generic_offices_carry_no_country() -> None:
    ref = load_reference()
    generic = [e for e in ref.entities.values() if e.extra.get("generic") is True]
    assert {"position:prime-minister", "position:minister-of-defence", "org:nfiu"} <= {e.id for e in generic}
    assert all("country" not in e.extra for e in generic)

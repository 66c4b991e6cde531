"""The packaged reference data: states from CLDR, labels a reader expects, memberships."""

from __future__ import annotations

from allygraph.refdata import load_reference
from allygraph.vocab import EntityType


def test_every_un_member_and_kosovo_is_a_state_with_both_names() -> None:
    ref = load_reference()
    states = ref.of_type(EntityType.STATE)
    assert len(states) >= 195
    for e in states:
        assert e.labels["en"] and e.labels["lv"], e.id
        assert e.extra["iso2"] == e.id.split(":")[1]
    assert ref.get("state:XK").labels == {"en": "Kosovo", "lv": "Kosova"}


def test_english_labels_are_the_ones_a_reader_expects() -> None:
    ref = load_reference()
    expected = {"US": "United States", "GB": "United Kingdom", "CZ": "Czechia", "TR": "Turkey",
                "KR": "South Korea", "RU": "Russia", "MD": "Moldova", "BA": "Bosnia and Herzegovina"}
    for code, label in expected.items():
        assert ref.get(f"state:{code}").labels["en"] == label


def test_short_forms_find_their_state_in_both_languages() -> None:
    ref = load_reference()
    for name, eid in [("ASV", "state:US"), ("USA", "state:US"), ("Lielbritānija", "state:GB"),
                      ("Türkiye", "state:TR"), ("Korejas Republika", "state:KR"), ("Čehija", "state:CZ"),
                      ("ziemelmaķedonija", "state:MK"), ("Nīderlande", "state:NL"), ("Ķīna", "state:CN")]:
        assert eid in [e.id for e in ref.by_label(name)], name


def test_places_and_bases_carry_the_names_the_scorer_knows() -> None:
    ref = load_reference()
    assert "Ādažu bāze" in ref.get("base:adazi").all_aliases()
    siauliai = ref.get("base:siauliai")
    assert siauliai.labels["en"] == "Šiauliai Air Base"
    assert ref.get("city:siauliai").labels["lv"] == "Šauļi"
    assert "Central Mediterranean" in ref.get("region:mediterranean-sea").all_aliases()
    assert ref.get("state:LV").extra["capital"] == "city:riga"


def test_memberships_count_nato_and_eu_members_on_a_date() -> None:
    ref = load_reference()
    assert "state:LV" in ref.members("org:nato", "2004-03-29")
    assert "state:LV" not in ref.members("org:nato", "2004-03-28")
    assert len(ref.members("org:nato", "2024-06-01")) == 32
    assert len(ref.members("org:eu", "2024-06-01")) == 27
    assert "state:GB" not in ref.members("org:eu", "2021-01-01")
    assert all(m.source.startswith("https://") for m in ref.memberships)


def test_every_row_has_a_source() -> None:
    for e in load_reference().entities.values():
        assert e.source, e.id

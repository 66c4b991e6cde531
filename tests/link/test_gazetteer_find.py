"""The gazetteer on sentences written for these tests, in Latvian and English."""

from __future__ import annotations

import pytest

from allygraph.link.gazetteer import Gazetteer
from allygraph.refdata import load_reference


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer(load_reference())


def _ids(gaz: Gazetteer, text: str, lang: str) -> list[tuple[str, str]]:
    return [(m.entity_id, m.surface) for m in gaz.find(text, lang)]


def test_latvian_inflected_forms_and_their_cases(gaz: Gazetteer) -> None:
    text = "Vēstnieks no Vācijā strādāja Berlīnē, bet Kanādu un Francijā apmeklēja vēlāk; Latvijas delegācija."
    found = {m.surface: (m.entity_id, m.cases) for m in gaz.find(text, "lv")}
    assert found["Vācijā"] == ("state:DE", frozenset({"loc"}))
    assert found["Berlīnē"] == ("city:berlin", frozenset({"loc"}))
    assert found["Kanādu"] == ("state:CA", frozenset({"acc"}))
    assert found["Francijā"][0] == "state:FR"
    assert found["Latvijas"] == ("state:LV", frozenset({"gen"}))


def test_multi_word_and_base_names(gaz: Gazetteer) -> None:
    text = ("Mācības notika Ādažu bāzē, un pēc tam Amerikas Savienotajās Valstīs un "
            "Apvienotajā Karalistē sprieda par Daudznacionālās divīzijas štābu „Ziemeļi”.")
    ids = _ids(gaz, text, "lv")
    assert ("base:adazi", "Ādažu bāzē") in ids
    assert ("state:US", "Amerikas Savienotajās Valstīs") in ids
    assert ("state:GB", "Apvienotajā Karalistē") in ids
    assert ("formation:mnd-n", "Daudznacionālās divīzijas štābu „Ziemeļi”") in ids


def test_abbreviations_match_only_as_written(gaz: Gazetteer) -> None:
    lv = "ES un ASV atbalsta NFIU; es domāju, ka asv nav vārds. MND-N un eFP, arī PfP."
    ids = [i for i, _ in _ids(gaz, lv, "lv")]
    assert ids.count("org:eu") == 1 and ids.count("state:US") == 1
    assert {"org:nfiu-latvia", "formation:mnd-n", "formation:efp", "programme:pfp"} <= set(ids)
    en = "Tell us about the map: the MAP was offered to the US."
    assert _ids(gaz, en, "en") == [("programme:map", "MAP"), ("state:US", "US")]


def test_no_match_inside_words_and_possessives(gaz: Gazetteer) -> None:
    en = "Senatorial debates in Latvian-born circles; Latvia's forces and Estonia’s."
    found = _ids(gaz, en, "en")
    assert ("org:nato", "nato") not in found
    assert ("state:LV", "Latvia") in found and ("state:EE", "Estonia") in found
    assert all(not s.lower().startswith("latvian-") for _, s in found)


def test_case_of_names_and_common_words(gaz: Gazetteer) -> None:
    en = "The name sophia is common; Operation Sophia ended. Georgia joined the programme."
    ids = _ids(gaz, en, "en")
    assert ids == [("operation:sophia", "Operation Sophia"), ("state:GE", "Georgia")]


def test_diacritic_free_spelling(gaz: Gazetteer) -> None:
    ids = _ids(gaz, "Aircraft flew from Siauliai to Adazi and Riga.", "en")
    assert [i for i, _ in ids] == ["city:siauliai", "city:adazi", "city:riga"]


def test_leftmost_longest_non_overlapping(gaz: Gazetteer) -> None:
    ms = gaz.find("The NATO Mission Iraq and the North Atlantic Council met; NATO Secretary General spoke.", "en")
    assert [m.entity_id for m in ms] == ["operation:nmi", "org:nac", "position:nato-secretary-general"]
    assert all(a.end <= b.start for a, b in zip(ms, ms[1:]))
    assert all(m.cases == frozenset() for m in ms)


def test_build_is_fast(gaz: Gazetteer) -> None:
    import time

    t0 = time.perf_counter()
    Gazetteer(load_reference())
    assert time.perf_counter() - t0 < 1.0


def test_a_lower_case_alias_lets_a_capitalised_label_match_in_lower_case(gaz: Gazetteer) -> None:
    ids = _ids(gaz, "Latvija kopā ar citiem vada dronu koalīciju.", "lv")
    assert ("org:drone-coalition", "dronu koalīciju") in ids
    assert ("org:nato", "nato") not in _ids(gaz, "the word nato in lower case", "en")

"""Lead nations named with a place per formation, jointly, and nationality words that name a person."""

from __future__ import annotations

from conftest import analyse_text, triples


def _leads(text: str) -> set[tuple[str, str, str]]:
    return triples(analyse_text(text), "leads")


def test_en_led_by_each_state_in_its_place() -> None:
    got = _leads("Since 2019 the alliance has kept battlegroups in the region, led by Canada in Latvia, "
                 "by Germany in Lithuania and by the United Kingdom in Estonia.")
    assert got == {
        ("state:CA", "leads", "formation:efp-bg-latvia"),
        ("state:DE", "leads", "formation:efp-bg-lithuania"),
        ("state:GB", "leads", "formation:efp-bg-estonia"),
    }


def test_en_head_noun_with_based_at_and_gapping() -> None:
    got = _leads("Four battlegroups arrived that year. Britain leads the battlegroup based at Tapa in Estonia, "
                 "Germany the one in Lithuania and the United States the battlegroup at Orzysz in Poland.")
    assert ("state:GB", "leads", "formation:efp-bg-estonia") in got
    assert ("state:US", "leads", "formation:efp-bg-poland") in got
    assert ("state:GB", "leads", "formation:efp-bg-poland") not in got


def test_en_led_jointly_by_two_states() -> None:
    got = _leads("Multinational Division North is a divisional headquarters led jointly by Denmark and Latvia.")
    assert got == {("state:DK", "leads", "formation:mnd-n"), ("state:LV", "leads", "formation:mnd-n")}


def test_en_nationality_of_an_officer_is_not_a_leader() -> None:
    assert _leads("The brigade in Latvia is commanded by a Canadian colonel, who arrived last week.") == set()
    assert _leads("The Danish general who commands Multinational Division North visited the troops.") == set()


def test_lv_genitive_leaders_with_kopigi() -> None:
    got = _leads('Brigādi pakļauj Daudznacionālajai divīzijai "Ziemeļi" – Dānijas un Latvijas kopīgi vadītam '
                 'štābam.')
    assert got == {("state:DK", "leads", "formation:mnd-n"), ("state:LV", "leads", "formation:mnd-n")}


def test_lv_nationality_of_an_officer_is_not_a_leader() -> None:
    got = _leads('Daudznacionālo divīziju "Ziemeļi" komandē Dānijas ģenerālmajors, bet brigādi – Kanādas armijas '
                 'pulkvedis.')
    assert not any(s == "state:DK" or s == "state:CA" for s, _, _ in got)

"""Counts that are no unit's strength (an exercise's participants, one state's contingent), and a
led-participle that qualifies the noun after it ("ASV vadītajā bataljonā", "Polish-led division")
rather than a unit named earlier in the sentence."""

from __future__ import annotations

from conftest import analyse_text, triples


def _got(text: str, predicate: str) -> set[tuple[str, str, str]]:
    return triples(analyse_text(text, date="2024-06-01"), predicate)


def test_lv_exercise_participants_are_not_the_brigade_strength() -> None:
    text = ("Daudznacionālā brigāde Latvijā rīkoja mācības Ādažos. "
            "Mācībās piedalījās ap 2800 karavīru no desmit valstīm.")
    assert not _got(text, "personnel_count")


def test_en_exercise_participants_are_not_the_brigade_strength() -> None:
    text = ("The Multinational Brigade Latvia held its autumn drill at Ādaži. "
            "Some 2,800 troops took part in the exercise.")
    assert not _got(text, "personnel_count")


def test_unit_strength_still_counts() -> None:
    text = "The Multinational Brigade Latvia now numbers some 3,000 troops."
    assert ("formation:mnb-latvia", "personnel_count", "~3000") in _got(text, "personnel_count") \
        or any(s == "formation:mnb-latvia" for s, _, _ in _got(text, "personnel_count"))


def test_national_contingent_is_not_the_operation_strength() -> None:
    lv = "KFOR darbojas Kosovā. Igaunijas kontingentā šobrīd ir 80 karavīru."
    en = "KFOR keeps the peace in Kosovo. The Estonian contingent currently numbers 80 soldiers."
    assert not _got(lv, "personnel_count") and not _got(en, "personnel_count")


def test_lv_led_participle_before_an_unnamed_unit_leads_nothing_earlier() -> None:
    text = "KFOR sastāvā Latvijas karavīri dien Itālijas vadītajā daudznacionālajā bataljonā."
    assert not any(o == "operation:kfor" for _, _, o in _got(text, "leads"))


def test_lv_led_participle_in_apposition_leads_the_unit_before() -> None:
    text = "Brigāde ir pakļauta Daudznacionālajai divīzijai \"Ziemeļi\" – Dānijas vadītam štābam."
    assert ("state:DK", "leads", "formation:mnd-n") in _got(text, "leads")


def test_en_led_compound_before_an_unnamed_operation_leads_nothing_earlier() -> None:
    text = "Like Operation Atalanta, the frigate later joined a French-led Operation Blue Shield patrol."
    assert not any(o == "operation:atalanta" for _, _, o in _got(text, "leads"))


def test_participants_of_a_named_units_exercise_are_not_its_strength() -> None:
    lv = "Noslēgušās Daudznacionālās brigādes Latvijā mācības; tajās piedalījās 2600 karavīru."
    en = "The Multinational Brigade Latvia ended its largest exercise, in which 2,600 troops took part."
    assert not _got(lv, "personnel_count") and not _got(en, "personnel_count")

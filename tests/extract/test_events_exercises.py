"""Named exercises become yearly events held somewhere (allygraph.extract.events_exercises), and the
year a linked event's name states wins over the sentence's other dates."""

from conftest import analyse_text, claims_of, triples

from allygraph.model import Entity


def _held(text: str, date: str | None = None) -> dict[str, dict[str, object]]:
    adoc = analyse_text(text, date=date)
    return {f"{c.subject}@{c.object}": dict(c.qualifiers) for c in claims_of(adoc, "held_in")}


def _new(text: str) -> dict[str, Entity]:
    return {e.id: e for e in analyse_text(text).new_entities}


def test_en_name_in_apposition_before_the_noun_with_start_and_end() -> None:
    text = ("Allied troops are back in the field this spring. More than 2,000 soldiers from nine nations are "
            "taking part in Crystal Arrow 2025, a two-week exercise that started on 3 March across Latvia "
            "and runs until 14 March.")
    got = _held(text)
    assert got["event:exercise-crystal-arrow-2025@state:LV"] == {"start": "2025-03-03", "end": "2025-03-14"}


def test_en_name_after_the_noun_and_from_to_dates() -> None:
    text = ("Allied troops trained together in several places this summer. The exercise Iron Wolf 2024 "
            "took place in Pabradė from 9 to 11 July 2024 and brought together several battalions.")
    got = _held(text)
    key = next(k for k in got if k.startswith("event:exercise-iron-wolf-2024@"))
    assert got[key] == {"start": "2024-07-09", "end": "2024-07-11"}


def test_en_created_event_has_labels_and_aliases_in_both_languages() -> None:
    text = ("Allied ships sailed to the north this month for a long training season at sea. The annual "
            "BALTOPS exercise was held in the Baltic Sea in June 2024 with ships from many nations.")
    e = _new(text)["event:exercise-baltops-2024"]
    assert e.labels == {"en": "BALTOPS 2024", "lv": "BALTOPS 2024"}
    assert "BALTOPS" in e.aliases["en"] and "mācības BALTOPS 2024" in e.aliases["lv"]


def test_en_edition_number_and_a_later_the_exercise() -> None:
    text = ("Allied troops trained in Steadfast Defender 24 across several regions of Europe. "
            "The exercise took place in Poland and Lithuania in February 2024.")
    got = _held(text)
    assert got["event:exercise-steadfast-defender-2024@state:PL"] == {"start": "2024-02"}
    assert "event:exercise-steadfast-defender-2024@state:LT" in got


def test_lv_quoted_name_and_a_genitive_place_before_a_place_noun() -> None:
    text = "Latvija 2024. gada maijā rīkoja mācības \"Namejs 2024\" Ādažu poligonā."
    assert _held(text) == {"event:exercise-namejs-2024@city:adazi": {"start": "2024-05"}}


def test_lv_reference_series_gets_its_latvian_label() -> None:
    text = "Mācības Crystal Arrow 2025 notika Latvijā, un tajās piedalījās vairāku valstu karavīri."
    e = _new(text)["event:exercise-crystal-arrow-2025"]
    assert e.labels["lv"] == "Kristāla bulta 2025"
    assert ("event:exercise-crystal-arrow-2025", "held_in", "state:LV") in triples(analyse_text(text), "held_in")


def test_en_year_in_a_linked_summit_name_beats_a_later_date() -> None:
    text = ("The four battlegroups arrived in 2017, a year after allied leaders had agreed on them "
            "at the 2016 Warsaw summit.")
    got = _held(text)
    assert got == {"event:nato-summit-2016-warsaw@city:warsaw": {"start": "2016"}}


def test_en_place_before_based_is_not_a_meeting_place() -> None:
    text = ("In 2017 NATO held a meeting of experts at the Helsinki-based European Centre of Excellence "
            "for Countering Hybrid Threats.")
    assert not any(k.endswith("@city:helsinki") for k in _held(text))

"""located_in and inception from news wording: an operation flying from several bases each with its
own start, a body with its city after a comma, a council where people meet, a pronoun or the
unit's troops as the subject of a locating verb, founding verbs with a description before the
name, and a month without a year. Sentences written for these tests."""

from conftest import analyse_text, claims_of, triples


def _located(text: str, date: str | None = None) -> set[tuple[str, str]]:
    return {(s, o) for s, _, o in triples(analyse_text(text, date=date), "located_in")}


def _inception(text: str, date: str | None = None) -> set[tuple[str, str]]:
    return {(s, o) for s, _, o in triples(analyse_text(text, date=date), "inception")}


def test_en_flies_from_two_bases_each_with_its_start() -> None:
    adoc = analyse_text("The Baltic Air Policing mission has flown from Šiauliai Air Base since 2004 and, "
                        "since 2014, also from Ämari Air Base.")
    got = {c.object: c.qualifiers.get("start") for c in claims_of(adoc, "located_in")
           if c.subject == "operation:baltic-air-policing"}
    assert got.get("base:siauliai") == "2004"
    assert got.get("base:amari") == "2014"


def test_en_operates_out_of_a_base() -> None:
    got = _located("Fighter jets of the Baltic Air Policing mission operate out of Ämari Air Base.")
    assert ("operation:baltic-air-policing", "base:amari") in got


def test_lv_flies_from_two_bases() -> None:
    got = _located("Baltijas gaisa telpas patrulēšanas misija lido no Šauļu aviobāzes un no Emari aviobāzes.")
    assert ("operation:baltic-air-policing", "base:siauliai") in got


def test_en_body_with_its_city_after_a_comma() -> None:
    got = _located("Planning is done at SHAPE, near Mons, by a multinational staff.")
    assert ("org:shape", "city:mons") in got


def test_en_a_council_met_in_a_city_is_not_located() -> None:
    got = _located("Ministers met in the North Atlantic Council in Brussels on Tuesday.")
    assert not any(s == "org:nac" or "council" in s for s, _ in got)


def test_en_a_body_worked_at_keeps_its_city() -> None:
    got = _located("Analysts work at the NATO Strategic Communications Centre of Excellence in Riga.")
    assert ("org:stratcom-coe", "city:riga") in got


def test_en_the_rest_based_at_for_the_unit_named_before() -> None:
    got = _located("Panzerbrigade 45 will reach full strength in 2027. Most of its troops will live at "
                   "Rūdninkai, and the rest will be based at Rukla.")
    assert {("formation:panzerbrigade-45", "city:rudninkai"), ("formation:panzerbrigade-45", "city:rukla")} <= got


def test_lv_pronoun_subject_for_the_unit_named_before() -> None:
    got = _located("Vācija Lietuvā veido Panzerbrigade 45. Tā būs izvietota Ruklā.")
    assert ("formation:panzerbrigade-45", "city:rukla") in got


def test_no_pronoun_no_unit_before_means_nothing() -> None:
    assert not _located("The minister said the new barracks will be based at Rukla.")


def test_forward_land_forces_in_a_state_are_that_battlegroup() -> None:
    adoc = analyse_text("Canada leads the brigade in Latvia, while the United Kingdom leads NATO's forward "
                        "land forces in Estonia, based in Tapa.")
    assert ("state:GB", "leads", "formation:efp-bg-estonia") in triples(adoc, "leads")
    assert ("state:GB", "leads", "formation:mnb-latvia") not in triples(adoc, "leads")
    assert ("formation:efp-bg-estonia", "city:tapa") in {(s, o) for s, _, o in triples(adoc, "located_in")}


def test_en_launching_with_a_description() -> None:
    got = _inception("On 12 September 2025 NATO announced it is launching the air defence activity Eastern Sentry.")
    assert ("operation:eastern-sentry", "2025-09-12") in got


def test_en_put_into_service() -> None:
    got = _inception("Panzerbrigade 45 was put into service on 1 April 2025.")
    assert ("formation:panzerbrigade-45", "2025-04-01") in got


def test_lv_activated_a_system_with_a_month_only() -> None:
    got = _inception('Janvāra vidū JEF aktivizēja uzraudzības sistēmu "Nordic Warden".', date="2025-02-10")
    assert ("operation:nordic-warden", "2025-01") in got


def test_en_month_only_later_than_the_document_is_last_year() -> None:
    got = _inception("In November the JEF activated Nordic Warden.", date="2025-02-10")
    assert ("operation:nordic-warden", "2024-11") in got


def test_lv_begins_a_mission() -> None:
    got = _inception('NATO 2025. gada janvārī uzsāka misiju "Baltic Sentry".')
    assert ("operation:baltic-sentry", "2025-01") in got

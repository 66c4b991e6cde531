"""A bullet that opens with an organisation and a dash speaks of it ('**WTO** — dalībvalsts kopš
...'); a table header naming a state's membership or participation reads every row for that state;
a state's own body taking part stands for the state; presiding over a council is chairing it."""

from conftest import analyse_text, claims_of, triples


def _dated(text: str, pred: str = "member_of") -> dict[tuple[str, str], dict]:
    return {(c.subject, c.object): {k: v for k, v in c.qualifiers.items() if k != "as_of"}
            for c in claims_of(analyse_text(text), pred)}


def test_term_bullets_with_membership_noun_lv() -> None:
    text = ("# Latvijas dalība organizācijās\n\n"
            "- **Pasaules Tirdzniecības organizācija (PTO)** — dalībvalsts kopš 1999. gada 10. februāra.\n"
            "- **NATO** — uzaicinājumu Latvija saņēma 2002. gadā, un pilntiesīga dalībvalsts tā ir kopš 2004. gada "
            "29. marta.\n")
    got = _dated(text)
    assert got[("state:LV", "org:wto")] == {"start": "1999-02-10"}
    assert got[("state:LV", "org:nato")] == {"start": "2004-03-29"}


def test_term_bullet_with_membership_noun_en() -> None:
    text = "Latvia in brief.\n\n- **World Trade Organization**: member since 10 February 1999.\n"
    assert _dated(text).get(("state:LV", "org:wto")) == {"start": "1999-02-10"}


def test_term_with_its_own_organisation_is_left_to_the_phrase_lv() -> None:
    text = "Latvija.\n\n- **Eiropas Padome** — Latvija ir ES dalībvalsts kopš 2004. gada.\n"
    assert ("state:LV", "member_of", "org:coe") not in triples(analyse_text(text))


def test_table_header_names_the_state_lv() -> None:
    text = ("Latvija un Eiropa\n\n| Projekts | Latvijas dalība kopš |\n|---|---|\n"
            "| Šengenas zona | 2007. gada 21. decembra |\n| Eirozona | 2014. gada 1. janvāra |\n")
    got = _dated(text)
    assert got[("state:LV", "org:schengen-area")] == {"start": "2007-12-21"}
    assert got[("state:LV", "org:euro-area")] == {"start": "2014-01-01"}


def test_table_header_state_participation_rows_are_operations_not_states_lv() -> None:
    text = ("Operācijas\n\n| Operācija | Vada | Teritorija | Latvijas dalība |\n|---|---|---|---|\n"
            "| KFOR | NATO | Kosova | kājnieku rota |\n| NATO misija Irākā | NATO | Irāka | padomnieki |\n")
    got = triples(analyse_text(text))
    assert ("state:LV", "participant_in", "operation:kfor") in got
    assert not {t for t in got if t[1] == "member_of" and t[0] in ("state:XK", "state:IQ", "state:US")}


def test_table_header_participation_en() -> None:
    text = ("Missions\n\n| Operation | Led by | Latvia's participation |\n|---|---|---|\n"
            "| KFOR | NATO | a light infantry company |\n")
    assert ("state:LV", "participant_in", "operation:kfor") in triples(analyse_text(text))


def test_national_armed_forces_stand_for_their_state_lv() -> None:
    text = "Latvija un Irāka. Paralēli NBS karavīri dien arī KFOR operācijā Kosovā."
    got = triples(analyse_text(text), "participant_in")
    assert ("state:LV", "participant_in", "operation:kfor") in got
    assert not any(s == "org:lv-naf" for s, _, _ in got)


def test_presiding_state_of_council_lv_and_en() -> None:
    lv = "Latvija pirmo reizi bija ES Padomes prezidējošā valsts 2015. gada pirmajā pusgadā."
    en = "In the first half of 2015 Latvia was the presiding country of the Council of the EU."
    for text in (lv, en):
        assert _dated(text, "chair_of")[("state:LV", "org:council-of-the-eu")] == {"start": "2015-01", "end": "2015-06"}


def test_chaired_by_title_and_name_en() -> None:
    text = "The meetings of the North Atlantic Council were chaired by Secretary General Jens Stoltenberg."
    assert ("person:jens-stoltenberg", "chair_of", "org:nac") in triples(analyse_text(text))


def test_title_before_became_is_dated_lv() -> None:
    text = "Latvija iesniedza pieteikumu. Par 35. ESAO dalībvalsti Latvija kļuva 2016. gada 1. jūlijā."
    assert _dated(text)[("state:LV", "org:oecd")] == {"start": "2016-07-01"}


def test_a_state_service_takes_part_in_a_mission_named_in_the_genitive_lv() -> None:
    text = "Polijas Gaisa spēki vairākkārt ir piedalījušies arī NATO Baltijas gaisa telpas patrulēšanas misijā."
    assert ("state:PL", "participant_in", "operation:baltic-air-policing") in triples(analyse_text(text))


def test_a_state_service_takes_part_en() -> None:
    text = "The Polish Air Force has repeatedly taken part in NATO's Baltic Air Policing mission."
    assert ("state:PL", "participant_in", "operation:baltic-air-policing") in triples(analyse_text(text))


def test_organisation_owning_an_unknown_name_is_not_taken_part_in_lv() -> None:
    text = "ES Militārās palīdzības misijā Ukrainas atbalstam Latvijas instruktori piedalās kopš tās sākuma."
    assert not triples(analyse_text(text), "member_of")

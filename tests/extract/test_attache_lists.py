"""Defence attachés and advisers in lists under a lead-in, Latvian and English."""

from __future__ import annotations

from conftest import analyse_text, claims_of
from conftest import attache_rows as rows


def test_en_inbound_list_sets_sending_states_and_city_not_country() -> None:
    got = rows("Defence attachés accredited to Estonia:\n"
               "- Poland (resident in Warsaw, Poland);\n"
               "- Sweden, Norway and Denmark (resident in Tallinn).\n")
    assert got == {("state:PL", "state:EE", "city:warsaw"), ("state:SE", "state:EE", "city:tallinn"),
                   ("state:NO", "state:EE", "city:tallinn"), ("state:DK", "state:EE", "city:tallinn")}


def test_en_outbound_list_sets_receiving_states() -> None:
    got = rows("Estonia has accredited its defence attachés to the following countries:\n"
               "- Germany and Austria (resident in Berlin);\n"
               "- Finland (resident in Helsinki).\n")
    assert got == {("state:EE", "state:DE", "city:berlin"), ("state:EE", "state:AT", "city:berlin"),
                   ("state:EE", "state:FI", "city:helsinki")}


def test_lv_outbound_ministry_state_is_the_sender() -> None:
    got = rows("Lietuvas Aizsardzības ministrija ir akreditējusi aizsardzības atašejus šādās valstīs:\n"
               "- Francijā un Beļģijā (rezidē Parīzē);\n"
               "- Nīderlandē (rezidē Hāgā, Nīderlandē).\n")
    assert got == {("state:LT", "state:FR", "city:paris"), ("state:LT", "state:BE", "city:paris"),
                   ("state:LT", "state:NL", "city:the-hague")}


def test_lv_inbound_non_resident_lead_in() -> None:
    got = rows("Nerezidējošie aizsardzības atašeji, kas ir akreditēti Igaunijā:\n"
               "- Japāna (rezidē Viļņā, Lietuvā);\n"
               "- Portugāle (rezidē Rīgā, Latvijā).\n")
    assert got == {("state:JP", "state:EE", "city:vilnius"), ("state:PT", "state:EE", "city:riga")}


def test_lv_locative_receiver_before_participle() -> None:
    got = rows("Igaunijā akreditētie aizsardzības atašeji:\n- Spānija un Itālija (rezidē Varšavā, Polijā).\n")
    assert got == {("state:ES", "state:EE", "city:warsaw"), ("state:IT", "state:EE", "city:warsaw")}


def test_lv_adviser_item_embassy_owner_is_sender() -> None:
    got = rows("Ministriju ārvalstīs pārstāv arī aizsardzības padomnieki:\n"
               "- Aizsardzības padomnieks Igaunijas vēstniecībā Vācijā (Berlīne, Vācija).\n",
               "defence_adviser_to")
    assert got == {("state:EE", "state:DE", "city:berlin")}


def test_list_without_attache_lead_in_gives_nothing() -> None:
    adoc = analyse_text("Mācībās piedalījās:\n- Polija (Varšava);\n- Zviedrija (Stokholma).\n")
    assert claims_of(adoc, "defence_attache_to") == [] and claims_of(adoc, "defence_adviser_to") == []


def test_en_short_lead_in_takes_direction_from_the_title_and_city_without_marker() -> None:
    got = rows("Defence attachés accredited to Lithuania\n\n"
               "The ministry keeps this page up to date for visitors and partners of the ministry.\n\n"
               "Accredited from other capitals\n"
               "- Portugal – resident in Warsaw, Poland\n"
               "- Japan – Helsinki, Finland\n")
    assert got == {("state:PT", "state:LT", "city:warsaw"), ("state:JP", "state:LT", "city:helsinki")}


def test_lv_city_first_items_under_a_country_heading() -> None:
    got = rows("Igaunijas aizsardzības atašeji ārvalstīs\n\n"
               "Dienesta vietas un akreditācijas valstis:\n"
               "- no Berlīnes – Vācijā un Austrijā;\n"
               "- no Viļņas – Lietuvā.\n")
    assert got == {("state:EE", "state:DE", "city:berlin"), ("state:EE", "state:AT", "city:berlin"),
                   ("state:EE", "state:LT", "city:vilnius")}

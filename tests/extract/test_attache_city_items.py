"""List items and lines that start with the residence city and list the accreditations after it:
"Madride (Spānija, Portugāle)", "Vienna – Austria, Hungary", in both directions."""

from __future__ import annotations

from conftest import attache_rows as rows


def test_lv_city_then_bracketed_states_outbound() -> None:
    got = rows("Igaunijas aizsardzības atašeji dzīvo šajās pilsētās (iekavās – akreditācijas valstis):\n"
               "- Madride (Spānija, Portugāle)\n- Prāga (Čehija)\n")
    assert got == {("state:EE", "state:ES", "city:madrid"), ("state:EE", "state:PT", "city:madrid"),
                   ("state:EE", "state:CZ", "city:prague")}


def test_en_city_then_bracketed_states_outbound() -> None:
    got = rows("Lithuania's defence attachés are resident in these capitals (accreditations in brackets):\n"
               "- Ankara (Türkiye, Georgia)\n- Vienna (Austria, Hungary and Slovenia)\n")
    assert got == {("state:LT", "state:TR", "city:ankara"), ("state:LT", "state:GE", "city:ankara"),
                   ("state:LT", "state:AT", "city:vienna"), ("state:LT", "state:HU", "city:vienna"),
                   ("state:LT", "state:SI", "city:vienna")}


def test_en_city_then_bracketed_states_inbound() -> None:
    got = rows("Foreign defence attachés accredited to Finland, by city of residence:\n"
               "- Stockholm (Spain, Portugal)\n- Oslo (Italy)\n")
    assert got == {("state:ES", "state:FI", "city:stockholm"), ("state:PT", "state:FI", "city:stockholm"),
                   ("state:IT", "state:FI", "city:oslo")}


def test_lv_city_lines_without_bullets_under_heading() -> None:
    got = rows("Lietuvas aizsardzības atašeji ārvalstīs\n\nParīze (Francija, Beļģija)\nRoma (Itālija, Grieķija)\n")
    assert got == {("state:LT", "state:FR", "city:paris"), ("state:LT", "state:BE", "city:paris"),
                   ("state:LT", "state:IT", "city:rome"), ("state:LT", "state:GR", "city:rome")}


def test_en_city_dash_states_item() -> None:
    got = rows("Estonia has accredited defence attachés from these residences:\n- Vienna – Austria, Hungary\n")
    assert got == {("state:EE", "state:AT", "city:vienna"), ("state:EE", "state:HU", "city:vienna")}


def test_en_country_rank_name_resident_in_city() -> None:
    got = rows("Defence attachés accredited to Latvia:\n"
               "- Norway – Colonel Ola Nordmann (resident in Vilnius)\n"
               "- Italy – Commander Marco Bianchi (resident in Tallinn)\n")
    assert got == {("state:NO", "state:LV", "city:vilnius"), ("state:IT", "state:LV", "city:tallinn")}

"""Attaché lists written as bare lines or table rows under a heading (no bullets)."""

from __future__ import annotations

from conftest import attache_rows as rows


def test_lv_state_dash_city_lines_under_heading() -> None:
    text = "Lietuvas aizsardzības atašeji\n\nSomija – Helsinki\nČehija – Prāga\n"
    assert rows(text) == {("state:LT", "state:FI", "city:helsinki"), ("state:LT", "state:CZ", "city:prague")}


def test_lv_table_state_residence_accredited_columns() -> None:
    text = ("Igaunijas aizsardzības atašeji\n\n| Valsts | Rezidence | Akreditēts arī |\n|---|---|---|\n"
            "| Itālija | Roma | Grieķija, Malta |\n")
    assert rows(text) == {("state:EE", s, "city:rome") for s in ("state:IT", "state:GR", "state:MT")}


def test_en_table_of_foreign_attaches_under_accredited_heading() -> None:
    text = ("Defence attachés accredited to Estonia\n\n| Country | Residence |\n|---|---|\n"
            "| Norway | Helsinki, Finland |\n| Spain | Riga, Latvia |\n")
    assert rows(text) == {("state:NO", "state:EE", "city:helsinki"), ("state:ES", "state:EE", "city:riga")}


def test_en_wrapped_paragraph_is_not_rows() -> None:
    text = ("Defence attachés\n\nThe ministry reported that the defence attaché of Denmark, who is based in\n"
            "Stockholm, is also accredited to Latvia and Estonia since the start of the year.\n")
    assert rows(text) == {("state:DK", "state:LV", "city:stockholm"), ("state:DK", "state:EE", "city:stockholm")}

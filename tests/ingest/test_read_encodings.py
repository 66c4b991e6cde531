"""read_document decodes UTF-8 (with and without BOM), UTF-16, Windows-1257, ISO-8859-13, Windows-1252."""

from __future__ import annotations

import codecs

import pytest
from ingest_fixtures import LV_TEXT  # type: ignore[import-not-found]

from allygraph.ingest.decode import decode_bytes
from allygraph.ingest.read import read_document


@pytest.mark.parametrize("raw", [
    LV_TEXT.encode("utf-8"),
    codecs.BOM_UTF8 + LV_TEXT.encode("utf-8"),
    LV_TEXT.encode("utf-16"),  # with BOM, native order
    codecs.BOM_UTF16_BE + LV_TEXT.encode("utf-16-be"),
    codecs.BOM_UTF16_LE + LV_TEXT.encode("utf-16-le"),
    LV_TEXT.encode("utf-32"),
    LV_TEXT.encode("cp1257"),
    LV_TEXT.encode("iso-8859-13"),
], ids=["utf8", "utf8-bom", "utf16", "utf16-be-bom", "utf16-le-bom", "utf32", "cp1257", "iso-8859-13"])
def test_latvian_text_in_every_accepted_encoding(write, raw):
    doc = read_document(write("lv.txt", raw))
    assert doc.text == LV_TEXT


def test_cp1257_is_chosen_for_latvian_bytes():
    text, encoding = decode_bytes("Rīgā, Ādažos un Liepājā šogad žurnālisti".encode("cp1257"), "x.txt")
    assert encoding == "cp1257"
    assert text == "Rīgā, Ādažos un Liepājā šogad žurnālisti"


def test_windows_1252_english_with_curly_quotes_and_accents(write):
    text = "The \u201cnew\u201d caf\u00e9 opened \u2013 na\u00efve r\u00e9sum\u00e9s welcome."
    doc = read_document(write("en.txt", text.encode("cp1252")))
    assert doc.text == text


def test_utf16_without_bom_is_recognised(write):
    doc = read_document(write("nobom.txt", LV_TEXT.encode("utf-16-le")))
    assert doc.text == LV_TEXT


def test_bom_is_not_part_of_the_text(write):
    doc = read_document(write("bom.txt", codecs.BOM_UTF8 + b"Alpha"))
    assert doc.text == "Alpha"
    assert not doc.text.startswith("\ufeff")


def test_cyrillic_windows_1251_is_not_mistaken_for_latvian():
    text = "Учения прошли в Риге и Вильнюсе при участии трёх батальонов союзников."
    decoded, encoding = decode_bytes(text.encode("cp1251"), "ru.txt")
    assert decoded == text
    assert encoding != "cp1257"

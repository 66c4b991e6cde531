"""The document's own date: HTML metadata, a <time> element, or a dateline."""

from __future__ import annotations

from allygraph.ingest.read import read_document


def test_html_meta_name_date(write):
    html = '<html><head><meta name="date" content="2019-03-02"></head><body><p>Body text here.</p></body></html>'
    assert read_document(write("m.html", html)).date == "2019-03-02"


def test_html_time_element(write):
    html = '<article><time datetime="2020-11">November</time><p>Story text.</p></article>'
    assert read_document(write("t.html", html)).date == "2020-11"


def test_english_dateline(write):
    doc = read_document(write("d.txt", "Press release\nPublished: 14 June 2021\n\nThe ministers met in Vilnius."))
    assert doc.date == "2021-06-14"


def test_latvian_dateline(write):
    doc = read_document(write("lv.txt", "RĪGA, 2022. gada 3. martā\n\nMinistri tikās Viļņā un pārrunāja mācības."))
    assert doc.date == "2022-03-03"


def test_date_inside_body_sentence_is_not_the_document_date(write):
    doc = read_document(write("b.txt", "On 20 December 1991 the council met for the first time in a long session."))
    assert doc.date is None


def test_no_date(write):
    assert read_document(write("n.txt", "Just some words without any date at all.")).date is None

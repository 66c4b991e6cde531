"""Highlighting helpers: segments over mentions and claim spans, and the sentence around a quote."""

from allygraph.web.views import segments, sentence_around


def test_segments_cover_text_and_mark_overlaps():
    text = "Kanāda vada NATO kaujas grupu."
    ments = [{"start": 0, "end": 6, "entity_id": "state:CA"}, {"start": 12, "end": 16, "entity_id": "org:nato"}]
    spans = [{"claim": "c1", "start": 0, "end": 29}, {"claim": "c2", "start": 12, "end": 29}]
    segs = segments(text, ments, spans)
    assert "".join(s["text"] for s in segs) == text
    by_text = {s["text"]: s for s in segs}
    assert by_text["Kanāda"]["entity"] == "state:CA" and by_text["Kanāda"]["claims"] == ["c1"]
    assert by_text["NATO"]["entity"] == "org:nato" and by_text["NATO"]["claims"] == ["c1", "c2"]
    assert by_text["."]["claims"] == []


def test_segments_highlight_range():
    segs = segments("abcdef", [], [], (2, 4))
    assert [(s["text"], s["hl"]) for s in segs] == [("ab", False), ("cd", True), ("ef", False)]


def test_sentence_around_does_not_cut_at_latvian_ordinal_dates():
    text = "Pirmais teikums. Latvija kļuva par dalībvalsti 2004. gada 29. martā. Trešais."
    q = text.index("Latvija kļuva")
    b, e = sentence_around(text, q, q + 7)
    assert text[b:e] == "Latvija kļuva par dalībvalsti 2004. gada 29. martā."


def test_sentence_around_stops_at_newlines():
    text = "Virsraksts\nThe quote is here and ends\nNext line"
    q = text.index("quote")
    b, e = sentence_around(text, q, q + 5)
    assert text[b:e] == "The quote is here and ends"

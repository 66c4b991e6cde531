"""Tokens: offsets, punctuation flags, lemmas in the paragraph's language; throughput."""

from __future__ import annotations

import time

import pytest

from allygraph.nlp.segment import segment, tokenize


def test_token_offsets_match_text():
    text = "Karavīri ieradās Ādažos 2017. gadā, ziņo LETA."
    _, sents = segment(text, "lv")
    toks = sents[0].tokens
    assert all(text[t.start:t.end] == t.text for t in toks)
    assert [t.text for t in toks][:4] == ["Karavīri", "ieradās", "Ādažos", "2017"]
    assert [t.text for t in toks if t.is_punct] == [".", ",", "."]


def test_latvian_lemmas():
    _, sents = segment("Karavīri ieradās Vācijā.", "lv")
    assert [t.lemma for t in sents[0].tokens[:3]] == ["karavīrs", "ierasties", "vācija"]


def test_english_lemmas_and_unknown_names_lowercased():
    toks = tokenize("Organisations met Zzyzxian delegates", 0, 37, "en")
    assert [t.lemma for t in toks] == ["organisation", "meet", "zzyzxian", "delegate"]


def test_tokenize_respects_span():
    text = "alpha beta gamma"
    assert [t.text for t in tokenize(text, 6, 10, "en")] == ["beta"]


@pytest.mark.slow
def test_throughput_is_reasonable():
    para = ("Latvijas karavīri kopā ar sabiedrotajiem no Kanādas, Polijas un Spānijas 2023. gada "
            "martā piedalījās mācībās Ādažos, kur tika pārbaudīta gatavība. ") * 5
    text = "\n\n".join([para] * 2000)  # ~1.5 MB
    segment(text[:10_000], "lv")
    t = time.perf_counter()
    segment(text, "lv")
    mb_s = len(text.encode()) / 1e6 / (time.perf_counter() - t)
    assert mb_s > 1.0, f"{mb_s:.2f} MB/s"

"""A sentence's language comes from its function words and dictionary words, not from the
diacritics of the names in it; the document's language is the prior for short text (sentences
written for these tests)."""

from __future__ import annotations

import pytest

from allygraph.nlp.langid import detect


@pytest.mark.parametrize("text", [
    "Colonel Jānis Bērziņš met Kārlis Ozols and Ilze Kalniņa in Ādaži on Monday.",
    "Sprūds and Rinkēvičs visited Cēsis.",
    "The Šķēde range near Liepāja hosted the drill.",
    "Mārtiņš Bērziņš was appointed to the post in Rēzekne.",
])
def test_english_sentences_with_latvian_names_stay_english_in_a_latvian_document(text):
    assert detect(text, default="lv") == "en"


@pytest.mark.parametrize("text", [
    "Pulkvedis Jānis Bērziņš tikās ar Kārli Ozolu Ādažos.",
    "Brigāde piedalījās mācībās kopā ar sabiedrotajiem.",
    "Kanāda vada kaujas grupu",
    "Latvijā ieradās ASV karavīri un tehnika.",
])
def test_latvian_sentences_stay_latvian_in_an_english_document(text):
    assert detect(text, default="en") == "lv"


@pytest.mark.parametrize("text", ["Sprūds visits Ādaži", "Politiskais dialogs", "Ministrs Sprūds", "Rīga"])
def test_short_text_with_little_evidence_takes_the_document_language(text):
    assert detect(text, default="lv") == "lv"


def test_one_function_word_decides_short_text():
    assert detect("Latvia and Estonia", default="lv") == "en"
    assert detect("Latvija un Igaunija", default="en") == "lv"


def test_one_dictionary_word_decides_only_for_the_document_language():
    assert detect("Sprūds visits Ādaži", default="en") == "en"
    assert detect("Sprūds visits Ādaži", default="lv") == "lv"
    assert detect("Ministrs Sprūds apmeklē Cēsis", default="lv") == "lv"


def test_lower_case_latvian_words_outweigh_the_document_language():
    assert detect("Ādažu militārā bāze", default="en") == "lv"

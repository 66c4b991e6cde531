"""Language identification: Latvian vs English, deterministic, with short-text fallbacks."""

from __future__ import annotations

import pytest

from allygraph.nlp.langid import detect, detect_short


@pytest.mark.parametrize("text,lang", [
    ("Aizsardzības ministrija sadarbojas ar partneriem Baltijas jūras reģionā.", "lv"),
    ("The ministry works with partners in the Baltic Sea region.", "en"),
    ("Latvija ir NATO dalībvalsts", "lv"),
    ("Latvia is a member of NATO", "en"),
    ("Sadarbība ar ASV", "lv"),
    ("Cooperation with the USA", "en"),
    ("Kanāda vada kaujas grupu", "lv"),
    ("Canada leads the battlegroup stationed at Adazi, together with allies.", "en"),
    ("NATO un ES", "lv"),
    ("NATO and the EU", "en"),
    ("Lielvārde airfield hosts allied aircraft for training and exercises in the region.", "en"),
])
def test_detect(text, lang):
    assert detect(text) == lang


def test_short_text_without_clues_uses_default():
    assert detect("Rīga", default="lv") == "lv"
    assert detect("Rīga", default="en") == "en"
    assert detect("NATO", default="lv") == "lv"
    assert detect("NATO", default="en") == "en"
    assert detect_short("12345", "lv") == "lv"


def test_deterministic():
    text = "Mācības notika kopā ar sabiedrotajiem."
    assert len({detect(text) for _ in range(5)}) == 1


def test_long_text_is_sampled_not_rejected():
    assert detect("Latvijas armija piedalās starptautiskās operācijās. " * 5000) == "lv"

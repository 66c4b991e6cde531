"""Sentence splitting: abbreviations, initials, Latvian ordinals and dates, quotes."""

from __future__ import annotations

import pytest

from allygraph.nlp.segment import segment


def sentences(text: str, lang: str = "lv") -> list[str]:
    _, sents = segment(text, lang)
    return [text[s.start:s.end] for s in sents]


@pytest.mark.parametrize("text", [
    "Mācības sākās 2019. gada 4. maijā un ilga nedēļu.",
    "Sanāksme notiks 5. decembrī Rīgā.",
    "Termiņš ir līdz 1. decembrim, kā norādīts.",
    "Tas notika 30.novembra vakarā.",
    "Piedalījās Latvija, Igaunija u.c. valstis.",
    "Tas ietver, t.sk. mācības, vairākus pasākumus.",
    "Apmeklējumu vadīja ģen. Kalniņš no štāba.",
    "Budžets ir 3 milj. eiro gadā.",
    "Sākums plkst. 9.00 pie ieejas.",
    "Lēmums Nr. 12 stājās spēkā.",
    "Skat., piem. Ādažu bāzi, kur tas notiek.",
    "Vizītē piedalījās J. Bērziņš un A. Ozols.",
    "Kopš 2017. gada Ādažos izvietota grupa.",
])
def test_latvian_sentences_that_must_not_split(text):
    assert sentences(text) == [text]


@pytest.mark.parametrize("text", [
    "Talks were led by Dr. Smith from the college.",
    "Forces from the U.S. Army arrived.",
    "Several tools, e.g. drones, were used.",
    "Some members, i.e. the Baltic states, agreed.",
    "The office is on St. Peter's square.",
    "The plan was signed by J. Doe in Oslo.",
    "See No. 5 of the list.",
])
def test_english_sentences_that_must_not_split(text):
    assert sentences(text, "en") == [text]


def test_splits_at_full_stops_before_capitals():
    text = "Pirmais teikums ir īss. Otrais arī! Vai trešais ir jautājums? Jā."
    assert sentences(text) == ["Pirmais teikums ir īss.", "Otrais arī!", "Vai trešais ir jautājums?", "Jā."]


def test_question_mark_inside_a_title_followed_by_lowercase_does_not_split():
    text = "Raidījumā Ko darīt? viņš teica, ka viss kārtībā."
    assert sentences(text) == [text]


def test_sentence_ending_with_a_number_before_a_capital_splits():
    assert sentences("Kopā ir 74. Tie ietver daudz.") == ["Kopā ir 74.", "Tie ietver daudz."]


def test_etc_like_abbreviation_at_the_end_of_a_sentence_splits():
    assert sentences("Piedalās Somija, Zviedrija u.c. Nākamgad būs vairāk.") == [
        "Piedalās Somija, Zviedrija u.c.", "Nākamgad būs vairāk."]


def test_quoted_sentence_start():
    text = 'Ministrs runāja. "Mēs esam gatavi," viņš teica.'
    assert sentences(text) == ["Ministrs runāja.", '"Mēs esam gatavi," viņš teica.']


def test_english_year_at_the_end_splits():
    assert sentences("It joined in 2004. Then it grew.", "en") == ["It joined in 2004.", "Then it grew."]

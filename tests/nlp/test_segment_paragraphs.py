"""Paragraphs, headings, list items and per-paragraph language."""

from __future__ import annotations

from allygraph.nlp.segment import is_heading, is_list_item, segment


def test_blank_lines_separate_paragraphs():
    text = "Pirmā rindkopa ir šeit. Tajā ir divi teikumi.\n\nOtrā rindkopa ir cita."
    paras, sents = segment(text, "lv")
    assert [text[a:b] for a, b, _ in paras] == ["Pirmā rindkopa ir šeit. Tajā ir divi teikumi.", "Otrā rindkopa ir cita."]
    assert [s.paragraph for s in sents] == [0, 0, 1]


def test_headings_and_list_items_are_own_paragraphs_and_sentences():
    text = ("Sadarbības jomas\n"
            "Valsts sadarbojas šādās jomās:\n"
            "- kiberdrošība;\n"
            "• militārā mobilitāte;\n"
            "* mācības.\n"
            "Pēc saraksta seko parasts teksts, kas ir pietiekami garš, lai nebūtu virsraksts, un tas beidzas ar punktu.")
    paras, sents = segment(text, "lv")
    assert len(paras) == 6
    assert [(text[s.start:s.end][:12], s.is_heading, s.is_list_item) for s in sents] == [
        ("Sadarbības j", True, False),
        ("Valsts sadar", True, False),
        ("- kiberdrošī", False, True),
        ("• militārā m", False, True),
        ("* mācības.", False, True),
        ("Pēc saraksta", False, False),
    ]


def test_numbered_and_lettered_list_items():
    text = "Steps:\n1. Plan the exercise.\n2. Run it.\na) Report back.\nb) Archive."
    _, sents = segment(text, "en")
    assert [s.is_list_item for s in sents] == [False, True, True, True, True]


def test_a_latvian_date_at_line_start_is_not_a_list_item():
    assert not is_list_item("5. decembrī notika sanāksme.")
    assert is_list_item("5. Sanāksmes kārtība.")
    assert not is_list_item("J. Bērziņš teica, ka viss kārtībā.")


def test_is_heading_rules():
    assert is_heading("Starptautiskā sadarbība")
    assert is_heading("Aizsardzības atašeji, kas ir akreditēti Latvijā:")
    assert not is_heading("Šis ir teikums.")
    assert not is_heading("- saraksta elements")
    assert not is_heading("vārds " * 30)


def test_hard_wrapped_block_stays_one_paragraph():
    text = ("The allies agreed to strengthen their presence in the\n"
            "region and to hold more exercises together with the\n"
            "partners in the north.")
    paras, sents = segment(text, "en")
    assert len(paras) == 1 and len(sents) == 1


def test_long_lines_are_paragraphs_each():
    line1 = "Pirmais garais teikums " + "ar daudziem vārdiem " * 8 + "beidzas šeit."
    line2 = "Otrais garais teikums " + "ar citiem vārdiem " * 8 + "beidzas arī."
    paras, _ = segment(f"{line1}\n{line2}", "lv")
    assert len(paras) == 2


def test_paragraph_language_is_detected_per_paragraph():
    text = ("Latvija un tās sabiedrotie rīko kopīgas mācības Ādažu poligonā katru gadu.\n\n"
            "The allies hold joint exercises at the training area every year.")
    paras, sents = segment(text, "lv")
    assert [p[2] for p in paras] == ["lv", "en"]
    assert [s.lang for s in sents] == ["lv", "en"]


def test_short_paragraph_falls_back_to_document_language():
    paras, _ = segment("NATO\n\nLatvija ir NATO dalībvalsts kopš divtūkstoš ceturtā gada pavasara.", "lv")
    assert paras[0][2] == "lv"


def test_spans_are_stripped_and_cover_text():
    text = "  Indented line of text here.  \n\n\n  Another one here.  "
    paras, sents = segment(text, "en")
    for a, b, _ in paras:
        assert not text[a:b].startswith(" ") and not text[a:b].endswith(" ")
    assert [text[s.start:s.end] for s in sents] == ["Indented line of text here.", "Another one here."]

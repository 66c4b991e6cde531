"""What a question asks: the first question word decides the kind of answer, and a cue word that is
only part of a name ("... Assistance Mission") does not outweigh the question's own verb."""

from __future__ import annotations

from allygraph.ask.understand import understand


def test_the_first_question_word_decides_the_kind() -> None:
    assert understand("Cik karavīru būs brigādē, kad tā sasniegs pilnu sastāvu?", "lv").wh == "count"
    assert understand("Kad tika dibināts centrs, kurā strādā cik ekspertu?", "lv").wh == "when"
    assert understand("How many troops will the brigade have when it is complete?", "en").wh == "count"


def test_a_cue_inside_a_name_counts_less_than_the_question_verb() -> None:
    q = understand("Who commands the EU Military Assistance Mission in support of Ukraine?", "en")
    assert q.predicates[0][0] == "commanded_by", q.predicates


def test_a_cue_that_ends_a_linked_name_names_what_is_asked() -> None:
    q = understand('Kur atrodas Daudznacionālās divīzijas "Ziemeļi" štābs?', "lv")
    assert q.predicates[0][0] == "headquarters", q.predicates

"""Founding and location read from the right clause: a founding verb in a relative clause is about
its antecedent; a Latvian clause boundary keeps a later object out; a sentence that opens with a
demonstrative and a common noun ("Šī vienība", "This centre") is about the body named just before;
"founded in <city>" is where a body was founded, not its seat."""

from __future__ import annotations

from conftest import analyse_text, triples


def _got(text: str, predicate: str) -> set[tuple[str, str, str]]:
    return triples(analyse_text(text, date="2024-06-01"), predicate)


def test_en_relative_clause_about_another_noun_dates_nothing() -> None:
    got = _got("The Council extended Operation Atalanta after a wave of piracy that began in March 2009.", "inception")
    assert not any(s == "operation:atalanta" for s, _, _ in got)


def test_en_relative_clause_with_its_own_subject_dates_its_antecedent() -> None:
    got = _got("Fuel is paid through the European Peace Facility, which the Council set up in March 2021.", "inception")
    assert ("programme:epf", "inception", "2021-03") in got


def test_en_unknown_operation_name_takes_no_earlier_operation() -> None:
    text = ("Operation Atalanta protects shipping off Somalia. "
            "It also works with the US-led Operation Ocean Lantern, launched in May 2023.")
    adoc = analyse_text(text, date="2024-06-01")
    assert not any(s == "operation:atalanta" for s, _, _ in triples(adoc, "inception"))
    assert not any(o == "operation:atalanta" for _, _, o in triples(adoc, "leads"))


def test_lv_demonstrative_subject_is_the_body_named_before() -> None:
    text = ("Uzņemošās valsts atbalstu sniedz NATO spēku integrācijas vienība Latvijā. "
            "Šī vienība, kas atrodas Rīgā, tika izveidota 2015. gadā, un tā palīdz arī Daudznacionālajai brigādei.")
    got = _got(text, "inception") | _got(text, "located_in")
    assert ("org:nfiu-latvia", "inception", "2015") in got
    assert ("org:nfiu-latvia", "located_in", "city:riga") in got
    assert not any(s == "formation:mnb-latvia" for s, _, _ in got)


def test_en_demonstrative_subject_is_the_body_named_before() -> None:
    text = ("Allied reinforcements are received by the NATO Force Integration Unit Latvia. "
            "This unit was set up in 2015 and works alongside the Multinational Brigade.")
    got = _got(text, "inception")
    assert ("org:nfiu-latvia", "inception", "2015") in got
    assert not any(s == "formation:mnb-latvia" for s, _, _ in got)


def test_lv_clause_boundary_keeps_a_later_object_out() -> None:
    text = "Mācību centrs tika atklāts 2019. gadā, bet tagad tas uzņem arī Daudznacionālo brigādi."
    assert not any(s == "formation:mnb-latvia" for s, _, _ in _got(text, "inception"))


def test_founding_place_is_not_the_seat() -> None:
    lv = _got("Baltijas jūras valstu padome tika dibināta 1992. gadā Kopenhāgenā.", "located_in")
    en = _got("The Council of the Baltic Sea States was founded in Copenhagen in 1992.", "located_in")
    assert not lv and not en
    opened = _got("The NATO Force Integration Unit Latvia was opened in Riga in 2015.", "located_in")
    assert ("org:nfiu-latvia", "located_in", "city:riga") in opened

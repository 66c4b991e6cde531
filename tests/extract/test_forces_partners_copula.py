"""Strategic partners and military support in a few more shapes: "X is our strategic partner" (the
text's own state), partners in apposition after a place ("partners in North America, the United
States and Canada"), and a support word that is part of an unlinked name gives no support claim."""

from __future__ import annotations

from conftest import analyse_text, triples


def _got(text: str, predicate: str) -> set[tuple[str, str, str]]:
    return triples(analyse_text(text, date="2025-01-01"), predicate)


def test_lv_our_strategic_partner_is_the_texts_state() -> None:
    text = ("Latvijas aizsardzības ministrs Rīgā tikās ar kolēģi no Lietuvas. Latvija un Latvijas armija gatavojas mācībām Latvijā. "
            "\"Lietuva ir mūsu tuvākā stratēģiskā partnere,\" sacīja ministrs.")
    assert ("state:LV", "strategic_partner_of", "state:LT") in _got(text, "strategic_partner_of")


def test_en_our_strategic_partner_is_the_texts_state() -> None:
    text = ("Latvia's defence minister met his Danish counterpart in Riga. "
            "\"Denmark is our key strategic partner in the Baltic Sea,\" the Latvian minister said.")
    assert ("state:LV", "strategic_partner_of", "state:DK") in _got(text, "strategic_partner_of")


def test_en_partners_in_apposition_after_a_place() -> None:
    text = "The embassy works with both of Estonia's strategic partners in North America, the United States and Canada."
    got = _got(text, "strategic_partner_of")
    assert {("state:EE", "strategic_partner_of", "state:US"), ("state:EE", "strategic_partner_of", "state:CA")} <= got


def test_support_word_inside_an_unlinked_name_is_no_support() -> None:
    lv = "ES Militārās palīdzības misijā Gruzijas atbalstam piedalās arī Lietuvas instruktori."
    en = "Lithuanian instructors also serve in the EU Military Assistance Mission for Georgia."
    assert not _got(lv, "military_support_to") and not _got(en, "military_support_to")


def test_support_in_plain_words_still_counts() -> None:
    assert ("state:LT", "military_support_to", "state:UA") in _got("Lietuva sniedz Ukrainai militāro atbalstu.",
                                                                    "military_support_to")


def test_lv_our_is_latvia_even_when_the_text_is_mostly_about_the_guest() -> None:
    text = ("Rīgā ieradās Igaunijas aizsardzības ministrs. Igaunija un Igaunijas armija stiprina sadarbību. "
            "\"Igaunija ir mūsu stratēģiskā partnere,\" uzsvēra Latvijas ministrs.")
    assert ("state:LV", "strategic_partner_of", "state:EE") in _got(text, "strategic_partner_of")

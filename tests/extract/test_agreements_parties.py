"""Documents named by their parties: "Latvia–Ukraine security agreement 2024" style names, in both
languages, resolution to a reference agreement, parties as signatories, joining a declaration."""

from __future__ import annotations

from conftest import analyse_text, claims_of, triples

from allygraph.model import Literal


def _signed(doc) -> set[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    out = set()
    for c in claims_of(doc, "signed"):
        place = "" if isinstance(c.object, Literal) else c.object
        t = c.qualifiers.get("point_in_time")
        out.add((c.subject, place, str(t) if t else None))
    return out


def _created(doc, eid: str):  # type: ignore[no-untyped-def]
    return next(e for e in doc.new_entities if e.id == eid)


def test_lv_parties_in_the_genitive_before_the_noun_name_the_agreement() -> None:
    doc = analyse_text("Igaunijas un Latvijas aizsardzības vienošanos 2022. gada maijā Tallinā parakstīja "
                       "abu valstu ministri.")
    assert _signed(doc) == {("agreement:ee-lv-defence-agreement-2022", "city:tallinn", "2022-05")}
    e = _created(doc, "agreement:ee-lv-defence-agreement-2022")
    assert e.labels == {"en": "Estonia–Latvia defence agreement 2022",
                        "lv": "Igaunijas un Latvijas aizsardzības vienošanās 2022"}
    assert "Igaunijas un Latvijas vienošanās" in e.aliases["lv"]
    assert "Estonia–Latvia defence agreement" in e.aliases["en"]


def test_lv_topic_from_the_words_about_the_agreement() -> None:
    doc = analyse_text("Polijas un Latvijas vienošanos par ciešāku sadarbību aizsardzības jomā 2025. gada "
                       "aprīlī Rīgā parakstīja abu valstu ministri.")
    assert _signed(doc) == {("agreement:lv-pl-defence-cooperation-agreement-2025", "city:riga", "2025-04")}
    e = next(x for x in doc.new_entities if x.id == "agreement:lv-pl-defence-cooperation-agreement-2025")
    assert e.labels["en"] == "Latvia–Poland defence cooperation agreement 2025"
    assert {"Latvia–Poland defence agreement", "Latvia–Poland cooperation agreement"} <= set(e.aliases["en"])


def test_en_passive_agreement_between_two_states_and_the_people_who_signed_it() -> None:
    doc = analyse_text("The bilateral security agreement between Poland and Lithuania was signed in Warsaw "
                       "on 3 March 2025 by Gitanas Nausėda and Andrzej Duda.")
    assert _signed(doc) == {("agreement:lt-pl-security-agreement-2025", "city:warsaw", "2025-03-03")}
    assert _created(doc, "agreement:lt-pl-security-agreement-2025").labels["en"] == \
        "Lithuania–Poland security agreement 2025"


def test_en_capitals_stand_for_their_states_and_sign_the_roadmap() -> None:
    doc = analyse_text("A new roadmap agreed between Vilnius and Warsaw in May 2025 sets out joint exercises.")
    assert _signed(doc) == {("agreement:lt-pl-roadmap-2025", "", "2025-05")}
    assert triples(doc, "signatory") == {("agreement:lt-pl-roadmap-2025", "signatory", "state:LT"),
                                         ("agreement:lt-pl-roadmap-2025", "signatory", "state:PL")}


def test_a_reference_agreement_with_the_same_parties_kind_and_year_is_used() -> None:
    doc = analyse_text("The roadmap between Riga and Ottawa was signed in July 2023.")
    assert _signed(doc) == {("agreement:ca-lv-brigade-roadmap", "", "2023-07")}
    assert not [e for e in doc.new_entities if e.type.value == "agreement"]


def test_en_possessive_party_and_with() -> None:
    doc = analyse_text("Estonia's defence agreement with Finland was signed in Helsinki in June 2024.")
    assert _signed(doc) == {("agreement:ee-fi-defence-agreement-2024", "city:helsinki", "2024-06")}


def test_lv_a_state_that_joined_a_declaration_is_a_signatory_without_a_signing() -> None:
    doc = analyse_text("Šai G7 valstu kopīgajai deklarācijai vēlāk pievienojās arī Igaunija.")
    assert claims_of(doc, "signed") == []
    [c] = claims_of(doc, "signatory")
    assert c.object == "state:EE" and _created(doc, c.subject).labels["lv"] == "G7 kopīgā deklarācija"


def test_en_an_undated_declaration_adopted_at_a_place_is_named_by_its_owner() -> None:
    doc = analyse_text("The G7 joint declaration on Ukraine, adopted at the summit in Vilnius, was later "
                       "joined by Lithuania.")
    assert _signed(doc) == {("agreement:g7-declaration", "city:vilnius", None)}


def test_a_bare_agreement_without_parties_still_makes_nothing() -> None:
    doc = analyse_text("The agreement was signed in Riga in May 2024.")
    assert claims_of(doc, "signed") == []


def test_en_a_recurring_instrument_signed_in_another_year_is_a_new_one_at_the_org_seat() -> None:
    doc = analyse_text("The accession protocols for North Macedonia were signed at NATO Headquarters on 6 February 2019.")
    eid = "agreement:accession-protocols-for-north-macedonia-2019"
    assert _signed(doc) == {(eid, "city:brussels", "2019-02-06")}
    e = _created(doc, eid)
    assert e.labels["en"] == "Accession protocols for North Macedonia 2019"
    assert "accession protocols for North Macedonia" in e.aliases["en"]


def test_lv_org_seat_is_a_place_not_a_signatory() -> None:
    doc = analyse_text("Ziemeļmaķedonijas pievienošanās protokolus NATO galvenajā mītnē parakstīja 2019. gada 6. februārī.")
    [(subject, place, when)] = _signed(doc)
    assert (place, when) == ("city:brussels", "2019-02-06") and subject != "agreement:nato-accession-protocols-2003"
    assert not [c for c in claims_of(doc, "signatory") if c.object == "org:nato"]


def test_the_recurring_instrument_of_its_own_year_stays_the_reference_one() -> None:
    doc = analyse_text("The accession protocols were signed in Brussels on 26 March 2003.")
    assert _signed(doc) == {("agreement:nato-accession-protocols-2003", "city:brussels", "2003-03-26")}

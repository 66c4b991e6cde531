"""signed (place, point in time) and signatory, in Latvian and English."""

from __future__ import annotations

from conftest import analyse_text, claims_of, triples

from allygraph.model import Literal


def _signed(text: str) -> set[tuple[str, str, str]]:
    out = set()
    for c in claims_of(analyse_text(text), "signed"):
        place = "" if isinstance(c.object, Literal) else c.object
        out.add((c.subject, place, str(c.qualifiers["point_in_time"])))
    return out


def test_lv_several_declarations_each_date_with_the_place_after_it() -> None:
    text = ("NATO un ES sadarbības pamatā ir 2016. gada jūlijā Varšavā un 2023. gada 10. janvārī Briselē "
            "parakstītās kopīgās deklarācijas.")
    assert _signed(text) == {("agreement:eu-nato-jd-2016", "city:warsaw", "2016-07"),
                             ("agreement:eu-nato-jd-2023", "city:brussels", "2023-01-10")}


def test_en_passive_place_before_the_date() -> None:
    text = "The North Atlantic Treaty was signed in Washington on 4 April 1949."
    assert _signed(text) == {("agreement:north-atlantic-treaty", "city:washington", "1949-04-04")}


def test_en_another_declaration_without_a_place() -> None:
    text = "NATO and the EU renewed their pledge with another joint declaration in July 2018."
    assert _signed(text) == {("agreement:eu-nato-jd-2018", "", "2018-07")}


def test_a_declaration_the_reference_data_lacks_is_created() -> None:
    doc = analyse_text("In May 2031 NATO and the EU signed a new joint declaration in Riga.")
    [c] = claims_of(doc, "signed")
    assert c.object == "city:riga" and str(c.qualifiers["point_in_time"]) == "2031-05"
    created = {e.id: e for e in doc.new_entities}
    assert c.subject in created and "2031" in created[c.subject].labels["en"]


def test_a_declaration_merely_recalled_with_another_year_creates_nothing() -> None:
    doc = analyse_text("In 2021 leaders recalled the joint declaration of NATO and the EU.")
    assert claims_of(doc, "signed") == [] and doc.new_entities == []


def test_en_signatories_are_the_people_of_the_sentence() -> None:
    text = ("In July 2016, in a joint declaration, the NATO Secretary General Jens Stoltenberg and "
            "the European Council President Donald Tusk pledged closer ties.")
    assert triples(analyse_text(text), "signatory") == {
        ("agreement:eu-nato-jd-2016", "signatory", "person:jens-stoltenberg"),
        ("agreement:eu-nato-jd-2016", "signatory", "person:donald-tusk")}


def test_lv_signatories_after_the_verb() -> None:
    text = ("2023. gada kopīgo deklarāciju parakstīja Jenss Stoltenbergs, Šarls Mišels un "
            "Ursula fon der Leiena.")
    assert triples(analyse_text(text), "signatory") == {
        ("agreement:eu-nato-jd-2023", "signatory", "person:jens-stoltenberg"),
        ("agreement:eu-nato-jd-2023", "signatory", "person:charles-michel"),
        ("agreement:eu-nato-jd-2023", "signatory", "person:ursula-von-der-leyen")}


def test_en_states_signing_a_named_treaty() -> None:
    text = "Belgium, Canada and Denmark signed the North Atlantic Treaty in 1949."
    assert triples(analyse_text(text), "signatory") == {
        ("agreement:north-atlantic-treaty", "signatory", s) for s in ("state:BE", "state:CA", "state:DK")}


def test_lv_signing_and_signatories_carried_from_the_sentence_before() -> None:
    text = ("ES un NATO attiecības balstās uz kopīgām deklarācijām. Otrā no tām tika parakstīta Briselē "
            "2018. gada 10. jūlijā. Zem tās parakstus lika Donalds Tusks un Jenss Stoltenbergs.")
    doc = analyse_text(text)
    assert {(c.subject, c.object) for c in claims_of(doc, "signed")} == {("agreement:eu-nato-jd-2018", "city:brussels")}
    assert triples(doc, "signatory") == {
        ("agreement:eu-nato-jd-2018", "signatory", "person:donald-tusk"),
        ("agreement:eu-nato-jd-2018", "signatory", "person:jens-stoltenberg")}


def test_en_protocols_to_a_treaty_are_not_the_treaty_signed() -> None:
    doc = analyse_text("In 2003 accession protocols to the North Atlantic Treaty were signed in Brussels.")
    signed = {(c.subject, c.object) for c in claims_of(doc, "signed")}
    assert not any(s == "agreement:north-atlantic-treaty" for s, _ in signed)
    assert signed and all(o == "city:brussels" for _, o in signed)  # the protocols (known or created)

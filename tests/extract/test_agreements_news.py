"""Signings and signatories in news-style wording (LV and EN), written for these tests: other voices,
documents the reference data lacks, datelines, signatories carried to the next sentence."""

from __future__ import annotations

from conftest import analyse_text, claims_of, triples


def _signed(text: str) -> set[tuple[str, str, str]]:
    return {(c.subject, c.object if isinstance(c.object, str) else str(c.object), c.qualifiers.get("point_in_time", ""))
            for c in claims_of(analyse_text(text), "signed")}


def test_en_put_their_signatures_to_a_declaration() -> None:
    doc = analyse_text("Stoltenberg and von der Leyen put their signatures to the new joint declaration in Brussels "
                       "on 10 January 2023.")
    assert {(c.subject, c.object) for c in claims_of(doc, "signed")} == {("agreement:eu-nato-jd-2023", "city:brussels")}
    assert {o for _, _, o in triples(doc, "signatory")} == {"person:jens-stoltenberg", "person:ursula-von-der-leyen"}


def test_en_date_and_place_before_the_signatories() -> None:
    doc = analyse_text("On 10 July 2018 in Brussels, Donald Tusk, Jean-Claude Juncker and Jens Stoltenberg signed a "
                       "second joint declaration.")
    assert [c.qualifiers.get("point_in_time") for c in claims_of(doc, "signed")] == ["2018-07-10"]
    assert {o for _, _, o in triples(doc, "signatory")} == {
        "person:donald-tusk", "person:jean-claude-juncker", "person:jens-stoltenberg"}


def test_en_memorandum_the_reference_data_lacks_is_created() -> None:
    doc = analyse_text("Latvia and Lithuania signed a memorandum of understanding on air defence in Vilnius on "
                       "12 March 2024.")
    signed = claims_of(doc, "signed")
    assert len(signed) == 1 and signed[0].object == "city:vilnius"
    created = [e for e in doc.new_entities if e.id == signed[0].subject]
    assert created and "memorandum of understanding" in created[0].label("en").casefold()
    assert {o for _, _, o in triples(doc, "signatory")} == {"state:LV", "state:LT"}


def test_en_passive_with_the_parties_named_before() -> None:
    got = _signed("The defence cooperation agreement between Latvia and Estonia was signed in Tallinn in May 2022 "
                  "by the two defence ministers.")
    assert got == {("agreement:ee-lv-defence-cooperation-agreement-2022", "city:tallinn", "2022-05")}


def test_en_dateline_gives_date_and_place_and_signed_by_skips_an_adverb() -> None:
    doc = analyse_text("Riga, 3 June 2024. A bilateral roadmap was signed today by Latvia and Poland.")
    assert {(c.object, c.qualifiers.get("point_in_time")) for c in claims_of(doc, "signed")} == {
        ("city:riga", "2024-06-03")}
    assert {o for _, _, o in triples(doc, "signatory")} == {"state:LV", "state:PL"}


def test_en_issued_by_three_states() -> None:
    doc = analyse_text("A joint communiqué was issued by Latvia, Lithuania and Estonia in Vilnius on 5 April 2019.")
    assert {o for _, _, o in triples(doc, "signatory")} == {"state:LV", "state:LT", "state:EE"}


def test_en_a_summit_declaration_is_not_a_joint_declaration() -> None:
    doc = analyse_text("The Vilnius Summit Declaration was adopted by NATO leaders on 11 July 2023.")
    assert not any(s.startswith("agreement:eu-nato") for s, _, _ in triples(doc, "signed"))


def test_en_a_bare_noun_is_no_name() -> None:
    assert claims_of(analyse_text("An agreement was signed in Riga on 4 May 2021 by Latvia and Finland."), "signed") == []


def test_lv_passive_tika_parakstita() -> None:
    assert _signed("2016. gada 8. jūlijā Varšavā tika parakstīta ES un NATO kopīgā deklarācija.") == {
        ("agreement:eu-nato-jd-2016", "city:warsaw", "2016-07-08")}


def test_lv_signatories_in_the_next_sentence() -> None:
    doc = analyse_text("2016. gada jūlijā Varšavā ES un NATO vadītāji parakstīja kopīgu deklarāciju. Zem tās savus "
                       "parakstus lika Donalds Tusks, Žans Klods Junkers un Jenss Stoltenbergs.")
    people = {o for s, _, o in triples(doc, "signatory") if o.startswith("person:")}
    assert people == {"person:donald-tusk", "person:jean-claude-juncker", "person:jens-stoltenberg"}


def test_lv_bilateral_agreement_created_in_the_nominative() -> None:
    doc = analyse_text("Latvija un Igaunija 2022. gada maijā Tallinā parakstīja divpusēju nolīgumu par aizsardzības "
                       "sadarbību.")
    signed = claims_of(doc, "signed")
    assert [(c.object, c.qualifiers.get("point_in_time")) for c in signed] == [("city:tallinn", "2022-05")]
    created = next(e for e in doc.new_entities if e.id == signed[0].subject)
    assert created.label("lv").startswith("Divpusējs nolīgums")
    assert {o for _, _, o in triples(doc, "signatory")} == {"state:LV", "state:EE"}


def test_lv_object_first_signatories_after_the_verb() -> None:
    doc = analyse_text("Saprašanās memorandu 2021. gada novembrī Viļņā parakstīja Latvija, Lietuva un Igaunija.")
    assert {(c.object, c.qualifiers.get("point_in_time")) for c in claims_of(doc, "signed")} == {
        ("city:vilnius", "2021-11")}
    assert {o for _, _, o in triples(doc, "signatory")} == {"state:LV", "state:LT", "state:EE"}


def test_lv_dateline_before_the_signing() -> None:
    doc = analyse_text("Rīgā, 2024. gada 3. jūnijā. Latvijas un Igaunijas aizsardzības ministri parakstīja "
                       "saprašanās memorandu.")
    assert {(c.object, c.qualifiers.get("point_in_time")) for c in claims_of(doc, "signed")} == {
        ("city:riga", "2024-06-03")}


def test_lv_summit_declaration_is_not_a_joint_declaration() -> None:
    doc = analyse_text("Madrides samita deklarāciju NATO valstu vadītāji pieņēma 2022. gada 29. jūnijā.")
    assert not any(s.startswith("agreement:eu-nato") for s, _, _ in triples(doc, "signed"))

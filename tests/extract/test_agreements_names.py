"""Names of documents the reference data lacks: capitalised English names, an owner's possessive,
Latvian 'par' complements; signatories that are the verb's subjects and not the later joiners; a
signing in a clause before a count of measures."""

from conftest import analyse_text, claims_of, triples


def _ids(text: str, predicate: str = "signed") -> set[str]:
    return {s for s, _, _ in triples(analyse_text(text), predicate)}


def test_en_capitalised_name_before_agreement_is_kept_whole():
    assert _ids("In March 2024 Latvia and Estonia signed the Baltic Border Shield agreement in Riga.") == {
        "agreement:baltic-border-shield-agreement-2024"}
    assert _ids("The Nordic Air Defence Framework Accord was signed in Oslo in 2023.") == {
        "agreement:nordic-air-defence-framework-accord-2023"}


def test_en_possessive_owner_names_the_document():
    got = _ids("Estonia, Latvia and Lithuania signed the JEF's framework memorandum of understanding in "
               "London in 2016.")
    assert got == {"agreement:jef-framework-memorandum-of-understanding-2016"}
    got = _ids("Denmark signed NATO's host nation support memorandum in Brussels in 2019.")
    assert got == {"agreement:nato-host-nation-support-memorandum-2019"}


def test_lv_owner_before_the_modifier_names_the_document():
    got = _ids("2016. gadā Londonā tika parakstīts JEF sadarbības memorands.")
    assert got == {"agreement:jef-sadarbibas-memorands-2016"}


def test_lv_par_complement_names_the_document_in_the_nominative():
    adoc = analyse_text("2024. gada 2. februārī Rīgā ministri parakstīja vienošanos par Baltijas "
                        "pretmobilitātes joslas izveidi.")
    (c,) = claims_of(adoc, "signed")
    assert c.subject == "agreement:vienosanas-par-baltijas-pretmobilitates-joslas-izveidi-2024"
    adoc = analyse_text("Tallinā 2023. gada maijā tika parakstīts saprašanās memorands par dronu "
                        "ražošanas attīstību.")
    (c,) = claims_of(adoc, "signed")
    assert c.subject == "agreement:saprasanas-memorands-par-dronu-razosanas-attistibu-2023"
    assert str(c.object) == "city:tallinn"


def test_subjects_of_the_signing_verb_are_signatories_not_later_joiners():
    text = ("Denmark, Norway and Latvia signed the Nordic Baltic Logistics Accord in Copenhagen in 2019; "
            "Finland and Sweden joined in 2021.")
    got = {o for _, _, o in triples(analyse_text(text), "signatory")}
    assert got == {"state:DK", "state:NO", "state:LV"}
    text = ("Latvija, Lietuva un Polija 2022. gadā Varšavā parakstīja Baltijas loģistikas memorandu, "
            "kuram 2023. gadā pievienojās Somija.")
    got = {o for _, _, o in triples(analyse_text(text), "signatory")}
    assert got == {"state:LV", "state:LT", "state:PL"}


def test_signing_clause_before_a_count_of_measures_is_read():
    text = ("NATO and the EU work together. After the first Joint Declaration was signed in Warsaw on "
            "8 July 2016, the two organisations endorsed 42 proposals in December 2016.")
    got = {(c.subject, str(c.object)) for c in claims_of(analyse_text(text), "signed")}
    assert got == {("agreement:eu-nato-jd-2016", "city:warsaw")}
    text = "To implement the Joint Declaration of NATO and the EU, 42 proposals were endorsed on 6 December 2016."
    assert not claims_of(analyse_text(text), "signed")

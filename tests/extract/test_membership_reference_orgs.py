"""International organisations Latvia and its partners belong to are known by their English and
Latvian names (and case forms), so membership sentences about them are read."""

from conftest import analyse_text, claims_of, triples


def test_global_coalition_in_latvian_dative() -> None:
    text = "Igaunija politiski pievienojās Globālajai koalīcijai pret \"Daesh\" 2014. gada septembrī."
    got = {(c.subject, c.object): c.qualifiers.get("start") for c in claims_of(analyse_text(text), "member_of")}
    assert got[("state:EE", "org:global-coalition-daesh")] == "2014-09"


def test_un_agencies_and_banks_en() -> None:
    text = ("Lithuania is a member of the International Atomic Energy Agency, the World Health Organization and "
            "the European Bank for Reconstruction and Development.")
    got = {o for s, _, o in triples(analyse_text(text), "member_of") if s == "state:LT"}
    assert {"org:iaea", "org:who"} <= got


def test_regional_formats_lv() -> None:
    text = "Polija ir Višegradas grupas dalībvalsts, bet Latvija ir Baltijas Asamblejas locekle kopš 1991. gada."
    got = triples(analyse_text(text), "member_of")
    assert ("state:PL", "member_of", "org:visegrad-group") in got
    assert ("state:LV", "member_of", "org:baltic-assembly") in got


def test_abbreviation_is_matched_only_as_written_en() -> None:
    text = "Who joined first? Estonia joined the ESA in 2015."
    got = triples(analyse_text(text), "member_of")
    assert ("state:EE", "member_of", "org:esa") in got
    assert not any(o == "org:who" for _, _, o in got)

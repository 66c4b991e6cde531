"""A signing at a military base: the place of signing is the base's town."""
from conftest import analyse_text, triples


def test_signed_at_base_en_gives_town() -> None:
    adoc = analyse_text("On 3 May 2031, at Ādaži Military Base, the two defence ministers signed the "
                        "Canada–Latvia roadmap for the brigade.")
    got = {(s, o) for s, _, o in triples(adoc, "signed")}
    assert any(o == "city:adazi" for _, o in got), got
    assert not any(o == "" for _, o in got), got


def test_signed_at_base_lv_gives_town() -> None:
    adoc = analyse_text("2031. gada 3. maijā Ādažu militārajā bāzē abu valstu ministri parakstīja "
                        "Kanādas–Latvijas ceļa karti.")
    got = {(s, o) for s, _, o in triples(adoc, "signed")}
    assert any(o == "city:adazi" for _, o in got), got

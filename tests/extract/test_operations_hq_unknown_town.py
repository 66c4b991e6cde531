"""``headquartered in <unknown town>, <state>``: the state is the town's country, not the headquarters;
a command we know is headquartered in the town we know."""
from conftest import analyse_text, triples


def test_en_state_after_unknown_town_is_not_headquarters() -> None:
    adoc = analyse_text("The NATO Allied Logistics Hub (NALH), headquartered in Grafenwald, Germany, "
                        "steers the flow of supplies.")
    assert not {o for _, _, o in triples(adoc, "headquarters")} & {"state:DE"}


def test_en_state_alone_is_still_headquarters() -> None:
    adoc = analyse_text("The Baltic Defence College is headquartered in Estonia.")
    assert ("org:baltdefcol", "headquarters", "state:EE") in triples(adoc, "headquarters")


def test_en_nsatu_headquartered_in_wiesbaden() -> None:
    adoc = analyse_text("Since 2024 the NSATU command, headquartered in Wiesbaden, Germany, has steered "
                        "training for Ukrainian units.")
    got = triples(adoc, "headquarters")
    assert ("org:nsatu", "headquarters", "city:wiesbaden") in got
    assert not any(o == "state:DE" for _, _, o in got)


def test_lv_nsatu_stabs_visbadene() -> None:
    adoc = analyse_text("Apmācības vada NSATU pavēlniecība, kuras štābs atrodas Vīsbādenē.")
    assert ("org:nsatu", "headquarters", "city:wiesbaden") in triples(adoc, "headquarters")

"""Context beyond one clause: a place heading sets the theatre of the operations under it, a
sentence-initial place holds for each clause's operation, "its headquarters" and "the
operation" refer back to the operation named before."""

from __future__ import annotations

from conftest import analyse_text, triples


def test_en_place_heading_sets_theatre_of_section() -> None:
    text = "Kosovo\n\nKFOR was set up in June 1999 and still keeps several thousand troops.\n"
    assert triples(analyse_text(text), "operates_in") == {("operation:kfor", "operates_in", "state:XK")}


def test_lv_region_heading_does_not_override_reference_theatre() -> None:
    text = "Balkāni\n\nKFOR uztur vairākus tūkstošus karavīru jau kopš 1999. gada.\n"
    assert triples(analyse_text(text), "operates_in") == set()


def test_lv_sentence_initial_place_holds_for_each_clause() -> None:
    text = "Afganistānā Igaunija vispirms piedalījās ISAF misijā, bet vēlāk Igaunijas karavīri dienēja Resolute Support misijā."
    got = triples(analyse_text(text), "operates_in")
    assert got == {("operation:isaf", "operates_in", "state:AF"), ("operation:resolute-support", "operates_in", "state:AF")}


def test_en_its_headquarters_and_the_operation_refer_back() -> None:
    text = ("Operation Irini was launched in 2020. Its headquarters is located in Rome, and the operation is "
            "commanded by the Vice-Chief of Staff SHAPE.")
    adoc = analyse_text(text)
    assert triples(adoc, "headquarters") == {("operation:irini", "headquarters", "city:rome")}
    assert triples(adoc, "commanded_by") == {("operation:irini", "commanded_by", "position:vcos-shape")}


def test_en_invitation_of_a_dashed_list_without_organisation_named() -> None:
    text = ("NATO grew again in the new century. In Prague on 21 November 2002 the Allies invited five countries "
            "– Bulgaria, Romania, Slovakia, Slovenia and Estonia – to begin accession talks.")
    got = {(s, o) for s, _, o in triples(analyse_text(text), "invited_to_join")}
    assert got == {(s, "org:nato") for s in ("state:BG", "state:RO", "state:SK", "state:SI", "state:EE")}

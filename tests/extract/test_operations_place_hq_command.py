"""operates_in, headquarters and commanded_by in English and Latvian: a sentence-initial place,
an "operates in" verb after a relative clause, the Latvian locative, operation headquarters,
passive "commanded by" and "komandieris"."""

from __future__ import annotations

from conftest import analyse_text, triples


def _t(text: str, predicate: str) -> set[tuple[str, str, str]]:
    return triples(analyse_text(text), predicate)


def test_en_sentence_initial_place_goes_to_the_nearest_operation() -> None:
    text = "In Kosovo, KFOR keeps patrolling the north together with EULEX."
    assert _t(text, "operates_in") == {("operation:kfor", "operates_in", "state:XK")}


def test_en_operates_in_after_relative_clause() -> None:
    text = "Operation Irini, which replaced Operation Sophia, operates in the Mediterranean."
    assert _t(text, "operates_in") == {("operation:irini", "operates_in", "region:mediterranean-sea")}


def test_lv_locative_place() -> None:
    assert _t("Operācija Sea Guardian darbojas Vidusjūrā.", "operates_in") == {
        ("operation:sea-guardian", "operates_in", "region:mediterranean-sea")}


def test_en_operation_headquarters_belongs_to_the_operation() -> None:
    text = "EUFOR Althea draws on NATO assets, and its Operation Headquarters is located at SHAPE."
    assert _t(text, "headquarters") == {("operation:eufor-althea", "headquarters", "org:shape")}


def test_en_headquartered_in() -> None:
    assert _t("Allied Command Operations is headquartered in Mons.", "headquarters") == {
        ("org:aco", "headquarters", "city:mons")}


def test_lv_staff_is_located() -> None:
    assert _t("EUFOR Althea štābs atrodas SHAPE.", "headquarters") == {
        ("operation:eufor-althea", "headquarters", "org:shape")}


def test_en_passive_commanded_by_position() -> None:
    assert _t("KFOR is commanded by the Supreme Allied Commander Europe.", "commanded_by") == {
        ("operation:kfor", "commanded_by", "position:saceur")}


def test_en_position_is_the_commander_of_operation() -> None:
    text = "The Vice-Chief of Staff SHAPE serves as the Commander of EUFOR Althea."
    assert _t(text, "commanded_by") == {("operation:eufor-althea", "commanded_by", "position:vcos-shape")}


def test_lv_commander_is_position() -> None:
    assert _t("EUFOR Althea komandieris ir SHAPE štāba priekšnieka vietnieks.", "commanded_by") == {
        ("operation:eufor-althea", "commanded_by", "position:vcos-shape")}

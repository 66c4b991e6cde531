"""Names only the store knows (agreements and people a document introduced) are linked in questions
in any word order and inflection; a position named in a "who" question asks for its holder."""

from __future__ import annotations

import pytest

from allygraph.ask import answer
from allygraph.model import Claim, Entity, Literal, Source
from allygraph.vocab import EntityType, Predicate

MOU = "agreement:ee-fi-naval-mou-2023"
MOU2 = "agreement:ee-fi-naval-training-plan-2024"


def _claim(s: str, p: str, o: str | Literal, quals: dict | None = None, at: int = 0) -> Claim:
    quote = f"{s} {p} {o}"
    return Claim(s, Predicate(p), o, quals or {}, [Source("l_doc", at, at + len(quote), quote, "test", "0", 0.9)], 0.9)


def _new(eid: str, typ: EntityType, en: str, lv: str) -> Entity:
    return Entity(eid, typ, {"en": en, "lv": lv}, source="doc:l_doc")


@pytest.fixture(scope="module")
def store(tmp_path_factory):  # type: ignore[no-untyped-def]
    from allygraph.pipeline import reference_version
    from allygraph.refdata import load_reference
    from allygraph.store import open_store

    st = open_store(tmp_path_factory.mktemp("link") / "s.db")
    st.sync_reference(load_reference().entities.values(), reference_version())
    ents = [
        _new(MOU, EntityType.AGREEMENT, "Estonia–Finland naval cooperation memorandum 2023",
             "Igaunijas un Somijas jūras spēku sadarbības memorands 2023"),
        _new(MOU2, EntityType.AGREEMENT, "Estonia–Finland naval training plan 2024",
             "Igaunijas un Somijas jūras spēku mācību plāns 2024"),
        _new("person:aino-virtanen", EntityType.PERSON, "Aino Virtanen", "Aino Virtanena"),
        _new("person:mart-tamm", EntityType.PERSON, "Mart Tamm", "Mārts Tamms"),
        _new("position:commander-mnb-latvia", EntityType.POSITION, "Commander of NATO Multinational Brigade Latvia",
             "NATO Daudznacionālās brigādes Latvijā komandieris"),
        _new("person:ivars-ozols", EntityType.PERSON, "Ivars Ozols", "Ivars Ozols"),
    ]
    st.put_claims([
        _claim(MOU, "signatory", "person:aino-virtanen", at=0),
        _claim(MOU, "signatory", "person:mart-tamm", at=100),
        _claim(MOU, "signed", "city:tallinn", {"point_in_time": Literal("2023-05-04", "date")}, at=200),
        _claim(MOU2, "signed", "city:helsinki", {"point_in_time": Literal("2024-02-01", "date")}, at=300),
        _claim("state:EE", "signatory", "agreement:stratcom-coe-memorandum-2014", at=400),
        _claim("person:ivars-ozols", "holds_position", "position:commander-mnb-latvia", at=600),
        _claim("person:andrius-kubilius", "holds_position", "position:eu-commissioner-defence-space", at=500),
    ], ents)
    yield st
    st.close()


def _ids(r: dict) -> set[str]:
    return {i.get("id") for i in r["items"]}


def _values(r: dict) -> set[str]:
    return {str(i.get("value")) for i in r["items"] if "value" in i}


@pytest.mark.parametrize("question", [
    "Who signed the Estonia–Finland naval cooperation memorandum?",
    "Which people signed the naval cooperation memorandum between Estonia and Finland?",
    "Kas parakstīja Igaunijas un Somijas jūras spēku sadarbības memorandu?",
    "Kas parakstīja jūras spēku sadarbības memorandu starp Igauniju un Somiju?",
])
def test_signatories_of_a_document_named_agreement(store, question: str) -> None:  # type: ignore[no-untyped-def]
    r = answer(store, question)
    assert _ids(r) == {"person:aino-virtanen", "person:mart-tamm"}, r["answer"]


@pytest.mark.parametrize("question,expected", [
    ("When did Estonia and Finland sign the naval cooperation memorandum?", "2023-05-04"),
    ("Kad Igaunija un Somija parakstīja jūras spēku sadarbības memorandu?", "2023-05-04"),
    ("Kad tika parakstīts Igaunijas un Somijas jūras spēku mācību plāns?", "2024-02-01"),
    ("When was the Estonia–Finland naval training plan signed?", "2024-02-01"),
])
def test_the_date_of_the_named_agreement_not_of_its_sibling(store, question: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    r = answer(store, question)
    assert _values(r) == {expected}, r["answer"]


def test_a_name_missing_a_word_is_not_linked(store) -> None:  # type: ignore[no-untyped-def]
    r = answer(store, "When did Estonia and Finland sign a memorandum?")
    assert "2024-02-01" not in _values(r) and "2023-05-04" not in _values(r), r["answer"]


@pytest.mark.parametrize("question", [
    "Who is the first EU Commissioner for Defence and Space?",
    "Kurš ir ES aizsardzības un kosmosa komisārs?",
    "Kas ir pirmais ES aizsardzības un kosmosa komisārs?",
])
def test_who_holds_a_named_position(store, question: str) -> None:  # type: ignore[no-untyped-def]
    r = answer(store, question)
    assert _ids(r) == {"person:andrius-kubilius"}, r["answer"]


@pytest.mark.parametrize("question", [
    "Who commands Multinational Division North, which the NATO brigade in Latvia belongs to?",
    "Who commands the Multinational Division North that oversees the NATO brigade in Latvia?",
])
def test_words_of_a_store_name_spread_over_another_name_link_nothing(store, question: str) -> None:  # type: ignore[no-untyped-def]
    r = answer(store, question)
    assert "person:ivars-ozols" not in _ids(r), r["answer"]


def test_a_store_position_named_in_full_gives_its_holder(store) -> None:  # type: ignore[no-untyped-def]
    r = answer(store, "Who is the Commander of NATO Multinational Brigade Latvia?")
    assert _ids(r) == {"person:ivars-ozols"}, r["answer"]

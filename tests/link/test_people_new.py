"""People the reference data lacks, found after titles, and their surnames later on."""

from __future__ import annotations

from allygraph.link.gazetteer import Gazetteer
from allygraph.refdata import load_reference


def test_english_title_introduces_a_new_person_and_surname_links_later() -> None:
    gaz = Gazetteer(load_reference())
    text = "Defence Minister Tarmo Kask met Ambassador Jane Doe-Smith in Tallinn. Later Kask spoke."
    mentions, people = gaz.find_entities(text, "en")
    assert [p.id for p in people] == ["person:jane-doe-smith", "person:tarmo-kask"]
    pevkur = [m for m in mentions if m.entity_id == "person:tarmo-kask"]
    assert [m.surface for m in pevkur] == ["Tarmo Kask", "Kask"] and all(m.created for m in pevkur)
    assert any(m.entity_id == "city:tallinn" for m in mentions)


def test_latvian_title_and_inflected_surname() -> None:
    gaz = Gazetteer(load_reference())
    text = "Igaunijas aizsardzības ministrs Tarmo Kasks (RE) teica, ka Kaska vizīte būs rīt."
    mentions, people = gaz.find_entities(text, "lv")
    assert [p.labels["lv"] for p in people] == ["Tarmo Kasks"]
    later = [m for m in mentions if m.surface == "Kaska"]
    assert later and later[0].entity_id == "person:tarmo-kasks" and "gen" in later[0].cases


def test_known_people_are_not_created_again() -> None:
    gaz = Gazetteer(load_reference())
    mentions, people = gaz.find_entities("ministrs Artis Pabriks un NATO Secretary General Mark Rutte", "lv")
    assert people == []
    assert {"person:artis-pabriks", "person:mark-rutte"} <= {m.entity_id for m in mentions}


def test_deterministic_ids() -> None:
    gaz = Gazetteer(load_reference())
    a = gaz.find_entities("President Ann Öberg visited Riga.", "en")[1]
    b = gaz.find_entities("President Ann Öberg visited Riga.", "en")[1]
    assert [e.id for e in a] == [e.id for e in b] == ["person:ann-oberg"]


def test_declined_latvian_name_after_a_title_becomes_nominative() -> None:
    gaz = Gazetteer(load_reference())
    text = "Apbalvojumu pasniedza ministram Jānim Ozoliņam. Vēlāk Ozoliņš pateicās."
    mentions, people = gaz.find_entities(text, "lv")
    assert [(p.id, p.labels["lv"]) for p in people] == [("person:janis-ozolins", "Jānis Ozoliņš")]
    assert [m.surface for m in mentions if m.entity_id == "person:janis-ozolins"] == ["Jānim Ozoliņam", "Ozoliņš"]


def test_known_people_in_latvian_spelling_and_case() -> None:
    gaz = Gazetteer(load_reference())
    text = ("Ministram Artim Pabrikam, Urzulai fon der Leienai, Žanam Klodam Junkeram, Jensam Stoltenbergam, "
            "Markam Rutem un Džastinam Trudo.")
    ids = [m.entity_id for m in gaz.find_entities(text, "lv")[0] if m.type.value == "person"]
    assert ids == ["person:artis-pabriks", "person:ursula-von-der-leyen", "person:jean-claude-juncker",
                   "person:jens-stoltenberg", "person:mark-rutte", "person:justin-trudeau"]

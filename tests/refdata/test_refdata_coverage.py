"""The broadened reference data links missions, NATO bodies and places in English and in Latvian.

Sentences are our own; each names an entity added for coverage (EU CSDP missions, UN and OSCE
missions, NATO agencies and corps, regional formats, bases) and checks that the pipeline links it,
in Latvian also in an inflected (locative, genitive, dative) form.
"""

from __future__ import annotations

import hashlib

import pytest

from allygraph.model import Document
from allygraph.refdata.loader import read_reference


def _linked(text: str) -> set[str]:
    from allygraph.pipeline import analyse

    doc = Document("cov", "cov.txt", text, hashlib.sha256(text.encode()).hexdigest(), "txt")
    return {m.entity_id for m in analyse(doc).mentions}


EN_CASES = [
    ("Two Latvian monitors joined EUMM Georgia last spring.", "operation:eumm-georgia"),
    ("The EU Mission in Armenia patrols the border regions.", "operation:euma-armenia"),
    ("Police advisers from Riga were seconded to EUAM Ukraine.", "operation:euam-ukraine"),
    ("The UNPROFOR contingent rotated home in 1995.", "operation:unprofor"),
    ("Observers of the OSCE Special Monitoring Mission to Ukraine left in 2022.", "operation:osce-smm-ukraine"),
    ("Operation Atlantic Resolve keeps US armour in the region.", "operation:atlantic-resolve"),
    ("Colonels study at the NATO Defense College each year.", "org:ndc"),
    ("The NATO Support and Procurement Agency signed the ammunition contract.", "org:nspa"),
    ("JATEC analyses lessons from the battlefield.", "org:jatec"),
    ("The NATO-Ukraine Council met at ambassadors' level.", "org:nato-ukraine-council"),
    ("Standing NATO Mine Countermeasures Group 2 entered the port.", "formation:snmcmg2"),
    ("Staff officers served with the Allied Rapid Reaction Corps.", "formation:arrc"),
    ("Multinational Division South-East took command of the exercise.", "formation:mnd-se"),
    ("The Lublin Triangle ministers issued a statement.", "org:lublin-triangle"),
    ("Fighter jets landed at Ramstein Air Base.", "base:ramstein"),
    ("A new headquarters opened in Rostock.", "city:rostock"),
]

LV_CASES = [
    ("Divi Latvijas novērotāji dienēja ES novērošanas misijā Gruzijā.", "operation:eumm-georgia"),
    ("ES misijas Armēnijā darbinieki apmeklēja robežu.", "operation:euma-armenia"),
    ("Eksperti strādāja ES padomdevēja misijā Ukrainā.", "operation:euam-ukraine"),
    ("Policisti dienēja ANO pagaidu administrācijas misijā Kosovā.", "operation:unmik"),
    ("Novērotāji strādāja EDSO novērošanas misijā Ukrainā.", "operation:osce-smm-ukraine"),
    ("Karavīri piedalījās operācijā \"Atlantic Resolve\".", "operation:atlantic-resolve"),
    ("Pulkvedis mācījās NATO Aizsardzības koledžā.", "org:ndc"),
    ("Līgumu parakstīja NATO Atbalsta un iepirkumu aģentūrā.", "org:nspa"),
    ("Ministri tikās NATO–Ukrainas padomes sanāksmē.", "org:nato-ukraine-council"),
    ("Virsnieki dienēja Sabiedroto ātrās reaģēšanas korpusā.", "formation:arrc"),
    ("Štābs atrodas Daudznacionālās divīzijas \"Dienvidaustrumi\" ēkā.", "formation:mnd-se"),
    ("Kuģis pievienojās NATO 2. pastāvīgajā jūras spēku grupā.", "formation:snmg2"),
    ("Ļubļinas trijstūra ministri parakstīja paziņojumu.", "org:lublin-triangle"),
    ("Iznīcinātāji nolaidās Rāmšteinas aviobāzē.", "base:ramstein"),
    ("Jauns štābs tika atvērts Rostokā.", "city:rostock"),
]


@pytest.mark.parametrize(("text", "entity_id"), EN_CASES)
def test_new_entities_link_in_english(text: str, entity_id: str) -> None:
    assert entity_id in _linked(text)


@pytest.mark.parametrize(("text", "entity_id"), LV_CASES)
def test_new_entities_link_in_inflected_latvian(text: str, entity_id: str) -> None:
    assert entity_id in _linked(text)


def test_new_entities_have_both_labels_and_a_source() -> None:
    ref = read_reference()
    for _, entity_id in [*EN_CASES, *LV_CASES]:
        e = ref.get(entity_id)
        assert e is not None, entity_id
        assert e.labels.get("en") and e.labels.get("lv"), entity_id


def test_bare_ambiguous_acronyms_are_not_aliases() -> None:
    ref = read_reference()
    for acronym in ("SMM", "EUBAM", "NRC", "NDC", "eVA"):
        assert ref.by_label(acronym) == [], acronym

"""A relation word that describes a named thing ("the Germany-led battlegroup", "Vācijas vadītā
kaujas grupa", "the brigade led by Canada") is not what the question asks when it has its own verb."""

from __future__ import annotations

import pytest

from allygraph.ask.understand import understand


@pytest.mark.parametrize("question,lang", [
    ("Since when has the Germany-led battlegroup been based in Rukla?", "en"),
    ("Where is the battlegroup led by Germany stationed?", "en"),
    ("Kur atrodas Vācijas vadītā kaujas grupa?", "lv"),
    ("Kopš kura laika Vācijas vadītā kaujas grupa atrodas Rukļā?", "lv"),
])
def test_a_describing_participle_yields_to_the_verb(question: str, lang: str) -> None:
    q = understand(question, lang)
    assert q.predicates[0][0] == "located_in", q.predicates
    lead = dict(q.predicates).get("leads")
    assert lead is None or lead < q.predicates[0][1] - 1.0, q.predicates


@pytest.mark.parametrize("question,lang", [
    ("Which country leads the battlegroup in Lithuania?", "en"),
    ("Kura valsts vada kaujas grupu Lietuvā?", "lv"),
    ("Which battlegroup is led by Germany?", "en"),
])
def test_a_relation_asked_about_is_still_the_main_cue(question: str, lang: str) -> None:
    assert understand(question, lang).predicates[0][0] == "leads"

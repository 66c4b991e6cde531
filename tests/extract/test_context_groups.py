"""Coordination groups: the separators that join a list of names, including a repeated preposition
or article ("in Estonia, in Lithuania and the Netherlands"), and what does not join them."""

from __future__ import annotations

from conftest import analyse_text

from allygraph.extract.context import DocContext
from allygraph.vocab import EntityType


def _group_ids(text: str, first: str) -> list[str]:
    ctx = DocContext(analyse_text(text), "t", "0")
    view = ctx.views[0]
    m = next(x for x in view.mentions if x.entity_id == first)
    return [x.entity_id for x in view.group(m, {EntityType.STATE})]


def test_article_and_repeated_preposition_join_the_list():
    text = "Soldiers arrived from Spain, the Netherlands and from Poland last week."
    assert _group_ids(text, "state:ES") == ["state:ES", "state:NL", "state:PL"]


def test_latvian_repeated_preposition_joins_the_list():
    text = "Karavīri ieradās no Spānijas, no Polijas un no Čehijas."
    assert _group_ids(text, "state:ES") == ["state:ES", "state:PL", "state:CZ"]


def test_a_bare_preposition_does_not_join_two_names():
    text = "The minister travelled from Spain to Poland on Monday."
    assert _group_ids(text, "state:ES") == ["state:ES"]

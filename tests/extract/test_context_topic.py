"""ctx.topic(): the most-mentioned entity of the given types (ties: the earliest), remembered per
types for the document and counted again if the document's mentions change."""

from __future__ import annotations

from conftest import analyse_text

from allygraph.extract import EXTRACTOR_NAME, EXTRACTOR_VERSION
from allygraph.extract.context import DocContext
from allygraph.model import Mention
from allygraph.vocab import EntityType as T

_TEXT = ("Estonia and Latvia signed the plan in Riga. Latvia hosts the exercise; Estonia sends a company. "
         "NATO and the EU welcomed it, and Latvia thanked NATO.")


def test_most_mentioned_then_earliest_and_counted_again_after_a_change() -> None:
    adoc = analyse_text(_TEXT)
    ctx = DocContext(adoc, EXTRACTOR_NAME, EXTRACTOR_VERSION)
    assert ctx.topic() == "state:LV"  # three mentions against two
    assert ctx.topic([T.ORG]) == "org:nato"
    assert ctx.topic([T.PERSON]) is None
    assert ctx.topic((T.STATE,)) == "state:LV"  # the same answer through the remembered count
    for k in range(2):  # two more Estonia mentions: now the most mentioned
        adoc.mentions.append(Mention("state:EE", T.STATE, 1000 + k, 1007 + k, "Estonia"))
    assert ctx.topic() == "state:EE"

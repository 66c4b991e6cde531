"""The reference entities of some types, listed once per reference data for the argument helpers:
the same list as ``ReferenceData.of_type``, listed again only when the reference data changes."""

from __future__ import annotations

from allygraph.extract._args import _of_type
from allygraph.refdata import load_reference
from allygraph.vocab import EntityType


class _Ref:
    def __init__(self, ents: dict[str, object]) -> None:
        self.entities = ents
        self.calls = 0

    def of_type(self, *types: EntityType) -> list[object]:
        self.calls += 1
        return sorted(self.entities)  # (ids stand for entities here)


def test_same_list_as_the_reference_data_gives() -> None:
    ref = load_reference()
    types = (EntityType.FORMATION, EntityType.ORG)
    assert _of_type(ref, types) == ref.of_type(*types)
    assert _of_type(ref, types) is _of_type(ref, types)


def test_listed_again_when_the_reference_data_grows() -> None:
    ref = _Ref({"org:a": 1})
    types = (EntityType.ORG,)
    assert _of_type(ref, types) == ["org:a"] and _of_type(ref, types) == ["org:a"]
    assert ref.calls == 1
    ref.entities["org:b"] = 2
    assert _of_type(ref, types) == ["org:a", "org:b"]
    assert ref.calls == 2

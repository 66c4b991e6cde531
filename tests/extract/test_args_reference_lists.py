"""The reference entities of some types with their lower-cased labels, listed once per reference data
for the argument helpers: the same entities as ``ReferenceData.of_type``, listed again only when the
reference data changes."""

from __future__ import annotations

from allygraph.extract._args import _of_type
from allygraph.refdata import load_reference
from allygraph.vocab import EntityType


class _Ent:
    def __init__(self, label: str) -> None:
        self.labels = {"en": label, "lv": label.upper()}


class _Ref:
    def __init__(self, ents: dict[str, _Ent]) -> None:
        self.entities = ents
        self.calls = 0

    def of_type(self, *types: EntityType) -> list[_Ent]:
        self.calls += 1
        return [self.entities[k] for k in sorted(self.entities)]


def test_same_list_as_the_reference_data_gives() -> None:
    ref = load_reference()
    types = (EntityType.FORMATION, EntityType.ORG)
    listed = _of_type(ref, types)
    assert [e for e, _ in listed] == ref.of_type(*types)
    assert all(names == " | ".join(e.labels.values()).casefold() for e, names in listed)
    assert _of_type(ref, types) is listed


def test_listed_again_when_the_reference_data_grows() -> None:
    ref = _Ref({"org:a": _Ent("Alpha Centre")})
    types = (EntityType.ORG,)
    assert [n for _, n in _of_type(ref, types)] == ["alpha centre | alpha centre"]
    assert [n for _, n in _of_type(ref, types)] == ["alpha centre | alpha centre"]
    assert ref.calls == 1
    ref.entities["org:b"] = _Ent("Beta")
    assert [n for _, n in _of_type(ref, types)] == ["alpha centre | alpha centre", "beta | beta"]
    assert ref.calls == 2

import pytest
from conftest import TODAY

from allygraph.report.eunato import build_eu_nato
from allygraph.report.render import render_markdown


def _section(rep, key):
    return next(s for s in rep.sections if s.key == key)


def test_measures_by_date_and_total(store):
    rep = build_eu_nato(store, "en", today=TODAY)
    lines = [ln.text for ln in _section(rep, "measures").lines]
    assert lines == ["December 2016 — 42 measures", "December 2017 — 32 measures", "Total: 74 measures"]


def test_declaration_from_document_and_shared_members(store):
    rep = build_eu_nato(store, "en", today=TODAY)
    decl = _section(rep, "declarations").lines
    first = next(ln for ln in decl if "2016" in ln.text)
    assert first.text.endswith("signed: Warsaw, July 2016")
    note = rep.notes[first.notes[0] - 1]
    assert note.document == "lv_parskats" and "Varšavā" in note.quote
    shared = [ln.text for ln in _section(rep, "shared_members").lines]
    assert any(t.startswith("stated: 21") for t in shared)
    assert any("23 on 1 June 2025" in t for t in shared)


@pytest.mark.parametrize("lang,heading", [("lv", "## Sadarbības jomas"), ("en", "## Areas of cooperation")])
def test_areas_and_reports_in_both_languages(store, lang, heading):
    md = render_markdown(build_eu_nato(store, lang, today=TODAY))
    assert heading in md
    assert ("militārā mobilitāte" if lang == "lv" else "military mobility") in md
    assert ("2017. gada jūnijs" if lang == "lv" else "June 2017") in md

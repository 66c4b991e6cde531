import re

import pytest
from conftest import TODAY

from allygraph.report.factsheet import build_factsheet
from allygraph.report.render import render_html, render_markdown

ENTITIES = ["Latvia", "formation:efp-bg-latvia", "NATO"]


@pytest.mark.parametrize("lang", ["lv", "en"])
@pytest.mark.parametrize("entity", ENTITIES)
def test_every_note_points_to_a_real_span(store, entity, lang):
    rep = build_factsheet(store, entity, lang, today=TODAY)
    assert rep.notes, "a fact sheet cites its sources"
    for n in rep.notes:
        if n.is_span:
            assert store.document_text(n.document)[n.start:n.end] == n.quote
        else:
            assert n.url.startswith("http")
    cited = {n for sec in rep.sections for ln in sec.lines for n in ln.notes}
    assert cited == {n.n for n in rep.notes}
    first_seen = [n for sec in rep.sections for ln in sec.lines for n in ln.notes]
    assert sorted(dict.fromkeys(first_seen)) == list(dict.fromkeys(first_seen))  # numbered in reading order


def test_latvia_sections_in_english(store):
    md = render_markdown(build_factsheet(store, "Latvia", "en", today=TODAY))
    assert "## Memberships and accession" in md
    assert re.search(r"NATO — member \(since 29 March 2004\)\[\^\d+\]", md)
    assert "Poland — defence attaché accredited here (resident in Riga)" in md
    assert "Austria — defence attaché (resident in Berlin)" in md
    assert "NATO Force Integration Unit Latvia — located here (in Riga)" in md
    assert "<svg" in md  # the accession timeline


def test_latvia_in_latvian_has_translated_headings(store):
    md = render_markdown(build_factsheet(store, "Latvija", "lv", today=TODAY))
    assert "## Dalība un iestāšanās" in md and "## Piezīmes un avoti" in md
    assert "NATO — dalībvalsts (sākums: 2004. gada 29. marts)" in md
    body = md.split("## Piezīmes un avoti")[0]  # the notes quote the documents in their own language
    assert "Memberships" not in body and "since" not in body and "member" not in body


def test_battlegroup_leader_and_facts(store):
    md = render_markdown(build_factsheet(store, "formation:efp-bg-latvia", "en", today=TODAY))
    assert "Canada — leads it" in md
    assert "more than 1500 — personnel" in md


def test_html_links_notes_and_is_deterministic(store):
    a = render_html(build_factsheet(store, "NATO", "lv", today=TODAY))
    b = render_html(build_factsheet(store, "NATO", "lv", today=TODAY))
    assert a == b
    assert '<html lang="lv">' in a and 'href="#note-1"' in a and 'id="note-1"' in a

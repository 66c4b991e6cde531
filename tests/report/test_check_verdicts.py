import json

import _checkdocs as cd
import pytest
from conftest import TODAY

from allygraph.report.annotate import render_check_html
from allygraph.report.check import check_document


@pytest.fixture(scope="module")
def analyse():
    return cd.fake_analyser({"en": cd.en_doc(), "lv": cd.lv_doc()})


def _verdicts(res):
    return {res.text[it.source.start:it.source.end]: it for it in res.items}


def test_en_each_verdict(store, analyse):
    res = check_document(store, cd.EN_CHECK, lang="en", today=TODAY, analyse=analyse)
    v = _verdicts(res)
    ok = v["Latvia joined NATO on 29 March 2004"]
    assert ok.verdict == "supported" and ok.agreeing[0].document == "en_brief"
    wrong_date = v["Latvia joined NATO on 1 April 2004"]
    assert wrong_date.verdict == "contradicted"
    assert any(e.value == "2004-03-29" and e.document == "en_brief" for e in wrong_date.disagreeing)
    leader = v["Germany leads the NATO battlegroup in Latvia"]
    assert leader.verdict == "contradicted" and leader.disagreeing[0].value == "Canada"
    assert v["Latvia and Ukraine have cooperated since 2004"].verdict == "new"
    count = v["The EU and NATO share 22 member states"]  # true in June 2023, Sweden joined NATO in 2024
    assert count.verdict == "stale" and count.disagreeing[0].value == "23"
    assert res.counts() == {"supported": 1, "new": 1, "contradicted": 2, "stale": 1}


def test_lv_each_verdict(store, analyse):
    res = check_document(store, cd.LV_CHECK, lang="lv", today=TODAY, analyse=analyse)
    v = _verdicts(res)
    assert v["Latvija ir NATO dalībvalsts kopš 2004. gada 29. marta"].verdict == "supported"
    assert v["Latvija un Moldova sadarbojas kopš 2004. gada"].verdict == "new"
    assert v["Kaujas grupā dien 900 karavīru"].verdict == "contradicted"
    count = v["ES un NATO ir 21 kopīga dalībvalsts"]
    assert count.verdict == "stale" and "23" in count.reason
    assert any(e.document == "lv_parskats" for e in count.agreeing)  # the graph states 21 as well
    upgraded = v["Kanāda vada NATO kaujas grupu Latvijā"]  # written 2021; the brigade replaced it in 2024
    assert upgraded.verdict == "stale" and "2024" in upgraded.reason
    assert "aizstāta" in upgraded.reason


def test_same_document_today_before_the_change_is_supported(store, analyse):
    res = check_document(store, cd.EN_CHECK, lang="en", today="2023-12-31", analyse=analyse)
    assert _verdicts(res)["The EU and NATO share 22 member states"].verdict == "supported"


def test_json_and_annotated_html(store, analyse):
    res = check_document(store, cd.EN_CHECK, lang="en", today=TODAY, analyse=analyse)
    data = json.loads(json.dumps(res.to_json()))
    assert {c["verdict"] for c in data["claims"]} == {"supported", "new", "contradicted", "stale"}
    assert any(not f["ok"] and f["kind"] == "count_vs_list" for f in data["consistency"])
    html = render_check_html(res, "en")
    assert '<mark class="contradicted"' in html and '<mark class="stale"' in html
    assert '<mark class="inconsistent"' in html
    lv = render_check_html(res, "lv")
    assert "pretrunā" in lv and "novecojis" in lv


def test_real_pipeline_gives_a_verdict_for_every_claim(store):
    res = check_document(store, cd.EN_CHECK, lang="en", today=TODAY)
    assert all(it.verdict in ("supported", "new", "contradicted", "stale") for it in res.items)
    for it in res.items:
        for s in it.claim.sources:
            assert res.text[s.start:s.end] == s.quote

"""Server-rendered pages: content, escaping, highlighting and the language switch."""

import re

import pytest

pytestmark = pytest.mark.anyio


async def test_home_shows_counts_and_documents(client):
    r = await client.get("/", headers={"accept-language": "en"})
    assert r.status_code == 200
    assert 'name="q"' in r.text and "Kaujas grupa Latvijā" in r.text
    assert re.search(r"<b>3</b><span>documents</span>", r.text)


async def test_language_switch_sets_cookie_and_translates(client):
    r = await client.get("/entity/state:CA", params={"lang": "lv"})
    assert "Kanāda" in r.text and "Apgalvojumi" in r.text and '<html lang="lv">' in r.text
    assert "lang=lv" in r.headers["set-cookie"]
    client.cookies.set("lang", "lv")
    r = await client.get("/entity/state:CA")
    assert "<h1>Kanāda" in r.text
    client.cookies.set("lang", "en")
    assert "<h1>Canada" in (await client.get("/entity/state:CA")).text


async def test_entity_page_highlights_quote_inside_sentence(client):
    r = await client.get("/entity/state:LV", params={"lang": "en"})
    assert "member of" in r.text and "defence attaché to" in r.text
    assert ('<mark class="quote">The defence attaché of Latvia accredited to Austria lives in Berlin</mark>'
            '<span class="ctx">.</span>') in r.text
    assert 'href="/document/en_attache?hl=' in r.text


async def test_document_page_links_mentions_and_marks_claims(client):
    r = await client.get("/document/lv_kaujas_grupa")
    assert '<a class="mention" href="/entity/base%3Aadazi" title="base:adazi">Ādažu bāzē</a>' in r.text
    assert r.text.count('<mark class="claim"') >= 3


async def test_document_text_with_script_is_escaped(client):
    r = await client.get("/document/lv_xss")
    assert "<script>alert" not in r.text
    assert "&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;" in r.text
    assert "&lt;b&gt;trekns&lt;/b&gt;" in r.text
    assert "<title>&lt;script&gt;" in r.text  # the title too


async def test_document_highlight_parameter(client):
    r = await client.get("/document/en_attache", params={"hl": "0-16"})
    assert '<mark class=" hl" id="at-0">Defence attachés</mark>' in r.text


async def test_timeline_and_map_draw_svg(client):
    r = await client.get("/timeline/formation:efp-bg-latvia")
    assert '<svg id="timeline"' in r.text and "2017-06" in r.text and "<rect" in r.text
    r = await client.get("/map")
    assert '<svg id="map"' in r.text and 'data-iso="LV"' in r.text and 'class="country active"' in r.text
    assert 'href="/entity/city%3Aberlin"' in r.text and '<line class="link"' in r.text


async def test_ask_page_shows_answer_and_cited_passage(client):
    r = await client.get("/ask", params={"q": "Kura valsts vada NATO kaujas grupu Latvijā?", "lang": "lv"})
    assert "Kanāda" in r.text
    assert '<mark class="quote">Kanāda vada NATO kaujas grupu Latvijā kopš 2017. gada jūnija</mark>' in r.text


async def test_review_and_network_pages(client):
    r = await client.get("/review")
    assert r.text.count('data-action="reject"') == 6 and "/static/review.js" in r.text
    r = await client.get("/network", params={"predicate": "leads"})
    assert 'data-predicates="leads"' in r.text and "/static/network.js" in r.text


async def test_missing_pages_are_404_html(client):
    r = await client.get("/entity/nobody:here")
    assert r.status_code == 404 and "text/html" in r.headers["content-type"]
    assert (await client.get("/document/nope")).status_code == 404
    assert (await client.get("/timeline/nope")).status_code == 404


async def test_no_external_urls_in_pages(client):
    for url in ("/", "/entity/state:LV", "/document/lv_kaujas_grupa", "/map", "/network", "/review"):
        html = (await client.get(url)).text
        assert not re.search(r'(src|href)="(https?:)?//', html), url

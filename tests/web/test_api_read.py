"""The read side of the REST API, in-process over ASGI."""

import pytest

pytestmark = pytest.mark.anyio

LEADS = "cb9631e332733883f410"  # Canada leads the battlegroup (see fixtures.py)


async def test_stats_counts_the_fixture(client):
    r = await client.get("/api/stats")
    assert r.status_code == 200
    assert r.json()["documents"] == 3 and r.json()["claims"] == 6


async def test_entity_statements_grouped_with_labels_in_the_requested_language(client):
    r = await client.get("/api/entities/state:LV", params={"lang": "lv"})
    body = r.json()
    assert body["entity"]["label"] == "Latvija"
    groups = {g["predicate"]: g for g in body["groups"]}
    assert set(groups) >= {"member_of", "defence_attache_to"}
    att = groups["defence_attache_to"]["claims"][0]
    assert att["object"]["label"] == "Austrija"
    assert att["qualifiers"]["resident_in"]["label"] == "Berlīne"
    src = att["sources"][0]
    assert src["quote"] == "The defence attaché of Latvia accredited to Austria lives in Berlin"
    assert src["after"] == "."  # the quote sits inside its sentence
    assert len(groups["member_of"]["claims"][0]["sources"]) == 2  # one claim, two documents


async def test_entity_as_of_filters_statements(client):
    r = await client.get("/api/entities/state:LV", params={"as_of": "2000"})
    assert "member_of" not in {g["predicate"] for g in r.json()["groups"]}
    r = await client.get("/api/entities/state:LV", params={"as_of": "2010"})
    assert "member_of" in {g["predicate"] for g in r.json()["groups"]}


async def test_unknown_entity_is_404(client):
    r = await client.get("/api/entities/state:ZZ")
    assert r.status_code == 404 and "state:ZZ" in r.json()["detail"]


@pytest.mark.parametrize("params,expected", [
    ({"predicate": "leads"}, 1),
    ({"subject": "state:LV"}, 3),
    ({"object": "org:nato"}, 1),
    ({"document": "en_attache"}, 3),
    ({"entity": "formation:efp-bg-latvia"}, 3),
    ({"entity": "state:CA", "as_of": "2016"}, 0),
    ({"entity": "state:CA", "as_of": "2018"}, 1),
])
async def test_claims_filters(client, params, expected):
    r = await client.get("/api/claims", params=params)
    assert r.status_code == 200
    assert r.json()["total"] == expected


async def test_claims_reject_an_unknown_predicate(client):
    r = await client.get("/api/claims", params={"predicate": "leadz"})
    assert r.status_code == 422


async def test_one_claim_with_history(client):
    r = await client.get(f"/api/claims/{LEADS}")
    assert r.status_code == 200
    assert r.json()["subject"]["id"] == "state:CA" and r.json()["reviews"] == []
    assert (await client.get("/api/claims/deadbeef")).status_code == 404


async def test_document_has_text_mentions_and_claim_spans(client):
    body = (await client.get("/api/documents/lv_kaujas_grupa")).json()
    text = body["text"]
    assert {m["entity_id"] for m in body["mentions"]} >= {"state:CA", "base:adazi", "city:riga"}
    for m in body["mentions"]:
        assert text[m["start"]:m["end"]] == m["surface"]
    assert len(body["spans"]) == 3
    for c in body["claims"]:
        for s in c["sources"]:
            assert text[s["start"]:s["end"]] == s["quote"]


async def test_documents_list(client):
    ids = [d["id"] for d in (await client.get("/api/documents")).json()["items"]]
    assert ids == ["en_attache", "lv_kaujas_grupa", "lv_xss"]


@pytest.mark.parametrize("fmt,needle,ctype", [("jsonl", '"predicate": "leads"', "application/x-ndjson"),
                                              ("csv", "leads", "text/csv"), ("ttl", "@prefix", "text/turtle")])
async def test_export_formats(client, fmt, needle, ctype):
    r = await client.get("/api/export", params={"format": fmt})
    assert r.status_code == 200 and r.headers["content-type"].startswith(ctype)
    assert needle in r.text


async def test_export_refuses_unknown_format(client):
    assert (await client.get("/api/export", params={"format": "xml"})).status_code == 422


async def test_graph_filters_by_predicate(client):
    all_edges = (await client.get("/api/graph")).json()["edges"]
    assert {e["predicate"] for e in all_edges} >= {"leads", "member_of", "located_in"}
    only = (await client.get("/api/graph", params={"predicate": "leads"})).json()
    assert [e["predicate"] for e in only["edges"]] == ["leads"]
    assert {n["id"] for n in only["nodes"]} == {"state:CA", "formation:efp-bg-latvia"}


async def test_timeline_is_in_time_order(client):
    items = (await client.get("/api/timeline/formation:efp-bg-latvia")).json()["items"]
    assert [i["predicate"] for i in items] == ["leads", "personnel_count"]
    assert items[0]["inverse"] and items[0]["start"] == "2017-06"


async def test_map_places_attache_and_base(client):
    body = (await client.get("/api/map")).json()
    places = {p["place"]["id"]: p for p in body["places"]}
    assert "base:adazi" in places and "city:berlin" in places
    assert places["city:berlin"]["items"][0]["predicate"] == "defence_attache_to"
    assert body["lines"] and body["lines"][0]["from"] == "state:LV"
    assert "LV" in body["active_states"]


async def test_ask_answers_with_a_citation(client):
    r = await client.get("/api/ask", params={"q": "Kura valsts vada NATO kaujas grupu Latvijā?"})
    assert r.status_code == 200
    body = r.json()
    assert "Kanāda" in body["answer"]
    assert any(c["document"] == "lv_kaujas_grupa" for c in body["citations"])


async def test_search_finds_passages(client):
    r = await client.get("/api/search", params={"q": "kaujas grupa"})
    if r.status_code == 503:
        pytest.skip(r.json()["detail"])
    assert any(p["document"] == "lv_kaujas_grupa" for p in r.json()["items"])


async def test_openapi_spec_lists_the_endpoints(client):
    spec = (await client.get("/openapi.json")).json()
    assert {"/api/claims", "/api/claims/{claim_id}/review", "/api/ingest", "/api/map"} <= set(spec["paths"])
    assert (await client.get("/docs")).status_code == 404  # Swagger UI would load a CDN


async def test_security_headers_on_every_response(client):
    for url in ("/", "/api/stats", "/static/style.css", "/api/entities/nope"):
        r = await client.get(url)
        assert "script-src 'self'" in r.headers["content-security-policy"]
        assert r.headers["x-content-type-options"] == "nosniff"

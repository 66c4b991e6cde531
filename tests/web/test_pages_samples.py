"""Every page over the repository's own samples/ as the pipeline ingests them: no page fails."""

from pathlib import Path

import httpx
import pytest

from allygraph.web import create_app

pytestmark = pytest.mark.anyio

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


@pytest.fixture(scope="module")
def samples_app(tmp_path_factory):
    if not any(SAMPLES.glob("*.*")):
        pytest.skip("no samples/ folder")
    from allygraph.pipeline import ingest
    from allygraph.store import open_store

    store = open_store(tmp_path_factory.mktemp("samples") / "s.db")
    report = ingest([SAMPLES], store)
    assert report.new
    yield create_app(store.url, store=store)
    store.close()


async def test_every_entity_document_and_view_page_renders(samples_app):
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=samples_app), base_url="http://t") as c:
        ents = (await c.get("/api/entities", params={"limit": 1000})).json()["items"]
        docs = (await c.get("/api/documents")).json()["items"]
        assert ents and docs
        urls = ["/", "/map", "/network", "/review?status=all", "/api/graph", "/api/map", "/api/export"]
        urls += [f"/entity/{e['id']}" for e in ents] + [f"/timeline/{e['id']}" for e in ents[:40]]
        urls += [f"/document/{d['id']}" for d in docs]
        bad = [(u, r.status_code) for u in urls if (r := await c.get(u)).status_code != 200]
        assert not bad
        page = (await c.get(f"/document/{docs[0]['id']}")).text
        assert 'class="mention"' in page

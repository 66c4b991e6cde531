from __future__ import annotations

import httpx
import pytest

from allygraph.web import create_app

from .fixtures import build_store, fake_answer

TOKEN = "test-token-123"


@pytest.fixture(scope="session")
def web_store(tmp_path_factory):
    store = build_store(tmp_path_factory.mktemp("web") / "web.db")
    yield store
    store.close()


@pytest.fixture(scope="session")
def app(web_store):
    return create_app(web_store.url, token=TOKEN, max_upload_bytes=20_000, store=web_store, ask=fake_answer)


@pytest.fixture()
async def client(app):
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as c:
        yield c


@pytest.fixture(scope="session")
def anyio_backend():
    return "asyncio"

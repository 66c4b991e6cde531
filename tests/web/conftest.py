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


def ask_fn():
    """The real allygraph.ask.answer when installed (None: the app imports it), else a stand-in."""
    try:
        from allygraph.ask import answer  # noqa: F401
    except ImportError:
        return fake_answer
    return None


@pytest.fixture(scope="session")
def app(web_store):
    return create_app(web_store.url, token=TOKEN, max_upload_bytes=20_000, store=web_store, ask=ask_fn())


@pytest.fixture()
def fresh_app(tmp_path):
    """An app over a store of its own, for tests that write."""
    store = build_store(tmp_path / "fresh.db")
    yield create_app(store.url, token=TOKEN, max_upload_bytes=20_000, store=store, ask=ask_fn())
    store.close()


@pytest.fixture()
async def fresh_client(fresh_app):
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=fresh_app), base_url="http://test") as c:
        yield c


@pytest.fixture()
async def client(app):
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as c:
        yield c


@pytest.fixture(scope="session")
def anyio_backend():
    return "asyncio"

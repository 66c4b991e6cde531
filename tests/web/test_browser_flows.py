"""Headless Chromium (Debian's, driven by Playwright) through the user's jobs on a real uvicorn
server: ask in Latvian, open an entity, follow a mention, see the map and the timeline, review
claims. Screenshots go to test-artifacts/web/."""

from __future__ import annotations

import os
import socket
import threading
import time
from pathlib import Path

import pytest

from allygraph.web import create_app

from .conftest import TOKEN, ask_fn
from .fixtures import build_store

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "web"

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="needs Debian's chromium at /usr/bin/chromium")]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    store = build_store(tmp_path_factory.mktemp("browser") / "b.db")
    app = create_app(store.url, token=TOKEN, store=store, ask=ask_fn())
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    th = threading.Thread(target=srv.run, daemon=True)
    th.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", store
    srv.should_exit = True
    th.join(5)
    store.close()


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser, server):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    pg = ctx.new_page()
    errors: list[str] = []
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    outside: list[str] = []
    pg.on("request", lambda r: outside.append(r.url) if not r.url.startswith(server[0]) else None)
    yield pg
    ctx.close()
    errors = [e for e in errors if "status of 401" not in e]  # the wrong-token test expects one
    assert not errors, errors  # includes Content-Security-Policy violations
    assert not outside, outside  # no request leaves the server


def _shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_ask_a_latvian_question_and_see_the_cited_passage(page, server):
    page.goto(server[0] + "/?lang=lv")
    page.fill("form.ask input[name=q]", "Kura valsts vada NATO kaujas grupu Latvijā?")
    page.click("form.ask button")
    page.wait_for_selector(".answer")
    assert "Kanāda" in page.inner_text(".answer")
    quote = page.locator(".citations mark.quote").first
    assert "Kanāda vada NATO kaujas grupu Latvijā" in quote.inner_text()
    assert page.locator(".citations blockquote").first.is_visible()
    _shot(page, "ask_lv")


def test_open_an_entity_page(page, server):
    page.goto(server[0] + "/entity/state:LV?lang=en")
    assert page.inner_text("h1").startswith("Latvia")
    groups = page.locator(".group h3").all_inner_texts()
    assert any("member of" in g for g in groups) and any("defence attaché to" in g for g in groups)
    assert page.locator("blockquote.source mark.quote").count() >= 3
    _shot(page, "entity_latvia")
    page.click("a.lang[hreflang=lv]")
    assert page.inner_text("h1").startswith("Latvija") and "Sākums" in page.inner_text("header nav")


def test_open_a_document_and_follow_a_highlighted_mention(page, server):
    page.goto(server[0] + "/document/lv_kaujas_grupa")
    assert page.locator("mark.claim").count() >= 3
    mention = page.locator("a.mention", has_text="Ādažu bāzē")
    assert mention.is_visible()
    _shot(page, "document_lv")
    mention.click()
    page.wait_for_url("**/entity/base*adazi")
    assert "Ādaži" in page.inner_text("h1") or "Ādažu" in page.inner_text("h1")


def test_map_renders_countries_and_markers(page, server):
    page.goto(server[0] + "/map?lang=en")
    svg = page.locator("svg#map")
    assert svg.is_visible()
    assert page.locator("svg#map path.country").count() > 50
    assert page.locator("svg#map path.country.active[data-iso=LV]").count() == 1
    labels = page.locator("svg#map .marker text").all_text_contents()
    assert "Berlin" in labels and "Ādaži Military Base" in labels
    box = svg.bounding_box()
    assert box["width"] > 600 and box["height"] > 300
    _shot(page, "map")


def test_timeline_renders(page, server):
    page.goto(server[0] + "/timeline/formation:efp-bg-latvia?lang=en")
    assert page.locator("svg#timeline rect.mark").count() >= 1
    assert page.locator("svg#timeline circle.point").count() >= 1
    assert "2017" in " ".join(page.locator("svg#timeline .tick-label").all_text_contents())
    _shot(page, "timeline")


def test_network_draws_nodes(page, server):
    page.goto(server[0] + "/network?lang=en")
    page.wait_for_selector("svg#network[data-nodes]")
    assert page.locator("svg#network .node").count() >= 6
    page.select_option("#net-pred", "leads")
    page.wait_for_url("**predicate=leads**")
    page.wait_for_selector("svg#network[data-nodes]")
    assert page.locator("svg#network .node").count() == 2
    _shot(page, "network")


def test_review_queue_confirm_and_reject(page, server):
    base, store = server
    page.goto(base + "/review?lang=en")
    page.fill("#rv-user", "Anna Bērziņa")
    page.fill("#rv-token", TOKEN)
    items = page.locator(".review-item")
    first, second = items.nth(0), items.nth(1)
    first_id, second_id = first.get_attribute("data-claim"), second.get_attribute("data-claim")
    first.locator("button.confirm").click()
    page.wait_for_selector(f"#c-{first_id} .status.s-confirmed")
    second.locator(".note-in").fill("not in the text")
    second.locator("button.reject").click()
    page.wait_for_selector(f"#c-{second_id} .status.s-rejected")
    assert "Anna Bērziņa" in second.locator(".history").inner_text()
    _shot(page, "review")
    assert store.claim_status(first_id) == "confirmed"
    assert store.claim_status(second_id) == "rejected"
    reviews = store.reviews(second_id)
    assert reviews[-1].user == "Anna Bērziņa" and reviews[-1].note == "not in the text" and reviews[-1].at
    page.goto(base + "/review?lang=en")  # the rejected and confirmed claims left the queue
    ids = [i.get_attribute("data-claim") for i in page.locator(".review-item").all()]
    assert first_id not in ids and second_id not in ids


def test_review_with_a_wrong_token_is_refused_on_screen(page, server):
    base, store = server
    page.goto(base + "/review")
    page.fill("#rv-user", "x")
    page.fill("#rv-token", "wrong")
    item = page.locator(".review-item").first
    cid = item.get_attribute("data-claim")
    before = store.claim_status(cid)
    item.locator("button.reject").click()
    page.wait_for_selector(f"#c-{cid} .result.bad")
    assert "token" in item.locator(".result").inner_text()
    assert store.claim_status(cid) == before

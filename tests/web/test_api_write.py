"""Write endpoints: token checks, reviews kept with who and when, upload refusals."""

import pytest

from allygraph.web import create_app

from .conftest import TOKEN

pytestmark = pytest.mark.anyio

LEADS = "cb9631e332733883f410"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


async def test_review_without_token_is_refused(fresh_client):
    r = await fresh_client.post(f"/api/claims/{LEADS}/review", json={"action": "reject", "user": "anna"})
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    r = await fresh_client.post(f"/api/claims/{LEADS}/review", json={"action": "reject", "user": "anna"},
                                headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401
    assert (await fresh_client.get(f"/api/claims/{LEADS}")).json()["status"] == "extracted"


async def test_writing_disabled_without_an_operator_token(web_store):
    import httpx

    app = create_app(web_store.url, store=web_store)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as c:
        r = await c.post(f"/api/claims/{LEADS}/review", json={"action": "confirm", "user": "a"}, headers=AUTH)
        assert r.status_code == 403 and "without a token" in r.json()["detail"]
        r = await c.post("/api/ingest", files={"file": ("a.txt", b"hello", "text/plain")}, headers=AUTH)
        assert r.status_code == 403


async def test_confirm_then_reject_keeps_history_and_hides_rejected(fresh_client):
    r = await fresh_client.post(f"/api/claims/{LEADS}/review", json={"action": "confirm", "user": "anna"},
                                headers=AUTH)
    assert r.status_code == 200 and r.json()["status"] == "confirmed"
    r = await fresh_client.post(f"/api/claims/{LEADS}/review",
                                json={"action": "reject", "user": "jānis", "note": "wrong year"}, headers=AUTH)
    assert r.json()["status"] == "rejected"
    hist = (await fresh_client.get(f"/api/claims/{LEADS}")).json()["reviews"]
    assert [(h["action"], h["user"]) for h in hist] == [("confirm", "anna"), ("reject", "jānis")]
    assert all(h["at"].endswith("+00:00") for h in hist)
    assert (await fresh_client.get("/api/claims", params={"predicate": "leads"})).json()["total"] == 0
    got = (await fresh_client.get("/api/claims", params={"predicate": "leads", "status": "rejected"})).json()
    assert got["total"] == 1


async def test_correct_needs_a_note_or_fields(fresh_client):
    url = f"/api/claims/{LEADS}/review"
    r = await fresh_client.post(url, json={"action": "correct", "user": "anna"}, headers=AUTH)
    assert r.status_code == 422
    r = await fresh_client.post(url, json={"action": "correct", "user": "anna", "correction": {"start": "2017"}},
                                headers=AUTH)
    assert r.status_code == 200 and r.json()["status"] == "corrected"
    assert r.json()["reviews"][-1]["payload"] == {"start": "2017"}


async def test_review_of_unknown_claim_is_404(fresh_client):
    r = await fresh_client.post("/api/claims/nope/review", json={"action": "confirm", "user": "a"}, headers=AUTH)
    assert r.status_code == 404


async def test_ingest_without_token_is_refused(fresh_client):
    r = await fresh_client.post("/api/ingest", files={"file": ("a.txt", b"Latvija", "text/plain")})
    assert r.status_code == 401


@pytest.mark.parametrize("name", ["../../x.txt", "..\\x.txt", "/etc/passwd.txt", "sub/x.txt", ".hidden.txt"])
async def test_ingest_refuses_path_traversal_names(fresh_client, name):
    r = await fresh_client.post("/api/ingest", files={"file": (name, b"Latvija", "text/plain")}, headers=AUTH)
    assert r.status_code == 400 and "unsafe file name" in r.json()["detail"]


async def test_ingest_refuses_oversized_uploads(fresh_client):
    big = b"a" * 100_000  # the test app's limit is 20 000 bytes
    r = await fresh_client.post("/api/ingest", files={"file": ("big.txt", big, "text/plain")}, headers=AUTH)
    assert r.status_code == 413 and "too large" in r.json()["detail"]
    just_over = b"a" * 20_001  # within the Content-Length slack: caught on the bytes
    r = await fresh_client.post("/api/ingest", files={"file": ("big.txt", just_over, "text/plain")}, headers=AUTH)
    assert r.status_code == 413


@pytest.mark.parametrize("name,data,code", [("x.exe", b"MZ", 415), ("x.docx", b"PK", 415), ("fake.pdf", b"hello", 415),
                                            ("bin.txt", b"ab\x00cd", 415), ("empty.txt", b"", 400)])
async def test_ingest_checks_type_and_content(fresh_client, name, data, code):
    r = await fresh_client.post("/api/ingest", files={"file": (name, data, "application/octet-stream")}, headers=AUTH)
    assert r.status_code == code


async def test_ingest_without_file_field_is_400(fresh_client):
    r = await fresh_client.post("/api/ingest", data={"x": "1"}, headers=AUTH)
    assert r.status_code == 400


async def test_uploaded_script_shows_as_text(fresh_client):
    text = "Latvija sadarbojas ar Vāciju. <script>alert('pwned')</script> <img src=x onerror=alert(1)>\n"
    r = await fresh_client.post("/api/ingest", files={"file": ("xss_upload.txt", text.encode(), "text/plain")},
                                headers=AUTH)
    if r.status_code == 503:
        pytest.skip(r.json()["detail"])
    assert r.status_code == 200, r.text
    assert r.json()["new"] == ["xss_upload"]
    page = await fresh_client.get("/document/xss_upload")
    assert page.status_code == 200
    assert "&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;" in page.text
    assert "<script>alert" not in page.text and "<img src=x" not in page.text
    assert "<script>alert('pwned')</script>" in (await fresh_client.get("/api/documents/xss_upload")).json()["text"]

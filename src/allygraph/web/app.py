"""The FastAPI application: one store, the REST API (:mod:`.api`), the pages (:mod:`.pages`) and
the bundled static assets, behind the security rules every response follows.

Security, written down once:

* read-only by default: the write endpoints (review, ingest) need ``Authorization: Bearer <token>``
  with the token the operator gave :func:`create_app`; with no token configured they are refused;
* every response carries a Content-Security-Policy that allows only this origin's own scripts,
  styles and images (no CDN, no inline script), plus nosniff / no-referrer / no-framing headers;
* templates autoescape, so document text containing ``<script>`` shows as text;
* uploads are limited in size (checked from Content-Length before the body is read, and again
  on the bytes), in extension and in content, and their file names may not leave the upload folder.

The interactive docs pages (Swagger UI, ReDoc) load assets from a CDN and are therefore off;
the OpenAPI spec itself is served at ``/openapi.json``.
"""

from __future__ import annotations

import hmac
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__
from ..errors import AllygraphError, NotFoundError, QueryError, VocabularyError
from ..store import Store, open_store
from .i18n import COOKIE, LANGS, Translator, request_lang

__all__ = ["create_app", "require_token", "store_of", "CSP", "DEFAULT_MAX_UPLOAD"]

HERE = Path(__file__).parent
DEFAULT_MAX_UPLOAD = 5 * 1024 * 1024
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
       "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
_SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
}


def create_app(store_url: str, *, token: str | None = None, max_upload_bytes: int = DEFAULT_MAX_UPLOAD,
               ask: Callable[..., dict[str, Any]] | None = None,
               search: Callable[..., list[Any]] | None = None,
               store: Store | None = None) -> FastAPI:
    """Build the app over the store at ``store_url`` (a SQLite path or SQLAlchemy URL).

    ``token``: the bearer token the write endpoints require (None: writing disabled).
    ``ask`` / ``search``: override :func:`allygraph.ask.answer` / :func:`allygraph.search.search`
    (by default imported when first used; a missing module makes those endpoints answer 503).
    ``store``: an already open store to use instead of opening ``store_url``.
    """
    owned = store is None

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        if owned:
            app.state.store.close()

    app = FastAPI(title="allygraph", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Source-cited, time-aware knowledge graph of defence cooperation. "
                              "Read endpoints are open; write endpoints need `Authorization: Bearer <token>`.")
    app.state.store = store or open_store(store_url)
    app.state.token = token or None
    app.state.max_upload = max_upload_bytes
    app.state.ask = ask
    app.state.search = search
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.globals.update(LANGS=LANGS, version=__version__)
    app.state.templates = templates

    @app.middleware("http")
    async def guard(request: Request, call_next: Callable) -> Any:
        if request.method == "POST" and request.url.path == "/api/ingest":
            try:
                size = int(request.headers.get("content-length") or 0)
            except ValueError:
                size = 0
            if size > max_upload_bytes + 64 * 1024:
                return _secure(JSONResponse({"detail": f"upload too large: {size} bytes, the limit is "
                                                       f"{max_upload_bytes} bytes"}, status_code=413), request)
        response = await call_next(request)
        return _secure(response, request)

    from .api import router as api_router
    from .pages import router as pages_router

    app.include_router(api_router)
    app.include_router(pages_router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Any:
        return _error(request, exc.status_code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Any:
        if request.url.path.startswith("/api") or request.url.path.startswith("/openapi"):
            return JSONResponse({"detail": _jsonable_errors(exc)}, status_code=422)
        return _error(request, 422, "; ".join(str(e.get("msg", "")) for e in exc.errors()))

    @app.exception_handler(AllygraphError)
    async def domain_error(request: Request, exc: AllygraphError) -> Any:
        code = 404 if isinstance(exc, NotFoundError) else 400 if isinstance(exc, (VocabularyError, QueryError)) else 400
        return _error(request, code, str(exc))

    return app


def _jsonable_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    return [{"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
            for e in exc.errors()]


def _secure(response: Any, request: Request) -> Any:
    for k, v in _SECURITY_HEADERS.items():
        response.headers.setdefault(k, v)
    lang = request.query_params.get("lang")
    if lang in LANGS and request.cookies.get(COOKIE) != lang:
        response.set_cookie(COOKIE, lang, max_age=365 * 24 * 3600, samesite="lax", httponly=True)
    return response


def _error(request: Request, code: int, message: str, headers: dict[str, str] | None = None) -> Any:
    if request.url.path.startswith("/api") or request.url.path.startswith("/static"):
        return JSONResponse({"detail": message}, status_code=code, headers=headers)
    lang = request_lang(request)
    t = Translator(lang)
    return request.app.state.templates.TemplateResponse(
        request, "error.html", {"t": t, "lang": lang, "code": code, "message": message,
                                "title": t("not_found") if code == 404 else t("error")},
        status_code=code, headers=headers)


def store_of(request: Request) -> Store:
    return request.app.state.store


def require_token(request: Request) -> None:
    """Dependency for write endpoints: a configured token and a matching bearer header."""
    expected = request.app.state.token
    if not expected:
        raise HTTPException(403, "writing is disabled: the operator started the server without a token "
                                 "(allygraph serve --token-env VAR)")
    auth = request.headers.get("authorization", "")
    scheme, _, given = auth.partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise HTTPException(401, "this endpoint needs 'Authorization: Bearer <token>'",
                            headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise HTTPException(401, "wrong token", headers={"WWW-Authenticate": "Bearer"})

"""Interface strings per language, as data, and how a request picks its language.

Each language is one file ``static/messages.<lang>.json`` (a flat key -> string table); a third
language is a new file with the same keys. The language of a request is ``?lang=`` if given
(then remembered in the ``lang`` cookie), else the cookie, else the best of the browser's
``Accept-Language``, else English. The same choice picks entity labels.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from starlette.requests import Request

__all__ = ["LANGS", "DEFAULT_LANG", "messages", "request_lang", "Translator"]

_DIR = Path(__file__).parent / "static"
LANGS: tuple[str, ...] = tuple(sorted(p.name.split(".")[1] for p in _DIR.glob("messages.*.json")))
DEFAULT_LANG = "en"
COOKIE = "lang"


@lru_cache(maxsize=None)
def messages(lang: str) -> dict[str, str]:
    with open(_DIR / f"messages.{lang}.json", encoding="utf-8") as fh:
        return json.load(fh)


def request_lang(request: Request) -> str:
    """The language the interface should speak for this request."""
    q = request.query_params.get("lang")
    if q in LANGS:
        return q
    c = request.cookies.get(COOKIE)
    if c in LANGS:
        return c
    for part in request.headers.get("accept-language", "").split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in LANGS:
            return code
    return DEFAULT_LANG


class Translator:
    """``t("key")`` -> the string in the request's language (English, then the key, as fallbacks)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._m = messages(lang)
        self._en = messages(DEFAULT_LANG)

    def __call__(self, key: str) -> str:
        return self._m.get(key) or self._en.get(key) or key

"""The web app: a REST API (FastAPI, OpenAPI at /openapi.json) and server-rendered pages over one
store, every asset bundled. Start it with ``allygraph serve`` or :func:`create_app`.
"""

from .app import create_app

__all__ = ["create_app"]

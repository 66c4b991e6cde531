"""The command line: one command per user job, each a thin adapter over a library function.

Commands live in modules by job (``graph``: ingest/show/export ...; ``ask``; ``web``; ``report``)
and register themselves on :data:`app`. Domain errors become one-line messages and a non-zero
exit code; nothing prints a traceback at a user.
"""

from __future__ import annotations

import importlib

from ._app import app, console, fail

__all__ = ["app", "main", "console", "fail"]

for _mod in ("graph", "evaluate", "ask", "web", "report"):
    try:
        importlib.import_module(f"{__name__}.{_mod}")
    except ModuleNotFoundError as _e:  # a command module not written yet
        if _e.name != f"{__name__}.{_mod}":
            raise


def main() -> None:
    app()

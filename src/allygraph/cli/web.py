"""The `serve` command: the web app and REST API over a store, on 127.0.0.1 unless told otherwise."""

from __future__ import annotations

import os
from typing import Optional

import typer

from ..errors import AllygraphError
from ._app import DB_OPTION_HELP, app, console, default_db, fail


@app.command()
def serve(
    db: Optional[str] = typer.Option(None, "--db", help=DB_OPTION_HELP, show_default="allygraph.db"),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (0.0.0.0 exposes it to the network)."),
    port: int = typer.Option(8321, "--port", help="TCP port."),
    token_env: Optional[str] = typer.Option(
        None, "--token-env", help="Name of an environment variable holding the token that review and "
                                  "upload require. Without it the server is read-only."),
    max_upload_mb: float = typer.Option(5.0, "--max-upload-mb", help="Largest upload accepted, in MB."),
) -> None:
    """Serve the web app (pages + REST API, OpenAPI at /openapi.json) over a store.

    Read-only unless a token is given; write endpoints then need 'Authorization: Bearer <token>'.

    Example: ALLYGRAPH_TOKEN=s3cret allygraph serve --db demo.db --token-env ALLYGRAPH_TOKEN
    """
    import uvicorn

    from ..web import create_app

    token = None
    if token_env:
        token = os.environ.get(token_env)
        if not token:
            fail(f"--token-env {token_env}: that environment variable is not set or empty")
    try:
        web = create_app(db or default_db(), token=token, max_upload_bytes=int(max_upload_mb * 1024 * 1024))
    except AllygraphError as e:
        fail(str(e))
    mode = "review and upload enabled (token)" if token else "read-only"
    console.print(f"allygraph: serving {db or default_db()} at http://{host}:{port}/  ({mode}; Ctrl-C to stop)")
    uvicorn.run(web, host=host, port=port, log_level="warning")

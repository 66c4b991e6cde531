"""A throwaway PostgreSQL server for tests: a fresh cluster in a temporary directory, listening only
on a Unix socket there, stopped and removed afterwards. ``ALLYGRAPH_TEST_PG_URL`` points the tests
at an existing server instead. The server programs are the machine's own (Debian's postgresql
package); as root, the cluster runs as the ``postgres`` user, since PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["postgres_url", "unavailable"]


def _bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    for root in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (root / name).exists():
            return str(root / name)
    return None


def unavailable() -> str | None:
    """Why no test server can be had here, or None."""
    if os.environ.get("ALLYGRAPH_TEST_PG_URL"):
        return None
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed (pip install -e '.[postgres]')"
    if not (_bin("initdb") and _bin("pg_ctl")):
        return "PostgreSQL server programs (initdb, pg_ctl) not found"
    if os.geteuid() == 0 and subprocess.run(["id", "postgres"], capture_output=True).returncode != 0:
        return "running as root without a postgres user to run the server as"
    return None


@contextmanager
def postgres_url() -> Iterator[str]:
    """The SQLAlchemy URL of an empty database on a server that lives as long as the context."""
    if os.environ.get("ALLYGRAPH_TEST_PG_URL"):
        yield os.environ["ALLYGRAPH_TEST_PG_URL"]
        return
    as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    work = Path(tempfile.mkdtemp(prefix="allygraph-pg-"))
    if as_user:
        shutil.chown(work, "postgres")
    data, port = work / "data", 5400 + os.getpid() % 500
    subprocess.run([*as_user, _bin("initdb"), "-D", str(data), "-A", "trust", "-U", "allygraph", "-E", "UTF8"],
                   check=True, capture_output=True)
    subprocess.run([*as_user, _bin("pg_ctl"), "-D", str(data), "-l", str(work / "log"), "-w", "start",
                    "-o", f"-k {work} -p {port} -c listen_addresses='' -c fsync=off"], check=True, capture_output=True)
    try:
        yield f"postgresql+psycopg://allygraph@/postgres?host={work}&port={port}"
    finally:
        subprocess.run([*as_user, _bin("pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(work, ignore_errors=True)

"""A throwaway PostgreSQL server for the store tests: initdb in a temporary folder, started on 127.0.0.1 at a
free port (and a socket in that folder), stopped and deleted at the end. Each test gets a database of its own.

``DATELINE_TEST_PG=postgresql://user@host:port/db`` uses a server you run instead (the user must be allowed
to create databases). Without either, the PostgreSQL tests skip, except under ``CI=true``, where they fail.
As root (PostgreSQL refuses to run as root) the server runs as the ``postgres`` user the Debian package
creates.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from itertools import count
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

USER = "dateline"
_names = count()


def binaries() -> Path | None:
    """The folder holding initdb and pg_ctl: PATH first, then Debian's /usr/lib/postgresql/N/bin (newest)."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).parent
    folders = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name or 0))
    folders = [f for f in folders if Path(f, "initdb").exists() and Path(f, "pg_ctl").exists()]
    return Path(folders[-1]) if folders else None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Server:
    """A server the tests may create databases on; ``admin`` is a URL with that right."""

    def __init__(self, admin: str, stop: list[str] | None = None, folder: str | None = None) -> None:
        self.admin = admin
        self._stop = stop
        self._folder = folder

    def url(self, database: str) -> str:
        parts = urlsplit(self.admin)
        return urlunsplit((parts.scheme, parts.netloc, "/" + database, parts.query, ""))

    def _execute(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.admin, autocommit=True) as connection:
            connection.execute(sql)

    def create(self) -> str:
        """A new empty UTF-8 database, byte-ordered text (C.UTF-8 where the system has it, as SQLite compares)."""
        name = f"dateline_test_{os.getpid()}_{next(_names)}"
        try:
            self._execute(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'")
        except Exception:  # no C.UTF-8 locale here
            self._execute(f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'")
        return self.url(name)

    def drop(self, url: str) -> None:
        from dateline.store.postgres import close_pools

        close_pools(url)
        self._execute(f"DROP DATABASE IF EXISTS {urlsplit(url).path.lstrip('/')} WITH (FORCE)")

    def stop(self) -> None:
        if self._stop:
            subprocess.run(self._stop, capture_output=True, check=False)
        if self._folder:
            shutil.rmtree(self._folder, ignore_errors=True)


def start() -> Server | str:
    """A running server, or why there is none (a sentence for the skip or failure)."""
    given = os.environ.get("DATELINE_TEST_PG")
    if given:
        return Server(given)
    try:
        import psycopg  # noqa: F401
        import psycopg_pool  # noqa: F401
    except ImportError:
        return "psycopg is not installed (pip install 'dateline[postgres]')"
    bindir = binaries()
    if bindir is None:
        return "PostgreSQL is not installed (initdb and pg_ctl not found; .ci/system-packages installs it)"
    run_as: list[str] = []
    folder = tempfile.mkdtemp(prefix="dateline-pg-")
    if os.geteuid() == 0:
        try:
            owner = pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no 'postgres' user to run the server as"
        os.chown(folder, owner.pw_uid, owner.pw_gid)
        run_as = ["runuser", "-u", "postgres", "--"] if shutil.which("runuser") else \
            ["setpriv", f"--reuid={owner.pw_uid}", f"--regid={owner.pw_gid}", "--clear-groups"]
    data = os.path.join(folder, "data")
    init = [*run_as, str(bindir / "initdb"), "-D", data, "-U", USER, "--auth=trust", "-E", "UTF8"]
    made = subprocess.run([*init, "--locale=C.UTF-8"], capture_output=True, text=True, cwd=folder)
    if made.returncode != 0:
        made = subprocess.run([*init, "--no-locale"], capture_output=True, text=True, cwd=folder)
    if made.returncode != 0:
        shutil.rmtree(folder, ignore_errors=True)
        return f"initdb failed: {made.stderr.strip()[-300:]}"
    ctl = [*run_as, str(bindir / "pg_ctl"), "-D", data, "-l", os.path.join(folder, "server.log")]
    for _ in range(5):  # a port found free may be taken before the server binds it
        port = _free_port()
        options = (f"-h 127.0.0.1 -p {port} -k {folder} -F -c max_connections=300 -c synchronous_commit=off "
                   "-c full_page_writes=off")
        started = subprocess.run([*ctl, "-w", "-t", "60", "-o", options, "start"], capture_output=True, text=True,
                                 cwd=folder)
        if started.returncode == 0:
            server = Server(f"postgresql://{USER}@127.0.0.1:{port}/postgres", [*ctl, "-m", "immediate", "stop"],
                            folder)
            deadline = time.monotonic() + 30
            while True:
                try:
                    server._execute("SELECT 1")
                    return server
                except Exception:
                    if time.monotonic() > deadline:
                        server.stop()
                        return "the PostgreSQL server started but does not answer"
                    time.sleep(0.2)
    log = Path(folder, "server.log")
    reason = log.read_text(errors="replace")[-300:] if log.exists() else ""
    shutil.rmtree(folder, ignore_errors=True)
    return f"the PostgreSQL server did not start: {reason.strip()}"

"""The one FastAPI application: the API under ``/api`` and the reader's pages at the root."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from fastapi import FastAPI

from .. import __version__
from ..analyze.budget import MAX_CHARS, MAX_SECONDS
from . import api, errors, pages
from .hosts import HostCheck
from .limits import BodyLimit
from .schemas import RECORDS
from .settings import MAX_UPLOAD, Settings

DESCRIPTION = """Who is in the stored news articles, who said what on whose authority, what happened when and where.

Every answer is JSON; every error is `{"status": N, "message": "..."}`. Listings page with `limit` and `offset`
(the next page's offset is `next_offset`). Writing (`POST /api/analyze?store=true`) needs
`Authorization: Bearer <token>` with the token the server was started with."""


def create_app(db: str | Path | None = None, *, token: str | None = None, max_upload: int = MAX_UPLOAD,
               max_seconds: float = MAX_SECONDS, max_chars: int = MAX_CHARS,
               allowed_hosts: Iterable[str] | None = None) -> FastAPI:
    """Build the app over one store; ``dateline serve`` and the tests both come through here.

    ``allowed_hosts``: the only ``Host`` names answered (``dateline serve`` passes the names it listens on,
    see :mod:`.hosts`); None answers any."""
    # no /docs or /redoc: their pages load scripts from a CDN, which an offline tool on loopback should not
    app = FastAPI(title="dateline", version=__version__, description=DESCRIPTION, docs_url=None, redoc_url=None)
    app.state.settings = Settings(db=db, token=token or None, max_upload=max_upload, max_seconds=max_seconds,
                                  max_chars=max_chars)
    app.state.analysis_lock = threading.Lock()
    app.add_middleware(BodyLimit, max_bytes=max_upload)
    if allowed_hosts is not None:
        app.add_middleware(HostCheck, names=frozenset(h.lower() for h in allowed_hosts))
    errors.install(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    _publish_records(app)
    return app


def _publish_records(app: FastAPI) -> None:
    """Add the records' schemas (:mod:`.schemas`) to the spec FastAPI generates from the routes."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        spec = generate()
        spec.setdefault("components", {}).setdefault("schemas", {}).update(RECORDS.components)
        return spec

    app.openapi = openapi  # type: ignore[method-assign]

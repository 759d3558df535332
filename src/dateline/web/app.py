"""The one FastAPI application: the API under ``/api`` and the reader's pages at the root."""

from __future__ import annotations

from fastapi import FastAPI

from .. import __version__
from . import api, pages


def create_app() -> FastAPI:
    """Build the app; settings (store, token, limits) come from :mod:`.settings`-style state set by ``serve``."""
    app = FastAPI(title="dateline", version=__version__)
    app.include_router(api.router)
    app.include_router(pages.router)
    return app

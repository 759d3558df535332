"""The one FastAPI application: the API under ``/api`` and the reader's pages at the root."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI

from .. import __version__
from . import api, pages
from .settings import MAX_UPLOAD, Settings


def create_app(db: str | Path | None = None, *, token: str | None = None, max_upload: int = MAX_UPLOAD,
               max_seconds: float = 30.0) -> FastAPI:
    """Build the app over one store; ``dateline serve`` and the tests both come through here."""
    app = FastAPI(title="dateline", version=__version__)
    app.state.settings = Settings(db=db, token=token, max_upload=max_upload, max_seconds=max_seconds)
    app.include_router(api.router)
    app.include_router(pages.router)
    return app

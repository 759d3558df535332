"""Request-scoped access to the store: one read-only :class:`Corpus` per request (SQLite connections are
per thread, and FastAPI runs plain ``def`` handlers in a thread pool)."""

from __future__ import annotations

from collections.abc import Iterator

from fastapi import HTTPException, Request

from ..engine import Corpus
from .settings import Settings


def settings(request: Request) -> Settings:
    value: Settings = request.app.state.settings
    return value


def corpus(request: Request) -> Iterator[Corpus]:
    chosen = settings(request)
    if chosen.db is None:
        raise HTTPException(status_code=404, detail="no store is served (start with --db)")
    with Corpus(chosen.db, readonly=True) as opened:
        yield opened

"""Request-scoped access to the store and the analyser.

A :class:`Corpus` is opened inside the handler that uses it, never in a dependency: an SQLite connection
belongs to the thread that opened it, and FastAPI runs a plain ``def`` handler and its dependencies' set-up
and tear-down on whichever thread-pool threads are free (a Corpus opened in a dependency failed one request
in two under concurrent load). Handlers write ``with reading(request) as corpus:``.
"""

from __future__ import annotations

import hmac
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from fastapi import Request

from ..engine import Corpus
from .errors import ApiError
from .settings import Settings


def settings(request: Request) -> Settings:
    value: Settings = request.app.state.settings
    return value


@contextmanager
def reading(request: Request) -> Iterator[Corpus]:
    """The served store, read-only (404 when the server serves none)."""
    chosen = settings(request)
    if chosen.db is None:
        raise ApiError(404, "no store is served (start the server with --db)")
    with Corpus(chosen.db, readonly=True) as opened:
        yield opened


@contextmanager
def writing(request: Request) -> Iterator[Corpus]:
    """The served store, writable: only for a request that passed :func:`authorize`."""
    chosen = settings(request)
    if chosen.db is None:
        raise ApiError(409, "this server serves no store to write to (start it with --db)")
    with Corpus(chosen.db) as opened:
        yield opened


def authorize(request: Request) -> None:
    """A writing request needs the operator's token, compared in constant time; none set refuses writing."""
    expected = settings(request).token
    if not expected:
        raise ApiError(403, "writing is disabled: the server was started without a token "
                            "(set DATELINE_TOKEN or --token-env)")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise ApiError(401, "writing needs 'Authorization: Bearer <token>' with the server's token",
                       headers={"WWW-Authenticate": "Bearer"})


def analysis_lock(request: Request) -> threading.Lock:
    """One analysis at a time per server: each takes a core and up to 1 GB; others wait their turn."""
    lock: threading.Lock = request.app.state.analysis_lock
    return lock

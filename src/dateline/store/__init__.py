"""Storage: the only place SQL lives. SQLite by path or ``sqlite:///`` URL."""

from __future__ import annotations

from ..errors import StoreError
from .sqlite import SQLiteStore


def open_store(url: str, *, readonly: bool = False) -> SQLiteStore:
    """The store at a path or ``sqlite:///`` URL. Read-only: it must exist and be a dateline store of this
    version, and nothing is written. Writing: a missing or empty file becomes a store, anything else is refused."""
    if url.startswith("sqlite:///"):
        return SQLiteStore(url[len("sqlite:///"):], readonly=readonly)
    if "://" in url:
        raise StoreError(f"{url}: unsupported database URL (use a file path or sqlite:///path)")
    return SQLiteStore(url, readonly=readonly)


__all__ = ["SQLiteStore", "StoreError", "open_store"]

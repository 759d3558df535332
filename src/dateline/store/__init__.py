"""Storage: the only place SQL lives. SQLite by path or ``sqlite:///`` URL."""

from __future__ import annotations

from .sqlite import SQLiteStore


class StoreError(RuntimeError):
    pass


def open_store(url: str) -> SQLiteStore:
    if url.startswith("sqlite:///"):
        return SQLiteStore(url[len("sqlite:///"):])
    if "://" in url:
        raise StoreError(f"{url}: unsupported database URL (use a file path or sqlite:///path)")
    return SQLiteStore(url)


__all__ = ["SQLiteStore", "StoreError", "open_store"]

"""Storage: the only place SQL lives. SQLite by path or ``sqlite:///`` URL, PostgreSQL by ``postgresql://`` URL;
both implement ``base.Store``."""

from __future__ import annotations

import re

from ..errors import StoreError
from .base import Store
from .sqlite import SQLiteStore

POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def open_store(url: str, *, readonly: bool = False) -> Store:
    """The store at a path, a ``sqlite:///`` URL or a ``postgresql://`` URL. Read-only: it must exist and be a
    dateline store of this version, and nothing is written. Writing: a missing or empty database becomes a
    store, anything else is refused."""
    if url.startswith(POSTGRES_SCHEMES):
        try:
            from .postgres import PostgresStore
        except ImportError as error:  # psycopg is the optional extra ``postgres``
            raise StoreError(f"{shown(url)}: PostgreSQL needs psycopg ({error}); "
                             "install it with: pip install 'dateline[postgres]'") from error

        return PostgresStore(url, readonly=readonly)
    if url.startswith("sqlite:///"):
        return SQLiteStore(url[len("sqlite:///"):], readonly=readonly)
    if "://" in url:
        raise StoreError(f"{url}: unsupported database URL (use a file path, sqlite:///path or postgresql://…)")
    return SQLiteStore(url, readonly=readonly)


def shown(url: str) -> str:
    """A store as messages name it: a path as given, a URL without its password."""
    url = re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@", url)
    return re.sub(r"(password=)[^&\s]*", r"\1***", url)


def is_server_url(url: str) -> bool:
    """Whether ``url`` names a database server rather than a file."""
    return url.startswith(POSTGRES_SCHEMES)


def backend_errors() -> tuple[type[BaseException], ...]:
    """The database drivers' own error classes (a store failure the CLI reports as such, exit status 3)."""
    import sqlite3
    import sys

    found: list[type[BaseException]] = [sqlite3.Error]
    psycopg = sys.modules.get("psycopg")
    if psycopg is not None:
        found.append(psycopg.Error)
    return tuple(found)


__all__ = ["SQLiteStore", "Store", "StoreError", "backend_errors", "is_server_url", "open_store", "shown"]

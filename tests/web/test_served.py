"""The reader under a real server: concurrent requests each get their own store connection."""

from __future__ import annotations

import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from .browser import served  # noqa: F401  (fixture)
from .reader_store import reader_db  # noqa: F401  (fixture)


def status(url: str) -> int:
    with urllib.request.urlopen(url, timeout=30) as response:
        return int(response.status)


def test_concurrent_page_requests_all_succeed(served: str, reader_db: Path) -> None:  # noqa: F811
    """SQLite connections belong to their thread; a Corpus opened outside the handler's thread fails
    under load (it did: 119 of 120 such requests were 500s), so each page opens its own."""
    paths = ["/", "/actors", "/stories", "/search?q=Lagos", "/graph"] * 8
    with ThreadPoolExecutor(max_workers=12) as pool:
        statuses = list(pool.map(status, [served + path for path in paths]))
    assert statuses == [200] * len(paths)

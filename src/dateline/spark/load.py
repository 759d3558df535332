"""Parquet output → store: the one place ``dateline spark --db`` writes to a store.

The analyses are read back a batch at a time and saved through :meth:`dateline.engine.Corpus.load`, as
``dateline analyze --db`` saves them (actor identities resolved, near-duplicate index updated); the rejects too.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from ..engine import BatchReport, Corpus
from ..model import Analysis, Reject
from ..parquet import reader


def results(output: str | os.PathLike[str]) -> Iterator[Analysis | Reject]:
    yield from reader.analyses(output)
    for reject, _article_id, _stage in reader.rejects(output):
        yield reject


def to_store(output: str | os.PathLike[str], db_url: str) -> BatchReport:
    with Corpus(db_url) as corpus:
        return corpus.load(results(output))

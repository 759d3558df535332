"""Reading the tables back a batch at a time (pyarrow dataset scans): never the whole output in memory."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.compute as pc
import pyarrow.dataset as ds

from ..model import Analysis, Reject
from .schema import TABLES
from .writer import MANIFEST

BATCH = 256


class OutputError(ValueError):
    """The directory is not (or not yet) the output of a finished ``dateline spark`` run."""


def table(directory: str | os.PathLike[str], name: str) -> ds.Dataset:
    """One table of the output as a pyarrow dataset (hidden and ``_`` files are skipped, as Spark does)."""
    folder = Path(directory) / name
    if not folder.is_dir():
        raise OutputError(f"{directory}: no '{name}' table (not the output of 'dateline spark'?)")
    return ds.dataset(folder, format="parquet", schema=TABLES[name].schema)


def manifest(directory: str | os.PathLike[str]) -> dict[str, Any]:
    path = Path(directory) / MANIFEST
    try:
        facts: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise OutputError(f"{directory}: no {MANIFEST} (not the output of a finished 'dateline spark' run)") from None
    return facts


def scan(directory: str | os.PathLike[str], name: str, columns: list[str], batch: int = BATCH,
         where: ds.Expression | None = None) -> Iterator[dict[str, list[Any]]]:
    """Columns of one table, ``batch`` rows at a time, as lists by column name."""
    for part in table(directory, name).to_batches(columns=columns, filter=where, batch_size=batch):
        if part.num_rows:
            yield {column: part.column(column).to_pylist() for column in columns}


def records(directory: str | os.PathLike[str], batch: int = BATCH, ids: list[str] | None = None
            ) -> Iterator[dict[str, Any]]:
    """The ``dateline/1`` JSON records (what ``dateline analyze --json`` prints), ``ids`` only if given."""
    where = pc.field("article_id").isin(ids) if ids is not None else None
    for part in scan(directory, "articles", ["record"], batch, where):
        for line in part["record"]:
            yield json.loads(line)


def analyses(directory: str | os.PathLike[str], batch: int = BATCH, ids: list[str] | None = None
             ) -> Iterator[Analysis]:
    """The analyses, decoded from the ``record`` column a batch at a time."""
    for record in records(directory, batch, ids):
        yield Analysis.from_json(record)


def rejects(directory: str | os.PathLike[str], batch: int = BATCH) -> Iterator[tuple[Reject, str | None, str]]:
    """(reject, its article id or None, stage) for every row of ``rejects``."""
    for part in scan(directory, "rejects", ["source", "reason", "article_id", "stage"], batch):
        for source, reason, article_id, stage in zip(part["source"], part["reason"], part["article_id"],
                                                     part["stage"], strict=True):
            yield Reject(source, reason), article_id, stage

"""One task's part of every table, written a row group at a time and put in place only when the task ends.

Rows go to hidden files (``.part-00003.<token>.tmp``, which Spark and pyarrow skip) and :meth:`PartWriter.commit`
renames each to ``part-00003.parquet``: a task that dies leaves no half table behind, and a task Spark runs
again replaces its part with the same rows instead of adding a second copy. A row the schema refuses (a record
that breaks its own types) does not sink the part: its article becomes a reject naming the reason.
"""

from __future__ import annotations

import json
import os
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..model import Analysis, Article, Reject
from .rows import Rows, analysis_rows, reject_row
from .schema import TABLES

GROUP = 500  # articles per row group
MANIFEST = "_dateline.json"
CORPUS_TABLES = ("duplicates", "stories", "story_members")  # written from the article tables by corpus.parquet


class PartWriter:
    """Rows of each table for part ``part`` of the output in ``directory``."""

    def __init__(self, directory: str | os.PathLike[str], part: int, group: int = GROUP) -> None:
        self.directory = Path(directory)
        self.name = f"part-{part:05d}.parquet"
        self.token = uuid.uuid4().hex
        self.group = group
        self.pending: list[Rows] = []
        self.writers: dict[str, pq.ParquetWriter] = {}
        self.counts: Counter[str] = Counter()

    def add(self, article: Article | None, result: Analysis | Reject) -> None:
        """One result; ``article`` is the article it is of (None for a reader's reject)."""
        if isinstance(result, Reject):
            self.pending.append({"rejects": [reject_row(result, article.id if article else None)]})
        else:
            try:
                self.pending.append(analysis_rows(result))
            except Exception as error:  # a record that does not convert: its article is rejected, not the part
                self.pending.append(_unwritable(result, error))
        if len(self.pending) >= self.group:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        tables = _tables(self.pending)
        if tables is None:  # some article's rows break the schema: find it, reject it, keep the others
            tables = _tables([_checked(rows) for rows in self.pending])
            assert tables is not None
        self.pending = []
        for name, table in tables.items():
            if table.num_rows:
                self._writer(name).write_table(table)
                self.counts[name] += table.num_rows

    def commit(self) -> dict[str, int]:
        """Close every table's file and rename it into place; returns the rows written per table."""
        self.flush()
        for name, writer in self.writers.items():
            writer.close()
            os.replace(self._hidden(name), self.directory / name / self.name)
        self.writers = {}
        return dict(self.counts)

    def abort(self) -> None:
        for name, writer in self.writers.items():
            writer.close()
            self._hidden(name).unlink(missing_ok=True)
        self.writers = {}

    def _hidden(self, table: str) -> Path:
        return self.directory / table / f".{self.name}.{self.token}.tmp"

    def _writer(self, table: str) -> pq.ParquetWriter:
        if table not in self.writers:
            (self.directory / table).mkdir(parents=True, exist_ok=True)
            self.writers[table] = pq.ParquetWriter(self._hidden(table), TABLES[table].schema, compression="zstd")
        return self.writers[table]


def _tables(pending: list[Rows]) -> dict[str, pa.Table] | None:
    merged: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for rows in pending:
        for name, items in rows.items():
            merged[name] += items
    try:
        tables = {name: _table(name, items) for name, items in merged.items()}
    except (pa.ArrowException, TypeError, ValueError, KeyError):
        return None
    return tables


def _table(name: str, items: list[dict[str, Any]]) -> pa.Table:
    """Rows as a table of ``name``; ValueError when a value is null where the record's type says it cannot be
    (Arrow builds such a table and only the Parquet writer refuses it, too late to tell which article)."""
    table = pa.Table.from_pylist(items, schema=TABLES[name].schema)
    for column, where in zip(table.columns, table.schema, strict=True):
        if _null_where_required(column, where):
            raise ValueError(f"'{where.name}' of {name} holds a null where the record requires a value")
    return table


def _null_where_required(array: Any, where: pa.Field) -> bool:
    if isinstance(array, pa.ChunkedArray):
        return any(_null_where_required(chunk, where) for chunk in array.chunks)
    if not where.nullable and array.null_count:
        return True
    kind = where.type
    if pa.types.is_struct(kind):
        present = array.is_valid()
        return any(_null_where_required(array.field(i).filter(present), kind.field(i)) for i in range(kind.num_fields))
    if pa.types.is_list(kind):
        return _null_where_required(array.flatten(), kind.value_field)
    return False


def _checked(rows: Rows) -> Rows:
    """An article's rows as they are if every table takes them, else one reject row saying why not."""
    try:
        for name, items in rows.items():
            _table(name, items)
    except (pa.ArrowException, TypeError, ValueError, KeyError) as error:
        article_id = next((r.get("article_id") for r in rows.get("articles", [])), None)
        source = next((r.get("source") for r in rows.get("articles", [])), None)
        reason = f"output failed ({type(error).__name__}: {error})"[:500]
        return {"rejects": [{"article_id": article_id, "source": source or article_id or "?", "reason": reason,
                             "stage": "write"}]}
    return rows


def _unwritable(analysis: Analysis, error: Exception) -> Rows:
    article = analysis.article
    reason = f"output failed ({type(error).__name__}: {error})"[:500]
    return {"rejects": [{"article_id": article.id, "source": article.source or article.id, "reason": reason,
                         "stage": "write"}]}


def ensure_tables(directory: str | os.PathLike[str]) -> None:
    """Give every table at least one (empty) file, so that Spark and pyarrow read a table no row went to."""
    root = Path(directory)
    for name, table in TABLES.items():
        folder = root / name
        folder.mkdir(parents=True, exist_ok=True)
        if not any(p.suffix == ".parquet" and not p.name.startswith((".", "_")) for p in folder.iterdir()):
            pq.write_table(table.schema.empty_table(), folder / "part-empty.parquet", compression="zstd")


def write_manifest(directory: str | os.PathLike[str], facts: dict[str, Any]) -> None:
    """``_dateline.json``: what the run was (counts, fingerprint, inputs); written last, so its presence means done."""
    path = Path(directory) / MANIFEST
    hidden = path.with_name(f".{MANIFEST}.tmp")
    hidden.write_text(json.dumps(facts, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(hidden, path)


def update_manifest(directory: str | os.PathLike[str], facts: dict[str, Any]) -> None:
    """Add ``facts`` to the manifest of a finished run (the corpus tables record what made them)."""
    path = Path(directory) / MANIFEST
    current = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    write_manifest(directory, {**current, **facts})

"""Inputs → Spark partitions → the one runner on each → Parquet tables, in one pass over the data.

Stage 1 reads: one task per input file streams its records (``ingest.read_sources``: a WARC or JSONL file a
record at a time), each keyed by (file number, record number). Stage 2 spreads them: runs of ``CHUNK``
consecutive records go to partitions by a fixed hash, so a large file's records are analysed by many tasks
and each partition sorts its items by key (Spark sorts on disk what does not fit). Each stage-2 task runs
:func:`dateline.runner.run_pairs` with the in-process executor on its items (the spaCy ``Language`` is built
once per Python worker, which Spark reuses across tasks) and writes its part of every table
(``parquet.writer``). A record that cannot be read or analysed is a row of ``rejects``; the job goes on.
"""

from __future__ import annotations

import functools
import os
import shutil
import socket
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..analyze.budget import Budget
from ..ingest.paths import expand
from ..model import Article, Reject

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

CHUNK = 64  # consecutive records of one file that stay together (about two batches of the pipeline)
PER_CORE = 4  # partitions per core by default: small enough tasks that the cores finish together

Key = tuple[int, int]
Item = Article | Reject


class OutputExists(ValueError):
    """The output directory holds something; dateline does not write over it unless told to."""


@dataclass
class JobReport:
    """What a run did: rows per table, partitions, wall time, and the Python workers that did it."""

    output: str
    inputs: int
    partitions: int
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    workers: int = 0  # Python worker processes that ran analysis tasks
    model_loads: int = 0  # times a worker built the pipeline (once per worker: Spark reuses them across tasks)
    cpu_seconds: float = 0.0  # CPU time of the Python workers in the analysis tasks (model builds included)

    @property
    def articles(self) -> int:
        return self.rows.get("articles", 0)

    @property
    def rejects(self) -> int:
        return self.rows.get("rejects", 0)


def prepare_output(output: str | os.PathLike[str], overwrite: bool = False) -> Path:
    """The output directory as an absolute path, empty; a previous dateline output only with ``overwrite``."""
    from ..parquet.schema import TABLES
    from ..parquet.writer import CORPUS_TABLES, MANIFEST

    path = Path(output).absolute()
    if path.exists() and not path.is_dir():
        raise OutputExists(f"{output}: exists and is not a directory")
    entries = sorted(p.name for p in path.iterdir()) if path.is_dir() else []
    ours = set(TABLES) | set(CORPUS_TABLES) | {MANIFEST}
    if entries and not overwrite:
        what = "a dateline spark output (--overwrite replaces it)" if set(entries) <= ours else "not empty"
        raise OutputExists(f"{output}: {what}")
    if entries and not set(entries) <= ours:
        raise OutputExists(f"{output}: not empty and not a dateline spark output; --overwrite only replaces those")
    for name in entries:
        target = path / name
        shutil.rmtree(target) if target.is_dir() else target.unlink()
    path.mkdir(parents=True, exist_ok=True)
    return path


def run_job(spark: SparkSession, inputs: Iterable[str], output: str | os.PathLike[str], *, outlet: str | None = None,
            budget: Budget | None = None, partitions: int | None = None, batch_size: int = 32,
            overwrite: bool = False) -> JobReport:
    """Analyse every input on ``spark`` and write the tables under ``output`` (see docs/parquet.md)."""
    from ..analyze.fingerprint import pipeline_fingerprint
    from ..parquet.writer import ensure_tables, write_manifest

    started = time.perf_counter()
    entries: list[str | Reject] = [Reject(e.source, e.reason) if not isinstance(e, str) else e for e in expand(inputs)]
    if "-" in entries:
        raise ValueError("'-' (stdin) cannot be read by Spark executors; give files or directories")
    folder = prepare_output(output, overwrite)
    context = spark.sparkContext
    count = partitions or PER_CORE * context.defaultParallelism
    files = context.parallelize(list(enumerate(entries)), max(1, min(len(entries), count)))
    keyed = files.flatMap(functools.partial(read_entry, outlet=outlet))
    spread = keyed.repartitionAndSortWithinPartitions(count, partitionFunc=spread_key)
    task = functools.partial(analyse_partition, output=str(folder), budget=budget or Budget(), batch_size=batch_size)
    rows: Counter[str] = Counter()
    workers: set[str] = set()
    loads, cpu = 0, 0.0
    for part in spread.mapPartitionsWithIndex(task).collect():
        rows.update(part.rows)
        workers.add(part.worker)
        loads += part.loaded_model
        cpu += part.cpu
    ensure_tables(folder)
    report = JobReport(str(folder), len(entries), count, dict(rows), time.perf_counter() - started, len(workers),
                       loads, cpu)
    write_manifest(folder, {"schema": "dateline/1", "fingerprint": pipeline_fingerprint(), "inputs": len(entries),
                            "partitions": count, "master": context.master, "rows": report.rows,
                            "python_workers": report.workers, "model_loads": report.model_loads,
                            "python_cpu_seconds": round(report.cpu_seconds, 1),
                            "seconds": round(report.seconds, 3)})
    return report


def read_entry(entry: tuple[int, str | Reject], outlet: str | None = None) -> Iterator[tuple[Key, Item]]:
    """Stage 1: one input file's articles and rejects, a record at a time, keyed by where they were read."""
    from ..ingest import read_sources

    number, path = entry
    if isinstance(path, Reject):
        yield (number, 0), path
        return
    for record, item in enumerate(read_sources([path], outlet=outlet)):
        yield (number, record), item


def spread_key(key: Key) -> int:
    """Which partition a record goes to (Spark takes it modulo their number): runs of CHUNK records together."""
    number, record = key
    return (number * 1_000_003 + record // CHUNK) & 0x7FFFFFFF


@dataclass(frozen=True)
class PartReport:
    """What one stage-2 task did: rows per table, and which Python worker ran it and whether it built the model."""

    rows: dict[str, int]
    worker: str
    loaded_model: bool
    cpu: float  # CPU seconds of the Python worker on this task (what a core spends, however busy the machine)


def analyse_partition(index: int, items: Iterator[tuple[Key, Item]], output: str, budget: Budget,
                      batch_size: int) -> Iterator[PartReport]:
    """Stage 2, on an executor: the runner over this partition's items, written as part ``index`` of each table."""
    from ..analyze.pipeline import shared_nlp
    from ..parquet.writer import PartWriter
    from ..runner import InProcess, run_pairs

    cached = shared_nlp.cache_info().currsize > 0  # built by an earlier task of this worker: not built again
    cpu = time.process_time()
    writer = PartWriter(output, index)
    try:
        for article, result in run_pairs((item for _, item in items), InProcess(batch_size), budget):
            writer.add(article, result)
        rows = writer.commit()
    except BaseException:
        writer.abort()
        raise
    loaded = not cached and shared_nlp.cache_info().currsize > 0
    yield PartReport(rows, f"{socket.gethostname()}:{os.getpid()}", loaded, time.process_time() - cpu)

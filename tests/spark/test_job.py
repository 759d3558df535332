"""The Spark job on a mixed input directory gives, article for article, what ``dateline analyze --json`` gives.

What may differ between the two: nothing in the records (compared whole, by article id); the order of the
articles (Spark writes each partition's part; the tables are sets), which is why records are compared by id.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from dateline.model import Analysis

from .mixed import BAD, GOOD, build

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("mixed") / "in")


@pytest.fixture(scope="module")
def output(spark: Any, inputs: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from dateline.spark.job import run_job

    out = tmp_path_factory.mktemp("spark") / "out"
    report = run_job(spark, [str(inputs)], out, partitions=3)
    assert report.articles == GOOD and report.rejects == len(BAD)
    assert 1 <= report.model_loads <= report.workers <= 2  # the pipeline built once per Python worker, not per task
    return out


@pytest.fixture(scope="module")
def cli(inputs: Path) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """``dateline analyze --json`` over the same directory: records by id, and the reject lines."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-m", "dateline.cli", "analyze", str(inputs), "--json"], env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 1, done.stderr  # some inputs rejected
    records = [json.loads(line) for line in done.stdout.splitlines()]
    rejected = [line for line in done.stderr.splitlines() if line.startswith("dateline: rejected ")]
    return {r["id"]: r for r in records}, rejected


def test_parquet_records_equal_analyze_json_article_for_article(output: Path, cli: tuple[dict[str, Any], list[str]]
                                                                ) -> None:
    from dateline.parquet import reader

    expected, _ = cli
    got = {r["id"]: r for r in reader.records(output)}
    assert len(got) == GOOD and got.keys() == expected.keys()
    for article_id, record in expected.items():
        assert got[article_id] == record, f"{record['source']} differs"
    formats = Counter(Path(r["source"].split("#")[0].split(":")[0]).suffix for r in got.values())
    assert formats == {".txt": 3, ".jsonl": 2, ".html": 1, ".gz": 2}


def test_bad_inputs_are_rows_of_rejects_with_the_reasons_analyze_gives(output: Path,
                                                                       cli: tuple[dict[str, Any], list[str]]) -> None:
    from dateline.parquet import reader

    _, rejected = cli
    rows = list(reader.rejects(output))
    assert sorted(f"dateline: rejected {r.source}: {r.reason}" for r, _, _ in rows) == sorted(rejected)
    assert sorted(Path(r.source).name for r, _, _ in rows) == sorted(BAD)
    assert all(article_id is None and stage == "read" for _, article_id, stage in rows)


def test_tables_hold_every_part_of_each_record_and_spark_reads_them(spark: Any, output: Path) -> None:
    from dateline.parquet import reader

    records = list(reader.records(output))
    ids = {r["id"] for r in records}
    expected = {"quotes": sum(len(r["quotes"]) for r in records), "claims": sum(len(r["claims"]) for r in records),
                "cues": sum(len(r["cues"]) for r in records), "events": sum(len(r["events"]) for r in records),
                "times": sum(len(r["times"]) for r in records), "actors": sum(len(r["entities"]) for r in records),
                "mentions": sum(len(e["mentions"]) for r in records for e in r["entities"])
                + sum(len(r["unresolved"]) for r in records), "articles": len(records)}
    assert all(expected[name] > 0 for name in ("quotes", "claims", "events", "actors", "mentions"))
    for name, count in expected.items():
        frame = spark.read.parquet(str(output / name))
        assert frame.count() == count, name
        assert {row.article_id for row in frame.select("article_id").distinct().collect()} <= ids, name
    quote = spark.read.parquet(str(output / "quotes")).where("kind = 'direct'").first()
    record = next(r for r in records if r["id"] == quote.article_id)
    assert record["text"][quote.content.start:quote.content.end] == quote.content.text
    for record in records:  # the record column round-trips through the typed records
        assert Analysis.from_json(record).to_json() == record
    manifest = reader.manifest(output)
    assert manifest["rows"]["articles"] == len(records) and manifest["master"] == "local[2]"

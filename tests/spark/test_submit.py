"""``spark-submit`` of dateline's Spark module, with ``--db`` and ``--corpus``: the command a cluster runs, in local
mode."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES

from .conftest import require_spark

ROOT = Path(__file__).resolve().parents[2]
LOOPBACK = ["--conf", "spark.driver.bindAddress=127.0.0.1", "--conf", "spark.driver.host=127.0.0.1",
            "--conf", "spark.ui.enabled=false"]


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT / "src"), "SPARK_LOCAL_IP": "127.0.0.1",
            "PYSPARK_PYTHON": sys.executable, "PYSPARK_DRIVER_PYTHON": sys.executable}


def test_spark_submit_writes_the_tables_and_loads_the_store(tmp_path: Path) -> None:
    require_spark()
    import pyspark

    import dateline.spark.__main__ as entry
    from dateline import Corpus
    from dateline.parquet import reader

    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("geneva-water-talks.txt", "lagos-port-strike.txt"):
        shutil.copy(EXAMPLES / name, inputs / name)
    (inputs / "empty.txt").write_bytes(b"")
    submit = Path(pyspark.__file__).parent / "bin" / "spark-submit"
    out, db = tmp_path / "out", tmp_path / "news.db"
    done = subprocess.run([str(submit), "--master", "local[1]", *LOOPBACK, entry.__file__, str(inputs),
                           "--output", str(out), "--db", str(db), "--corpus"], env=_env(), capture_output=True,
                          text=True, timeout=900)
    said = done.stdout  # spark-submit runs the Python driver with its stderr merged into stdout
    assert done.returncode == 1, said + done.stderr  # the empty file is a reject
    assert f"dateline: rejected {inputs / 'empty.txt'}: empty input" in said
    assert "dateline: 2 analysed, 1 rejected" in said
    assert "dateline: 2 stored, 1 rejects kept" in said
    assert "0 duplicate group(s) (0 copies), 2 stories" in said  # --corpus: two unrelated articles
    assert reader.manifest(out)["corpus"]["placed"] == 2
    records = {r["id"]: r for r in reader.records(out)}
    with Corpus(db, readonly=True) as corpus:
        assert len(corpus) == 2
        for article_id, record in records.items():
            stored = corpus.get(article_id)
            assert stored is not None and stored.to_json() == record
        assert [r.source for r in corpus.rejects()] == [str(inputs / "empty.txt")]
        assert corpus.search("Geneva")  # saved as analyze --db saves: full-text search finds it

    again = subprocess.run([sys.executable, "-m", "dateline.spark", str(inputs), "--output", str(out)], env=_env(),
                           capture_output=True, text=True, timeout=120)
    assert again.returncode == 2 and "a dateline spark output (--overwrite replaces it)" in again.stderr


def test_the_module_help_is_the_commands(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "dateline.spark", "--help"], env=_env(), capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0 and "--output" in done.stdout and "--master" in done.stdout


@pytest.mark.parametrize("content", ["notes.md", "articles"])
def test_an_output_that_is_not_empty_is_refused(tmp_path: Path, content: str) -> None:
    from dateline.spark.job import OutputExists, prepare_output

    (tmp_path / content).mkdir() if content == "articles" else (tmp_path / content).write_text("mine")
    with pytest.raises(OutputExists):
        prepare_output(tmp_path)
    if content == "notes.md":  # someone else's files are never deleted, even with --overwrite
        with pytest.raises(OutputExists):
            prepare_output(tmp_path, overwrite=True)
        assert (tmp_path / content).exists()
    else:
        prepare_output(tmp_path, overwrite=True)
        assert not any(tmp_path.iterdir())

"""Worker processes (issue 11, item 9) and the Python API's inputs (item 10), with real processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import dateline
from dateline import Corpus
from dateline.analyze.budget import Budget
from dateline.analyze.workers import analyze_in_workers
from dateline.ingest import article_from_text
from dateline.model import Analysis, Reject

ROOT = Path(__file__).resolve().parents[1]
TEXT = "ACCRA, Ghana — The health minister said on Tuesday that two new clinics would open in March."


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        found |= {int(p) for p in (task / "children").read_text().split()}
    return found


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][:1] not in ("Z", "X")
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM])
def test_workers_die_with_the_parent(tmp_path: Path, how: signal.Signals) -> None:
    for i in range(6):
        (tmp_path / f"a{i}.txt").write_text(TEXT, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    parent = subprocess.Popen([sys.executable, "-m", "dateline.cli", "analyze", str(tmp_path), "--workers", "2",
                               "--json"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while len(workers := _children(parent.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert len(workers) >= 2, "the run never started its workers"
        time.sleep(1.5)  # the workers are importing or analysing
        os.kill(parent.pid, how)
        parent.wait(timeout=30)
        deadline = time.monotonic() + 15
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(_alive(w) for w in workers), f"workers outlived the parent's {how.name}"
    finally:
        parent.kill()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_killed_worker_costs_at_most_its_article() -> None:
    articles = [article_from_text(f"{TEXT} Item {i}.", f"a{i}.txt") for i in range(8)]
    results = []
    stream = analyze_in_workers(iter(articles), batch_size=1, workers=2, budget=Budget())
    results.append(next(stream))  # both workers are up and busy
    victim = sorted(_children(os.getpid()))[0]
    os.kill(victim, signal.SIGKILL)
    results.extend(stream)  # no BrokenProcessPool: the pool replaces the worker and goes on
    assert len(results) == 8
    rejects = [r for r in results if isinstance(r, Reject)]
    assert len(rejects) <= 1 and all("worker analysing it died (SIGKILL)" in r.reason for r in rejects)
    assert sum(isinstance(r, Analysis) for r in results) >= 7


@pytest.mark.parametrize("first", ["import dateline.analyze.pipeline as p; import dateline",
                                   "import dateline; from dateline import analyze\n"
                                   "import dateline.analyze.pipeline as p"])
def test_the_subpackage_and_the_function_in_any_import_order(first: str) -> None:
    code = (f"{first}\nassert p.__name__ == 'dateline.analyze.pipeline', p\n"
            "assert callable(dateline.analyze) and hasattr(dateline.analyze, 'analyze_batch')\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("value", [None, 123, b"LAGOS, Nigeria \xe2\x80\x94 text", ["a.txt"]])
def test_analyze_says_what_it_accepts(value: object) -> None:
    with pytest.raises(TypeError, match=r"article's text \(str\) or the path"):
        dateline.analyze(value)  # type: ignore[arg-type]


def test_a_missing_path_is_not_analysed_as_text(tmp_path: Path) -> None:
    for missing in ("nonexistent.txt", str(tmp_path / "gone.jsonl"), "articles/today"):
        with pytest.raises(FileNotFoundError, match="no such file"):
            dateline.analyze(missing)
    with pytest.raises(FileNotFoundError):
        dateline.analyze(tmp_path / "gone")


def test_a_path_keeps_the_callers_metadata(tmp_path: Path) -> None:
    path = tmp_path / "clinic.txt"
    path.write_text(TEXT, encoding="utf-8")
    analysis = dateline.analyze(str(path), url="https://example.org/clinics", title="Clinics to open",
                                published="2024-05-07")
    assert (analysis.article.url, analysis.article.title, analysis.article.published) == \
        ("https://example.org/clinics", "Clinics to open", "2024-05-07")
    assert analysis.article.source == str(path)
    assert dateline.analyze(TEXT).article.source == "<text>"  # text with spaces is text


def test_corpus_add_takes_one_string_as_one_path(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(2):
        (folder / f"a{i}.txt").write_text(f"{TEXT} Note {i}.", encoding="utf-8")
    with Corpus(tmp_path / "news.db") as corpus:
        report = corpus.add(str(folder))
    assert (report.stored, report.rejects) == (2, [])

"""Scale-out of the Spark batch mode, in one run: local[1] and local[2] over the same generated corpus, next to
the single-machine process pool (``dateline analyze --workers 2``).

    python benchmarks/spark.py [--articles 20000] [--files 20] [--seed 7] [--work DIR]

The corpus is ``--articles`` short invented wire stories (tests/synthetic.py), one JSON object per line, spread
over ``--files`` JSONL files, each with its own URL so every article has its own id. Each system runs in its own
process, one after the other: ``dateline analyze --workers 2 --json`` and ``dateline spark --master local[N]``.
Printed per system: wall time, articles/s, CPU time (analyze: the parent and its workers; Spark: the Python
workers in the analysis tasks, which the job reports, as the JVM is not a waited-for child), the machine's load
average while it ran (other jobs share the cores: a load above the core count means the run did not have them to
itself); for Spark also the job time (without the JVM start, with the model loads) and the output size. Then the
speed-up local[2] / local[1] and the per-core figure (articles per CPU-second of the Python workers) a larger run
is planned from. The three runs must agree: the same set of
records, byte for byte (a digest of the sorted records).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from tests.synthetic import make_article  # noqa: E402

SUMMARY = re.compile(r"(\d+) analysed, (\d+) rejected .*\((\d+) partitions, ([\d.]+) s")


def write_corpus(folder: Path, articles: int, files: int, seed: int) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("wire-*.jsonl"):  # a corpus of an earlier run in the same --work
        old.unlink()
    words = 0
    handles = [(folder / f"wire-{n:03d}.jsonl").open("w", encoding="utf-8") for n in range(files)]
    try:
        for number in range(articles):
            text = make_article(number, seed)
            words += len(text.split())
            record = {"id": f"bench-{number}", "url": f"https://wire.example/{seed}/{number}", "outlet": "Wire",
                      "text": text}
            handles[number % files].write(json.dumps(record) + "\n")
    finally:
        for handle in handles:
            handle.close()
    return words


T = TypeVar("T")


def measured(step: Callable[[], T]) -> tuple[T, float, float]:
    """``step()``, the CPU seconds its child processes used (waited-for descendants: Spark's JVM and Python
    workers, the pool's workers) and the mean 1-minute load average while it ran."""
    samples: list[float] = []
    done = threading.Event()

    def sample() -> None:
        while not done.wait(15.0):
            samples.append(os.getloadavg()[0])

    watcher = threading.Thread(target=sample, daemon=True)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    watcher.start()
    try:
        result = step()
    finally:
        done.set()
        watcher.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return result, cpu, sum(samples) / len(samples) if samples else os.getloadavg()[0]


def digest(lines: list[str]) -> str:
    return hashlib.sha256("\n".join(sorted(lines)).encode("utf-8")).hexdigest()[:16]


def environment() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}


def run_analyze(corpus: Path, work: Path) -> tuple[float, int, str]:
    out = work / "analyze.jsonl"
    started = time.perf_counter()
    with out.open("w", encoding="utf-8") as sink:
        subprocess.run([sys.executable, "-m", "dateline.cli", "analyze", str(corpus), "--workers", "2", "--json"],
                       stdout=sink, stderr=subprocess.DEVNULL, env=environment(), check=False)
    elapsed = time.perf_counter() - started
    lines = out.read_text(encoding="utf-8").splitlines()
    return elapsed, len(lines), digest(lines)


def run_spark(corpus: Path, work: Path, cores: int) -> tuple[float, float, int, str, float, float]:
    from dateline.parquet import reader

    out = work / f"spark-local{cores}"
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "dateline.cli", "spark", str(corpus), "--output", str(out),
                           "--master", f"local[{cores}]", "--overwrite"], capture_output=True, text=True,
                          env=environment(), check=False)
    elapsed = time.perf_counter() - started
    found = SUMMARY.search(done.stderr)
    if found is None:
        sys.exit(f"local[{cores}] failed:\n{done.stderr[-3000:]}")
    lines = [line for part in reader.scan(out, "articles", ["record"], 1024) for line in part["record"]]
    size = sum(p.stat().st_size for p in out.rglob("*.parquet")) / 2**20
    python_cpu = float(reader.manifest(out)["python_cpu_seconds"])
    return elapsed, float(found.group(4)), int(found.group(1)), digest(lines), size, python_cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--files", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--work", type=Path, help="where the corpus and outputs go (default: a temporary folder)")
    options = parser.parse_args()
    work = options.work or Path(tempfile.mkdtemp(prefix="dateline-spark-bench-"))
    corpus = work / "corpus"
    words = write_corpus(corpus, options.articles, options.files, options.seed)
    print(f"{options.articles:,} synthetic articles, {words:,} words, in {options.files} JSONL files ({work}); "
          f"Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores; "
          f"{time.strftime('%Y-%m-%d %H:%M')}", flush=True)
    (wall, count, first), cpu, load = measured(lambda: run_analyze(corpus, work))
    print(f"analyze --workers 2  {count:>7,} articles  wall {wall:8.1f} s  {count / wall:7.1f} articles/s  "
          f"cpu {cpu:8.1f} s  load {load:4.1f}  records {first}", flush=True)
    jobs, workers_cpu = {}, {}
    for cores in (1, 2):
        (wall, job, count, records, size, python_cpu), _, load = measured(
            lambda: run_spark(corpus, work, cores))  # noqa: B023
        jobs[cores], workers_cpu[cores] = job, python_cpu
        print(f"spark local[{cores}]       {count:>7,} articles  wall {wall:8.1f} s  job {job:8.1f} s  "
              f"{count / job:7.1f} articles/s  cpu {python_cpu:8.1f} s (Python workers)  "
              f"load {load:4.1f}  records {records}  output {size:,.1f} MiB "
              f"({size * 2**20 / max(count, 1) / 1024:.1f} KiB/article)", flush=True)
        if records != first:
            print(f"  records differ from analyze's ({records} != {first})", flush=True)
    per_core = options.articles / workers_cpu[1]
    print(f"speed-up local[2] / local[1] (job time): {jobs[1] / jobs[2]:.2f}; CPU of the Python workers "
          f"local[2] / local[1]: {workers_cpu[2] / workers_cpu[1]:.2f}")
    print(f"per core (articles per CPU-second of a Python worker, model build included): {per_core:.1f}; "
          f"1,000,000 articles = {1e6 / per_core / 3600:,.1f} core-hours")


if __name__ == "__main__":
    main()

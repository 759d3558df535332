"""Throughput of dateline's analysis against the bare spaCy pipeline it builds on, in one run.

    python benchmarks/throughput.py [--articles 2000] [--batch-size 64] [--compare OTHER/src]

Both systems read the same synthetic articles (tests/synthetic.py) in their own fresh process,
so each peak-memory figure is that system's alone. Prints articles/s, words/s, peak RSS and
the ratio dateline / bare spaCy (time per article). ``--compare`` adds a third system, dateline as
another checkout's ``src`` folder has it (``git worktree add /tmp/base <commit>``), and the ratio
of this dateline's time to that one's, in the same run.
"""

from __future__ import annotations

import argparse
import multiprocessing
import platform
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.synthetic import make_articles


def run_bare(texts: list[str], batch_size: int, queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    from dateline.analyze.pipeline import bare_nlp
    from dateline.ingest import article_from_text

    nlp = bare_nlp()
    bodies = [article_from_text(t, "bench").text for t in texts]
    start = time.perf_counter()
    for _ in nlp.pipe(bodies, batch_size=batch_size):
        pass
    queue.put((time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))


def run_dateline(texts: list[str], batch_size: int, queue: multiprocessing.Queue,  # type: ignore[type-arg]
                 source: str | None = None) -> None:
    if source is not None:
        sys.path.insert(0, source)  # another checkout's dateline, imported before the installed one
    from dateline.analyze import analyze_articles
    from dateline.analyze.pipeline import shared_nlp
    from dateline.ingest import article_from_text

    nlp = shared_nlp()
    articles = [article_from_text(t, f"bench-{i}") for i, t in enumerate(texts)]
    nlp(articles[0].text[:50])  # warm the gazetteer and lexicons outside the timed part
    start = time.perf_counter()
    for _ in analyze_articles(articles, nlp, batch_size=batch_size):
        pass
    queue.put((time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))


def measure(target, texts: list[str], batch_size: int, *extra: str) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=target, args=(texts, batch_size, queue, *extra))
    process.start()
    elapsed, peak_kib = queue.get()
    process.join()
    return elapsed, peak_kib / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--compare", help="another checkout's src folder, measured as a third system")
    options = parser.parse_args()
    texts = make_articles(options.articles)
    words = sum(len(t.split()) for t in texts)
    print(f"{options.articles} synthetic articles, {words:,} words; Python {platform.python_version()}, "
          f"{platform.machine()}, {multiprocessing.cpu_count()} cores; one process each")
    results = {}
    systems: list[tuple[str, object, tuple[str, ...]]] = [("bare spaCy", run_bare, ()), ("dateline", run_dateline, ())]
    if options.compare:
        systems.append(("compared", run_dateline, (str(Path(options.compare).resolve()),)))
    for name, target, extra in systems:
        elapsed, peak = measure(target, texts, options.batch_size, *extra)
        results[name] = elapsed
        print(f"{name:<11} {options.articles / elapsed:8.1f} articles/s {words / elapsed:10,.0f} words/s "
              f"{elapsed:7.1f} s  peak {peak:6.0f} MiB")
    print(f"ratio dateline / bare spaCy (time): {results['dateline'] / results['bare spaCy']:.2f}")
    if options.compare:
        print(f"ratio compared / bare spaCy (time): {results['compared'] / results['bare spaCy']:.2f}")
        print(f"ratio dateline / compared (time): {results['dateline'] / results['compared']:.2f}")


if __name__ == "__main__":
    main()

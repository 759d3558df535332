"""Corpus-layer scale benchmark: generated corpora of N articles, time and peak memory per section.

    python benchmarks/corpus.py [--articles 10000] [--seed 7] [--db PATH] [--keep]

The articles are written to a store by a light path (each record holds the article alone, no spaCy
analysis), so the figures measure the corpus layer, not the pipeline. Each section runs in a fresh
process after the store is built, so its peak RSS is its own. Sections:
  dedup: index every stored article (MinHash signatures, LSH band keys, scored pairs), group the copies;
         then add 1% more articles and group again (the incremental path).
Bodies are drawn from a Zipf-distributed invented vocabulary (so that, as in real news, different
articles share few word 4-grams), with a wire-style opening from tests/synthetic.py; one article in ten is a
planted copy of an earlier one (some words changed, sometimes trimmed), and the dedup section reports
how many planted copies it grouped with their source.
"""

from __future__ import annotations

import argparse
import multiprocessing
import platform
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from tests.synthetic import make_article  # noqa: E402

SYLLABLES = ["ka", "to", "ri", "men", "sa", "lo", "ve", "dan", "qui", "por", "te", "bal", "nor", "is", "um", "ar"]
COPY_EVERY = 10


def vocabulary(size: int, rng: random.Random) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4))))
    return sorted(words)


def make_corpus(count: int, seed: int = 7) -> tuple[list[dict[str, str]], dict[int, int]]:
    """Records (id, url, outlet, published, title, text) and the planted copies (copy number → source number)."""
    rng = random.Random(seed)
    words = vocabulary(20_000, rng)
    weights = [1.0 / (rank + 1) for rank in range(len(words))]
    records: list[dict[str, str]] = []
    planted: dict[int, int] = {}
    for number in range(count):
        day = f"2024-{1 + number * 12 // max(count, 1):02d}-{1 + number % 28:02d}"
        if number % COPY_EVERY == COPY_EVERY - 1 and number > 0:
            source = rng.randrange(number)
            tokens = records[source]["text"].split(" ")
            tokens = [rng.choice(words) if rng.random() < 0.04 else t for t in tokens]
            if rng.random() < 0.3:
                tokens = tokens[: int(len(tokens) * 0.7)]
            text = " ".join(tokens)
            planted[number] = source
        else:
            opening = make_article(number, seed).split("\n\n")[0].split(" ", 2)[2]
            body = " ".join(rng.choices(words, weights, k=rng.randint(250, 600)))
            text = f"{opening}\n\n{body}."
        records.append({"id": f"a{number}", "url": f"https://outlet{number % 40}.example/{number}",
                        "outlet": f"Outlet {number % 40}", "published": day, "title": f"Story {number}",
                        "text": text})
    return records, planted


def store_light(db: str, records: list[dict[str, str]]) -> None:
    from dateline.ingest.text import article_from_text
    from dateline.model import Analysis
    from dateline.store import open_store

    store = open_store(db)
    try:
        for record in records:
            article = article_from_text(record["text"], record["id"], url=record["url"], outlet=record["outlet"],
                                        title=record["title"], published=record["published"])
            article.source_id = record["id"]
            store.save(Analysis(article=article, fingerprint="benchmark"))
    finally:
        store.close()


def _dedup(db: str, extra: list[dict[str, str]], planted: dict[int, int],
           queue: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    from dateline.engine import Corpus

    with Corpus(db) as corpus:
        start = time.perf_counter()
        groups = corpus.duplicates()
        first = time.perf_counter() - start
        store_light(db, extra)
        start = time.perf_counter()
        groups = corpus.duplicates()
        incremental = time.perf_counter() - start
        source_of = {row[0]: row[1] for row in corpus.store.connection.execute("SELECT id, source_id FROM articles")}
    together = {}
    for number, group in enumerate(groups):
        for member in (group.original, *group.copies):
            together[source_of[member.article_id]] = number
    found = sum(1 for copy, source in planted.items()
                if f"a{copy}" in together and together[f"a{copy}"] == together.get(f"a{source}"))
    queue.put({"index+group s": round(first, 2), "add 1% + group s": round(incremental, 2),
               "groups": len(groups), "planted copies grouped": f"{found}/{len(planted)}",
               "peak RSS MiB": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)})


def run_section(target, *args):  # type: ignore[no-untyped-def]
    queue: multiprocessing.Queue = multiprocessing.Queue()  # type: ignore[type-arg]
    process = multiprocessing.Process(target=target, args=(*args, queue))
    process.start()
    result = queue.get()
    process.join()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--db", help="store to build (default: a temporary file)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary store")
    args = parser.parse_args()
    extra_count = max(1, args.articles // 100)
    records, planted = make_corpus(args.articles + extra_count, args.seed)
    base, extra = records[: args.articles], records[args.articles:]
    planted_base = {c: s for c, s in planted.items() if c < args.articles}
    folder = tempfile.mkdtemp(prefix="dateline-bench-")
    db = args.db or str(Path(folder) / "corpus.db")
    print(f"{platform.python_implementation()} {platform.python_version()}, {args.articles:,} articles "
          f"(+{extra_count:,} added after), store {db}")
    start = time.perf_counter()
    store_light(db, base)
    print(f"store (light records): {time.perf_counter() - start:.1f} s")
    result = run_section(_dedup, db, extra, planted)
    print("dedup: " + ", ".join(f"{k} {v}" for k, v in result.items()))
    del planted_base
    if not args.keep and not args.db:
        for file in Path(folder).iterdir():
            file.unlink()
        Path(folder).rmdir()


if __name__ == "__main__":
    main()

"""How long the web reader takes to render one stored article's page (server side, no network).

    python benchmarks/reader_page.py --db demo.db ../shared/seed/article-2024-02-07-jerusalem.txt [--requests 30]

Prints the median time of ``--requests`` GETs of the article page through FastAPI's test client, the
page's size and the number of highlight elements (``<mark>`` pieces, overlaps cut included).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path
from urllib.parse import quote

from fastapi.testclient import TestClient

from dateline.engine import Corpus
from dateline.web import create_app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", help="article id or a path it was read from")
    parser.add_argument("--db", required=True)
    parser.add_argument("--requests", type=int, default=30)
    options = parser.parse_args()
    with Corpus(options.db, readonly=True) as corpus:
        analysis = corpus.get(options.article) or corpus.get(str(Path(options.article).resolve()))
    if analysis is None:
        raise SystemExit(f"{options.article}: not in {options.db}")
    url = "/articles/" + quote(analysis.article.id, safe="")
    client = TestClient(create_app(options.db))
    client.get(url)
    times = []
    for _ in range(options.requests):
        start = time.perf_counter()
        response = client.get(url)
        times.append(time.perf_counter() - start)
    print(f"article page: median {statistics.median(times) * 1000:.1f} ms over {options.requests} requests, "
          f"{len(response.content) / 1024:.0f} KiB, {response.text.count('<mark ')} highlight elements "
          f"for {len(analysis.article.text):,} characters")


if __name__ == "__main__":
    main()

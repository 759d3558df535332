"""A store for the API tests, built once per session in a temporary folder from synthetic articles:
the bundled examples and one story of the synthetic corpus (a wire original, its republished copies and an
independent report), so listings page, stories and duplicates exist, and compare has outlets to compare."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dateline.engine import Corpus
from dateline.ingest import article_from_text
from dateline.model import Article

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "src" / "dateline" / "examples"
STORY = sorted((ROOT / "tests" / "fixtures" / "corpus" / "articles").glob("s1-*.txt"))
TOKEN = "test-token-8c1f"


def fixture_article(path: Path) -> Article:
    """A corpus fixture: ``key: value`` header lines (outlet, published, title), a blank line, the text."""
    head, body = path.read_text(encoding="utf-8").split("\n\n", 1)
    fields = dict(line.split(": ", 1) for line in head.splitlines())
    return article_from_text(body, str(path), outlet=fields["outlet"], title=fields["title"],
                             published=fields["published"])


@pytest.fixture(scope="session")
def api_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The store's path (tests that write use :func:`writable_copy`)."""
    path = tmp_path_factory.mktemp("api") / "news.db"
    with Corpus(path) as corpus:
        report = corpus.add([str(p) for p in sorted(EXAMPLES.glob("*.txt"))])
        assert report.stored == 3 and not report.rejects
        report = corpus.add_articles([fixture_article(p) for p in STORY])
        assert report.stored == len(STORY) and not report.rejects
        corpus.stories()  # places the articles in stories, as 'dateline stories' does
    return path


def writable_copy(store: Path, folder: Path) -> Path:
    copy = folder / "copy.db"
    with Corpus(store, readonly=True) as corpus:  # a WAL store: checkpointed by its last writer on close
        assert len(corpus) > 0
    shutil.copyfile(store, copy)
    return copy

"""The reader tests' store: the bundled sample articles, one story told by several outlets (with copies),
a hostile article, and the shared sample article when ../shared/seed is present; built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.engine import Corpus
from dateline.ingest import article_from_text
from dateline.model import Article

from ..conftest import EXAMPLES, ROOT, SEED

STORY = ROOT / "tests" / "fixtures" / "corpus" / "articles"
STORY_FILES = sorted(STORY.glob("s1-*.txt"))
"""One invented story: a wire agency's three reports, an independent report, and republished copies."""

HOSTILE_TITLE = "Budget vote <script>alert('title')</script>"
HOSTILE = (
    "date 2025-05-02\n"
    "SPRINGVALE, Oregon — City manager Dana Whitlow said on Thursday that the budget would pass "
    "<script>alert('xss-script')</script> before the end of the month.\n\n"
    "\"The <b>council</b> will vote <img src=x onerror=\"alert('xss-img')\"> on Friday,\" Whitlow said. "
    "Critics slammed the plan as a <a href=\"javascript:alert('xss-link')\">giveaway</a>, according to "
    "the Springvale Tribune.\n\n"
    "Council member Rosa Pike said the vote </mark></div><svg onload=alert('xss-svg')> was expected "
    "to be close.\n"
)
"""An article whose text, title and quote carry markup that must reach the page as text, never as HTML."""


def story_article(path: Path) -> Article:
    """A story fixture: ``key: value`` header lines (outlet, published, title), a blank line, the text."""
    head, body = path.read_text(encoding="utf-8").split("\n\n", 1)
    fields = dict(line.split(": ", 1) for line in head.splitlines())
    return article_from_text(body, str(path), outlet=fields["outlet"], title=fields["title"],
                             published=fields["published"])


def build_store(db: Path) -> Path:
    with Corpus(db) as corpus:
        paths = sorted(str(p) for p in EXAMPLES.glob("*.txt"))
        if SEED.exists():
            paths.append(str(SEED))
        report = corpus.add(paths)
        assert not report.rejects, report.rejects
        articles = [story_article(p) for p in STORY_FILES]
        articles.append(article_from_text(HOSTILE, "hostile.txt", title=HOSTILE_TITLE,
                                          outlet="<i>Tribune</i>"))
        report = corpus.add_articles(articles)
        assert not report.rejects, report.rejects
        corpus.update_stories()
    return db


_BUILT: dict[Path, Path] = {}


@pytest.fixture(scope="session")
def reader_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built once per run (the fixture is imported into several modules, each of which sets it up)."""
    base = tmp_path_factory.getbasetemp()
    if base not in _BUILT:
        _BUILT[base] = build_store(tmp_path_factory.mktemp("reader") / "reader.db")
    return _BUILT[base]

"""The synthetic test corpus (tests/fixtures/corpus), read and analysed once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.analyze import analyze_articles
from dateline.ingest import article_from_text
from dateline.model import Analysis, Article

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"


def read_article(path: Path) -> Article:
    """A fixture article: ``key: value`` header lines (outlet, published, title), a blank line, the text."""
    head, body = path.read_text(encoding="utf-8").split("\n\n", 1)
    fields = dict(line.split(": ", 1) for line in head.splitlines())
    return article_from_text(body, str(path), outlet=fields["outlet"], title=fields["title"],
                             published=fields["published"])


def gold() -> dict[str, tuple[str, str]]:
    """file name → (story, duplicate group)."""
    rows = (line.split("\t") for line in (CORPUS / "gold.tsv").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#"))
    return {name: (story, group) for name, story, group in rows}


def analyse(nlp, paths: list[Path]) -> dict[str, Analysis]:  # type: ignore[no-untyped-def]
    results = [r for r in analyze_articles([read_article(p) for p in paths], nlp) if isinstance(r, Analysis)]
    assert len(results) == len(paths)
    return {Path(r.article.source or "").name: r for r in results}


@pytest.fixture(scope="session")
def corpus(nlp) -> dict[str, Analysis]:  # type: ignore[no-untyped-def]
    """Every article of the test corpus, by file name."""
    return analyse(nlp, sorted((CORPUS / "articles").glob("*.txt")))

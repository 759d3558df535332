from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "src" / "dateline" / "examples"
SEED = SHARED / "seed" / "article-2024-02-07-jerusalem.txt"


def needs_shared(path: Path) -> pytest.MarkDecorator:
    return pytest.mark.skipif(not path.exists(), reason=f"{path} not present (shared data is optional)")


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from dateline.analyze.pipeline import shared_nlp

    return shared_nlp()


def analyse_fixtures(nlp, folder: Path, names: list[str]) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Analyses of the named fixture articles, by file name: the corpus tests' common start."""
    from dateline.analyze import analyze_articles
    from dateline.ingest import read_sources
    from dateline.model import Analysis, Article

    articles = [a for a in read_sources([str(folder / name) for name in names]) if isinstance(a, Article)]
    results = [r for r in analyze_articles(articles, nlp) if isinstance(r, Analysis)]
    assert len(results) == len(names), "every fixture article must analyse"
    return {Path(r.article.source or "").name: r for r in results}

"""The real articles in ../shared: the sample's reference reading and the Wikinews set (skipped when absent).

The sample's expectations live in ../shared (its reference reading and the checker that reads it), not here:
this file names none of its people or places, it runs that checker on dateline's record."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from dateline.analyze import analyze_articles
from dateline.ingest import read_sources
from dateline.model import Analysis, Article

from .conftest import SEED, SHARED, needs_shared

WIKINEWS = SHARED / "eval" / "wikinews"
CHECKER = SHARED / "hooks" / "seedcheck.py"


@pytest.fixture(scope="module")
def seed(nlp) -> Analysis:  # type: ignore[no-untyped-def]
    article = next(a for a in read_sources([str(SEED)]) if isinstance(a, Article))
    result = next(iter(analyze_articles([article], nlp)))
    assert isinstance(result, Analysis)
    return result


@needs_shared(SEED)
def test_seed_header_is_metadata(seed: Analysis) -> None:
    assert seed.article.published is not None and seed.article.dateline is not None
    assert not seed.article.text.lstrip().startswith("date ")


@needs_shared(CHECKER)
@pytest.mark.parametrize("layer", ["foundation", "actors", "quotes", "claims", "events"])
def test_seed_reference_reading_holds(seed: Analysis, layer: str) -> None:
    record = json.dumps(seed.to_json(), ensure_ascii=False)
    done = subprocess.run([sys.executable, str(CHECKER), layer], input=record + "\n", capture_output=True,
                          text=True, timeout=120)
    last = (done.stdout.strip().splitlines() or [""])[-1]
    assert "expectations hold" in last and done.returncode == 0, done.stdout[-2000:]


@needs_shared(WIKINEWS)
def test_wikinews_articles_all_analyse_with_dates(nlp) -> None:  # type: ignore[no-untyped-def]
    items = list(read_sources([str(WIKINEWS)]))
    assert len(items) == 14 and all(isinstance(i, Article) for i in items)
    results = list(analyze_articles([i for i in items if isinstance(i, Article)], nlp))
    assert all(isinstance(r, Analysis) for r in results)
    for result in results:
        assert isinstance(result, Analysis)
        assert result.article.published is not None and len(result.article.published) == 10
        assert result.entities

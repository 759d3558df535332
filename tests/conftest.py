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

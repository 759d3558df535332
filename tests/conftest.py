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


# --- store backends: the store tests run once on SQLite and once on a live PostgreSQL (tests/pgserver.py) ---

BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def pg_server():  # type: ignore[no-untyped-def]
    """The throwaway PostgreSQL server (started on first use); skips without one, fails under CI=true."""
    import os

    from .pgserver import start

    server = start()
    if isinstance(server, str):
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"PostgreSQL store tests cannot run: {server}", pytrace=False)
        pytest.skip(server)
    yield server
    server.stop()


def _store_factory(request: pytest.FixtureRequest, backend: str, folder: Path):  # type: ignore[no-untyped-def]
    made: dict[str, str] = {}
    server = request.getfixturevalue("pg_server") if backend == "postgresql" else None

    def new(name: str = "news") -> str:
        """The store URL called ``name`` (fresh the first time): a file in the test's folder, or a database of
        its own on the test server."""
        if name not in made:
            made[name] = server.create() if server is not None else str(folder / f"{name}.db")
        return made[name]

    return new, (lambda: [server.drop(url) for url in made.values()]) if server is not None else (lambda: None)


@pytest.fixture(params=BACKENDS)
def new_db(request: pytest.FixtureRequest, tmp_path: Path):  # type: ignore[no-untyped-def]
    """``new_db(name)`` → a fresh store URL (a path for SQLite, a database for PostgreSQL), per backend."""
    new, cleanup = _store_factory(request, request.param, tmp_path)
    yield new
    cleanup()


@pytest.fixture(scope="module", params=BACKENDS)
def new_module_db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """``new_db`` for a store a whole test module shares."""
    new, cleanup = _store_factory(request, request.param, tmp_path_factory.mktemp("store"))
    yield new
    cleanup()


def analysis_of(nlp, text: str):  # type: ignore[no-untyped-def]
    """dateline's analysis of one article's text ("date …" header included)."""
    from dateline.analyze import analyze_articles
    from dateline.ingest import article_from_text
    from dateline.model import Analysis

    result = next(iter(analyze_articles([article_from_text(text, "<test>")], nlp)))
    assert isinstance(result, Analysis)
    return result


def events_of(nlp, text: str) -> list:  # type: ignore[no-untyped-def, type-arg]
    """The events dateline reads in one article's text ("date …" header included): the event tests' common start."""
    return analysis_of(nlp, text).events  # type: ignore[no-any-return]

"""Stored quotes: by speaker, by a source anywhere in the chain, replaced on re-analysis."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner

from dateline.cli import main
from dateline.engine import Corpus

ARTICLE = (
    "date 2025-05-05 DENVER, Colo. — Lawmakers returned to the capitol on Monday.\n\n"
    "BREAKING: Gov. Elena Marsh told lawmakers the session will be extended by two weeks. "
    "https://t.co/xyZ987 — Denver Daily (@denverdaily) May 4, 2025\n\n"
    "“We have work to finish,” Marsh said later.\n"
)


def _db(tmp_path: Path, new_db: Callable[[], str]) -> str:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    db = new_db()
    with Corpus(db) as corpus:
        corpus.add([str(tmp_path / "a.txt")])
    return db


def test_quotes_by_source_and_speaker(tmp_path: Path, new_db: Callable[[], str]) -> None:
    db = _db(tmp_path, new_db)
    with Corpus(db) as corpus:
        via_daily = corpus.quotes(source="Denver Daily")
        assert [q.kind for q in via_daily] == ["post", "indirect"]
        assert via_daily[1].chain == ["(this article)", "Denver Daily", "Elena Marsh"]
        by_marsh = corpus.quotes(speaker="Marsh")
        assert {q.kind for q in by_marsh} == {"indirect", "direct"}
        assert corpus.quotes(source="Reuters") == []
        corpus.add([str(tmp_path / "a.txt")], force=True)
        assert len(corpus.quotes(speaker="Marsh")) == len(by_marsh)


def test_quotes_command(tmp_path: Path, new_db: Callable[[], str]) -> None:
    db = _db(tmp_path, new_db)
    result = CliRunner().invoke(main, ["quotes", "--source", "Denver Daily", "--db", db])
    assert result.exit_code == 0
    assert "via (this article) → Denver Daily → Elena Marsh" in result.stdout
    assert "Elena Marsh [named] (told, neutral): the session will be extended by two weeks" in result.stdout

"""Deliver 4 of issue 11: the input's own id is kept as ``source_id`` and finds the article again."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner

from dateline.cli import main
from dateline.engine import Corpus
from dateline.model import Analysis

DUMP = [
    {"id": "feed-2025-0417-0032", "text": "HANOI, Vietnam — Floods closed schools across the delta on Wednesday."},
    {"id": 88120, "text": "Officials in the port city said the ferry service would resume next week."},
]


def test_source_id_is_stored_and_found(tmp_path: Path, new_db: Callable[[], str]) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(json.dumps(r) for r in DUMP), encoding="utf-8")
    db = new_db()
    with Corpus(db) as corpus:
        report = corpus.add([str(dump)])
        assert report.stored == 2 and not report.rejects
        found = corpus.get("feed-2025-0417-0032")
        assert isinstance(found, Analysis) and found.article.text.startswith("HANOI")
        assert found.article.source_id == "feed-2025-0417-0032"
        assert found.to_json()["source_id"] == found.article.source_id
        by_number = corpus.get("88120")
        assert by_number is not None and "ferry" in by_number.article.text
        hits = corpus.search("feed-2025-0417-0032")
        assert [h.id for h in hits] == [found.article.id]
        assert [h.id for h in corpus.search("floods")] == [found.article.id]
    runner = CliRunner()
    shown = runner.invoke(main, ["show", "88120", "--db", str(db), "--json"])
    assert shown.exit_code == 0 and json.loads(shown.output)["source_id"] == "88120"
    searched = runner.invoke(main, ["search", "feed-2025-0417-0032", "--db", str(db), "--json"])
    assert searched.exit_code == 0 and len(searched.output.splitlines()) == 1


def test_warnings_are_printed_naming_the_input(tmp_path: Path) -> None:
    dump = tmp_path / "dated.jsonl"
    dump.write_text(json.dumps({"text": DUMP[1]["text"], "published": "2024-02-30"}), encoding="utf-8")
    result = CliRunner().invoke(main, ["analyze", str(dump), "--json"])
    assert result.exit_code == 0
    assert f"dateline: warning {dump}:1: published '2024-02-30' is not a date; dropped" in result.stderr
    assert json.loads(result.stdout)["published"] is None

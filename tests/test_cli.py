"""The command line as a user drives it: reports, JSON Lines, storing twice, search, rejects."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from dateline.cli import main

from .conftest import EXAMPLES

GENEVA = EXAMPLES / "geneva-water-talks.txt"


def test_help_lists_every_command() -> None:
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    for command in ("analyze", "search", "show", "rejects", "eval", "actors", "actor", "quotes", "claims", "events"):
        assert command in result.output


def test_report_groups_entities_by_type() -> None:
    result = CliRunner().invoke(main, ["analyze", str(GENEVA)])
    assert result.exit_code == 0, result.output
    assert "published 2025-03-12" in result.output
    assert "dateline  Geneva, Switzerland" in result.output
    assert "people (2)" in result.output
    assert "Amara Okonkwo ×" in result.output
    assert "    Okonkwo ×" not in result.output  # the bare "Okonkwo"s join her, whatever the model called them
    assert "    Geneva ×1" in result.output  # the dateline's capitals are not the place's name
    assert "organisations (" in result.output and "places (" in result.output


def test_json_lines(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["analyze", str(EXAMPLES), "--json", "--outlet", "Sample Wire"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert len(records) == 3
    for record in records:
        assert record["outlet"] == "Sample Wire"
        assert record["dateline"]["place"] and record["published"]
        assert isinstance(record["events"], list)
        assert record["quotes"] and record["claims"], "every sample article quotes someone and claims something"
        assert record["profile"]["claims"] == len(record["claims"])
        for entity in record["entities"]:
            for mention in entity["mentions"]:
                assert record["text"][mention["start"]:mention["end"]] == mention["text"]


def test_analyze_twice_stores_once_then_search(tmp_path: Path) -> None:
    db = str(tmp_path / "news.db")
    runner = CliRunner()
    first = runner.invoke(main, ["analyze", str(GENEVA), "--db", db, "--quiet"])
    second = runner.invoke(main, ["analyze", str(GENEVA), "--db", db, "--quiet"])
    assert first.exit_code == 0 and second.exit_code == 0
    assert "1 already stored" in second.stderr
    assert sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    found = runner.invoke(main, ["search", "Khartoum", "--db", db])
    assert found.exit_code == 0 and str(GENEVA) in found.stdout
    shown = runner.invoke(main, ["show", str(GENEVA), "--db", db])
    assert "Amara Okonkwo" in shown.stdout


def test_rejects_exit_non_zero_and_are_listed(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(GENEVA, folder / "good.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blob.txt").write_bytes(bytes(range(256)) * 8)
    db = str(tmp_path / "news.db")
    result = CliRunner().invoke(main, ["analyze", str(folder), "--db", db, "--quiet"])
    assert result.exit_code == 1
    assert f"rejected {folder / 'empty.txt'}: empty input" in result.stderr
    assert "1 analysed" in result.stderr and "2 rejected" in result.stderr
    listed = CliRunner().invoke(main, ["rejects", "--db", db])
    assert "blob.txt\tbinary data, not text" in listed.stdout
    assert sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_missing_file_names_it() -> None:
    result = CliRunner().invoke(main, ["analyze", "no/such/article.txt"])
    assert result.exit_code == 1
    assert "no/such/article.txt: no such file" in result.stderr


def test_workers_give_the_same_records(tmp_path: Path) -> None:
    one = CliRunner().invoke(main, ["analyze", str(EXAMPLES), "--json"])
    two = CliRunner().invoke(main, ["analyze", str(EXAMPLES), "--json", "--workers", "2"])
    assert one.exit_code == 0 and two.exit_code == 0, two.output
    assert one.stdout == two.stdout

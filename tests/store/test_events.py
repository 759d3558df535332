"""Stored events and their exports: JSON Lines, CSV, and GDELT rows with the documented columns."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

from click.testing import CliRunner

from dateline.cli import main
from dateline.engine import Corpus
from dateline.export import GDELT_COLUMNS

ARTICLE = ("date 2025-03-12 GENEVA, Switzerland — Foreign Minister Amara Okonkwo met Karim Haddad on Tuesday. "
           "They will meet again in Cairo next week.\n")


def _db(tmp_path: Path, new_db: Callable[[], str]) -> str:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    db = new_db()
    with Corpus(db) as corpus:
        corpus.add([str(tmp_path / "a.txt")])
    return db


def test_events_in_every_format(tmp_path: Path, new_db: Callable[[], str]) -> None:
    db = _db(tmp_path, new_db)
    runner = CliRunner()
    lines = runner.invoke(main, ["events", "--db", db, "--category", "CONSULT"]).stdout.splitlines()
    records = [json.loads(line) for line in lines]
    assert (records[0]["modality"], records[0]["date"]) == ("happened", "2025-03-11")
    assert records[0]["actor1"] == "Amara Okonkwo" and records[0]["actor2"] == "Karim Haddad"
    table = list(csv.DictReader(io.StringIO(runner.invoke(main, ["events", "--db", db, "--format", "csv"]).stdout)))
    assert table[0]["category"] == "CONSULT"
    rows = runner.invoke(main, ["events", "--db", db, "--format", "gdelt", "--modality", "happened"]).stdout
    cells = dict(zip(GDELT_COLUMNS, rows.splitlines()[0].split("\t"), strict=True))
    assert cells["Day"] == "20250311" and cells["Actor1Name"] == "AMARA OKONKWO"
    assert cells["EventRootCode"] == "04" and cells["QuadClass"] == "1"
    assert cells["ActionGeo_FullName"] == "Geneva" and cells["ActionGeo_CountryCode"] == "CHE"
    assert cells["SOURCEURL"].endswith("a.txt")
    back = dict(zip(GDELT_COLUMNS, rows.splitlines()[1].split("\t"), strict=True))  # a meeting is mutual
    assert (back["Actor1Name"], back["Actor2Name"]) == ("KARIM HADDAD", "AMARA OKONKWO")
    assert back["GlobalEventID"] != cells["GlobalEventID"] and back["Day"] == "20250311"

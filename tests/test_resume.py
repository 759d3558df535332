"""Kill a batch mid-way and run it again: every article stored once, none half-written."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from .synthetic import make_articles

COUNT = 120


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        return int(sqlite3.connect(db, timeout=5).execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def test_kill_and_resume(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for number, text in enumerate(make_articles(COUNT)):
        (folder / f"{number:04d}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "news.db"
    command = [sys.executable, "-m", "dateline.cli", "analyze", str(folder), "--db", str(db), "--quiet"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while _stored(db) < 5 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    before = _stored(db)
    assert 0 < before < COUNT, "the batch must be killed part-way for this test to mean anything"

    connection = sqlite3.connect(db)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for (record,) in connection.execute("SELECT analysis FROM articles"):
        assert json.loads(record)["entities"]  # every stored article is whole
    connection.close()

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{before} already stored" in rerun.stderr
    assert _stored(db) == COUNT
    ids = sqlite3.connect(db).execute("SELECT count(DISTINCT id), count(*) FROM articles_fts "
                                      "JOIN articles ON articles.rowid = articles_fts.rowid").fetchone()
    assert ids == (COUNT, COUNT)

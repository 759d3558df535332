"""The command line against stores as users get them wrong: bad --db, read-only files, odd queries,
the same article under two paths, and exit statuses a script can tell apart."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import dateline
from dateline import errors
from dateline.cli import main
from dateline.engine import Corpus

from .store.test_opening import make_older

ARTICLE = (
    "date 2025-07-14 PORTO, Portugal — Dock workers walked out on Monday over pay.\n\n"
    "Gov. Elena Marsh told reporters the port would reopen within a week.\n\n"
    "“We will not let the harbour sit idle,” Marsh said.\n"
)
READ_COMMANDS = [["show", "x.txt"], ["search", "harbour"], ["quotes"], ["claims"], ["events"], ["actors"],
                 ["actor", "Marsh"], ["rejects"]]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("store")
    (folder / "porto.txt").write_text(ARTICLE, encoding="utf-8")
    db = folder / "news.db"
    with Corpus(db) as corpus:
        assert corpus.add([str(folder / "porto.txt")]).stored == 1
    return db


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_help_documents_every_exit_status() -> None:
    code, out, _ = _run("--help")
    assert code == 0
    assert "Exit status:" in out
    for status, words in ((errors.EXIT_OK, "every input analysed"), (errors.EXIT_REJECTS, "some inputs rejected"),
                          (errors.EXIT_USAGE, "usage error"), (errors.EXIT_STORE, "store error"),
                          (errors.EXIT_CRASH, "internal error")):
        assert any(line.strip().startswith(f"{status}  {words}") for line in out.splitlines()), words


def _bad_databases(tmp_path: Path) -> dict[str, Path]:
    text = tmp_path / "notes.txt"
    text.write_text("shopping list\n" * 100, encoding="utf-8")
    foreign = tmp_path / "app.db"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)")
    connection.commit()
    connection.close()
    return {"no such database": tmp_path / "nwes.db", "is a directory": tmp_path,
            "not an SQLite database": text, "not a dateline store": foreign}


def test_read_commands_give_one_line_and_status_3_for_a_bad_db(tmp_path: Path) -> None:
    for reason, db in _bad_databases(tmp_path).items():
        before = db.read_bytes() if db.is_file() else None
        for command in READ_COMMANDS:
            code, out, err = _run(*command, "--db", str(db))
            assert code == errors.EXIT_STORE, (command, reason, err)
            assert err.startswith(f"dateline: {db}: {reason}") and err.count("\n") == 1, (command, err)
            assert "Traceback" not in err and out == ""
        if before is not None:
            assert db.read_bytes() == before, "a read command must not alter the file"
    assert not (tmp_path / "nwes.db").exists(), "a read command must not create a store"


def test_analyze_refuses_someone_elses_database_before_reading_anything(tmp_path: Path) -> None:
    foreign = _bad_databases(tmp_path)["not a dateline store"]
    before = foreign.read_bytes()
    (tmp_path / "porto.txt").write_text(ARTICLE, encoding="utf-8")
    code, _, err = _run("analyze", str(tmp_path / "porto.txt"), "--db", str(foreign))
    assert code == errors.EXIT_STORE and "not a dateline store" in err and "Traceback" not in err
    assert foreign.read_bytes() == before
    assert sqlite3.connect(foreign).execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def _search_as_someone_who_cannot_write(store: Path, older: bool) -> tuple[subprocess.CompletedProcess[str], bytes]:
    """'search' on a copy of the store whose file and folder this user may not write (another user's when
    the tests run as root); returns the run and the file's bytes after it."""
    folder = Path(tempfile.mkdtemp(prefix="dateline-ro-"))
    try:
        os.chmod(folder, 0o755)
        db = folder / "news.db"
        shutil.copy(store, db)
        if older:
            make_older(db)
        os.chmod(db, 0o444)
        os.chmod(folder, 0o555)
        as_other = {"user": 65534, "group": 65534, "extra_groups": []} if os.geteuid() == 0 else {}
        env = {**os.environ, "PYTHONPATH": str(Path(dateline.__file__).parents[1])}
        result = subprocess.run([sys.executable, "-m", "dateline.cli", "search", "harbour", "--db", str(db)],
                                capture_output=True, text=True, env=env, cwd=folder, timeout=60,
                                **as_other)  # type: ignore[call-overload]
        return result, db.read_bytes()
    finally:
        os.chmod(folder, 0o755)
        shutil.rmtree(folder)


def test_read_commands_work_on_a_store_nobody_may_write(store: Path) -> None:
    result, _ = _search_as_someone_who_cannot_write(store, older=False)
    assert result.returncode == 0, result.stderr
    assert "porto.txt" in result.stdout and "1 article(s)" in result.stderr


def test_an_older_store_nobody_may_write_is_refused_unchanged(store: Path, tmp_path: Path) -> None:
    older = tmp_path / "older.db"
    shutil.copy(store, older)
    make_older(older)
    result, after = _search_as_someone_who_cannot_write(store, older=True)
    assert result.returncode == errors.EXIT_STORE
    assert "written by an older dateline, and not writable here" in result.stderr
    assert result.stderr.count("\n") == 1
    assert after == older.read_bytes()


def test_a_crash_is_one_line_with_its_own_status_and_debug_shows_it(store: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(Corpus, "search", broken)
    code, _, err = _run("search", "harbour", "--db", str(store))
    assert code == errors.EXIT_CRASH != errors.EXIT_REJECTS
    assert err == "dateline: internal error: ZeroDivisionError: division by zero (--debug shows the traceback)\n"
    for args in (["--debug", "search", "harbour", "--db", str(store)], ["search", "harbour", "--db", str(store),
                                                                       "--debug"]):
        code, _, err = _run(*args)
        assert code == errors.EXIT_CRASH
        assert "Traceback (most recent call last)" in err and "ZeroDivisionError" in err


def test_an_sqlite_failure_mid_command_is_a_store_error(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def locked(*_: object) -> None:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(Corpus, "quotes", locked)
    code, _, err = _run("quotes", "--db", str(store))
    assert (code, err) == (errors.EXIT_STORE, "dateline: store error: database is locked\n")


def test_search_caps_terms_and_length_at_once(store: Path) -> None:
    started = time.monotonic()
    code, out, err = _run("search", " ".join(["a*"] * 30_000), "--db", str(store))
    assert time.monotonic() - started < 2
    assert code == errors.EXIT_USAGE and out == ""
    assert err == "dateline: search: query too long (89,999 characters; at most 1,000)\n"
    code, _, err = _run("search", " ".join(["port*"] * 40), "--db", str(store))
    assert code == errors.EXIT_USAGE and "too many terms (40; at most 16)" in err and err.count("\n") == 1
    code, _, _ = _run("search", " ".join(["port*"] * 16), "--db", str(store))
    assert code == errors.EXIT_OK


def test_search_says_when_it_falls_back_to_a_phrase(store: Path) -> None:
    code, out, err = _run("search", "Gov. Elena", "--db", str(store))
    assert code == errors.EXIT_OK
    assert "porto.txt" in out
    assert 'not FTS5 query syntax (fts5: syntax error near "."); searched as the phrase "Gov. Elena"' in err
    code, out, err = _run("search", "harbour OR wharf", "--db", str(store))  # valid syntax: no note
    assert code == errors.EXIT_OK and "porto.txt" in out and "phrase" not in err


def test_quote_filters_take_percent_and_underscore_literally(store: Path) -> None:
    code, out, _ = _run("quotes", "--speaker", "marsh", "--db", str(store))
    assert code == 0 and "Elena Marsh" in out  # part of a name, any case
    for pattern in ("%", "_", "M_rsh", "%Marsh"):
        for option in ("--speaker", "--source"):
            code, out, err = _run("quotes", option, pattern, "--db", str(store))
            assert code == 0 and out == "" and err == "0 quote(s)\n", (option, pattern)


def test_a_huge_speaker_is_an_answer_not_a_traceback(store: Path) -> None:
    code, out, err = _run("quotes", "--speaker", "Marsh" * 20_000, "--db", str(store))
    assert (code, out, err) == (0, "", "0 quote(s)\n")


def test_every_path_of_the_same_article_finds_it(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "news.db")
    code, _, err = _run("analyze", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--db", db, "--quiet")
    assert code == 0, err
    code, _, err = _run("analyze", str(tmp_path / "c.txt"), "--db", db, "--quiet")
    assert code == 0 and "1 already stored" in err
    assert sqlite3.connect(db).execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    for name in ("a.txt", "b.txt", "c.txt"):
        code, out, err = _run("show", str(tmp_path / name), "--db", db)
        assert code == 0, (name, err)
        assert "Elena Marsh" in out
    assert f"read from {tmp_path / 'a.txt'}, {tmp_path / 'b.txt'}, {tmp_path / 'c.txt'}" in out
    code, out, err = _run("show", str(tmp_path / "d.txt"), "--db", db)
    assert (code, out) == (errors.EXIT_REJECTS, "")
    assert err == f"dateline: {tmp_path / 'd.txt'}: no such article in {db}\n"


def test_a_missing_gold_file_is_a_usage_error_in_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval", "cues", "--gold", str(tmp_path)])
    assert result.exit_code == 2
    assert "Traceback" not in result.output and "no such file" in result.output

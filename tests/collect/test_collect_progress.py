"""`dateline collect` on a terminal: a progress bar over the pages each source listed, the per-source lines
printed over it, and a summary line at the end whether or not stderr is a terminal."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main

from .site import Site
from .test_collect import FAST

SUMMARY = r"dateline: {} in \d+\.\d s \(\d[\d,.]* pages/s\) → .*news\.db"


def test_collect_draws_a_bar_and_sums_up(site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("dateline.progress._isatty", lambda stream: True)
    urls = tmp_path / "urls.txt"
    urls.write_text(f"{site.url('/news/port-strike')}\n{site.url('/news/bridge-vote')}\n", encoding="utf-8")
    db = str(tmp_path / "news.db")
    result = CliRunner().invoke(main, ["collect", "--urls", str(urls), "--db", db, *FAST])
    assert result.exit_code == 0, result.output
    assert "\r[dateline]" in result.stderr and "2/2 pages" in result.stderr  # the listed pages are the total
    assert f"\r\x1b[Kdateline: urls {urls}: 2 listed, 2 new" in result.stderr  # printed over the bar
    summary = result.stderr.splitlines()[-1].rsplit("\x1b[K", 1)[-1]
    assert re.fullmatch(SUMMARY.format("2 analysed, 0 unchanged or known, 0 rejected"), summary)


def test_collect_sums_up_without_a_terminal(site: Site, tmp_path: Path) -> None:
    db = str(tmp_path / "news.db")
    args = ["collect", "--url", site.url("/news/port-strike"), "--db", db, *FAST]
    first = CliRunner().invoke(main, args)
    again = CliRunner().invoke(main, args)
    assert first.exit_code == 0 and again.exit_code == 0, again.output
    assert "\r" not in first.stderr + again.stderr
    assert re.fullmatch(SUMMARY.format("1 analysed, 0 unchanged or known, 0 rejected"), first.stderr.splitlines()[-1])
    assert re.fullmatch(SUMMARY.format("0 analysed, 1 unchanged or known, 0 rejected"), again.stderr.splitlines()[-1])

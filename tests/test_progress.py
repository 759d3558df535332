"""The progress bar driven with a fake terminal and a fake clock; counting a batch's inputs before it runs."""

from __future__ import annotations

import gzip
import io
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.progress import WINDOW, Progress, count_articles

from .conftest import EXAMPLES


class Terminal(io.StringIO):
    """What a terminal receives: the bar's redraws are '\\r' and an erase-to-end-of-line."""

    encoding = "utf-8"  # type: ignore[assignment]

    def __init__(self, tty: bool = True) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty

    def screen(self) -> str:
        """The line as it stands after the last redraw."""
        return re.split(r"\r", self.getvalue())[-1].replace("\x1b[K", "")


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def bar(total: int | None, tty: bool = True, **kwargs: object) -> tuple[Progress, Terminal, Clock]:
    terminal, clock = Terminal(tty), Clock()
    progress = Progress(total, stream=terminal, clock=clock, width=100, **kwargs)  # type: ignore[arg-type]
    return progress, terminal, clock


def test_known_total_shows_share_count_rate_and_time_left() -> None:
    progress, terminal, clock = bar(10)
    for _ in range(5):
        clock.now += 2.0
        progress.advance()
    screen = terminal.screen()
    assert screen.startswith("[dateline]  50% ")
    assert "5/10 articles" in screen and "0.50/s" in screen and "ETA 0:10" in screen
    assert "█" in screen and "░" in screen
    assert len(screen) <= 99


def test_unknown_total_counts_with_rate_and_elapsed() -> None:
    progress, terminal, clock = bar(None, noun="page")
    for _ in range(3):
        clock.now += 0.5
        progress.advance()
    clock.now += 0.5
    progress.advance("rejected")
    screen = terminal.screen()
    assert screen.startswith("[dateline] 4 pages") and "ETA" not in screen
    assert "0:02 elapsed" in screen and "1 rejected" in screen and "2.0/s" in screen


def test_redrawn_at_most_every_interval() -> None:
    progress, terminal, clock = bar(1000)
    for _ in range(100):  # a fast batch: 100 results within 50 ms
        clock.now += 0.0005
        progress.advance()
    assert terminal.getvalue().count("\r") == 1
    clock.now += 0.2
    progress.advance()
    assert terminal.getvalue().count("\r") == 2 and "101/1,000" in terminal.screen()


def test_the_last_result_is_always_drawn() -> None:
    progress, terminal, clock = bar(3)
    for _ in range(3):
        clock.now += 0.01
        progress.advance()
    assert "100%" in terminal.screen() and "3/3" in terminal.screen()


def test_rate_and_time_left_follow_recent_progress_not_the_slow_start() -> None:
    progress, terminal, clock = bar(401)
    clock.now += 30.0  # loading the model: the first article takes half a minute
    progress.advance()
    for _ in range(300):  # then ten a second
        clock.now += 0.1
        progress.advance()
    assert clock.now - progress.started > WINDOW  # the whole run's average would say 5/s
    rate = progress.rate()
    assert rate is not None and 9.5 < rate < 10.5
    eta = progress.eta()
    assert eta is not None and 9 < eta < 11
    assert "ETA 0:10" in terminal.screen()


def test_not_a_terminal_draws_nothing_but_still_sums_up() -> None:
    progress, terminal, clock = bar(4, tty=False)
    for outcome in ("analysed", "analysed", "skipped", "rejected"):
        clock.now += 0.5
        progress.advance(outcome)  # type: ignore[arg-type]
    with progress.paused():
        pass
    progress.close()
    assert terminal.getvalue() == ""
    assert progress.summary() == "2 analysed, 1 already stored, 1 rejected in 2.0 s (2.0 articles/s)"
    assert progress.summary(None) == "2 analysed, 1 rejected in 2.0 s (2.0 articles/s)"


def test_long_runs_sum_up_in_minutes() -> None:
    progress, _, clock = bar(None, tty=False)
    clock.now += 3725.0
    progress.advance(count=7450)
    assert progress.summary(None) == "7,450 analysed, 0 rejected in 1:02:05 (2.0 articles/s)"


def test_paused_erases_the_bar_and_draws_it_again() -> None:
    progress, terminal, clock = bar(5)
    clock.now += 1.0
    progress.advance()
    with progress.paused():
        terminal.write("dateline: rejected x.txt: empty input\n")
    output = terminal.getvalue()
    erased = output.index("\r\x1b[Kdateline: rejected")
    assert "1/5 articles" in output[erased:]  # drawn again under the message


def test_total_grows_as_sources_list_their_pages() -> None:
    progress, terminal, clock = bar(None, noun="page")
    progress.grow(4)
    clock.now += 1.0
    progress.advance()
    progress.grow(4)
    clock.now += 1.0
    progress.advance()
    assert progress.total == 8 and "2/8 pages" in terminal.screen()


def test_a_narrow_or_plain_terminal_still_fits() -> None:
    terminal, clock = Terminal(), Clock()
    terminal.encoding = "ascii"  # type: ignore[misc]
    progress = Progress(40, stream=terminal, clock=clock, width=60)
    clock.now += 1.0
    progress.advance(count=10)
    screen = terminal.screen()
    assert len(screen) <= 59 and "#" in screen and "█" not in screen
    narrow = Progress(40, stream=Terminal(), clock=clock, width=30)
    assert len(narrow.line(29)) <= 29


def test_counting_inputs_before_the_batch(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("date 2025-01-01\nOne article.", encoding="utf-8")
    (tmp_path / "b.html").write_text("<html><body><p>Another.</p></body></html>", encoding="utf-8")
    (tmp_path / "dump.jsonl").write_text('{"text": "one"}\n\n{"text": "two"}\n{"text": "three"}\n', encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an input", encoding="utf-8")  # not read from a directory
    assert count_articles([str(tmp_path)]) == 5
    assert count_articles([str(tmp_path / "a.txt"), str(tmp_path / "missing.txt")]) == 2  # a missing one: a reject


@pytest.mark.parametrize("name", ["crawl.warc.gz", "dump.jsonl.gz", "feed.json"])
def test_streams_are_counted_as_read(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(gzip.compress(b'{"text": "x"}\n') if name.endswith(".gz") else b'[{"text": "x"}]')
    assert count_articles([str(path)]) is None
    assert count_articles(["-"]) is None


def test_counting_gives_up_past_its_time(tmp_path: Path) -> None:
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text("text", encoding="utf-8")
    ticks = iter(range(0, 100, 5))
    assert count_articles([str(tmp_path)], seconds=6, clock=lambda: float(next(ticks))) is None


SUMMARY = r"dateline: {} in \d+\.\d s \(\d[\d,.]* {}/s\)"


def test_analyze_sums_up_on_stderr_when_not_a_terminal(tmp_path: Path) -> None:
    db = str(tmp_path / "news.db")
    first = CliRunner().invoke(main, ["analyze", str(EXAMPLES), "--db", db, "--quiet"])
    assert first.exit_code == 0, first.output
    assert "\r" not in first.stderr and "\x1b" not in first.stderr  # no bar in a log or a pipe
    assert re.fullmatch(SUMMARY.format("3 analysed, 0 already stored, 0 rejected", "articles") + f" → {db}",
                        first.stderr.splitlines()[-1])
    again = CliRunner().invoke(main, ["analyze", str(EXAMPLES), "--db", db, "--quiet"])
    assert re.fullmatch(SUMMARY.format("0 analysed, 3 already stored, 0 rejected", "articles") + f" → {db}",
                        again.stderr.splitlines()[-1])


def test_analyze_draws_the_bar_on_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("dateline.progress._isatty", lambda stream: True)
    for path in sorted(EXAMPLES.glob("*.txt")):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    (tmp_path / "zz-empty.txt").write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["analyze", str(tmp_path), "--json"])
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 3  # the records alone on stdout
    stderr = result.stderr
    assert "\r[dateline]" in stderr and "/4 articles" in stderr  # counted before the batch: 4 inputs
    assert "\r\x1b[Kdateline: rejected " in stderr  # the bar erased before the message
    assert "\r\x1b[K" in stderr.rsplit("\n", 2)[-2]  # and for good before the summary
    summary = stderr.splitlines()[-1].rsplit("\x1b[K", 1)[-1]
    assert re.fullmatch(SUMMARY.format("3 analysed, 1 rejected", "articles"), summary)

"""The progress bar of a long batch (``analyze``, ``collect``) and its closing summary line.

The bar is one line on stderr, redrawn in place: done/total with a bar when the total is known, else the
count alone; the rate over the last seconds (so the model's start-up does not skew it) and the time left.
It is drawn only when stderr is a terminal — a log file or a pipe gets the summary line alone — and at
most every ``interval`` seconds, so a fast batch does not spend its time writing to the terminal.
The clock and the stream are parameters: the tests drive the bar with a fake terminal and a fake clock.
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Literal, TextIO

from .ingest.paths import HTML_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES, expand, suffix

Outcome = Literal["analysed", "skipped", "rejected"]

WINDOW = 20.0
"""Seconds of recent progress the rate (and so the time left) is measured over."""
COUNT_SECONDS = 2.0
"""How long counting the inputs before a batch may take; past it the total is unknown (counted as read)."""


class Progress:
    """Counts a batch's results; draws the bar on a terminal; says the summary line at the end."""

    def __init__(self, total: int | None = None, *, stream: TextIO | None = None, noun: str = "article",
                 clock: Callable[[], float] = time.monotonic, live: bool | None = None, interval: float = 0.1,
                 width: int | None = None) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.live = _isatty(self.stream) if live is None else live and _isatty(self.stream)
        self.total = total
        self.noun = noun
        self.clock = clock
        self.interval = interval
        self.width = width
        self.counts: dict[Outcome, int] = {"analysed": 0, "skipped": 0, "rejected": 0}
        self.started = clock()
        self._samples: deque[tuple[float, int]] = deque([(self.started, 0)])
        self._drawn_at: float | None = None  # None: nothing on the line (never drawn, or cleared)
        self._unicode = (getattr(self.stream, "encoding", None) or "").lower().replace("-", "") == "utf8"

    @property
    def done(self) -> int:
        return sum(self.counts.values())

    def grow(self, more: int) -> None:
        """More work became known (a feed listed its pages): the total grows by ``more``."""
        self.total = (self.total or 0) + more
        self._draw()

    def advance(self, outcome: Outcome = "analysed", count: int = 1) -> None:
        self.counts[outcome] += count
        now = self.clock()
        self._samples.append((now, self.done))
        while len(self._samples) > 2 and self._samples[1][0] <= now - WINDOW:
            self._samples.popleft()
        self._draw(now)

    def elapsed(self) -> float:
        return max(0.0, self.clock() - self.started)

    def rate(self) -> float | None:
        """Results per second over the last WINDOW seconds; None before there is anything to measure."""
        now = self.clock()
        first_at, first_done = self._samples[0]
        if now - first_at <= 0 or self.done <= first_done:
            return None
        return (self.done - first_done) / (now - first_at)

    def eta(self) -> float | None:
        rate = self.rate()
        if self.total is None or not rate:
            return None
        return max(0, self.total - self.done) / rate

    def line(self, width: int) -> str:
        """The bar as it is drawn, at most ``width`` characters."""
        done = self.done
        parts = []
        rate = self.rate()
        parts.append(f"{_rate(rate)}/s" if rate else "-/s")
        if self.total is not None:
            eta = self.eta()
            parts.append(f"ETA {_clock(eta)}" if eta is not None else "ETA -")
        else:
            parts.append(f"{_clock(self.elapsed())} elapsed")
        if self.counts["rejected"]:
            parts.append(f"{self.counts['rejected']:,} rejected")
        tail = " · ".join(parts)
        if self.total is None:
            return _fit(f"[dateline] {done:,} {self.noun}s · {tail}", width)
        total = max(self.total, done)
        share = done / total if total else 1.0
        head = f"[dateline] {share:>4.0%} "
        count = f" {done:,}/{total:,} {self.noun}s · {tail}"
        room = min(30, width - len(head) - len(count))
        if room < 5:
            return _fit(head + count.lstrip(), width)
        return head + _bar(share, room, self._unicode) + count

    def clear(self) -> None:
        """Erase the bar (before other output shares the terminal); the next result draws it again."""
        if self.live and self._drawn_at is not None:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
        self._drawn_at = None

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Write something else to the terminal: the bar is erased first and drawn again after."""
        self.clear()
        try:
            yield
        finally:
            self._draw()

    def close(self) -> None:
        """Erase the bar for good: the summary line takes its place."""
        self.clear()

    def summary(self, skipped: str | None = "already stored") -> str:
        """'3 analysed, 1 already stored, 0 rejected in 4.2 s (0.95 articles/s)'; ``skipped=None`` leaves the
        skipped count out (a batch without a store skips nothing)."""
        elapsed = self.elapsed()
        counts = [f"{self.counts['analysed']:,} analysed"]
        if skipped is not None:
            counts.append(f"{self.counts['skipped']:,} {skipped}")
        counts.append(f"{self.counts['rejected']:,} rejected")
        rate = self.done / elapsed if elapsed > 0 else 0.0
        return f"{', '.join(counts)} in {_duration(elapsed)} ({_rate(rate)} {self.noun}s/s)"

    def _draw(self, now: float | None = None) -> None:
        if not self.live:
            return
        now = self.clock() if now is None else now
        finished = self.total is not None and self.done >= self.total
        if self._drawn_at is not None and now - self._drawn_at < self.interval and not finished:
            return
        width = self.width or shutil.get_terminal_size((80, 24)).columns
        self.stream.write("\r" + self.line(max(20, width - 1)) + "\x1b[K")
        self.stream.flush()
        self._drawn_at = now


def count_articles(paths: Iterable[str], seconds: float = COUNT_SECONDS,
                   clock: Callable[[], float] = time.monotonic) -> int | None:
    """How many results reading ``paths`` will give, counted cheaply before the batch; None when that cannot
    be known cheaply: stdin, a WARC, a gzip or JSON file (streams: they are counted as read), or counting
    took longer than ``seconds``. A text or HTML file is one article, an uncompressed JSON Lines file one per
    non-blank line, and an input that cannot be read one reject."""
    deadline = clock() + seconds
    total = 0
    for path in expand(paths):
        if clock() > deadline:
            return None
        if not isinstance(path, str):
            total += 1  # an unreadable directory, a glob matching nothing: one reject
            continue
        if path == "-":
            return None
        kind = suffix(Path(path))
        if kind in TEXT_SUFFIXES or kind in HTML_SUFFIXES:
            total += 1
        elif kind in JSONL_SUFFIXES and not path.lower().endswith(".gz"):
            lines = _lines(path, deadline, clock)
            if lines is None:
                return None
            total += lines
        elif not os.path.exists(path):
            total += 1  # missing: one reject
        else:
            return None
    return total


def _lines(path: str, deadline: float, clock: Callable[[], float]) -> int | None:
    """Non-blank lines of a JSON Lines file (None for a gzip stream behind a plain name, or past the deadline)."""
    try:
        with open(path, "rb") as handle:
            if handle.read(2) == b"\x1f\x8b":
                return None
            handle.seek(0)
            count = 0
            for n, line in enumerate(handle):
                count += bool(line.strip())
                if n % 65536 == 0 and clock() > deadline:
                    return None
            return count
    except OSError:
        return 1  # unreadable: one reject


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def _bar(share: float, width: int, unicode: bool) -> str:
    filled = share * width
    whole = int(filled)
    if not unicode:
        return "#" * whole + "-" * (width - whole)
    eighths = int((filled - whole) * 8)
    partial = " ▏▎▍▌▋▊▉"[eighths] if whole < width and eighths else ""
    return ("█" * whole + partial).ljust(width, "░")


def _fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[:max(0, width - 1)] + "…"


def _rate(rate: float | None) -> str:
    if not rate:
        return "0"
    return f"{rate:,.0f}" if rate >= 100 else f"{rate:.1f}" if rate >= 1 else f"{rate:.2f}"


def _clock(seconds: float | None) -> str:
    """m:ss, or h:mm:ss past an hour."""
    if seconds is None:
        return "-"
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _duration(seconds: float) -> str:
    return f"{seconds:.1f} s" if seconds < 60 else _clock(seconds)

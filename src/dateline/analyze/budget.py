"""A per-article budget of time and size, so that no single article can hold up a batch.

Size is checked before analysis: an article over ``chars`` is rejected with its length (splitting it
would change what its quotes, claims and events mean). Time is enforced two ways:

* preemptively, where it can be: on the main thread a ``SIGALRM`` timer raises :class:`OverBudget` in
  the middle of whatever runs, Python code or a regular expression (``re`` checks for signals as it
  matches), and repeats every quarter second in case a C extension swallowed the first;
* cooperatively elsewhere (another thread, or a timer already armed by the caller): the time an article
  spent is checked after each pipeline component.

Worker processes add a third, hard limit: the parent kills a worker that does not answer in time
(see :mod:`dateline.analyze.workers`). The defaults keep one article under 30 s and about 1 GB.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType

MAX_SECONDS = 30.0
MAX_CHARS = 200_000  # peak memory ~0.95 GB in all (model ~0.26 GB + ~3.4 KB per character, measured)


@dataclass(frozen=True)
class Budget:
    """What one article may take: seconds of analysis and characters of text."""

    seconds: float = MAX_SECONDS
    chars: int = MAX_CHARS

    def __post_init__(self) -> None:
        if not self.seconds > 0 or self.chars <= 0:
            raise ValueError(f"a budget needs seconds > 0 and chars > 0 (got {self.seconds}, {self.chars})")

    def time_reason(self) -> str:
        return f"over the time budget ({self.seconds:g} s)"

    def size_reason(self, length: int) -> str:
        return f"over the size budget ({length:,} characters; limit {self.chars:,})"


class OverBudget(Exception):
    """The article being analysed ran out of time."""


def _raise(signum: int, frame: FrameType | None) -> None:
    raise OverBudget


def _can_interrupt() -> bool:
    return (threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")
            and signal.getitimer(signal.ITIMER_REAL)[0] == 0)


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Raise :class:`OverBudget` if the block runs ``seconds`` or more (or after it, cooperatively)."""
    if seconds <= 0:
        raise OverBudget
    started = time.perf_counter()
    if not _can_interrupt():
        yield
        if time.perf_counter() - started >= seconds:
            raise OverBudget
        return
    previous = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds, 0.25)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)

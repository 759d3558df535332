"""Worker processes that can be killed: a dead or stuck worker costs one article, never the batch.

Each worker analyses one batch at a time and the parent knows which, so when a worker dies (killed,
out of memory, a crash in C) or overruns its hard time limit, the parent starts a new one and hands
the batch out again one article at a time; an article that kills its worker on its own becomes a
Reject. Workers never outlive the parent: on Linux the kernel kills them when it dies
(``PR_SET_PDEATHSIG``), elsewhere a watchdog thread notices; SIGTERM to the parent ends them too.
"""

from __future__ import annotations

import collections
import contextlib
import ctypes
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from types import FrameType

from ..model import Analysis, Article, Reject
from ..runner import batches as _batches
from .budget import Budget

Result = Analysis | Reject
GRACE = 60.0  # seconds beyond the articles' own budgets before a worker is taken for stuck
STARTUP = 300.0  # loading the model, on a busy machine


@dataclass
class _Task:
    key: tuple[int, int]  # (batch number, article number in it; -1 for the whole batch)
    articles: list[Article]


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    task: _Task | None = None
    started: float = 0.0
    fresh: bool = True
    killed_for_time: bool = False


@dataclass
class _Order:
    """Results waiting to be yielded in input order; a batch handed out again fills in article by article."""

    parts: dict[int, list[Result | None]] = field(default_factory=dict)

    def expect(self, batch: int, size: int) -> None:
        self.parts[batch] = [None] * size

    def fill(self, key: tuple[int, int], results: list[Result]) -> None:
        batch, index = key
        if index < 0:
            self.parts[batch][:] = results
        else:
            self.parts[batch][index] = results[0]


def analyze_in_workers(articles: Iterable[Article], batch_size: int, workers: int, budget: Budget
                       ) -> Iterator[Result]:
    """Analyses in input order from ``workers`` processes."""
    context = multiprocessing.get_context("spawn")
    pool: list[_Worker] = []
    queue: collections.deque[_Task] = collections.deque()
    order = _Order()
    batches = enumerate(_batches(articles, batch_size))
    exhausted = False
    next_batch = 0
    previous_term = _end_on_sigterm()
    try:
        pool.extend(_start(context, budget) for _ in range(workers))
        while True:
            while not exhausted and len(queue) < workers and len(order.parts) < 2 * workers + 1:
                item = next(batches, None)
                if item is None:
                    exhausted = True
                    break
                number, batch = item
                order.expect(number, len(batch))
                queue.append(_Task((number, -1), batch))
            for index, worker in enumerate(pool):
                if worker.task is None and queue:
                    task = queue.popleft()
                    if not _give(worker, task):  # it died while idle: a new one takes the task
                        _stop(worker)
                        pool[index] = _start(context, budget)
                        queue.appendleft(task)
            while next_batch in order.parts and all(r is not None for r in order.parts[next_batch]):
                yield from (r for r in order.parts.pop(next_batch) if r is not None)
                next_batch += 1
            busy = [w for w in pool if w.task is not None]
            if not busy:
                if exhausted and not queue:
                    return
                continue
            now = time.monotonic()
            limits = {id(w): w.started + _hard_limit(w, budget) for w in busy}
            ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy],
                         timeout=max(0.0, min(limits.values()) - now))
            for index, worker in enumerate(pool):
                if worker.task is None:
                    continue
                if worker.conn in ready:
                    try:
                        results: list[Result] = worker.conn.recv()
                    except (EOFError, OSError):
                        pool[index] = _replace(worker, context, budget, queue, order)
                        continue
                    order.fill(worker.task.key, results)
                    worker.task, worker.fresh = None, False
                elif worker.process.sentinel in ready:
                    pool[index] = _replace(worker, context, budget, queue, order)
                elif time.monotonic() >= limits[id(worker)]:
                    worker.killed_for_time = True
                    worker.process.kill()
                    worker.process.join()
                    pool[index] = _replace(worker, context, budget, queue, order)
    finally:
        for worker in pool:
            _stop(worker)
        _restore_sigterm(previous_term)


def _hard_limit(worker: _Worker, budget: Budget) -> float:
    articles = len(worker.task.articles) if worker.task else 1
    return budget.seconds * articles + GRACE + (STARTUP if worker.fresh else 0.0)


def _give(worker: _Worker, task: _Task) -> bool:
    try:
        worker.conn.send(task.articles)
    except OSError:  # BrokenPipeError: the worker is gone
        return False
    worker.task, worker.started, worker.killed_for_time = task, time.monotonic(), False
    return True


def _replace(worker: _Worker, context: multiprocessing.context.BaseContext, budget: Budget,
             queue: collections.deque[_Task], order: _Order) -> _Worker:
    """A worker died with a task: a whole batch goes back one article at a time; a single article is
    the one that killed it and becomes a Reject."""
    task = worker.task
    _stop(worker)
    if task is not None:
        number, index = task.key
        if index < 0 and len(task.articles) > 1:
            queue.extendleft(reversed([_Task((number, i), [a]) for i, a in enumerate(task.articles)]))
        else:
            article = task.articles[0]
            code = worker.process.exitcode
            how = (budget.time_reason() if worker.killed_for_time
                   else f"the worker analysing it died ({_describe(code)})")
            order.fill(task.key, [Reject(article.source or article.id, how)])
    return _start(context, budget)


def _describe(code: int | None) -> str:
    if code is not None and code < 0:
        try:
            return signal.Signals(-code).name
        except ValueError:
            return f"signal {-code}"
    return f"exit status {code}"


def _start(context: multiprocessing.context.BaseContext, budget: Budget) -> _Worker:
    parent, child = context.Pipe()
    process = context.Process(target=_serve, args=(child, os.getpid(), budget), daemon=True,  # type: ignore[attr-defined]
                              name="dateline-worker")
    process.start()
    child.close()
    return _Worker(process, parent)


def _stop(worker: _Worker) -> None:
    if worker.process.is_alive():
        worker.process.kill()
    worker.process.join(timeout=5)
    worker.conn.close()


def _end_on_sigterm() -> object:
    """SIGTERM to the parent ends the batch like Ctrl-C, so the workers are stopped on the way out."""
    if threading.current_thread() is not threading.main_thread():
        return None
    if signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL:
        return None

    def stop(signum: int, frame: FrameType | None) -> None:
        raise SystemExit(128 + signum)

    return signal.signal(signal.SIGTERM, stop)


def _restore_sigterm(previous: object) -> None:
    if previous is not None:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _die_with_parent(parent: int) -> None:
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG

    def watch() -> None:
        while True:
            if os.getppid() != parent:
                os._exit(1)
            time.sleep(1.0)

    if os.getppid() != parent:
        os._exit(1)  # the parent was gone before the signal was asked for
    threading.Thread(target=watch, daemon=True, name="dateline-parent-watch").start()


def _serve(conn: Connection, parent: int, budget: Budget) -> None:
    """A worker's life: batches in, results out, until the parent closes the pipe or dies."""
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    from . import analyze_batch
    from .pipeline import shared_nlp

    while True:
        try:
            batch: list[Article] = conn.recv()
        except (EOFError, OSError):
            return
        try:
            results = analyze_batch(shared_nlp(), batch, budget)
        except Exception as error:  # the model itself failed to load: every article says why
            results = [Reject(a.source or a.id, f"analysis failed ({type(error).__name__}: {error})"[:500])
                       for a in batch]
        conn.send(results)

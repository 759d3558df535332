"""The one Article → Analysis map, run by a pluggable executor, so no analysis code is written twice.

Executors take articles and give one Analysis or Reject per article, in input order:

* :class:`InProcess`: batches through the pipeline of this process (the spaCy ``Language`` is built
  once per process and cached, see ``pipeline.shared_nlp``);
* :class:`ProcessPool`: the same batches spread over worker processes that are killed and replaced
  if they die or hang (``analyze.workers``; what ``--workers N`` runs);
* Spark: ``dateline.spark.job`` calls :func:`run_pairs` with :class:`InProcess` inside
  ``mapPartitions``, so each Python worker of each Spark executor runs this map on its partition.

:func:`run` puts the readers' Rejects back among the results where they occurred, whatever the executor.
"""

from __future__ import annotations

import collections
import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from .analyze.budget import Budget
from .model import Analysis, Article, Reject

if TYPE_CHECKING:
    from spacy.language import Language

Result = Analysis | Reject
BATCH_SIZE = 32


class Executor(Protocol):
    def __call__(self, articles: Iterable[Article], budget: Budget) -> Iterator[Result]:
        """One Analysis or Reject per article, in input order, each article within ``budget``."""
        ...


@dataclass(frozen=True)
class InProcess:
    """Batches through this process's pipeline (``nlp``: the shared one unless given)."""

    batch_size: int = BATCH_SIZE
    nlp: Language | None = None

    def __call__(self, articles: Iterable[Article], budget: Budget) -> Iterator[Result]:
        from .analyze import analyze_batch
        from .analyze.pipeline import shared_nlp

        nlp = self.nlp or shared_nlp()
        for batch in batches(articles, self.batch_size):
            yield from analyze_batch(nlp, batch, budget)


@dataclass(frozen=True)
class ProcessPool:
    """Batches over ``workers`` processes; a dead or stuck worker costs one article, never the batch."""

    workers: int
    batch_size: int = BATCH_SIZE

    def __call__(self, articles: Iterable[Article], budget: Budget) -> Iterator[Result]:
        from .analyze.workers import analyze_in_workers

        yield from analyze_in_workers(articles, self.batch_size, self.workers, budget)


def executor(workers: int = 1, batch_size: int = BATCH_SIZE, nlp: Language | None = None) -> Executor:
    """The executor ``--workers`` asks for: this process for 1, a pool of processes for more."""
    if workers > 1:
        return ProcessPool(workers, batch_size)
    return InProcess(batch_size, nlp)


def run_pairs(items: Iterable[Article | Reject], runner: Executor | None = None, budget: Budget | None = None
              ) -> Iterator[tuple[Article | None, Result]]:
    """(article, its result) in input order; a reader's Reject comes through as (None, reject) where it was."""
    runner = runner or InProcess()
    budget = budget or Budget()
    held: collections.deque[Article | Reject] = collections.deque()

    def articles() -> Iterator[Article]:
        for item in items:
            held.append(item)
            if isinstance(item, Article):
                yield item

    for result in runner(articles(), budget):
        while held and isinstance(held[0], Reject):
            yield None, held.popleft()  # type: ignore[misc]
        article = held.popleft()
        assert isinstance(article, Article)
        yield article, result
    yield from ((None, r) for r in held if isinstance(r, Reject))


def run(items: Iterable[Article | Reject], runner: Executor | None = None, budget: Budget | None = None
        ) -> Iterator[Result]:
    """Analyses and Rejects in input order: the readers' Rejects pass through where they occurred."""
    for _, result in run_pairs(items, runner, budget):
        yield result


def batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while batch := list(itertools.islice(iterator, size)):
        yield batch

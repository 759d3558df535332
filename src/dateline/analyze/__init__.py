"""Articles → Analyses, each within its time and size budget; a failing article becomes a Reject, not a crash."""

from __future__ import annotations

import sys
import time
import types
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Analysis, Article, Reject
from .budget import Budget, OverBudget, deadline
from .pipeline import register_extensions
from .record import to_analysis

Result = Analysis | Reject


def analyze_articles(articles: Iterable[Article], nlp: Language | None = None, batch_size: int = 32,
                     workers: int = 1, budget: Budget | None = None) -> Iterator[Result]:
    """Analyses in input order; ``workers`` > 1 spreads batches over that many processes, each
    killed and replaced if it dies or hangs (see :mod:`dateline.runner` for the executors)."""
    from ..runner import executor

    return executor(workers, batch_size, nlp)(articles, budget or Budget())


def analyze_batch(nlp: Language, batch: list[Article], budget: Budget | None = None) -> list[Result]:
    """One Analysis or Reject per article, in order; each article within its own time and size budget.

    The components run here one by one rather than through ``nlp.pipe`` (the same calls, batched the
    same way) so that the time each article takes is known and the one over budget is the one rejected.
    """
    budget = budget or Budget()
    register_extensions()
    done: dict[int, Result] = {}
    spent: dict[int, float] = {id(a): 0.0 for a in batch}
    docs: list[Doc] = []
    for article in batch:
        if len(article.text) > budget.chars:
            done[id(article)] = _reject(article, budget.size_reason(len(article.text)))
        elif (doc := _within(article, budget, spent, done, lambda: _doc(nlp, article))) is not None:  # noqa: B023
            docs.append(doc)
    for _, proc in nlp.pipeline:
        if hasattr(proc, "pipe"):
            docs = _batched(proc, docs, budget, spent, done)
        else:
            docs = [d for doc in docs
                    if (d := _within(doc._.article, budget, spent, done, lambda: proc(doc))) is not None]  # noqa: B023
    for doc in docs:
        article = doc._.article
        if (analysis := _within(article, budget, spent, done, lambda: to_analysis(doc))) is not None:  # noqa: B023
            done[id(article)] = analysis
    return [done[id(article)] for article in batch]


T = TypeVar("T")


def _within(article: Article, budget: Budget, spent: dict[int, float], done: dict[int, Result],
            step: Callable[[], T]) -> T | None:
    """``step()`` within what is left of the article's time; a failure or overrun rejects the article."""
    started = time.perf_counter()
    try:
        with deadline(budget.seconds - spent[id(article)]):
            return step()
    except OverBudget:
        done[id(article)] = _reject(article, budget.time_reason())
    except Exception as error:  # one bad article must not sink its batch
        done[id(article)] = _reject(article, f"analysis failed ({type(error).__name__}: {error})"[:500])
    finally:
        spent[id(article)] += time.perf_counter() - started
    return None


def _batched(proc: Any, docs: list[Doc], budget: Budget, spent: dict[int, float], done: dict[int, Result]
             ) -> list[Doc]:
    """A batched (neural) component over all docs at once, its time shared by their lengths; if the
    batch fails or runs out of time, each doc again on its own.

    The batch may run as long as the doc with the most time left could: a fresh full budget per
    component let one long article take a budget in each neural component (3 s and more on 1 s)."""
    if not docs:
        return docs
    started = time.perf_counter()
    try:
        with deadline(max(budget.seconds - spent[id(doc._.article)] for doc in docs)):
            out = list(proc.pipe(docs, batch_size=len(docs)))
    except Exception:
        out = None
    elapsed = time.perf_counter() - started
    tokens = sum(len(doc) for doc in docs) or 1
    for doc in docs:  # a batch that failed still spent that time
        spent[id(doc._.article)] += elapsed * len(doc) / tokens
    if out is not None:
        return out
    return [d for doc in docs
            if (d := _within(doc._.article, budget, spent, done, lambda: next(iter(proc.pipe([doc]))))) is not None]  # noqa: B023


def _reject(article: Article, reason: str) -> Reject:
    return Reject(article.source or article.id, reason)


def _doc(nlp: Language, article: Article) -> Doc:
    doc = nlp.make_doc(article.text)
    doc._.article = article
    return doc


__all__ = ["Budget", "analyze_articles", "analyze_batch"]


class _CallablePackage(types.ModuleType):
    """``dateline.analyze(...)`` (the one-call API) and ``dateline.analyze`` the subpackage are one
    object: a function of that name in ``dateline/__init__.py`` shadowed the subpackage, so
    ``import dateline.analyze.pipeline as p`` failed or bound the function, by import order."""

    def __call__(self, *args: Any, **kwargs: Any) -> Analysis:
        from ..engine import analyze

        return analyze(*args, **kwargs)


sys.modules[__name__].__class__ = _CallablePackage

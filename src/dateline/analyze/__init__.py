"""Articles → Analyses: batches through ``nlp.pipe``; a failing article becomes a Reject, not a crash."""

from __future__ import annotations

import concurrent.futures
import itertools
import multiprocessing
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Analysis, Article, Reject
from .pipeline import register_extensions, shared_nlp
from .record import to_analysis

MAX_CHARS = 1_000_000
Result = Analysis | Reject


def analyze_articles(articles: Iterable[Article], nlp: Language | None = None, batch_size: int = 32,
                     workers: int = 1) -> Iterator[Result]:
    """Analyses in input order; ``workers`` > 1 spreads batches over that many processes."""
    if workers > 1:
        yield from _parallel(articles, batch_size, workers)
        return
    nlp = nlp or shared_nlp()
    for batch in _batches(articles, batch_size):
        yield from analyze_batch(nlp, batch)


def analyze_batch(nlp: Language, batch: list[Article]) -> list[Result]:
    register_extensions()
    ready = [a for a in batch if len(a.text) <= MAX_CHARS]
    try:
        done: dict[int, Result] = {id(d._.article): to_analysis(d) for d in nlp.pipe(_docs(nlp, ready))}
    except Exception:  # one bad article must not sink its batch: redo them one at a time
        done = {}
        for article in ready:
            try:
                done[id(article)] = to_analysis(nlp(_docs(nlp, [article])[0]))
            except Exception as error:
                done[id(article)] = Reject(article.source or article.id, f"analysis failed ({error})")
    results: list[Result] = []
    for article in batch:
        if len(article.text) > MAX_CHARS:
            results.append(Reject(article.source or article.id,
                                  f"text too long to analyse ({len(article.text):,} characters; limit {MAX_CHARS:,})"))
        else:
            results.append(done[id(article)])
    return results


def _docs(nlp: Language, articles: list[Article]) -> list[Doc]:
    docs = []
    for article in articles:
        doc = nlp.make_doc(article.text)
        doc._.article = article
        docs.append(doc)
    return docs


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def _work(batch: list[Article]) -> list[Result]:
    return analyze_batch(shared_nlp(), batch)


def _parallel(articles: Iterable[Article], batch_size: int, workers: int) -> Iterator[Result]:
    """Keep each worker busy with a couple of batches; yield results in input order."""
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pending: list[concurrent.futures.Future[list[Result]]] = []
        for batch in _batches(articles, batch_size):
            pending.append(pool.submit(_work, batch))
            if len(pending) >= 2 * workers:
                yield from pending.pop(0).result()
        for future in pending:
            yield from future.result()


__all__ = ["analyze_articles", "analyze_batch"]

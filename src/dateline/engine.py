"""The one Python API that the CLI, the REST API and the web reader all call.

    >>> import dateline
    >>> analysis = dateline.analyze("date 2024-03-04 LAGOS, Nigeria — Finance Minister Ada Obi said …")
    >>> corpus = dateline.Corpus("news.db"); corpus.add(["articles/"]); corpus.search("Obi")
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .analyze import analyze_articles
from .ingest import IngestError, article_from_text, read_sources
from .model import ActorProfile, ActorSummary, Analysis, Article, ClaimHit, EventRow, QuoteHit, Reject, SearchHit
from .store import open_store


class AnalysisError(ValueError):
    """Raised by :func:`analyze` when its single input cannot be read or analysed."""


def analyze(text_or_path: str | Path, *, url: str | None = None, outlet: str | None = None,
            title: str | None = None, published: str | None = None) -> Analysis:
    """Analyse one article given as text, or as the path of a file in any supported format."""
    if isinstance(text_or_path, Path) or (len(text_or_path) < 4096 and "\n" not in text_or_path
                                          and Path(text_or_path).is_file()):
        items = list(read_sources([str(text_or_path)], outlet=outlet))
    else:
        try:
            items = [article_from_text(text_or_path, "<text>", url=url, outlet=outlet, title=title,
                                       published=published)]
        except IngestError as error:
            items = [Reject(error.source, error.reason)]
    results = list(analyze_stream(items))
    if not results:
        raise AnalysisError(f"{text_or_path}: no article found")
    first = results[0]
    if isinstance(first, Reject):
        raise AnalysisError(f"{first.source}: {first.reason}")
    return first


def analyze_stream(items: Iterable[Article | Reject], workers: int = 1, batch_size: int = 32
                   ) -> Iterator[Analysis | Reject]:
    """Analyses and Rejects in input order: ingest rejects pass through where they occurred."""
    held: list[Article | Reject] = []

    def articles() -> Iterator[Article]:
        for item in items:
            held.append(item)
            if isinstance(item, Article):
                yield item

    for result in analyze_articles(articles(), batch_size=batch_size, workers=workers):
        while held and isinstance(held[0], Reject):
            yield held.pop(0)  # type: ignore[misc]
        if held:
            held.pop(0)
        yield result
    yield from (r for r in held if isinstance(r, Reject))


@dataclass
class BatchReport:
    """What a batch did: the counts a user checks, and every reject with its reason."""

    stored: int = 0
    unchanged: int = 0
    rejects: list[Reject] = field(default_factory=list)
    analyses: list[Analysis] = field(default_factory=list)


class Corpus:
    """A store of analysed articles: add files to it, search it, read back any analysis."""

    def __init__(self, db_url: str | Path, *, readonly: bool = False) -> None:
        """Read-only: the store must exist and nothing is written (``StoreError`` otherwise); writing: a
        missing or empty file becomes a store, and a database that is not a dateline store is refused."""
        self.store = open_store(str(db_url), readonly=readonly)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add(self, paths: Iterable[str], *, outlet: str | None = None, workers: int = 1, force: bool = False,
            keep: bool = False, on_result: Callable[[Analysis | Reject], None] | None = None) -> BatchReport:
        """Read, analyse and store; articles already stored by this version are skipped (resume)."""
        report = BatchReport()

        def pending() -> Iterator[Article | Reject]:
            for item in read_sources(paths, outlet=outlet):
                if isinstance(item, Article) and not force and self.store.has(item.id, __version__):
                    report.unchanged += 1
                    self.store.seen(item.id, item.source)
                    stored = self.store.get(item.id)
                    if on_result and stored is not None:
                        on_result(stored)
                    continue
                yield item

        for result in analyze_stream(pending(), workers=workers):
            if isinstance(result, Reject):
                self.store.reject(result)
                report.rejects.append(result)
            else:
                self.store.save(result)
                report.stored += 1
                if keep:
                    report.analyses.append(result)
            if on_result:
                on_result(result)
        return report

    def get(self, key: str) -> Analysis | None:
        """An analysis by article id or by any path it was read from."""
        return self.store.get(key)

    def sources(self, article_id: str) -> list[str]:
        """Every path an article was read from (the same text read twice is stored once)."""
        return self.store.sources(article_id)

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        return self.store.search(query, limit)

    def actors(self, kind: str | None = None, limit: int = 50) -> list[ActorSummary]:
        """Canonical actors across the store, most mentioned first."""
        return self.store.actors(kind, limit)

    def actor(self, name: str) -> ActorProfile | None:
        """One actor by name or alias: aliases, roles over time (with article dates), articles."""
        return self.store.actor(name)

    def quotes(self, speaker: str | None = None, source: str | None = None, limit: int = 100) -> list[QuoteHit]:
        """Stored quotes by speaker (name or alias) and/or by a source anywhere in their chain."""
        return self.store.quotes(speaker, source, limit)

    def claims(self, status: str | None = None, kind: str | None = None, finding: str | None = None,
               limit: int = 100) -> list[ClaimHit]:
        """Stored claims, most check-worthy first, by attribution status, kind or finding."""
        return self.store.claims(status, kind, finding, limit)

    def events(self, category: str | None = None, modality: str | None = None, limit: int = 1000) -> list[EventRow]:
        """Stored events in date order, by PLOVER category and/or modality."""
        return self.store.events(category, modality, limit)

    def rejects(self) -> list[Reject]:
        return self.store.rejects()

    def __len__(self) -> int:
        return self.store.count()

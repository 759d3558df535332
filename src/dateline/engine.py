"""The one Python API that the CLI, the REST API and the web reader all call.

    >>> import dateline
    >>> analysis = dateline.analyze("date 2024-03-04 LAGOS, Nigeria — Finance Minister Ada Obi said …")
    >>> corpus = dateline.Corpus("news.db"); corpus.add(["articles/"]); corpus.search("Obi")
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .analyze.budget import MAX_CHARS, MAX_SECONDS, Budget
from .analyze.fingerprint import pipeline_fingerprint
from .corpus import dedup
from .corpus import quotes as spread
from .corpus.actors import canonical_actors
from .ingest import IngestError, article_from_text, read_sources
from .model import (
    ActorGraph,
    ActorProfile,
    ActorSummary,
    Analysis,
    Article,
    ArticleSummary,
    ArticleVersion,
    ClaimHit,
    Comparison,
    DuplicateGroup,
    EventRow,
    QuoteHit,
    QuoteSpread,
    Reject,
    SearchHit,
    Story,
    Timeline,
    article_id,
)
from .runner import executor, run
from .store import open_store


class AnalysisError(ValueError):
    """Raised by :func:`analyze` when its single input cannot be read or analysed."""


_ACCEPTED = ("analyze() takes an article's text (str) or the path of a file (str or os.PathLike); "
             "got {kind}")
_PATH_LIKE = re.compile(r"[^\s]*[/\\][^\s]*|[^\s/\\]+\.[A-Za-z][A-Za-z0-9]{0,4}")


def analyze(text_or_path: str | os.PathLike[str], *, url: str | None = None, outlet: str | None = None,
            title: str | None = None, published: str | None = None, max_seconds: float = MAX_SECONDS,
            max_chars: int = MAX_CHARS) -> Analysis:
    """Analyse one article given as text, or as the path of a file in any supported format.

    Which it is: a ``pathlib.Path`` (any ``os.PathLike``) is always a path; a string is a path when a
    file of that name exists. A string without whitespace that looks like a path (``dir/name``, or
    ``name.ext``) and does not exist raises FileNotFoundError instead of being analysed as text;
    anything else, and anything with a space or a newline, is the article's text. Bytes are refused
    (decode them first: the encoding is the caller's to know). ``url``, ``outlet``, ``title`` and
    ``published`` override what the file states. The article must fit the budget (``max_seconds`` of
    analysis, ``max_chars`` of text) or AnalysisError says which it exceeded.
    """
    budget = Budget(max_seconds, max_chars)
    path = _as_path(text_or_path)
    if path is not None:
        items = [_override(item, url, outlet, title, published) for item in read_sources([str(path)], outlet=outlet)]
    else:
        assert isinstance(text_or_path, str)
        try:
            items = [article_from_text(text_or_path, "<text>", url=url, outlet=outlet, title=title,
                                       published=published)]
        except IngestError as error:
            items = [Reject(error.source, error.reason)]
    results = list(analyze_stream(items, budget=budget))
    if not results:
        raise AnalysisError(f"{text_or_path}: no article found")
    first = results[0]
    if isinstance(first, Reject):
        raise AnalysisError(f"{first.source}: {first.reason}")
    return first


def _as_path(value: object) -> Path | None:
    """The path ``analyze`` should read, None for text; TypeError/FileNotFoundError as documented there."""
    if isinstance(value, os.PathLike):
        path = Path(value)
        if not path.exists():
            raise FileNotFoundError(f"{path}: no such file")
    elif isinstance(value, str):
        if any(ch.isspace() for ch in value) or not value or len(value) > 4096:
            return None
        path = Path(value)
        if not path.exists():
            if _PATH_LIKE.fullmatch(value):
                raise FileNotFoundError(f"{value}: no such file (to analyse it as text, give the article's text)")
            return None
    else:
        kind = "bytes (decode them first, e.g. data.decode('utf-8'))" if isinstance(value, bytes | bytearray) \
            else type(value).__name__
        raise TypeError(_ACCEPTED.format(kind=kind))
    if path.is_dir():
        raise IsADirectoryError(f"{path}: a directory; analyse its articles with Corpus(...).add([path])")
    return path


def _override(item: Article | Reject, url: str | None, outlet: str | None, title: str | None,
              published: str | None) -> Article | Reject:
    """The caller's metadata wins over the file's, as it does for text; the id follows a new URL."""
    if isinstance(item, Reject) or not (url or outlet or title or published):
        return item
    return dataclasses.replace(item, id=article_id(item.text, url) if url else item.id, url=url or item.url,
                               outlet=outlet or item.outlet, title=title or item.title,
                               published=published or item.published)


def analyze_stream(items: Iterable[Article | Reject], workers: int = 1, batch_size: int = 32,
                   budget: Budget | None = None) -> Iterator[Analysis | Reject]:
    """Analyses and Rejects in input order: ingest rejects pass through where they occurred.

    ``workers`` picks the executor of :mod:`dateline.runner` (this process, or a pool of processes)."""
    return run(items, executor(workers, batch_size), budget)


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

    def add(self, paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], *, outlet: str | None = None,
            workers: int = 1, force: bool = False, keep: bool = False,
            on_result: Callable[[Analysis | Reject], None] | None = None, max_seconds: float = MAX_SECONDS,
            max_chars: int = MAX_CHARS) -> BatchReport:
        """Read, analyse and store; articles already stored by this pipeline are skipped (resume: the
        fingerprint, version plus lexicon, model and weight hashes, must match, else they are re-analysed).

        ``paths`` is one path (a string is one path, never its characters) or several; each article
        gets ``max_seconds`` of analysis and ``max_chars`` of text, else it is a reject.
        """
        if isinstance(paths, str | os.PathLike):
            paths = [paths]
        elif isinstance(paths, bytes | bytearray):
            raise TypeError("Corpus.add() takes a path (str or os.PathLike) or several; got bytes")
        names = [os.fspath(p) for p in paths]
        return self.add_articles(read_sources(names, outlet=outlet), workers=workers, force=force, keep=keep,
                                 on_result=on_result, max_seconds=max_seconds, max_chars=max_chars)

    def add_articles(self, items: Iterable[Article | Reject], *, workers: int = 1, force: bool = False,
                     keep: bool = False, on_result: Callable[[Analysis | Reject], None] | None = None,
                     max_seconds: float = MAX_SECONDS, max_chars: int = MAX_CHARS) -> BatchReport:
        """Like :meth:`add`, for articles already read (``dateline collect`` builds them from web pages);
        Rejects among them are stored and reported in their place."""
        report = BatchReport()
        budget = Budget(max_seconds, max_chars)
        fingerprint = pipeline_fingerprint()
        if not self.store.readonly:
            self.store.resolve_actors(canonical_actors)  # what an interrupted run left pending

        def pending() -> Iterator[Article | Reject]:
            for item in items:
                if isinstance(item, Article) and not force and self.store.has(item.id, fingerprint):
                    report.unchanged += 1
                    self.store.seen(item.id, item.source)
                    stored = self.store.get(item.id)
                    if on_result and stored is not None:
                        on_result(stored)
                    continue
                yield item

        for result in analyze_stream(pending(), workers=workers, budget=budget):
            self._keep(result, report, keep)
            if on_result:
                on_result(result)
        return report

    def load(self, results: Iterable[Analysis | Reject], batch: int = 200) -> BatchReport:
        """Store analyses made elsewhere (a Spark job's output, another machine's JSON Lines) as :meth:`add`
        stores its own: each saved whole (``Store.save``, an upsert by article id: loading twice, or from two
        processes at once, stores each article once), each reject kept (``Store.reject``). Actor identity
        and the near-duplicate index are brought up to date after every ``batch`` articles rather than after
        each (the same result, in far fewer transactions); a load cut short leaves them to the next run."""
        report = BatchReport()
        self.store.resolve_actors(canonical_actors)
        pending: list[Analysis] = []

        def catch_up() -> None:
            self.store.resolve_actors(canonical_actors)
            dedup.index(self.store, pending)
            pending.clear()

        for result in results:
            if isinstance(result, Reject):
                self.store.reject(result)
                report.rejects.append(result)
                continue
            self.store.save(result)
            report.stored += 1
            pending.append(result)
            if len(pending) >= batch:
                catch_up()
        catch_up()
        return report

    def _keep(self, result: Analysis | Reject, report: BatchReport, keep: bool) -> None:
        if isinstance(result, Reject):
            self.store.reject(result)
            report.rejects.append(result)
            return
        self.store.save(result)
        self.store.resolve_actors(canonical_actors)
        dedup.index(self.store, [result])
        report.stored += 1
        if keep:
            report.analyses.append(result)

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

    def versions(self, url: str) -> list[ArticleVersion]:
        """Every collected version of a page (by canonical URL or a URL it was fetched from), oldest first."""
        from .collect.state import CollectState

        return CollectState(self.store).versions(url)

    def rejects(self) -> list[Reject]:
        return self.store.rejects()

    def __len__(self) -> int:
        return self.store.count()

    # --- Corpus layer (issue 13, part C): timelines, the actor graph, outlet comparison -----------------

    def _chosen(self, story: str | None, articles: list[str] | None, query: str | None) -> tuple[str, list[str]]:
        from .corpus.select import article_ids

        return article_ids(self.store, story=story, articles=articles, query=query)

    def timeline(self, *, story: str | None = None, actor: str | None = None, articles: list[str] | None = None,
                 query: str | None = None, since: date | None = None) -> Timeline:
        """The events of a story, of listed articles, of a search, or of one actor, merged and in date order.

        ``LookupError`` for an unknown actor; ``QueryError`` for a selection that names nothing."""
        from .corpus import timeline as timelines
        from .corpus.select import actor_articles, identities

        if actor:
            profile, ids = actor_articles(self.store, actor)
            chosen = list(self.store.analyses(ids))
            built = timelines.build(chosen, f"actor:{profile.summary.name}", identities(profile, actor, chosen))
        else:
            scope, ids = self._chosen(story, articles, query)
            built = timelines.build(self.store.analyses(ids), scope)
        return timelines.since(built, since) if since else built

    def graph(self, *, actor: str | None = None, since: date | None = None, story: str | None = None,
              articles: list[str] | None = None, query: str | None = None) -> ActorGraph:
        """The actor graph of the store (streamed), of a selection, or around one actor, from ``since`` on."""
        from .corpus import graph as graphs
        from .corpus.select import actor_articles, identities

        if actor:
            profile, ids = actor_articles(self.store, actor)
            chosen = list(self.store.analyses(ids))
            return graphs.around(graphs.build(chosen), identities(profile, actor, chosen), since)
        if story or articles or query:
            built = graphs.build(self.store.analyses(self._chosen(story, articles, query)[1]))
        else:
            built = graphs.build(self.store.analyses())
        if since is None:
            return built
        every = {node.id for node in built.nodes}
        return graphs.around(built, every, since)

    def compare(self, *, story: str | None = None, articles: list[str] | None = None,
                query: str | None = None) -> Comparison:
        """Outlets side by side on one story: points carried and omitted, quotes, sourcing, loaded language."""
        from .corpus.compare import compare

        return compare(self.store.analyses(self._chosen(story, articles, query)[1]))
    # --- corpus layer, part A (issue 13) ---

    def duplicates(self, threshold: float = dedup.THRESHOLD) -> list[DuplicateGroup]:
        """Groups of copies and near-copies, each with its original (the earliest published) first.

        ``threshold`` (0.3–1) is the estimated share of the shorter body's word shingles found in the other.
        A writable corpus first indexes stored articles the index lacks; a read-only one groups what is indexed.
        """
        if not 0.0 < threshold <= 1.0:
            raise ValueError(f"threshold must be in (0, 1]; got {threshold}")
        if not self.store.readonly:
            dedup.catch_up(self.store)
        return dedup.duplicates(self.store, threshold)

    def quote_spread(self, min_articles: int = 2, speaker: str | None = None) -> list[QuoteSpread]:
        """The same quote (same or nearly the same words) across articles: first appearance first, each
        appearance with the outlets the article says it came through and the article it took it from."""
        return spread.quote_spread(self.store, min_articles, speaker)

    # --- issue 13 (B): stories ---

    def update_stories(self, *, rebuild: bool = False) -> int:
        """Place the stored articles that are in no story yet (each joins a story or opens one); returns how
        many. ``rebuild`` forgets the stories and places every article again."""
        from .corpus.story_update import update_stories

        return update_stories(self.store, rebuild=rebuild)

    def stories(self, limit: int = 50, min_size: int = 1) -> list[Story]:
        """Stories, largest first, after placing any article not yet in one (read-only: as stored)."""
        from .corpus.story_update import list_stories

        if not self.store.readonly:
            self.update_stories()
        return list_stories(self.store, limit, min_size)

    def story(self, story_id: int) -> Story | None:
        """One story with its articles, oldest first, and the scores that explain why each joined."""
        from .corpus.story_update import get_story

        if not self.store.readonly:
            self.update_stories()
        return get_story(self.store, story_id)

    def story_articles(self, story_id: int) -> list[str]:
        """A story's article ids, oldest first."""
        from .corpus.story_update import story_articles

        return story_articles(self.store, story_id)

    # --- issue 14: the article listing the REST API and the web reader page through ---

    def articles(self, limit: int = 50, offset: int = 0) -> list[ArticleSummary]:
        """Stored articles, most recently published first (undated last), ``limit`` of them from ``offset``."""
        ids = self.store.ids()[::-1][offset:offset + limit]
        return [article_summary(analysis) for analysis in self.store.analyses(ids)]


def article_summary(analysis: Analysis) -> ArticleSummary:
    """What a listing shows of one analysis."""
    article = analysis.article
    return ArticleSummary(article.id, article.title, article.outlet, article.published, article.source, article.url,
                          article.dateline.place if article.dateline else None, len(analysis.entities),
                          len(analysis.quotes), len(analysis.claims), len(analysis.events))

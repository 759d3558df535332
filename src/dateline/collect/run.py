"""One collection round: each source listed, what is new fetched, each page analysed and stored.

Pages are fetched by a pool of workers (one request at a time per host, see ``fetch``) while the
main thread reads, analyses (through ``Corpus.add_articles``, the same path as ``dateline analyze``)
and stores them one by one; a stop ends the round after the article being stored (requests in flight
finish, nothing new starts), so a stop or a kill loses at most the pages in flight. A source's own
validators (ETag, Last-Modified) are saved only once all its pages are done: a round cut short is
taken up again by the next, which skips the pages already stored.
"""

from __future__ import annotations

import dataclasses
import io
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Literal

from ..analyze.budget import MAX_CHARS, MAX_SECONDS
from ..engine import Corpus
from ..ingest.decode import decode_text
from ..ingest.errors import IngestError
from ..ingest.stream import GZIP_MAGIC, CorruptGzip, Gunzip, read_upto
from ..model import Analysis, Reject
from .discover import Candidate, Listing, canonical_url, later, newer, read_feed, read_sitemap, read_url_list
from .fetch import Fetcher, FetchError, Response
from .pages import read_page
from .state import TRANSIENT, CollectState, Seen
from .warc import WarcOut

MAX_FEEDS = 3  # feeds followed from one homepage
MAX_SITEMAPS = 50  # sitemaps read from one index (recursively)
PageOutcome = Literal["analysed", "skipped", "rejected"]
"""What became of one fetched page: stored (new or changed), skipped (the same as before), or rejected."""


@dataclass(frozen=True)
class Source:
    kind: str  # feed | sitemap | url | urls
    location: str  # a URL, or for "urls" a file path


@dataclass
class SourceReport:
    """What one source gave in one round: the progress line's counts, and every reject."""

    source: Source
    listed: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0  # fetched again (or answered 304) and found the same
    known: int = 0  # not fetched: seen before and the source gives no newer date
    duplicates: int = 0  # the same text as a stored article under another URL
    not_modified: bool = False  # the feed or sitemap itself answered 304
    stopped: bool = False
    rejects: list[Reject] = field(default_factory=list)

    def line(self) -> str:
        head = f"{self.source.kind} {self.source.location}: "
        if self.not_modified:
            return head + "not modified since the last run"
        counts = [f"{self.listed} listed", f"{self.new} new", f"{self.changed} changed", f"{self.unchanged} unchanged",
                  f"{self.known} known", f"{self.duplicates} duplicate", f"{len(self.rejects)} rejected"]
        return head + ", ".join(counts) + (" (stopped)" if self.stopped else "")


class Collector:
    def __init__(self, corpus: Corpus, fetcher: Fetcher, *, warc: WarcOut | None = None,
                 stop: threading.Event | None = None, on_result: Callable[[Analysis | Reject], None] | None = None,
                 max_seconds: float = MAX_SECONDS, max_chars: int = MAX_CHARS,
                 on_plan: Callable[[int], None] | None = None,
                 on_page: Callable[[PageOutcome], None] | None = None) -> None:
        """``on_plan(n)``: a source's n pages are about to be fetched; ``on_page(outcome)``: one of them is done
        (a progress bar's total and its steps)."""
        self.corpus, self.fetcher, self.warc = corpus, fetcher, warc
        self.state = CollectState(corpus.store)
        self.stop = stop or threading.Event()
        self.on_result = on_result
        self.on_plan, self.on_page = on_plan, on_page
        self.max_seconds, self.max_chars = max_seconds, max_chars

    def run(self, sources: Iterable[Source], on_source: Callable[[SourceReport], None] | None = None
            ) -> list[SourceReport]:
        reports = []
        for source in sources:
            if self.stop.is_set():
                break
            report = self.collect(source)
            reports.append(report)
            if on_source:
                on_source(report)
        return reports

    def collect(self, source: Source) -> SourceReport:
        report = SourceReport(source)
        done: list[tuple[str, str | None, Response]] = []  # (url, the source that led to it, response): saved
        # once the source's pages are done
        if source.kind in ("url", "urls"):
            listing = self._url_listing(source, report)
            candidates = listing.candidates if listing else []
        else:
            candidates = self._listed(source, report, done)
        report.listed = len(candidates)
        self._pages(candidates, report, revalidate=source.kind in ("url", "urls"))
        if not report.stopped:
            kind = "feed" if source.kind == "feed" else "sitemap"
            for url, parent, response in done:
                self.state.record(url, kind, "listed", found_in=parent, final_url=response.final_url,
                                  redirects=response.redirects, etag=response.etag,
                                  last_modified=response.last_modified)
        return report

    def _url_listing(self, source: Source, report: SourceReport) -> Listing | None:
        if source.kind == "url":
            listing = read_url_list([source.location], source.location)
        else:
            with open(source.location, "rb") as handle:
                try:
                    text, _ = decode_text(handle.read(), source.location)
                except IngestError as error:
                    self._reject(report, Reject(source.location, error.reason))
                    return None
            listing = read_url_list(text.splitlines(), source.location)
        for url, reason in listing.refused:
            self._reject(report, Reject(url, reason))
        return listing

    def _listed(self, source: Source, report: SourceReport, done: list[tuple[str, str | None, Response]]
                ) -> list[Candidate]:
        """The candidates of a feed (or of the feeds a homepage links to) or of a sitemap and its children."""
        kind = "feed" if source.kind == "feed" else "sitemap"
        queue: list[tuple[str, str | None]] = [(source.location, None)]
        seen_sources, found = set[str](), dict[str, Candidate]()
        answered = modified = 0
        limit = MAX_FEEDS + 1 if kind == "feed" else MAX_SITEMAPS
        while queue and len(seen_sources) < limit and not self.stop.is_set():
            url, parent = queue.pop(0)
            key = canonical_url(url) or url
            if key in seen_sources:
                continue
            seen_sources.add(key)
            response = self._fetch_source(key, kind, report)
            if response is None:
                continue
            answered += 1
            done.append((key, parent, response))
            if response.status == 304:  # unchanged: the feeds or sitemaps it led to last time may not be
                queue.extend((child, key) for child in self.state.children(key))
                continue
            modified += 1
            text = self._text(response, report)
            listing = read_feed(text, response.final_url) if kind == "feed" else read_sitemap(text, response.final_url)
            if kind == "feed" and not listing.candidates and not listing.more:
                self._reject(report, Reject(url, "no feed entries and no feed links found"))
            queue.extend((more, key) for more in (listing.more[:MAX_FEEDS] if kind == "feed" else listing.more))
            for refused, reason in listing.refused:
                self._reject(report, Reject(refused, reason))
            for candidate in listing.candidates:
                found.setdefault(candidate.url, candidate)
        report.not_modified = answered > 0 and modified == 0
        return list(found.values())

    def _text(self, response: Response, report: SourceReport) -> str:
        """A feed's or sitemap's text; a gzip file (``sitemap.xml.gz``) is decompressed within the size cap."""
        body = response.body
        try:
            if body[:2] == GZIP_MAGIC:
                body = read_upto(Gunzip(io.BytesIO(body)), self.fetcher.politeness.max_bytes + 1)
                if len(body) > self.fetcher.politeness.max_bytes:
                    raise IngestError(response.final_url, f"over the size cap (more than "
                                                          f"{self.fetcher.politeness.max_bytes:,} bytes unzipped)")
            return decode_text(body, response.final_url)[0] if body else ""
        except (IngestError, CorruptGzip) as error:
            reason = error.reason if isinstance(error, IngestError) else f"corrupt gzip data ({error})"
            self._reject(report, Reject(response.final_url, reason))
            return ""

    def _fetch_source(self, url: str, kind: str, report: SourceReport) -> Response | None:
        seen = self.state.get(url)
        try:
            return self.fetcher.get(url, etag=seen.etag if seen else None,
                                    last_modified=seen.last_modified if seen else None)
        except FetchError as error:
            self.state.record(url, kind, TRANSIENT if error.transient else "reject", reason=error.reason,
                              redirects=error.redirects)
            self._reject(report, Reject(url, f"{kind}: {error.reason}"))
            return None

    def _pages(self, candidates: list[Candidate], report: SourceReport, revalidate: bool) -> None:
        plan: list[tuple[Candidate, Seen | None]] = []
        for candidate in candidates:
            seen = self.state.get(candidate.url)
            fresh = seen is None or seen.status == TRANSIENT or revalidate or newer(candidate.updated,
                                                                                   seen.entry_updated)
            if fresh:
                plan.append((candidate, seen))
            else:
                report.known += 1
        if self.on_plan and plan:
            self.on_plan(len(plan))
        for candidate, seen, result in self._fetched(plan):
            before = (report.new + report.changed, len(report.rejects))
            if result is None or self.stop.is_set():  # what is fetched but not stored is fetched again next time
                report.stopped = True
                break
            elif isinstance(result, FetchError):
                status = TRANSIENT if result.transient else "reject"
                self.state.record(candidate.url, "page", status, found_in=candidate.found_in, reason=result.reason,
                                  redirects=result.redirects, entry_updated=candidate.updated)
                self._reject(report, Reject(candidate.url, result.reason))
            elif result.status == 304 and seen is not None:
                self.state.record(candidate.url, "page", seen.status,
                                  entry_updated=later(candidate.updated, seen.entry_updated))
                report.unchanged += 1
            else:
                self._page(candidate, seen, result, report)
            if self.on_page:
                self.on_page("analysed" if report.new + report.changed > before[0]
                             else "rejected" if len(report.rejects) > before[1] else "skipped")

    def _fetched(self, plan: list[tuple[Candidate, Seen | None]]
                 ) -> Iterator[tuple[Candidate, Seen | None, Response | FetchError | None]]:
        """Responses in plan order, fetched ahead by the workers; None for pages left when stopping."""

        def fetch(item: tuple[Candidate, Seen | None]) -> Response | FetchError | None:
            candidate, seen = item
            if self.stop.is_set():
                return None
            validators = seen is not None and seen.status in ("article", "duplicate")
            try:
                return self.fetcher.get(candidate.url, etag=seen.etag if validators and seen else None,
                                        last_modified=seen.last_modified if validators and seen else None)
            except FetchError as error:
                return error

        if not plan:
            return
        with ThreadPoolExecutor(max_workers=self.fetcher.politeness.concurrency) as pool:
            for (candidate, seen), result in zip(plan, pool.map(fetch, plan), strict=True):
                yield candidate, seen, result

    def _page(self, candidate: Candidate, seen: Seen | None, response: Response, report: SourceReport) -> None:
        def record(status: str, **extra: Any) -> None:
            """The listed URL's row, and one for where it led (a redirect target, the page's canonical URL),
            so a source listing the page under that address finds it seen."""
            updated = later(candidate.updated, seen.entry_updated if seen else None)
            for url in dict.fromkeys([candidate.url, canonical_url(response.final_url), extra.pop("canonical", None)]):
                if url:
                    self.state.record(url, "page", status, found_in=candidate.found_in,
                                      final_url=response.final_url, redirects=response.redirects, etag=response.etag,
                                      last_modified=response.last_modified, entry_updated=updated, **extra)

        page = read_page(response, candidate)
        if page.article is None or page.content_hash is None or page.meta is None:
            reason = page.reason or "no article"
            record("reject", reason=reason)
            self._reject(report, Reject(candidate.url, reason))
            return
        article, digest = page.article, page.content_hash
        url = article.url or candidate.url
        if seen is not None and seen.content_hash == digest and seen.article_id:
            record(seen.status, content_hash=digest)
            report.unchanged += 1
            return
        earlier = self.state.by_hash(digest)
        if earlier is not None:
            self.corpus.store.seen(earlier[1], response.final_url)
            record("duplicate" if earlier[0] != url else "article", content_hash=digest, article_id=earlier[1])
            if earlier[0] != url:
                report.duplicates += 1
            else:
                report.unchanged += 1
            return
        changed = bool(self.state.versions(url))
        if self.warc is not None:
            article = dataclasses.replace(article, source_id=self.warc.write(response, page.meta))
        result = self.corpus.add_articles([article], on_result=self.on_result, max_seconds=self.max_seconds,
                                          max_chars=self.max_chars)
        if result.rejects:
            reason = result.rejects[0].reason
            record("reject", reason=reason)
            report.rejects.extend(result.rejects)
            return
        self.state.add_version(url, digest, article.id, response.final_url)
        record("article", content_hash=digest, article_id=article.id, canonical=url)
        if changed:
            report.changed += 1
        else:
            report.new += 1

    def _reject(self, report: SourceReport, reject: Reject) -> None:
        self.corpus.store.reject(reject)
        report.rejects.append(reject)
        if self.on_result:
            self.on_result(reject)

"""The ``dateline`` command: thin shells over :mod:`dateline.engine`.

Every failure ends as one line on stderr and an exit status from :mod:`dateline.errors`; only
``--debug`` (or ``DATELINE_DEBUG=1``) lets a traceback through.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from collections.abc import Iterable, Sequence
from contextlib import nullcontext
from pathlib import Path
from typing import Any, Protocol

import click

from . import __version__, limits
from .analyze.budget import MAX_CHARS, MAX_SECONDS, Budget
from .engine import Corpus, analyze_stream
from .errors import (
    EXIT_CRASH,
    EXIT_INTERRUPTED,
    EXIT_REJECTS,
    EXIT_STORE,
    EXIT_USAGE,
    QueryError,
    QuerySyntaxError,
    StoreError,
)
from .ingest import read_sources
from .model import (
    ActorSummary,
    Analysis,
    ArticleVersion,
    ClaimHit,
    DuplicateGroup,
    EventRow,
    QuoteHit,
    QuoteSpread,
    Reject,
    SearchHit,
    Story,
    to_json,
)
from .output import Output, listing
from .progress import Outcome, Progress, count_articles
from .report import render
from .store import backend_errors, is_server_url, shown

EXIT_PIPE = 141
"""stdout was closed early (``dateline … | head``): what was not printed may not be stored either."""

EXIT_STATUSES = f"""\b
Exit status:
  {0}  every input analysed (or found already stored); the query answered
  {EXIT_REJECTS}  some inputs rejected (each named on stderr, kept in 'dateline rejects'),
     or show/actor found no such article or actor
  {EXIT_USAGE}  usage error: bad option or value, a file it names missing, or a query refused (too long, too many terms)
  {EXIT_STORE}  store error: --db missing, a directory, not SQLite, not a dateline store,
     read-only for a writing command, locked past the busy timeout, or its server unreachable
  {EXIT_CRASH}  internal error: one line names it; --debug shows the traceback
  {EXIT_INTERRUPTED}  interrupted (Ctrl-C); {EXIT_PIPE} output closed early (e.g. piped into head)"""


class Failure(click.ClickException):
    """A one-line failure, printed as 'dateline: …'; each subclass has its exit status."""

    def show(self, file: Any = None) -> None:
        click.echo(f"dateline: {self.format_message()}", err=True)


class NotFound(Failure):
    exit_code = EXIT_REJECTS


class RefusedQuery(Failure):
    exit_code = EXIT_USAGE


class StoreFailure(Failure):
    exit_code = EXIT_STORE


class MissingInput(Failure):
    """A file a command was pointed at (a gold set, an output folder) is missing or cannot be opened."""

    exit_code = EXIT_USAGE


class Crash(Failure):
    exit_code = EXIT_CRASH


def _debug(ctx: click.Context) -> bool:
    return bool(ctx.meta.get("dateline.debug")) or os.environ.get("DATELINE_DEBUG", "") not in ("", "0")


def _set_debug(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value:
        ctx.meta["dateline.debug"] = True


class _Main(click.Group):
    """Turns whatever escapes a command into one line and a documented exit status."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except StoreError as error:
            raise StoreFailure(str(error)) from error
        except QueryError as error:
            raise RefusedQuery(str(error)) from error
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError, PermissionError) as error:
            if _debug(ctx):
                raise
            raise MissingInput(f"{error.filename or 'input'}: {(error.strerror or str(error)).lower()}") from error
        except KeyboardInterrupt:
            click.echo("\ndateline: interrupted", err=True)
            ctx.exit(EXIT_INTERRUPTED)
        except BrokenPipeError:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error at exit
            ctx.exit(EXIT_PIPE)
        except Exception as error:
            if _debug(ctx):
                traceback.print_exc()
                ctx.exit(EXIT_STORE if isinstance(error, backend_errors()) else EXIT_CRASH)
            message = (str(error).splitlines() or [""])[0][:300]
            if isinstance(error, backend_errors()):
                raise StoreFailure(f"store error: {message}") from error
            raise Crash(f"internal error: {type(error).__name__}" + (f": {message}" if message else "")
                        + " (--debug shows the traceback)") from error


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXIT_STATUSES)
@click.version_option(__version__, prog_name="dateline")
@click.option("--debug", is_flag=True, expose_value=False, is_eager=True, callback=_set_debug,
              help="Show the traceback of an internal error (also DATELINE_DEBUG=1, or --debug after a command).")
def main() -> None:
    """Read news articles and make them answerable: who is in them, who said what, what happened.

    \b
    Examples:
      dateline analyze article.txt                 readable report
      dateline analyze pages/ --json > out.jsonl   one JSON record per article
      dateline analyze crawl.warc.gz --db news.db  analyse and store
      dateline search "Kassala" --db news.db        full-text search of the store
    """


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", help="Store to keep the analyses in: an SQLite file, or a postgresql://user@host/db URL "
              "(articles already stored are skipped).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON record per article (JSON Lines).")
@click.option("--outlet", help="Outlet name for articles whose input does not state one.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="Processes to use.")
@click.option("--force", is_flag=True, help="Re-analyse articles already stored by this version.")
@click.option("--quiet", "-q", is_flag=True,
              help="Print no reports, only the summary line (and the progress bar on a terminal).")
@click.option("--max-seconds", default=MAX_SECONDS, show_default=True, type=click.FloatRange(min=0, min_open=True),
              help="Time budget per article; an article over it is rejected and the batch goes on.")
@click.option("--max-chars", default=MAX_CHARS, show_default=True, type=click.IntRange(min=1),
              help="Size budget per article (characters of text); a longer one is rejected before analysis.")
def analyze(paths: tuple[str, ...], db: str | None, as_json: bool, outlet: str | None, workers: int,
            force: bool, quiet: bool, max_seconds: float, max_chars: int) -> None:
    """Analyse articles: text files, JSONL, HTML, WARC, directories or globs ('-' reads stdin).

    \b
    Exit status 1 when any input was rejected; each reject is reported on stderr in one line
    naming the input and the reason, and (with --db) kept in the store: see 'dateline rejects'.
    3 when the --db cannot be used (not a dateline store, read-only, …); see 'dateline --help'.
    """
    progress = Progress()
    if progress.live:
        progress.total = count_articles(paths)
    # records and the bar on one terminal: the bar is erased to print a record
    shared = progress.live and sys.stdout.isatty() and (as_json or not quiet)
    first = True

    def emit(result: Analysis | Reject) -> None:
        nonlocal first
        progress.advance("rejected" if isinstance(result, Reject) else "analysed")
        with progress.paused() if shared or isinstance(result, Reject) or result.article.warnings else nullcontext():
            if isinstance(result, Reject):
                click.echo(f"dateline: rejected {result.source}: {result.reason}", err=True)
            else:
                for warning in result.article.warnings:  # read, but with something replaced or dropped
                    click.echo(f"dateline: warning {result.article.source}: {warning}", err=True)
                if as_json:
                    click.echo(result.dumps())
                elif not quiet:
                    click.echo(("" if first else "\n") + render(result, colour=sys.stdout.isatty()))
                    first = False

    try:
        if db:
            with Corpus(db) as corpus:
                report = corpus.add(paths, outlet=outlet, workers=workers, force=force, on_result=emit,
                                    max_seconds=max_seconds, max_chars=max_chars)
            # what the store already held came back through emit too: the report tells the two apart
            progress.counts.update({"analysed": report.stored, "skipped": report.unchanged,
                                    "rejected": len(report.rejects)})
        else:
            budget = Budget(max_seconds, max_chars)
            for result in analyze_stream(read_sources(paths, outlet=outlet), workers=workers, budget=budget):
                emit(result)
    finally:
        progress.close()  # an error's one line, or the summary, starts on a clean line
    summary = progress.summary("already stored" if db else None)
    click.echo(f"dateline: {summary}" + (f" → {shown(db)}" if db else ""), err=True)
    if progress.counts["rejected"]:
        sys.exit(EXIT_REJECTS)


def _interval(value: str | None) -> float | None:
    """'15m', '90s', '1h', '2d' or plain seconds → seconds; None when not given."""
    if value is None:
        return None
    text = value.strip().lower()
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    number, unit = (text[:-1], units[text[-1]]) if text and text[-1] in units else (text, 1)
    try:
        seconds = float(number) * unit
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a duration such as 15m, 90s or 1h",
                                 param_hint="--every") from None
    if not 1 <= seconds <= 7 * 86400:
        raise click.BadParameter("between 1 second and 7 days", param_hint="--every")
    return seconds


@main.command()
@click.option("--feed", "feeds", multiple=True, metavar="URL", help="RSS/Atom/JSON feed, or a homepage whose feeds "
              "are found from its <link rel=alternate>.")
@click.option("--sitemap", "sitemaps", multiple=True, metavar="URL", help="Sitemap, news sitemap or sitemap index.")
@click.option("--url", "urls", multiple=True, metavar="URL", help="One article URL (revalidated on every run).")
@click.option("--urls", "url_files", multiple=True, metavar="FILE", type=click.Path(exists=True, dir_okay=False),
              help="File of article URLs, one per line ('#' comments).")
@click.option("--db", help="SQLite store: analyses, rejects and what was seen (a re-run fetches only what is new). "
              "Without it nothing is remembered between runs.")
@click.option("--warc", "warc_path", metavar="OUT.warc.gz", help="Also archive each article page (appended); "
              "'dateline analyze OUT.warc.gz' re-analyses it offline to the same records.")
@click.option("--every", metavar="DURATION", help="Keep collecting every DURATION (15m, 1h, 90s) until Ctrl-C or "
              "SIGTERM; a stop finishes the pages in flight, and the next start resumes.")
@click.option("--rate", default=1.0, show_default=True, type=click.FloatRange(0), metavar="SECONDS",
              help="Seconds between two requests to one host (a longer robots.txt Crawl-delay wins).")
@click.option("--user-agent-contact", "contact", metavar="EMAIL", help="Contact put in the User-Agent so site "
              "operators can reach you (else $DATELINE_CONTACT).")
@click.option("--timeout", default=20.0, show_default=True, type=click.FloatRange(0, min_open=True),
              help="Seconds to connect and for each read.")
@click.option("--retries", default=2, show_default=True, type=click.IntRange(0, 10),
              help="Further attempts after a timeout, a dropped connection, 429 or 5xx (backoff doubles).")
@click.option("--backoff", default=2.0, show_default=True, type=click.FloatRange(0), help="Seconds before the "
              "first retry.")
@click.option("--max-bytes", default=10_000_000, show_default=True, type=click.IntRange(1),
              help="Size cap of one page (decompressed); a bigger one is rejected.")
@click.option("--concurrency", default=4, show_default=True, type=click.IntRange(1, 64),
              help="Hosts fetched at once (one request at a time per host).")
@click.option("--quiet", "-q", is_flag=True, help="Only the progress line of each source, no reject lines.")
@click.option("--max-seconds", default=MAX_SECONDS, show_default=True, type=click.FloatRange(min=0, min_open=True),
              help="Analysis time budget per article.")
@click.option("--max-chars", default=MAX_CHARS, show_default=True, type=click.IntRange(min=1),
              help="Analysis size budget per article (characters of text).")
def collect(feeds: tuple[str, ...], sitemaps: tuple[str, ...], urls: tuple[str, ...], url_files: tuple[str, ...],
            db: str | None, warc_path: str | None, every: str | None, rate: float, contact: str | None,
            timeout: float, retries: int, backoff: float, max_bytes: int, concurrency: int, quiet: bool,
            max_seconds: float, max_chars: int) -> None:
    """Collect articles from the web (feeds, sitemaps, URLs), politely and incrementally, then analyse them.

    \b
    Obeys robots.txt; one request at a time per host, --rate seconds apart; a User-Agent naming
    dateline and your --user-agent-contact; conditional GETs (ETag, Last-Modified) for what was seen.
    A changed article (same URL, new text) is analysed again and its old version kept ('dateline
    versions URL'). Tag, section and video pages, live blogs and paywall stubs are rejects with
    their reason ('dateline rejects'), as are pages that fail (404, timeout, over the size cap).

    \b
    Examples:
      dateline collect --feed https://example.org/rss.xml --db news.db --user-agent-contact me@example.org
      dateline collect --sitemap https://example.org/news-sitemap.xml --db news.db --warc crawl.warc.gz
      dateline collect --feed https://example.org/ --db news.db --every 15m

    \b
    Exit status 0 when every page was collected or already known (and after a clean stop of --every),
    1 when any page or source was rejected, 130 when a single run was interrupted.
    """
    import signal
    import threading
    from urllib.parse import urlsplit

    from .collect import Collector, Fetcher, Politeness, Source, SourceReport, user_agent
    from .collect.warc import WarcOut

    interval = _interval(every)
    sources = ([Source("feed", u) for u in feeds] + [Source("sitemap", u) for u in sitemaps]
               + [Source("url", u) for u in urls] + [Source("urls", f) for f in url_files])
    if not sources:
        raise click.UsageError("give at least one --feed, --sitemap, --url or --urls")
    for source in sources:
        parts = urlsplit(source.location)
        if source.kind != "urls" and (parts.scheme not in ("http", "https") or not parts.netloc):
            raise click.BadParameter(f"{source.location!r} is not an http(s) URL", param_hint=f"--{source.kind}")
    agent = user_agent(contact)
    if not (contact or os.environ.get("DATELINE_CONTACT")):
        click.echo("dateline: no contact in the User-Agent (--user-agent-contact or DATELINE_CONTACT); "
                   "site operators cannot reach you", err=True)
    politeness = Politeness(user_agent=agent, delay=rate, timeout=timeout, retries=retries, backoff=backoff,
                            max_bytes=max_bytes, concurrency=concurrency)
    stop = threading.Event()

    def on_signal(signum: int, _frame: object) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        click.echo("\ndateline: stopping after the pages in flight (again to abort)", err=True)

    bar = Progress(noun="page")

    def emit(result: Analysis | Reject) -> None:
        if isinstance(result, Reject) and not quiet:
            with bar.paused():
                click.echo(f"dateline: rejected {result.source}: {result.reason}", err=True)

    def progress(report: SourceReport) -> None:
        with bar.paused():
            click.echo(f"dateline: {report.line()}", err=True)

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    fetcher = Fetcher(politeness)
    warc = WarcOut(warc_path, agent) if warc_path else None
    rejected = rounds = 0
    totals: dict[Outcome, int] = {"analysed": 0, "skipped": 0, "rejected": 0}
    try:
        with Corpus(db or ":memory:") as corpus:
            collector = Collector(corpus, fetcher, warc=warc, stop=stop, on_result=emit, max_seconds=max_seconds,
                                  max_chars=max_chars, on_plan=bar.grow, on_page=bar.advance)
            while True:
                rounds += 1
                reports = collector.run(sources, on_source=progress)
                rejected = sum(len(r.rejects) for r in reports)
                for r in reports:
                    totals["analysed"] += r.new + r.changed
                    totals["skipped"] += r.unchanged + r.known + r.duplicates
                    totals["rejected"] += len(r.rejects)
                if interval is None or stop.is_set() or stop.wait(interval):
                    break
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        fetcher.close()
        if warc is not None:
            warc.close()
        bar.close()
    bar.counts.update(totals)
    click.echo(f"dateline: {bar.summary('unchanged or known')}" + (f" → {shown(db)}" if db else ""), err=True)
    if stop.is_set():
        kept = f"; state kept in {shown(db)}" if db else ""
        click.echo(f"dateline: stopped after {rounds} round(s){kept}", err=True)
        sys.exit(0 if interval is not None else EXIT_INTERRUPTED)
    if rejected:
        sys.exit(EXIT_REJECTS)


@main.command()
@click.argument("url")
@click.option("--db", required=True, help="SQLite file or postgresql:// URL written by 'dateline collect --db'.")
@listing(None, "versions")
def versions(url: str, db: str, out: Output) -> None:
    """Every collected version of a page (by its canonical URL or a URL it was fetched from), oldest first."""
    with Corpus(db, readonly=True) as corpus:
        found = corpus.versions(url)
    if not found:
        raise NotFound(f"{url}: no collected versions in {shown(db)}")
    out.emit(found, ArticleVersion, lambda v: f"{v.fetched_at}  {v.article_id}  {v.url}",
             lambda n: f"{n} version(s)")


@main.command()
@click.argument("key")
@click.option("--db", required=True, help="SQLite file or postgresql:// URL written by 'dateline analyze --db'.")
@click.option("--json", "as_json", is_flag=True, help="Print the JSON record instead of the report.")
def show(key: str, db: str, as_json: bool) -> None:
    """Show one stored article by id or by any path it was read from."""
    with Corpus(db, readonly=True) as corpus:
        analysis = corpus.get(key) or corpus.get(str(Path(key)))
        paths = corpus.sources(analysis.article.id) if analysis else []
    if analysis is None:
        raise NotFound(f"{key}: no such article in {shown(db)}")
    click.echo(analysis.dumps() if as_json else render(analysis, colour=sys.stdout.isatty()))
    if not as_json and len(paths) > 1:
        click.echo("\nread from " + ", ".join(paths))


@main.command()
@click.argument("query")
@click.option("--db", required=True, help="SQLite file or postgresql:// URL written by 'dateline analyze --db'.")
@listing(limits.SEARCH, "articles", maximum=10_000)
def search(query: str, db: str, out: Output) -> None:
    """Full-text search of stored articles (SQLite FTS5 syntax: words, "phrases", OR, NOT, prefix*).

    \b
    At most 16 terms and 1,000 characters. Text that is not FTS5 syntax (O'Brien, al-Bashir, U.S.)
    is searched as one phrase, and stderr says so.
    """
    with Corpus(db, readonly=True) as corpus:
        try:
            hits = corpus.search(query, out.ask)
        except QuerySyntaxError as error:
            click.echo(f"dateline: not FTS5 query syntax ({error.reason}); searched as the phrase {error.phrase}",
                       err=True)
            hits = corpus.search(error.phrase, out.ask)
    out.emit(hits, SearchHit, lambda hit: f"{hit.published or '----------'}  {hit.source or hit.id}\n    {hit.snippet}",
             lambda n: f"{n} article(s)")


@main.command()
@click.option("--db", required=True, help="SQLite file or postgresql:// URL written by 'dateline analyze --db'.")
@listing(None, "rejects")
def rejects(db: str, out: Output) -> None:
    """List inputs that could not be read or analysed, with the reason."""
    with Corpus(db, readonly=True) as corpus:
        found = corpus.rejects()
    out.emit(found, Reject, lambda reject: f"{reject.source}\t{reject.reason}", lambda n: f"{n} reject(s)")


@main.command()
@click.option("--db", required=True, help="SQLite file or postgresql:// URL written by 'dateline analyze --db'.")
@click.option("--type", "kind", type=click.Choice(["person", "organisation", "group"]), help="Only this type.")
@listing(limits.ACTORS, "actors", maximum=100_000)
def actors(db: str, kind: str | None, out: Output) -> None:
    """Actors across the store (people, organisations, groups), most mentioned first."""
    with Corpus(db, readonly=True) as corpus:
        found = corpus.actors(kind, out.ask)

    def line(actor: ActorSummary) -> str:
        extra = ", ".join(x for x in (actor.actor_type, actor.country_code) if x)
        return (f"{actor.mentions:>6} mentions {actor.articles:>5} articles  {actor.name} ({actor.type}"
                + (f"; {extra}" if extra else "") + ")")

    out.emit(found, ActorSummary, line)


@main.command()
@click.argument("name")
@click.option("--db", required=True, help="SQLite file or postgresql:// URL written by 'dateline analyze --db'.")
@click.option("--json", "as_json", is_flag=True, help="Print the profile as JSON.")
def actor(name: str, db: str, as_json: bool) -> None:
    """One actor by name or alias: aliases, roles over time, and the articles that mention it."""
    with Corpus(db, readonly=True) as corpus:
        profile = corpus.actor(name)
    if profile is None:
        raise NotFound(f"{name}: no such actor in {shown(db)}")
    if as_json:
        click.echo(json.dumps(to_json(profile), ensure_ascii=False))
        return
    summary = profile.summary
    click.echo(f"{summary.name} ({summary.type}; {summary.actor_type or 'type unknown'}; "
               f"{summary.country_code or 'country unknown'})")
    click.echo(f"  {summary.mentions} mentions in {summary.articles} article(s)")
    if profile.aliases:
        click.echo("  also: " + ", ".join(profile.aliases))
    if profile.roles:
        click.echo("  roles:")
        for role in profile.roles:
            where = f", {role.affiliation}" if role.affiliation else ""
            click.echo(f"    {role.published or '----------'}  {role.title}{where}  [{role.rule}]  {role.source}")
    click.echo("  articles:")
    for article in profile.articles:
        click.echo(f"    {article.published or '----------'}  ×{article.mentions}  {article.source or article.id}")


@main.command()
@click.option("--db", required=True, help="SQLite file or postgresql:// URL written by 'dateline analyze --db'.")
@click.option("--speaker", help="Only quotes by this speaker (name or alias, part of it is enough).")
@click.option("--source", help="Only quotes that reached the article through this source (outlet, agency, …).")
@listing(limits.QUOTES, "quotes", maximum=100_000)
def quotes(db: str, speaker: str | None, source: str | None, out: Output) -> None:
    """Quotes across the store with speaker, cue, source chain and article.

    \b
    Examples:
      dateline quotes --source Reuters --db news.db    what the articles took from Reuters
      dateline quotes --speaker Okonkwo --db news.db   what Okonkwo is quoted as saying
    """
    with Corpus(db, readonly=True) as corpus:
        found = corpus.quotes(speaker, source, out.ask)

    def lines(hit: QuoteHit) -> str:
        cue = f" ({hit.cue}{', ' + hit.cue_class if hit.cue_class else ''})" if hit.cue else ""
        return (f"{hit.published or '----------'}  {hit.source or hit.article_id}  {hit.quote_id} {hit.kind}\n"
                f"    {hit.speaker or 'unknown speaker'} [{hit.speaker_kind}]{cue}: {hit.content[:200]}\n"
                f"    via {' → '.join(hit.chain)}")

    out.emit(found, QuoteHit, lines, lambda n: f"{n} quote(s)")


@main.command()
@click.option("--db", required=True, help="SQLite file or postgresql:// URL written by 'dateline analyze --db'.")
@click.option("--status", type=click.Choice(["attributed", "anonymous", "agentless", "unattributed"]))
@click.option("--kind", type=click.Choice(["factual", "opinion", "speculation", "characterisation", "question"]))
@click.option("--finding", help="Only claims with this finding, e.g. claim_exceeds_source.")
@listing(limits.CLAIMS, "claims", maximum=100_000)
def claims(db: str, status: str | None, kind: str | None, finding: str | None, out: Output) -> None:
    """Claims across the store, most check-worthy first.

    \b
    Examples:
      dateline claims --status unattributed --kind factual --db news.db
      dateline claims --finding claim_exceeds_source --db news.db
    """
    with Corpus(db, readonly=True) as corpus:
        found = corpus.claims(status, kind, finding, out.ask)

    def lines(hit: ClaimHit) -> str:
        source = f" ← {hit.attributed_to}" if hit.attributed_to else ""
        flags = f"  [{', '.join(hit.findings)}]" if hit.findings else ""
        return (f"{hit.checkworthy or 0:.2f}  {hit.kind:<16} {hit.status:<12}{source}{flags}\n"
                f"      {hit.text[:220]}\n"
                f"      {hit.published or '----------'}  {hit.source or hit.article_id} {hit.claim_id}")

    out.emit(found, ClaimHit, lines, lambda n: f"{n} claim(s)")


@main.command()
@click.option("--db", required=True, help="SQLite file or postgresql:// URL written by 'dateline analyze --db'.")
@click.option("--format", "form", type=click.Choice(["jsonl", "csv", "gdelt"]), default="jsonl", show_default=True,
              help="gdelt: GDELT 2.0 event columns, tab-separated (mapping in dateline/export.py).")
@click.option("--category", help="Only this category (PLOVER: CONSULT, ASSAULT, …; own: ACCIDENT, ELECTION, …).")
@click.option("--modality", help="Only this modality (happened, planned, blocked, hypothetical, …).")
@listing(limits.EVENTS, "events")
def events(db: str, form: str, category: str | None, modality: str | None, out: Output) -> None:
    """Events across the store, in date order, as JSON Lines (the default), a JSON array, CSV or GDELT rows.

    --json, --jsonl and --csv are the same as on every listing; --format also offers gdelt.
    """
    from .export import csv_lines, gdelt, jsonl

    ctx = click.get_current_context()
    if out.form != "text" and ctx.get_parameter_source("form") is click.core.ParameterSource.COMMANDLINE:
        raise click.UsageError(f"--format and --{out.form} cannot be used together: choose one output format")
    with Corpus(db, readonly=True) as corpus:
        rows = corpus.events(category, modality, out.ask)
    if out.form != "text":
        out.emit(rows, EventRow, str)
        return
    writer = {"jsonl": jsonl, "csv": csv_lines, "gdelt": gdelt}[form]
    for line in writer(rows[:out.limit]):
        click.echo(line)
    out.say_if_cut(rows)


@main.group(name="eval")
def evaluate() -> None:
    """Measure accuracy against public gold sets."""


@evaluate.command("extract")
@click.option("--gold", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of the article-extraction-benchmark (ground-truth.json + html/).")
def evaluate_extract(gold: Path) -> None:
    """HTML → body text: token P/R/F1 of dateline's HTML ingest and of plain trafilatura, same run."""
    from .evaluation.extraction import evaluate as run

    click.echo(f"{'system':<14}{'pages':>6}{'precision':>11}{'recall':>9}{'F1':>8}")
    for score in run(gold):
        click.echo(f"{score.system:<14}{score.pages:>6}{score.precision:>11.3f}{score.recall:>9.3f}{score.f1:>8.3f}")


class _Scored(Protocol):
    """What a row of scores offers: every evaluation's result records fit it."""

    @property
    def gold(self) -> int: ...

    @property
    def predicted(self) -> int: ...

    @property
    def precision(self) -> float: ...

    @property
    def recall(self) -> float: ...

    @property
    def f1(self) -> float: ...


def _score_table(rows: Iterable[tuple[Sequence[str], _Scored, Sequence[float]]], labels: Sequence[tuple[str, int]] = (),
                 extras: Sequence[tuple[str, int]] = (), counts: tuple[str, str] = ("gold", "found")) -> None:
    """The one layout every evaluation prints: label columns, counts, P/R/F1, then any extra measures."""
    click.echo("".join(f"{name:<{width}}" for name, width in labels) + f"{counts[0]:>7}{counts[1]:>7}"
               f"{'precision':>11}{'recall':>9}{'F1':>8}" + "".join(f"{name:>{width}}" for name, width in extras))
    for cells, score, values in rows:
        click.echo("".join(f"{cell:<{width}}" for cell, (_, width) in zip(cells, labels, strict=True))
                   + f"{score.gold:>7}{score.predicted:>7}{score.precision:>11.3f}{score.recall:>9.3f}{score.f1:>8.3f}"
                   + "".join(f"{value:>{width}.3f}" for value, (_, width) in zip(values, extras, strict=True)))


@evaluate.command("entities")
@click.option("--gold", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="CoNLL-2003-format file (TOKEN … NER-TAG per line, IOB1/IOB2, -DOCSTART- between documents).")
def evaluate_entities(gold: Path) -> None:
    """Entity recognition: exact-span P/R/F1 per type for dateline and the bare spaCy model, same run."""
    from .evaluation.entities import evaluate as run

    _score_table((([r.system, r.type], r, []) for r in run(gold)), labels=[("system", 14), ("type", 13)])


@evaluate.command("mentions")
@click.option("--gold", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of GUM-style CoNLL-U files with Entity= mentions (e.g. GUM's news documents).")
def evaluate_mentions(gold: Path) -> None:
    """Named person/organisation/place mentions (dateline and bare spaCy, same run) and he/she links on real news."""
    from .evaluation.mentions import evaluate as run

    _score_table((([r.system, r.measure], r, []) for r in run(gold)), labels=[("system", 14), ("measure", 22)])


@evaluate.command("quotes")
@click.option("--gold", required=True, type=click.Path(exists=True, path_type=Path),
              help="PolNeAR folder (text/ + attributions/ BRAT files) or a JSON Lines gold file (see docs).")
def evaluate_quotes(gold: Path) -> None:
    """Quotes: content and speaker P/R/F1 (exact and overlap), direct quotes and all attributions."""
    from .evaluation.quotes import evaluate as run

    _score_table((([r.system, r.subset, r.measure], r, []) for r in run(gold)),
                 labels=[("system", 10), ("subset", 8), ("measure", 17)])


@evaluate.command("reading")
@click.option("--gold", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Hand reading, JSON Lines (format in tests/real/README.md).")
@click.option("--texts", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder the reading's article paths are relative to (e.g. ../shared/eval).")
def evaluate_reading(gold: Path, texts: Path) -> None:
    """Real articles read by hand: quotes, speakers and their kinds, claim statuses, findings.

    \b
    Example:
      dateline eval reading --gold tests/real/reading-dev.jsonl --texts ../shared/eval
    """
    from .evaluation.reading import evaluate as run

    _score_table((([r.measure], r, []) for r in run(gold, texts)), labels=[("measure", 18)])


@evaluate.command("claims")
@click.option("--gold", required=True, type=click.Path(exists=True, path_type=Path),
              help="CheckThat! 2019 folder, CheckThat! 2020 TSV, or ClaimBuster JSON.")
def evaluate_claims(gold: Path) -> None:
    """Check-worthiness: P/R/F1 of the positive class at the threshold and mean average precision."""
    from .evaluation.claims import evaluate as run
    from .evaluation.claims import threshold

    score = run(gold)
    _score_table([([str(score.documents)], score, [score.mean_average_precision])], labels=[("documents", 10)],
                 extras=[("MAP", 8)], counts=("positives", "flagged"))
    click.echo(f"(flagged: check-worthiness ≥ {threshold():.3f}, the shipped model's threshold)")


@evaluate.command("cues")
@click.option("--gold", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="SemEval-2020 Task 11 folder (dev-articles/ and dev-task-TC.labels).")
def evaluate_cues(gold: Path) -> None:
    """Persuasion spans: SemEval span-identification P/R/F1, overall and per technique dateline covers,
    for the lexicon cues shown by default and with the PTC-trained span model added."""
    from .evaluation.cues import evaluate as run

    _score_table((([system, r.technique], r, []) for system, r in run(gold)),
                 labels=[("system", 10), ("technique", 28)])


@evaluate.command("timex")
@click.option("--gold", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder of TimeML .tml files, read recursively (TempEval-3 TBAQ or platinum).")
def evaluate_timex(gold: Path) -> None:
    """Time expressions: strict and relaxed extraction F1, value and type F1, per-type value scores."""
    from .evaluation.timex import evaluate as run

    _score_table((([r.measure], r, []) for r in run(gold)), labels=[("measure", 22)])


@evaluate.command("events")
@click.option("--gold", required=True, type=click.Path(exists=True, path_type=Path),
              help="JSON Lines gold (format in dateline/evaluation/events.py), the PLOVER gold-standard "
                   "records folder, the PETRARCH-2 validation folder, or (with --cross-doc) the ECB+ folder.")
@click.option("--cross-doc", is_flag=True,
              help="Cross-document event linking on ECB+ (topics 1-35): CoNLL F1 beside a same-lemma baseline.")
def evaluate_events(gold: Path, cross_doc: bool) -> None:
    """Events: category, source and target against event-data gold, or triples, modality and date on JSON Lines.

    \b
      dateline eval events --gold ../shared/eval/plover-gsr
      dateline eval events --gold ../shared/eval/petrarch2-validation
      dateline eval events --gold ../shared/eval/ecbplus --cross-doc
    """
    if cross_doc:
        from .evaluation.crossdoc import evaluate_crossdoc

        click.echo(f"{'system':<12} {'mentions':>8} {'clusters':>8} {'MUC':>6} {'B3':>6} {'CEAF-e':>6} {'CoNLL':>6}"
                   f" {'found':>6}")
        for linked in evaluate_crossdoc(gold):
            f = linked.score
            click.echo(f"{linked.system:<12} {linked.mentions:>8} {linked.clusters:>8} {f.muc.f1:>6.3f} "
                       f"{f.b_cubed.f1:>6.3f} {f.ceaf_e.f1:>6.3f} {f.conll:>6.3f} {linked.found:>6.3f}")
        return
    if gold.is_dir() and any(gold.glob("*.xml")):
        from .evaluation.plover import evaluate_petrarch

        found = evaluate_petrarch(gold)
        click.echo(f"{'codings':>8} {'root':>7} {'root+source+target':>19}")
        click.echo(f"{found.codings:>8} {found.root_accuracy:>7.3f} {found.full_accuracy:>19.3f}")
        return
    if gold.is_dir():
        from .evaluation.plover import evaluate_gsr

        click.echo(f"{'system':<17} {'sentences':>9} {'P':>6} {'R':>6} {'any R':>6} {'source':>7} {'target':>7} "
                   f"{'sector':>7}")
        for row in evaluate_gsr(gold):
            click.echo(f"{row.system:<17} {row.sentences:>9} {row.precision:>6.3f} {row.recall:>6.3f} "
                       f"{row.any_recall:>6.3f} {row.source_accuracy:>7.3f} {row.target_accuracy:>7.3f} "
                       f"{row.sector_accuracy:>7.3f}")
        return
    from .evaluation.events import evaluate as run

    score = run(gold)
    _score_table([([], score, [score.modality_accuracy, score.date_accuracy])],
                 extras=[("modality", 10), ("date", 8)])


@evaluate.command("factuality")
@click.option("--gold", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="MEANTIME CAT XML folder (read recursively), e.g. ../shared/eval/meantime-en.")
def evaluate_factuality(gold: Path) -> None:
    """Event modality against MEANTIME factuality: coverage, then 4-class accuracy beside a cue-lexicon baseline.

    \b
    Classes (mapping in dateline/evaluation/factuality.py): factual, future, uncertain, negated.
    matched:  gold mentions a dateline event's trigger overlaps; all gold: every classed gold mention,
              dateline's modality reader applied to the gold trigger.
      dateline eval factuality --gold ../shared/eval/meantime-en
    """
    from .evaluation.factuality import CLASSES, HELD_OUT
    from .evaluation.factuality import evaluate as run

    report = run(gold)
    click.echo(f"documents {report.documents} ({len(HELD_OUT)} held-out MEANTIME documents left out); "
               f"gold mentions {report.mentions}; dateline events {report.events}")
    click.echo(f"coverage {report.coverage:.3f} ({report.matched} of {report.mentions} gold mentions under an event "
               f"trigger); {report.events_matched} of {report.events} events on a gold mention")
    click.echo(f"{'system':<17}{'over':<10}{'scored':>7}{'right':>7}{'accuracy':>10}{'macro-F1':>10}")
    for row in report.scores:
        click.echo(f"{row.system:<17}{row.subset:<10}{row.scored:>7}{row.right:>7}{row.accuracy:>10.3f}"
                   f"{row.macro_f1:>10.3f}")
    for row in report.scores:
        if row.system == "all factual":
            continue
        click.echo(f"\n{row.system}, {row.subset} (rows gold, columns predicted)")
        click.echo(f"{'':<11}" + "".join(f"{name:>11}" for name in CLASSES))
        for name in CLASSES:
            click.echo(f"{name:<11}" + "".join(f"{row.confusion.get((name, p), 0):>11}" for p in CLASSES))


@evaluate.command("places")
@click.option("--gold", required=True, type=click.Path(exists=True, path_type=Path),
              help="GeoWebNews: GWN.xml or the folder holding it.")
def evaluate_places(gold: Path) -> None:
    """Place resolution: accuracy@161 km, mean and median error in km, beside a population-prior baseline.

    \b
    found:      gold toponyms a dateline place mention overlaps (recall = found / gold), as resolved;
    gold spans: every gold toponym's own words, resolved against the article's context.
    acc@161: chosen point within 161 km of gold; same id: the gold GeoNames entry was chosen;
    acc|id: either of the two.
    """
    from .evaluation.places import evaluate as run

    click.echo(f"{'system':<12}{'spans':<12}{'subset':<13}{'gold':>6}{'found':>7}{'recall':>8}{'resolved':>10}"
               f"{'acc@161':>9}{'same id':>9}{'acc|id':>8}{'mean km':>9}{'median km':>11}")
    order = {"found": 0, "gold spans": 1, "dateline": 0, "population": 1, "all": 0, "literal": 1, "associative": 2}
    for r in sorted(run(gold), key=lambda r: (order[r.spans], order[r.subset], order[r.system])):
        click.echo(f"{r.system:<12}{r.spans:<12}{r.subset:<13}{r.gold:>6}{r.found:>7}{r.recall:>8.3f}{r.resolved:>10}"
                   f"{r.accuracy:>9.3f}{r.id_accuracy:>9.3f}{r.accuracy_with_ids:>8.3f}{r.mean_km:>9.0f}"
                   f"{r.median_km:>11.0f}")


# --- Corpus layer (issue 13, part C): timelines, the actor graph, outlet comparison ---------------------

def _selection(f: Any) -> Any:
    """--story / --articles / --query: the articles a corpus command works on."""
    f = click.option("--query", help="The articles a full-text search finds (FTS5 syntax, at most 500).")(f)
    f = click.option("--articles", "article_list", help="Article ids or paths, comma-separated.")(f)
    f = click.option("--story", help="A story id, as 'dateline stories' lists them.")(f)
    return click.option("--db", required=True,
                        help="SQLite file or postgresql:// URL written by 'dateline analyze --db'.")(f)


def _ids(value: str | None) -> list[str] | None:
    return [v.strip() for v in value.split(",") if v.strip()] if value else None


def _since(value: str | None) -> Any:
    from datetime import date

    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint="--since") from None


@main.command()
@_selection
@click.option("--actor", help="The events one actor (name or alias) takes part in, across the store.")
@click.option("--since", "since_text", help="Only events dated (or first reported) on or after this date.")
@click.option("--json", "as_json", is_flag=True, help="Print the timeline as one JSON object.")
def timeline(db: str, story: str | None, article_list: str | None, query: str | None, actor: str | None,
             since_text: str | None, as_json: bool) -> None:
    """Events of a story, an actor, listed articles or a search, merged across articles, in date order.

    \b
    Each entry: date, category, who acts on whom, modality (and how it changed: planned → blocked),
    the articles and quotes that report it; where articles disagree (date, modality, counts) both sides.
      dateline timeline --actor "Marta Kolin" --db news.db
      dateline timeline --query "Sorrel dam" --db news.db
    """
    if sum(bool(x) for x in (story, article_list, query, actor)) != 1:
        raise RefusedQuery("give exactly one of --story, --actor, --articles, --query")
    with Corpus(db, readonly=True) as corpus:
        try:
            found = corpus.timeline(story=story, actor=actor, articles=_ids(article_list), query=query,
                                    since=_since(since_text))
        except LookupError as error:
            raise NotFound(f"{actor}: no such actor in {shown(db)}") from error
        outlets = {a.article.id: (a.article.outlet, a.article.published) for a in corpus.store.analyses(found.articles)}
    if as_json:
        click.echo(json.dumps(to_json(found), ensure_ascii=False))
        return
    for entry in found.entries:
        who = " → ".join(x for x in (entry.source, entry.target) if x) or "(no actor)"
        changes = f" ({' → '.join(entry.history)})" if len(entry.history) > 1 else ""
        articles = len({s.article_id for s in entry.supports})
        click.echo(f"{entry.id:>4}  {entry.date or '----------'}  {entry.category:<11} {who}  "
                   f"{entry.modality}{changes}  [{articles} article(s)]")
        for support in entry.supports:
            outlet, published = outlets.get(support.article_id, (None, None))
            click.echo(f"        {published or '----------'} {outlet or support.article_id[:19]}: "
                       f"{support.sentence.text[:160]}")
        for disagreement in entry.disagreements:
            sides = " | ".join(f"{v.value} ({', '.join(v.outlets)})" for v in disagreement.variants)
            click.echo(f"        disagree on {disagreement.field}: {sides}")
    click.echo(f"{len(found.entries)} event(s) from {len(found.articles)} article(s)", err=True)


@main.command()
@_selection
@click.option("--actor", help="Only the edges touching this actor (name or alias).")
@click.option("--since", "since_text", help="Only what was observed on or after this date (YYYY-MM-DD).")
@click.option("--format", "form", type=click.Choice(["json", "graphml"]), default="json", show_default=True)
def graph(db: str, story: str | None, article_list: str | None, query: str | None, actor: str | None,
          since_text: str | None, form: str) -> None:
    """The actor graph: co-occurrence, who speaks of whom, who addresses whom, who acts on whom.

    \b
    Without a selection, the whole store. Edges carry a weight and their dates.
      dateline graph --actor "Marta Kolin" --since 2025-03-01 --format graphml --db news.db > kolin.graphml
    """
    from .corpus.graph import to_graphml, to_json_text

    if sum(bool(x) for x in (story, article_list, query, actor)) > 1:
        raise RefusedQuery("give at most one of --story, --actor, --articles, --query")
    with Corpus(db, readonly=True) as corpus:
        try:
            found = corpus.graph(actor=actor, since=_since(since_text), story=story, articles=_ids(article_list),
                                 query=query)
        except LookupError as error:
            raise NotFound(f"{actor}: no such actor in {shown(db)}") from error
    click.echo(to_graphml(found) if form == "graphml" else to_json_text(found), nl=False)
    click.echo(f"{len(found.nodes)} actor(s), {len(found.edges)} edge(s)", err=True)


@main.command()
@_selection
@click.option("--json", "as_json", is_flag=True, help="Print the comparison as one JSON object.")
def compare(db: str, story: str | None, article_list: str | None, query: str | None, as_json: bool) -> None:
    """Outlets side by side on one story: the points each carries and omits, its quotes and sources,
    its sourcing profile and loaded words per 1,000."""
    with Corpus(db, readonly=True) as corpus:
        found = corpus.compare(story=story, articles=_ids(article_list), query=query)
    if as_json:
        click.echo(json.dumps(to_json(found), ensure_ascii=False))
        return
    click.echo(f"{len(found.points)} point(s) from {len(found.articles)} article(s)")
    for point in found.points:
        click.echo(f"  {point.id:>4} [{', '.join(point.outlets)}] {point.text[:150]}")
    for view in found.outlets:
        profile = ", ".join(f"{k} {v:g}" for k, v in view.profile.items() if k in
                            ("attributed", "anonymous", "unattributed", "named_sources", "quoted_share"))
        click.echo(f"\n{view.outlet}: {len(view.articles)} article(s), {view.words} words, "
                   f"{view.loaded_per_1000:g} loaded per 1,000 ({view.loaded})")
        click.echo(f"  sourcing: {profile}")
        click.echo("  sources: " + ", ".join(f"{s.name} ×{s.quotes}" for s in view.sources[:12]))
        click.echo(f"  carries: {', '.join(view.includes) or '-'}")
        click.echo(f"  omits: {', '.join(view.omits) or '-'}")
# --- corpus layer, part A (issue 13): near-duplicates and quote propagation ---


def _corpus_for_index(db: str) -> Corpus:
    """The store, writable when it may be (the corpus indexes stored articles it has not indexed yet), else
    read-only (grouping what is indexed); a missing file is an error, never a new store."""
    if is_server_url(db):
        return Corpus(db)  # a server store: the server says what this user may write
    if not Path(db).exists() or not os.access(db, os.W_OK):
        return Corpus(db, readonly=True)
    return Corpus(db)


@main.command()
@click.option("--db", required=True, help="SQLite file or postgresql:// URL written by 'dateline analyze --db'.")
@click.option("--threshold", default=0.6, show_default=True, type=click.FloatRange(0.3, 1.0),
              help="Share of the shorter article's word 4-shingles found in the other (estimated by MinHash).")
@listing(None, "groups")
def dedup(db: str, threshold: float, out: Output) -> None:
    """Copies and near-copies: groups of articles with (nearly) the same body, the earliest published first.

    \b
    Wire copy republished with a new headline, light edits or trimmed paragraphs groups under the original;
    each copy shows its estimated similarity (Jaccard) and overlap with it. Articles stored before the index
    existed are indexed on the first run (that run writes to the store).
    Example:
      dateline dedup --db news.db --threshold 0.8
    """
    with _corpus_for_index(db) as corpus:
        groups = corpus.duplicates(threshold)

    def lines(group: DuplicateGroup) -> str:
        first = group.original
        text = (f"{first.published or '----------'}  {first.outlet or '-'}  {first.title or first.article_id}"
                f"  [original] {first.source or first.article_id}")
        for copy in group.copies:
            text += (f"\n    {copy.published or '----------'}  {copy.outlet or '-'}  similarity {copy.similarity:.2f}"
                     f"  overlap {copy.overlap:.2f}  {copy.title or copy.article_id}"
                     f"  {copy.source or copy.article_id}")
        return text

    listed = groups[:out.limit]
    out.emit(groups, DuplicateGroup, lines,
             lambda n: f"{n} duplicate group(s), {sum(len(g.copies) for g in listed)} copies")


@main.command()
@click.option("--db", required=True, help="SQLite file or postgresql:// URL written by 'dateline analyze --db'.")
@click.option("--min-articles", default=2, show_default=True, type=click.IntRange(2, 100_000),
              help="Only quotes found in at least this many articles.")
@click.option("--speaker", help="Only quotes by this speaker (part of the name is enough).")
@listing(None, "quotes")
def propagation(db: str, min_articles: int, speaker: str | None, out: Output) -> None:
    """How quotes spread: the same quote (same or nearly the same words) across articles, first appearance
    first, each later one with the outlets it names as its source and the article it took the quote from.

    \b
    "via" lists what the text says: the chain ("according to Reuters") and whom the speaker told ("told the
    BBC"); "←" names the earlier article by that outlet when it is in the store.
    Example:
      dateline propagation --db news.db --speaker Mutua
    """
    with Corpus(db, readonly=True) as corpus:
        spreads = corpus.quote_spread(min_articles, speaker)

    def lines(spread: QuoteSpread) -> str:
        text = f"{spread.articles} articles  {spread.speaker or 'unknown speaker'}: \"{spread.text[:160]}\""
        for n, seen in enumerate(spread.appearances):
            where = seen.outlet or seen.source or seen.article_id
            line = f"    {seen.published or '----------'}  {where}  {seen.quote_id}"
            line += "  first appearance" if n == 0 else f"  similarity {seen.similarity:.2f}"
            if seen.via:
                line += "  via " + ", ".join(seen.via)
            if seen.took_from:
                origin = next(a for a in spread.appearances if a.article_id == seen.took_from)
                line += f" ← {origin.outlet or origin.source or origin.article_id} ({origin.published or '?'})"
            text += "\n" + line
        return text

    out.emit(spreads, QuoteSpread, lines, lambda n: f"{n} quote(s) in more than one article")


# --- issue 13 (B): stories ---


@main.command()
@click.option("--db", required=True, help="SQLite file or postgresql:// URL written by 'dateline analyze --db'.")
@click.option("--min-size", default=1, show_default=True, type=click.IntRange(1, 1_000_000),
              help="Only stories of at least this many articles.")
@click.option("--rebuild", is_flag=True, help="Forget the stored stories and place every article again.")
@click.option("--no-update", is_flag=True, help="List the stories as stored (read-only; new articles stay unplaced).")
@listing(limits.STORIES, "stories", maximum=1_000_000)
def stories(db: str, min_size: int, rebuild: bool, no_update: bool, out: Output) -> None:
    """Stories: articles that report the same event or developing story, largest first.

    Articles not yet in a story are placed first (each joins the story it is most like or opens one), so
    the command writes to the store unless --no-update.

    \b
    Examples:
      dateline stories --db news.db --min-size 3
      dateline story 12 --db news.db             why each article joined story 12
    """
    with Corpus(db, readonly=no_update) as corpus:
        if rebuild and not no_update:
            corpus.update_stories(rebuild=True)
        found = corpus.stories(out.ask, min_size)
    out.emit(found, Story,
             lambda story: f"{story.id:>6}  {story.size:>5} article(s)  {_span(story.first, story.last):<23}  "
                           f"{story.label}",
             lambda n: f"{n} story(ies)")


def _span(first: str | None, last: str | None) -> str:
    if not first:
        return "undated"
    return first[:10] if not last or last[:10] == first[:10] else f"{first[:10]} … {last[:10]}"


@main.command()
@click.argument("story_id", type=int)
@click.option("--db", required=True, help="SQLite file or postgresql:// URL written by 'dateline analyze --db'.")
@click.option("--json", "as_json", is_flag=True,
              help="Print the story as JSON, with its timeline and outlet comparison under 'timeline' and "
                   "'comparison'.")
def story(story_id: int, db: str, as_json: bool) -> None:
    """One story: label, span, its articles with the scores that explain why each joined, then its
    timeline and how its outlets compare (in full: 'dateline timeline --story ID', 'dateline compare --story ID').
    """
    with Corpus(db, readonly=True) as corpus:
        found = corpus.story(story_id)
        if found is None:
            raise NotFound(f"{story_id}: no such story in {shown(db)} "
                           f"('dateline stories --db {shown(db)}' places new articles)")
        events = corpus.timeline(story=str(story_id))
        sides = corpus.compare(story=str(story_id))
    if as_json:
        record = to_json(found)
        record["timeline"], record["comparison"] = to_json(events), to_json(sides)
        click.echo(json.dumps(record, ensure_ascii=False))
        return
    click.echo(f"story {found.id}: {found.label}")
    click.echo(f"  {_span(found.first, found.last)}, {found.size} article(s)")
    for member in found.articles:
        name = member.title or member.source or member.article_id
        click.echo(f"  {member.published or '----------':<10.10}  {member.outlet or '':<16.16}  {name[:90]}")
        if member.opened:
            click.echo("      opened the story")
            continue
        parts = ", ".join(f"{block} {value:.2f}" for block, value in member.scores.items())
        click.echo(f"      joined: score {member.score:.2f} ({parts}; time {member.time:.2f})")
        for kind, names in (("actors", member.shared_actors), ("places", member.shared_places),
                            ("events", member.shared_events)):
            if names:
                click.echo(f"      shared {kind}: {', '.join(names)}")
    _story_timeline(events, story_id)
    _story_outlets(sides)


STORY_EVENTS = 12
"""Timeline entries 'dateline story' shows; the rest are counted ('dateline timeline --story' lists all)."""


def _story_timeline(events: Any, story_id: int) -> None:
    """The story's timeline, one line an event: date, category, who acts on whom, modality and its history."""
    click.echo(f"\ntimeline: {len(events.entries)} event(s)")
    for entry in events.entries[:STORY_EVENTS]:
        who = " → ".join(x for x in (entry.source, entry.target) if x) or "(no actor)"
        history = " → ".join(entry.history) if len(entry.history) > 1 else entry.modality
        count = len({s.article_id for s in entry.supports})
        disputed = f"; disputed: {', '.join(d.field for d in entry.disagreements)}" if entry.disagreements else ""
        click.echo(f"  {entry.date or '----------':<10}  {entry.category:<11} {who[:60]}  {history}  "
                   f"[{count} article(s){disputed}]")
    if len(events.entries) > STORY_EVENTS:
        click.echo(f"  … {len(events.entries) - STORY_EVENTS} more: dateline timeline --story {story_id}")


def _story_outlets(sides: Any) -> None:
    """Each outlet in one line: articles, the points it carries and omits, its main sources, loaded words."""
    click.echo(f"\noutlets: {len(sides.outlets)}, {len(sides.points)} factual point(s)")
    for view in sides.outlets:
        sources = ", ".join(f"{s.name} ×{s.quotes}" for s in view.sources[:4]) or "-"
        click.echo(f"  {view.outlet[:24]:<24}  {len(view.articles)} article(s), carries {len(view.includes)}, "
                   f"omits {len(view.omits)}, loaded {view.loaded_per_1000:g}/1,000; sources: {sources}")


@evaluate.command("stories")
@click.option("--gold", required=True, type=click.Path(exists=True, path_type=Path),
              help="ECB+ folder (../shared/eval/ecbplus), the UCI news-aggregator CSV or its folder, or the eval "
                   "folder holding both.")
@click.option("--db", "cache", type=click.Path(dir_okay=False, path_type=Path),
              help="Keep the gold articles' analyses in this store, so a second run skips the analysis.")
@click.option("--grid", is_flag=True, help="Also print the parameter grid the shipped parameters were picked from.")
def evaluate_stories(gold: Path, cache: Path | None, grid: bool) -> None:
    """Story clustering: B-cubed and pairwise P/R/F1 and cluster counts, beside a TF-IDF single-pass baseline.

    \b
    ECB+ development topics 1–35 (gold story: topic + ecb/ecbplus); UCI headlines shuffled with a fixed seed.
      dateline eval stories --gold ../shared/eval/ecbplus
      dateline eval stories --gold ../shared/eval/uci-news-aggregator-head
    """
    from .evaluation.stories import evaluate as run

    click.echo(f"{'set':<10}{'system':<22}{'items':>6}{'gold':>6}{'found':>6}{'B3 P':>7}{'B3 R':>7}{'B3 F1':>7}"
               f"{'pair P':>8}{'pair R':>8}{'pair F1':>8}")
    for row in run(gold, cache, grid=grid):
        s = row.score
        click.echo(f"{row.set:<10}{row.system:<22}{s.items:>6}{s.gold_clusters:>6}{s.clusters:>6}"
                   f"{s.b3_precision:>7.3f}{s.b3_recall:>7.3f}{s.b3_f1:>7.3f}{s.pair_precision:>8.3f}"
                   f"{s.pair_recall:>8.3f}{s.pair_f1:>8.3f}")


# --- issue 14: the REST API and the web reader ---


@main.command()
@click.option("--db", help="SQLite store to serve (read; written only by POST /api/analyze?store=true with the token). "
                           "Without it, only POST /api/analyze answers.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but loopback makes the server reachable from the network.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="0: any free port.")
@click.option("--token-env", default="DATELINE_TOKEN", show_default=True, metavar="VAR",
              help="Environment variable holding the token writing requests must send (Authorization: Bearer …); "
                   "unset or empty: writing is refused.")
@click.option("--max-upload", default=5_000_000, show_default=True, type=click.IntRange(1),
              help="Bytes a request body may carry (413 above).")
@click.option("--max-seconds", default=MAX_SECONDS, show_default=True, type=click.FloatRange(min=0, min_open=True),
              help="Analysis time budget for one posted article.")
@click.option("--max-chars", default=MAX_CHARS, show_default=True, type=click.IntRange(min=1),
              help="Characters a posted article may have.")
def serve(db: str | None, host: str, port: int, token_env: str, max_upload: int, max_seconds: float,
          max_chars: int) -> None:
    """Serve the store over HTTP: the REST API under /api (spec: /openapi.json) and the web reader at /.

    \b
    Examples:
      dateline serve --db news.db                         http://127.0.0.1:8000/
      DATELINE_TOKEN=s3cret dateline serve --db news.db   POST /api/analyze?store=true may write
      curl 'http://127.0.0.1:8000/api/search?q=strike'
    """
    import socket

    import uvicorn

    from .web import create_app
    from .web.hosts import allowed_for

    if db is not None:
        Corpus(db, readonly=True).close()  # a missing or foreign store fails here, with its one-line error
    token = os.environ.get(token_env) or None
    app = create_app(db, token=token, max_upload=max_upload, max_seconds=max_seconds, max_chars=max_chars,
                     allowed_hosts=allowed_for(host))
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listener.bind((host, port))
    except OSError as error:
        listener.close()
        raise RefusedQuery(f"cannot listen on {host}:{port}: {error.strerror or error}") from None
    bound = listener.getsockname()[1]
    where = f"[{host}]" if ":" in host else host
    served = shown(db) if db else "(no store)"
    click.echo(f"dateline: serving {served} at http://{where}:{bound}/ (API: /api, spec: /openapi.json); "
               f"writing {'needs the token in $' + token_env if token else 'disabled (no token)'}; Ctrl-C stops",
               err=True)
    if host not in ("127.0.0.1", "::1", "localhost"):
        click.echo(f"dateline: warning: listening on {host}, reachable from other machines", err=True)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    server.run(sockets=[listener])


# --- issue 15: Spark batch mode ---


@main.command(name="spark")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--output", "-o", required=True, help="Directory for the Parquet tables (created; must be empty).")
@click.option("--db", help="Also load the analyses into this store (as 'dateline analyze --db' stores them).")
@click.option("--master", help="Spark master URL (default local[*]; under spark-submit, its --master).")
@click.option("--partitions", type=click.IntRange(1, 1_000_000),
              help="Analysis tasks (default: 4 per core). Each writes one file per table.")
@click.option("--outlet", help="Outlet name for articles whose input does not state one.")
@click.option("--overwrite", is_flag=True, help="Replace the tables of an earlier run in --output.")
@click.option("--corpus", "with_corpus", is_flag=True,
              help="Then group near-duplicates and stories from the tables (tables duplicates, stories, "
                   "story_members; read a batch at a time by this process).")
@click.option("--max-seconds", default=MAX_SECONDS, show_default=True, type=click.FloatRange(min=0, min_open=True),
              help="Time budget per article; an article over it is a reject and the job goes on.")
@click.option("--max-chars", default=MAX_CHARS, show_default=True, type=click.IntRange(min=1),
              help="Size budget per article (characters of text).")
def spark(inputs: tuple[str, ...], output: str, db: str | None, master: str | None, partitions: int | None,
          outlet: str | None, overwrite: bool, with_corpus: bool, max_seconds: float, max_chars: int) -> None:
    """Analyse inputs on Spark: text, JSONL, HTML or WARC files and directories, written as Parquet tables.

    \b
    The pipeline is the one 'dateline analyze' runs, once per partition; the tables (articles, actors,
    mentions, quotes, claims, cues, events, times, rejects) are described in docs/parquet.md. Inputs must be
    paths every executor can read (local mode: any path). Bad records go to the rejects table; the job goes on.
    Exit status 1 when any input was rejected.
    Examples:
      dateline spark crawl/ --output out/ --master local[2]
      spark-submit --master yarn "$(python -c 'import dateline.spark.__main__ as m; print(m.__file__)')" \\
          /shared/warc/ --output /shared/out/
    """
    from .spark.job import OutputExists, prepare_output, run_job
    from .spark.session import SparkUnavailable, start

    try:
        prepare_output(output, overwrite)  # before Spark starts: a refused output costs no JVM
        session = start(master)
    except OutputExists as error:
        raise MissingInput(str(error)) from error
    except SparkUnavailable as error:
        raise MissingInput(str(error)) from error
    try:
        report = run_job(session, inputs, output, outlet=outlet, budget=Budget(max_seconds, max_chars),
                         partitions=partitions)
    except ValueError as error:
        raise MissingInput(str(error)) from error
    finally:
        session.stop()
    _spark_rejects(report.output, report.rejects)
    rate = report.articles / report.seconds if report.seconds else 0.0
    click.echo(f"dateline: {report.articles} analysed, {report.rejects} rejected → {report.output} "
               f"({report.partitions} partitions, {report.seconds:.1f} s, {rate:.1f} articles/s)", err=True)
    if with_corpus:
        from .corpus.parquet import write_corpus_tables

        made = write_corpus_tables(report.output)
        click.echo(f"dateline: {made.groups} duplicate group(s) ({made.copies} copies), {made.stories} stories "
                   f"→ {report.output}/duplicates, stories, story_members", err=True)
    if db:
        from .spark.load import to_store

        loaded = to_store(report.output, db)
        click.echo(f"dateline: {loaded.stored} stored, {len(loaded.rejects)} rejects kept → {shown(db)}", err=True)
    if report.rejects:
        sys.exit(EXIT_REJECTS)


def _spark_rejects(output: str, count: int, first: int = 20) -> None:
    """The first rejects, one line each as 'dateline analyze' prints them; the rest are in the rejects table."""
    from .parquet.reader import rejects

    for number, (reject, _article_id, _stage) in enumerate(rejects(output)):
        if number == first:
            click.echo(f"dateline: … and {count - first} more rejects in {output}/rejects", err=True)
            break
        click.echo(f"dateline: rejected {reject.source}: {reject.reason}", err=True)


def _debug_everywhere(group: click.Group) -> None:
    """'--debug' after the command name too, where users type it ('dateline analyze x --debug')."""
    for command in group.commands.values():
        command.params.append(click.Option(["--debug"], is_flag=True, expose_value=False, is_eager=True,
                                           hidden=True, callback=_set_debug))
        if isinstance(command, click.Group):
            _debug_everywhere(command)


_debug_everywhere(main)

if __name__ == "__main__":
    main()

"""Issue 12: `dateline collect` against a synthetic news site on 127.0.0.1 (tests/collect/site.py).

Every behaviour is measured on the server side (its request log): what was fetched, how often, how
far apart, with which validators. No test reaches any address but 127.0.0.1 (conftest enforces it).
"""

from __future__ import annotations

import itertools
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from dateline.cli import main
from dateline.collect import Collector, Fetcher, Politeness, Source
from dateline.engine import Corpus
from dateline.model import Analysis, Reject

from .site import Site, start

FAST = ["--rate", "0.01", "--timeout", "1", "--retries", "0", "--max-bytes", "100000",
        "--user-agent-contact", "desk@example.org"]
ARTICLE_PATHS = ["/news/port-strike", "/news/bridge-vote", "/news/rail-deal", "/news/quiet-harbor"]


def collect(*args: str) -> Result:
    return CliRunner().invoke(main, ["collect", *args], catch_exceptions=False)


def sources(site: Site) -> list[str]:
    """The homepage (its RSS feed found from <link rel=alternate>), the Atom feed and the news sitemap."""
    return ["--feed", site.url("/"), "--feed", site.url("/atom.xml"), "--sitemap", site.url("/news-sitemap.xml")]


@dataclass
class Collected:
    site: Site
    db: Path
    warc: Path
    result: Result
    first: int  # requests the first run made


@pytest.fixture(scope="module")
def collected(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Collected]:
    """One first run over the whole site, shared by the tests that only read what it did."""
    site = Site()
    server = start(site)
    folder = tmp_path_factory.mktemp("collected")
    db, warc = folder / "news.db", folder / "crawl.warc.gz"
    result = collect(*sources(site), "--db", str(db), "--warc", str(warc), *FAST)
    yield Collected(site, db, warc, result, len(site.hits))
    server.shutdown()
    server.server_close()


def test_first_run_collects_every_article_once(collected: Collected) -> None:
    site = collected.site
    fetched = Counter(h.path for h in site.requests() if h.status == 200)
    assert all(fetched[path] == 1 for path in ARTICLE_PATHS), fetched
    with Corpus(collected.db, readonly=True) as corpus:
        assert len(corpus) == 4
        stored = {corpus.get(site.url(path)).article.url for path in ARTICLE_PATHS}  # type: ignore[union-attr]
        assert stored == {site.url(path) for path in ARTICLE_PATHS}
        # the same story under another URL is one article, found by either URL
        copy = corpus.get(site.url("/wire/port-strike-syndicated"))
        assert copy is not None and copy.article.url == site.url("/news/port-strike")
    # a progress line per source, and status 1 because some pages were rejected
    assert collected.result.exit_code == 1
    lines = [line for line in collected.result.output.splitlines() if line.startswith(("dateline: feed",
                                                                                       "dateline: sitemap"))]
    assert len(lines) == 3
    assert "2 new" in lines[0] and "1 duplicate" in lines[0]
    assert "1 new" in lines[1] and "1 known" in lines[1]  # the dock story was already fetched from the RSS feed


def test_redirect_chain_followed_and_recorded(collected: Collected) -> None:
    site = collected.site
    assert site.paths()[:collected.first].count("/old/bridge-vote") == 1
    with Corpus(collected.db, readonly=True) as corpus:
        row = corpus.store.connection.execute("SELECT final_url, redirects FROM collect_urls WHERE url = ?",
                                              (site.url("/old/bridge-vote"),)).fetchone()
    assert row[0] == site.url("/news/bridge-vote")
    assert [(hop[1], hop[2]) for hop in json.loads(row[1])] == [(301, site.url("/moved/bridge-vote")),
                                                                (302, site.url("/news/bridge-vote"))]


def test_metadata_from_page_then_feed_then_domain(collected: Collected, tmp_path: Path) -> None:
    site = collected.site
    with Corpus(collected.db, readonly=True) as corpus:
        dock = corpus.get(site.url("/news/port-strike"))
        quiet = corpus.get(site.url("/news/quiet-harbor"))
    assert dock is not None and quiet is not None
    # the page's own metadata wins
    assert (dock.article.title, dock.article.author, dock.article.outlet, dock.article.published,
            dock.article.language) == ("Dock strike ends at Rotterdam port", "Staff Reporter", "Harbor Wire",
                                       "2024-05-02", "en")
    # a page that names no outlet or date: the news sitemap's publication name and date fill in
    assert quiet.article.outlet == "Harbor Wire Malta"
    assert quiet.article.published == "2024-05-04T18:00:00Z"
    # no page, feed or sitemap names it: the outlet is the domain (and a gzip-encoded page reads as any)
    db = tmp_path / "one.db"
    assert collect("--url", site.url("/news/gzip"), "--db", str(db), *FAST).exit_code == 0
    with Corpus(db, readonly=True) as corpus:
        ferry = corpus.get(site.url("/news/gzip"))
    assert ferry is not None and ferry.article.outlet == "127.0.0.1" and "ferry crews" in ferry.article.text


def test_bad_responses_become_rejects_with_reasons(collected: Collected) -> None:
    site = collected.site
    with Corpus(collected.db, readonly=True) as corpus:
        reasons = {r.source.removeprefix(site.base): r.reason for r in corpus.rejects()}
    assert reasons["/tag/harbour"].startswith("not an article URL (tag")
    assert reasons["/"].startswith("not an article URL (a site's front page")  # the RSS channel's own link
    assert reasons["/world"].startswith("section or tag page")
    assert reasons["/video/harbour-tour"].startswith("video page")
    assert reasons["/live/election-night"].startswith("live blog")
    assert reasons["/news/budget-premium"].startswith("paywall stub")
    assert reasons["/news/missing"] == "HTTP 404"
    assert reasons["/news/huge"].startswith("over the size cap")
    assert reasons["/private/leaked-memo"] == "disallowed by robots.txt"
    for path in ("/news/budget-premium", "/world", "/video/harbour-tour"):
        assert f"rejected {site.url(path)}: " in collected.result.output


def test_robots_disallow_holds(collected: Collected) -> None:
    paths = collected.site.paths()
    assert paths[0] == "/robots.txt"
    assert not any(path.startswith("/private/") for path in paths)


def test_user_agent_names_tool_and_contact(collected: Collected) -> None:
    agents = {h.user_agent for h in collected.site.requests()}
    assert len(agents) == 1
    agent = agents.pop() or ""
    assert agent.startswith("dateline/") and "desk@example.org" in agent


def test_second_run_fetches_nothing_new(collected: Collected, tmp_path: Path) -> None:
    site = collected.site
    before = len(site.hits)
    result = collect(*sources(site), "--db", str(collected.db), *FAST)
    assert result.exit_code == 0, result.output
    again = site.requests(before)
    # only robots.txt (a new process) and the sources, each answering 304 to its ETag
    assert [h.path for h in again if h.path != "/robots.txt"] == ["/", "/feed.xml", "/atom.xml", "/news-sitemap.xml"]
    assert all(h.status == 304 and h.if_none_match for h in again if h.path != "/robots.txt")
    assert result.output.count("not modified since the last run") == 3
    with Corpus(collected.db, readonly=True) as corpus:
        assert len(corpus) == 4


def test_warc_reanalyses_offline_to_the_same_records(collected: Collected) -> None:
    offline = CliRunner().invoke(main, ["analyze", str(collected.warc), "--json"], catch_exceptions=False)
    assert offline.exit_code == 0, offline.output
    replayed = {r["id"]: r for r in map(json.loads, offline.stdout.splitlines())}
    with Corpus(collected.db, readonly=True) as corpus:
        stored = {i: corpus.get(i) for i in corpus.store.ids()}
    assert set(replayed) == set(stored)
    for key, analysis in stored.items():
        assert analysis is not None
        want, got = analysis.to_json(), replayed[key]
        for record in (want, got):
            for volatile in ("source", "profile"):  # where it was read from, and how long it took
                record.pop(volatile)
        assert got == want


def test_changed_article_is_reanalysed_and_the_old_version_kept(site: Site, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    feed = ["--feed", site.url("/atom.xml"), "--db", str(db), *FAST]
    assert collect(*feed).exit_code == 0
    site.version = 2  # the rail story is updated: new text, a later <updated> in the feed
    before = len(site.hits)
    result = collect(*feed)
    assert result.exit_code == 0 and "1 changed" in result.output and "1 known" in result.output
    refetched = [h for h in site.requests(before) if h.path == "/news/rail-deal"]
    assert len(refetched) == 1 and refetched[0].if_none_match and refetched[0].status == 200
    url = site.url("/news/rail-deal")
    with Corpus(db, readonly=True) as corpus:
        versions = corpus.versions(url)
        assert len(versions) == 2 and len(corpus) == 3
        old, new = (corpus.get(v.article_id) for v in versions)
        current = corpus.get(url)
    assert old is not None and new is not None and current is not None
    assert "begin next year" in old.article.text and "1.2 billion" in new.article.text
    assert current.article.id == new.article.id
    listed = CliRunner().invoke(main, ["versions", url, "--db", str(db), "--jsonl"])
    assert [json.loads(line)["article_id"] for line in listed.stdout.splitlines()] == [v.article_id for v in versions]


def test_per_host_rate_limit_holds(site: Site, tmp_path: Path) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text("# wire stories\n" + "\n".join(site.url(p) for p in ARTICLE_PATHS) + "\n")
    started = time.monotonic()
    result = collect("--urls", str(urls), "--db", str(tmp_path / "news.db"), *FAST[2:], "--rate", "0.3",
                     "--concurrency", "4")
    assert result.exit_code == 0, result.output
    arrivals = [h.at for h in site.requests()]
    assert len(arrivals) == 5  # robots.txt and the four pages
    gaps = [b - a for a, b in itertools.pairwise(arrivals)]
    assert min(gaps) >= 0.29, gaps
    assert time.monotonic() - started < 15


def test_url_is_revalidated_with_a_conditional_get(site: Site, tmp_path: Path) -> None:
    args = ["--url", site.url("/news/port-strike"), "--db", str(tmp_path / "news.db"), *FAST]
    assert collect(*args).exit_code == 0
    before = len(site.hits)
    result = collect(*args)
    assert result.exit_code == 0 and "1 unchanged" in result.output
    page = [h for h in site.requests(before) if h.path == "/news/port-strike"]
    assert len(page) == 1 and page[0].status == 304 and page[0].if_none_match


def test_timeout_and_retry(site: Site, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    result = collect("--url", site.url("/news/slow"), "--url", site.url("/news/flaky"), "--db", str(db),
                     "--rate", "0.01", "--timeout", "0.3", "--retries", "1", "--backoff", "0.05")
    assert result.exit_code == 1
    with Corpus(db, readonly=True) as corpus:
        reasons = {r.source: r.reason for r in corpus.rejects()}
        assert corpus.get(site.url("/news/flaky")) is not None  # a 503 once, then the page: retried
    assert reasons[site.url("/news/slow")].startswith("timed out") and "after 2 attempts" in reasons[
        site.url("/news/slow")]
    assert site.paths().count("/news/slow") == 2 and site.paths().count("/news/flaky") == 2


def test_every_stops_cleanly_on_sigterm_and_resumes(site: Site, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    command = [sys.executable, "-m", "dateline.cli", "collect", "--feed", site.url("/atom.xml"), "--db", str(db),
               "--every", "1s", *FAST]
    process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    try:
        assert process.stderr is not None
        lines = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = process.stderr.readline()
            lines.append(line)
            if "atom.xml" in line:
                break
        process.send_signal(signal.SIGTERM)
        rest = process.communicate(timeout=30)[1]
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, "".join(lines) + rest
    assert "stopped after" in rest
    before = len(site.hits)
    result = collect("--feed", site.url("/atom.xml"), "--db", str(db), *FAST)
    assert result.exit_code == 0 and "not modified since the last run" in result.output
    assert "/news/rail-deal" not in site.paths(before)


def test_no_source_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["collect", "--db", "x.db"])
    assert result.exit_code == 2 and "--feed" in result.output


def test_a_round_stopped_half_way_is_taken_up_by_the_next(site: Site, tmp_path: Path) -> None:
    """Stop after the first stored article: the feed's ETag is not saved, so the next round reads the feed
    again and fetches only the pages the first did not finish."""
    politeness = Politeness(delay=0.01, timeout=1, retries=0, max_bytes=100_000, concurrency=1)
    stop = threading.Event()

    def stop_after_first(result: Analysis | Reject) -> None:
        if isinstance(result, Analysis):
            stop.set()

    with Corpus(tmp_path / "news.db") as corpus:
        first = Collector(corpus, Fetcher(politeness), stop=stop, on_result=stop_after_first).run(
            [Source("feed", site.url("/feed.xml"))])
        assert first[0].stopped and first[0].new == 1 and len(corpus) == 1
        done = {a.article.source for a in map(corpus.get, corpus.store.ids()) if a is not None}
        before = len(site.hits)
        second = Collector(corpus, Fetcher(politeness)).run([Source("feed", site.url("/feed.xml"))])
        assert not second[0].stopped and first[0].new + second[0].new == 2
        assert len(corpus) == 2
    again = site.requests(before)
    assert [h.status for h in again if h.path == "/feed.xml"] == [200]  # its ETag was not saved by the stopped round
    assert not {site.url(h.path) for h in again} & done  # stored in the first round: not fetched again


def test_without_db_the_warc_is_written_and_replays(site: Site, tmp_path: Path) -> None:
    warc = tmp_path / "out.warc.gz"
    result = collect("--sitemap", site.url("/sitemap-index.xml"), "--warc", str(warc), *FAST)
    assert result.exit_code == 0, result.output
    assert "2 listed, 2 new" in result.output  # the index's gzip-file sitemap read
    offline = CliRunner().invoke(main, ["analyze", str(warc), "--json"])
    records = [json.loads(line) for line in offline.stdout.splitlines()]
    assert sorted(r["url"] for r in records) == [site.url("/news/bridge-vote"), site.url("/news/quiet-harbor")]
    assert {r["outlet"] for r in records} == {"Harbor Wire", "Harbor Wire Malta"}


def test_a_source_that_is_no_url_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["collect", "--feed", "news.example/rss"])
    assert result.exit_code == 2 and "not an http(s) URL" in result.output

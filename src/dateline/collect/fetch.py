"""A polite HTTP client: robots.txt, one request at a time per host with a delay, retries, caps.

trafilatura's ``fetch_url`` returns a page or None: it cannot send ``If-None-Match``, report the
redirects it followed, stop a body at a size cap or tell a timeout from a 404, all of which
incremental collection needs. This is a thin layer on urllib3 (installed with trafilatura).
"""

from __future__ import annotations

import os
import threading
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import urllib3

from .. import __version__

CONTACT_ENV = "DATELINE_CONTACT"
ROBOTS_AGENT = "dateline"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
ROBOTS_TTL = 24 * 3600.0  # RFC 9309: a cached robots.txt is not used for more than 24 hours
ROBOTS_RETRY = 300.0  # an unreachable robots.txt is asked for again after this
MAX_CRAWL_DELAY = 60.0  # a robots.txt Crawl-delay above this is taken as this


def user_agent(contact: str | None) -> str:
    """``dateline/VERSION (news collector; +contact)``: the tool, and whom a site operator can write to."""
    contact = contact or os.environ.get(CONTACT_ENV) or None
    return f"dateline/{__version__} (news collector" + (f"; +{contact})" if contact else ")")


@dataclass(frozen=True)
class Politeness:
    """How hard collection may press a site: the defaults are what ``dateline collect`` uses."""

    user_agent: str = field(default_factory=lambda: user_agent(None))
    delay: float = 1.0  # seconds between two requests to one host (robots.txt Crawl-delay wins if longer)
    timeout: float = 20.0  # seconds to connect, and for each read; also the whole body's deadline × 3
    retries: int = 2  # further attempts after a timeout, a dropped connection, 429 or 5xx
    backoff: float = 2.0  # seconds before the first retry, doubled for each next one (Retry-After wins)
    max_bytes: int = 10_000_000  # bytes of one body (decompressed); a longer one is refused
    max_redirects: int = 5
    concurrency: int = 4  # hosts fetched at once (never two requests to one host at once)
    obey_robots: bool = True


@dataclass(frozen=True)
class Redirect:
    url: str
    status: int
    location: str


@dataclass(frozen=True)
class Response:
    """A completed request: ``body`` is decompressed; ``status`` 304 means the validators held."""

    url: str  # as requested
    final_url: str  # after redirects
    status: int
    headers: dict[str, str]  # lower-case names
    body: bytes
    redirects: tuple[Redirect, ...] = ()
    fetched_at: str = ""

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


class FetchError(Exception):
    """A request that gave no usable response; ``reason`` is one line a user can act on."""

    def __init__(self, url: str, reason: str, *, transient: bool = False,
                 redirects: tuple[Redirect, ...] = ()) -> None:
        super().__init__(f"{url}: {reason}")
        self.url, self.reason, self.transient, self.redirects = url, reason, transient, redirects


class _Host:
    """One host's turn-taking: a lock held for a whole request, and when the next may start."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.robots_lock = threading.Lock()
        self.next_at = 0.0
        self.robots: urllib.robotparser.RobotFileParser | None = None
        self.robots_until = 0.0
        self.robots_error: str | None = None


class Fetcher:
    """Thread-safe: workers may call :meth:`get` at once; requests to one host still go one by one."""

    def __init__(self, politeness: Politeness | None = None, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.politeness = politeness or Politeness()
        self.clock, self.sleep = clock, sleep
        self.pool = urllib3.PoolManager(num_pools=32, retries=False)
        self.hosts: dict[str, _Host] = {}
        self.hosts_lock = threading.Lock()

    def close(self) -> None:
        self.pool.clear()

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
            robots: bool = True) -> Response:
        """GET with redirects followed (each checked against robots.txt) and recorded, or FetchError."""
        redirects: list[Redirect] = []
        current = url
        while True:
            if robots and self.politeness.obey_robots:
                refusal = self.robots_refusal(current)
                if refusal:
                    raise FetchError(current, refusal, redirects=tuple(redirects))
            response = self._with_retries(current, etag if not redirects else None,
                                          last_modified if not redirects else None, tuple(redirects))
            if response.status not in (301, 302, 303, 307, 308):
                return Response(url, current, response.status, response.headers, response.body, tuple(redirects),
                                response.fetched_at)
            location = response.headers.get("location")
            if not location:
                raise FetchError(current, f"HTTP {response.status} redirect without a Location",
                                 redirects=tuple(redirects))
            target = urljoin(current, location.strip())
            redirects.append(Redirect(current, response.status, target))
            if urlsplit(target).scheme not in ("http", "https"):
                raise FetchError(url, f"redirect to a non-HTTP address ({target[:200]})", redirects=tuple(redirects))
            if len(redirects) > self.politeness.max_redirects or target in {r.url for r in redirects}:
                what = "a redirect loop" if target in {r.url for r in redirects} else \
                    f"more than {self.politeness.max_redirects} redirects"
                raise FetchError(url, what, redirects=tuple(redirects))
            current = target

    def robots_refusal(self, url: str) -> str | None:
        """Why robots.txt forbids ``url``, or None. Per RFC 9309 a missing robots.txt (4xx) allows
        everything and an unreachable one (5xx, network error) forbids everything for now."""
        parts = urlsplit(url)
        host = self._host(parts.netloc)
        with host.robots_lock:  # one load per host, the other workers wait for it
            if self.clock() >= host.robots_until:
                self._load_robots(parts.scheme, parts.netloc, host)
        if host.robots_error:
            return host.robots_error
        if host.robots is not None and not host.robots.can_fetch(ROBOTS_AGENT, url):
            return "disallowed by robots.txt"
        return None

    def _load_robots(self, scheme: str, netloc: str, host: _Host) -> None:
        robots_url = f"{scheme}://{netloc}/robots.txt"
        parser = urllib.robotparser.RobotFileParser(robots_url)
        error = None
        try:
            response = self.get(robots_url, robots=False)
            if response.status >= 500:
                error = f"robots.txt unavailable (HTTP {response.status}); nothing fetched from this host"
            elif response.status >= 400:
                parser.parse([])  # no robots.txt: everything allowed
            else:
                parser.parse(response.body.decode("utf-8", "replace").splitlines())
        except FetchError as failure:
            error = f"robots.txt unreachable ({failure.reason}); nothing fetched from this host"
        host.robots, host.robots_error = parser, error
        host.robots_until = self.clock() + (ROBOTS_TTL if error is None else ROBOTS_RETRY)

    def crawl_delay(self, netloc: str) -> float:
        host = self._host(netloc)
        delay = self.politeness.delay
        if host.robots is not None:
            stated = host.robots.crawl_delay(ROBOTS_AGENT)
            if stated is not None:
                delay = max(delay, min(float(stated), MAX_CRAWL_DELAY))
        return delay

    def _host(self, netloc: str) -> _Host:
        with self.hosts_lock:
            return self.hosts.setdefault(netloc.lower(), _Host())

    def _with_retries(self, url: str, etag: str | None, last_modified: str | None,
                      redirects: tuple[Redirect, ...]) -> Response:
        attempt = 0
        while True:
            try:
                response = self._once(url, etag, last_modified)
            except FetchError as error:
                if not error.transient or attempt >= self.politeness.retries:
                    tried = f" after {attempt + 1} attempts" if attempt else ""
                    raise FetchError(url, error.reason + tried, transient=error.transient,
                                     redirects=redirects) from None
                wait = self.politeness.backoff * 2 ** attempt
            else:
                if response.status not in RETRY_STATUSES or attempt >= self.politeness.retries:
                    if response.status >= 400:
                        tried = f" after {attempt + 1} attempts" if attempt else ""
                        raise FetchError(url, f"HTTP {response.status}{tried}",
                                         transient=response.status in RETRY_STATUSES, redirects=redirects)
                    return response
                wait = _retry_after(response.headers.get("retry-after"), self.politeness.backoff * 2 ** attempt)
            attempt += 1
            self.sleep(wait)

    def _once(self, url: str, etag: str | None, last_modified: str | None) -> Response:
        """One request, in this host's turn; the turn passes ``delay`` seconds after it ends."""
        netloc = urlsplit(url).netloc
        host = self._host(netloc)
        headers = {"User-Agent": self.politeness.user_agent, "Accept-Encoding": "gzip, deflate"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        with host.lock:
            wait = host.next_at - self.clock()
            if wait > 0:
                self.sleep(wait)
            try:
                return self._request(url, headers)
            finally:
                host.next_at = self.clock() + self.crawl_delay(netloc)

    def _request(self, url: str, headers: dict[str, str]) -> Response:
        politeness = self.politeness
        timeout = urllib3.Timeout(connect=politeness.timeout, read=politeness.timeout)
        started = self.clock()
        try:
            raw = self.pool.request("GET", url, headers=headers, redirect=False, preload_content=False,
                                    timeout=timeout, decode_content=True)
        except (urllib3.exceptions.TimeoutError, urllib3.exceptions.ProtocolError,
                urllib3.exceptions.NewConnectionError) as error:
            raise FetchError(url, _network_reason(error, politeness.timeout), transient=True) from None
        except urllib3.exceptions.LocationValueError:
            raise FetchError(url, "not a valid http(s) URL") from None
        except urllib3.exceptions.HTTPError as error:
            raise FetchError(url, f"request failed ({type(error).__name__})", transient=True) from None
        try:
            response_headers = {k.lower(): v for k, v in raw.headers.items()}
            stated = response_headers.get("content-length", "")
            if stated.isdigit() and int(stated) > politeness.max_bytes and raw.status < 300:
                raise FetchError(url, f"over the size cap ({int(stated):,} bytes stated; limit "
                                      f"{politeness.max_bytes:,})")
            body = bytearray()
            deadline = started + 3 * politeness.timeout
            for chunk in raw.stream(1 << 16, decode_content=True):
                body += chunk
                if len(body) > politeness.max_bytes:
                    raise FetchError(url, f"over the size cap (more than {politeness.max_bytes:,} bytes)")
                if self.clock() > deadline:
                    raise FetchError(url, f"timed out (the body took over {3 * politeness.timeout:g} s)",
                                     transient=True)
        except (urllib3.exceptions.TimeoutError, urllib3.exceptions.ProtocolError) as error:
            raise FetchError(url, _network_reason(error, politeness.timeout), transient=True) from None
        except urllib3.exceptions.DecodeError:
            raise FetchError(url, "corrupt compressed body") from None
        finally:
            raw.release_conn()
        fetched_at = datetime.now(UTC).isoformat(timespec="seconds")
        return Response(url, url, raw.status, response_headers, bytes(body), (), fetched_at)


def _retry_after(value: str | None, default: float) -> float:
    """Seconds a 429/503 asks us to wait (capped at 5 minutes); ``default`` when it gives none."""
    if value and value.strip().isdigit():
        return min(float(value.strip()), 300.0)
    return default


def _network_reason(error: Exception, timeout: float) -> str:
    text = str(error).lower()
    if isinstance(error, urllib3.exceptions.TimeoutError) or "timed out" in text:
        return f"timed out (no answer within {timeout:g} s)"
    if "refused" in text:
        return "connection refused"
    if "name or service" in text or "nodename" in text or "resolve" in text:
        return "host not found"
    return f"connection failed ({type(error).__name__})"

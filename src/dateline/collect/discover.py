"""Sources → candidate article URLs, with what the source says about each (title, date, author).

Links come from trafilatura (``feeds.find_links`` for RSS/Atom/JSON feeds, ``feeds.determine_feed``
to find a homepage's feeds, ``sitemaps.SitemapObject`` for sitemaps and sitemap indexes); URLs are
canonicalised and filtered with courlan. trafilatura returns links only, so the entry metadata it
drops (title, dates, author, a news sitemap's publication name) is read here from the same XML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit, urlunsplit

from courlan import clean_url
from courlan.filters import is_navigation_page, is_not_crawlable, is_valid_url, type_filter
from lxml import etree
from trafilatura.feeds import FeedParameters, determine_feed, find_links, is_potential_feed
from trafilatura.sitemaps import DETECT_SITEMAP_LINK, SitemapObject

_ATOM = "http://www.w3.org/2005/Atom"
_SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
_NEWS = "http://www.google.com/schemas/sitemap-news/0.9"
_DC = "http://purl.org/dc/elements/1.1/"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
MAX_CANDIDATES = 5000  # links taken from one feed or sitemap


@dataclass(frozen=True)
class Candidate:
    """An article URL a source listed, and the source's own metadata for it (fallbacks for the page's)."""

    url: str  # canonical form (courlan), what state is keyed by
    found_in: str
    title: str | None = None
    published: str | None = None
    author: str | None = None
    outlet: str | None = None
    language: str | None = None
    updated: str | None = None  # the source's last-change date for the entry: a change means "fetch again"


@dataclass(frozen=True)
class Listing:
    """What one feed or sitemap gave: candidates, further sitemaps or feeds to read, and refused URLs."""

    candidates: list[Candidate]
    more: list[str]  # child sitemaps of an index, or the feeds a homepage links to
    refused: list[tuple[str, str]]  # (url, reason) for links that are no article URL


def canonical_url(url: str, base: str | None = None) -> str | None:
    """The form of ``url`` state is keyed by: absolute, cleaned and normalised by courlan (tracking
    parameters such as ``utm_*`` dropped, host lower-cased), without its #fragment."""
    url = url.strip()
    if base:
        url = urljoin(base, url)
    cleaned = clean_url(url)
    if not cleaned or not is_valid_url(cleaned):
        return None
    parts = urlsplit(cleaned)
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", parts.query, ""))


def refusal(url: str) -> str | None:
    """Why a URL is no article page, judged from the URL alone (courlan's filters), or None."""
    parts = urlsplit(url)
    if parts.path in ("", "/") and not parts.query:
        return "not an article URL (a site's front page)"
    if is_not_crawlable(url):
        return "not an article URL (login, contact or imprint page)"
    if is_navigation_page(url):
        return "not an article URL (tag, category, author or archive page)"
    if not type_filter(url, strict=True):
        return "not an article URL (a file, feed, media or site-structure address)"
    return None


def read_feed(text: str, feed_url: str) -> Listing:
    """An RSS, Atom or JSON feed; an HTML page instead gives the feeds it links to in ``more``."""
    params = _params(feed_url)
    stripped = text.strip()
    if not is_potential_feed(stripped) and not stripped.startswith("{"):
        return Listing([], determine_feed(text, params), [])
    meta = _entries(stripped)
    channel = _channel_language(stripped)
    candidates: list[Candidate] = []
    refused: list[tuple[str, str]] = []
    seen: set[str] = set()
    for link in find_links(stripped, params)[:MAX_CANDIDATES]:
        _add(link, feed_url, meta.get(link.strip()) or meta.get(urljoin(feed_url, link.strip())), channel,
             candidates, refused, seen)
    return Listing(candidates, [], refused)


def read_sitemap(text: str, sitemap_url: str) -> Listing:
    """A sitemap (XML, news or plain text) or a sitemap index (its sitemaps in ``more``)."""
    listing = _Sitemap(sitemap_url)
    listing.content = text
    listing.current_url = sitemap_url
    listing.process()
    meta = _news(text)
    candidates: list[Candidate] = []
    refused: list[tuple[str, str]] = []
    seen: set[str] = set()
    for link in listing.urls[:MAX_CANDIDATES]:
        _add(link, sitemap_url, meta.get(link), None, candidates, refused, seen)
    more = [url for url in dict.fromkeys(listing.sitemap_urls) if url != sitemap_url]
    return Listing(candidates, more, refused)


def read_url_list(lines: list[str], found_in: str) -> Listing:
    """One URL per line; blank lines and ``#`` comments skipped."""
    candidates: list[Candidate] = []
    refused: list[tuple[str, str]] = []
    seen: set[str] = set()
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            _add(line, found_in, None, None, candidates, refused, seen)
    return Listing(candidates, [], refused)


def _add(link: str, found_in: str, entry: Candidate | None, language: str | None, candidates: list[Candidate],
         refused: list[tuple[str, str]], seen: set[str]) -> None:
    url = canonical_url(link, found_in)
    if url is None:
        refused.append((link.strip()[:500], "not a valid http(s) URL"))
        return
    if url in seen:
        return
    seen.add(url)
    why = refusal(url)
    if why:
        refused.append((url, why))
        return
    if entry is None:
        candidates.append(Candidate(url, found_in, language=language))
        return
    candidates.append(Candidate(url, found_in, entry.title, entry.published, entry.author, entry.outlet,
                                entry.language or language, entry.updated))


class _Sitemap(SitemapObject):
    """trafilatura's sitemap parsing, with links kept by courlan's cleaning alone: its own check needs
    a registered domain name, which drops intranet hosts and the tests' 127.0.0.1."""

    def __init__(self, url: str) -> None:
        super().__init__(url, urlsplit(url).netloc, [])

    def handle_link(self, link: str) -> None:
        url = canonical_url(link, self.current_url)
        if url is None or url == self.current_url:
            return
        if urlsplit(url).netloc.removeprefix("www.") != urlsplit(self.current_url).netloc.removeprefix("www."):
            return  # another site's pages are not this sitemap's to list
        (self.sitemap_urls if DETECT_SITEMAP_LINK.search(url) else self.urls).append(url)


def _params(url: str) -> FeedParameters:
    parts = urlsplit(url)
    return FeedParameters(f"{parts.scheme}://{parts.netloc}", parts.netloc, url)


def _tree(text: str) -> etree._Element | None:
    try:
        return etree.fromstring(text.encode("utf-8"), _PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return None


def _text(element: etree._Element | None, *paths: str) -> str | None:
    if element is None:
        return None
    for path in paths:
        found = element.find(path)
        if found is not None and (found.text or "").strip():
            return " ".join((found.text or "").split())
    return None


def _entries(text: str) -> dict[str, Candidate]:
    """Entry metadata by link, for RSS items and Atom entries."""
    tree = _tree(text)
    if tree is None:
        return {}
    found: dict[str, Candidate] = {}
    for item in tree.iter("item"):
        link = _text(item, "link") or _text(item, "guid")
        if link:
            found[link] = Candidate(link, "", _text(item, "title"), _text(item, "pubDate", f"{{{_DC}}}date"),
                                    _text(item, f"{{{_DC}}}creator", "author"),
                                    updated=_text(item, f"{{{_DC}}}modified", "pubDate", f"{{{_DC}}}date"))
    for entry in tree.iter(f"{{{_ATOM}}}entry"):
        link = next((e.get("href") for e in entry.findall(f"{{{_ATOM}}}link")
                     if e.get("href") and e.get("rel", "alternate") == "alternate"), None)
        if link:
            found[link.strip()] = Candidate(
                link, "", _text(entry, f"{{{_ATOM}}}title"), _text(entry, f"{{{_ATOM}}}published",
                                                                    f"{{{_ATOM}}}updated"),
                _text(entry, f"{{{_ATOM}}}author/{{{_ATOM}}}name"),
                updated=_text(entry, f"{{{_ATOM}}}updated", f"{{{_ATOM}}}published"))
    return found


def _channel_language(text: str) -> str | None:
    tree = _tree(text)
    if tree is None:
        return None
    return language_code(_text(tree, "channel/language") or tree.get("{http://www.w3.org/XML/1998/namespace}lang"))


def _news(text: str) -> dict[str, Candidate]:
    """News sitemap (``news:news``) metadata by URL: title, publication date, name and language."""
    tree = _tree(text) if "sitemap-news" in text[:4096] or "<lastmod" in text else None
    if tree is None:
        return {}
    found: dict[str, Candidate] = {}
    for entry in tree.iter(f"{{{_SITEMAP}}}url"):
        loc = _text(entry, f"{{{_SITEMAP}}}loc")
        if not loc:
            continue
        news = entry.find(f"{{{_NEWS}}}news")
        lastmod = _text(entry, f"{{{_SITEMAP}}}lastmod")
        published = _text(news, f"{{{_NEWS}}}publication_date")
        found[canonical_url(loc) or loc] = Candidate(
            loc, "", _text(news, f"{{{_NEWS}}}title"), published, None,
            _text(news, f"{{{_NEWS}}}publication/{{{_NEWS}}}name"),
            language_code(_text(news, f"{{{_NEWS}}}publication/{{{_NEWS}}}language")), lastmod or published)
    return found


_LANGUAGE = re.compile(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*")


def newer(value: str | None, than: str | None) -> bool:
    """True when the source's date ``value`` for an entry is later than ``than`` (the date it gave when
    the page was last fetched): the entry changed. Dates in different formats (RSS's RFC 2822, Atom's
    ISO 8601) are compared as instants; a date that does not parse counts as a change when it differs."""
    if value is None:
        return False
    if than is None:
        return True
    new, old = _instant(value), _instant(than)
    if new is None or old is None:
        return value.strip() != than.strip()
    return new > old


def later(value: str | None, other: str | None) -> str | None:
    """The later of two entry dates (either may be None), to remember as the entry's date."""
    if value is None or other is None:
        return value or other
    return value if newer(value, other) else other


def _instant(value: str) -> datetime | None:
    text = value.strip()
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        try:
            moment = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def language_code(value: str | None) -> str | None:
    """``en`` from ``en-US``, ``EN_gb``, ``en``: the primary language subtag, lower case."""
    match = _LANGUAGE.fullmatch(value.strip()) if value else None
    return match.group(1).lower() if match else None

"""A fetched page → an Article with the best metadata, or a reject saying why it is no article.

The page's own metadata (trafilatura: title, author, date, site name, canonical link; ``<html lang>``)
wins; the feed entry fills what the page lacks; the outlet falls back to the domain. Pages that are
not one article — tag and section pages, video pages, live blogs, paywall stubs — are told apart
from their markup before extraction, since trafilatura happily returns text for all of them.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from lxml import html as lxml_html

from ..ingest import IngestError, article_from_html
from ..ingest.decode import decode_text
from ..ingest.meta import PageMeta, with_metadata
from ..model import Article, normalize_text
from .discover import Candidate, canonical_url
from .fetch import Response

HTML_TYPES = ("text/html", "application/xhtml+xml", "")
STUB_WORDS = 100  # a page with a paywall sign and fewer words of text than this is the teaser only (a
# complete short story behind a metered wall runs longer: see tests/collect/test_pages.py)
LINK_SHARE = 0.6  # a page whose text is mostly link text is a list of articles, not one
LINK_SHARE_WEBSITE = 0.35  # … when the page also calls itself og:type "website"

# What a paywall prompt says where the article stops (written for this module from the common wording
# of subscription prompts; matched in the page's last 2,000 characters of text).
_PAYWALL = re.compile(
    r"\b(?:subscribe (?:now )?to (?:continue|keep) reading|(?:for|available to) subscribers only|"
    r"this (?:article|story|content) is (?:only )?(?:for|available to) (?:paying )?subscribers|"
    r"already a subscriber\?|to (?:continue|keep) reading,? (?:please )?(?:subscribe|sign in|log in)|"
    r"(?:subscribe|sign in|log in) to read (?:the (?:full|rest of the) (?:article|story)|more))", re.IGNORECASE)
_NOT_FREE = re.compile(r"[\"']isAccessibleForFree[\"']\s*:\s*(?:false|[\"']false[\"'])", re.IGNORECASE)
_LIVE_SEGMENTS = {"live", "live-updates", "liveblog", "live-blog", "live-news"}
_VIDEO_SEGMENTS = {"video", "videos", "watch", "tv"}
_JSON_LD = re.compile(r"<script[^>]{0,200}application/ld\+json[^>]{0,200}>(.*?)</script>", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True)
class PageResult:
    """An article with the hash of its text, or the reason there is none."""

    article: Article | None
    reason: str | None = None
    content_hash: str | None = None
    meta: PageMeta | None = None  # what was merged into the article (the WARC's metadata record keeps it)


def read_page(response: Response, candidate: Candidate, *, source_id: str | None = None) -> PageResult:
    """The article of one fetched page, metadata merged; or a reason it is none."""
    if response.content_type not in HTML_TYPES:
        return PageResult(None, f"not an HTML page ({response.content_type})")
    try:
        html, warnings = decode_text(response.body, response.final_url)
    except IngestError as error:
        return PageResult(None, error.reason)
    why = not_an_article(html, response.final_url)
    if why:
        return PageResult(None, why)
    try:
        page = article_from_html(html, response.final_url, url=response.final_url, source_id=source_id,
                                 warnings=warnings)
    except IngestError as error:
        return PageResult(None, error.reason)
    words = len(page.text.split())
    if words < STUB_WORDS and (_PAYWALL.search(page.text[-2000:] + " " + _visible_tail(html))
                               or _NOT_FREE.search(html[:500_000])):
        return PageResult(None, f"paywall stub ({words} words of text before the subscription prompt)")
    meta = merged_metadata(page, candidate, response.final_url)
    article = with_metadata(page, meta)
    return PageResult(article, None, content_hash(article.text), meta)


def content_hash(text: str) -> str:
    """What tells a changed article from a re-served one: the hash of its normalised text."""
    return "sha256:" + hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()


def merged_metadata(page: Article, candidate: Candidate, final_url: str) -> PageMeta:
    """The page's own values first, the feed entry's where the page says nothing, the domain as outlet."""
    canonical = _canonical(page.url, final_url) or candidate.url
    return PageMeta(
        url=canonical,
        title=page.title or candidate.title,
        author=page.author or candidate.author,
        published=page.published or candidate.published,
        outlet=_named(page.outlet, final_url) or candidate.outlet or outlet_from_domain(canonical),
        language=page.language or candidate.language,
    )


def _named(outlet: str | None, url: str) -> str | None:
    """The page's site name, unless it is only the host name (trafilatura's fallback), which a feed's
    publication name should beat."""
    parts = urlsplit(url)
    hosts = {parts.netloc.lower(), (parts.hostname or "").lower(), (parts.hostname or "").lower().removeprefix("www.")}
    return outlet if outlet and outlet.strip().lower() not in hosts else None


def _canonical(link: str | None, final_url: str) -> str | None:
    """The page's ``<link rel=canonical>`` when it is an http(s) URL on the same site, else the URL fetched."""
    fetched = canonical_url(final_url)
    if link and link != final_url:
        stated = canonical_url(link, final_url)
        if stated and _site(stated) == _site(final_url):
            return stated
    return fetched


def _site(url: str) -> str:
    return (urlsplit(url).hostname or "").removeprefix("www.")


def outlet_from_domain(url: str | None) -> str | None:
    """``example-news.org`` from ``https://www.example-news.org/world/x``: the name a site goes by
    when nothing on the page or in the feed names the outlet."""
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None


def not_an_article(html: str, url: str) -> str | None:
    """Why the page is no single news article (live blog, video page, list page), or None."""
    types = _json_ld_types(html)
    og_type = _og_type(html)
    segments = {s.lower() for s in urlsplit(url).path.split("/") if s}
    if "LiveBlogPosting" in types or segments & _LIVE_SEGMENTS:
        return "live blog (a stream of updates, not one article)"
    is_article = bool(types & {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle"})
    if og_type.startswith("video") or ("VideoObject" in types and not is_article) \
            or (segments & _VIDEO_SEGMENTS and not is_article and og_type != "article"):
        return "video page (og:type video, a VideoObject or a /video/ address, no article)"
    share = _link_share(html)
    if share is not None and not is_article and og_type != "article" and (
            share > LINK_SHARE or (og_type == "website" and share > LINK_SHARE_WEBSITE)):
        return f"section or tag page ({share:.0%} of its text is links)"
    return None


def _og_type(html: str) -> str:
    match = re.search(r"<meta\b[^>]{0,300}?property\s*=\s*[\"']og:type[\"'][^>]{0,300}?content\s*=\s*[\"']"
                      r"([^\"']{1,40})", html[:65536], re.IGNORECASE)
    return match.group(1).strip().lower() if match else ""


def _json_ld_types(html: str) -> set[str]:
    """The schema.org ``@type`` values of the page's JSON-LD blocks (top level and ``@graph``)."""
    found: set[str] = set()
    for block in _JSON_LD.findall(html[:500_000])[:20]:
        try:
            data = json.loads(block)
        except ValueError:
            continue
        queue = list(data) if isinstance(data, list) else [data]
        while queue and len(found) < 50:
            item = queue.pop()
            if not isinstance(item, dict):
                continue
            if isinstance(item.get("@graph"), list):
                queue.extend(item["@graph"])
            kind = item.get("@type")
            found.update([kind] if isinstance(kind, str) else
                         [k for k in kind if isinstance(k, str)] if isinstance(kind, list) else [])
    return found


def _link_share(html: str) -> float | None:
    """The share of the body's visible text that sits inside links (None when the page has little text)."""
    try:
        tree = lxml_html.fromstring(html[:2_000_000])
    except Exception:  # lxml raises several kinds on hostile markup; then the page is judged without it
        return None
    for bad in tree.xpath("//script|//style|//noscript|//nav|//header|//footer"):
        bad.drop_tree()
    body = tree.find("body")
    root = body if body is not None else tree
    total = len(" ".join(root.text_content().split()))
    if total < 200:
        return None
    linked = sum(len(" ".join(a.text_content().split())) for a in root.iter("a"))
    return linked / total


def _visible_tail(html: str) -> str:
    """The page's last words outside markup: a paywall prompt trafilatura dropped as boilerplate."""
    tail = re.sub(r"<script.*?</script>|<style.*?</style>", " ", html[-20_000:], flags=re.IGNORECASE | re.DOTALL)
    return " ".join(re.sub(r"<[^>]*>", " ", tail).split())[-2000:]

"""HTML pages → article text and metadata with trafilatura, plus news-specific clean-up.

trafilatura finds the main text; news pages then still carry wire furniture inside it —
bylines, photo credits, "Read more" links, newsletter boxes, embedded-post chrome — which is
not the article's own prose and would otherwise become quotes, entities and claims.
"""

from __future__ import annotations

import re
import typing

import trafilatura
from trafilatura.settings import Document

from ..model import Article
from .errors import IngestError
from .text import article_from_text

_FURNITURE = [
    r"(?:photo|image|picture|video|graphic|illustration)(?: credit)?s?\s*(?::|by\b).{0,120}",
    r"\(?(?:photo|image|picture|illustration)s? (?:by|courtesy of|credit:?) [^)\n]{0,100}\)?",
    r"(?:getty images|afp via getty images|ap photo|reuters/[\w ]+|shutterstock|epa-efe)(?:/[\w ]+)?\.?",
    r"(?:read|see|watch) (?:more|also|next)\b.{0,160}",
    r"(?:related|recommended|more from|most read|trending)(?: stories| articles| reading| coverage)?:?.{0,120}",
    r"(?:sign up|subscribe|register)\b.{0,60}\b(?:newsletter|email|inbox|updates|alerts|free)\b.{0,160}",
    r"(?:advertisement|sponsored content|story continues below(?: advertisement)?|skip advertisement)\.?",
    r"(?:share|follow us) (?:this|on)\b.{0,120}",
    r"(?:click|tap) here\b.{0,160}",
    r"(?:copyright|©)\s.{0,160}",
    r"all rights reserved\.?",
    r"(?:image|photo) caption.{0,200}",
    r"(?:by|from) [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?:,? (?:and|&) [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})?"
    r"(?:,? (?:staff|senior|chief|political|foreign|special)? ?(?:writer|reporter|correspondent|editor))?",
    r"(?:updated|published|posted|last updated)(?: on| at)?:? .{0,60}\d.{0,40}",
    r"this (?:article|story) (?:was|has been) (?:updated|corrected|amended)\b.{0,200}",
    r"pic\.twitter\.com/\w+",
]
_STUB_CHARS = 500
_FURNITURE_LINE = re.compile(r"^\s*(?:" + "|".join(_FURNITURE) + r")\s*$", re.IGNORECASE)


def article_from_html(html: str, source: str, *, url: str | None = None, source_id: str | None = None,
                      warnings: list[str] | None = None) -> Article:
    """One article from one page, or an IngestError saying why the page has none."""
    if "<html" in html[:2048].lower() and "</html" not in html[-4096:].lower() and "</body" not in html.lower():
        cut = truncated_at(html)
        if cut:
            raise IngestError(source, f"truncated HTML (the page ends {cut})")
    try:
        document = _extract(without_noscript(html), url)
    except Exception as error:  # lxml raises many kinds on hostile markup; all mean "no article here"
        raise IngestError(source, f"malformed HTML ({type(error).__name__}: {error})") from None
    if document is None or not (document.text or "").strip():
        raise IngestError(source, "no article text found in the HTML")
    text = _without_headline(clean_body(document.text or ""), document.title)
    if not text.strip():
        raise IngestError(source, "no article text found in the HTML")
    article = article_from_text(
        text,
        source,
        url=url or document.url or None,
        outlet=document.sitename or None,
        title=document.title or None,
        author=document.author or None,
        published=document.date or None,
        source_id=source_id,
        warnings=warnings,
    )
    article.language = page_language(html)
    return article


_HTML_LANG = re.compile(r"<html\b[^>]{0,2000}?\blang\s*=\s*[\"']?\s*([A-Za-z]{2,3})(?![A-Za-z])", re.IGNORECASE)
_META_LANG = re.compile(r"<meta\b[^>]{0,500}?(?:property\s*=\s*[\"']og:locale[\"']|http-equiv\s*=\s*[\"']"
                        r"content-language[\"'])[^>]{0,500}?content\s*=\s*[\"']\s*([A-Za-z]{2,3})(?![A-Za-z])",
                        re.IGNORECASE)


def page_language(html: str) -> str | None:
    """The language a page states (``<html lang>``, else ``og:locale`` or Content-Language), as its primary
    subtag in lower case ("en" for "en-GB"); None when it states none. Read from the head only."""
    head = html[:65536]
    match = _HTML_LANG.search(head) or _META_LANG.search(head)
    return match.group(1).lower() if match else None


# Elements whose end tag HTML5 never lets a page omit: a page that ends with one still open was cut off.
_NEEDS_END = ("div|article|section|main|span|a|table|ul|ol|dl|form|header|footer|nav|aside|figure|blockquote"
              "|em|strong|b|i|h[1-6]|title|textarea|select|pre|iframe|script|style")
_REQUIRED_TAG = re.compile(rf"<(/?)({_NEEDS_END})(?=[\s/>])[^<>]{{0,2000}}>", re.IGNORECASE)
_RAW_TEXT = {"script", "style", "textarea", "title"}  # their content is text, not tags
_RAW_END = {name: re.compile(rf"</{name}", re.IGNORECASE) for name in _RAW_TEXT}
_NOSCRIPT = re.compile(r"<(/?)noscript\b[^<>]{0,2000}>", re.IGNORECASE)


def truncated_at(html: str) -> str | None:
    """Where a page that lacks ``</body>`` and ``</html>`` was cut off, or None when it is whole.

    HTML5 lets a page omit ``</p>``, ``</li>``, ``</body>`` and ``</html>``, so their absence proves
    nothing; a page is cut off when it ends inside a tag or comment, or with an element open whose
    end tag may not be omitted (``<div>``, ``<article>``, ``<script>`` …).
    """
    if html.rfind("<") > html.rfind(">"):
        return "inside a tag"
    if html.rfind("<!--") > html.rfind("-->"):
        return "inside a comment"
    open_count: dict[str, int] = {}
    position = 0
    while match := _REQUIRED_TAG.search(html, position):
        name = match.group(2).lower()
        position = match.end()
        if match.group(1):
            open_count[name] = open_count.get(name, 0) - 1
        elif not match.group(0).endswith("/>"):
            open_count[name] = open_count.get(name, 0) + 1
            if name in _RAW_TEXT:
                close = _RAW_END[name].search(html, position)
                if close is None:
                    return f"inside <{name}>"
                position = close.start()
    still_open = sorted(name for name, count in open_count.items() if count > 0)
    return f"with <{still_open[0]}> still open" if still_open else None


def without_noscript(html: str) -> str:
    """The page without its ``<noscript>`` blocks: fallback text for browsers without JavaScript
    ("Please enable JavaScript"), never the article; an unclosed one runs to the end of the page."""
    kept, depth, position = [], 0, 0
    for match in _NOSCRIPT.finditer(html):
        if not match.group(1):
            if depth == 0:
                kept.append(html[position:match.start()])
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                position = match.end()
    if depth == 0:
        kept.append(html[position:])
    return "".join(kept) if kept != [html] else html


def extract_body(html: str) -> str:
    """The cleaned body text alone, as the extraction evaluation scores it."""
    document = _extract(html, None)
    return clean_body(document.text or "") if document is not None else ""


def _extract(html: str, url: str | None) -> Document | None:
    """Precision mode first (it drops teasers and link lists); recall mode when that leaves a stub.

    On the extraction benchmark precision mode alone loses whole articles on a few pages whose
    body sits in unusual markup; falling back when its text is short keeps both gains.
    """
    precise = _bare(html, url, favor_precision=True)
    text = precise.text if precise is not None else ""
    if len(text or "") < _STUB_CHARS:
        fuller = _bare(html, url, favor_precision=False)
        if fuller is not None and len(fuller.text or "") > 2 * len(text or ""):
            return fuller
    return precise


def _bare(html: str, url: str | None, favor_precision: bool) -> Document | None:
    document = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                           include_tables=False, favor_precision=favor_precision)
    return typing.cast(Document | None, document)


def _without_headline(text: str, title: str | None) -> str:
    """The page's headline repeated as the body's first line is metadata (kept as ``title``), not prose."""
    first, _, rest = text.partition("\n")
    if title and rest.strip() and first.strip().casefold() == title.strip().casefold():
        return rest.lstrip("\n")
    return text


def clean_body(text: str) -> str:
    """Drop lines that are page furniture rather than the article's prose; keep paragraph breaks."""
    kept = [line for line in text.splitlines() if not _FURNITURE_LINE.match(line)]
    return "\n\n".join(line.strip() for line in kept if line.strip())

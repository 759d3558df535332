"""A submitted article (JSON, a text or HTML body, or an uploaded file) → an :class:`Article`, or a clear 4xx.

Nothing a request sends is ever taken for a path: text is analysed as text (``dateline.analyze`` would read a
string that names an existing file, so the API builds the Article itself and hands it to the engine), and an
upload's file name is only a label. The reader's paste page can use the same functions.
"""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass
from pathlib import PurePosixPath

from pydantic import BaseModel, ConfigDict, ValidationError

from ..ingest import IngestError, article_from_html, article_from_text
from ..ingest.dates import check_published
from ..ingest.decode import decode_text
from ..ingest.paths import HTML_SUFFIXES
from ..model import Article
from .errors import ApiError

_MARKUP = re.compile(r"<(?:!doctype\s+html|html|head|body|article|main|div|p|h[1-6])[\s>/]", re.IGNORECASE)
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f]")


class AnalyzeRequest(BaseModel):
    """An article sent as JSON: its text or its HTML page, and what the text may not state."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = None
    html: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None


_META = {"anyOf": [{"type": "string", "maxLength": 4096}, {"type": "null"}]}
REQUEST_SCHEMA = {
    "title": "AnalyzeRequest", "type": "object", "additionalProperties": False,
    "description": "Exactly one of 'text' and 'html', with what the article may not state itself.",
    "properties": {
        "text": {"type": "string", "pattern": r"\S", "description": "The article's text: an optional "
                 "'date YYYY-MM-DD' first line, then the dateline and the body."},
        "html": {"type": "string", "pattern": r"\S", "description": "The article's HTML page (the main text is "
                 "extracted from it)."},
        "url": {**_META, "description": "The article's URL (part of its id)."},
        "outlet": {**_META, "description": "The outlet that published it."},
        "title": {**_META, "description": "The headline."},
        "published": {**_META, "description": "Publication date, YYYY-MM-DD (overrides a 'date' line)."},
    },
    "oneOf": [{"required": ["text"]}, {"required": ["html"]}],
}
"""What ``/openapi.json`` says a JSON body is; :func:`from_json` refuses what it does not allow."""


@dataclass(frozen=True)
class Submission:
    """What was sent, decoded: the content, whether it is HTML, and the metadata given beside it."""

    content: str
    html: bool
    label: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None


def from_json(body: bytes) -> Submission:
    try:
        raw = json.loads(body)
        sent = AnalyzeRequest.model_validate(raw)
    except (ValueError, ValidationError) as error:
        raise ApiError(422, f"body: not an analyze request ({_first_line(error)})") from None
    if any(raw.get(name, "") is None for name in ("text", "html")):
        raise ApiError(422, "body: 'text' and 'html' are strings (leave out the one not sent)")
    if (sent.text is None) == (sent.html is None):
        raise ApiError(422, "body: give exactly one of 'text' and 'html' (a string)")
    if any(len(value or "") > 4096 for value in (sent.url, sent.outlet, sent.title, sent.published)):
        raise ApiError(422, "body: url, outlet, title and published are at most 4,096 characters")
    html = sent.html is not None
    content = sent.html if sent.html is not None else sent.text or ""
    return Submission(content, html, "api:html" if html else "api:text", sent.url, sent.outlet, sent.title,
                      sent.published)


def from_bytes(data: bytes, *, html: bool | None, label: str, url: str | None = None, outlet: str | None = None,
               title: str | None = None, published: str | None = None) -> Submission:
    """A raw body or an uploaded file: decoded whatever its encoding, refused when it is not text at all.
    ``html`` None: HTML when it opens like a page."""
    try:
        text, _ = decode_text(data, label)
    except IngestError as error:
        status = 415 if "binary" in error.reason or "not valid" in error.reason else 422
        hint = " (send an article as text or HTML)" if status == 415 else ""
        raise ApiError(status, f"{label}: {error.reason}{hint}") from None
    if html is None:
        html = bool(_MARKUP.search(text[:4096]))
    return Submission(text, html, label, url, outlet, title, published)


def upload_label(filename: str | None) -> str:
    """``api:upload:NAME``: the upload's file name as a label only (last component, printable, short)."""
    name = PurePosixPath((filename or "").replace("\\", "/")).name
    name = _UNPRINTABLE.sub("", name)[:200]
    return f"api:upload:{name or 'file'}"


def is_html_name(filename: str | None, content_type: str | None) -> bool | None:
    """What the upload's name or declared type says (None: neither says, sniff the content)."""
    if content_type and content_type.split(";")[0].strip().lower() in ("text/html", "application/xhtml+xml"):
        return True
    if filename and PurePosixPath(filename.lower()).suffix in HTML_SUFFIXES:
        return True
    if content_type and content_type.split(";")[0].strip().lower() == "text/plain":
        return False
    return None


def article_of(sent: Submission) -> Article:
    """The Article the engine analyses; 422 naming the reason when there is none in what was sent."""
    try:
        if sent.html:
            article = article_from_html(sent.content, sent.label, url=sent.url)
            published, warning = check_published(_clean(sent.published))
            return dataclasses.replace(article, outlet=_clean(sent.outlet) or article.outlet,
                                       title=_clean(sent.title) or article.title,
                                       published=published or article.published,
                                       warnings=article.warnings + ([warning] if warning else []))
        return article_from_text(sent.content, sent.label, url=sent.url, outlet=sent.outlet, title=sent.title,
                                 published=sent.published)
    except IngestError as error:
        raise ApiError(422, f"{error.source}: {error.reason}") from None


def _clean(value: str | None) -> str | None:
    """Lone surrogates (JSON can escape half a pair) cannot be written as UTF-8: U+FFFD instead."""
    return _SURROGATE.sub("\ufffd", value) if value else value


def _first_line(error: Exception) -> str:
    if isinstance(error, ValidationError):
        first = error.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "body"
        return f"{where}: {first.get('msg', 'invalid')}"
    return (str(error).splitlines() or [type(error).__name__])[0][:200]

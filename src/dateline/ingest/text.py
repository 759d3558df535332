"""Plain-text articles: an optional ``date YYYY-MM-DD`` header, then the body (dateline first)."""

from __future__ import annotations

import re

from ..model import Article, Range, article_id
from .dates import check_published
from .errors import IngestError
from .header import find_dateline, split_header

# JSON can escape half of a surrogate pair ("\ud800"); such a string cannot be written as UTF-8 anywhere
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def article_from_text(
    raw: str,
    source: str,
    *,
    url: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
    author: str | None = None,
    published: str | None = None,
    source_id: str | None = None,
    warnings: list[str] | None = None,
) -> Article:
    """Build an Article from decoded text; metadata given by the caller wins over the header's.

    Lone surrogates become U+FFFD and a ``published`` that is no real date is dropped, each with a
    warning in ``Article.warnings``, so neither sinks the article nor passes silently.
    """
    notes = list(warnings or [])
    raw = _valid(raw, "text", notes)
    header_date, text = split_header(raw)
    if not text.strip():
        raise IngestError(source, "no article text after the date header")
    meta = {name: _valid(value, name, notes) if value is not None else None
            for name, value in (("url", url), ("outlet", outlet), ("title", title), ("author", author),
                                ("published", published), ("source_id", source_id))}
    date, warning = check_published(meta["published"] or header_date)
    if warning:
        notes.append(warning)
    dateline, body_start = find_dateline(text)
    body_end = len(text.rstrip())
    if body_start >= body_end:
        raise IngestError(source, "no article text after the dateline")
    return Article(
        id=article_id(text, meta["url"]),
        text=text,
        body=Range(body_start, body_end),
        source=source,
        url=meta["url"],
        outlet=meta["outlet"],
        title=meta["title"],
        author=meta["author"],
        published=date,
        dateline=dateline,
        source_id=meta["source_id"],
        warnings=notes,
    )


def _valid(value: str, name: str, notes: list[str]) -> str:
    """``value`` with lone surrogates replaced by U+FFFD (and a warning saying how many)."""
    try:
        value.encode("utf-8")  # a C-speed check: only a string with a lone surrogate fails it
        return value
    except UnicodeEncodeError:
        pass
    cleaned, count = _SURROGATE.subn("\ufffd", value)
    notes.append(f"{count} unpaired surrogate(s) in '{name}' replaced with U+FFFD")
    return cleaned

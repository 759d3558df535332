"""Plain-text articles: an optional ``date YYYY-MM-DD`` header, then the body (dateline first)."""

from __future__ import annotations

from pathlib import Path

from ..model import Article, Range, article_id
from .decode import decode
from .errors import IngestError
from .header import find_dateline, split_header


def article_from_text(
    raw: str,
    source: str,
    *,
    url: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
    author: str | None = None,
    published: str | None = None,
) -> Article:
    """Build an Article from decoded text; metadata given by the caller wins over the header's."""
    header_date, text = split_header(raw)
    if not text.strip():
        raise IngestError(source, "no article text after the date header")
    dateline, body_start = find_dateline(text)
    body_end = len(text.rstrip())
    return Article(
        id=article_id(text, url),
        text=text,
        body=Range(body_start, body_end),
        source=source,
        url=url,
        outlet=outlet,
        title=title,
        author=author,
        published=published or header_date,
        dateline=dateline,
    )


def read_text_file(path: Path, data: bytes | None = None) -> Article:
    source = str(path)
    if data is None:
        data = read_bytes(path)
    return article_from_text(decode(data, source), source)


def read_bytes(path: Path) -> bytes:
    """File bytes, or an IngestError that says why the file cannot be read."""
    source = str(path)
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise IngestError(source, "no such file") from None
    except IsADirectoryError:
        raise IngestError(source, "is a directory") from None
    except PermissionError:
        raise IngestError(source, "permission denied") from None
    except OSError as error:
        raise IngestError(source, f"cannot be read ({error.strerror or error})") from None

"""WARC archives: every HTTP response record holding HTML becomes an article (url = target URI)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..model import Article
from .decode import decode
from .errors import IngestError
from .html import article_from_html


def read_warc(stream: BinaryIO, source: str) -> Iterator[Article | IngestError]:
    """Articles and per-record errors; a corrupt archive ends with one error naming where it broke."""
    count = 0
    try:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = (record.http_headers.get_header("Content-Type") or "").lower()
            if "html" not in content_type:
                continue
            count += 1
            url = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{source}#{url or count}"
            try:
                html = decode(record.content_stream().read(), where)
                yield article_from_html(html, where, url=url)
            except IngestError as error:
                yield error
    except (ArchiveLoadFailed, OSError, EOFError, ValueError, AttributeError, KeyError, TypeError) as error:
        # warcio raises whatever its parser tripped on when a record header is damaged
        yield IngestError(source, f"corrupt WARC after {count} HTML record(s) ({_first_line(error)})")
        return
    if count == 0:
        yield IngestError(source, "no HTML response records in the WARC")


def _first_line(error: Exception) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0][:200]

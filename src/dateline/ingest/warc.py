"""WARC archives: every HTTP response record holding HTML becomes an article (url = target URI).

The archive is decompressed here (one gzip member per record or one for the whole file) and split
into records by their Content-Length; warcio then parses each record alone. A record whose stated
length is false (the bytes after it are not the next record) is rejected with that reason and
reading resumes at the next ``WARC/1.x`` header, instead of the next records being swallowed.
"""

from __future__ import annotations

import io
import json
import re
import unicodedata
from collections.abc import Iterator
from urllib.parse import unquote

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from ..model import Article
from . import limits
from .decode import decode_text
from .errors import IngestError
from .html import article_from_html
from .meta import PageMeta, with_metadata
from .stream import GZIP_MAGIC, CorruptGzip, Gunzip

_WARC_LINE = re.compile(rb"WARC/1\.[01]\r?\n")
_NEXT_RECORD = re.compile(rb"\r?\n\r?\n(?=WARC/1\.[01]\r?\n)")
_TARGET = re.compile(rb"^warc-target-uri:[ \t]*(\S+)", re.IGNORECASE | re.MULTILINE)
_LENGTH = re.compile(rb"^content-length:[ \t]*(\d+)[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)
_PARSE_ERRORS = (ArchiveLoadFailed, OSError, EOFError, ValueError, AttributeError, KeyError, TypeError,
                 IndexError)  # warcio raises whatever its parser tripped on when a header is damaged


def read_warc(stream: io.BufferedReader, source: str) -> Iterator[Article | IngestError]:
    """Articles and per-record errors; a corrupt archive ends with one error naming where it broke."""
    count = 0
    held: Article | IngestError | None = None  # the last article, until we know no metadata record follows
    try:
        if stream.peek(2)[:2] == GZIP_MAGIC:
            stream = io.BufferedReader(Gunzip(stream))
        records = _split(stream, source) if _WARC_LINE.match(stream.peek(16)[:16]) else _warcio(stream)
        for record in records:
            if not isinstance(record, IngestError) and record.rec_type == "metadata" and isinstance(held, Article):
                meta = collector_metadata(record, held.source_id)
                if meta is not None:
                    held = with_metadata(held, meta)
                continue
            if isinstance(record, IngestError):
                if held is not None:
                    yield held
                held = None
                yield record
                continue
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = (record.http_headers.get_header("Content-Type") or "").lower()
            if "html" not in content_type:
                continue
            count += 1
            if held is not None:
                yield held
            held = _article(record, source, count)
        if held is not None:
            yield held
    except CorruptGzip as error:
        if held is not None:
            yield held
        yield IngestError(source, f"corrupt WARC after {count} HTML record(s) (corrupt gzip data: {error})")
        return
    except _PARSE_ERRORS as error:
        if held is not None:
            yield held
        yield IngestError(source, f"corrupt WARC after {count} HTML record(s) ({_first_line(error)})")
        return
    if count == 0:
        yield IngestError(source, "no HTML response records in the WARC")


def _article(record: ArcWarcRecord, source: str, count: int) -> Article | IngestError:
    url = record.rec_headers.get_header("WARC-Target-URI")
    where = f"{source}#{display_uri(url) if url else count}"
    try:
        payload = record.content_stream().read(limits.MAX_ARTICLE_BYTES + 1)
        if len(payload) > limits.MAX_ARTICLE_BYTES:
            return IngestError(where, limits.over_budget(f"a record of more than {limits.MAX_ARTICLE_BYTES:,} bytes"))
        html, warnings = decode_text(payload, where)
        return article_from_html(html, where, url=url, source_id=record.rec_headers.get_header("WARC-Record-ID"),
                                 warnings=warnings)
    except IngestError as error:
        return error
    except _PARSE_ERRORS as error:  # a damaged HTTP body (bad chunking, bad gzip) spoils one record
        return IngestError(where, f"unreadable record ({_first_line(error)})")


COLLECTOR_KEY = "dateline_page"
"""The key of the JSON metadata record ``dateline collect`` writes after each response: the page's
canonical URL and the feed's fallbacks (title, date, author, outlet, language)."""


def collector_metadata(record: ArcWarcRecord, response_id: str | None) -> PageMeta | None:
    """The collector's metadata for the response ``response_id``, when ``record`` is that."""
    if response_id is None or record.rec_headers.get_header("WARC-Concurrent-To") != response_id:
        return None
    if "json" not in (record.rec_headers.get_header("Content-Type") or ""):
        return None
    try:
        value = json.loads(record.content_stream().read(limits.MAX_HEADER_BYTES))
    except (ValueError, *_PARSE_ERRORS):
        return None
    return PageMeta.from_json(value.get(COLLECTOR_KEY)) if isinstance(value, dict) else None


def _warcio(stream: io.BufferedReader) -> Iterator[ArcWarcRecord]:
    """ARC files and anything that does not open with a WARC header: warcio alone."""
    yield from ArchiveIterator(stream)


def _split(stream: io.BufferedReader, source: str) -> Iterator[ArcWarcRecord | IngestError]:
    """Uncompressed WARC records one by one, each parsed alone; a false Content-Length resynchronises."""
    reader = _Pushback(stream)
    number = 0
    while True:
        header = reader.header()
        if header is None:
            return
        number += 1
        target = _TARGET.search(header)
        where = f"{source}#{display_uri(target.group(1).decode('utf-8', 'replace')) if target else f'record {number}'}"
        match = _LENGTH.search(header)
        if not _WARC_LINE.match(header) or match is None:
            yield IngestError(where, "corrupt WARC: a record without a WARC header or Content-Length; "
                                     "reading resumes at the next record")
            reader.resync(b"")
            continue
        length = int(match.group(1))
        if length > limits.MAX_ARTICLE_BYTES:
            reader.skip(length)
            yield IngestError(where, limits.over_budget(length))
            continue
        block = reader.read(length)
        after = reader.blank_lines()
        if len(block) == length and reader.at_record():
            try:
                yield from ArchiveIterator(io.BytesIO(header + block + b"\r\n\r\n"))
            except _PARSE_ERRORS as error:
                yield IngestError(where, f"corrupt WARC record ({_first_line(error)})")
            continue
        if len(block) < length and _NEXT_RECORD.search(block) is None:
            yield IngestError(where, f"corrupt WARC: the last record is cut off ({len(block):,} of {length:,} bytes)")
            return
        yield IngestError(where, f"false Content-Length ({length:,} bytes stated, the record ends elsewhere); "
                                 "record skipped, reading resumes at the next record")
        reader.resync(block + after)


class _Pushback:
    """A byte stream that can take back what was read past a record's true end."""

    def __init__(self, stream: io.BufferedReader) -> None:
        self.stream, self.back = stream, b""

    def read(self, size: int) -> bytes:
        taken, self.back = self.back[:size], self.back[size:]
        return taken + (self.stream.read(size - len(taken)) if size > len(taken) else b"")

    def readline(self) -> bytes:
        if self.back:
            cut = self.back.find(b"\n")
            if cut >= 0:
                line, self.back = self.back[:cut + 1], self.back[cut + 1:]
                return line
            line, self.back = self.back, b""
            return line + self.stream.readline(limits.MAX_HEADER_BYTES)
        return self.stream.readline(limits.MAX_HEADER_BYTES)

    def skip(self, size: int) -> None:
        while size > 0 and (part := self.read(min(size, 1 << 20))):
            size -= len(part)

    def header(self) -> bytes | None:
        """The next record's header block (through its blank line), or None at the end."""
        line = self.readline()
        while line and not line.strip():
            line = self.readline()
        if not line:
            return None
        lines = [line]
        while (line := self.readline()) and line.strip():
            lines.append(line)
            if sum(map(len, lines)) > limits.MAX_HEADER_BYTES:
                raise ValueError("a WARC record header over the size budget")
        return b"".join(lines) + b"\r\n"

    def blank_lines(self) -> bytes:
        """The record separator; stops (and takes back) at the first line that is not blank."""
        consumed = b""
        while line := self.readline():
            if line.strip():
                self.back = line + self.back
                break
            consumed += line
        return consumed

    def at_record(self) -> bool:
        """True at the end of the stream or at a ``WARC/1.x`` line: where a record may start."""
        if not self.back:
            self.back = self.stream.readline(limits.MAX_HEADER_BYTES)
        return not self.back or _WARC_LINE.match(self.back) is not None

    def resync(self, seen: bytes) -> None:
        """Go on at the next ``WARC/1.x`` header: inside ``seen`` (a false record's bytes), else further on."""
        found = _NEXT_RECORD.search(seen)
        if found:
            self.back = seen[found.end():] + self.back
            return
        while line := self.readline():
            if _WARC_LINE.match(line):
                self.back = line + self.back
                return


def display_uri(uri: str) -> str:
    """A URI as a person reads it: %-escapes decoded, control and bidi characters shown as escapes.

    The raw URI stays in ``Article.url``; this form only names the record in messages, where a raw
    ``%E2%80%94`` is unreadable and a raw ESC or RTL override would garble the terminal.
    """
    return "".join(_shown(ch) for ch in unquote(uri, errors="replace"))


def _shown(ch: str) -> str:
    if unicodedata.category(ch) not in ("Cc", "Cf"):
        return ch
    return f"\\x{ord(ch):02x}" if ord(ch) < 256 else f"\\u{ord(ch):04x}"


def _first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0][:200]

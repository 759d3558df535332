"""Paths, directories and globs → Articles and Rejects, whatever format each file is in.

Each input is read as a stream: its first bytes tell the format (and whether it is gzip), then the
reader for that format takes what it needs within the size budget. Any failure of one input becomes
a Reject naming it; the articles read before it, and the inputs after it, go on.
"""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from ..model import Article, Reject
from . import limits
from .decode import decode_text
from .errors import IngestError, os_reason
from .html import article_from_html
from .jsonl import read_json, read_jsonl, read_jsonl_stream
from .paths import HTML_SUFFIXES, JSON_SUFFIXES, JSONL_SUFFIXES, KNOWN, TEXT_SUFFIXES, WARC_SUFFIXES, expand, suffix
from .stream import GZIP_MAGIC, CorruptGzip, Gunzip, Rewound, gunzip_head, read_capped, read_upto
from .text import article_from_text
from .warc import read_warc

__all__ = ["KNOWN", "expand", "read_path", "read_sources"]

# markup that opens a page or fragment: read as HTML even without an <html> tag or a suffix
_MARKUP = re.compile(rb"<(?:!doctype\s+html|!--|html|head|body|meta|title|div|p|article|section|main|noscript"
                     rb"|script|style|span|h[1-6]|table|ul|a)[\s>/]", re.IGNORECASE)
_UNICODE_WIDE = (b"\xff\xfe", b"\xfe\xff")


def read_sources(paths: Iterable[str], outlet: str | None = None) -> Iterator[Article | Reject]:
    """Every article the paths hold, in a stable order; unreadable inputs come out as Rejects."""
    for path in expand(paths):
        items = [path] if isinstance(path, IngestError) else read_path(path)
        for item in items:
            if isinstance(item, IngestError):
                yield Reject(item.source, item.reason)
            else:
                if outlet and not item.outlet:
                    item.outlet = outlet
                yield item


def read_path(path: str) -> Iterator[Article | IngestError]:
    """Every article of one input ('-' is stdin), then an IngestError if reading broke off."""
    stdin = path == "-"
    source = "<stdin>" if stdin else path
    try:
        stream: BinaryIO = sys.stdin.buffer if stdin else open(path, "rb")  # noqa: SIM115 (closed below)
    except OSError as error:
        yield IngestError(source, os_reason(error))
        return
    try:
        yield from _read_stream(stream, source, "" if stdin else suffix(Path(path)), own_path=not stdin)
    except IngestError as error:
        yield error
    except CorruptGzip as error:
        yield IngestError(source, f"corrupt gzip data ({error})")
    except OSError as error:
        yield IngestError(source, os_reason(error))
    except MemoryError:
        yield IngestError(source, limits.over_budget("out of memory while reading"))
    finally:
        if not stdin:
            stream.close()


def _read_stream(raw: BinaryIO, source: str, suffix: str, own_path: bool) -> Iterator[Article | IngestError]:
    head = read_upto(raw, limits.HEAD_BYTES)
    gzipped = head.startswith(GZIP_MAGIC)
    kind = _kind(suffix, gunzip_head(head) if gzipped else head)
    whole = Rewound(head, raw)
    if kind == "warc":
        yield from read_warc(io.BufferedReader(whole), source)  # compressed or not: the reader knows both
        return
    body = io.BufferedReader(Gunzip(io.BufferedReader(whole)) if gzipped else whole)
    path_id = source if own_path else None
    if kind == "jsonl" and not _wide(head, gzipped):
        yield from read_jsonl_stream(body, source, own_path=own_path)
        return
    text, warnings = decode_text(read_capped(body, source), source)
    if kind == "jsonl":
        yield from read_jsonl(text, source, own_path=own_path)
    elif kind == "json":
        yield from read_json(text, source, own_path=own_path)
    elif kind == "html":
        yield article_from_html(text, source, source_id=path_id, warnings=warnings)
    else:
        yield article_from_text(text, source, source_id=path_id, warnings=warnings)


def _kind(suffix: str, head: bytes) -> str:
    """The format, from the suffix when it tells one, else from the (decompressed) first bytes."""
    if suffix in WARC_SUFFIXES:
        return "warc"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in JSON_SUFFIXES:
        return "json"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        return "text"
    start = head[:512].lstrip().removeprefix(b"\xef\xbb\xbf")
    if start.startswith(b"WARC/"):
        return "warc"
    if start.startswith(b"{"):
        return "jsonl"
    if (start[:1] == b"<" and b"<html" in head[:4096].lower()) or _MARKUP.match(start):
        return "html"
    return "text"


def _wide(head: bytes, gzipped: bool) -> bool:
    """UTF-16/32 JSON Lines cannot be split on b'\\n': such a file is decoded whole instead."""
    start = gunzip_head(head, 64) if gzipped else head[:64]
    return start.startswith(_UNICODE_WIDE) or b"\x00" in start

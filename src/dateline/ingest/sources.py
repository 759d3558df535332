"""Paths, directories and globs → Articles and Rejects, whatever format each file is in."""

from __future__ import annotations

import glob
import gzip
import io
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..model import Article, Reject
from .decode import decode
from .errors import IngestError
from .html import article_from_html
from .jsonl import read_json, read_jsonl
from .text import article_from_text, read_bytes
from .warc import read_warc

TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
WARC_SUFFIXES = {".warc", ".arc"}
KNOWN = TEXT_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES | HTML_SUFFIXES | WARC_SUFFIXES


def read_sources(paths: Iterable[str], outlet: str | None = None) -> Iterator[Article | Reject]:
    """Every article the paths hold, in a stable order; unreadable inputs come out as Rejects."""
    for path in expand(paths):
        for item in read_path(path):
            if isinstance(item, IngestError):
                yield Reject(item.source, item.reason)
            else:
                if outlet and not item.outlet:
                    item.outlet = outlet
                yield item


def expand(paths: Iterable[str]) -> Iterator[str]:
    """Directories are walked (known suffixes only, sorted); globs are expanded; '-' is stdin."""
    for raw in paths:
        if raw == "-":
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file() and _suffix(p) in KNOWN):
                yield str(child)
        elif not path.exists() and glob.has_magic(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            yield from (m for m in matches if Path(m).is_file()) if matches else [raw]
        else:
            yield raw


def read_path(path: str) -> Iterator[Article | IngestError]:
    try:
        data = sys.stdin.buffer.read() if path == "-" else read_bytes(Path(path))
        source = "<stdin>" if path == "-" else path
        if path.endswith(".gz") and not _is_warc(path):
            data = _gunzip(data, source)
        yield from _read_data(data, source, _suffix(Path(path)))
    except IngestError as error:
        yield error


def _read_data(data: bytes, source: str, suffix: str) -> Iterator[Article | IngestError]:
    kind = _kind(suffix, data)
    if kind == "warc":
        yield from read_warc(io.BytesIO(data), source)
        return
    text = decode(data, source)
    if kind == "jsonl":
        yield from read_jsonl(text, source)
    elif kind == "json":
        yield from read_json(text, source)
    elif kind == "html":
        yield article_from_html(text, source)
    else:
        yield article_from_text(text, source)


def _kind(suffix: str, data: bytes) -> str:
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
    head = data[:512].lstrip()
    if head.startswith(b"WARC/") or head.startswith(b"\x1f\x8b"):
        return "warc"
    if head.startswith(b"{"):
        return "jsonl"
    if (head[:1] == b"<" and b"<html" in data[:4096].lower()) or head.lower().startswith(b"<!doctype html"):
        return "html"
    return "text"


def _suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz" and len(suffixes) > 1:
        return suffixes[-2]
    return suffixes[-1] if suffixes else ""


def _is_warc(path: str) -> bool:
    return _suffix(Path(path)) in WARC_SUFFIXES


def _gunzip(data: bytes, source: str) -> bytes:
    try:
        return gzip.decompress(data)
    except (OSError, EOFError) as error:
        raise IngestError(source, f"corrupt gzip data ({error})") from None

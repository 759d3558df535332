"""Property tests over ingest: whatever bytes or records come in, no exception escapes the readers,
and every article they accept keeps the offset invariants of ``model.py``.

A small fixed-seed slice (``derandomize=True``, 50 examples each) runs with the suite; raise
the number with ``DATELINE_FUZZ_EXAMPLES=N`` for a longer random run.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
from datetime import date
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from dateline.ingest import IngestError, article_from_html, article_from_text, read_sources  # noqa: E402
from dateline.model import Analysis, Article, Reject  # noqa: E402

_FUZZ = int(os.environ.get("DATELINE_FUZZ_EXAMPLES", "0"))  # > 0: a longer random run, outside the suite
FIXED = settings(max_examples=_FUZZ or 50, derandomize=not _FUZZ, deadline=None, database=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

# News-like pieces mixed with what breaks readers: RTL script and marks, combining marks, NUL and other
# controls, line and paragraph separators, dashes a dateline needs, lone surrogates.
PIECES = st.sampled_from([
    "CAIRO, Egypt — ", "LONDON (Reuters) - ", "date 2024-02-30\n", "date 2025-01-09 ", "Officials said ",
    "the talks ended.", "\n\n", "\r\n", " ", "«", "»", "“", "”", "\u200f", "\u202e", "\u2028", "\x00", "\x1b[31m",
    "ש\u05b8לוֹם", "مرحبا بكم", "e\u0301\u0301\u0301", "\ud800", "\udfff", "\U0001f4f0", "\ufeff", "—", "-",
])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=20)), max_size=30).map("".join)
SCALAR = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), TEXT)
RECORD = st.dictionaries(
    st.sampled_from(["id", "text", "title", "author", "url", "outlet", "published", "extra"]),
    st.one_of(SCALAR, st.lists(SCALAR, max_size=3), st.sampled_from(["9999-12-31", "0001-01-01", "2024-02-29"])),
    max_size=8,
)
TAGS = st.sampled_from(["<html>", "<body>", "</body>", "</html>", "<p>", "</p>", "<div>", "</div>", "<article>",
                        "</article>", "<noscript>", "</noscript>", "<script>", "</script>", "<!--", "-->", "<a href='",
                        "<h1>", "</h1>", "<title>", "</title>", "<br/>", "<", ">", "&amp;", "&#0;", "&#xD800;"])
HTML = st.lists(st.one_of(TAGS, TEXT), max_size=40).map("".join)


def check(article: Article) -> None:
    """The invariants every accepted article keeps: its ranges and spans point into its own text."""
    text = article.text
    assert text.strip()
    assert 0 <= article.body.start <= article.body.end <= len(text)
    if article.dateline is not None:
        d = article.dateline
        assert 0 <= d.start <= d.end <= len(text) and text[d.start:d.end] == d.text
    for value in (text, article.title, article.author, article.url, article.outlet, article.source_id,
                  *article.warnings):
        if value is not None:
            value.encode("utf-8")  # no lone surrogate reaches the store or the JSON output
    if article.published is not None:
        date.fromisoformat(article.published[:10])
    record = Analysis(article).to_json()
    assert Analysis.from_json(json.loads(json.dumps(record))).article == article


def read_all(path: Path) -> list[Article | Reject]:
    items = list(read_sources([str(path)]))
    for item in items:
        assert isinstance(item, Article | Reject)
        if isinstance(item, Article):
            check(item)
        else:
            assert item.reason and "\n" not in item.reason
    return items


@FIXED
@given(text=TEXT, title=st.one_of(st.none(), TEXT), published=st.one_of(st.none(), TEXT))
def test_any_text_is_an_article_or_an_ingest_error(text: str, title: str | None, published: str | None) -> None:
    try:
        article = article_from_text(text, "<text>", title=title, published=published)
    except IngestError as error:
        assert error.reason
        return
    check(article)


@FIXED
@given(records=st.lists(st.one_of(RECORD, st.just("{"), st.just("[" * 5000)), min_size=1, max_size=5))
def test_any_jsonl_is_read_line_by_line(tmp_path_factory: pytest.TempPathFactory, records: list[object]) -> None:
    path = tmp_path_factory.mktemp("jsonl") / "dump.jsonl"
    lines = [r if isinstance(r, str) else json.dumps(r) for r in records]  # ASCII JSON escapes surrogates
    path.write_text("\n".join(lines), encoding="utf-8")
    items = read_all(path)
    assert len(items) <= len(lines)


@FIXED
@given(html=HTML)
def test_any_html_fragment_is_an_article_or_an_ingest_error(html: str) -> None:
    try:
        article = article_from_html(html, "<page>")
    except IngestError as error:
        assert error.reason
        return
    check(article)


def _warc_bytes() -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    page = ("<html><body><article><p>BAMAKO, Mali — The electoral commission said on Tuesday that counting "
            "would finish by the end of the week, citing delays in the north.</p></article></body></html>")
    for number in range(3):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://vote.example/{number}", "response",
                                                      payload=io.BytesIO(page.encode()), http_headers=headers))
    return buffer.getvalue()


WARC = _warc_bytes()
PLAIN_WARC = gzip.decompress(WARC)
TEXT_GZ = gzip.compress("NIAMEY, Niger — Officials said the border crossing reopened.\n".encode())


@FIXED
@given(source=st.sampled_from([("crawl.warc.gz", WARC), ("crawl.warc", PLAIN_WARC), ("a.txt.gz", TEXT_GZ),
                               ("noext", WARC), ("noext", TEXT_GZ)]),
       cut=st.floats(0, 1), flips=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), max_size=3))
def test_truncated_or_damaged_archives_never_raise(tmp_path_factory: pytest.TempPathFactory,
                                                   source: tuple[str, bytes], cut: float,
                                                   flips: list[tuple[float, int]]) -> None:
    name, data = source
    damaged = bytearray(data[: int(len(data) * cut)])
    for where, value in flips:
        if damaged:
            damaged[int(where * (len(damaged) - 1))] = value
    path = tmp_path_factory.mktemp("archive") / name
    path.write_bytes(bytes(damaged))
    read_all(path)


@FIXED
@given(data=st.binary(max_size=2000))
def test_any_bytes_on_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    for item in read_sources(["-"]):
        if isinstance(item, Article):
            check(item)

"""Issue 11, ingest: one bad input never sinks a batch, nothing is read past its budget, nothing is lost silently."""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import sys
import time
import tracemalloc
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dateline.ingest import limits, read_sources
from dateline.model import Article, Reject

STORY = ("DAKAR, Senegal — The port authority said on Monday that a new container terminal would open in "
         "March, after two years of delays blamed on dredging.\n\nShipping agents welcomed the news.\n")
SECOND = "Officials in the northern province said the road to the border had reopened after the floods."
PAGE = ("<!DOCTYPE html><html><head><title>Port terminal to open</title></head><body><article>"
        "<h1>Port terminal to open</h1><p>DAKAR, Senegal — The port authority said on Monday that a new container "
        "terminal would open in March, after two years of delays blamed on dredging in the outer harbour.</p>"
        "<p>Shipping agents welcomed the news, saying queues of ships had grown every month since the works "
        "began and that freight costs had risen along the whole coast.</p></article></body></html>")


def _write(path: Path, data: bytes | str) -> Path:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _read(*paths: Path | str) -> list[Article | Reject]:
    return list(read_sources([str(p) for p in paths]))


def _articles(items: list[Article | Reject]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def _rejects(items: list[Article | Reject]) -> list[Reject]:
    return [i for i in items if isinstance(i, Reject)]


# 1. one bad input never sinks a batch ------------------------------------------------------------------


def test_corrupt_deflate_data_is_one_reject_and_the_batch_goes_on(tmp_path: Path) -> None:
    good = _write(tmp_path / "a.txt", STORY)
    # a valid gzip header, then a deflate block of a type that does not exist: zlib.error, not OSError
    bad = _write(tmp_path / "b.txt.gz", gzip.compress(b"x")[:10] + b"\xff\xff\xff\xff" * 8)
    later = _write(tmp_path / "c.txt", SECOND)
    items = _read(good, bad, later)
    assert [type(i).__name__ for i in items] == ["Article", "Reject", "Article"]
    assert items[1].source == str(bad) and "corrupt gzip" in items[1].reason  # type: ignore[union-attr]


@pytest.mark.parametrize("field", ["text", "title", "author"])
def test_lone_surrogate_in_jsonl_is_replaced_with_a_warning(tmp_path: Path, field: str) -> None:
    record = {"text": "Officials said the bridge reopened on Tuesday.", "title": "Bridge", "author": "A. Writer"}
    record[field] = record[field][:9] + "\ud800" + record[field][9:]
    lines = [json.dumps({"text": SECOND}), json.dumps(record), json.dumps({"text": STORY})]
    items = _read(_write(tmp_path / "dump.jsonl", "\n".join(lines)))
    articles = _articles(items)
    assert len(articles) == 3 and not _rejects(items)
    damaged = articles[1]
    assert "\ufffd" in getattr(damaged, field)
    assert any("surrogate" in w and field in w for w in damaged.warnings)
    for article in articles:  # each can be written out (the store and --json both encode UTF-8)
        json.dumps(article.text, ensure_ascii=False).encode("utf-8")


def test_deeply_nested_jsonl_line_is_one_reject(tmp_path: Path) -> None:
    deep = '{"text": "x", "extra": ' + "[" * 100_000 + "]" * 100_000 + "}"
    items = _read(_write(tmp_path / "dump.jsonl", "\n".join([json.dumps({"text": SECOND}), deep,
                                                              json.dumps({"text": STORY})])))
    assert [type(i).__name__ for i in items] == ["Article", "Reject", "Article"]
    assert items[1].source.endswith("dump.jsonl:2") and "nested too deeply" in items[1].reason  # type: ignore[union-attr]


def test_deeply_nested_json_document_is_one_reject(tmp_path: Path) -> None:
    items = _read(_write(tmp_path / "deep.json", "[" * 100_000 + "]" * 100_000), _write(tmp_path / "b.txt", SECOND))
    assert [type(i).__name__ for i in items] == ["Reject", "Article"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root enters every directory: permissions cannot be tested")
def test_directory_that_cannot_be_entered(tmp_path: Path) -> None:
    locked = tmp_path / "in" / "locked"
    locked.mkdir(parents=True)
    _write(locked / "a.txt", STORY)
    _write(tmp_path / "in" / "b.txt", SECOND)
    locked.chmod(0)
    try:
        walked = _read(tmp_path / "in")
        direct = _read(locked / "a.txt", tmp_path / "in" / "b.txt")
    finally:
        locked.chmod(0o755)
    assert len(_articles(walked)) == 1
    assert [r.source for r in _rejects(walked)] == [str(locked)] and "permission denied" in walked[0].reason  # type: ignore[union-attr]
    assert [type(i).__name__ for i in direct] == ["Reject", "Article"]


# 4. size caps before decompressing or decoding ---------------------------------------------------------


def _zeros_gzip(size: int, prefix: bytes = b"") -> bytes:
    """A gzip of ``prefix`` and then ``size`` bytes of spaces, built a megabyte at a time."""
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=1) as archive:
        archive.write(prefix)
        chunk = b" " * (1 << 20)
        for _ in range(size >> 20):
            archive.write(chunk)
    return out.getvalue()


def test_gzip_that_expands_to_200_mb_is_refused_without_expanding_it(tmp_path: Path) -> None:
    bomb = _write(tmp_path / "big.txt.gz", _zeros_gzip(200 << 20, STORY.encode()))
    assert bomb.stat().st_size < 1_000_000
    tracemalloc.start()
    started = time.perf_counter()
    items = _read(bomb, _write(tmp_path / "ok.txt", SECOND))
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert [type(i).__name__ for i in items] == ["Reject", "Article"]
    assert "over the size budget" in items[0].reason  # type: ignore[union-attr]
    assert peak < 3 * limits.MAX_ARTICLE_BYTES  # the 200 MB were never held
    assert elapsed < 5


def test_bomb_inside_a_jsonl_gzip_costs_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_ARTICLE_BYTES", 1_000_000)
    head = (json.dumps({"text": SECOND}) + "\n").encode()
    body = gzip.compress(head + b'{"text": "' + b" " * 5_000_000 + b'"}\n' + head)
    items = _read(_write(tmp_path / "dump.jsonl.gz", body))
    assert [type(i).__name__ for i in items] == ["Article", "Reject", "Article"]
    assert items[1].source.endswith(":2") and "over the size budget" in items[1].reason  # type: ignore[union-attr]


def test_size_budget_is_configurable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = _write(tmp_path / "long.html", PAGE)
    monkeypatch.setattr(limits, "MAX_ARTICLE_BYTES", 200)
    (item,) = _read(page)
    assert isinstance(item, Reject) and "over the size budget" in item.reason and "200" in item.reason


# 6. nothing lost silently -------------------------------------------------------------------------------


def test_mixed_utf8_and_latin1_keeps_the_dateline(tmp_path: Path) -> None:
    data = STORY.encode("utf-8") + "Le café du port a fermé.\n".encode("latin-1")
    (article,) = _articles(_read(_write(tmp_path / "mixed.txt", data)))
    assert article.dateline is not None and article.dateline.place == "Dakar"  # the UTF-8 dash survived
    assert "Le caf\ufffd du port a ferm\ufffd." in article.text
    assert any("2 byte(s)" in w and "UTF-8" in w for w in article.warnings)


def test_one_invalid_byte_is_the_only_loss(tmp_path: Path) -> None:
    data = STORY.encode("utf-8").replace(b"Monday", b"Mon\xffday")
    (article,) = _articles(_read(_write(tmp_path / "one.txt", data)))
    assert article.dateline is not None and "Mon\ufffdday" in article.text and "—" in article.text
    assert article.warnings


def test_legacy_8bit_file_is_still_read_as_cp1252(tmp_path: Path) -> None:
    (article,) = _articles(_read(_write(tmp_path / "old.txt", "Le café a fermé — dit-il.".encode("cp1252"))))
    assert article.text == "Le café a fermé — dit-il." and not article.warnings


def _warc(urls: list[str], gz: bool = False) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gz)
    for url in urls:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(PAGE.encode()),
                                                      http_headers=headers))
    return buffer.getvalue()


@pytest.mark.parametrize("delta", [+40, -40, +1_000_000])
def test_false_content_length_costs_one_record(tmp_path: Path, delta: int) -> None:
    data = _warc(["https://port.example/1", "https://port.example/2", "https://port.example/3"])
    length = re.search(rb"Content-Length: (\d+)", data)
    assert length is not None
    data = data[:length.start(1)] + str(int(length.group(1)) + delta).encode() + data[length.end(1):]
    items = _read(_write(tmp_path / "crawl.warc", data))
    assert [a.url for a in _articles(items)] == ["https://port.example/2", "https://port.example/3"]
    (reject,) = _rejects(items)
    assert reject.source.endswith("#https://port.example/1") and "false Content-Length" in reject.reason


def test_glob_of_directories_only_is_a_reject(tmp_path: Path) -> None:
    (tmp_path / "2024").mkdir()
    (tmp_path / "2025").mkdir()
    (reject,) = _read(str(tmp_path / "20*"))
    assert isinstance(reject, Reject) and "only directories" in reject.reason


def test_symlink_loops_are_rejects(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    _write(folder / "a.txt", STORY)
    (folder / "again").symlink_to(folder)
    (folder / "self.txt").symlink_to(folder / "self.txt")
    items = _read(folder)
    assert len(_articles(items)) == 1
    reasons = {Path(r.source).name: r.reason for r in _rejects(items)}
    assert set(reasons) == {"again", "self.txt"} and all("symlink loop" in r for r in reasons.values())


# 7. dates ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("published", "kept"), [
    ("9999-12-31", None), ("0001-01-01", None), ("2024-02-30", None), ("garbage", None),
    ("2024-02-29", "2024-02-29"), ("2025-01-09T12:00:00Z", "2025-01-09T12:00:00Z"),
])
def test_published_is_a_real_date_or_dropped_with_a_warning(tmp_path: Path, published: str, kept: str | None) -> None:
    (article,) = _read(_write(tmp_path / "d.jsonl", json.dumps({"text": STORY, "published": published})))
    assert isinstance(article, Article) and article.published == kept
    assert bool(article.warnings) == (kept is None)
    assert all(published in w for w in article.warnings)


def test_out_of_range_date_header_does_not_reject_the_article(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from dateline.analyze import analyze_articles
    from dateline.model import Analysis

    story = STORY + "The terminal closed yesterday and will reopen tomorrow, next week or next year.\n"
    articles = _articles(_read(_write(tmp_path / "a.txt", "date 9999-12-31\n" + story),
                               _write(tmp_path / "b.txt", "date 0001-01-01\n" + story)))
    results = list(analyze_articles(articles, nlp))
    assert all(isinstance(r, Analysis) for r in results) and len(results) == 2


# 11. smaller --------------------------------------------------------------------------------------------


def test_gzip_on_stdin_is_not_taken_for_a_warc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(gzip.compress(STORY.encode()))))
    (article,) = _read("-")
    assert isinstance(article, Article) and article.source == "<stdin>" and article.dateline is not None


def test_warc_on_stdin_gzipped_is_still_a_warc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(_warc(["https://port.example/1"], gz=True))))
    (article,) = _read("-")
    assert isinstance(article, Article) and article.url == "https://port.example/1"


def test_html5_with_optional_end_tags_omitted_is_read(tmp_path: Path) -> None:
    page = PAGE.replace("</p>", "").replace("</body></html>", "")
    (article,) = _read(_write(tmp_path / "html5.html", page))
    assert isinstance(article, Article) and "Shipping agents" in article.text


def test_noscript_line_is_not_an_article(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    line = b"<noscript>You need to enable JavaScript to run this app.</noscript>\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(line)))
    shell = _write(tmp_path / "app.html", b"<html><body>" + line + b"<div id='root'></div></body></html>")
    items = _read("-", shell)
    assert [type(i).__name__ for i in items] == ["Reject", "Reject"]
    assert all("no article text" in r.reason for r in _rejects(items))


def test_noscript_text_stays_out_of_a_page(tmp_path: Path) -> None:
    page = PAGE.replace("<article>", "<noscript>Please enable JavaScript to see the comments.</noscript><article>")
    (article,) = _read(_write(tmp_path / "p.html", page))
    assert isinstance(article, Article) and "JavaScript" not in article.text


def test_warc_uri_escapes_are_shown_decoded_and_kept_raw(tmp_path: Path) -> None:
    raw = "https://port.example/caf%C3%A9/%1B%5B31m"
    data = _warc([raw])
    items = _read(_write(tmp_path / "a.warc", data))
    (article,) = items
    assert isinstance(article, Article) and article.url == raw
    empty = _write(tmp_path / "b.warc", data.replace(PAGE.encode(), b"<html><body></body></html>".ljust(len(PAGE))))
    (reject,) = _read(empty)
    assert isinstance(reject, Reject) and reject.source.endswith("#https://port.example/café/\\x1b[31m")


# deliver 4: the input's own id ----------------------------------------------------------------------------


def test_source_id_is_the_inputs_own_id(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "cc-news-000042", "text": STORY}), json.dumps({"id": 7, "text": SECOND}),
             json.dumps({"text": SECOND + " Again."})]
    dump = _write(tmp_path / "dump.jsonl", "\n".join(lines))
    text = _write(tmp_path / "a.txt", STORY)
    crawl = _write(tmp_path / "c.warc.gz", _warc(["https://port.example/1"], gz=True))
    items = _read(dump, text, crawl)
    ids = [a.source_id for a in _articles(items)]
    assert ids[:4] == ["cc-news-000042", "7", f"{dump}:3", str(text)]
    assert re.fullmatch(r"<urn:uuid:[0-9a-f-]{36}>", ids[4] or "")

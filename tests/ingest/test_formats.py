"""Every input format, and every kind of bad input, as a user would feed them."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dateline.ingest import IngestError, read_sources
from dateline.ingest.decode import decode
from dateline.model import Article, Reject

ARTICLE = ("date 2025-01-09 OTTAWA, Ontario — The city council approved a new transit budget on Wednesday, "
           "Mayor Claire Dubois said.\n\nThe plan adds 40 buses by 2027.\n")
HTML = """<!DOCTYPE html><html><head><title>Council approves transit budget | Ottawa Ledger</title>
<meta property="og:site_name" content="Ottawa Ledger">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2025-01-09T12:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council approves transit budget</h1>
<p>OTTAWA, Ontario — The city council approved a new transit budget on Wednesday, Mayor Claire Dubois said,
ending months of debate over fares and routes in the capital.</p>
<p>Photo by John Smith</p>
<p>The plan adds 40 buses by 2027 and extends night service on six routes, the city's transit office said in a
statement that also promised new shelters at busy stops across the east end of the city.</p>
<p>Read more: Council votes on snow clearing</p>
<p>Opposition councillors said the budget relied on optimistic ridership figures and would need revisiting
within two years if fares did not recover to their levels before the pandemic.</p>
</article><footer>Copyright 2025 Ottawa Ledger</footer></body></html>"""


def _write(path: Path, data: bytes | str) -> Path:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _one(path: Path) -> Article | Reject:
    items = list(read_sources([str(path)]))
    assert len(items) == 1
    return items[0]


def test_text_file(tmp_path: Path) -> None:
    article = _one(_write(tmp_path / "a.txt", ARTICLE))
    assert isinstance(article, Article)
    assert article.published == "2025-01-09"
    assert article.dateline is not None and article.dateline.place == "Ottawa"
    assert article.text[article.body.start:].startswith("The city council")
    assert article.id.startswith("sha256:")


def test_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": "Officials in Lima said the bridge reopened.", "url": "https://example.org/1",
                    "title": "Bridge reopens", "outlet": "Example News", "published": "2025-02-01", "author": "A. B."}),
        "{not json",
        json.dumps({"title": "no text"}),
        json.dumps(["a list"]),
        "",
        json.dumps({"text": "date 2025-02-02 QUITO, Ecuador — A second article."}),
    ]
    items = list(read_sources([str(_write(tmp_path / "batch.jsonl", "\n".join(lines)))]))
    articles = [i for i in items if isinstance(i, Article)]
    rejects = [i for i in items if isinstance(i, Reject)]
    assert [a.title for a in articles] == ["Bridge reopens", None]
    assert articles[0].url == "https://example.org/1" and articles[0].outlet == "Example News"
    assert articles[1].published == "2025-02-02" and articles[1].dateline is not None
    assert [r.source.rsplit(":", 1)[1] for r in rejects] == ["2", "3", "4"]
    assert "malformed JSON" in rejects[0].reason and "'text'" in rejects[1].reason


def test_html_page(tmp_path: Path) -> None:
    article = _one(_write(tmp_path / "page.html", HTML))
    assert isinstance(article, Article)
    assert article.title == "Council approves transit budget"
    assert article.outlet == "Ottawa Ledger"
    assert article.author == "Jane Roe"
    assert article.published == "2025-01-09"
    assert article.dateline is not None and article.dateline.place == "Ottawa"
    assert "Photo by" not in article.text and "Read more" not in article.text  # news furniture removed
    assert "Opposition councillors" in article.text and "Home" not in article.text


def test_gzipped_html(tmp_path: Path) -> None:
    article = _one(_write(tmp_path / "page.html.gz", gzip.compress(HTML.encode())))
    assert isinstance(article, Article) and article.outlet == "Ottawa Ledger"


def _warc(records: list[tuple[str, str, bytes]]) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for url, content_type, payload in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                                      http_headers=headers))
    return buffer.getvalue()


def test_warc_with_html_and_other_records(tmp_path: Path) -> None:
    data = _warc([("https://ledger.example/a", "text/html; charset=utf-8", HTML.encode()),
                  ("https://ledger.example/logo.png", "image/png", b"\x89PNG...."),
                  ("https://ledger.example/b", "text/html", b"<html><body></body></html>")])
    items = list(read_sources([str(_write(tmp_path / "crawl.warc.gz", data))]))
    assert isinstance(items[0], Article) and items[0].url == "https://ledger.example/a"
    assert isinstance(items[1], Reject) and items[1].source.endswith("#https://ledger.example/b")
    assert len(items) == 2


def test_corrupt_warc_keeps_what_was_read(tmp_path: Path) -> None:
    good = _warc([("https://ledger.example/a", "text/html", HTML.encode())])
    broken = good + b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\ntruncated"
    items = list(read_sources([str(_write(tmp_path / "broken.warc", gzip.decompress(good) + broken[len(good):]))]))
    assert isinstance(items[0], Article)
    assert isinstance(items[-1], Reject) and "corrupt WARC" in items[-1].reason


def test_garbage_warc(tmp_path: Path) -> None:
    item = _one(_write(tmp_path / "junk.warc.gz", b"\x1f\x8b\x08\x00garbage that is not gzip"))
    assert isinstance(item, Reject) and "WARC" in item.reason


def test_directory_mixing_formats(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", ARTICLE)
    _write(tmp_path / "b.html", HTML)
    _write(tmp_path / "c.jsonl", json.dumps({"text": "Officials in Lima said the bridge reopened."}))
    (tmp_path / "sub").mkdir()
    _write(tmp_path / "sub" / "d.warc.gz", _warc([("https://x.example/d", "text/html", HTML.encode())]))
    _write(tmp_path / "notes.md", "not an article")
    items = list(read_sources([str(tmp_path)]))
    assert all(isinstance(i, Article) for i in items)
    assert len(items) == 4
    globbed = list(read_sources([str(tmp_path / "*.txt")]))
    assert len(globbed) == 1


BAD_INPUTS = [
    ("missing.txt", None, "no such file"),
    ("empty.txt", b"", "empty input"),
    ("blank.txt", b"   \n\n  ", "empty input"),
    ("image.txt", bytes(range(256)) * 20, "binary data"),
    ("only-header.txt", b"date 2025-01-01 \n", "no article text"),
    ("truncated.html", b"<!DOCTYPE html><html><head><title>Cut</title></head><body><article><p>Text that ends",
     "truncated"),
    ("cut-in-tag.html", b"<!DOCTYPE html><html><body><p>The council met.</p><a href=\"/next", "truncated"),
    ("empty-page.html", b"<html><body><div></div></body></html>", "no article text"),
    ("bad.txt.gz", b"\x1f\x8bnot really gzip", "corrupt gzip"),
]


@pytest.mark.parametrize(("name", "data", "reason"), BAD_INPUTS)
def test_bad_input_is_one_clear_reject(tmp_path: Path, name: str, data: bytes | None, reason: str) -> None:
    path = tmp_path / name if data is None else _write(tmp_path / name, data)
    item = _one(path)
    assert isinstance(item, Reject)
    assert item.source == str(path)
    assert reason in item.reason
    assert "\n" not in item.reason


def test_a_batch_goes_on_after_bad_inputs(tmp_path: Path) -> None:
    for name, data, _ in BAD_INPUTS:
        if data is not None:
            _write(tmp_path / name, data)
    _write(tmp_path / "good.txt", ARTICLE)
    items = list(read_sources([str(tmp_path), str(tmp_path / "missing.txt")]))
    assert sum(isinstance(i, Article) for i in items) == 1
    assert sum(isinstance(i, Reject) for i in items) == len(BAD_INPUTS)


@pytest.mark.parametrize(("encoded", "name"), [
    ("Café owner José Núñez said “prices rose”.".encode("utf-8-sig"), "utf-8 BOM"),
    ("Café owner José Núñez said “prices rose”.".encode("utf-16"), "utf-16 with BOM"),
    ("Café owner José Núñez said “prices rose”.".encode("utf-16-le"), "utf-16 without BOM"),
    ("Café owner José Núñez said “prices rose”.".encode("cp1252"), "cp1252"),
])
def test_encodings(encoded: bytes, name: str) -> None:
    assert decode(encoded, name) == "Café owner José Núñez said “prices rose”."


def test_latin1_text() -> None:
    assert decode("Zürich: Größe".encode("latin-1"), "x") == "Zürich: Größe"


def test_binary_is_refused() -> None:
    with pytest.raises(IngestError, match="binary"):
        decode(b"\x00\x01\x02\x03" * 100, "blob.bin")


def test_json_documents(tmp_path: Path) -> None:
    one = _write(tmp_path / "one.json", json.dumps({"text": "Officials in Lima said the bridge reopened."}))
    many = _write(tmp_path / "many.json", json.dumps([{"text": "First story text."}, {"title": "no text"}]))
    other = _write(tmp_path / "cases.json", json.dumps({"01.txt": {"people": []}}))
    items = list(read_sources([str(one), str(many), str(other)]))
    assert [type(i).__name__ for i in items] == ["Article", "Article", "Reject", "Reject"]
    assert items[2].source.endswith("many.json[2]") and "'text'" in items[2].reason
    assert items[3].source == str(other)

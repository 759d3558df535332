"""A mixed input directory as a newsroom dump has it: text files, JSON Lines, an HTML page, a WARC, and broken
inputs (binary, empty, a malformed JSON line, a record without text). Every article is invented."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tests.conftest import EXAMPLES
from tests.synthetic import make_article

PAGE = """<!DOCTYPE html><html><head><title>Harbour dredging to resume | Coastal Courier</title>
<meta property="og:site_name" content="Coastal Courier">
<meta property="article:published_time" content="2025-03-11T08:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Harbour dredging to resume</h1>
<p>VALPARAISO, Chile — Port director Elena Fuentes said on Tuesday that dredging of the northern basin would
resume next month after a two-year pause.</p>
<p>"The channel has lost three metres of depth," Fuentes told reporters. The work will cost 40 million dollars,
according to the port authority.</p></article><footer>© Coastal Courier</footer></body></html>"""

GOOD = 8  # articles the directory holds: 3 examples, 2 JSONL lines, 1 HTML page, 2 WARC responses
BAD = ["binary.txt", "empty.txt", "feed.jsonl:3", "feed.jsonl:4"]  # what must be rejected (by name)


def _page(title: str, body: str) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n") if p.strip())
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{paragraphs}"
            "</article></body></html>").encode()


def _warc(path: Path) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        records = [("https://courier.example/news/1", "text/html; charset=utf-8",
                    _page("Budget review", make_article(11))),
                   ("https://courier.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n...."),
                   ("https://courier.example/news/2", "text/html", _page("Vaccine plan", make_article(12)))]
        for url, kind, payload in records:
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                                          http_headers=headers))


def build(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for example in sorted(EXAMPLES.glob("*.txt")):
        shutil.copy(example, folder / example.name)
    lines = [json.dumps({"id": "wire-1", "url": "https://wire.example/1", "outlet": "Wire", "text": make_article(1)}),
             json.dumps({"id": "wire-2", "title": "Port expansion", "text": make_article(2)}),
             '{"id": "wire-3", "text": "unterminated',
             json.dumps({"id": "wire-4", "title": "no text here"})]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "page.html").write_text(PAGE, encoding="utf-8")
    _warc(folder / "crawl.warc.gz")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "empty.txt").write_bytes(b"")
    return folder

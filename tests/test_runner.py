"""The one runner: executors are interchangeable, readers' rejects keep their place, and inputs stream."""

from __future__ import annotations

import gzip
import io
import json
import random
from pathlib import Path
from typing import Any

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dateline.ingest import article_from_text, read_sources
from dateline.ingest import sources as ingest_sources
from dateline.model import Analysis, Reject
from dateline.runner import InProcess, ProcessPool, run, run_pairs
from tests.synthetic import make_article

RECORDS = 3000


def test_executors_are_interchangeable_and_rejects_keep_their_place(nlp: Any) -> None:
    a, b, c = (article_from_text(make_article(n), f"a{n}.txt") for n in range(3))
    items = [Reject("bad-1.txt", "empty input"), a, b, Reject("bad-2.txt", "binary data, not text"), c]
    here = list(run(items, InProcess(batch_size=2, nlp=nlp)))
    pool = list(run(items, ProcessPool(workers=2, batch_size=1)))
    shown = [r.dumps() if isinstance(r, Analysis) else r for r in here]
    assert shown == [r.dumps() if isinstance(r, Analysis) else r for r in pool]
    assert [type(r).__name__ for r in here] == ["Reject", "Analysis", "Analysis", "Reject", "Analysis"]
    pairs = list(run_pairs(items, InProcess(nlp=nlp)))
    assert [(x.id if x else None) for x, _ in pairs] == [None, a.id, b.id, None, c.id]
    assert all(isinstance(r, Reject) or r.article.id == x.id for x, r in pairs if x is not None)


def _noise(n: int) -> str:
    """Bytes gzip cannot squeeze, so that a compressed file is as large as a real one of that many records."""
    return random.Random(n).randbytes(600).hex()


def _jsonl(path: Path, gz: bool) -> None:
    lines = "".join(json.dumps({"id": f"w{n}", "note": _noise(n), "text": make_article(n)}) + "\n"
                    for n in range(RECORDS)).encode()
    path.write_bytes(gzip.compress(lines) if gz else lines)


def _warc(path: Path, gz: bool) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gz)
        for n in range(RECORDS):
            page = (f"<html><body><!-- {_noise(n)} --><article><p>{make_article(n)}</p></article></body></html>"
                    ).encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://wire.example/{n}", "response",
                                                          payload=io.BytesIO(page), http_headers=headers))


@pytest.mark.parametrize("name", ["dump.jsonl", "dump.jsonl.gz", "crawl.warc", "crawl.warc.gz"])
def test_the_first_article_comes_before_the_file_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        name: str) -> None:
    """A JSONL or WARC file of any size is read a record at a time: the first article is out after a few
    buffers of the file, not after all of it (what lets a Spark task or a worker start on a 1 GB crawl)."""
    path = tmp_path / name
    (_warc if ".warc" in name else _jsonl)(path, name.endswith(".gz"))
    opened: list[Any] = []
    real_open = open

    def tracking(file: Any, *args: Any, **kwargs: Any) -> Any:
        handle = real_open(file, *args, **kwargs)
        opened.append(handle)
        return handle

    monkeypatch.setattr(ingest_sources, "open", tracking, raising=False)
    items = read_sources([str(path)])
    first = next(items)
    read = opened[0].raw.tell()
    size = path.stat().st_size
    assert not isinstance(first, Reject) and size > 1_000_000
    assert read < size / 4 and read < 600_000, f"{read:,} of {size:,} bytes read for the first article"
    assert sum(1 for _ in items) == RECORDS - 1

"""The fuzz job: hostile documents of every input format through the whole pipeline, offsets checked.

    python3 tasks.py fuzz [--docs 10000] [--seed 1]

Documents are made deterministically from a seed: wire-style articles (tests/synthetic.py) cut and spliced
with what breaks readers and parsers — right-to-left script and marks, combining marks, NUL and other
controls, lone surrogates escaped in JSON, long runs of quote marks and brackets, base64 blobs, HTML
fragments, truncated gzip and WARC bytes — and written as .txt, .html, .jsonl, .json, .gz and .warc.gz files.
Every file goes through ``read_sources`` and ``analyze_articles``; a crash is an exception that escapes
them or a reject that reports a failed analysis, and every span of every record must point into the
record's own text. A fixed-seed slice runs with the suite (tests/analyze/test_fuzz_slice.py).
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from dateline.analyze import analyze_articles
from dateline.ingest import read_sources
from dateline.model import Analysis, Article, Reject

try:
    from .synthetic import make_article
except ImportError:  # run as a script
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from synthetic import make_article  # type: ignore[no-redef]

HOSTILE = ["\u200f", "\u202e", "\u2066", "\u2028", "\u2029", "\x00", "\x1b[31m", "\x0c", "\ufeff", "\ufffd",
           "e\u0301\u0301\u0301", "ש\u05b8לוֹם", "مرحبا بكم في", "\U0001f4f0", "\U0001f468\u200d\U0001f469",
           "“", "”", "‘", "’", "«", "»", "\"", "'", "(", ")", "—", " - ", ": ", "\t", "\r\n", "\n\n"]
RUNS = ["\"", "“", "(", ")", "'", "-", "=", "a", "A1", ".", "\n", " ", "!"]


def _blob(rng: random.Random, size: int) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(rng.choice(alphabet) for _ in range(size))


def hostile_text(rng: random.Random, number: int, scale: int = 5000) -> str:
    """An article with hostile pieces spliced in at random places (runs and blobs up to ``scale`` long)."""
    text = make_article(number, seed=rng.randrange(1_000_000))
    pieces = list(text)
    for _ in range(rng.randint(0, 12)):
        roll = rng.random()
        if roll < 0.55:
            piece = rng.choice(HOSTILE)
        elif roll < 0.8:
            piece = rng.choice(RUNS) * min(scale, rng.choice([10, 100, 1000, 5000]))
        elif roll < 0.9:
            piece = _blob(rng, min(4 * scale, rng.choice([100, 2000, 20000])))
        else:
            piece = "".join(chr(rng.randrange(0x20, 0x2FFF)) for _ in range(rng.randint(1, 200)))
        pieces.insert(rng.randrange(len(pieces) + 1), piece)
    text = "".join(pieces)
    if rng.random() < 0.2:
        cut = rng.randrange(len(text) + 1)
        text = text[:cut]
    return text


def _html(rng: random.Random, text: str) -> str:
    tags = ["<p>", "</p>", "<div>", "</div>", "<article>", "<noscript>", "<script>", "</script>", "<!--", "-->",
            "<h1>", "</h1>", "<br>", "<", ">", "&amp;", "&#0;", "&#xD800;", "<table><tr><td>"]
    paragraphs = text.split("\n")
    body = "".join(f"<p>{p}</p>" if rng.random() < 0.8 else rng.choice(tags) + p for p in paragraphs)
    page = f"<html><head><title>{paragraphs[0][:60]}</title></head><body><article>{body}</article></body></html>"
    return page[:rng.randrange(len(page) + 1)] if rng.random() < 0.15 else page


def _warc(rng: random.Random, texts: list[str]) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for number, text in enumerate(texts):
        payload = _html(rng, text).encode("utf-8", "surrogatepass")
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        record = writer.create_warc_record(f"https://news.example/{number}%20x", "response",
                                           payload=io.BytesIO(payload), http_headers=headers)
        writer.write_record(record)
    data = buffer.getvalue()
    return data[:rng.randrange(len(data) + 1)] if rng.random() < 0.2 else data


def write_documents(folder: Path, count: int, seed: int, scale: int = 5000) -> int:
    """``count`` documents in mixed formats under ``folder``; returns the number of documents written."""
    rng = random.Random(seed)
    hostile = lambda r, n: hostile_text(r, n, scale)  # noqa: E731
    made = 0
    while made < count:
        kind = rng.choice(["txt", "txt", "html", "jsonl", "json", "gz", "warc"])
        stem = folder / f"doc{made:06d}"
        if kind == "txt":
            date = rng.choice(["date 2025-03-12\n", "date 9999-12-31\n", "date 2024-02-30\n", ""])
            stem.with_suffix(".txt").write_bytes((date + hostile(rng, made)).encode("utf-8", "surrogatepass"))
            made += 1
        elif kind == "html":
            stem.with_suffix(".html").write_bytes(_html(rng, hostile(rng, made)).encode("utf-8", "surrogatepass"))
            made += 1
        elif kind in ("jsonl", "json"):
            n = 1 if kind == "json" else rng.randint(1, 5)
            records = [_record(rng, made + i, scale) for i in range(n)]
            lines = "\n".join(json.dumps(r, ensure_ascii=rng.random() < 0.5) for r in records)
            stem.with_suffix(f".{kind}").write_bytes(lines.encode("utf-8", "surrogatepass"))
            made += n
        elif kind == "gz":
            data = gzip.compress(hostile(rng, made).encode("utf-8", "surrogatepass"))
            stem.with_suffix(".txt.gz").write_bytes(data[:rng.randrange(len(data) + 1)] if rng.random() < 0.2 else data)
            made += 1
        else:
            n = rng.randint(1, 4)
            stem.with_suffix(".warc.gz").write_bytes(_warc(rng, [hostile(rng, made + i) for i in range(n)]))
            made += n
    return made


def _record(rng: random.Random, number: int, scale: int) -> dict[str, Any]:
    record: dict[str, Any] = {"id": f"r{number}", "text": hostile_text(rng, number, scale)}
    if rng.random() < 0.5:
        record["title"] = rng.choice(["Talks end", "\ud800 broken", "", None, 42])
    if rng.random() < 0.5:
        record["published"] = rng.choice(["2025-03-12", "9999-12-31", "0001-01-01", "2024-02-30", "garbage", 7])
    if rng.random() < 0.1:
        record["text"] = rng.choice([None, 5, ["a"], {"nested": "x"}])
    return record


@dataclass
class Result:
    documents: int = 0
    articles: int = 0
    rejects: int = 0
    crashes: list[str] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    seconds: float = 0.0


def spans(value: Any, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every ``{start, end, text}`` object of a record, with where it sits."""
    if isinstance(value, dict):
        if {"start", "end", "text"} <= value.keys() and isinstance(value["start"], int):
            yield path, value
        for key, inner in value.items():
            yield from spans(inner, f"{path}.{key}")
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from spans(inner, f"{path}[{index}]")


def check_record(analysis: Analysis) -> list[str]:
    """The offset invariants of one record: every span's text is the text at its offsets."""
    record = analysis.to_json()
    text = record["text"]
    problems = []
    for where, span in spans(record):
        if where == "":
            continue
        start, end = span["start"], span["end"]
        if not (0 <= start <= end <= len(text)) or text[start:end] != span["text"]:
            problems.append(f"{analysis.article.source}: {where} [{start}:{end}] {span['text'][:40]!r}")
    json.dumps(record, ensure_ascii=False).encode("utf-8")  # the record must serialise
    return problems


def run(folder: Path, result: Result, batch: int = 32) -> None:
    started = time.perf_counter()
    files = sorted(p for p in folder.iterdir() if p.is_file())
    for offset in range(0, len(files), batch):
        chunk = [str(p) for p in files[offset:offset + batch]]
        try:
            items = list(read_sources(chunk))
            articles = [i for i in items if isinstance(i, Article)]
            result.rejects += sum(isinstance(i, Reject) for i in items)
            for outcome in analyze_articles(articles):
                if isinstance(outcome, Reject):
                    result.rejects += 1
                    if outcome.reason.startswith("analysis failed"):
                        result.crashes.append(f"{outcome.source}: {outcome.reason}")
                    continue
                result.articles += 1
                result.violations.extend(check_record(outcome))
        except Exception as error:  # counting what escapes is the point
            result.crashes.append(f"{chunk[0]}…: {type(error).__name__}: {error}")
    result.seconds += time.perf_counter() - started


def fuzz(documents: int, seed: int, scale: int = 5000) -> Result:
    result = Result()
    with tempfile.TemporaryDirectory(prefix="dateline-fuzz-") as tmp:
        result.documents = write_documents(Path(tmp), documents, seed, scale)
        run(Path(tmp), result)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    result = fuzz(args.docs, args.seed)
    for line in (result.crashes + result.violations)[:40]:
        print(line)
    print(f"documents {result.documents}  articles {result.articles}  rejects {result.rejects}  "
          f"crashes {len(result.crashes)}  invariant violations {len(result.violations)}  "
          f"time {result.seconds:.0f} s (seed {args.seed})")
    sys.exit(1 if result.crashes or result.violations else 0)


if __name__ == "__main__":
    main()

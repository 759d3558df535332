"""HTML → body text, scored against the article-extraction-benchmark's ``articleBody``.

Token precision/recall/F1 over multisets of lower-cased word tokens, averaged over pages (the
usual figure for this benchmark), for dateline's HTML ingest and plain trafilatura in one run.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import trafilatura

from ..ingest.html import extract_body

_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True)
class Score:
    system: str
    pages: int
    precision: float
    recall: float
    f1: float


def token_prf(predicted: str, gold: str) -> tuple[float, float, float]:
    got = Counter(_TOKEN.findall(predicted.lower()))
    want = Counter(_TOKEN.findall(gold.lower()))
    if not got and not want:
        return 1.0, 1.0, 1.0
    overlap = sum((got & want).values())
    precision = overlap / sum(got.values()) if got else 0.0
    recall = overlap / sum(want.values()) if want else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def load_gold(folder: Path) -> list[tuple[str, str]]:
    """(html, articleBody) for every page of the benchmark folder."""
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth):
        page = folder / "html" / f"{key}.html.gz"
        if page.exists():
            html = gzip.decompress(page.read_bytes()).decode("utf-8", errors="replace")
            pages.append((html, truth[key]["articleBody"]))
    return pages


def _plain_trafilatura(html: str) -> str:
    return trafilatura.extract(html) or ""


SYSTEMS: dict[str, Callable[[str], str]] = {"dateline": extract_body, "trafilatura": _plain_trafilatura}


def evaluate(folder: Path) -> list[Score]:
    pages = load_gold(folder)
    scores = []
    for name, system in SYSTEMS.items():
        rows = [token_prf(system(html), gold) for html, gold in pages]
        n = len(rows) or 1
        scores.append(Score(name, len(rows), sum(r[0] for r in rows) / n, sum(r[1] for r in rows) / n,
                            sum(r[2] for r in rows) / n))
    return scores

"""Check-worthiness scored against CLEF CheckThat! and ClaimBuster gold.

Formats read: a folder of CheckThat! 2019 transcripts (``line<TAB>speaker<TAB>sentence<TAB>label``),
a CheckThat! 2020 TSV with a header (``tweet_text`` and ``claim_worthiness`` columns), or a
ClaimBuster JSON list (``text``, ``label``). Each sentence is analysed in its document (a
transcript, or blocks of 50 items), one per line; its score is the highest check-worthiness of
the claims that start on its line. Reported: precision/recall/F1 of the positive class at the
threshold, and mean average precision of the ranking (per transcript for CheckThat! 2019).
"""

from __future__ import annotations

import csv
import html
import json
from dataclasses import dataclass
from pathlib import Path

from ..analyze import analyze_articles
from ..analyze.checkworthy import model
from ..analyze.pipeline import shared_nlp
from ..ingest import article_from_text
from ..model import Analysis
from .scoring import Counts

_BLOCK = 50


def threshold() -> float:
    """The shipped model's decision threshold (cross-validated on its training data), else 0.5."""
    linear = model()
    return linear.threshold if linear is not None else 0.5


@dataclass(frozen=True)
class Item:
    text: str
    label: int


@dataclass(frozen=True)
class ClaimScore(Counts):
    mean_average_precision: float
    documents: int


def read_gold(path: Path) -> list[list[Item]]:
    if path.is_dir():
        return [_checkthat2019(f) for f in sorted(path.glob("*.tsv"))]
    if path.suffix == ".json":
        records = json.loads(path.read_text(encoding="utf-8"))
        return _blocks([Item(str(r["text"]), int(r["label"])) for r in records])
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return _blocks([Item(html.unescape(r["tweet_text"]), int(r["claim_worthiness"])) for r in rows])


def _checkthat2019(path: Path) -> list[Item]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 4 and parts[-1].strip() in ("0", "1"):
            items.append(Item(parts[2], int(parts[-1])))
    return items


def _blocks(items: list[Item]) -> list[list[Item]]:
    return [items[i:i + _BLOCK] for i in range(0, len(items), _BLOCK)]


def scores(documents: list[list[Item]]) -> list[list[float]]:
    """One check-worthiness score per item, from dateline's claims on the item's line."""
    articles, offsets = [], []
    for number, items in enumerate(documents):
        lines = [" ".join(item.text.split()) or "." for item in items]
        starts, position = [], 0
        for line in lines:
            starts.append(position)
            position += len(line) + 1
        articles.append(article_from_text("\n".join(lines), f"claims:{number}"))
        offsets.append(starts)
    results = []
    for starts, result in zip(offsets, analyze_articles(articles, shared_nlp(), batch_size=4), strict=True):
        line_scores = [0.0] * len(starts)
        if isinstance(result, Analysis):
            for claim in result.claims:
                row = max(i for i, s in enumerate(starts) if s <= claim.span.start)
                line_scores[row] = max(line_scores[row], claim.checkworthy or 0.0)
        results.append(line_scores)
    return results


def average_precision(labels: list[int], ranked: list[float]) -> float:
    order = sorted(range(len(labels)), key=lambda i: (-ranked[i], i))
    hits, total = 0, 0.0
    for rank, index in enumerate(order, start=1):
        if labels[index]:
            hits += 1
            total += hits / rank
    positives = sum(labels)
    return total / positives if positives else 0.0


def evaluate(path: Path) -> ClaimScore:
    documents = read_gold(path)
    predicted = scores(documents)
    gold = [item.label for items in documents for item in items]
    flat = [s for line_scores in predicted for s in line_scores]
    cut = threshold()
    found = [s >= cut for s in flat]
    correct = sum(1 for g, f in zip(gold, found, strict=True) if g and f)
    if path.is_dir():
        averages = [average_precision([i.label for i in items], s) for items, s in zip(documents, predicted,
                                                                                        strict=True)]
        mean_ap = sum(averages) / len(averages) if averages else 0.0
    else:
        mean_ap = average_precision(gold, flat)
    return ClaimScore(sum(gold), sum(found), correct, round(mean_ap, 4), len(documents))

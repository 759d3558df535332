"""Quotes scored against attribution gold: PolNeAR's BRAT standoff or dateline's own JSON Lines format.

JSON Lines gold (one article per line):
    {"text": "…", "published": "2025-01-01",
     "quotes": [{"content": [start, end], "source": [start, end] or null, "direct": true}]}
Offsets are characters of ``text`` (end exclusive). PolNeAR: every ``E`` attribution relation
with its Content and Source spans (the first annotator's file when several annotated a text).

Spans are compared after trimming white space, quotation marks and edge punctuation, since
corpora differ on whether "“…,”" includes its marks and comma. Content: exact match and overlap
(one-to-one, greedy); speaker: the predicted speaker's words against the gold Source span, exact
and overlapping, over the gold attributions that have a source. Direct quotes (gold content in
quotation marks) are scored apart from all attributions, and textacy's ``direct_quotations`` is
run on the same texts when it is installed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..analyze import analyze_articles
from ..analyze.pipeline import bare_nlp, shared_nlp
from ..ingest import article_from_text
from ..model import Analysis, Range
from .scoring import Counts

_MARKS = "“”\"'‘’«»„ \n\t,.;:—–-"


@dataclass(frozen=True)
class Attribution:
    content: Range
    source: Range | None
    direct: bool


@dataclass(frozen=True)
class Document:
    name: str
    text: str
    gold: list[Attribution]


@dataclass(frozen=True)
class QuoteScore(Counts):
    system: str
    subset: str
    measure: str


def _is_direct(text: str, span: Range) -> bool:
    inner = text[span.start:span.end]
    return "“" in inner or inner.count('"') >= 2


def read_polnear(folder: Path) -> list[Document]:
    documents = []
    for text_file in sorted((folder / "text").glob("*.txt")):
        annotations = sorted((folder / "attributions").glob(text_file.stem + "_*.ann"))
        if not annotations:
            continue
        text = text_file.read_text(encoding="utf-8")
        documents.append(Document(text_file.name, text, _read_ann(annotations[0].read_text(encoding="utf-8"), text)))
    return documents


def _read_ann(ann: str, text: str) -> list[Attribution]:
    spans: dict[str, list[Range]] = {}
    relations: list[dict[str, str]] = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            _label, *rest = parts[1].split(" ", 1)
            pieces = [tuple(int(x) for x in piece.split()) for piece in " ".join(rest).split(";")]
            spans[parts[0]] = [Range(p[0], p[1]) for p in pieces]
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in parts[1].split()))
    found = []
    for relation in relations:
        sources = spans.get(relation.get("Source", ""))
        source = Range(sources[0].start, sources[-1].end) if sources else None
        # a quotation split by its attribution ("“…,” she said, “…”") is scored piece by piece
        for content in spans.get(relation.get("Content", ""), []):
            found.append(Attribution(content, source, _is_direct(text, content)))
    return found


def read_jsonl_gold(path: Path) -> list[Document]:
    documents = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        record = json.loads(line)
        text = record["text"]
        gold = []
        for quote in record.get("quotes", []):
            content = Range(*quote["content"])
            source = Range(*quote["source"]) if quote.get("source") else None
            gold.append(Attribution(content, source, bool(quote.get("direct", _is_direct(text, content)))))
        documents.append(Document(f"{path.name}:{number}", text, gold))
    return documents


def read_gold(path: Path) -> list[Document]:
    return read_polnear(path) if path.is_dir() else read_jsonl_gold(path)


def dateline_predictions(documents: list[Document]) -> list[list[Attribution]]:
    articles = [article_from_text(d.text, d.name) for d in documents]
    predictions: list[list[Attribution]] = []
    for document, result in zip(documents, analyze_articles(articles, shared_nlp(), batch_size=8), strict=True):
        if not isinstance(result, Analysis):
            predictions.append([])
            continue
        offset = len(document.text) - len(result.article.text)  # a leading date header is not in the text
        found = []
        for quote in result.quotes:
            if quote.kind == "post":
                continue
            mention = quote.speaker.mention if quote.speaker else None
            source = Range(mention.start + offset, mention.end + offset) if mention else None
            content = Range(quote.content.start + offset, quote.content.end + offset)
            found.append(Attribution(content, source, quote.kind == "direct"))
        predictions.append(found)
    return predictions


def textacy_predictions(documents: list[Document]) -> list[list[Attribution]] | None:
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError:
        return None
    nlp = bare_nlp()
    predictions = []
    for doc in nlp.pipe((d.text for d in documents), batch_size=8):
        found = []
        try:
            triples = list(direct_quotations(doc))
        except Exception:  # textacy trips over some quote layouts; count it as finding nothing there
            triples = []
        for triple in triples:
            content = Range(triple.content.start_char, triple.content.end_char)
            speaker = triple.speaker
            source = Range(speaker[0].idx, speaker[-1].idx + len(speaker[-1].text)) if speaker else None
            found.append(Attribution(content, source, True))
        predictions.append(found)
    return predictions


def _norm(text: str, span: Range) -> Range:
    chunk = text[span.start:span.end]
    left = span.start + len(chunk) - len(chunk.lstrip(_MARKS))
    right = span.end - (len(chunk) - len(chunk.rstrip(_MARKS)))
    return Range(left, max(left, right))


def _overlap(a: Range, b: Range) -> bool:
    return a.start < b.end and b.start < a.end


def _match(text: str, gold: list[Attribution], predicted: list[Attribution],
           same: Callable[[Range, Range], bool]) -> list[tuple[Attribution, Attribution]]:
    pairs, taken = [], set()
    for g in gold:
        for i, p in enumerate(predicted):
            if i not in taken and same(_norm(text, g.content), _norm(text, p.content)):
                pairs.append((g, p))
                taken.add(i)
                break
    return pairs


def score(system: str, documents: list[Document], predictions: list[list[Attribution]]) -> list[QuoteScore]:
    rows = []
    for subset, keep in (("direct", lambda a: a.direct), ("all", lambda a: True)):
        totals: dict[str, list[int]] = {m: [0, 0, 0] for m in
                                        ("content exact", "content overlap", "speaker exact", "speaker overlap")}
        for document, predicted in zip(documents, predictions, strict=True):
            gold = [a for a in document.gold if keep(a)]
            mine = [a for a in predicted if keep(a)]
            text = document.text
            exact = _match(text, gold, mine, lambda a, b: a == b)
            loose = _match(text, gold, mine, _overlap)
            _add(totals["content exact"], len(gold), len(mine), len(exact))
            _add(totals["content overlap"], len(gold), len(mine), len(loose))
            sourced = [g for g in gold if g.source is not None]
            speaking = [p for p in mine if p.source is not None]
            hits = [(g, p) for g, p in loose if g.source is not None and p.source is not None]
            _add(totals["speaker exact"], len(sourced), len(speaking),
                 sum(_norm(text, g.source) == _norm(text, p.source) for g, p in hits if g.source and p.source))
            _add(totals["speaker overlap"], len(sourced), len(speaking),
                 sum(_overlap(g.source, p.source) for g, p in hits if g.source and p.source))
        rows += [QuoteScore(gold=c[0], predicted=c[1], correct=c[2], system=system, subset=subset, measure=measure)
                 for measure, c in totals.items()]
    return rows


def _add(total: list[int], gold: int, predicted: int, correct: int) -> None:
    total[0] += gold
    total[1] += predicted
    total[2] += correct


def evaluate(path: Path) -> list[QuoteScore]:
    documents = read_gold(path)
    rows = score("dateline", documents, dateline_predictions(documents))
    theirs = textacy_predictions(documents)
    if theirs is not None:
        rows += score("textacy", documents, theirs)
    return rows


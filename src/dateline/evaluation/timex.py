"""Time expressions scored against TimeML gold (TempEval-3 TBAQ, platinum), the way TempEval-3 Task A does.

Each document's creation time (the DCT TIMEX3) is the publication date. Extraction is scored
strict (same span) and relaxed (overlapping span); ``value`` and ``type`` are scored as
relaxed F1 × the share of matched expressions whose attribute is right. Per-type rows
(DATE, TIME, DURATION, SET) count gold and matches of that gold type.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..analyze.pipeline import bare_nlp
from ..analyze.tense import clause_tense
from ..analyze.timex import Timex, find_timexes
from .scoring import Counts


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True)
class Document:
    name: str
    text: str
    created: date
    gold: list[GoldTimex]


@dataclass(frozen=True)
class TimexScore(Counts):
    measure: str


def read_timeml(folder: Path) -> list[Document]:
    documents = []
    for path in sorted(folder.rglob("*.tml")):
        root = ElementTree.parse(path).getroot()
        dct = root.find("DCT/TIMEX3")
        text_element = root.find("TEXT")
        if dct is None or text_element is None:
            continue
        parts: list[str] = []
        gold: list[GoldTimex] = []
        _walk(text_element, parts, gold)
        created = date.fromisoformat(str(dct.get("value"))[:10])
        documents.append(Document(path.name, "".join(parts), created, gold))
    return documents


def _walk(element: ElementTree.Element, parts: list[str], gold: list[GoldTimex]) -> None:
    start = sum(len(p) for p in parts)
    if element.text:
        parts.append(element.text)
    for child in element:
        _walk(child, parts, gold)
        if child.tail:
            parts.append(child.tail)
    if element.tag == "TIMEX3":
        end = sum(len(p) for p in parts)
        gold.append(GoldTimex(start, end, element.get("type", ""), element.get("value", "")))


def predict(documents: list[Document]) -> list[list[Timex]]:
    nlp = bare_nlp()
    return [find_timexes(document.text, document.created, clause_tense(doc))
            for document, doc in zip(documents, nlp.pipe(d.text for d in documents), strict=True)]


def score(documents: list[Document], predictions: list[list[Timex]]) -> list[TimexScore]:
    gold_n = sum(len(d.gold) for d in documents)
    pred_n = sum(len(p) for p in predictions)
    strict = relaxed = value_ok = type_ok = 0
    by_type: dict[str, list[int]] = {}
    for document, predicted in zip(documents, predictions, strict=True):
        for g in document.gold:
            counts = by_type.setdefault(g.type, [0, 0, 0])
            counts[0] += 1
            match = next((p for p in predicted if p.start < g.end and g.start < p.end), None)
            if match is None:
                continue
            relaxed += 1
            strict += (match.start, match.end) == (g.start, g.end)
            value_ok += match.value == g.value
            type_ok += match.type == g.type
            counts[2] += match.value == g.value
        for p in predicted:
            by_type.setdefault(p.type, [0, 0, 0])[1] += 1
    rows = [TimexScore(gold_n, pred_n, strict, measure="extraction, strict"),
            TimexScore(gold_n, pred_n, relaxed, measure="extraction, relaxed")]
    accuracy_value = value_ok / relaxed if relaxed else 0.0
    accuracy_type = type_ok / relaxed if relaxed else 0.0
    rows.append(TimexScore(gold_n, pred_n, round(relaxed * accuracy_value), measure="value"))
    rows.append(TimexScore(gold_n, pred_n, round(relaxed * accuracy_type), measure="type"))
    for kind in ("DATE", "TIME", "DURATION", "SET"):
        gold_count, found_count, right = by_type.get(kind, [0, 0, 0])
        rows.append(TimexScore(gold_count, found_count, right, measure=f"value, {kind}"))
    return rows


def evaluate(folder: Path) -> list[TimexScore]:
    documents = read_timeml(folder)
    return score(documents, predict(documents))

"""The hand-reading scorer: quotes and events of a reading scored against dateline's analysis."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from dateline.evaluation.reading import evaluate

TEXT = ("date 2025-03-12 GENEVA, Switzerland — Police arrested two union leaders on Monday. "
        "The union will hold a strike next week, its spokesman said.\n")


def _span(word: str, occurrence: int = 0) -> list[int]:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(word, start + 1)
    return [start, start + len(word)]


def test_events_of_a_reading_are_scored(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    reading = {"article": "a.txt", "sha256": hashlib.sha256(TEXT.encode("utf-8")).hexdigest(), "half": "dev",
               "events": [
                   {"trigger": _span("arrested"), "category": "COERCE", "modality": "happened",
                    "date": "2025-03-10", "time": _span("Monday"), "place": None},
                   {"trigger": _span("strike"), "category": "PROTEST", "modality": "planned",
                    "date": "2025-W12", "time": _span("next week"), "place": None},
                   # a happening dateline is not expected to find: recall must fall below 1
                   {"trigger": _span("said"), "category": "STATEMENT", "modality": "happened", "date": None,
                    "time": None, "place": None}]}
    gold = tmp_path / "reading.jsonl"
    gold.write_text(json.dumps(reading) + "\n", encoding="utf-8")
    scores = {s.measure: s for s in evaluate(gold, tmp_path)}
    assert scores["event recall"].gold == 3 and scores["event recall"].correct == 2
    assert scores["dated events"].recall == 1.0
    assert scores["event date"].correct == 2 and scores["event modality"].correct == 2
    assert 0 < scores["event precision"].precision <= 1.0

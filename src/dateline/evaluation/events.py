"""Events scored against JSON Lines gold: (source, category, target) triples and modality.

Gold format, one article per line:
    {"text": "date 2025-03-12 GENEVA, Switzerland — …",
     "events": [{"source": "Amara Okonkwo" | null, "category": "CONSULT", "target": "Karim Haddad" | null,
                 "modality": "happened", "date": "2025-03-11" | null}]}
A predicted event matches a gold one when the categories are equal and each actor name contains
the other (case-insensitive; null only matches a missing actor). Reported: triple precision,
recall and F1; over matched events, the share with the right modality and with the right date.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..analyze import analyze_articles
from ..analyze.pipeline import shared_nlp
from ..ingest import article_from_text
from ..model import Analysis, Event
from .scoring import Counts


@dataclass(frozen=True)
class EventScore(Counts):
    modality_accuracy: float
    date_accuracy: float


def _same_actor(gold: str | None, found: str | None) -> bool:
    if not gold or not found:
        return not gold and not found
    gold, found = _bare(gold), _bare(found)
    return gold in found or found in gold


def _bare(name: str) -> str:
    """Without a leading article: "the army" and "army" name one actor."""
    words = name.lower().split()
    return " ".join(words[1:] if len(words) > 1 and words[0] in ("the", "a", "an") else words)


def _matches(gold: dict[str, Any], event: Event) -> bool:
    return (gold["category"] == event.category
            and _same_actor(gold.get("source"), event.source.name if event.source else None)
            and _same_actor(gold.get("target"), event.target.name if event.target else None))


def evaluate(path: Path) -> EventScore:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = [article_from_text(r["text"], f"{path.name}:{n}") for n, r in enumerate(records, start=1)]
    gold_n = predicted_n = matched = modality_ok = date_ok = dated = 0
    for record, result in zip(records, analyze_articles(articles, shared_nlp()), strict=True):
        events = result.events if isinstance(result, Analysis) else []
        predicted_n += len(events)
        gold_n += len(record["events"])
        taken: set[str] = set()
        for gold in record["events"]:
            event = next((e for e in events if e.id not in taken and _matches(gold, e)), None)
            if event is None:
                continue
            taken.add(event.id)
            matched += 1
            modality_ok += event.modality == gold.get("modality")
            if gold.get("date"):
                dated += 1
                date_ok += event.date is not None and event.date.value == gold["date"]
    return EventScore(gold_n, predicted_n, matched, modality_ok / matched if matched else 0.0,
                      date_ok / dated if dated else 0.0)

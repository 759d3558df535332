"""The JSON contract: lossless round trip, and every span's text is the text at its offsets."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dateline.analyze import analyze_articles
from dateline.ingest import read_sources
from dateline.model import Analysis, Article

from .conftest import EXAMPLES, SEED

FIXTURES = sorted(EXAMPLES.glob("*.txt")) + ([SEED] if SEED.exists() else [])


def _spans(value: Any) -> list[dict[str, Any]]:
    """Every {start, end, text} object anywhere in a record."""
    found = []
    if isinstance(value, dict):
        if {"start", "end", "text"} <= value.keys() and isinstance(value["start"], int):
            found.append(value)
        for item in value.values():
            found += _spans(item)
    elif isinstance(value, list):
        for item in value:
            found += _spans(item)
    return found


@pytest.fixture(scope="module")
def analyses(nlp) -> list[Analysis]:  # type: ignore[no-untyped-def]
    articles = [a for a in read_sources([str(p) for p in FIXTURES]) if isinstance(a, Article)]
    return [a for a in analyze_articles(articles, nlp) if isinstance(a, Analysis)]


def test_every_fixture_analyses(analyses: list[Analysis]) -> None:
    assert len(analyses) == len(FIXTURES)


def test_offsets_point_at_their_text(analyses: list[Analysis]) -> None:
    for analysis in analyses:
        record = analysis.to_json()
        spans = _spans({k: v for k, v in record.items() if k != "text"})
        assert spans, "a fixture with no spans tests nothing"
        for span in spans:
            assert record["text"][span["start"]:span["end"]] == span["text"]


def test_json_contract_fields(analyses: list[Analysis]) -> None:
    record = json.loads(analyses[0].dumps())
    for key in ("schema", "id", "url", "outlet", "title", "published", "text", "body", "dateline", "entities",
                "quotes", "events", "claims", "cues"):
        assert key in record
    assert record["schema"] == "dateline/1"
    assert {"text", "place", "country", "start", "end"} <= record["dateline"].keys()
    entity = record["entities"][0]
    assert {"id", "name", "type", "mentions"} <= entity.keys()
    assert {"start", "end", "text"} <= entity["mentions"][0].keys()


def test_round_trip_is_lossless(analyses: list[Analysis]) -> None:
    for analysis in analyses:
        again = Analysis.from_json(json.loads(analysis.dumps()))
        assert again == analysis
        assert again.dumps() == analysis.dumps()


def test_same_input_same_output(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = next(a for a in read_sources([str(FIXTURES[0])]) if isinstance(a, Article))
    first = next(iter(analyze_articles([article], nlp)))
    second = next(iter(analyze_articles([article], nlp)))
    assert isinstance(first, Analysis) and isinstance(second, Analysis)
    assert first.dumps() == second.dumps()

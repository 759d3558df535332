"""The events evaluation on the 30-article event corpus written for it (tests/fixtures/events)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from dateline.cli import main

GOLD = Path(__file__).resolve().parent / "fixtures" / "events" / "gold.jsonl"


def test_the_corpus_covers_every_modality() -> None:
    records = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    assert len(records) >= 30
    modalities = {e["modality"] for r in records for e in r["events"]}
    assert {"happened", "ongoing", "planned", "attempted", "blocked", "hypothetical"} <= modalities


def test_events_are_found_with_their_modality_and_date() -> None:
    result = CliRunner().invoke(main, ["eval", "events", "--gold", str(GOLD)])
    assert result.exit_code == 0, result.output
    gold, _, _, recall, f1, modality, when = result.output.splitlines()[1].split()
    assert int(gold) >= 30
    assert float(f1) >= 0.7 and float(recall) >= 0.7
    assert float(modality) >= 0.9 and float(when) >= 0.9


def test_petrarch_dates_read_in_both_of_its_forms() -> None:
    from dateline.evaluation.plover import _date_header

    assert _date_header("20150609") == "2015-06-09"
    assert _date_header("121108") == "2012-11-08"  # PETRARCH's YYMMDD
    assert _date_header("950301") == "1995-03-01"
    assert _date_header("") == "2000-01-01"

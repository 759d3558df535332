"""Time expressions resolved against the publication date, in the tense of their clause."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.analyze.timex import find_timexes
from dateline.cli import main
from dateline.evaluation.timex import read_timeml

WEDNESDAY = date(2024, 2, 7)


def _one(text: str, tense: str = "past", published: date = WEDNESDAY) -> tuple[str, str, str | None]:
    (timex,) = find_timexes(text, published, lambda offset: tense)
    return timex.text, timex.type, timex.value


@pytest.mark.parametrize(("text", "tense", "expected"), [
    ("They met on Wednesday.", "past", ("Wednesday", "DATE", "2024-02-07")),
    ("They met on Monday.", "past", ("Monday", "DATE", "2024-02-05")),
    ("They will meet on Monday.", "future", ("Monday", "DATE", "2024-02-12")),
    ("They met last Wednesday.", "past", ("last Wednesday", "DATE", "2024-01-31")),
    ("The cabinet met in October.", "past", ("October", "DATE", "2023-10")),
    ("The vote is due in October.", "future", ("October", "DATE", "2024-10")),
    ("He spoke in Davos last month.", "past", ("last month", "DATE", "2024-01")),
    ("Talks resume next week.", "future", ("next week", "DATE", "2024-W07")),
    ("The meeting lasted several hours.", "past", ("several hours", "DURATION", "PTXH")),
    ("The strike lasted three weeks.", "past", ("three weeks", "DURATION", "P3W")),
    ("It rained two days ago.", "past", ("two days ago", "DATE", "2024-02-05")),
    ("The fair opens on March 3, 2025.", "future", ("March 3, 2025", "DATE", "2025-03-03")),
    ("The law was passed in 2019.", "past", ("2019", "DATE", "2019")),
    ("Inspectors visit every week.", "present", ("every week", "SET", "P1W")),
    ("He spoke yesterday.", "past", ("yesterday", "DATE", "2024-02-06")),
    ("The talks ended at 3 p.m.", "past", ("3 p.m.", "TIME", "2024-02-07T15:00")),
])
def test_resolution(text: str, tense: str, expected: tuple[str, str, str]) -> None:
    assert _one(text, tense) == expected


def test_modal_may_is_not_a_month() -> None:
    assert find_timexes("The dam may fail.", WEDNESDAY) == []
    assert [t.value for t in find_timexes("Prices fell in May.", WEDNESDAY)] == ["2023-05"]


def test_unknown_date_keeps_the_words() -> None:
    (timex,) = find_timexes("They met on Monday.", None)
    assert timex.text == "Monday" and timex.value is None


def test_timeml_reader_and_command() -> None:
    folder = Path(__file__).resolve().parents[1] / "fixtures" / "timeml"
    (document,) = read_timeml(folder)
    assert document.created == WEDNESDAY
    assert [document.text[g.start:g.end] for g in document.gold] == ["Tuesday", "three days", "next week"]
    result = CliRunner().invoke(main, ["eval", "timex", "--gold", str(folder)])
    assert result.exit_code == 0, result.output
    value_row = next(line.split() for line in result.output.splitlines() if line.startswith("value "))
    assert float(value_row[-1]) == 1.0

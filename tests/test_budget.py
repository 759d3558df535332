"""Per-article time and size budget (issue 11, deliverable 2): an article over it is a reject with the
reason, and the batch goes on."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.analyze import analyze_batch
from dateline.analyze.budget import Budget, OverBudget, deadline
from dateline.cli import main
from dateline.ingest import article_from_text
from dateline.model import Analysis, Reject

SHORT = "ACCRA, Ghana — The health minister said on Tuesday that two new clinics would open in March."
PARAGRAPH = ("The council of Port Avel said on Monday that it would review the harbour levy after traders, "
             "led by the fishmonger Tove Marin, protested for a third week. “We cannot pay twice,” Marin said. ")


def test_an_article_over_the_size_budget_is_rejected_before_analysis(nlp) -> None:  # type: ignore[no-untyped-def]
    long = article_from_text("LAGOS, Nigeria — " + PARAGRAPH * 40, "long.txt")
    short = article_from_text(SHORT, "short.txt")
    results = analyze_batch(nlp, [long, short], Budget(chars=2_000))
    assert isinstance(results[0], Reject) and results[0].source == "long.txt"
    assert results[0].reason.startswith("over the size budget (") and "limit 2,000" in results[0].reason
    assert isinstance(results[1], Analysis)


def test_an_article_over_the_time_budget_is_rejected_and_the_batch_goes_on(nlp) -> None:  # type: ignore[no-untyped-def]
    long = article_from_text("LAGOS, Nigeria — " + PARAGRAPH * 300, "long.txt")  # several seconds of work
    short = article_from_text(SHORT, "short.txt")
    started = time.perf_counter()
    results = analyze_batch(nlp, [short, long, short], Budget(seconds=1.0))
    assert time.perf_counter() - started < 4.0  # stopped at its budget, not analysed to the end
    assert [type(r).__name__ for r in results] == ["Analysis", "Reject", "Analysis"]
    assert isinstance(results[1], Reject) and results[1].reason == "over the time budget (1 s)"


def test_the_deadline_stops_a_runaway_regular_expression() -> None:
    started = time.perf_counter()
    with pytest.raises(OverBudget), deadline(0.3):
        re.search(r"(a+)+b", "a" * 40)  # catastrophic backtracking: hours if not stopped
    assert time.perf_counter() - started < 1.5


def test_budget_must_be_positive() -> None:
    with pytest.raises(ValueError, match="seconds > 0"):
        Budget(seconds=0)


def test_cli_budget_options(tmp_path: Path) -> None:
    (tmp_path / "long.txt").write_text("LAGOS, Nigeria — " + PARAGRAPH * 5, encoding="utf-8")
    (tmp_path / "short.txt").write_text(SHORT, encoding="utf-8")
    result = CliRunner().invoke(main, ["analyze", str(tmp_path), "--json", "--max-chars", "500",
                                       "--max-seconds", "20"])
    assert result.exit_code == 1
    assert "rejected" in result.stderr and "long.txt: over the size budget (" in result.stderr
    assert len(result.stdout.splitlines()) == 1 and '"schema"' in result.stdout  # the short one was analysed
    bad = CliRunner().invoke(main, ["analyze", str(tmp_path), "--max-seconds", "0"])
    assert bad.exit_code == 2

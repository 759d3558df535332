"""A fixed-seed slice of the fuzz job (tests/fuzzing.py): hostile documents of every format, no crash,
every span pointing into its own text. The full job (10,000 documents) runs with ``python3 tasks.py fuzz``."""

from __future__ import annotations

from tests.fuzzing import fuzz


def test_hostile_documents_neither_crash_nor_break_offsets() -> None:
    result = fuzz(24, seed=11, scale=300)
    assert result.documents >= 24
    assert result.articles > 0 and result.rejects > 0  # some are read, some refused with reasons
    assert result.crashes == []
    assert result.violations == []


def test_the_offset_check_sees_a_span_that_points_elsewhere() -> None:
    import dataclasses

    from dateline import analyze
    from dateline.model import Span
    from tests.fuzzing import check_record

    analysis = analyze("date 2025-03-12\nLIMA, Peru — The minister said on Monday that talks had ended.\n")
    assert check_record(analysis) == []
    event = analysis.events[0]
    analysis.events[0] = dataclasses.replace(event, trigger=Span(event.trigger.start, event.trigger.end, "xx"))
    assert check_record(analysis)

"""Property tests over analysis: whatever text comes in, analysis gives a record or a reject with a
reason, never an exception, and every span of the record points into the record's own text.

A small fixed-seed slice (``derandomize=True``) runs with the suite; ``DATELINE_FUZZ_EXAMPLES=N`` runs
more, and ``python3 tasks.py fuzz`` runs the 10,000-document job over every input format."""

from __future__ import annotations

import os

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from dateline.analyze import analyze_articles  # noqa: E402
from dateline.ingest import IngestError, article_from_text  # noqa: E402
from dateline.model import Analysis, Reject  # noqa: E402
from tests.fuzzing import check_record  # noqa: E402

_MORE = int(os.environ.get("DATELINE_FUZZ_EXAMPLES", "0"))
FIXED = settings(max_examples=_MORE or 15, derandomize=not _MORE, deadline=None, database=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

WORDS = st.sampled_from([
    "LIMA, Peru — ", "The minister said ", "on Monday", " that talks had ended.", " “We will not leave,” ",
    "she told reporters. ", "Rebels attacked the town, killing 12 people. ", "\n\n", "(", ")", "\"", "’",
    "\u202e", "\u200f", "e\u0301\u0301", "שלום ", "مرحبا ", "\x00", "1000000 days ago", "next year",
    "A.B.C.D.E.", "Mr. ", "Dr ", "U.S. ", "- ", "—", "$5bn ", "#hashtag ", "@handle ", "https://x.example/a?b=c ",
])
TEXT = st.lists(st.one_of(WORDS, st.text(max_size=12)), min_size=1, max_size=40).map("".join)


@FIXED
@given(body=TEXT, dated=st.booleans())
def test_any_text_analyses_with_spans_in_place(nlp, body: str, dated: bool) -> None:  # type: ignore[no-untyped-def]
    text = ("date 2025-03-12\n" if dated else "") + body
    try:
        article = article_from_text(text, "<hypothesis>")
    except IngestError as error:
        assert error.reason and "\n" not in error.reason
        return
    (outcome,) = list(analyze_articles([article], nlp))
    if isinstance(outcome, Reject):
        assert not outcome.reason.startswith("analysis failed"), outcome.reason
        return
    assert isinstance(outcome, Analysis)
    assert check_record(outcome) == []

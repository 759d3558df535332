"""Pathological but possible texts finish in linear time (issue 11, item 3).

Each input took seconds to minutes before: a base64 blob in the office-title pattern (20,000
characters: 6 s), a run of quotation marks in the quote finder (1,000 marks: 24 s), a run of "(" or
"$" in spaCy's tokenizer (4,000: 2-4 s), a paragraph of spaces in the pasted-post signature.
"""

from __future__ import annotations

import random
import time

from dateline.analyze import analyze_batch
from dateline.analyze.coreference import offices
from dateline.analyze.posts import find_posts
from dateline.ingest import article_from_text
from dateline.model import Analysis, Range

LEAD = "LAGOS, Nigeria — The finance minister said on Monday that the budget would pass.\n\n"


def _seconds(run) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def test_office_pattern_is_linear_on_a_long_token() -> None:
    rng = random.Random(3)
    blob = "".join(rng.choice("ABCdef0123") for _ in range(40_000))  # a base64-like token
    assert _seconds(lambda: offices(f"The Premier's Office declined, data: {blob}", [], {})) < 0.5
    # the pattern still finds an office after a capitalised word, and only from a word's start
    found = offices("A spokesman for the Premier's Office declined; eBay's office did not.", [], {})
    assert [e.name for e in found] == ["Premier's Office"]


def test_post_signature_is_linear_on_a_paragraph_of_spaces() -> None:
    text = "x" + " " * 50_000 + "y"
    assert _seconds(lambda: find_posts(text, [Range(0, len(text))])) < 0.5


def test_tokenizer_is_linear_on_runs_of_affixes(nlp) -> None:  # type: ignore[no-untyped-def]
    for mark in ("(", "$", '"', "!"):
        text = f"Prices rose {mark * 20_000} sharply."
        assert _seconds(lambda: nlp.make_doc(text)) < 1.0  # noqa: B023
        doc = nlp.make_doc(text)
        assert doc.text == text
        assert [t.text for t in doc[:2]] == ["Prices", "rose"] and doc[-1].text == "."
    ordinary = "She said (in a letter) that the $5m plan was “dead”. " * 50
    assert [t.text for t in nlp.make_doc(ordinary)] == [t.text for t in nlp.tokenizer.tokenizer(ordinary)]


def test_runs_of_quotation_marks_analyse_in_seconds(nlp) -> None:  # type: ignore[no-untyped-def]
    for marks in ('"' * 3000, "“" * 3000, "'" * 3000):
        article = article_from_text(LEAD + marks + "\n\n“We will pass it,” the minister said.", "<marks>")
        results: list[object] = []
        assert _seconds(lambda: results.extend(analyze_batch(nlp, [article]))) < 5.0  # noqa: B023
        assert isinstance(results[0], Analysis)
        assert any(q.kind == "direct" and "pass it" in q.content.text for q in results[0].quotes)

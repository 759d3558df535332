"""The quotes layer on synthetic articles, one construction or hard negative each (tests/fixtures/quotes)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dateline.model import Analysis, Quote

from ..conftest import analyse_fixtures

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "quotes"
CASES: dict[str, list[dict[str, Any]]] = json.loads((FIXTURES / "cases.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def analyses(nlp) -> dict[str, Analysis]:  # type: ignore[no-untyped-def]
    return analyse_fixtures(nlp, FIXTURES, sorted(CASES))  # type: ignore[return-value]


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 30


def _matches(quote: Quote, want: dict[str, Any], quotes: list[Quote]) -> bool:
    checks = [quote.kind == want["kind"], want["content"] in quote.content.text]
    if "also" in want:
        checks.append(want["also"] in quote.content.text)
    if "speaker" in want:
        checks.append(quote.speaker is not None and quote.speaker.name == want["speaker"])
    if "speaker_kind" in want:
        checks.append(quote.speaker is not None and quote.speaker.kind == want["speaker_kind"])
    if "cue" in want:
        checks.append(quote.cue is not None and quote.cue.text == want["cue"])
    if "class" in want:
        checks.append(quote.cue is not None and quote.cue.cue_class == want["class"])
    if "addressee" in want:
        checks.append(quote.addressee is not None and quote.addressee.name == want["addressee"])
    if "inside" in want:
        outer = next((q for q in quotes if q.id == quote.inside), None)
        checks.append(outer is not None and outer.kind == want["inside"])
    if "chain" in want:
        checks.append([link.name for link in quote.chain] == want["chain"])
    for key, value in want.get("post", {}).items():
        checks.append(quote.post is not None and getattr(quote.post, key) == value)
    return all(checks)


@pytest.mark.parametrize("name", sorted(CASES))
def test_quotes(analyses: dict[str, Analysis], name: str) -> None:
    quotes = analyses[name].quotes
    wanted = CASES[name]
    assert len(quotes) == len(wanted), [(q.kind, q.content.text) for q in quotes]
    for want in wanted:
        found = [(q.kind, q.content.text, q.speaker) for q in quotes]
        assert any(_matches(q, want, quotes) for q in quotes), (want, found)


def test_quote_offsets(analyses: dict[str, Analysis]) -> None:
    for analysis in analyses.values():
        text = analysis.article.text
        for quote in analysis.quotes:
            for span in (quote.span, quote.content):
                assert text[span.start:span.end] == span.text
            if quote.cue is not None:
                assert text[quote.cue.start:quote.cue.end] == quote.cue.text
                assert quote.cue.rule.startswith("lexicon:cues.tsv#")
            assert quote.speaker is not None and quote.speaker.rule is not None, quote  # evidence for every speaker
            assert quote.speaker.rule.startswith(("rule:", "lexicon:"))
            if quote.speaker is not None and quote.speaker.mention is not None:
                mention = quote.speaker.mention
                assert text[mention.start:mention.end] == mention.text

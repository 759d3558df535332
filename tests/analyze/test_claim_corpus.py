"""The claims layer on synthetic articles: each status, each cue type and the hard negatives.

Expectations live in tests/fixtures/claims/cases.json: for each claim a piece of its text, its
kind and status (null = not checked) and, where given, the source it is attributed to.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from dateline.model import Analysis, Claim

from ..conftest import analyse_fixtures

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "claims"
CASES: dict[str, dict[str, Any]] = json.loads((FIXTURES / "cases.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def analyses(nlp) -> dict[str, Analysis]:  # type: ignore[no-untyped-def]
    return analyse_fixtures(nlp, FIXTURES, sorted(CASES))  # type: ignore[return-value]


def _claim(analysis: Analysis, piece: str) -> Claim:
    found = [c for c in analysis.claims if piece in c.span.text]
    assert found, (piece, [c.span.text for c in analysis.claims])
    return found[0]


def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 30


@pytest.mark.parametrize("name", sorted(CASES))
def test_claims_and_cues(analyses: dict[str, Analysis], name: str) -> None:
    case, analysis = CASES[name], analyses[name]
    for piece, kind, status, *source in case["claims"]:
        claim = _claim(analysis, piece)
        if kind:
            assert claim.kind == kind, (piece, claim.kind)
        if status:
            assert claim.attribution.status == status, (piece, claim.attribution)
        if source:
            assert claim.attribution.source == source[0]
    if "units" in case:
        assert len(analysis.claims) == case["units"], [c.span.text for c in analysis.claims]
    for piece, features in case.get("features", {}).items():
        assert set(features) <= set(_claim(analysis, piece).features)
    for piece, features in case.get("no_features", {}).items():
        assert not set(features) & set(_claim(analysis, piece).features), piece
    for piece, finding in case.get("findings", {}).items():
        assert finding in [f.kind for f in _claim(analysis, piece).findings]
    for piece in case.get("no_findings", []):
        assert not _claim(analysis, piece).findings
    for words, kind, *voice in case.get("cues", []):
        cues = [c for c in analysis.cues if c.span.text == words and c.kind == kind]
        assert cues, (words, kind, [(c.span.text, c.kind) for c in analysis.cues])
        expected_voice = "article" if not voice else None
        for cue in cues:
            assert (cue.voice == expected_voice) if expected_voice else cue.voice.startswith("q")
    for words in case.get("no_cues", []):
        assert not [c for c in analysis.cues if c.span.text == words]


def test_every_cue_names_its_rule_and_points_at_its_words(analyses: dict[str, Analysis]) -> None:
    for analysis in analyses.values():
        text = analysis.article.text
        for cue in analysis.cues:
            assert text[cue.span.start:cue.span.end] == cue.span.text
            assert cue.rule.startswith(("lexicon:hedges.tsv#", "lexicon:loaded.tsv#", "rule:"))
        for claim in analysis.claims:
            assert text[claim.span.start:claim.span.end] == claim.span.text
            assert claim.checkworthy is not None and 0 <= claim.checkworthy <= 1


def test_profile_counts_match_the_claims(analyses: dict[str, Analysis]) -> None:
    analysis = analyses["30-mixed-statuses.txt"]
    profile = analysis.profile
    assert profile["claims"] == len(analysis.claims)
    factual = [c for c in analysis.claims if c.kind == "factual"]
    assert profile["factual"] == len(factual)
    assert profile["unattributed"] == sum(c.attribution.status == "unattributed" for c in factual)


def test_profile_counts_unresolved_speakers_apart_from_anonymous_ones(analyses: dict[str, Analysis]) -> None:
    profile = analyses["34-unresolved-speaker.txt"].profile
    assert profile["anonymous"] == 0 and profile["anonymous_sources"] == 0
    assert profile["unresolved"] == 1 and profile["unresolved_speakers"] == 1


def test_profile_counts_the_article_voice_and_quoted_words_apart(analyses: dict[str, Analysis]) -> None:
    profile = analyses["36-hedge-in-reported-words.txt"].profile
    assert (profile["hedges"], profile["quoted_hedges"]) == (1, 1)  # "probably" is the article's; "may have been" not
    assert profile["anonymous_sources"] == 1  # the fire officials; their claim is speculation, not factual

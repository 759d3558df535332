"""The readable report explains what it shows: every offset it prints points at the words it quotes, each quote
names its speaker mention and cue with their rules, each claim its source, each finding both sides; the events
section gives category, modality, date, place and participants; the profile names the voices it counts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

import dateline
from dateline.analyze.claims import _REPORTED
from dateline.cli import main
from dateline.engine import Corpus
from dateline.model import Analysis
from dateline.report import ANONYMOUS_KINDS, NAMED_KINDS, render, voices

from .conftest import EXAMPLES

HARBOUR = Path(__file__).parent / "fixtures" / "terminal" / "harbour-closure.txt"
OFFSETS = re.compile(r"(\d+)–(\d+) \"((?:[^\"]|\"(?! \(|  |$| ·))*?)\"(?= |$)", re.MULTILINE)


@pytest.fixture(scope="module")
def analyses() -> dict[str, Analysis]:
    paths = [*sorted(EXAMPLES.glob("*.txt")), HARBOUR]
    return {path.name: dateline.analyze(path) for path in paths}


def test_every_offset_shown_points_at_the_words_shown(analyses: dict[str, Analysis]) -> None:
    for name, analysis in analyses.items():
        report = render(analysis)
        shown = OFFSETS.findall(report)
        assert len(shown) >= len(analysis.quotes) * 2, name
        for start, end, words in shown:
            text = " ".join(analysis.article.text[int(start):int(end)].split())
            assert text.startswith(words.removesuffix(" …")), (name, start, end, words)


def test_quotes_name_speaker_mention_and_cue_with_their_rules(analyses: dict[str, Analysis]) -> None:
    analysis = analyses[HARBOUR.name]
    report = render(analysis)
    for quote in analysis.quotes:
        assert f"    {quote.id} {quote.kind}" in report
        assert f"words    {quote.content.start}–{quote.content.end} " in report
        assert quote.speaker is not None and quote.speaker.mention is not None and quote.cue is not None
        mention = quote.speaker.mention
        assert re.search(rf"speaker  {mention.start}–{mention.end} \".*\" \(.*{quote.speaker.kind}\)  "
                         rf"why: {re.escape(quote.speaker.rule or '')}", report)
        assert f"cue      {quote.cue.start}–{quote.cue.end} \"{quote.cue.text}\" ({quote.cue.cue_class})  " \
               f"why: {quote.cue.rule}" in report


def test_claims_show_their_words_their_source_and_why(analyses: dict[str, Analysis]) -> None:
    analysis = analyses[HARBOUR.name]
    report = render(analysis)
    section = report.split("\n  claims (")[1].split("\n  events")[0]
    blocks = {b.split()[0]: b for b in re.split(r"\n    (?=c\d+ )", section) if b.split()[0].startswith("c")}
    kinds = {c.attribution.status for c in analysis.claims}
    assert {"attributed", "agentless", "unattributed"} <= kinds, "the fixture has each kind of support"
    for claim in analysis.claims:
        block = blocks[claim.id]
        assert f"article  {claim.span.start}–{claim.span.end} " in block
        status = claim.attribution.status
        if claim.attribution.quote:
            cue = claim.attribution.cue
            assert f"source   {claim.attribution.quote} · speaker " in block
            assert cue is not None and f"cue {cue.start}–{cue.end} \"{cue.text}\"" in block and "why: " in block
        elif status == "agentless":
            assert "source   agentless: cue " in block and "why: rule:agentless_passive" in block
        elif status == "unattributed":
            assert "source   none: the article's own voice" in block
        for cue in (c for c in analysis.cues if c.claim == claim.id):
            assert f"{cue.kind} {cue.span.start}–{cue.span.end} " in block and f"({cue.rule})" in block


def test_findings_show_both_sides_and_the_rule(analyses: dict[str, Analysis]) -> None:
    analysis = analyses[HARBOUR.name]
    report = render(analysis)
    findings = [f for c in analysis.claims for f in c.findings]
    assert findings, "the fixture asserts what its source gives only as possible"
    for finding in findings:
        assert f"! {finding.kind}: {finding.why}" in report
        assert finding.span is not None and finding.source_span is not None
        assert f"article {finding.span.start}–{finding.span.end} " in report
        assert f"source {finding.source_span.start}–{finding.source_span.end} " in report
        assert f"({finding.source_modality})" in report and f"why: {finding.rule}" in report


def test_events_section(analyses: dict[str, Analysis]) -> None:
    for name, analysis in analyses.items():
        report = render(analysis)
        assert analysis.events, name
        assert f"\n  events ({len(analysis.events)})\n" in report
        for event in analysis.events:
            head = next(line for line in report.splitlines() if line.startswith(f"    {event.id} {event.category}"))
            assert f" {event.modality} · " in head
            assert (event.date.value if event.date and event.date.value else "undated") in head
            assert (event.place.name if event.place else "no place") in head
            for actor in (event.source, event.target):
                assert actor is None or actor.name in head
            assert f"trigger  {event.trigger.start}–{event.trigger.end} \"{event.trigger.text}\"" in report
            if event.date is not None and event.date.expression is not None:
                assert f"why: {event.date.rule}" in report
            if event.modality_rule:
                assert f"why: {event.modality_rule}" in report


def test_profile_names_the_voices_it_counts(analyses: dict[str, Analysis]) -> None:
    assert set(ANONYMOUS_KINDS) == _REPORTED  # the claims layer's anonymous sources
    assert set(NAMED_KINDS) == {"named", "outlet"}
    for name, analysis in analyses.items():
        named, anonymous, unresolved, _ = voices(analysis.quotes)
        assert len(named) == analysis.profile["named_sources"], name
        assert len(anonymous) == analysis.profile["anonymous_sources"], name
        assert len(unresolved) == analysis.profile["unresolved_speakers"], name
        report = render(analysis)
        assert f"named sources {analysis.profile['named_sources']:g} (speakers named, outlets): " \
               + ", ".join(named) in report
        assert "article's own voice: hedges" in report and "quoted voices: hedges" in report
    lagos = render(analyses["lagos-port-strike.txt"])
    assert "not counted as sources: a statement (document)" in lagos


def test_show_prints_the_explained_report(tmp_path: Path) -> None:
    db = str(tmp_path / "news.db")
    with Corpus(db) as corpus:
        corpus.add([str(HARBOUR)])
    result = CliRunner().invoke(main, ["show", str(HARBOUR), "--db", db])
    assert result.exit_code == 0, result.output
    for heading in ("quotes (", "claims (", "events (", "sourcing profile"):
        assert f"\n  {heading}" in result.stdout
    assert "! claim_exceeds_source" in result.stdout and "why: rule:agentless_passive" in result.stdout

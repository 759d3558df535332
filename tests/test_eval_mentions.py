"""The GUM mention evaluation: reading Entity= brackets into typed mentions, and a run on a synthetic file."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from dateline.cli import main
from dateline.evaluation.mentions import read_gum

from .conftest import SHARED, needs_shared

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "mentions"


def test_entity_brackets_become_typed_mentions() -> None:
    (doc,) = read_gum(FIXTURES)
    assert doc.text == "Mayor Ana Ruiz visited Lyon. She met the city council."  # one paragraph
    mentions = {m.text: m for m in doc.mentions}
    assert set(mentions) == {"Mayor Ana Ruiz", "Lyon", "She", "the city council"}
    ruiz = mentions["Mayor Ana Ruiz"]
    assert ruiz.type == "person" and ruiz.named and [doc.text[a:b] for a, b in ruiz.heads] == ["Ana", "Ruiz"]
    assert mentions["She"].entity == ruiz.entity and not mentions["She"].named
    assert mentions["the city council"].type == "organization" and not mentions["the city council"].named


def test_cli_scores_named_mentions_and_pronoun_links() -> None:
    result = CliRunner().invoke(main, ["eval", "mentions", "--gold", str(FIXTURES)])
    assert result.exit_code == 0, result.output
    assert "spaCy (bare)" in result.output and "pronoun links" in result.output


@needs_shared(SHARED / "eval" / "gum-news" / "conllu")
def test_gum_news_reads_every_mention() -> None:
    documents = read_gum(SHARED / "eval" / "gum-news" / "conllu")
    assert len(documents) == 24
    assert sum(len(d.mentions) for d in documents) == 5018  # the count SOURCE.md states

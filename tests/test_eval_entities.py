"""The CoNLL entity evaluation: reading IOB tags into spans, scoring, and a run on a small gold file."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from dateline.cli import main
from dateline.evaluation.entities import read_conll, score

from .conftest import SHARED, needs_shared

CONLL = """-DOCSTART- -X- -X- O

Finance NNP B-NP O
Minister NNP I-NP O
Ada NNP I-NP B-PER
Obi NNP I-NP I-PER
visited VBD B-VP O
Kenya NNP B-NP B-LOC
. . O O

Obi NNP B-NP B-PER
met VBD B-VP O
World NNP B-NP B-ORG
Bank NNP I-NP I-ORG
officials NNS I-NP O
in IN B-PP O
Nairobi NNP B-NP B-LOC
. . O O
"""


def test_read_conll_spans(tmp_path: Path) -> None:
    path = tmp_path / "gold.txt"
    path.write_text(CONLL, encoding="utf-8")
    (document,) = read_conll(path)
    assert [(document.text[s:e], k) for s, e, k in document.gold] == [
        ("Ada Obi", "PER"), ("Kenya", "LOC"), ("Obi", "PER"), ("World Bank", "ORG"), ("Nairobi", "LOC")]


def test_score_counts_exact_spans_only() -> None:
    gold = {(0, 0, 5, "PER"), (0, 10, 15, "LOC")}
    predicted = {(0, 0, 5, "PER"), (0, 10, 16, "LOC"), (0, 20, 25, "ORG")}
    rows = {r.type: r for r in score("x", gold, predicted)}
    assert (rows["PER"].correct, rows["LOC"].correct, rows["ORG"].predicted) == (1, 0, 1)
    assert rows["PER+ORG+LOC"].precision == 1 / 3 and rows["PER+ORG+LOC"].recall == 1 / 2


def test_eval_entities_command(tmp_path: Path) -> None:
    path = tmp_path / "gold.txt"
    path.write_text(CONLL, encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "entities", "--gold", str(path)])
    assert result.exit_code == 0, result.output
    rows = [line.split() for line in result.output.splitlines()[1:]]
    dateline = {r[1]: r for r in rows if r[0] == "dateline"}
    assert dateline["PER"][2] == "2" and float(dateline["PER+ORG+LOC"][-1]) >= 0.8


@needs_shared(SHARED / "eval" / "conll2003-testb" / "test.txt")
def test_conll_file_reads_with_canonical_counts() -> None:
    documents = read_conll(SHARED / "eval" / "conll2003-testb" / "test.txt")
    assert len(documents) == 231
    assert sum(len(d.gold) for d in documents) == 5648

"""The extraction evaluation: the scorer itself, and a run over part of the public benchmark."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.evaluation.extraction import token_prf

from .conftest import SHARED, needs_shared

BENCHMARK = SHARED / "eval" / "article-extraction-benchmark"


def test_token_scores() -> None:
    assert token_prf("the cat sat", "the cat sat") == (1.0, 1.0, 1.0)
    precision, recall, f1 = token_prf("the cat sat on a mat today", "the cat sat")
    assert recall == 1.0 and precision == pytest.approx(3 / 7) and f1 == pytest.approx(0.6)
    assert token_prf("", "something") == (0.0, 0.0, 0.0)


@needs_shared(BENCHMARK)
def test_eval_extract_on_a_slice(tmp_path: Path) -> None:
    gold = tmp_path / "slice"
    (gold / "html").mkdir(parents=True)
    import json

    truth = json.loads((BENCHMARK / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth)[:12]
    (gold / "ground-truth.json").write_text(json.dumps({k: truth[k] for k in keys}), encoding="utf-8")
    for key in keys:
        (gold / "html" / f"{key}.html.gz").symlink_to(BENCHMARK / "html" / f"{key}.html.gz")
    result = CliRunner().invoke(main, ["eval", "extract", "--gold", str(gold)])
    assert result.exit_code == 0, result.output
    rows = {line.split()[0]: line.split() for line in result.output.splitlines()[1:]}
    assert set(rows) == {"dateline", "trafilatura"}
    assert rows["dateline"][1] == "12"
    assert float(rows["dateline"][4]) > 0.8

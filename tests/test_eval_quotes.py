"""The quote evaluation: BRAT and JSON Lines gold, normalised spans, and the command's table."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from dateline.cli import main
from dateline.evaluation.quotes import read_gold, read_polnear

from .conftest import SHARED, needs_shared

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "polnear-like"


def _rows(output: str) -> dict[tuple[str, str, str], list[str]]:
    rows = {}
    for line in output.splitlines()[1:]:
        cells = line.split()
        rows[(cells[0], cells[1], " ".join(cells[2:4]))] = cells[4:]
    return rows


def test_brat_gold_is_read() -> None:
    (document,) = read_polnear(FIXTURE)
    assert [a.direct for a in document.gold] == [True, False]
    assert document.text[document.gold[0].source.start:document.gold[0].source.end] == "Harbour Master Ian Doyle"


def test_eval_quotes_on_brat(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["eval", "quotes", "--gold", str(FIXTURE)])
    assert result.exit_code == 0, result.output
    rows = _rows(result.output)
    gold, found, _, _, f1 = rows[("dateline", "all", "content exact")]
    assert (gold, found) == ("2", "2") and float(f1) == 1.0  # marks and comma trimmed on both sides
    assert float(rows[("dateline", "direct", "speaker exact")][-1]) == 1.0


def test_jsonl_gold(tmp_path: Path) -> None:
    text = "“We will win,” coach Ana Ruiz said."
    record = {"text": text, "quotes": [{"content": [0, text.index(" coach")], "source": [15, 29]}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    (document,) = read_gold(path)
    assert document.gold[0].direct
    result = CliRunner().invoke(main, ["eval", "quotes", "--gold", str(path)])
    assert result.exit_code == 0
    assert float(_rows(result.output)[("dateline", "direct", "content exact")][-1]) == 1.0


@needs_shared(SHARED / "eval" / "polnear-test")
def test_polnear_reads() -> None:
    documents = read_polnear(SHARED / "eval" / "polnear-test")
    assert len(documents) == 84
    assert sum(len(d.gold) for d in documents) > 2000

"""The claim and cue evaluations on small gold files in the public formats."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from dateline.cli import main
from dateline.evaluation.claims import average_precision, read_gold
from dateline.evaluation.cues import _covered, overlap_score

from .conftest import SHARED, needs_shared


def test_average_precision() -> None:
    assert average_precision([1, 0, 1, 0], [0.9, 0.8, 0.7, 0.1]) == (1 + 2 / 3) / 2
    assert average_precision([0, 0], [0.5, 0.4]) == 0.0


def test_claimbuster_and_checkthat_formats(tmp_path: Path) -> None:
    buster = tmp_path / "test.json"
    buster.write_text(json.dumps([{"sentence_id": 1, "label": 1, "text": "Unemployment fell to 4 percent in 2019."},
                                  {"sentence_id": 2, "label": 0, "text": "Thank you all for coming tonight."}]))
    assert [[i.label for i in d] for d in read_gold(buster)] == [[1, 0]]
    folder = tmp_path / "checkthat"
    folder.mkdir()
    (folder / "debate.tsv").write_text("1\tSMITH\tWe cut taxes for 3 million families last year.\t1\n"
                                       "2\tSMITH\tI love this country.\t0\n", encoding="utf-8")
    assert [len(d) for d in read_gold(folder)] == [2]
    result = CliRunner().invoke(main, ["eval", "claims", "--gold", str(buster)])
    assert result.exit_code == 0, result.output
    cells = result.output.splitlines()[1].split()
    documents, positives, mean_ap = cells[0], cells[1], cells[6]
    assert (documents, positives) == ("1", "1")
    assert float(mean_ap) == 1.0  # the numeric past-event claim outranks the greeting


def test_span_overlap_measure() -> None:
    assert _covered((0, 10), [(5, 20)]) == 0.5
    score = overlap_score({"a": [(0, 10)]}, {"a": [(0, 5), (50, 60)]}, "x")
    assert score.precision == 0.5 and score.recall == 0.5


def test_eval_cues_command(tmp_path: Path) -> None:
    (tmp_path / "dev-articles").mkdir()
    text = "Storm damage\n\nThe regime slammed critics as traitors after the vote.\n"
    (tmp_path / "dev-articles" / "article1.txt").write_text(text, encoding="utf-8")
    start = text.index("traitors")
    (tmp_path / "dev-task-TC.labels").write_text(f"1\tName_Calling,Labeling\t{start}\t{start + 8}\n")
    result = CliRunner().invoke(main, ["eval", "cues", "--gold", str(tmp_path)])
    assert result.exit_code == 0, result.output
    rows = {line.split()[0]: line.split() for line in result.output.splitlines() if "Name_Calling" in line}
    assert float(rows["lexicons"][-1]) > 0  # "traitors" found; "regime" found too, so precision is below 1
    assert "+model" in rows  # the learned spans are measured in the same run


@needs_shared(SHARED / "eval" / "claimbuster-test" / "test.json")
def test_claimbuster_file_reads() -> None:
    documents = read_gold(SHARED / "eval" / "claimbuster-test" / "test.json")
    assert sum(len(d) for d in documents) == 702

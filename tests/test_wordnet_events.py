"""The WordNet converter behind ``lexicons/wordnet_events.tsv``: a noun whose common uses are acts or events
is listed, one mostly an object is not; the shipped file states its source and licence."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from dateline.training.wordnet_events import ARTIFACT, THRESHOLD, shares

# index.sense lines: sense key (lemma%pos:lexfile:…), synset offset, sense number, tagged count.
# lexfile 04 noun.act, 11 noun.event, 06 noun.artifact, 17 noun.object.
_INDEX = """\
handover%1:04:00:: 00000001 1 3
handover%1:06:00:: 00000002 2 0
leak%1:17:00:: 00000003 1 6
leak%1:04:00:: 00000004 2 1
sit-in%1:04:00:: 00000005 1 0
walk%2:38:00:: 00000006 1 40
"""


def test_common_use_decides(tmp_path: Path) -> None:
    index = tmp_path / "index.sense"
    index.write_text(_INDEX, encoding="utf-8")
    found = shares(index)
    assert found["handover"][0] >= THRESHOLD and found["handover"][1] == "act"
    assert found["leak"][0] < THRESHOLD  # mostly a hole, not a disclosure
    assert found["sit-in"][0] == 1.0
    assert "walk" not in found  # verbs are not read


def test_the_shipped_list_states_its_source_and_licence() -> None:
    text = resources.files("dateline.analyze").joinpath("lexicons", "wordnet_events.tsv").read_text("utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert any("WordNet 3.0 Copyright 2006 by Princeton University" in line for line in header)
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith(("#", "lemma"))]
    assert len(rows) > 5000 and all(float(share) >= THRESHOLD for _, share, _ in rows)


def test_made_things_are_a_list_of_their_own(tmp_path: Path) -> None:
    index = tmp_path / "index.sense"
    index.write_text(_INDEX, encoding="utf-8")
    made = shares(index, ARTIFACT)
    assert made["handover"][0] < THRESHOLD  # mostly an act
    text = resources.files("dateline.analyze").joinpath("lexicons", "wordnet_artifacts.tsv").read_text("utf-8")
    assert any("WordNet 3.0 Copyright 2006 by Princeton University" in line for line in text.splitlines()[:12])
    lemmas = {line.split("\t")[0] for line in text.splitlines() if line and not line.startswith(("#", "lemma"))}
    assert {"jet", "laptop", "tanker"} <= lemmas and not {"election", "hostage", "report"} & lemmas
    assert not any(" " in lemma for lemma in lemmas)  # read one token at a time

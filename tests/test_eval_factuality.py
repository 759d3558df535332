"""Event modality against MEANTIME-style factuality: a synthetic CAT XML document, then the real folder."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from click.testing import CliRunner

from dateline.cli import main
from dateline.evaluation.factuality import (
    FACTUAL,
    FUTURE,
    HELD_OUT,
    NEGATED,
    UNCERTAIN,
    cue_class,
    detokenise,
    evaluate,
    gold_class,
    read_cat,
    read_folder,
    score,
)

from .conftest import SHARED, needs_shared

MEANTIME = SHARED / "eval" / "meantime-en"

# Sentence 0 is the headline, sentence 1 the date line (left out of the text), as in MEANTIME.
SENTENCES = (
    "Rebels attack border town",
    "May 4 , 2021",
    "Government troops attacked the rebel camp on Monday .",
    "The president will , according to aides close to him , meet the envoy in Geneva .",
    "The rebels did not release the hostages .",
    "Officials said the army may launch an offensive against the rebels .",
    "Fuel prices rose sharply .",
)
# (sentence, word, certainty, polarity, time): the gold factuality of each event mention.
MENTIONS = (
    (0, "attack", "CERTAIN", "POS", "NON_FUTURE"),  # factual
    (2, "attacked", "CERTAIN", "POS", "NON_FUTURE"),  # factual
    (3, "meet", "CERTAIN", "POS", "FUTURE"),  # future: "will" is beyond the baseline's window
    (4, "release", "CERTAIN", "NEG", "NON_FUTURE"),  # negated
    (5, "offensive", "POSSIBLE", "POS", "FUTURE"),  # uncertain
    (5, "said", "CERTAIN", "POS", "UNDERSPECIFIED"),  # no class: counts for coverage only
    (6, "rose", "CERTAIN", "POS", "NON_FUTURE"),  # factual, and no political event: not covered
    (6, "prices", "", "", ""),  # an ESO addition without factuality: not gold
)


def _cat_xml(sentences: tuple[str, ...], mentions: tuple[tuple[int, str, str, str, str], ...]) -> str:
    tokens: list[tuple[int, int, str]] = []
    lines = ['<Document doc_name="synthetic.txt">']
    for number, sentence in enumerate(sentences):
        for word in sentence.split():
            tokens.append((len(tokens) + 1, number, word))
            lines.append(f'<token t_id="{len(tokens)}" sentence="{number}" number="{len(tokens) - 1}">'
                         f"{escape(word)}</token>")
    lines.append("<Markables>")
    for m_id, (sentence_number, word, certainty, polarity, time) in enumerate(mentions, start=1):
        t_id = next(t for t, s, w in tokens if s == sentence_number and w == word)
        lines.append(f'<EVENT_MENTION m_id="{m_id}" certainty="{certainty}" polarity="{polarity}" time="{time}" '
                     f'special_cases="{"NONE" if certainty else ""}" pred="{word}">'
                     f'<token_anchor t_id="{t_id}"/></EVENT_MENTION>')
    lines.append('<TIMEX3 m_id="90" functionInDocument="CREATION_TIME" value="2021-05-04" type="DATE">'
                 + "".join(f'<token_anchor t_id="{t}"/>' for t, s, _ in tokens if s == 1) + "</TIMEX3>")
    lines.append("</Markables><Relations/></Document>")
    return "\n".join(lines)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("meantime")
    (root / "corpus_test").mkdir()
    (root / "corpus_test" / "1_synthetic.xml").write_text(_cat_xml(SENTENCES, MENTIONS), encoding="utf-8")
    (root / "corpus_apple").mkdir()  # a held-out document's number: left out
    (root / "corpus_apple" / "195869_synthetic.xml").write_text(_cat_xml(SENTENCES, MENTIONS), encoding="utf-8")
    return root


def test_the_mapping_reads_negation_first_then_uncertainty_then_future() -> None:
    assert gold_class("CERTAIN", "POS", "NON_FUTURE", "NONE") == FACTUAL
    assert gold_class("CERTAIN", "POS", "NON_FUTURE", "GEN") == FACTUAL  # generic: told as fact
    assert gold_class("CERTAIN", "NEG", "FUTURE", "NONE") == NEGATED  # "will not deliver"
    assert gold_class("POSSIBLE", "POS", "FUTURE", "NONE") == UNCERTAIN  # "may launch"
    assert gold_class("PROBABLE", "POS", "FUTURE", "NONE") == FUTURE  # "is expected to launch": a plan
    assert gold_class("PROBABLE", "POS", "NON_FUTURE", "NONE") == UNCERTAIN  # "probably crashed"
    assert gold_class("CERTAIN", "POS", "FUTURE", "COND_MAIN_CLAUSE") == UNCERTAIN  # "if …, they will sell"
    assert gold_class("CERTAIN", "POS", "UNDERSPECIFIED", "NONE") is None
    assert gold_class("UNDERSPECIFIED", "POS", "NON_FUTURE", "NONE") is None


def test_tokens_keep_their_offsets_in_the_running_text() -> None:
    text, spans = detokenise([["Talks", "end"], ["He", "said", "``", "no", "''", ",", "for", "US", "$", "5", "."]])
    assert text == 'Talks end\n\nHe said "no", for US$5.'
    assert [text[s:e] for s, e in spans] == ["Talks", "end", "He", "said", '"', "no", '"', ",", "for", "US", "$",
                                               "5", "."]


def test_the_document_is_read_without_its_date_line_and_without_eso_additions(folder: Path) -> None:
    document = read_cat(folder / "corpus_test" / "1_synthetic.xml")
    assert document.text.startswith("Rebels attack border town\n\nGovernment troops attacked")
    assert "2021" not in document.text and str(document.published) == "2021-05-04"
    assert len(document.mentions) == 7
    words = [document.text[document.tokens[m.tokens[0]].start:document.tokens[m.tokens[-1]].end]
             for m in document.mentions]
    assert words == ["attack", "attacked", "meet", "release", "offensive", "said", "rose"]
    classes = [cue_class(document, m) for m in document.mentions]
    assert classes[2] == FACTUAL and classes[3] == NEGATED and classes[4] == UNCERTAIN  # the baseline's cues


def test_held_out_documents_are_left_out(folder: Path) -> None:
    assert [d.name for d in read_folder(folder)] == ["1_synthetic.xml"]


def test_the_held_out_list_is_the_one_the_hand_reading_was_built_from() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_held", Path(__file__).parent / "real" / "build_held.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    held = {(Path(p).parent.name, Path(p).name.split("_", 1)[0]) for p in module.MEANTIME_DOCS}
    assert held == set(HELD_OUT)


def test_coverage_and_class_accuracy_of_dateline_and_the_baseline(folder: Path) -> None:
    report = evaluate(folder)
    assert (report.documents, report.mentions, report.matched) == (1, 7, 5)  # "said" and "rose" are no events
    rows = {(s.system, s.subset): s for s in report.scores}
    events = rows[("dateline events", "matched")]
    assert (events.scored, events.right) == (5, 5)  # planned, blocked, hypothetical all read right
    assert events.confusion[(NEGATED, NEGATED)] == 1 and events.confusion[(UNCERTAIN, UNCERTAIN)] == 1
    baseline = rows[("cue baseline", "matched")]
    assert (baseline.scored, baseline.right) == (5, 4)  # "will" too far before "meet"
    assert baseline.confusion[(FUTURE, FACTUAL)] == 1
    assert rows[("all factual", "matched")].accuracy == pytest.approx(0.4)
    reader = rows[("dateline reader", "all gold")]
    assert (reader.scored, reader.right) == (6, 6)  # "said" has no class; "rose" is read as happened
    assert (rows[("cue baseline", "all gold")].scored, rows[("cue baseline", "all gold")].right) == (6, 5)


def test_the_command_prints_coverage_scores_and_confusion(folder: Path) -> None:
    result = CliRunner().invoke(main, ["eval", "factuality", "--gold", str(folder)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "coverage 0.714 (5 of 7 gold mentions" in lines[1]
    assert lines[3].split() == ["dateline", "events", "matched", "5", "5", "1.000", "1.000"]
    assert lines[4].split()[:6] == ["cue", "baseline", "matched", "5", "4", "0.800"]
    assert "dateline events, matched (rows gold, columns predicted)" in result.output


@needs_shared(MEANTIME)
def test_the_real_development_half_runs_with_some_coverage() -> None:
    documents = read_folder(MEANTIME)
    assert len(documents) == 56  # 60 development documents, 4 held out
    assert sum(len(d.mentions) for d in documents) > 800
    report = score(documents[:6])  # a few documents: the full run is the command's job
    assert report.mentions > 0 and report.coverage > 0
    assert all(s.scored > 0 for s in report.scores)

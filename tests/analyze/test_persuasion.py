"""The persuasion-technique span model: what a user sees, on sentences written for these tests."""

from __future__ import annotations

import gzip
import itertools
import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from dateline.analyze.linear import model_file
from dateline.analyze.persuasion import (
    MODEL,
    STAGE2,
    TECHNIQUES_MODEL,
    PersuasionSpan,
    SpanModel,
    _Context,
    context_rows,
    find_spans,
    model,
    span_features,
    token_features,
)

PTC = Path(__file__).resolve().parents[3] / "shared" / "train" / "ptc-semeval2020-task11-train"
TECHNIQUES = {"Appeal_to_Authority", "Appeal_to_fear-prejudice", "Bandwagon,Reductio_ad_hitlerum",
              "Black-and-White_Fallacy", "Causal_Oversimplification", "Doubt", "Exaggeration,Minimisation",
              "Flag-Waving", "Loaded_Language", "Name_Calling,Labeling", "Repetition", "Slogans",
              "Thought-terminating_Cliches", "Whataboutism,Straw_Men,Red_Herring"}
# Written for these tests in the voice of a partisan opinion piece; not taken from any data set.
LOADED = ("The corrupt globalist elites and their radical puppets in the fake news media are waging a vicious, "
          "disgraceful war on hard-working patriots!")
LOADED_WORDS = ("corrupt", "globalist", "elites", "radical", "puppets", "fake news", "vicious", "disgraceful")
PLAIN = "The council approved the budget on Tuesday by seven votes to two."
EDGE = set(" \n.,;:!?\"\u201c\u201d")
WIRE = ("The council approved the budget on Tuesday by seven votes to two. The new rates take effect in April, "
        "a spokeswoman said.")


@pytest.fixture(scope="module")
def bare():  # type: ignore[no-untyped-def]
    from dateline.analyze.pipeline import bare_nlp

    return bare_nlp()


@pytest.fixture(scope="module")
def shipped() -> SpanModel:
    found = model()
    assert found is not None, f"{model_file(MODEL)} is missing: train it with python -m dateline.training.persuasion"
    return found


def test_loaded_name_calling_sentence_is_flagged_on_its_loaded_words(bare, shipped) -> None:  # type: ignore[no-untyped-def]
    doc = bare(LOADED)
    spans = find_spans(doc)
    assert spans, "an overtly loaded sentence yields a span"
    flagged = " ".join(s.text.lower() for s in spans)
    assert sum(word in flagged for word in LOADED_WORDS) >= 3, flagged
    for span in spans:
        assert isinstance(span, PersuasionSpan)
        assert 0.0 < span.probability <= 1.0
        assert span.features, "a span says which features flagged it"


def test_plain_wire_sentence_yields_no_span(bare, shipped) -> None:  # type: ignore[no-untyped-def]
    for text in (PLAIN, WIRE):
        assert find_spans(bare(text)) == []
        assert find_spans(bare(text), precise=True) == []


def test_precise_decoding_still_flags_the_loaded_sentence(bare, shipped) -> None:  # type: ignore[no-untyped-def]
    assert shipped.precise is not None and shipped.precise.threshold >= shipped.decoding.threshold
    doc = bare(f"{WIRE}\n\n{LOADED}")
    precise = find_spans(doc, precise=True)
    assert precise and all(s.start > len(WIRE) for s in precise)
    assert len(precise) <= len(find_spans(doc))


def test_offsets_point_at_the_span_text(bare, shipped) -> None:  # type: ignore[no-untyped-def]
    text = f"{WIRE}\n\n{LOADED}\n\n\u201cThey are traitors and thugs,\u201d he said of the radical extremists."
    doc = bare(text)
    spans = find_spans(doc)
    assert spans
    for span in spans:
        assert 0 <= span.start < span.end <= len(doc.text)
        assert doc.text[span.start:span.end] == span.text
        assert span.text == span.text.strip()
        assert span.text[0] not in EDGE and span.text[-1] not in EDGE, "trimmed of edge punctuation"
    assert [s.start for s in spans] == sorted(s.start for s in spans)
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans)), "spans do not overlap"


def test_deterministic(bare, shipped) -> None:  # type: ignore[no-untyped-def]
    doc = bare(LOADED)
    first = find_spans(doc)
    assert find_spans(doc) == first
    assert find_spans(bare(LOADED)) == first
    fresh = SpanModel(shipped.stage1, shipped.stage2, shipped.decoding, shipped.techniques)
    assert fresh.spans(doc) == first


def test_start_and_end_limit_the_spans(bare, shipped) -> None:  # type: ignore[no-untyped-def]
    text = f"{LOADED}\n\n{LOADED}"
    doc = bare(text)
    second = len(LOADED) + 2
    everywhere = find_spans(doc)
    later = find_spans(doc, second)
    earlier = find_spans(doc, 0, len(LOADED))
    assert later and earlier
    assert all(s.start >= second for s in later)
    assert all(s.end <= len(LOADED) for s in earlier)
    assert [(s.start, s.end) for s in earlier + later] == [(s.start, s.end) for s in everywhere]


def test_techniques_are_semeval_names(bare, shipped) -> None:  # type: ignore[no-untyped-def]
    if not shipped.techniques:
        pytest.skip(f"no {TECHNIQUES_MODEL} model installed")
    spans = find_spans(bare(LOADED))
    assert all(s.technique in TECHNIQUES and 0.0 < s.technique_probability <= 1.0 for s in spans)
    assert any(s.technique in {"Loaded_Language", "Name_Calling,Labeling"} for s in spans)


def test_runtime_scorer_sums_the_training_features(bare, shipped) -> None:  # type: ignore[no-untyped-def]
    """The cached fast path gives the same log-odds as the model over token_features, the trainer's input."""
    doc = bare(f"{LOADED} \u201cIt is a hoax,\u201d she said. {WIRE}")
    context = _Context(doc)
    explicit = [shipped.stage1.margin(row) for _, rows in token_features(doc) for row in rows]
    fast = [m for i in range(len(context.sentences)) for m in shipped.sentence_margins(context, i)]
    assert fast == pytest.approx(explicit, abs=1e-9)
    for index, positions in enumerate(context.sentences):
        margins = shipped.sentence_margins(context, index)
        rows = context_rows(margins, [context.punct[i] for i in positions])
        expected = [shipped.stage2.probability(dict(zip(STAGE2, row, strict=True))) for row in rows]
        assert shipped.sentence_probabilities(context, index) == pytest.approx(expected, abs=1e-12)
    if shipped.techniques:
        tokens = [doc[i] for i in context.sentences[0]]
        features = span_features(tokens, 1, len(tokens) - 2)
        margins = {name: model.margin(features) for name, model in shipped.techniques.items()}
        best, probability = shipped.technique_of(features)
        assert best == max(margins, key=margins.__getitem__)
        assert probability == pytest.approx(1 / sum(math.exp(m - margins[best]) for m in margins.values()))


def test_works_on_dateline_pipeline_docs(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(f"{WIRE}\n\n{LOADED}")
    spans = find_spans(doc)
    assert spans and all(doc.text[s.start:s.end] == s.text for s in spans)
    assert all(s.start >= len(WIRE) for s in spans)


def test_empty_doc(bare) -> None:  # type: ignore[no-untyped-def]
    assert find_spans(bare("")) == []
    assert find_spans(bare("   \n\n ")) == []


def test_model_files_are_small() -> None:
    total = sum(model_file(name).stat().st_size for name in (MODEL, TECHNIQUES_MODEL) if model_file(name).is_file())
    assert 0 < total <= 2_000_000


def test_scoring_needs_no_scikit_learn() -> None:
    code = ("import sys; from dateline.analyze.pipeline import bare_nlp; from dateline.analyze.persuasion import "
            "find_spans; find_spans(bare_nlp()('A vicious, corrupt regime.')); assert 'sklearn' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.skipif(not PTC.is_dir(), reason=f"{PTC} not present (shared data is optional)")
def test_training_on_a_few_articles(tmp_path: Path) -> None:
    pytest.importorskip("sklearn")
    from dateline.analyze.linear import LinearModel
    from dateline.training import persuasion as training

    ids, texts, si, tc = training.read_articles(PTC.parent)
    assert len(ids) == 371
    k = 15
    corpus = training.build_corpus(ids[:k], texts[:k], si[:k], tc[:k], training.parse(texts[:k]))
    stage1 = training.fit_stage1(corpus, list(range(10)), seed=0)
    assert stage1.weights and stage1 == training.fit_stage1(corpus, list(range(10)), seed=0)
    runtime = SpanModel(stage1, training.identity_stage2(), training.Decoding(0.3, 1, 1))
    for a in range(10, k):
        context = _Context(corpus.docs[a])
        fast = [m for i in range(len(context.sentences)) for m in runtime.sentence_margins(context, i)]
        rows = corpus.row_index([a])
        assert fast == pytest.approx(list(training.margins(corpus, stage1, rows)), abs=1e-9)
    figures = training.train(PTC.parent, tmp_path, seed=0, log=lambda _: None, corpus=corpus)
    assert set(figures["cv"]) >= {"lexicon", "stage1", "stacked"}
    assert 0.0 <= figures["cv"]["stacked"]["f1"] <= 1.0
    written = LinearModel.from_json(json.loads(gzip.decompress((tmp_path / f"{MODEL}.json.gz").read_bytes())))
    assert written.meta["features"] and written.meta["decoding"]
    assert (tmp_path / f"{TECHNIQUES_MODEL}.json.gz").is_file()


def test_learned_cues_are_off_by_default_and_carry_their_rule_when_asked_for(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline.analyze import analyze_articles
    from dateline.analyze.pipeline import build_nlp
    from dateline.ingest import article_from_text
    from dateline.model import Analysis

    text = ("date 2025-06-06 Shameless bureaucrats keep wrecking our proud nation while spineless cowards "
            "in parliament cheer them on.")  # words the hand-written lexicons do not list
    default = next(iter(analyze_articles([article_from_text(text, "a")], nlp)))
    learned = next(iter(analyze_articles([article_from_text(text, "a")], build_nlp(learned_cues=True))))
    assert isinstance(default, Analysis) and isinstance(learned, Analysis)
    assert not [c for c in default.cues if c.rule.startswith("model:")]
    extra = [c for c in learned.cues if c.rule.startswith("model:persuasion#")]
    assert extra and all(c.technique and c.voice == "article" for c in extra)
    assert all(learned.article.text[c.span.start:c.span.end] == c.span.text for c in extra)

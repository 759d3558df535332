"""Check-worthiness: a concrete, checkable factual claim outranks greetings, opinions and questions.

The sentences are written for these tests in news style (none is taken from the training data).
Scoring needs only the default install; the training checks need scikit-learn and the shared data.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Span

from dateline.analyze import checkworthy
from dateline.analyze.checkworthy import checkworthiness, contributions, features, top_features
from dateline.analyze.linear import load_model, model_file

TRAIN = Path(__file__).resolve().parents[3] / "shared" / "train"

CLAIMS = [
    "Unemployment in the region fell to 4.2 percent in March, the lowest level since 2008.",
    "The city spent $3.5 million on the new bridge last year, twice the original estimate.",
    "The ministry said 1,240 people were arrested during the protests in the capital.",
    "Exports to Brazil rose by 18 percent between 2019 and 2023, customs figures show.",
    "The company cut 400 jobs at its plant in Ohio after sales dropped for a third year.",
]
OTHERS = [
    "Good evening and thank you all for joining us tonight.",  # greeting
    "Thank you very much, it is a pleasure to be here.",  # courtesy
    "I think this is a wonderful idea and we should all be proud of it.",  # opinion
    "What are you going to do about it?",  # question
    "Do you really believe that?",  # question
    "We will see what happens.",  # nothing to check
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    from dateline.analyze.pipeline import bare_nlp

    return bare_nlp()


def _span(nlp: Language, text: str) -> Span:
    return nlp(text)[:]


def test_model_file_loads_and_names_its_data() -> None:
    model = load_model("checkworthy")
    assert model is not None, "src/dateline/analyze/models/checkworthy.json.gz is missing"
    assert model_file("checkworthy").stat().st_size <= 1_500_000
    assert 0.0 < model.threshold < 1.0
    assert model.idf and model.sublinear_tf and model.l2_normalize
    meta = model.meta
    assert meta["features"] == checkworthy.FEATURES_VERSION, "features() changed since training: retrain"
    trained = meta["trained_on"]
    assert [d["folder"] for d in trained] == ["claimbuster-train"]
    assert "Arslan" in trained[0]["licence"] and trained[0]["commit"]
    assert "dateline.training.checkworthy" in meta["command"]
    assert {"claimbuster_5fold", "checkthat_loto_map"} <= set(meta["cv"])


def test_numeric_factual_claims_outrank_greetings_opinions_and_questions(nlp: Language) -> None:
    claims = [checkworthiness(_span(nlp, t)) for t in CLAIMS]
    others = [checkworthiness(_span(nlp, t)) for t in OTHERS]
    assert all(isinstance(s, float) for s in claims + others)
    assert min(c for c in claims if c is not None) > max(o for o in others if o is not None)
    model = checkworthy.model()
    assert model is not None
    assert all(c is not None and c >= model.threshold for c in claims)
    assert all(o is not None and o < model.threshold for o in others)


def test_scores_are_deterministic(nlp: Language) -> None:
    text = CLAIMS[0]
    first = checkworthiness(_span(nlp, text))
    again = [checkworthiness(_span(nlp, text)) for _ in range(3)]
    assert again == [first] * 3
    assert features(_span(nlp, text)) == features(_span(nlp, text))


def test_a_clause_is_scored_on_its_own_words(nlp: Language) -> None:
    doc = nlp("Thank you all for coming, and the council approved a budget of 12 million euros on Tuesday.")
    comma = next(t.i for t in doc if t.text == ",")
    greeting, claim = doc[:comma], doc[comma + 2:]
    scores = checkworthiness(claim), checkworthiness(greeting)
    assert scores[0] is not None and scores[1] is not None and scores[0] > scores[1]


def test_features_read_the_parse(nlp: Language) -> None:
    found = set(features(_span(nlp, "The senator voted against the bill in 2019.")))
    assert {"senator", "the senator", "<s> the", "TAG:VBD", "ENT:DATE", "NUM", "LEMMA:vote"} <= found
    assert "0000" in found  # 2019: digits folded, so any year counts alike


def test_top_features_explain_a_high_score(nlp: Language) -> None:
    span = _span(nlp, CLAIMS[0])
    top = top_features(span, k=3)
    assert 1 <= len(top) <= 3
    assert all(c.weight > 0 for c in top)
    assert [c.weight for c in top] == sorted((c.weight for c in top), reverse=True)
    everything = contributions(span)
    assert top == [c for c in everything if c.weight > 0][:3]
    model = checkworthy.model()
    assert model is not None
    assert model.bias + sum(c.weight for c in everything) == pytest.approx(model.margin(features(span)))


def test_without_a_model_file_there_is_no_score(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(checkworthy, "load_model", lambda name: None)
    span = _span(nlp, CLAIMS[0])
    assert checkworthiness(span) is None
    assert top_features(span) == []


def test_scoring_a_thousand_sentences_is_fast(nlp: Language) -> None:
    spans = [d[:] for d in nlp.pipe(CLAIMS + OTHERS)]
    checkworthiness(spans[0])  # load the model outside the timing
    batch = [spans[i % len(spans)] for i in range(1000)]
    started = time.perf_counter()
    scores = [checkworthiness(s) for s in batch]
    elapsed = time.perf_counter() - started
    assert len(scores) == 1000
    assert elapsed < 2.0, f"{elapsed * 1000:.2f} ms for 1,000 parsed sentences"  # typically ~0.4 s


# --- training (needs scikit-learn and the shared training data) -----------------------------------------------


def test_average_precision_and_threshold_follow_their_definitions() -> None:
    pytest.importorskip("sklearn")
    import numpy as np

    from dateline.training.checkworthy import average_precision, best_threshold

    assert average_precision([1, 0, 1, 0], [0.9, 0.8, 0.7, 0.1]) == pytest.approx((1 / 1 + 2 / 3) / 2)
    labels = np.array([1, 1, 0, 0, 1, 0], dtype=np.int64)
    threshold, f1 = best_threshold(labels, np.array([0.9, 0.8, 0.7, 0.2, 0.6, 0.1]))
    assert 0.2 < threshold < 0.6 and f1 == pytest.approx(2 * 0.75 * 1 / 1.75)


@pytest.mark.skipif(not TRAIN.exists(), reason=f"{TRAIN} not present (shared data is optional)")
def test_exported_model_scores_as_scikit_learn_does(nlp: Language) -> None:
    pytest.importorskip("sklearn")
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from dateline.training.checkworthy import MIN_DF, fit, read_checkthat, read_claimbuster

    items = read_claimbuster(TRAIN)
    assert len(items) == 7974 and sum(s.label for s in items) == 1994
    transcripts = read_checkthat(TRAIN)
    assert len(transcripts) == 19 and sum(len(t) for t in transcripts.values()) == 16421
    sample = [s for s in items if s.label][:100] + [s for s in items if not s.label][:200]
    rows = [features(d[:]) for d in nlp.pipe([s.text for s in sample])]
    labels = [s.label for s in sample]
    exported = fit(rows, labels, [1.0] * len(rows), 4.0, seed=0)
    vectorizer = TfidfVectorizer(analyzer=lambda r: r, lowercase=False, sublinear_tf=True, min_df=MIN_DF)
    reference = LogisticRegression(C=4.0, class_weight="balanced", solver="liblinear", random_state=0)
    reference.fit(vectorizer.fit_transform(rows), np.asarray(labels))
    expected = reference.predict_proba(vectorizer.transform(rows))[:, 1]
    got = np.array([exported.probability(r) for r in rows])
    assert np.abs(got - expected).max() < 1e-3  # only rounding of the exported weights differs
    assert fit(rows, labels, [1.0] * len(rows), 4.0, seed=0) == exported  # deterministic

"""Train the persuasion-technique span model (SemEval-2020 Task 11 SI, with TC labels) on the PTC train articles.

    python -m dateline.training.persuasion --data /work/shared/train --out src/dateline/analyze/models

Reads ``ptc-semeval2020-task11-train/`` (371 articles, SI and TC labels) in place, parses each article with
:func:`dateline.analyze.pipeline.bare_nlp` and featurises it with the runtime's own
:func:`dateline.analyze.persuasion.token_features`, so training and scoring see the same input.

The procedure (:func:`fit`), applied to any set of articles:

1. stage 1: a token classifier (inside a gold SI span or not), L2 logistic regression (liblinear) over the
   sparse named features that occur in at least ``MIN_COUNT`` training tokens; exported with near-zero
   weights pruned and the rest rounded, and everything downstream uses the exported weights;
2. inner 3-fold cross-fitting (grouped by article) gives out-of-fold stage-1 log-odds for every training
   token; stage 2 (stacking) is a small logistic regression over each token's, its neighbours' and its
   sentence's stage-1 log-odds (:func:`dateline.analyze.persuasion.context_rows`), itself cross-fitted;
3. two decodings (threshold, gap bridging, minimum words) are tuned by grid search on those out-of-fold
   probabilities of the training articles only: one for SI F1 (the default) and one for F0.5 (``precise``),
   for stage 1 alone and for the stacked model;
4. technique classifier: multinomial logistic regression over span features of the gold TC spans.

Reported (:func:`train`): 5-fold cross-validation grouped by article (fixed seed) of the whole procedure,
the test folds scored through the runtime :class:`~dateline.analyze.persuasion.SpanModel` exactly as it
ships, with dateline's SI measure (:func:`dateline.evaluation.cues.overlap_score`; "summed" is the paper's
variant that sums over overlapping spans); then the shipped model is the same procedure on all 371 articles,
stacked only if cross-validation did not score it below stage 1 alone. Needs scikit-learn (the ``train`` extra).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import sklearn
from sklearn.linear_model import LogisticRegression
from spacy.tokens import Doc, Token

from ..analyze.cues import CueFinder
from ..analyze.linear import LinearModel
from ..analyze.persuasion import (
    FEATURES_VERSION,
    MODEL,
    STAGE2,
    TECHNIQUES_MODEL,
    Decoding,
    SpanModel,
    context_rows,
    decode,
    span_features,
    token_features,
)
from ..analyze.pipeline import bare_nlp
from ..evaluation.cues import SpanScore, overlap_score

sp: Any = importlib.import_module("scipy.sparse")  # comes with scikit-learn; scipy ships no type stubs
FOLDER = "ptc-semeval2020-task11-train"
FOLDS = 5
INNER_FOLDS = 3
MIN_COUNT = 3
C_STAGE1 = 0.1
C_TECHNIQUE = 1.0
PRUNE = 1e-3  # stage-1 weights smaller than this are dropped
TECHNIQUE_PRUNE = 0.03  # technique weights likewise (14 dense rows: this keeps the file small)
DIGITS = 5
THRESHOLDS = tuple(round(0.1 + 0.05 * i, 2) for i in range(13))  # 0.1 … 0.7
GAPS = (0, 1, 2, 3, 5, 8, 12)
MIN_WORDS = (1, 2, 3)
BETA = 0.5  # the precise decoding maximises F-beta: precision counts more than recall
VARIANTS = ("lexicon", "stage1", "stage1_precise", "stacked", "stacked_precise")
COVERED = ("Loaded_Language", "Name_Calling,Labeling", "Doubt", "Exaggeration,Minimisation",
           "Appeal_to_fear-prejudice")
Spans = dict[str, list[tuple[int, int]]]


@dataclass
class Corpus:
    """The parsed articles, their token feature matrix (one row per non-space token) and labels."""

    ids: list[str]
    texts: list[str]
    si: list[list[tuple[int, int]]]
    tc: list[list[tuple[str, int, int]]]
    docs: list[Doc]
    sentences: list[list[list[Token]]]
    rows: list[tuple[int, int]]  # each article's row range in X
    X: Any  # scipy.sparse.csr_matrix
    y: np.ndarray
    names: list[str]
    vocabulary: dict[str, int] = field(default_factory=dict)

    def row_index(self, articles: Sequence[int]) -> np.ndarray:
        return np.concatenate([np.arange(*self.rows[a]) for a in articles]) if articles else np.zeros(0, int)


def data_folder(data: Path) -> Path:
    return data if (data / "train-articles").is_dir() else data / FOLDER


def read_articles(data: Path) -> tuple[list[str], list[str], list[list[tuple[int, int]]],
                                       list[list[tuple[str, int, int]]]]:
    folder = data_folder(data)
    paths = sorted((folder / "train-articles").glob("article*.txt"))
    ids = [p.stem.removeprefix("article") for p in paths]
    texts = [p.read_text(encoding="utf-8") for p in paths]
    si: dict[str, list[tuple[int, int]]] = {i: [] for i in ids}
    tc: dict[str, list[tuple[str, int, int]]] = {i: [] for i in ids}
    for line in (folder / "train-task1-SI.labels").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 3:
            si[parts[0]].append((int(parts[1]), int(parts[2])))
    for line in (folder / "train-task2-TC.labels").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 4:
            tc[parts[0]].append((parts[1], int(parts[2]), int(parts[3])))
    return ids, texts, [sorted(si[i]) for i in ids], [sorted(tc[i]) for i in ids]


def parse(texts: Sequence[str]) -> list[Doc]:
    return list(bare_nlp().pipe(texts, batch_size=8))


def build_corpus(ids: list[str], texts: list[str], si: list[list[tuple[int, int]]],
                 tc: list[list[tuple[str, int, int]]], docs: list[Doc]) -> Corpus:
    vocabulary: dict[str, int] = {}
    indices: list[int] = []
    indptr = [0]
    labels: list[int] = []
    rows: list[tuple[int, int]] = []
    sentences: list[list[list[Token]]] = []
    for text, spans, doc in zip(texts, si, docs, strict=True):
        inside = np.zeros(len(text) + 1, dtype=bool)
        for start, end in spans:
            inside[start:end] = True
        first = len(labels)
        groups = []
        for tokens, features in token_features(doc):
            groups.append(tokens)
            for token, row in zip(tokens, features, strict=True):
                indices += [vocabulary.setdefault(f, len(vocabulary)) for f in row]
                indptr.append(len(indices))
                labels.append(int(inside[token.idx:token.idx + len(token.text)].mean() >= 0.5))
        rows.append((first, len(labels)))
        sentences.append(groups)
    data = np.ones(len(indices), dtype=np.float64)
    X = sp.csr_matrix((data, np.asarray(indices, dtype=np.int32), np.asarray(indptr, dtype=np.int64)),
                      shape=(len(labels), len(vocabulary)))
    X.sum_duplicates()
    names = [""] * len(vocabulary)
    for name, column in vocabulary.items():
        names[column] = name
    return Corpus(ids, texts, si, tc, docs, sentences, rows, X, np.asarray(labels, dtype=np.int8), names, vocabulary)


def load_corpus(data: Path, log: Callable[[str], None] = print) -> Corpus:
    ids, texts, si, tc = read_articles(data)
    started = time.perf_counter()
    docs = parse(texts)
    log(f"parsed {len(docs)} articles in {time.perf_counter() - started:.0f}s")
    return build_corpus(ids, texts, si, tc, docs)


def folds(n: int, k: int, seed: int) -> list[list[int]]:
    """``k`` disjoint groups of article positions, shuffled with ``seed``."""
    order = np.random.default_rng(seed).permutation(n)
    return [sorted(int(i) for i in order[j::k]) for j in range(k)]


# --- stage 1 and 2 ---------------------------------------------------------------------------------------


def fit_stage1(corpus: Corpus, articles: Sequence[int], seed: int, c: float = C_STAGE1) -> LinearModel:
    rows = corpus.row_index(articles)
    X = corpus.X[rows]
    counts = np.bincount(X.indices, minlength=X.shape[1])
    keep = np.flatnonzero(counts >= MIN_COUNT)
    classifier = LogisticRegression(C=c, solver="liblinear", random_state=seed, max_iter=200)
    classifier.fit(X[:, keep], corpus.y[rows])
    weights = {corpus.names[int(col)]: round(float(w), DIGITS)
               for col, w in zip(keep, classifier.coef_[0], strict=True) if abs(w) >= PRUNE}
    return LinearModel(MODEL, round(float(classifier.intercept_[0]), DIGITS), weights)


def margins(corpus: Corpus, model: LinearModel, rows: np.ndarray) -> np.ndarray:
    vector = np.zeros(len(corpus.names))
    for name, weight in model.weights.items():
        column = corpus.vocabulary.get(name)
        if column is not None:
            vector[column] = weight
    result: np.ndarray = corpus.X[rows] @ vector + model.bias
    return result


def stage2_matrix(corpus: Corpus, articles: Sequence[int], z: np.ndarray) -> np.ndarray:
    """Second-stage feature rows for the articles' tokens, from their stage-1 log-odds ``z`` (same order)."""
    rows: list[list[float]] = []
    for a in articles:
        for tokens in corpus.sentences[a]:
            r = len(rows)
            rows += context_rows([float(v) for v in z[r:r + len(tokens)]], [t.is_punct for t in tokens])
    return np.asarray(rows, dtype=np.float64).reshape(len(rows), len(STAGE2))


def fit_stage2(X2: np.ndarray, y: np.ndarray) -> LinearModel:
    classifier = LogisticRegression(C=1.0, solver="lbfgs", max_iter=1000)
    classifier.fit(X2, y)
    weights = {name: round(float(w), DIGITS) for name, w in zip(STAGE2, classifier.coef_[0], strict=True)}
    return LinearModel(f"{MODEL}-context", round(float(classifier.intercept_[0]), DIGITS), weights)


def identity_stage2() -> LinearModel:
    """Stage 1 alone: the second stage passes the (clipped) stage-1 log-odds through."""
    return LinearModel(f"{MODEL}-context", 0.0, {"z": 1.0})


def sigmoid(z: np.ndarray) -> np.ndarray:
    result: np.ndarray = 1.0 / (1.0 + np.exp(-np.clip(z, -60, 60)))
    return result


# --- decoding and scoring ------------------------------------------------------------------------------


Sentence = tuple[list[Token], list[bool], list[float]]  # tokens, which are punctuation, probabilities
Probabilities = list[list[Sentence]]  # per article, per sentence


def split_sentences(corpus: Corpus, articles: Sequence[int], p: np.ndarray) -> Probabilities:
    out: Probabilities = []
    r = 0
    for a in articles:
        groups = []
        for tokens in corpus.sentences[a]:
            groups.append((tokens, [t.is_punct for t in tokens], [float(v) for v in p[r:r + len(tokens)]]))
            r += len(tokens)
        out.append(groups)
    return out


def with_punct(groups: list[tuple[list[Token], list[float]]]) -> list[Sentence]:
    """:meth:`SpanModel.probabilities` output in the form :func:`decode_articles` takes."""
    return [(tokens, [t.is_punct for t in tokens], p) for tokens, p in groups]


def decode_articles(probabilities: Probabilities, decoding: Decoding) -> list[list[tuple[int, int]]]:
    spans = []
    for groups in probabilities:
        found = []
        for tokens, punct, p in groups:
            for first, last in decode(punct, p, decoding):
                found.append((tokens[first].idx, tokens[last].idx + len(tokens[last].text)))
        spans.append(found)
    return spans


def score(corpus: Corpus, articles: Sequence[int], predicted: Sequence[list[tuple[int, int]]],
          label: str = "SI") -> SpanScore:
    """dateline's SI measure (evaluation.cues.overlap_score) over the articles' gold SI spans."""
    gold: Spans = {corpus.ids[a]: list(corpus.si[a]) for a in articles}
    found: Spans = {corpus.ids[a]: list(p) for a, p in zip(articles, predicted, strict=True)}
    return overlap_score(gold, found, label)


def summed_score(gold: Spans, predicted: Spans) -> tuple[float, float, float]:
    """The task paper's SI measure with sums over overlapping spans (Σ_t |s∩t|/|s|), not dateline's best match."""
    def covered(span: tuple[int, int], others: list[tuple[int, int]]) -> float:
        return sum(max(0, min(span[1], e) - max(span[0], s)) for s, e in others) / max(1, span[1] - span[0])

    n_pred = sum(len(v) for v in predicted.values())
    n_gold = sum(len(v) for v in gold.values())
    p = sum(covered(s, gold.get(a, [])) for a, spans in predicted.items() for s in spans) / n_pred if n_pred else 0.0
    r = sum(covered(s, predicted.get(a, [])) for a, spans in gold.items() for s in spans) / n_gold if n_gold else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def f_beta(result: SpanScore, beta: float = BETA) -> float:
    p, r = result.precision, result.recall
    return (1 + beta * beta) * p * r / (beta * beta * p + r) if p + r else 0.0


@dataclass(frozen=True)
class Tuned:
    """The decodings that maximise SI F1 and F-beta (BETA) on out-of-fold probabilities, with their scores."""

    decoding: Decoding
    score: SpanScore
    precise: Decoding
    precise_score: SpanScore


def tune(corpus: Corpus, articles: Sequence[int], probabilities: Probabilities) -> Tuned:
    """Grid search over THRESHOLDS × GAPS × MIN_WORDS (ties: the earlier grid point)."""
    best: tuple[Decoding, SpanScore] | None = None
    precise: tuple[Decoding, SpanScore] | None = None
    for threshold in THRESHOLDS:
        for gap in GAPS:
            for min_words in MIN_WORDS:
                decoding = Decoding(threshold, gap, min_words)
                result = score(corpus, articles, decode_articles(probabilities, decoding))
                if best is None or result.f1 > best[1].f1 + 1e-12:
                    best = (decoding, result)
                if precise is None or f_beta(result) > f_beta(precise[1]) + 1e-12:
                    precise = (decoding, result)
    assert best is not None and precise is not None
    return Tuned(best[0], best[1], precise[0], precise[1])


# --- the procedure ---------------------------------------------------------------------------------------


@dataclass
class Fitted:
    stacked: SpanModel
    single: SpanModel  # stage 1 alone, with its own tuned decodings
    oof_stacked: Tuned
    oof_single: Tuned


def fit(corpus: Corpus, articles: Sequence[int], seed: int, log: Callable[[str], None]) -> Fitted:
    """Stage 1 on ``articles``, stage 2 and the decodings tuned on their inner out-of-fold predictions."""
    articles = list(articles)
    inner = folds(len(articles), INNER_FOLDS, seed + 1)
    rows = corpus.row_index(articles)
    z = np.zeros(len(rows))
    offsets = np.cumsum([0] + [corpus.rows[a][1] - corpus.rows[a][0] for a in articles])
    position = {a: i for i, a in enumerate(articles)}
    for held in inner:
        held_articles = [articles[i] for i in held]
        held_set = set(held_articles)
        train_articles = [a for a in articles if a not in held_set]
        model = fit_stage1(corpus, train_articles, seed)
        held_z = margins(corpus, model, corpus.row_index(held_articles))
        r = 0
        for a in held_articles:
            n = corpus.rows[a][1] - corpus.rows[a][0]
            z[offsets[position[a]]:offsets[position[a]] + n] = held_z[r:r + n]
            r += n
    y = corpus.y[rows]
    X2 = stage2_matrix(corpus, articles, z)
    single = tune(corpus, articles, split_sentences(corpus, articles, sigmoid(np.clip(z, -8, 8))))
    p2 = np.zeros(len(rows))
    for held in inner:
        mask = np.zeros(len(rows), dtype=bool)
        for i in held:
            mask[offsets[i]:offsets[i + 1]] = True
        stage2 = fit_stage2(X2[~mask], y[~mask])
        p2[mask] = sigmoid(X2[mask] @ np.array([stage2.weights[n] for n in STAGE2]) + stage2.bias)
    stacked = tune(corpus, articles, split_sentences(corpus, articles, p2))
    for name, tuned in (("stage 1", single), ("stacked", stacked)):
        log(f"  inner OOF {name}: {_fmt(tuned.score)} {tuned.decoding}; precise {_fmt(tuned.precise_score)} "
            f"{tuned.precise}")
    stage1 = fit_stage1(corpus, articles, seed)
    stage2 = fit_stage2(X2, y)
    return Fitted(SpanModel(stage1, stage2, stacked.decoding, precise=stacked.precise),
                  SpanModel(stage1, identity_stage2(), single.decoding, precise=single.precise), stacked, single)


def _fmt(result: SpanScore) -> str:
    return f"P={result.precision:.3f} R={result.recall:.3f} F1={result.f1:.3f}"


# --- techniques ------------------------------------------------------------------------------------------


def technique_examples(corpus: Corpus, articles: Sequence[int]) -> tuple[list[list[str]], list[str]]:
    """Span features and technique of every gold TC span, cut to the sentence it starts in."""
    features: list[list[str]] = []
    labels: list[str] = []
    for a in articles:
        for technique, start, end in corpus.tc[a]:
            for tokens in corpus.sentences[a]:
                inside = [k for k, t in enumerate(tokens) if t.idx < end and start < t.idx + len(t.text)]
                if inside:
                    features.append(span_features(tokens, inside[0], inside[-1]))
                    labels.append(technique)
                    break
    return features, labels


def fit_techniques(features: list[list[str]], labels: list[str]) -> dict[str, LinearModel]:
    vocabulary: dict[str, int] = {}
    counts: Counter[str] = Counter(f for row in features for f in set(row))
    for name in sorted(counts):
        if counts[name] >= 2:
            vocabulary[name] = len(vocabulary)
    X = _count_matrix(features, vocabulary)
    classifier = LogisticRegression(C=C_TECHNIQUE, solver="lbfgs", max_iter=2000)
    classifier.fit(X, labels)
    names = sorted(vocabulary, key=vocabulary.__getitem__)
    models = {}
    for technique, coef, intercept in zip(classifier.classes_, classifier.coef_, classifier.intercept_, strict=True):
        weights = {n: round(float(w), DIGITS) for n, w in zip(names, coef, strict=True) if abs(w) >= TECHNIQUE_PRUNE}
        models[str(technique)] = LinearModel(str(technique), round(float(intercept), DIGITS), weights)
    return models


def _count_matrix(features: list[list[str]], vocabulary: dict[str, int]) -> Any:
    indices: list[int] = []
    indptr = [0]
    for row in features:
        indices += [vocabulary[f] for f in row if f in vocabulary]
        indptr.append(len(indices))
    X = sp.csr_matrix((np.ones(len(indices)), indices, indptr), shape=(len(features), len(vocabulary)))
    X.sum_duplicates()
    return X


def predict_technique(models: dict[str, LinearModel], features: list[str]) -> str:
    margins_ = {name: model.margin(features) for name, model in models.items()}
    return min(margins_, key=lambda name: (-margins_[name], name))


# --- cross-validation and the shipped model ----------------------------------------------------------------


def lexicon_spans(corpus: Corpus, articles: Sequence[int]) -> list[list[tuple[int, int]]]:
    """Today's lexicon cues with a technique (analyze.cues): the baseline."""
    finder = CueFinder()
    return [[(span.start, span.end) for _, span, _, technique in finder.find(corpus.texts[a], 0, len(corpus.texts[a]))
             if technique] for a in articles]


def runtime_spans(model: SpanModel, corpus: Corpus, articles: Sequence[int],
                  precise: bool = False) -> list[list[tuple[int, int]]]:
    return [[(s.start, s.end) for s in model.spans(corpus.docs[a], precise=precise)] for a in articles]


def summary(result: SpanScore) -> dict[str, float | int]:
    return {"precision": round(result.precision, 4), "recall": round(result.recall, 4), "f1": round(result.f1, 4),
            "predicted": result.predicted, "gold": result.gold}


def cross_validate(corpus: Corpus, seed: int, log: Callable[[str], None]) -> dict[str, Any]:
    n = len(corpus.ids)
    everything = list(range(n))
    predicted: dict[str, list[list[tuple[int, int]]]] = {v: [[] for _ in everything] for v in VARIANTS}
    with_technique: list[list[tuple[str, int, int]]] = [[] for _ in everything]
    # per variant and test article: token probabilities, the fold's decoding, the spans with their probability
    test_probabilities: dict[str, dict[int, list[Sentence]]] = {"stage1": {}, "stacked": {}}
    test_decoding: dict[str, dict[int, Decoding]] = {"stage1": {}, "stacked": {}}
    scored_spans: dict[str, dict[int, list[tuple[int, int, float]]]] = {"stage1": {}, "stacked": {}}
    per_fold: list[dict[str, float]] = []
    technique_correct = technique_total = 0
    confusion: Counter[tuple[str, str]] = Counter()
    for number, test in enumerate(folds(n, FOLDS, seed)):
        started = time.perf_counter()
        test_set = set(test)
        train_articles = [a for a in everything if a not in test_set]
        fitted = fit(corpus, train_articles, seed, log)
        techniques = fit_techniques(*technique_examples(corpus, train_articles))
        stacked = SpanModel(fitted.stacked.stage1, fitted.stacked.stage2, fitted.stacked.decoding, techniques,
                            fitted.stacked.precise)
        for a in test:
            predicted["lexicon"][a] = lexicon_spans(corpus, [a])[0]
            predicted["stage1"][a] = runtime_spans(fitted.single, corpus, [a])[0]
            predicted["stage1_precise"][a] = runtime_spans(fitted.single, corpus, [a], precise=True)[0]
            predicted["stacked_precise"][a] = runtime_spans(stacked, corpus, [a], precise=True)[0]
            spans = stacked.spans(corpus.docs[a])
            predicted["stacked"][a] = [(s.start, s.end) for s in spans]
            with_technique[a] = [(s.technique or "", s.start, s.end) for s in spans]
            for variant, model in (("stage1", fitted.single), ("stacked", stacked)):
                test_probabilities[variant][a] = with_punct(model.probabilities(corpus.docs[a]))
                test_decoding[variant][a] = model.decoding
                scored_spans[variant][a] = [(s.start, s.end, s.probability) for s in model.spans(corpus.docs[a])]
        features, labels = technique_examples(corpus, test)
        for row, label in zip(features, labels, strict=True):
            guess = predict_technique(techniques, row)
            technique_correct += guess == label
            technique_total += 1
            confusion[(label, guess)] += 1
        fold_scores = {v: round(score(corpus, test, [predicted[v][a] for a in test]).f1, 4) for v in VARIANTS}
        per_fold.append(fold_scores)
        log(f"fold {number + 1}/{FOLDS}: {fold_scores} ({time.perf_counter() - started:.0f}s)")
    results: dict[str, Any] = {"folds": FOLDS, "inner_folds": INNER_FOLDS, "seed": seed, "per_fold_f1": per_fold}
    gold_all: Spans = {corpus.ids[a]: list(corpus.si[a]) for a in everything}
    for variant in VARIANTS:
        result = score(corpus, everything, predicted[variant])
        found: Spans = {corpus.ids[a]: list(predicted[variant][a]) for a in everything}
        p, r, f = summed_score(gold_all, found)
        results[variant] = summary(result) | {"summed": {"precision": round(p, 4), "recall": round(r, 4),
                                                         "f1": round(f, 4)}}
        log(f"CV {variant}: {_fmt(result)}  (summed measure P={p:.3f} R={r:.3f} F1={f:.3f})")
    results["technique_accuracy_on_gold_spans"] = round(technique_correct / max(1, technique_total), 4)
    results["technique_majority_baseline"] = round(
        max(Counter(label for label, _ in confusion.elements()).values()) / max(1, technique_total), 4)
    per_technique = {}
    for technique in COVERED:
        gold_t: Spans = {corpus.ids[a]: [(s, e) for t, s, e in corpus.tc[a] if t == technique] for a in everything}
        found_t: Spans = {corpus.ids[a]: [(s, e) for t, s, e in with_technique[a] if t == technique]
                          for a in everything}
        per_technique[technique] = summary(overlap_score(gold_t, found_t, technique))
    results["per_technique_stacked"] = per_technique
    for variant in ("stage1", "stacked"):
        probabilities, decodings = test_probabilities[variant], test_decoding[variant]
        sweep = {}
        for threshold in THRESHOLDS:
            swept = [decode_articles([probabilities[a]], Decoding(threshold, decodings[a].gap,
                                                                  decodings[a].min_words))[0] for a in everything]
            sweep[str(threshold)] = summary(score(corpus, everything, swept))
        results[f"{variant}_threshold_sweep"] = sweep
        kept = {}
        for floor in (0.3, 0.4, 0.5, 0.6):
            confident = [[(start, end) for start, end, p in scored_spans[variant][a] if p >= floor] for a in everything]
            kept[str(floor)] = summary(score(corpus, everything, confident))
        results[f"{variant}_spans_with_probability_at_least"] = kept
    return results


def train(data: Path, out: Path, seed: int = 0, log: Callable[[str], None] = print,
          corpus: Corpus | None = None) -> dict[str, Any]:
    """Cross-validate the procedure, fit it on every article, write the models to ``out``; the figures."""
    started = time.perf_counter()
    corpus = corpus if corpus is not None else load_corpus(data, log)
    log(f"{len(corpus.ids)} articles, {corpus.X.shape[0]} tokens ({int(corpus.y.sum())} inside a span), "
        f"{corpus.X.shape[1]} distinct features")
    figures: dict[str, Any] = {"cv": cross_validate(corpus, seed, log)}
    everything = list(range(len(corpus.ids)))
    fitted = fit(corpus, everything, seed, log)
    techniques = fit_techniques(*technique_examples(corpus, everything))
    # decided before the run: the stacked model ships unless cross-validation scores it below stage 1 alone
    variant = "stacked" if figures["cv"]["stacked"]["f1"] >= figures["cv"]["stage1"]["f1"] else "stage1"
    chosen = fitted.stacked if variant == "stacked" else fitted.single
    oof = fitted.oof_stacked if variant == "stacked" else fitted.oof_single
    assert chosen.precise is not None
    shipped_model = SpanModel(chosen.stage1, chosen.stage2, chosen.decoding, techniques, chosen.precise)
    figures["shipped"] = {"variant": variant, "decoding": dict(chosen.decoding.__dict__),
                          "precise_decoding": dict(chosen.precise.__dict__),
                          "inner_oof_at_shipped_decoding": summary(oof.score),
                          "inner_oof_at_precise_decoding": summary(oof.precise_score),
                          "stage1_features": len(chosen.stage1.weights),
                          "technique_features": sum(len(m.weights) for m in techniques.values()),
                          "plain_sentences": plain_check(shipped_model)}
    figures["seconds"] = round(time.perf_counter() - started)
    meta = {"features": FEATURES_VERSION, "variant": variant, "stage2": chosen.stage2.to_json(),
            "decoding": dict(chosen.decoding.__dict__), "precise_decoding": dict(chosen.precise.__dict__),
            "trained_on": provenance(),
            "command": "python -m dateline.training.persuasion --data /work/shared/train "
                       "--out src/dateline/analyze/models", "seed": seed, "sklearn": sklearn.__version__,
            "C": C_STAGE1, "min_count": MIN_COUNT, "cv": _short(figures["cv"])}
    shipped = LinearModel(MODEL, chosen.stage1.bias, chosen.stage1.weights, threshold=chosen.decoding.threshold,
                          meta=meta)
    shipped.save(out / f"{MODEL}.json.gz")
    bundle = LinearModel(TECHNIQUES_MODEL, 0.0, {}, meta={
        "features": FEATURES_VERSION, "trained_on": provenance(), "C": C_TECHNIQUE, "prune": TECHNIQUE_PRUNE,
        "techniques": {name: model.to_json() for name, model in sorted(techniques.items())},
        "cv_accuracy_on_gold_spans": figures["cv"]["technique_accuracy_on_gold_spans"]})
    bundle.save(out / f"{TECHNIQUES_MODEL}.json.gz")
    log(f"shipped {variant}: wrote {out / f'{MODEL}.json.gz'} and {out / f'{TECHNIQUES_MODEL}.json.gz'} "
        f"in {figures['seconds']}s")
    return figures


# Plain factual wire-style sentences written for this check (not from any data set): a precise model flags none.
PLAIN = (
    "The council approved the budget on Tuesday by seven votes to two.",
    "The company said its third-quarter revenue rose 4 percent to $2.1 billion.",
    "Police said the road would reopen on Friday after repairs to a water main.",
    "The minister will travel to Brussels next week for talks on fishing quotas.",
    "Rainfall in the region was 12 percent below the long-term average last month, the weather service said.",
    "The court adjourned the hearing until March 3.",
    "Shares in the firm closed 1.2 percent higher in London on Wednesday.",
    "The central bank left its main interest rate unchanged at 3.5 percent.",
    "About 40,000 people attended the match at the national stadium on Saturday.",
    "The school board will publish its revised timetable in September.",
)


def plain_check(model: SpanModel) -> dict[str, Any]:
    """What the model flags in the PLAIN sentences, with the default and the precise decoding."""
    docs = list(bare_nlp().pipe(PLAIN))
    flagged = [s.text for doc in docs for s in model.spans(doc)]
    precise = [s.text for doc in docs for s in model.spans(doc, precise=True)]
    return {"sentences": len(PLAIN), "flagged": flagged, "flagged_precise": precise}


def _short(cv: dict[str, Any]) -> dict[str, Any]:
    return {k: cv[k] for k in (*VARIANTS, "technique_accuracy_on_gold_spans")}


def provenance() -> dict[str, str]:
    return {"folder": FOLDER, "origin": "https://github.com/aschern/semeval2020_task11",
            "commit": "84c384d3813a51f4face15086463952ebc2e0993",
            "licence": "none stated; organisers' research-use release (PTC, Da San Martino et al. 2019); "
                       "news texts copyrighted by their outlets. Weights only: no data shipped."}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m dateline.training.persuasion", description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="folder holding ptc-semeval2020-task11-train/")
    parser.add_argument("--out", type=Path, required=True, help="where to write the model files")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    figures = train(args.data, args.out, args.seed, log=lambda line: print(line, file=sys.stderr, flush=True))
    print(json.dumps(figures, indent=2, sort_keys=True))


if __name__ == "__main__":
    main()

"""Train the check-worthiness model (a checkable factual claim worth checking, or not) and measure it.

    python -m dateline.training.checkworthy --data /work/shared/train --out src/dateline/analyze/models

Reads ``claimbuster-train/train.json`` (7,974 debate sentences) and ``checkthat2019-task1-train/*.tsv``
(19 transcripts) in place, parses every distinct sentence once with :func:`dateline.analyze.pipeline.bare_nlp`
and featurises it with the runtime's own :func:`dateline.analyze.checkworthy.features`, so training and
scoring see the same input. Every model, in cross-validation too, is exported to the runtime
:class:`~dateline.analyze.linear.LinearModel` (near-zero weights pruned, the rest rounded) and every figure
is computed from that exported model's probabilities: the figures are those of the scorer that ships.

The procedure (:func:`fit_selected`), applied to any training set:
1. TF-IDF (sublinear tf, L2 norm, features seen in >= ``MIN_DF`` sentences) + L2 logistic regression
   (liblinear, class_weight balanced);
2. C from ``C_GRID`` and the decision threshold by ``INNER_FOLDS``-fold CV on the ClaimBuster part of the
   training set: the C whose out-of-fold probabilities reach the best F1 of label 1, and the threshold
   that reaches it;
3. refit on the whole training set with that C.

Reported (:func:`train`), with a fixed seed:
- ClaimBuster: stratified ``FOLDS``-fold CV of the whole procedure (C and threshold chosen inside the
  training folds, never on the scored fold); P/R/F1 of label 1 pooled over the folds, and AP.
- CheckThat! 2019: leave-one-transcript-out, MAP over the 19 transcripts (and over the 16 not in the
  ClaimBuster test), each transcript ranked by a model that never saw it. The three 2016 general-election
  debates (``LEAKY``) are never training data; ClaimBuster sentences identical (after normalising) to a
  sentence of more than five words of the held transcript are dropped from that fold's training set (only
  those three debates have any; formulaic short lines such as "Thank you." are left).
The shipped model is the procedure on all of ClaimBuster. ``--variants`` also measures the alternatives
(words only; ClaimBuster plus the 16 usable CheckThat transcripts at two weights; CheckThat alone).
Needs scikit-learn (the ``train`` extra).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import sklearn
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold

from ..analyze.checkworthy import FEATURES_VERSION, MODEL, features
from ..analyze.linear import LinearModel
from ..analyze.pipeline import bare_nlp

CLAIMBUSTER = "claimbuster-train"
CHECKTHAT = "checkthat2019-task1-train"
LEAKY = ("20160926_1pres", "20161010_2pres", "20161019_3pres")  # overlap the held-back ClaimBuster test
FOLDS = 5
INNER_FOLDS = 3
C_GRID = (1.0, 2.0, 4.0, 8.0, 16.0)
MIN_DF = 2
OVERLAP_WORDS = 5  # a held transcript's sentences longer than this are dropped from ClaimBuster when ranking it
PRUNE = 1e-4
DIGITS = 5
COMMAND = "python -m dateline.training.checkworthy --data /work/shared/train --out src/dateline/analyze/models"
Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]


@dataclass(frozen=True)
class Sentence:
    text: str
    label: int


@dataclass
class Data:
    """The two training sets and every distinct sentence's runtime features (parsed once per run)."""

    claimbuster: list[Sentence]
    checkthat: dict[str, list[Sentence]]  # transcript name -> its sentences in line order
    features: dict[str, list[str]]


@dataclass(frozen=True)
class Variant:
    """What a model is trained on and sees: the shipped one is ``Variant("words+linguistic")``."""

    name: str
    words_only: bool = False
    checkthat_weight: float = 0.0  # > 0: the usable CheckThat transcripts join training with this weight
    claimbuster: bool = True


SHIPPED = Variant("words+linguistic")
VARIANTS = (Variant("words 1-2-grams", words_only=True), SHIPPED,
            Variant("+ CheckThat x0.25", checkthat_weight=0.25), Variant("+ CheckThat x1", checkthat_weight=1.0),
            Variant("CheckThat only", checkthat_weight=1.0, claimbuster=False))


@dataclass(frozen=True)
class Selected:
    model: LinearModel
    c: float
    threshold: float
    inner_f1: float


def read_claimbuster(data: Path) -> list[Sentence]:
    items = json.loads((data / CLAIMBUSTER / "train.json").read_text(encoding="utf-8"))
    return [Sentence(str(item["text"]), int(item["label"])) for item in items]


def read_checkthat(data: Path) -> dict[str, list[Sentence]]:
    transcripts = {}
    for path in sorted((data / CHECKTHAT).glob("*.tsv")):
        rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        transcripts[path.stem] = [Sentence(row[2], int(row[3])) for row in sorted(rows, key=lambda r: int(r[0]))]
    return transcripts


def featurise(texts: Sequence[str], log: Callable[[str], None] = print) -> dict[str, list[str]]:
    """Each distinct text parsed once by the bare English pipeline, featurised as the runtime does."""
    unique = sorted(set(texts))
    started = time.perf_counter()
    nlp = bare_nlp()
    out = {text: features(doc[:]) for text, doc in zip(unique, nlp.pipe(unique, batch_size=256), strict=True)}
    log(f"parsed {len(unique)} distinct sentences in {time.perf_counter() - started:.0f}s")
    return out


def load_data(data: Path, log: Callable[[str], None] = print) -> Data:
    claimbuster, checkthat = read_claimbuster(data), read_checkthat(data)
    texts = [s.text for s in claimbuster] + [s.text for t in checkthat.values() for s in t]
    return Data(claimbuster, checkthat, featurise(texts, log))


def normalise(text: str) -> str:
    """Lower case, no punctuation, single spaces: how the data's SOURCE.md files check overlap."""
    return " ".join(re.sub(r"[^\w\s]", "", text.lower()).split())


def _identity(items: list[str]) -> list[str]:
    return items


def view(feature_list: list[str], variant: Variant) -> list[str]:
    """The features a variant uses: all, or only the words and word bigrams (lower case, no PREFIX:)."""
    return [f for f in feature_list if not f[:1].isupper()] if variant.words_only else feature_list


def fit(rows: Sequence[list[str]], labels: Sequence[int], weights: Sequence[float], c: float,
        seed: int) -> LinearModel:
    """TF-IDF + logistic regression, exported as the runtime model (pruned, rounded)."""
    vectorizer = TfidfVectorizer(analyzer=_identity, lowercase=False, sublinear_tf=True, min_df=MIN_DF)
    matrix = vectorizer.fit_transform(list(rows))
    classifier = LogisticRegression(C=c, class_weight="balanced", solver="liblinear", random_state=seed,
                                    max_iter=1000)
    classifier.fit(matrix, np.asarray(labels), sample_weight=np.asarray(weights, dtype=np.float64))
    names = [str(n) for n in vectorizer.get_feature_names_out()]
    coef = [float(w) for w in classifier.coef_[0]]
    return LinearModel(MODEL, round(float(classifier.intercept_[0]), DIGITS),
                       {n: round(w, DIGITS) for n, w in zip(names, coef, strict=True) if abs(w) >= PRUNE},
                       idf={n: round(float(v), DIGITS) for n, v in zip(names, vectorizer.idf_, strict=True)},
                       sublinear_tf=True, l2_normalize=True)


def probabilities(model: LinearModel, rows: Sequence[list[str]]) -> Floats:
    return np.array([model.probability(r) for r in rows], dtype=np.float64)


def best_threshold(labels: Ints, scores: Floats) -> tuple[float, float]:
    """The threshold (midway between two scores) that gives the best F1 of label 1, and that F1."""
    order = np.argsort(-scores, kind="stable")
    ranked, sorted_scores = labels[order], scores[order]
    hits = np.cumsum(ranked)
    precision = hits / np.arange(1, len(ranked) + 1)
    recall = hits / max(1, int(labels.sum()))
    f1 = np.where(hits > 0, 2 * precision * recall / np.maximum(precision + recall, 1e-12), 0.0)
    cut = np.r_[sorted_scores[1:] < sorted_scores[:-1], True]  # only between distinct scores
    best = int(np.argmax(np.where(cut, f1, -1.0)))
    following = float(sorted_scores[best + 1]) if best + 1 < len(sorted_scores) else 0.0
    return round((float(sorted_scores[best]) + following) / 2, 4), float(f1[best])


def prf(labels: Ints, predicted: npt.NDArray[np.bool_]) -> dict[str, float]:
    tp = int((predicted & (labels == 1)).sum())
    precision = tp / max(1, int(predicted.sum()))
    recall = tp / max(1, int(labels.sum()))
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def average_precision(labels: Sequence[int], scores: Sequence[float]) -> float:
    """AP of a ranking as the CheckThat! 2019 scorer computes it (ties kept in line order)."""
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    hits, total = 0, 0.0
    for rank, i in enumerate(order, 1):
        if labels[i]:
            hits += 1
            total += hits / rank
    return total / max(1, sum(labels))


def _extra(data: Data, variant: Variant, exclude: str | None) -> list[Sentence]:
    """The CheckThat sentences a variant trains on: never the leaky debates, never the held transcript."""
    if variant.checkthat_weight <= 0:
        return []
    return [s for name, sentences in data.checkthat.items() if name not in LEAKY and name != exclude
            for s in sentences]


def fit_selected(data: Data, variant: Variant, claimbuster: Sequence[Sentence], extra: Sequence[Sentence],
                 seed: int, c: float | None = None) -> Selected:
    """Choose C and the threshold by inner CV on the ClaimBuster part, then refit on everything given.

    ``extra`` (CheckThat sentences) joins every inner training fold and is never scored. With ``c``
    given (a variant without ClaimBuster) nothing is selected and the threshold stays 0.5.
    """
    def rows(items: Sequence[Sentence]) -> list[list[str]]:
        return [view(data.features[s.text], variant) for s in items]

    weight = variant.checkthat_weight
    if c is not None or not claimbuster:
        chosen = c if c is not None else C_GRID[len(C_GRID) // 2]
        model = fit(rows(extra), [s.label for s in extra], [weight] * len(extra), chosen, seed)
        return Selected(model, chosen, 0.5, float("nan"))
    labels = np.array([s.label for s in claimbuster], dtype=np.int64)
    x_cb, x_extra = rows(claimbuster), rows(extra)
    y_extra, w_extra = [s.label for s in extra], [weight] * len(extra)
    folds = list(StratifiedKFold(INNER_FOLDS, shuffle=True, random_state=seed).split(np.zeros(len(labels)), labels))
    best: tuple[float, float, float] | None = None  # (f1, c, threshold)
    for candidate in C_GRID:
        oof = np.zeros(len(labels))
        for train_idx, test_idx in folds:
            model = fit([x_cb[i] for i in train_idx] + x_extra, [int(labels[i]) for i in train_idx] + y_extra,
                        [1.0] * len(train_idx) + w_extra, candidate, seed)
            oof[test_idx] = probabilities(model, [x_cb[i] for i in test_idx])
        threshold, f1 = best_threshold(labels, oof)
        if best is None or f1 > best[0] + 1e-9:
            best = (f1, candidate, threshold)
    assert best is not None
    f1, chosen, threshold = best
    model = fit(x_cb + x_extra, [int(v) for v in labels] + y_extra, [1.0] * len(labels) + w_extra, chosen, seed)
    return Selected(LinearModel(MODEL, model.bias, model.weights, threshold, model.idf, True, True), chosen,
                    threshold, round(f1, 4))


def claimbuster_cv(data: Data, variant: Variant, seed: int, log: Callable[[str], None]) -> dict[str, Any]:
    """Stratified K-fold CV of the whole procedure on ClaimBuster; P/R/F1 of label 1 at each fold's threshold."""
    items = data.claimbuster
    labels = np.array([s.label for s in items], dtype=np.int64)
    scores = np.zeros(len(items))
    predicted = np.zeros(len(items), dtype=bool)
    per_fold: list[dict[str, Any]] = []
    splitter = StratifiedKFold(FOLDS, shuffle=True, random_state=seed)
    for k, (train_idx, test_idx) in enumerate(splitter.split(np.zeros(len(items)), labels), 1):
        selected = fit_selected(data, variant, [items[i] for i in train_idx], _extra(data, variant, None), seed)
        p = probabilities(selected.model, [view(data.features[items[i].text], variant) for i in test_idx])
        scores[test_idx], predicted[test_idx] = p, p >= selected.threshold
        fold = {"fold": k, "C": selected.c, "threshold": selected.threshold,
                **prf(labels[test_idx], p >= selected.threshold)}
        per_fold.append(fold)
        log(f"  [{variant.name}] ClaimBuster fold {k}: C={selected.c} threshold={selected.threshold} "
            f"P={fold['precision']} R={fold['recall']} F1={fold['f1']}")
    f1s = [f["f1"] for f in per_fold]
    return {**prf(labels, predicted), "f1_fold_mean": round(float(np.mean(f1s)), 4),
            "f1_fold_sd": round(float(np.std(f1s)), 4),
            "ap": round(average_precision([int(v) for v in labels], [float(v) for v in scores]), 4),
            "folds": per_fold}


def checkthat_loto(data: Data, variant: Variant, c: float, seed: int, log: Callable[[str], None]) -> dict[str, Any]:
    """Leave-one-transcript-out MAP: each transcript ranked by a model trained without it (C fixed)."""
    normalised = [normalise(s.text) for s in data.claimbuster]
    cache: dict[tuple[tuple[int, ...], str | None], LinearModel] = {}
    aps: dict[str, float] = {}
    for name, held in data.checkthat.items():
        texts = {normalise(s.text) for s in held if len(s.text.split()) > OVERLAP_WORDS}
        dropped = tuple(i for i, t in enumerate(normalised) if t in texts) if variant.claimbuster else ()
        extra = _extra(data, variant, name)
        key = (dropped, name if extra else None)
        if key not in cache:
            keep = set(dropped)
            cb = [s for i, s in enumerate(data.claimbuster) if i not in keep] if variant.claimbuster else []
            rows = [view(data.features[s.text], variant) for s in [*cb, *extra]]
            weights = [1.0] * len(cb) + [variant.checkthat_weight] * len(extra)
            cache[key] = fit(rows, [s.label for s in [*cb, *extra]], weights, c, seed)
        model = cache[key]
        scores = [model.margin(view(data.features[s.text], variant)) for s in held]
        aps[name] = round(average_precision([s.label for s in held], scores), 4)
        log(f"  [{variant.name}] CheckThat {name}: AP={aps[name]} (ClaimBuster sentences dropped: {len(dropped)})")
    usable = [ap for name, ap in aps.items() if name not in LEAKY]
    return {"map": round(float(np.mean(list(aps.values()))), 4), "map_16": round(float(np.mean(usable)), 4),
            "C": c, "ap": aps}


def measure(data: Data, variant: Variant, seed: int, log: Callable[[str], None],
            c: float | None = None) -> dict[str, Any]:
    """Both figures for one variant; C for the ranking is the one chosen on all of ClaimBuster."""
    result: dict[str, Any] = {"variant": variant.name}
    if variant.claimbuster:
        result["claimbuster_cv"] = claimbuster_cv(data, variant, seed, log)
        c = fit_selected(data, variant, data.claimbuster, _extra(data, variant, None), seed).c
    assert c is not None
    result["checkthat_loto"] = checkthat_loto(data, variant, c, seed, log)
    return result


def train(data: Path, out: Path, seed: int = 0, log: Callable[[str], None] = print, variants: bool = False,
          loaded: Data | None = None) -> dict[str, Any]:
    """Measure the procedure, fit the shipped model on all of ClaimBuster, write it to ``out``; the figures."""
    started = time.perf_counter()
    corpus = loaded if loaded is not None else load_data(data, log)
    log(f"ClaimBuster {len(corpus.claimbuster)} sentences; CheckThat {len(corpus.checkthat)} transcripts, "
        f"{sum(len(t) for t in corpus.checkthat.values())} sentences")
    shipped = fit_selected(corpus, SHIPPED, corpus.claimbuster, [], seed)
    log(f"shipped: C={shipped.c} threshold={shipped.threshold} inner F1={shipped.inner_f1} "
        f"({len(shipped.model.weights)} weights, {len(shipped.model.idf)} features)")
    figures: dict[str, Any] = {
        "claimbuster_cv": claimbuster_cv(corpus, SHIPPED, seed, log),
        "checkthat_loto": checkthat_loto(corpus, SHIPPED, shipped.c, seed, log),
        "shipped": {"C": shipped.c, "threshold": shipped.threshold, "inner_cv_f1": shipped.inner_f1,
                    "weights": len(shipped.model.weights), "features": len(shipped.model.idf)}}
    if variants:
        fixed = shipped.c
        figures["variants"] = [measure(corpus, v, seed, log, None if v.claimbuster else fixed)
                               for v in VARIANTS if v != SHIPPED]
    cv, loto = figures["claimbuster_cv"], figures["checkthat_loto"]
    meta = {"features": FEATURES_VERSION, "label": "1 = check-worthy factual claim (ClaimBuster CFS)",
            "trained_on": [provenance(CLAIMBUSTER)], "measured_on": [provenance(CLAIMBUSTER), provenance(CHECKTHAT)],
            "command": COMMAND, "seed": seed, "sklearn": sklearn.__version__, "C": shipped.c, "min_df": MIN_DF,
            "cv": {"claimbuster_5fold": {k: cv[k] for k in ("precision", "recall", "f1", "ap")},
                   "checkthat_loto_map": loto["map"], "checkthat_loto_map_16": loto["map_16"]}}
    model = shipped.model
    LinearModel(MODEL, model.bias, model.weights, model.threshold, model.idf, True, True, meta).save(
        out / f"{MODEL}.json.gz")
    figures["seconds"] = round(time.perf_counter() - started)
    log(f"wrote {out / f'{MODEL}.json.gz'} in {figures['seconds']}s")
    return figures


def provenance(folder: str) -> dict[str, str]:
    if folder == CLAIMBUSTER:
        return {"folder": CLAIMBUSTER, "origin": "https://github.com/utaresearch/claimbuster-spotter",
                "path": "data/two_class/train.json (2 sentences also in its test file removed)",
                "commit": "332bba0819d79f8e42d0a70277597dfe97036873",
                "licence": "ClaimBuster data, GPL-3.0 repo copy / CC-BY-4.0 dataset (Zenodo 10.5281/zenodo.3609356); "
                           "cite Arslan, Hassan, Li, Tremayne, ICWSM 2020. Weights only: no data shipped."}
    return {"folder": CHECKTHAT, "origin": "https://github.com/telsayed/clef2019-factchecking-task1",
            "path": "data/training/*.tsv", "commit": "123668498cd6ad41aae79d2c12899bb7d20d32a7",
            "licence": "CheckThat! 2019 task 1 training data, free for general research use (organisers' README); "
                       "cite clef19_checkthat.bib. Used to measure only; no data shipped."}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m dateline.training.checkworthy",
                                     description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--data", type=Path, required=True,
                        help=f"folder holding {CLAIMBUSTER}/ and {CHECKTHAT}/")
    parser.add_argument("--out", type=Path, required=True, help="where to write checkworthy.json.gz")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--variants", action="store_true", help="also measure the alternatives (slower)")
    args = parser.parse_args(argv)
    figures = train(args.data, args.out, args.seed, log=lambda line: print(line, file=sys.stderr, flush=True),
                    variants=args.variants)
    print(json.dumps(figures, indent=2, sort_keys=True))


if __name__ == "__main__":
    main()

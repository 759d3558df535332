"""Small trained linear models, shipped as JSON and scored without scikit-learn.

``python3 tasks.py train`` fits logistic regressions with scikit-learn (the ``train`` extra) and
writes each as ``models/<name>.json.gz``: a bias, a weight per named feature and, for TF-IDF
models, each feature's IDF. Scoring is a sparse dot product, so the default install stays lean
and a sentence costs microseconds. A file names the data it was trained on and its licence
(``meta``), and its SHA-256 goes into the pipeline fingerprint.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

FORMAT = "dateline-linear/1"


@dataclass(frozen=True)
class LinearModel:
    """A logistic regression over named features: P(positive) = σ(bias + Σ weight·value)."""

    name: str
    bias: float
    weights: dict[str, float]
    threshold: float = 0.5
    idf: dict[str, float] = field(default_factory=dict)  # empty: raw feature values
    sublinear_tf: bool = False
    l2_normalize: bool = False
    meta: dict[str, Any] = field(default_factory=dict)

    def values(self, features: Iterable[str] | Mapping[str, float]) -> dict[str, float]:
        """Feature values as the model was trained on them: counts, TF-IDF, L2 norm over known features."""
        counts: dict[str, float] = {}
        if isinstance(features, Mapping):
            counts = {k: float(v) for k, v in features.items()}
        else:
            for feature in features:
                counts[feature] = counts.get(feature, 0.0) + 1.0
        if self.idf:
            counts = {k: (1.0 + math.log(v) if self.sublinear_tf and v > 0 else v) * self.idf[k]
                      for k, v in counts.items() if k in self.idf}
        if self.l2_normalize:
            norm = math.sqrt(sum(v * v for v in counts.values()))
            if norm > 0:
                counts = {k: v / norm for k, v in counts.items()}
        return counts

    def margin(self, features: Iterable[str] | Mapping[str, float]) -> float:
        weights = self.weights
        return self.bias + sum(weights.get(k, 0.0) * v for k, v in self.values(features).items())

    def probability(self, features: Iterable[str] | Mapping[str, float]) -> float:
        z = self.margin(features)
        return 1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "name": self.name, "bias": self.bias, "threshold": self.threshold,
                "sublinear_tf": self.sublinear_tf, "l2_normalize": self.l2_normalize, "meta": self.meta,
                "weights": dict(sorted(self.weights.items())), "idf": dict(sorted(self.idf.items()))}

    def save(self, path: Path) -> None:
        """Deterministic bytes (sorted keys, fixed gzip mtime): the same training run gives the same file."""
        data = json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as out:
            out.write(data)

    @classmethod
    def from_json(cls, record: Mapping[str, Any]) -> LinearModel:
        if record.get("format") != FORMAT:
            raise ValueError(f"not a {FORMAT} model: {record.get('format')!r}")
        return cls(name=str(record["name"]), bias=float(record["bias"]),
                   weights={str(k): float(v) for k, v in record["weights"].items()},
                   threshold=float(record.get("threshold", 0.5)),
                   idf={str(k): float(v) for k, v in record.get("idf", {}).items()},
                   sublinear_tf=bool(record.get("sublinear_tf", False)),
                   l2_normalize=bool(record.get("l2_normalize", False)), meta=dict(record.get("meta", {})))


def model_file(name: str) -> Path:
    return Path(str(resources.files("dateline.analyze").joinpath("models", f"{name}.json.gz")))


@functools.cache
def load_model(name: str) -> LinearModel | None:
    """The shipped model ``name``, or None when it has not been trained into this install."""
    path = model_file(name)
    if not path.is_file():
        return None
    with gzip.open(path, "rb") as stream:
        return LinearModel.from_json(json.loads(stream.read().decode("utf-8")))


def model_digest(name: str) -> str | None:
    path = model_file(name)
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None

"""Clustering scores against a gold partition: B-cubed and pairwise precision, recall and F1.

B-cubed (Bagga & Baldwin 1998): per item, precision is the share of its predicted cluster that is in its
gold cluster, recall the share of its gold cluster that is in its predicted cluster; both averaged over
items. Pairwise: over all pairs of items, a pair is predicted when both share a predicted cluster, right
when they also share a gold one. Both are computed from the contingency counts, not pair by pair.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class ClusterScore:
    items: int
    gold_clusters: int
    clusters: int
    b3_precision: float
    b3_recall: float
    b3_f1: float
    pair_precision: float
    pair_recall: float
    pair_f1: float


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score(gold: Mapping[str, str], predicted: Mapping[str, object]) -> ClusterScore:
    """``gold`` and ``predicted`` map each item to its cluster; items missing from ``predicted`` are singletons."""
    items = list(gold)
    pred = {i: predicted.get(i, ("singleton", i)) for i in items}
    joint = Counter((gold[i], pred[i]) for i in items)
    gold_size = Counter(gold[i] for i in items)
    pred_size = Counter(pred[i] for i in items)
    n = len(items)
    b3_p = sum(c * c / pred_size[p] for (_, p), c in joint.items()) / n if n else 0.0
    b3_r = sum(c * c / gold_size[g] for (g, _), c in joint.items()) / n if n else 0.0

    def pairs(sizes: Counter[object]) -> int:
        return sum(s * (s - 1) // 2 for s in sizes.values())

    right = sum(c * (c - 1) // 2 for c in joint.values())
    predicted_pairs, gold_pairs = pairs(pred_size), pairs(gold_size)  # type: ignore[arg-type]
    pp = right / predicted_pairs if predicted_pairs else 0.0
    pr = right / gold_pairs if gold_pairs else 0.0
    return ClusterScore(n, len(gold_size), len(pred_size), b3_p, b3_r, f1(b3_p, b3_r), pp, pr, f1(pp, pr))

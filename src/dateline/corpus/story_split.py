"""The split check: does one story hold two events of the same kind?

Two events of one kind (two strikes at one port, two floods in one valley) share the words that make
them that kind, and those words outweigh, corpus-wide, what tells the two apart (other people, other
numbers, other dates). Inside the story, though, the kind's words are in every article, and the instance's
words in only part of them. So the check weighs each key by how rare it is *within the story* (a local
inverse document frequency, times the global one the vectors already carry), builds the graph of the
members' likeness under that weighting, and cuts it in two along its spectral (Fiedler) order where the
normalised cut (Shi & Malik 2000) is least. A story whose best cut is cheap — little likeness across, much
within — and leaves enough articles on each side is two stories.

Pure Python vectors in, numpy for the small dense eigenproblem (a story's members, capped).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from .vectors import Vector, dot, normalise

Matrix = npt.NDArray[np.float64]
Node = Mapping[str, Vector]
"""One member as the check sees it: its weighted vector per block."""


@dataclass(frozen=True)
class Cut:
    """The best two-way cut found: one side's node indices, its normalised cut and smaller side's size."""

    side: frozenset[int]
    ncut: float
    smaller: int


def localise(nodes: Sequence[Node]) -> list[dict[str, Vector]]:
    """Reweigh each block by the key's rarity among these nodes (smoothed IDF), then renormalise."""
    n = len(nodes)
    blocks = {b for node in nodes for b in node}
    out: list[dict[str, Vector]] = [{} for _ in nodes]
    for b in blocks:
        held = Counter(k for node in nodes for k in node.get(b, {}))
        local = {k: math.log((n + 1) / (c + 1)) + 1.0 for k, c in held.items()}
        for i, node in enumerate(nodes):
            vector = node.get(b)
            if vector:
                out[i][b] = normalise({k: w * local[k] for k, w in vector.items()})
    return out


def likeness(nodes: Sequence[Mapping[str, Vector]], weights: Mapping[str, float]) -> Matrix:
    """Weighed sum of block cosines over the blocks either node has (zero diagonal)."""
    n = len(nodes)
    matrix = np.zeros((n, n))
    for i in range(n):
        a = nodes[i]
        for j in range(i + 1, n):
            c = nodes[j]
            total = weight = 0.0
            for b, w in weights.items():
                if not w or (b not in a and b not in c):
                    continue
                weight += w
                if b in a and b in c:
                    total += w * dot(a[b], c[b])
            if weight:
                matrix[i, j] = matrix[j, i] = total / weight
    return matrix


def best_cut(matrix: Matrix, min_side: int) -> Cut | None:
    """The least normalised cut along the Fiedler vector's order with at least ``min_side`` nodes a side."""
    n = matrix.shape[0]
    if n < 2 * min_side:
        return None
    degree = matrix.sum(axis=1) + 1e-9
    scale = 1.0 / np.sqrt(degree)
    laplacian = np.eye(n) - matrix * np.outer(scale, scale)
    _, vectors = np.linalg.eigh(laplacian)
    order = np.argsort(vectors[:, 1] * scale, kind="stable")
    total = float(degree.sum())
    inside = np.zeros(n, dtype=bool)
    cut = volume = 0.0
    best: tuple[float, int] | None = None
    for k, v in enumerate(order[:-1], start=1):
        row = matrix[v]
        cut += float(row[~inside].sum() - row[v]) - float(row[inside].sum())  # v's edges flip across
        inside[v] = True
        volume += float(degree[v])
        if min(k, n - k) < min_side:
            continue
        value = cut / volume + cut / (total - volume)
        if best is None or value < best[0] - 1e-12:
            best = (value, k)
    if best is None:
        return None
    value, k = best
    return Cut(frozenset(int(i) for i in order[:k]), value, min(k, n - k))


def split(nodes: Sequence[Node], weights: Mapping[str, float], min_side: int) -> Cut | None:
    """The story's best cut under local weighting (None when it has too few members to split)."""
    if len(nodes) < 2 * min_side:
        return None
    return best_cut(likeness(localise(nodes), weights), min_side)

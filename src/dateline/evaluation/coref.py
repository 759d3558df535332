"""Coreference scores for clusterings of mentions: MUC, B-cubed, CEAF-e and their mean, the CoNLL F1.

Written here (as the CoNLL-2012 reference scorer defines them) so that ``dateline eval events
--cross-doc`` needs no outside scorer. Key and response may hold different mentions: a key mention the
response lacks counts against recall, a response mention the key lacks against precision.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass

Cluster = frozenset[Hashable]


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


@dataclass(frozen=True)
class CorefScore:
    muc: PRF
    b_cubed: PRF
    ceaf_e: PRF

    @property
    def conll(self) -> float:
        return (self.muc.f1 + self.b_cubed.f1 + self.ceaf_e.f1) / 3


def _muc_side(gold: Sequence[Cluster], other: Sequence[Cluster]) -> float:
    where = {m: i for i, cluster in enumerate(other) for m in cluster}
    found = total = 0
    for cluster in gold:
        parts = {where.get(m, ("alone", m)) for m in cluster}
        found += len(cluster) - len(parts)
        total += len(cluster) - 1
    return found / total if total else 0.0


def muc(key: Sequence[Cluster], response: Sequence[Cluster]) -> PRF:
    """Links: how many of a cluster's links survive in the other side's partition of it."""
    return PRF(_muc_side(response, key), _muc_side(key, response))


def _b3_side(gold: Sequence[Cluster], other: Sequence[Cluster]) -> float:
    where = {m: cluster for cluster in other for m in cluster}
    mentions = sum(len(c) for c in gold)
    total = sum(len(cluster & where[m]) / len(cluster) for cluster in gold for m in cluster if m in where)
    return total / mentions if mentions else 0.0


def b_cubed(key: Sequence[Cluster], response: Sequence[Cluster]) -> PRF:
    """Per mention: the share of its cluster the other side puts with it."""
    return PRF(_b3_side(response, key), _b3_side(key, response))


def ceaf_e(key: Sequence[Cluster], response: Sequence[Cluster]) -> PRF:
    """Entities aligned one to one (best total of φ4 = 2|K∩R| / (|K|+|R|)), then averaged per side."""
    if not key or not response:
        return PRF(0.0, 0.0)
    where: dict[Hashable, list[int]] = {}
    for j, cluster in enumerate(response):
        for m in cluster:
            where.setdefault(m, []).append(j)
    best = 0.0
    for keys, responses in _components(key, where):  # entities that share no mention score 0: solve apart
        scores = [[2 * len(key[i] & response[j]) / (len(key[i]) + len(response[j])) for j in responses]
                  for i in keys]
        best += _assignment(scores)
    return PRF(best / len(response), best / len(key))


def _components(key: Sequence[Cluster], where: dict[Hashable, list[int]]) -> list[tuple[list[int], list[int]]]:
    """Groups of key and response clusters linked by shared mentions."""
    parent = list(range(len(key)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[int, int] = {}
    for i, cluster in enumerate(key):
        for m in cluster:
            for j in where.get(m, []):
                if j in owner:
                    parent[find(i)] = find(owner[j])
                else:
                    owner[j] = i
    groups: dict[int, tuple[list[int], list[int]]] = {}
    for i in range(len(key)):
        groups.setdefault(find(i), ([], []))[0].append(i)
    for j, i in owner.items():
        groups[find(i)][1].append(j)
    return [g for g in groups.values() if g[1]]


def _assignment(scores: list[list[float]]) -> float:
    """The best one-to-one total of a score matrix (Hungarian method, O(n³)), rows and columns padded."""
    size = max(len(scores), len(scores[0]))
    cost = [[-(scores[i][j] if i < len(scores) and j < len(scores[0]) else 0.0) for j in range(size)]
            for i in range(size)]
    u, v, p, way = [0.0] * (size + 1), [0.0] * (size + 1), [0] * (size + 1), [0] * (size + 1)
    for i in range(1, size + 1):
        p[0], j0 = i, 0
        low, used = [float("inf")] * (size + 1), [False] * (size + 1)
        while p[j0]:
            used[j0] = True
            i0, delta, j1 = p[j0], float("inf"), 0
            for j in range(1, size + 1):
                if not used[j]:
                    current = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if current < low[j]:
                        low[j], way[j] = current, j0
                    if low[j] < delta:
                        delta, j1 = low[j], j
            for j in range(size + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    low[j] -= delta
            j0 = j1
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    return -sum(cost[p[j] - 1][j - 1] for j in range(1, size + 1) if p[j])


def score(key: Sequence[Cluster], response: Sequence[Cluster]) -> CorefScore:
    return CorefScore(muc(key, response), b_cubed(key, response), ceaf_e(key, response))

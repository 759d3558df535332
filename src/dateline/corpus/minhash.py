"""MinHash signatures and LSH band keys over word shingles, on numpy and hashlib only.

Why not ``datasketch``: it pulls scipy into the default install, and its LSH index lives in memory
(or Redis); dateline keeps signatures and band keys in its own store so adding articles is incremental.
Shingles are runs of ``SHINGLE`` folded words; each word is hashed once (blake2b, stable across
processes), shingles by a polynomial over the word hashes, and the ``PERMUTATIONS`` minimum values by
multiply-shift hashing, vectorised. ``BANDS`` × ``ROWS`` LSH makes pairs with Jaccard ≥ 0.5 candidates
with probability > 0.99 and pairs under 0.15 with probability < 0.14.
"""

from __future__ import annotations

import functools
import hashlib
import re

import numpy as np
import numpy.typing as npt

SHINGLE = 4
PERMUTATIONS = 128
BANDS, ROWS = 42, 3  # 126 of the 128 values go into bands
SEED = 20240613
_WORD = re.compile(r"\w+")
_MIX = np.uint64(0x9E3779B97F4A7C15)

Signature = npt.NDArray[np.uint32]


def _parameters() -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    rng = np.random.Generator(np.random.PCG64(SEED))
    multipliers = rng.integers(1, 2**63, size=PERMUTATIONS, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
    offsets = rng.integers(0, 2**63, size=PERMUTATIONS, dtype=np.uint64)
    return multipliers, offsets


_A, _B = _parameters()


@functools.lru_cache(maxsize=200_000)
def _word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "little")


def words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def shingle_hashes(text: str) -> npt.NDArray[np.uint64]:
    """The distinct 64-bit hashes of the text's word shingles (a text shorter than one shingle: its words)."""
    tokens = words(text)
    if not tokens:
        return np.zeros(0, dtype=np.uint64)
    hashed = np.fromiter((_word_hash(t) for t in tokens), dtype=np.uint64, count=len(tokens))
    if len(hashed) < SHINGLE:
        return np.unique(hashed)
    count = len(hashed) - SHINGLE + 1
    combined = hashed[:count].copy()
    with np.errstate(over="ignore"):
        for offset in range(1, SHINGLE):
            combined = combined * _MIX + hashed[offset:offset + count]
    return np.unique(combined)


def signature(hashes: npt.NDArray[np.uint64], chunk: int = 4096) -> Signature:
    """The ``PERMUTATIONS`` minimum hash values of a shingle set (all 0xFFFFFFFF for an empty set)."""
    result = np.full(PERMUTATIONS, np.iinfo(np.uint32).max, dtype=np.uint32)
    with np.errstate(over="ignore"):
        for start in range(0, len(hashes), chunk):
            part = hashes[start:start + chunk, None] * _A[None, :] + _B[None, :]
            values = (part >> np.uint64(32)).astype(np.uint32)
            np.minimum(result, values.min(axis=0), out=result)
    return result


def band_keys(sig: Signature) -> list[int]:
    """One signed 64-bit key per band: (band number, the band's values) hashed."""
    keys = []
    raw = sig.astype("<u4").tobytes()
    for band in range(BANDS):
        digest = hashlib.blake2b(band.to_bytes(2, "little") + raw[band * ROWS * 4:(band + 1) * ROWS * 4],
                                 digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def jaccard(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity: the share of equal minimum values."""
    return float(np.count_nonzero(a == b)) / PERMUTATIONS


def jaccards(sig: Signature, others: npt.NDArray[np.uint32]) -> npt.NDArray[np.float64]:
    """Estimated Jaccard of one signature against each row of a stacked matrix."""
    counts = np.count_nonzero(others == sig[None, :], axis=1)
    return np.asarray(counts, dtype=np.float64) / PERMUTATIONS


def overlap(jaccard_value: float, size_a: int, size_b: int) -> float:
    """Estimated share of the smaller set inside the larger: |A∩B| = J·|A∪B| and |A∪B| = (|A|+|B|)/(1+J)."""
    smaller = min(size_a, size_b)
    if smaller <= 0:
        return 0.0
    shared = jaccard_value * (size_a + size_b) / (1.0 + jaccard_value)
    return min(1.0, shared / smaller)


def to_bytes(sig: Signature) -> bytes:
    return sig.astype("<u4").tobytes()


def from_bytes(data: bytes) -> Signature:
    return np.frombuffer(data, dtype="<u4").astype(np.uint32)

"""Hashed TF-IDF over words and over keys (actors, places, events): sparse vectors as ``{bucket: weight}``.

No vocabulary is kept: a key is hashed (CRC-32, stable across processes and runs) into ``DIM`` buckets, and
document frequencies are one array of counts, so the state a corpus keeps does not grow with its
vocabulary and a later run goes on counting where the last one stopped. Pure Python: scikit-learn is not
a dependency, and an article's vector holds a few hundred entries, which dicts handle well.
"""

from __future__ import annotations

import math
import re
import zlib
from array import array
from collections import Counter
from collections.abc import Iterable

from spacy.lang.en.stop_words import STOP_WORDS  # MIT licence, spaCy's English stop list

DIM = 1 << 20
Vector = dict[int, float]

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+(?:[.,]\d+)*")
_CACHE_LIMIT = 500_000
_hashes: dict[str, int] = {}


def bucket(key: str) -> int:
    """The bucket of a key; words are cached, since a corpus repeats them."""
    found = _hashes.get(key)
    if found is None:
        found = zlib.crc32(key.encode("utf-8")) & (DIM - 1)
        if len(_hashes) < _CACHE_LIMIT:
            _hashes[key] = found
    return found


def fold(word: str) -> str:
    """A light plural/possessive fold ("talks", "talk's" → "talk"), so that inflection does not split terms."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def words(text: str) -> list[str]:
    """Content words, lower-cased and folded: stop words and single letters left out."""
    found = []
    for match in _WORD.finditer(text.lower()):
        word = match.group()
        if len(word) > 1 and word not in STOP_WORDS:
            found.append(fold(word))
    return found


class DocumentFrequencies:
    """How many articles hold each bucket, and how many articles were counted."""

    def __init__(self, counts: bytes | None = None, documents: int = 0) -> None:
        self.counts = array("I")
        if counts:
            self.counts.frombytes(counts)
        else:
            self.counts.frombytes(bytes(4 * DIM))
        self.documents = documents

    def add(self, buckets: Iterable[int]) -> None:
        counts = self.counts
        for b in buckets:
            counts[b] += 1
        self.documents += 1

    def idf(self, b: int) -> float:
        """Smoothed inverse document frequency (as scikit-learn's ``smooth_idf``)."""
        return math.log((self.documents + 1) / (self.counts[b] + 1)) + 1.0


def weigh(counts: Counter[int], df: DocumentFrequencies) -> Vector:
    """Sublinear TF × IDF, L2-normalised."""
    vector = {b: (1.0 + math.log(n)) * df.idf(b) for b, n in counts.items()}
    return normalise(vector)


def normalise(vector: Vector) -> Vector:
    norm = math.sqrt(sum(w * w for w in vector.values()))
    return {b: w / norm for b, w in vector.items()} if norm else {}


def dot(small: Vector, large: Vector) -> float:
    if len(small) > len(large):
        small, large = large, small
    get = large.get
    return sum(w * get(b, 0.0) for b, w in small.items())


def norm(vector: Vector) -> float:
    return math.sqrt(sum(w * w for w in vector.values()))


def top(vector: Vector, k: int) -> Vector:
    """The ``k`` heaviest entries (ties by bucket, so the result does not depend on insertion order)."""
    if len(vector) <= k:
        return vector
    return dict(sorted(vector.items(), key=lambda item: (-item[1], item[0]))[:k])

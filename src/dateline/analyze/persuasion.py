"""Persuasion-technique spans: which stretches of an article use a propaganda technique, and which one.

A trained model for SemEval-2020 Task 11 (span identification, SI; technique classification, TC),
shipped as ``models/persuasion.json.gz`` (+ ``models/persuasion-techniques.json.gz``) and trained by
``python -m dateline.training.persuasion`` on the PTC train articles (see ``models/persuasion.md``).

How it works, in pure Python over the spaCy annotations the pipeline already computed:

1. Every non-space token gets a log-odds of lying inside a persuasion span from a logistic regression
   over cheap named features (:func:`token_features`): its word, shape, suffix, tag, lemma, dependency and
   head, the words and tags two either side and the bigrams it is part of, whether dateline's
   loaded/hedge lexicons match it, whether it is quoted, its place in the sentence, whether its lemma
   repeats in the article, and the sentence's own cues (exclamation, question, quote marks, capitals,
   length, its content lemmas, its lexicon matches).
2. A second, tiny regression can re-score each token from the first-stage log-odds of the token, its
   neighbours and its sentence (:func:`context_rows`, stacking). The shipped model's second stage is the
   identity: stacking did not beat stage 1 alone in cross-validation once gap bridging was tuned.
3. Spans are maximal runs of tokens whose second-stage probability reaches the threshold, bridged over
   short gaps, trimmed of edge punctuation and kept from a minimum number of words (:func:`decode`).
4. One logistic regression per technique labels each span (:func:`span_features`), when installed.

Training and run time share these feature functions (the model's ``meta["features"]`` records their
version), so a change here changes the model's input: retrain after editing them. The run-time scorer
sums the same weights through per-word caches over ``Doc.to_array``, a few microseconds a token.
"""

from __future__ import annotations

import functools
import heapq
import itertools
import math
import operator
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from spacy.attrs import (
    DEP,
    ENT_TYPE,
    HEAD,
    IDX,
    IS_ALPHA,
    IS_PUNCT,
    IS_SPACE,
    IS_STOP,
    LEMMA,
    ORTH,
    SENT_START,
    SHAPE,
    TAG,
)
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from .lexicon import load
from .linear import LinearModel, load_model

MODEL = "persuasion"
TECHNIQUES_MODEL = "persuasion-techniques"
FEATURES_VERSION = "persuasion-features/1"
LEXICONS = ("loaded.tsv", "hedges.tsv")
OFFSETS = (-2, -1, 0, 1, 2)
BOUNDARY = "<b>"
CLIP = 8.0  # first-stage log-odds are clipped to ±CLIP before the second stage
STAGE2 = ("z", "smax", "smean", "zl1", "zr1", "first", "last", "punct")
POSITIONS = ("p=first", "p=last", "p=0", "p=1", "p=2", "p=3", "p=4")
REPEATS = ("r=<=2", "r=<=4", "r=>4")
_DIGIT = re.compile(r"\d")
_PHRASE_TOKEN = re.compile(r"\w+|[^\w\s]")
_QUOTES = frozenset({'"', "“", "”", "«", "»", "''", "``"})
_OPEN = frozenset({"“", "«", "``"})
_CLOSE = frozenset({"”", "»", "''"})
_CACHE_LIMIT = 200_000


@dataclass(frozen=True)
class PersuasionSpan:
    """A stretch ``text == doc.text[start:end]`` the model reads as persuasive.

    ``probability`` is the mean second-stage probability of its tokens; ``technique`` the most likely
    SemEval-2020 technique name (None when no technique model is installed) with its softmax
    ``technique_probability``; ``features`` the first-stage features that pushed hardest towards it.
    """

    start: int
    end: int
    text: str
    probability: float
    technique: str | None
    features: tuple[str, ...]
    technique_probability: float = 0.0


@dataclass(frozen=True)
class Decoding:
    """How token probabilities become spans: threshold, longest bridged gap (tokens), shortest span (words)."""

    threshold: float = 0.5
    gap: int = 0
    min_words: int = 1


# --- features -------------------------------------------------------------------------------------------


def _word(text: str) -> str:
    """Lower-cased, digits folded to 0."""
    return _DIGIT.sub("0", text.lower())


@functools.cache
def _quote_hashes() -> frozenset[int]:
    return frozenset(get_string_id(q) for q in _QUOTES)


@functools.cache
def _lexicon() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """dateline's loaded and hedge phrases as token sequences by first word, longest first, with their kind."""
    phrases: dict[tuple[str, ...], str] = {}
    for name in LEXICONS:
        for row in load(name):
            words = tuple(_PHRASE_TOKEN.findall(row["phrase"].lower()))
            if words:
                phrases.setdefault(words, row["kind"])
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, kind in sorted(phrases.items(), key=lambda item: (-len(item[0]), item[0])):
        by_first.setdefault(words[0], []).append((words, kind))
    return by_first


def _repeat_bucket(count: int) -> int:
    """Index into REPEATS of a content lemma's count in the doc; -1: it occurs once."""
    return -1 if count < 2 else 0 if count <= 2 else 1 if count <= 4 else 2


def _bucket(n: int, bounds: Sequence[int]) -> str:
    for bound in bounds:
        if n <= bound:
            return f"<={bound}"
    return f">{bounds[-1]}"


class _Strings:
    """Hash → string conversions shared by every doc (spaCy's hashes are the same in every vocab)."""

    def __init__(self) -> None:
        self.word: dict[int, str] = {}
        self.lower: dict[int, str] = {}
        self.plain: dict[int, str] = {}
        self.cues: dict[int, int] = {}

    def _fit(self) -> None:
        if len(self.word) + len(self.lower) + len(self.plain) + len(self.cues) > _CACHE_LIMIT:
            self.word.clear()
            self.lower.clear()
            self.plain.clear()
            self.cues.clear()


_STRINGS = _Strings()


class _Context:
    """A doc's arrays and what its sentences' features share: lexicon matches, quotes, lemma counts."""

    def __init__(self, doc: Doc, start: int = 0, end: int | None = None) -> None:
        self.doc = doc
        self.strings = doc.vocab.strings
        n = len(doc)
        hashes = doc.to_array([ORTH, TAG, LEMMA, DEP, ENT_TYPE, SHAPE]).reshape(n, 6)
        flags = doc.to_array([HEAD, SENT_START, IS_SPACE, IS_PUNCT, IS_ALPHA, IS_STOP, IDX]).astype(np.int64)
        flags = flags.reshape(n, 7)
        self.orth: list[int] = hashes[:, 0].tolist()
        self.tag: list[int] = hashes[:, 1].tolist()
        self.lemma: list[int] = hashes[:, 2].tolist()
        self.dep: list[int] = hashes[:, 3].tolist()
        self.ent: list[int] = hashes[:, 4].tolist()
        self.shape: list[int] = hashes[:, 5].tolist()
        self.head: list[int] = (flags[:, 0] + np.arange(n)).tolist()
        self.punct: list[bool] = (flags[:, 3] == 1).tolist()
        self.content: list[bool] = ((flags[:, 4] == 1) & (flags[:, 5] != 1)).tolist()
        self.idx: list[int] = flags[:, 6].tolist()
        space: list[bool] = (flags[:, 2] == 1).tolist()
        cache = _STRINGS.word
        self.words = [cache.get(h) or self._word(h) for h in self.orth]
        starts = [0, *(np.flatnonzero(flags[1:, 1] == 1) + 1).tolist()] if n else []  # none: one sentence
        self.sentences: list[list[int]] = []
        self.first_sentence = -1
        numbers = []  # each kept sentence's number among the doc's sentences
        for number, (a, b) in enumerate(itertools.pairwise([*starts, n]) if n else ()):
            if self.idx[b - 1] + len(self.plain(self.orth[b - 1])) <= start or (end is not None and self.idx[a] >= end):
                continue
            positions = [i for i in range(a, b) if not space[i]]
            if positions:
                if number == 0:
                    self.first_sentence = len(self.sentences)
                self.sentences.append(positions)
                numbers.append(number)
        self.lex = self._lexicon_matches()
        self.quoted = self._quoted(space)
        lower = _STRINGS.lower
        self.lemma_lower = [lower.get(h) or self.lower(h) for h in self.lemma]
        self.lemma_counts = Counter(lemma for lemma, content in zip(self.lemma_lower, self.content, strict=True)
                                    if content)
        counts = self.lemma_counts
        self.repeat = [_repeat_bucket(counts[lemma]) if content else -1
                       for lemma, content in zip(self.lemma_lower, self.content, strict=True)]
        cues = _STRINGS.cues
        bits = [cues.get(h, -1) for h in self.orth]
        for i, value in enumerate(bits):
            if value < 0:
                bits[i] = self._cue_bits(self.orth[i])
        by_sentence = np.bitwise_or.reduceat(np.asarray(bits, dtype=np.int64), starts).tolist() if n else []
        self.sentence_bits = [by_sentence[number] for number in numbers]
        self._sentence_features: dict[int, list[str]] = {}

    def _cue_bits(self, h: int) -> int:
        """1: has "!", 2: has "?", 4: a quote mark, 8: a capitalised word of 3+ letters."""
        text = self.plain(h)
        value = ((1 if "!" in text else 0) | (2 if "?" in text else 0) | (4 if text in _QUOTES else 0)
                 | (8 if len(text) >= 3 and text.isupper() and text.isalpha() else 0))
        _STRINGS._fit()
        _STRINGS.cues[h] = value
        return value

    def _word(self, h: int) -> str:
        _STRINGS._fit()
        word = _STRINGS.word[h] = _word(self.strings[h])
        return word

    def _lexicon_matches(self) -> dict[int, list[str]]:
        """Token → kinds of the loaded/hedge phrases it is part of (longest match first, left to right)."""
        lexicon = _lexicon()
        found: dict[int, list[str]] = {}
        if not self.sentences:
            return found
        words = self.words
        n = len(words)
        i, last = self.sentences[0][0], self.sentences[-1][-1]
        while i <= last:
            matched = 1
            for phrase, kind in lexicon.get(words[i], ()):
                if i + len(phrase) <= n and all(words[i + m] == w for m, w in enumerate(phrase)):
                    for m in range(len(phrase)):
                        found.setdefault(i + m, []).append(kind)
                    matched = len(phrase)
                    break
            i += matched
        return found

    def word(self, i: int) -> str:
        """Token ``i``'s word: lower case, digits folded."""
        return self.words[i]

    def lower(self, h: int) -> str:
        cached = _STRINGS.lower.get(h)
        if cached is None:
            _STRINGS._fit()
            cached = _STRINGS.lower[h] = self.strings[h].lower() if h else ""
        return cached

    def plain(self, h: int) -> str:
        cached = _STRINGS.plain.get(h)
        if cached is None:
            _STRINGS._fit()
            cached = _STRINGS.plain[h] = self.strings[h] if h else ""
        return cached

    def _quoted(self, space: list[bool]) -> set[int]:
        """Tokens between quotation marks (straight quotes toggle; a new paragraph closes any open quote)."""
        marks = _quote_hashes()
        inside = False
        quoted: set[int] = set()
        previous = -1
        for i, h in enumerate(self.orth):
            if h not in marks and not space[i]:
                continue
            if inside:
                quoted.update(range(previous + 1, i))
            text = self.plain(h)
            if space[i]:
                if "\n" in text:
                    inside = False
            elif text in _OPEN:
                inside = True
            elif text in _CLOSE:
                inside = False
            elif text == '"':
                inside = not inside
            previous = i
        if inside:
            quoted.update(range(previous + 1, len(self.orth)))
        return quoted

    def sentence_features(self, index: int) -> list[str]:
        """The features every token of sentence ``index`` shares: its cues and its content lemmas (``S:``)."""
        cached = self._sentence_features.get(index)
        if cached is None:
            cached = self._sentence_features[index] = [*self.sentence_cues(index),
                                                       *(f"S:{lemma}" for lemma in self.sentence_lemmas(index))]
        return cached

    def sentence_cues(self, index: int) -> list[str]:
        """Length, first sentence, exclamation, question, quote marks, capitals, lexicon kinds."""
        positions = self.sentences[index]
        bits = self.sentence_bits[index]
        out = [f"SL={_bucket(len(positions), (5, 10, 20, 35))}"]
        if index == self.first_sentence:
            out.append("S0")
        if bits & 1:
            out.append("S!")
        if bits & 2:
            out.append("S?")
        if bits & 4:
            out.append("Sq")
        if bits & 8:
            out.append("Scaps")
        if self.lex:
            out += [f"Slex={k}" for k in sorted({k for i in positions for k in self.lex.get(i, ())})]
        return out

    def sentence_lemmas(self, index: int) -> list[str]:
        """The sentence's distinct content lemmas, sorted."""
        lemmas, content = self.lemma_lower, self.content
        return sorted({lemmas[i] for i in self.sentences[index] if content[i]})

    def parse_features(self, i: int) -> tuple[str, ...]:
        """Lemma, dependency, head lemma and entity type of token ``i``."""
        out = (f"l={self.lemma_lower[i]}", f"d={self.plain(self.dep[i])}", f"h={self.lemma_lower[self.head[i]]}")
        return (*out, f"e={self.plain(self.ent[i])}") if self.ent[i] else out

    def position(self, k: int, n: int) -> int:
        """Index into POSITIONS of the ``k``-th of ``n`` tokens."""
        return 0 if k == 0 else 1 if k == n - 1 else 2 + 5 * k // n

    def own_features(self, positions: list[int], k: int) -> list[str]:
        """Token ``k``'s features other than its window: parse, lexicon, quote, position, repetition."""
        i = positions[k]
        out = list(self.parse_features(i))
        out += [f"lex={kind}" for kind in self.lex.get(i, ())]
        if i in self.quoted:
            out.append("q")
        out.append(POSITIONS[self.position(k, len(positions))])
        if self.repeat[i] >= 0:
            out.append(REPEATS[self.repeat[i]])
        return out

    def lexical(self, i: int | None, offset: int) -> list[str]:
        """The features token ``i`` lends its neighbour ``offset`` tokens to its right (None: past the edge)."""
        if i is None:
            return [f"{offset}w={BOUNDARY}", f"{offset}t={BOUNDARY}"]
        word = self.word(i)
        out = [f"{offset}w={word}", f"{offset}t={self.plain(self.tag[i])}"]
        if offset == 0:
            out += [f"0s={self.plain(self.shape[i])}", f"0x={word[-3:]}"]
        return out


def _sentence_token_features(context: _Context, index: int) -> list[list[str]]:
    positions = context.sentences[index]
    words = [context.word(i) for i in positions]
    sentence = context.sentence_features(index)
    n = len(positions)
    rows = []
    for k in range(n):
        out: list[str] = []
        for d in OFFSETS:
            j = k - d
            out += context.lexical(positions[j] if 0 <= j < n else None, d)
        out.append(f"b-={words[k - 1] if k else BOUNDARY}|{words[k]}")
        out.append(f"b+={words[k]}|{words[k + 1] if k + 1 < n else BOUNDARY}")
        out += context.own_features(positions, k)
        out += sentence
        rows.append(out)
    return rows


def token_features(doc: Doc) -> list[tuple[list[Token], list[list[str]]]]:
    """Each sentence's non-space tokens with their named first-stage features, in text order.

    Feature ``{d}w=`` is the word ``d`` tokens to the left (negative ``d``: to the right), ``{d}t=`` its tag.
    """
    context = _Context(doc)
    return [([doc[i] for i in positions], _sentence_token_features(context, index))
            for index, positions in enumerate(context.sentences)]


def context_rows(margins: Sequence[float], punct: Sequence[bool]) -> list[list[float]]:
    """Second-stage feature values (in STAGE2 order) of a sentence's tokens from their first-stage log-odds:
    the token's own, the sentence's highest and mean, its neighbours', whether it is first, last, punctuation."""
    n = len(margins)
    z = [max(-CLIP, min(CLIP, m)) for m in margins]
    top, mean = max(z), sum(z) / n
    return [[z[k], top, mean, z[k - 1] if k >= 1 else 0.0, z[k + 1] if k + 1 < n else 0.0,
             1.0 if k == 0 else 0.0, 1.0 if k == n - 1 else 0.0, 1.0 if punct[k] else 0.0] for k in range(n)]


def span_features(tokens: Sequence[Token], first: int, last: int, context_words: int = 2) -> list[str]:
    """Technique-classifier features of sentence tokens ``first..last`` (inclusive)."""
    inside = tokens[first:last + 1]
    words = [t for t in inside if not t.is_punct]
    out = [f"len={_bucket(len(words), (1, 2, 3, 5, 8, 13, 21))}"]
    out += [f"l={t.lemma_.lower()}" for t in inside]
    out += [f"t={t.tag_}" for t in inside]
    out += [f"b={_word(a.text)}|{_word(b.text)}" for a, b in itertools.pairwise(inside)]
    if words:
        out += [f"w0={_word(words[0].text)}", f"wN={_word(words[-1].text)}", f"s0={words[0].shape_}"]
    for d in range(1, context_words + 1):
        left = tokens[first - d] if first - d >= 0 else None
        right = tokens[last + d] if last + d < len(tokens) else None
        out.append(f"c-{d}={_word(left.text) if left is not None else BOUNDARY}")
        out.append(f"c+{d}={_word(right.text) if right is not None else BOUNDARY}")
    out.append(f"cover={_bucket(10 * len(inside) // len(tokens), (2, 5, 8))}")
    texts = {t.text for t in tokens}
    if "!" in texts:
        out.append("S!")
    if "?" in texts:
        out.append("S?")
    if texts & _QUOTES:
        out.append("Sq")
    return out


# --- scoring --------------------------------------------------------------------------------------------


class SpanModel:
    """The two stages, the decoding and (optionally) the technique models, scored with per-word caches."""

    def __init__(self, stage1: LinearModel, stage2: LinearModel, decoding: Decoding,
                 techniques: Mapping[str, LinearModel] | None = None, precise: Decoding | None = None) -> None:
        self.stage1 = stage1
        self.stage2 = stage2
        self.decoding = decoding
        self.precise = precise
        self.techniques = dict(sorted((techniques or {}).items()))
        # feature → (technique index, weight): one pass over a span's features scores every technique
        self._technique_names = list(self.techniques)
        self._technique_bias = [m.bias for m in self.techniques.values()]
        inverted: dict[str, list[tuple[int, float]]] = {}
        for j, technique in enumerate(self.techniques.values()):
            for feature, weight in technique.weights.items():
                inverted.setdefault(feature, []).append((j, weight))
        self._technique_weights = inverted
        w = stage1.weights
        self._boundary = [w.get(f"{d}w={BOUNDARY}", 0.0) + w.get(f"{d}t={BOUNDARY}", 0.0) for d in OFFSETS]
        self._positions = [w.get(f, 0.0) for f in POSITIONS]
        self._repeats = [*(w.get(f, 0.0) for f in REPEATS), 0.0]  # index -1: no repeat
        self._quoted = w.get("q", 0.0)
        self._stage2 = [stage2.weights.get(name, 0.0) for name in STAGE2]
        self._identity = stage2.bias == 0.0 and self._stage2 == [1.0] + [0.0] * (len(STAGE2) - 1)
        self._lexical_cache: dict[tuple[int, int], list[float]] = {}
        self._parse_cache: dict[tuple[int, int, int, int], float] = {}
        self._bag_cache: dict[str, float] = {}

    @classmethod
    def from_json_model(cls, model: LinearModel, techniques: LinearModel | None = None) -> SpanModel:
        """The run-time model from the stage-1 model whose ``meta`` holds the stage-2 model and decoding."""
        stage2 = LinearModel.from_json(model.meta["stage2"])
        decoding = Decoding(**model.meta["decoding"])
        precise = Decoding(**model.meta["precise_decoding"]) if "precise_decoding" in model.meta else None
        by_technique = None
        if techniques is not None:
            by_technique = {name: LinearModel.from_json(record)
                            for name, record in sorted(techniques.meta["techniques"].items())}
        return cls(model, stage2, decoding, by_technique, precise)

    def _weight(self, feature: str) -> float:
        return self.stage1.weights.get(feature, 0.0)

    def _lexical(self, context: _Context, i: int) -> list[float]:
        """What token ``i`` lends the tokens at each of OFFSETS, cached by word and tag."""
        if len(self._lexical_cache) > _CACHE_LIMIT:
            self._lexical_cache.clear()
        cached = [sum(self._weight(f) for f in context.lexical(i, d)) for d in OFFSETS]
        self._lexical_cache[(context.orth[i], context.tag[i])] = cached
        return cached

    def _parse(self, context: _Context, i: int) -> float:
        """Token ``i``'s lemma, dependency, head-lemma and entity weights, cached by their hashes."""
        if len(self._parse_cache) > _CACHE_LIMIT:
            self._parse_cache.clear()
        cached = sum(self._weight(f) for f in context.parse_features(i))
        self._parse_cache[(context.lemma[i], context.dep[i], context.lemma[context.head[i]], context.ent[i])] = cached
        return cached

    def _sentence_base(self, context: _Context, index: int) -> float:
        """Bias plus the weights of the sentence's shared features (its lemma bag cached by lemma hash)."""
        weights = self.stage1.weights
        base = self.stage1.bias + sum(weights.get(f, 0.0) for f in context.sentence_cues(index))
        lemmas = {context.lemma_lower[i] for i in context.sentences[index] if context.content[i]}
        bag = self._bag_cache
        for lemma in lemmas:
            value = bag.get(lemma)
            if value is None:
                if len(bag) > _CACHE_LIMIT:
                    bag.clear()
                value = bag[lemma] = weights.get("S:" + lemma, 0.0)
            base += value
        return base

    def sentence_margins(self, context: _Context, index: int) -> list[float]:
        """First-stage log-odds of a sentence's tokens: ``stage1.margin`` of their :func:`token_features`."""
        positions = context.sentences[index]
        n = len(positions)
        weights = self.stage1.weights
        base = self._sentence_base(context, index)
        edge = self._boundary
        orth, tag, lemma, dep, ent = context.orth, context.tag, context.lemma, context.dep, context.ent
        head = context.head
        lexical_cache, parse_cache = self._lexical_cache, self._parse_cache
        lexical = [edge, edge, *(lexical_cache.get((orth[i], tag[i])) or self._lexical(context, i) for i in positions),
                   edge, edge]
        cached = [parse_cache.get((lemma[i], dep[i], lemma[head[i]], ent[i])) for i in positions]
        parse = [self._parse(context, i) if value is None else value
                 for i, value in zip(positions, cached, strict=True)]
        words = [BOUNDARY, *(context.words[i] for i in positions), BOUNDARY]
        pairs = [f"{a}|{b}" for a, b in itertools.pairwise(words)]
        left = [weights.get("b-=" + pair, 0.0) for pair in pairs[:-1]]
        right = [weights.get("b+=" + pair, 0.0) for pair in pairs[1:]]
        place = self._positions
        where = [place[0], *(place[2 + 5 * k // n] for k in range(1, n - 1)), place[1]] if n > 1 else [place[0]]
        repeats, repeat, quoted, q = self._repeats, context.repeat, context.quoted, self._quoted
        own = [value + repeats[repeat[i]] + (q if i in quoted else 0.0)
               for i, value in zip(positions, parse, strict=True)]
        # lexical[k + 2 - d][slot of d]: what the token d to the left lends token k (the first 2 rows are padding)
        margins = [base + left[k] + right[k] + lexical[k + 4][0] + lexical[k + 3][1] + lexical[k + 2][2]
                   + lexical[k + 1][3] + lexical[k][4] + where[k] + own[k] for k in range(n)]
        if context.lex:
            for k, i in enumerate(positions):
                if i in context.lex:
                    margins[k] += sum(weights.get(f"lex={kind}", 0.0) for kind in context.lex[i])
        return margins

    def sentence_probabilities(self, context: _Context, index: int) -> list[float]:
        """Second-stage probabilities of a sentence's tokens: ``stage2.margin`` of their :func:`context_rows`."""
        return self.stage2_probabilities(context, index, self.sentence_margins(context, index))

    def stage2_probabilities(self, context: _Context, index: int, margins: list[float]) -> list[float]:
        """Second-stage probabilities from first-stage log-odds: the same sum as ``stage2.margin`` of
        :func:`context_rows`, unrolled."""
        n = len(margins)
        z = [max(-CLIP, min(CLIP, m)) for m in margins]
        if self._identity:
            return [_sigmoid(v) for v in z]
        w = self._stage2
        shared = self.stage2.bias + w[1] * max(z) + w[2] * sum(z) / n
        padded = [0.0, *z, 0.0]
        out = [shared + w[0] * z[k] + w[3] * padded[k] + w[4] * padded[k + 2] for k in range(n)]
        out[0] += w[5]
        out[-1] += w[6]
        punct = context.punct
        for k, i in enumerate(context.sentences[index]):
            if punct[i]:
                out[k] += w[7]
        return [_sigmoid(m) for m in out]

    def probabilities(self, doc: Doc) -> list[tuple[list[Token], list[float]]]:
        """Each sentence's non-space tokens with their second-stage probabilities (for tuning and tests)."""
        context = _Context(doc)
        return [([doc[i] for i in positions], self.sentence_probabilities(context, index))
                for index, positions in enumerate(context.sentences)]

    def spans(self, doc: Doc, start: int = 0, end: int | None = None, precise: bool = False) -> list[PersuasionSpan]:
        """The spans in ``doc.text[start:end]``; ``precise``: with the decoding tuned for precision, if any."""
        decoding = self.precise if precise and self.precise is not None else self.decoding
        context = _Context(doc, start, end)
        idx, orth, punct = context.idx, context.orth, context.punct
        found: list[PersuasionSpan] = []
        for index, positions in enumerate(context.sentences):
            margins = self.sentence_margins(context, index)
            probabilities = self.stage2_probabilities(context, index, margins)
            if max(probabilities) < decoding.threshold:
                continue
            allowed = None  # None: every token of the sentence is inside [start, end)
            last_end = idx[positions[-1]] + len(context.plain(orth[positions[-1]]))
            if start > idx[positions[0]] or (end is not None and last_end > end):
                allowed = [start <= idx[i] and (end is None or idx[i] + len(context.plain(orth[i])) <= end)
                           for i in positions]
            runs = decode([punct[i] for i in positions], probabilities, decoding, allowed)
            tokens = [doc[i] for i in positions] if runs else []
            for first, last in runs:
                technique, technique_probability = self.technique(tokens, first, last)
                probability = sum(probabilities[first:last + 1]) / (last - first + 1)
                span = doc[positions[first]:positions[last] + 1]
                found.append(PersuasionSpan(span.start_char, span.end_char, span.text, round(probability, 6),
                                            technique, self.evidence(context, index, first, last, margins),
                                            round(technique_probability, 6)))
        return found

    def evidence(self, context: _Context, index: int, first: int, last: int, margins: Sequence[float],
                 top: int = 5) -> tuple[str, ...]:
        """The features that add most to the log-odds of the span's (up to) three strongest tokens: words
        in their window (``{d}w=``: ``d`` tokens to the left), bigrams, lemmas, heads, lexicon kinds (``lex=``),
        quotes, repeats and their sentence's cues (``S...``). Tags, shapes, suffixes, dependency labels and
        positions count in the score but are not shown."""
        strongest = heapq.nlargest(3, range(first, last + 1), key=margins.__getitem__)
        weights = self.stage1.weights
        positions = context.sentences[index]
        n = len(positions)
        words = [BOUNDARY, BOUNDARY, *(context.words[i] for i in positions), BOUNDARY, BOUNDARY]
        pull: dict[str, float] = {}
        for k in strongest:
            i = positions[k]
            # words[k + 2 - d] is the word d tokens to the left of token k (two rows of padding)
            named = [f"{d}w={words[k + 2 - d]}" for d in OFFSETS if 0 <= k - d < n]
            named += [f"b-={words[k + 1]}|{words[k + 2]}", f"b+={words[k + 2]}|{words[k + 3]}",
                      f"l={context.lemma_lower[i]}", f"h={context.lemma_lower[context.head[i]]}"]
            named += [f"lex={kind}" for kind in context.lex.get(i, ())]
            if i in context.quoted:
                named.append("q")
            if context.repeat[i] >= 0:
                named.append(REPEATS[context.repeat[i]])
            for feature in named:
                pull[feature] = pull.get(feature, 0.0) + weights.get(feature, 0.0)
        for feature in context.sentence_features(index):
            if not feature.startswith("SL="):
                pull[feature] = weights.get(feature, 0.0)
        return tuple(f for f, v in heapq.nlargest(top, pull.items(), key=operator.itemgetter(1)) if v > 0)

    def technique(self, tokens: Sequence[Token], first: int, last: int) -> tuple[str | None, float]:
        """The most likely technique of a span and its softmax probability over the techniques."""
        if not self.techniques:
            return None, 0.0
        return self.technique_of(span_features(tokens, first, last))

    def technique_of(self, features: Sequence[str]) -> tuple[str, float]:
        """Arg-max technique of span features (the same margins as each technique's ``LinearModel.margin``)."""
        scores = list(self._technique_bias)
        inverted = self._technique_weights
        for feature in features:  # a repeated feature adds its weight again: its count times the weight
            for j, weight in inverted.get(feature, ()):
                scores[j] += weight
        top = max(scores)
        total = sum(math.exp(m - top) for m in scores)
        return self._technique_names[scores.index(top)], 1.0 / total


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0


def decode(punct: Sequence[bool], probabilities: Sequence[float], decoding: Decoding,
           allowed: Sequence[bool] | None = None) -> list[tuple[int, int]]:
    """(first, last) token positions of the spans in one sentence, given which of its tokens are punctuation:
    runs at or above the threshold, joined across gaps of at most ``gap`` tokens, trimmed of edge punctuation,
    at least ``min_words`` words long."""
    runs: list[list[int]] = []
    previous = -1
    threshold, gap = decoding.threshold, decoding.gap
    for k, p in enumerate(probabilities):
        if p < threshold or (allowed is not None and not allowed[k]):
            continue
        if runs and k - previous - 1 <= gap and (allowed is None or all(allowed[previous:k])):
            runs[-1][1] = k
        else:
            runs.append([k, k])
        previous = k
    out = []
    for first, last in runs:
        while first <= last and punct[first]:
            first += 1
        while last >= first and punct[last]:
            last -= 1
        if first <= last and (last - first + 1) - sum(punct[first:last + 1]) >= decoding.min_words:
            out.append((first, last))
    return out


@functools.cache
def model() -> SpanModel | None:
    """The shipped model, loaded once; None when this install has no trained ``persuasion.json.gz``."""
    stage1 = load_model(MODEL)
    return None if stage1 is None else SpanModel.from_json_model(stage1, load_model(TECHNIQUES_MODEL))


def find_spans(doc: Doc, start: int = 0, end: int | None = None, *, precise: bool = False) -> list[PersuasionSpan]:
    """Persuasion-technique spans in ``doc.text[start:end]`` of a parsed doc (tags, lemmas, dependencies),
    in text order; empty when no model is installed.

    The default decoding is the one tuned for SI F1 (recall-leaning: precision 0.26, recall 0.50 in grouped
    cross-validation on the PTC train articles); ``precise=True`` uses the one tuned for F0.5, which flags
    fewer, surer spans (precision 0.32, recall 0.28); see ``models/persuasion.md``.
    """
    shipped = model()
    return [] if shipped is None else shipped.spans(doc, start, end, precise)

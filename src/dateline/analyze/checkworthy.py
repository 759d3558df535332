"""Check-worthiness: how much a sentence reads like a checkable factual claim worth checking.

A logistic regression over TF-IDF-weighted features of one parsed sentence or clause, trained
(``python -m dateline.training.checkworthy``) on the ClaimBuster debate sentences (label 1: a check-worthy
factual claim) and shipped as ``models/checkworthy.json.gz`` (data, licences and measured figures in
``models/checkworthy.md``). The features are the spaCy annotations the pipeline already computed, so
scoring is a sparse dot product in pure Python: no extra parse, no scikit-learn, under half a millisecond
a sentence.

Training and run time call the same :func:`features`, so a change here changes the model's input:
retrain after editing it (the model's ``meta["features"]`` records the version it was trained with).
"""

from __future__ import annotations

import itertools
import math
import re
from typing import NamedTuple

from spacy.tokens import Span

from .linear import LinearModel, load_model

MODEL = "checkworthy"
FEATURES_VERSION = "checkworthy-features/1"
_DIGIT = re.compile(r"\d")
_SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}
_ARGUMENTS = {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "nummod", "amod", "aux", "neg"}
_NUMERIC_ENTS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY", "DATE", "ORDINAL", "TIME"}


class Contribution(NamedTuple):
    """One feature's share of a score: ``weight`` is its pull on the log-odds (positive: more check-worthy)."""

    feature: str
    weight: float


def _length(n: int) -> str:
    for bound in (3, 6, 10, 15, 25, 40):
        if n <= bound:
            return f"LEN:<={bound}"
    return "LEN:>40"


def features(span: Span) -> list[str]:
    """The named features of a sentence or clause, in a fixed order (repeats count as term frequency).

    Lower-case words (digits folded to 0: "1,200" and "3,500" share "0,000", so numbers generalise by
    shape) and word bigrams (with sentence edges "<s>", "</s>") carry the topic and the
    phrasing ("percent", "we have", "thank you"); the rest is what the words alone miss and spaCy
    already knows: part-of-speech and fine tags (a past-tense verb, a number, a comparative), entity
    labels (MONEY, PERCENT, DATE, GPE), the main verb and its tag (tense), content-word lemmas ("cut"
    for "cuts", "cutting"), who the subject is ("I" and "you" vs a named organisation), which words
    govern a subject, object, number or negation ("DEP:nummod:job", "DEP:neg:know"), whether there is
    a number at all, and the length. Upper-case prefixes keep these apart from words, which are
    always lower case.
    """
    words: list[str] = []
    out: list[str] = []  # everything but words and bigrams, gathered in one pass (token attributes are slow)
    numeric, length = False, 0
    for token in span:
        if token.is_space:
            continue
        lower, pos, tag, dep = token.lower_, token.pos_, token.tag_, token.dep_
        words.append(_DIGIT.sub("0", lower))
        out.append(f"POS:{pos}")
        if tag != pos:
            out.append(f"TAG:{tag}")
        if token.is_alpha and not token.is_stop:
            out.append(f"LEMMA:{token.lemma_.lower()}")
        if dep in _SUBJECTS:
            out.append(f"SUBJ:{lower if pos == 'PRON' else token.ent_type_ or pos}")
        if dep in _ARGUMENTS:
            out.append(f"DEP:{dep}:{token.head.lemma_.lower()}")
        numeric = numeric or token.like_num or _DIGIT.search(lower) is not None
        length += not token.is_punct
    labels = [e.label_ for e in span.ents]
    out += [f"ENT:{label}" for label in labels]
    root = span.root
    out += [f"ROOT:{root.tag_}", f"ROOT:{root.lemma_.lower()}"]
    if numeric or any(label in _NUMERIC_ENTS for label in labels):
        out.append("NUM")
    out.append(_length(length))
    edged = ["<s>", *words, "</s>"]
    return words + [f"{a} {b}" for a, b in itertools.pairwise(edged)] + out


def model() -> LinearModel | None:
    """The shipped model, loaded once; None when this install has no trained ``checkworthy.json.gz``."""
    return load_model(MODEL)


def checkworthiness(span: Span) -> float | None:
    """P(check-worthy factual claim) for a sentence or clause, or None when the model file is absent.

    Compare with ``model().threshold`` (chosen by cross-validated F1 on the training data) to decide
    yes/no; rank by the probability itself.
    """
    linear = model()
    return None if linear is None else linear.probability(features(span))


def contributions(span: Span) -> list[Contribution]:
    """Every known feature's pull on the log-odds (TF-IDF value x weight), largest first.

    The score is σ(bias + Σ contributions), so these are the whole explanation of a judgement.
    """
    linear = model()
    if linear is None:
        return []
    weights = linear.weights
    pulls = [Contribution(f, v * weights[f]) for f, v in linear.values(features(span)).items() if f in weights]
    return sorted(pulls, key=lambda c: (-c.weight, c.feature))


def top_features(span: Span, k: int = 3) -> list[Contribution]:
    """The ``k`` features that raised the score most (only those that raised it): why a claim ranks high."""
    return [c for c in contributions(span) if c.weight > 0][:k]


def judge(span: Span, k: int = 3) -> tuple[float, list[Contribution]] | None:
    """The probability and the ``k`` features that raised it most, from one pass over the features."""
    linear = model()
    if linear is None:
        return None
    values = linear.values(features(span))
    weights = linear.weights
    pulls = sorted((Contribution(f, v * weights[f]) for f, v in values.items() if f in weights),
                   key=lambda c: (-c.weight, c.feature))
    margin = linear.bias + sum(c.weight for c in pulls)
    probability = 1.0 / (1.0 + math.exp(-margin)) if margin > -60 else 0.0
    return probability, [c for c in pulls if c.weight > 0][:k]

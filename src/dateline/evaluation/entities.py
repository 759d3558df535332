"""Entity recognition scored against CoNLL-2003-format gold (exact spans, per type), with the bare model.

Each CoNLL document becomes one text, a sentence a line, tokens joined by spaces; gold and
predicted entities are compared as (document, start, end, type) character spans. dateline's
mentions map person → PER, organisation → ORG, place → LOC, group and demonym → MISC;
pronouns and title-only mentions are not names and are left out, as CoNLL leaves them out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..analyze import analyze_articles
from ..analyze.pipeline import bare_nlp, shared_nlp
from ..ingest import article_from_text
from ..model import Analysis
from .scoring import Counts

Spans = set[tuple[int, int, int, str]]
TYPES = ("PER", "ORG", "LOC", "MISC")
_SPACY_TYPES = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "NORP": "MISC",
                "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "LANGUAGE": "MISC", "PRODUCT": "MISC"}
_DATELINE_TYPES = {"person": "PER", "organisation": "ORG", "place": "LOC", "group": "MISC"}


@dataclass(frozen=True)
class TypeScore(Counts):
    system: str
    type: str


@dataclass(frozen=True)
class Document:
    text: str
    gold: list[tuple[int, int, str]]


def read_conll(path: Path) -> list[Document]:
    """Documents from a CoNLL file (``TOKEN … TAG`` per line, IOB1 or IOB2, ``-DOCSTART-`` between)."""
    documents: list[Document] = []
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), "-DOCSTART- -X- -X- O"]:
        parts = line.split()
        if not parts or parts[0] == "-DOCSTART-":
            if current:
                sentences.append(current)
                current = []
            if parts and sentences:
                documents.append(_document(sentences))
                sentences = []
            continue
        current.append((parts[0], parts[-1]))
    return documents


def _document(sentences: list[list[tuple[str, str]]]) -> Document:
    text_parts: list[str] = []
    gold: list[tuple[int, int, str]] = []
    offset = 0
    for sentence in sentences:
        open_span: tuple[int, str] | None = None
        previous_end = offset
        for index, (token, tag) in enumerate(sentence):
            start = offset + sum(len(t) + 1 for t, _ in sentence[:index])
            end = start + len(token)
            kind = tag[2:] if tag != "O" else None
            begins = tag.startswith("B-") or (kind is not None and (open_span is None or open_span[1] != kind))
            if open_span is not None and (kind is None or begins):
                gold.append((open_span[0], previous_end, open_span[1]))
                open_span = None
            if kind is not None and open_span is None:
                open_span = (start, kind)
            previous_end = end
        if open_span is not None:
            gold.append((open_span[0], previous_end, open_span[1]))
        line = " ".join(t for t, _ in sentence)
        text_parts.append(line)
        offset += len(line) + 1
    return Document("\n".join(text_parts), gold)


def bare_spans(documents: list[Document]) -> Spans:
    nlp = bare_nlp()
    found: Spans = set()
    for number, doc in enumerate(nlp.pipe((d.text for d in documents), batch_size=16)):
        found.update((number, e.start_char, e.end_char, _SPACY_TYPES[e.label_]) for e in doc.ents
                     if e.label_ in _SPACY_TYPES)
    return found


def dateline_spans(documents: list[Document]) -> Spans:
    articles = [article_from_text(d.text, f"conll:{n}") for n, d in enumerate(documents)]
    found: Spans = set()
    for number, result in enumerate(analyze_articles(articles, shared_nlp(), batch_size=16)):
        if isinstance(result, Analysis):
            found.update(_mention_spans(number, result))
    return found


def _mention_spans(number: int, analysis: Analysis) -> Iterator[tuple[int, int, int, str]]:
    for entity in analysis.entities:
        for mention in entity.mentions:
            if mention.kind in ("pronoun", "title"):
                continue
            kind = "MISC" if mention.kind == "demonym" else _DATELINE_TYPES.get(entity.type)
            if kind:
                yield number, mention.start, mention.end, kind
    for mention in analysis.unresolved:
        if mention.kind == "alias":
            yield number, mention.start, mention.end, "PER"


def score(system: str, gold: Spans, predicted: Spans) -> list[TypeScore]:
    rows = []
    for kind in TYPES:
        g = {s for s in gold if s[3] == kind}
        p = {s for s in predicted if s[3] == kind}
        rows.append(TypeScore(len(g), len(p), len(g & p), system=system, type=kind))
    main = [r for r in rows if r.type != "MISC"]
    rows.append(TypeScore(sum(r.gold for r in main), sum(r.predicted for r in main), sum(r.correct for r in main),
                          system=system, type="PER+ORG+LOC"))
    return rows


def evaluate(path: Path) -> list[TypeScore]:
    documents = read_conll(path)
    gold: Spans = {(n, s, e, k) for n, d in enumerate(documents) for s, e, k in d.gold}
    return score("spaCy (bare)", gold, bare_spans(documents)) + score("dateline", gold, dateline_spans(documents))


def confusion(path: Path) -> Counter[str]:
    """Where dateline's PER/ORG/LOC spans differ from gold: for reading errors, not for tuning."""
    documents = read_conll(path)
    gold = {(n, s, e): k for n, d in enumerate(documents) for s, e, k in d.gold}
    found = {(n, s, e): k for n, s, e, k in dateline_spans(documents)}
    counts: Counter[str] = Counter()
    for key, kind in found.items():
        counts[f"{gold.get(key, 'none')}→{kind}"] += 1
    for key, kind in gold.items():
        if key not in found:
            counts[f"{kind}→missed"] += 1
    return counts

"""Persuasion-technique spans scored against SemEval-2020 Task 11 (PTC) gold.

Reads ``dev-articles/article<ID>.txt`` with ``dev-task-TC.labels`` (article, technique, start, end).
Reported: the task's span-identification measure, technique-agnostic (character-overlap
precision and recall, Da San Martino et al. 2019), over all gold spans; and, per technique that
dateline's cue lexicons cover, the same measure against that technique's gold spans.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from ..analyze import analyze_articles
from ..analyze.pipeline import build_nlp, shared_nlp
from ..ingest import article_from_text
from ..model import Analysis

COVERED = ("Loaded_Language", "Name_Calling,Labeling", "Doubt", "Exaggeration,Minimisation",
           "Appeal_to_fear-prejudice")
Spans = dict[str, list[tuple[int, int]]]


@dataclass(frozen=True)
class SpanScore:
    technique: str
    gold: int
    predicted: int
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def read_gold(folder: Path) -> tuple[dict[str, str], dict[str, Spans]]:
    texts = {p.stem.removeprefix("article"): p.read_text(encoding="utf-8")
             for p in sorted((folder / "dev-articles").glob("article*.txt"))}
    gold: dict[str, Spans] = defaultdict(lambda: defaultdict(list))
    for line in (folder / "dev-task-TC.labels").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 4:
            gold[parts[1]][parts[0]].append((int(parts[2]), int(parts[3])))
    return texts, gold


def predict(texts: dict[str, str], nlp: Language | None = None) -> dict[str, Spans]:
    """dateline's cues, in the article's own voice or a quote's, by technique."""
    names = sorted(texts)
    found: dict[str, Spans] = defaultdict(lambda: defaultdict(list))
    articles = [article_from_text(texts[n], f"ptc:{n}") for n in names]
    for name, result in zip(names, analyze_articles(articles, nlp or shared_nlp(), batch_size=8), strict=True):
        if not isinstance(result, Analysis):
            continue
        offset = len(texts[name]) - len(result.article.text)
        for cue in result.cues:
            if cue.technique:
                found[cue.technique][name].append((cue.span.start + offset, cue.span.end + offset))
    return found


def overlap_score(gold: Spans, predicted: Spans, label: str) -> SpanScore:
    """SI measure: each predicted span earns the share of it that gold covers; each gold span likewise."""
    n_pred = sum(len(v) for v in predicted.values())
    n_gold = sum(len(v) for v in gold.values())
    precision_sum = sum(_covered(span, gold.get(article, [])) for article, spans in predicted.items()
                        for span in spans)
    recall_sum = sum(_covered(span, predicted.get(article, [])) for article, spans in gold.items() for span in spans)
    precision = precision_sum / n_pred if n_pred else 0.0
    recall = recall_sum / n_gold if n_gold else 0.0
    return SpanScore(label, n_gold, n_pred, precision, recall)


def _covered(span: tuple[int, int], others: list[tuple[int, int]]) -> float:
    """The share of ``span`` that the best-overlapping other span covers."""
    start, end = span
    best = max((min(end, e) - max(start, s) for s, e in others), default=0)
    return max(0, best) / max(1, end - start)


def evaluate(folder: Path) -> list[tuple[str, SpanScore]]:
    """(system, score) rows: the lexicon cues dateline shows by default, then with the learned spans."""
    texts, gold = read_gold(folder)
    rows: list[tuple[str, SpanScore]] = []
    for system, nlp in (("lexicons", shared_nlp()), ("+model", build_nlp(learned_cues=True))):
        predicted = predict(texts, nlp)
        every_gold: Spans = defaultdict(list)
        every_predicted: Spans = defaultdict(list)
        for spans, target in ((gold, every_gold), (predicted, every_predicted)):
            for by_article in spans.values():
                for article, pieces in by_article.items():
                    target[article].extend(pieces)
        rows.append((system, overlap_score(every_gold, every_predicted, "all techniques (SI)")))
        rows += [(system, overlap_score(gold.get(t, {}), predicted.get(t, {}), t)) for t in COVERED]
    return rows

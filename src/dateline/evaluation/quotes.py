"""Quotes scored against attribution gold: PolNeAR's BRAT standoff or dateline's own JSON Lines format.

JSON Lines gold (one article per line):
    {"text": "…", "published": "2025-01-01",
     "quotes": [{"content": [start, end], "source": [start, end] or null, "cue": [start, end] or null,
                 "direct": true}]}
Offsets are characters of ``text`` (end exclusive). PolNeAR: every ``E`` attribution relation
with its Content, Cue and Source spans (the first annotator's file when several annotated a text).

Spans are compared after trimming white space, quotation marks and edge punctuation, since
corpora differ on whether "“…,” " includes its marks and comma. Content: exact match and overlap
(one-to-one, greedy). A speaker is right when its words overlap the gold source, or when the gold
source is a mention of the actor the speaker was resolved to (gold "he", dateline "Ann Lee" whose
mentions include that "he"). Reported per subset (direct quotes — gold content in quotation marks —
and all attributions):
  content exact / overlap     P/R/F1 of the quoted or reported words
  speaker exact / overlap     P/R/F1 of speaker words on quotes whose content was found
  speaker accuracy            share of found quotes with a gold source whose speaker is right
  quote+speaker               P/R/F1 of quotes found with the right speaker (end to end)
  triple (all attributions)   content, cue and speaker all right
textacy's ``direct_quotations`` is run on the same texts when it is installed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..analyze import analyze_articles
from ..analyze.pipeline import bare_nlp, shared_nlp
from ..analyze.quote_marks import has_quotation
from ..ingest import article_from_text
from ..model import Analysis, Range
from .scoring import Counts

_MARKS = "“”\"'‘’«»„ \n\t,.;:—–-"


@dataclass(frozen=True)
class Attribution:
    content: Range
    source: Range | None
    direct: bool
    cue: Range | None = None
    actor: tuple[Range, ...] = ()  # predictions: every mention of the actor the speaker was resolved to


@dataclass(frozen=True)
class Document:
    name: str
    text: str
    gold: list[Attribution]


@dataclass(frozen=True)
class QuoteScore(Counts):
    system: str
    subset: str
    measure: str


def _is_direct(text: str, span: Range) -> bool:
    return has_quotation(text[span.start:span.end])


def read_polnear(folder: Path) -> list[Document]:
    documents = []
    for text_file in sorted((folder / "text").glob("*.txt")):
        annotations = sorted((folder / "attributions").glob(text_file.stem + "_*.ann"))
        if not annotations:
            continue
        text = text_file.read_text(encoding="utf-8")
        documents.append(Document(text_file.name, text, _read_ann(annotations[0].read_text(encoding="utf-8"), text)))
    return documents


def _read_ann(ann: str, text: str) -> list[Attribution]:
    spans: dict[str, list[Range]] = {}
    relations: list[dict[str, str]] = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            _label, *rest = parts[1].split(" ", 1)
            pieces = [tuple(int(x) for x in piece.split()) for piece in " ".join(rest).split(";")]
            spans[parts[0]] = [Range(p[0], p[1]) for p in pieces]
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in parts[1].split()))
    found = []
    for relation in relations:
        source = _whole(spans.get(relation.get("Source", "")))
        cue = _whole(spans.get(relation.get("Cue", "")))
        # a quotation split by its attribution ("“…,” she said, “…”") is scored piece by piece
        for content in spans.get(relation.get("Content", ""), []):
            found.append(Attribution(content, source, _is_direct(text, content), cue))
    return found


def _whole(pieces: list[Range] | None) -> Range | None:
    return Range(pieces[0].start, pieces[-1].end) if pieces else None


def read_jsonl_gold(path: Path) -> list[Document]:
    documents = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        record = json.loads(line)
        text = record["text"]
        gold = []
        for quote in record.get("quotes", []):
            content = Range(*quote["content"])
            source = Range(*quote["source"]) if quote.get("source") else None
            cue = Range(*quote["cue"]) if quote.get("cue") else None
            gold.append(Attribution(content, source, bool(quote.get("direct", _is_direct(text, content))), cue))
        documents.append(Document(f"{path.name}:{number}", text, gold))
    return documents


def read_gold(path: Path) -> list[Document]:
    return read_polnear(path) if path.is_dir() else read_jsonl_gold(path)


def dateline_predictions(documents: list[Document]) -> list[list[Attribution]]:
    articles = [article_from_text(d.text, d.name) for d in documents]
    predictions: list[list[Attribution]] = []
    for document, result in zip(documents, analyze_articles(articles, shared_nlp(), batch_size=8), strict=True):
        if not isinstance(result, Analysis):
            predictions.append([])
            continue
        offset = len(document.text) - len(result.article.text)  # a leading date header is not in the text
        mentions = {e.id: tuple(Range(m.start + offset, m.end + offset) for m in e.mentions) for e in result.entities}
        found = []
        for quote in result.quotes:
            if quote.kind == "post":
                continue
            speaker = quote.speaker
            mention = speaker.mention if speaker else None
            source = Range(mention.start + offset, mention.end + offset) if mention else None
            actor = mentions.get(speaker.entity or "", ()) if speaker else ()
            if source is None and actor:
                source = actor[0]  # a quotation carried on from its speaker's last words: the actor is the speaker
            cue = Range(quote.cue.start + offset, quote.cue.end + offset) if quote.cue else None
            content = Range(quote.content.start + offset, quote.content.end + offset)
            # the gold's own rule decides what is direct: content in quotation marks (mixed quotes included)
            direct = quote.kind == "direct" or _is_direct(document.text, content)
            found.append(Attribution(content, source, direct, cue, actor))
        predictions.append(found)
    return predictions


def textacy_predictions(documents: list[Document]) -> list[list[Attribution]] | None:
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError:
        return None
    nlp = bare_nlp()
    predictions = []
    for doc in nlp.pipe((d.text for d in documents), batch_size=8):
        found = []
        try:
            triples = list(direct_quotations(doc))
        except Exception:  # textacy trips over some quote layouts; count it as finding nothing there
            triples = []
        for triple in triples:
            content = Range(triple.content.start_char, triple.content.end_char)
            speaker = triple.speaker
            source = Range(speaker[0].idx, speaker[-1].idx + len(speaker[-1].text)) if speaker else None
            found.append(Attribution(content, source, True))
        predictions.append(found)
    return predictions


def _norm(text: str, span: Range) -> Range:
    chunk = text[span.start:span.end]
    left = span.start + len(chunk) - len(chunk.lstrip(_MARKS))
    right = span.end - (len(chunk) - len(chunk.rstrip(_MARKS)))
    return Range(left, max(left, right))


def _overlap(a: Range, b: Range) -> bool:
    return a.start < b.end and b.start < a.end


def _match(text: str, gold: list[Attribution], predicted: list[Attribution],
           same: Callable[[Range, Range], bool]) -> list[tuple[Attribution, Attribution]]:
    pairs, taken = [], set()
    for g in gold:
        for i, p in enumerate(predicted):
            if i not in taken and same(_norm(text, g.content), _norm(text, p.content)):
                pairs.append((g, p))
                taken.add(i)
                break
    return pairs


def _speaker_right(gold: Attribution, predicted: Attribution) -> bool:
    """The speaker's words overlap the gold source, or the gold source is a mention of the speaker's actor."""
    if gold.source is None or predicted.source is None:
        return False
    return _overlap(gold.source, predicted.source) or any(_overlap(gold.source, m) for m in predicted.actor)


def score(system: str, documents: list[Document], predictions: list[list[Attribution]]) -> list[QuoteScore]:
    rows = []
    for subset, keep in (("direct", lambda a: a.direct), ("all", lambda a: True)):
        measures = ["content exact", "content overlap", "speaker exact", "speaker overlap", "speaker accuracy",
                    "quote+speaker"] + (["cue overlap", "triple"] if subset == "all" else [])
        totals: dict[str, list[int]] = {m: [0, 0, 0] for m in measures}
        for document, predicted in zip(documents, predictions, strict=True):
            gold = [a for a in document.gold if keep(a)]
            mine = [a for a in predicted if keep(a)]
            text = document.text
            exact = _match(text, gold, mine, lambda a, b: a == b)
            loose = _match(text, gold, mine, _overlap)
            _add(totals["content exact"], len(gold), len(mine), len(exact))
            _add(totals["content overlap"], len(gold), len(mine), len(loose))
            sourced = [g for g in gold if g.source is not None]
            speaking = [p for p in mine if p.source is not None]
            hits = [(g, p) for g, p in loose if g.source is not None and p.source is not None]
            _add(totals["speaker exact"], len(sourced), len(speaking),
                 sum(_norm(text, g.source) == _norm(text, p.source) for g, p in hits if g.source and p.source))
            _add(totals["speaker overlap"], len(sourced), len(speaking),
                 sum(_overlap(g.source, p.source) for g, p in hits if g.source and p.source))
            found = [(g, p) for g, p in loose if g.source is not None]
            right = [(g, p) for g, p in found if _speaker_right(g, p)]
            _add(totals["speaker accuracy"], len(found), len(found), len(right))
            _add(totals["quote+speaker"], len(sourced), len(speaking), len(right))
            if subset == "all":
                cued = [(g, p) for g, p in loose if g.cue and p.cue and _overlap(g.cue, p.cue)]
                _add(totals["cue overlap"], sum(g.cue is not None for g in gold), sum(p.cue is not None for p in mine),
                     len(cued))
                _add(totals["triple"], len(sourced), len(speaking), sum(_speaker_right(g, p) for g, p in cued))
        rows += [QuoteScore(gold=c[0], predicted=c[1], correct=c[2], system=system, subset=subset, measure=measure)
                 for measure, c in totals.items()]
    return rows


def _add(total: list[int], gold: int, predicted: int, correct: int) -> None:
    total[0] += gold
    total[1] += predicted
    total[2] += correct


def evaluate(path: Path) -> list[QuoteScore]:
    documents = read_gold(path)
    rows = score("dateline", documents, dateline_predictions(documents))
    theirs = textacy_predictions(documents)
    if theirs is not None:
        rows += score("textacy", documents, theirs)
    return rows


"""dateline's analysis scored against hand readings of real articles (``tests/real/README.md``).

A reading lists, by character offsets only, each quote (content, cue, speaker as written, the
naming mention a pronoun refers to, the speaker's kind), each sentence's attribution status and
where the article asserts more than its cited source. Scored here:
  quotes             content overlap P/R/F1
  speaker accuracy   found quotes whose speaker is right (its words overlap the reader's speaker,
                     or its actor has a mention there or at the naming mention referred to)
  speaker kind       found quotes whose kind agrees (named/outlet/author → named; anonymous_official
                     and anonymous → anonymous; document; unnamed_report)
  unresolved         share of dateline's quotes whose speaker it could not resolve
  claim status       sentences whose status agrees (dateline's claims over a sentence vote by length)
  exceeds            claim_exceeds_source findings against the reader's (P/R/F1 by claim overlap)
and, for an events reading:
  event precision    found events (in the body) whose trigger overlaps a read event's
  event recall       read events found (by trigger, or inside a found event's evidence with its category)
  dated events       read events with a date that are found (recall)
  event date         found dated events whose date value equals the reader's (or is a time on that day)
  event modality     found events whose modality equals the reader's
  event category     found events whose category equals the reader's
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..analyze import analyze_articles
from ..analyze.pipeline import shared_nlp
from ..ingest import article_from_text
from ..model import Analysis, Range
from .scoring import Counts

KINDS = {"named": "named", "outlet": "named", "author": "named", "anonymous_official": "anonymous",
         "anonymous": "anonymous", "document": "document", "unnamed_report": "unnamed_report"}


@dataclass(frozen=True)
class ReadingScore(Counts):
    measure: str


@dataclass(frozen=True)
class Reading:
    name: str
    text: str
    record: dict[str, Any]


def read(gold: Path, texts: Path) -> list[Reading]:
    """The readings in ``gold`` with their texts from ``texts``/<article>, each checked by its SHA-256."""
    readings = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        path = texts / record["article"]
        text = path.read_text(encoding="utf-8")
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != record["sha256"]:
            raise ValueError(f"{path}: not the text the reading was made on (SHA-256 differs)")
        readings.append(Reading(record["article"], text, record))
    return readings


def _range(pair: list[int] | None, shift: int) -> Range | None:
    return Range(pair[0] - shift, pair[1] - shift) if pair else None


def _overlap(a: Range | None, b: Range | None) -> bool:
    return a is not None and b is not None and a.start < b.end and b.start < a.end


def score(readings: list[Reading], analyses: list[Analysis]) -> list[ReadingScore]:
    totals: dict[str, list[int]] = {m: [0, 0, 0] for m in (
        "quotes", "speaker accuracy", "speaker kind", "unresolved", "claim status", "exceeds")}
    for reading, analysis in zip(readings, analyses, strict=True):
        shift = len(reading.text) - len(analysis.article.text)  # the date header is not in the text
        if "events" in reading.record:
            _events(reading.record, analysis, shift, totals)
            continue
        _quotes(reading.record, analysis, shift, totals)
        _claims(reading.record, analysis, shift, totals)
    return [ReadingScore(gold=g, predicted=p, correct=c, measure=m) for m, (g, p, c) in totals.items()
            if g or p]


def _events(record: dict[str, Any], analysis: Analysis, shift: int, totals: dict[str, list[int]]) -> None:
    """``event precision``: found events that match a read one; ``event recall``: read events found."""
    for measure in ("event precision", "event recall", "dated events", "event date", "event modality",
                    "event category"):
        totals.setdefault(measure, [0, 0, 0])
    mine = [e for e in analysis.events if e.trigger.start >= analysis.article.body.start]
    triggers = [Range(e.trigger.start, e.trigger.end) for e in mine]
    read = [(event, _range(event["trigger"], shift)) for event in record["events"]]
    right = sum(any(_overlap(t, r) for _, r in read) for t in triggers)
    _add(totals["event precision"], len(mine), len(mine), right)
    for event, trigger in read:
        match = next((e for e, t in zip(mine, triggers, strict=True) if _overlap(t, trigger)), None)
        if match is None:  # a later mention of an event found earlier: it sits in that event's evidence
            match = next((e for e in mine if e.category == event["category"] and any(
                _overlap(Range(v.span.start, v.span.end), trigger) for v in e.evidence)), None)
        _add(totals["event recall"], 1, 1, int(match is not None))
        if event.get("date"):
            _add(totals["dated events"], 1, 1, int(match is not None))
        if match is None:
            continue
        if event.get("date"):
            dated = match.date.value if match.date is not None else None
            _add(totals["event date"], 1, 1, int(_same_date(dated, event["date"])))
        _add(totals["event modality"], 1, 1, int(match.modality == event["modality"]))
        _add(totals["event category"], 1, 1, int(match.category == event["category"]))


def _same_date(found: str | None, read: str) -> bool:
    """The reader's value, or a finer one inside it ("2015-08-20TAF" is on 2015-08-20)."""
    return found is not None and (found == read or found.startswith(read + "T"))


def _quotes(record: dict[str, Any], analysis: Analysis, shift: int, totals: dict[str, list[int]]) -> None:
    mentions = {e.id: [Range(m.start, m.end) for m in e.mentions] for e in analysis.entities}
    mine = [q for q in analysis.quotes if q.kind != "post"]
    taken: set[str] = set()
    found = 0
    for quote in record["quotes"]:
        content = _range(quote["content"], shift)
        match = next((q for q in mine if q.id not in taken and _overlap(content, Range(q.content.start,
                                                                                        q.content.end))), None)
        if match is None:
            continue
        taken.add(match.id)
        found += 1
        speaker = match.speaker
        if quote["kind"] == "none" or speaker is None:
            continue
        places = [r for r in (_range(quote.get("speaker"), shift), _range(quote.get("refers_to"), shift)) if r]
        words = Range(speaker.mention.start, speaker.mention.end) if speaker.mention else None
        actor = mentions.get(speaker.entity or "", [])
        right = any(_overlap(p, words) or any(_overlap(p, m) for m in actor) for p in places)
        _add(totals["speaker accuracy"], 1, 1, int(right))
        _add(totals["speaker kind"], 1, 1, int(KINDS.get(speaker.kind) == quote["kind"]))
    _add(totals["quotes"], len(record["quotes"]), len(mine), found)
    unresolved = sum(q.speaker is None or q.speaker.kind == "unresolved" for q in mine)
    _add(totals["unresolved"], len(mine), len(mine), unresolved)


def _claims(record: dict[str, Any], analysis: Analysis, shift: int, totals: dict[str, list[int]]) -> None:
    for sentence in record["claims"]:
        span = _range(sentence["span"], shift)
        assert span is not None
        votes: Counter[str] = Counter()
        for claim in analysis.claims:
            overlap = min(span.end, claim.span.end) - max(span.start, claim.span.start)
            if overlap > 0:
                votes[claim.attribution.status] += overlap
        status = votes.most_common(1)[0][0] if votes else "unattributed"
        _add(totals["claim status"], 1, 1, int(status == sentence["status"]))
    gold = [_range(e["claim"], shift) for e in record["exceeds"]]
    flagged = [c for c in analysis.claims if any(f.kind == "claim_exceeds_source" for f in c.findings)]
    right = sum(any(_overlap(Range(c.span.start, c.span.end), g) for g in gold) for c in flagged)
    _add(totals["exceeds"], len(gold), len(flagged), right)


def _add(total: list[int], gold: int, predicted: int, correct: int) -> None:
    total[0] += gold
    total[1] += predicted
    total[2] += correct


def evaluate(gold: Path, texts: Path) -> list[ReadingScore]:
    readings = read(gold, texts)
    articles = [article_from_text(r.text, r.name) for r in readings]
    analyses = [a for a in analyze_articles(articles, shared_nlp(), batch_size=8) if isinstance(a, Analysis)]
    if len(analyses) != len(readings):
        raise ValueError("an article of the reading could not be analysed")
    return score(readings, analyses)

"""Event modality scored against MEANTIME's event factuality (CAT XML, English Wikinews).

MEANTIME marks each event mention with ``certainty`` (CERTAIN, PROBABLE, POSSIBLE, UNDERSPECIFIED),
``polarity`` (POS, NEG, UNDERSPECIFIED), ``time`` (NON_FUTURE, FUTURE, UNDERSPECIFIED) and
``special_cases`` (NONE, GEN, COND_IF_CLAUSE, COND_MAIN_CLAUSE). dateline gives an event one modality.
Both are folded into four classes; the first rule that applies decides:

  gold (MEANTIME)                                          class      dateline modality
  polarity NEG                                             negated    blocked, denied
  certainty POSSIBLE; certainty PROBABLE with time not     uncertain  hypothetical, demanded, attempted,
    FUTURE; special_cases COND_IF_CLAUSE/COND_MAIN_CLAUSE             reported
  time FUTURE with certainty CERTAIN or PROBABLE           future     planned
  certainty CERTAIN, polarity POS, time NON_FUTURE         factual    happened, ongoing
  anything else (an UNDERSPECIFIED value decides)          — not scored for accuracy, counted for coverage

A conditional is uncertain to the reader whatever its certainty inside the condition ("if they buy, they
will sell" asserts neither). Generic mentions (GEN) keep the class of their other values: dateline has no
generic reading, and "airlines buy planes" is told as fact. PROBABLE + FUTURE is a plan ("is expected to
launch"), so future, which is what dateline's ``planned`` covers.

Only EVENT_MENTIONs whose ``certainty`` is set are gold (the ESO additions of this copy carry none).
The text is rebuilt from the tokens: the headline (sentence 0) as its own paragraph, then the body
(sentences 2 on) as one paragraph; the date line (sentence 1) is left out, the publication date is the
CREATION_TIME TIMEX3 (or the date line when there is none). Every token keeps its character offsets.

Reported:
- coverage: the share of gold mentions that a dateline event's trigger overlaps;
- accuracy and a confusion table of the four classes, over matched mentions with a class, for dateline's
  events, for the cue-lexicon baseline on the same mentions, and for the all-factual majority class;
- the same over every gold mention with a class: dateline's modality reader applied to the gold trigger
  (the parse token heading the mention's words), beside the baseline — modality without event detection.

The cue-lexicon baseline looks at the five tokens before the trigger inside its sentence: a negation cue
makes it negated, else a modal, hedge or condition cue uncertain, else a future cue future, else factual.
Its words are closed-class English (modal auxiliaries, negators, conditional conjunctions, future and
epistemic adverbs) chosen from grammar before the run, not from the gold.

Four MEANTIME documents are hand-read held-out articles (``tests/real/build_held.py``): they are left out
here (``HELD_OUT``) so that the hand reading stays unseen.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..analyze import analyze_articles
from ..analyze.event_modality import modality as read_modality
from ..analyze.pipeline import shared_nlp
from ..ingest import article_from_text
from ..model import Analysis, Event

FACTUAL, FUTURE, UNCERTAIN, NEGATED = "factual", "future", "uncertain", "negated"
CLASSES = (FACTUAL, FUTURE, UNCERTAIN, NEGATED)

MODALITY_CLASS = {"happened": FACTUAL, "ongoing": FACTUAL, "planned": FUTURE, "hypothetical": UNCERTAIN,
                  "demanded": UNCERTAIN, "attempted": UNCERTAIN, "reported": UNCERTAIN, "blocked": NEGATED,
                  "denied": NEGATED}

# (corpus folder, document number) of the MEANTIME documents read by hand as held-out real articles.
HELD_OUT = frozenset({("corpus_airbus", "71426"), ("corpus_airbus", "87805"), ("corpus_apple", "195869"),
                      ("corpus_apple", "214601")})

# Cue words of the baseline (closed-class English; see the module docstring). Lower case, MEANTIME tokens.
NEGATION_CUES = frozenset({"not", "n't", "no", "never", "without", "neither", "nor", "none", "nothing", "nobody",
                           "cannot"})
UNCERTAIN_CUES = frozenset({"may", "might", "could", "would", "should", "must", "can", "ca", "possibly", "perhaps",
                            "maybe", "probably", "likely", "unlikely", "possible", "potential", "if", "unless",
                            "whether", "reportedly", "allegedly"})
FUTURE_CUES = frozenset({"will", "'ll", "shall", "wo", "going", "plan", "plans", "planned", "planning", "expect",
                         "expects", "expected", "scheduled", "due", "intend", "intends", "next", "upcoming",
                         "tomorrow", "soon"})
CUE_WINDOW = 5

_NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "?", "!", ")", "]", "%", "'s", "'S", "n't", "'re", "'ve", "'ll",
                              "'d", "'m", "'"})
_NO_SPACE_AFTER = frozenset({"(", "[", "$", "US$", "€", "£"})
_QUOTES = frozenset({'"', "``", "''"})
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    sentence: int


@dataclass(frozen=True)
class GoldMention:
    tokens: tuple[int, ...]  # indices into the document's tokens, in text order
    certainty: str
    polarity: str
    time: str
    special: str

    @property
    def factuality(self) -> str | None:
        return gold_class(self.certainty, self.polarity, self.time, self.special)


@dataclass(frozen=True)
class Document:
    name: str
    published: date
    text: str
    tokens: list[Token]
    mentions: list[GoldMention]


@dataclass(frozen=True)
class FactualityScore:
    """One system's classes over one set of gold mentions: ``confusion[(gold, predicted)]`` counts."""

    system: str
    subset: str
    scored: int
    right: int
    confusion: dict[tuple[str, str], int] = field(default_factory=dict)

    @property
    def accuracy(self) -> float:
        return self.right / self.scored if self.scored else 0.0

    @property
    def macro_f1(self) -> float:
        """Mean F1 of the four classes: the factual majority cannot hide the rare ones."""
        scores = []
        for name in CLASSES:
            right = self.confusion.get((name, name), 0)
            gold = sum(n for (g, _), n in self.confusion.items() if g == name)
            found = sum(n for (_, p), n in self.confusion.items() if p == name)
            scores.append(2 * right / (gold + found) if gold + found else 0.0)
        return sum(scores) / len(scores)


@dataclass(frozen=True)
class FactualityReport:
    documents: int
    mentions: int  # gold mentions with factuality (certainty set)
    matched: int  # of them, overlapped by a dateline event's trigger
    events: int  # dateline events in these documents
    events_matched: int  # of them, overlapping a gold mention
    scores: list[FactualityScore]

    @property
    def coverage(self) -> float:
        return self.matched / self.mentions if self.mentions else 0.0


def gold_class(certainty: str, polarity: str, time: str, special: str) -> str | None:
    """The four-way class of a MEANTIME factuality (rules in the module docstring); None if underspecified."""
    if polarity == "NEG":
        return NEGATED
    if certainty == "POSSIBLE" or special.startswith("COND") or (certainty == "PROBABLE" and time != "FUTURE"):
        return UNCERTAIN
    if time == "FUTURE" and certainty in ("CERTAIN", "PROBABLE"):
        return FUTURE
    if (certainty, polarity, time) == ("CERTAIN", "POS", "NON_FUTURE"):
        return FACTUAL
    return None


def detokenise(paragraphs: Sequence[Sequence[str]]) -> tuple[str, list[tuple[int, int]]]:
    """Running text from tokens, paragraphs apart by a blank line, and each token's (start, end) in it.

    Double quotes alternate open/close; ``` `` ``` and ``''`` become ``"``."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0

    def put(piece: str) -> None:
        nonlocal length
        out.append(piece)
        length += len(piece)

    for number, tokens in enumerate(paragraphs):
        if number:
            put("\n\n")
        glue, quote_open, previous = True, False, ""
        for token in tokens:
            if token in _QUOTES:
                opening = token == "``" or (token == '"' and not quote_open)
                if opening and not glue:
                    put(" ")
                spans.append((length, length + 1))
                put('"')
                glue, quote_open = opening, opening
                continue
            if not glue and token not in _NO_SPACE_BEFORE and (previous, token) != ("US", "$"):
                put(" ")
            spans.append((length, length + len(token)))
            put(token)
            glue = token in _NO_SPACE_AFTER
            previous = token
    return "".join(out), spans


def _date_line(words: Sequence[str]) -> date | None:
    """ "March 01 , 2008" → 2008-03-01."""
    match = re.fullmatch(r"([A-Za-z]+) (\d{1,2}) ?,? (\d{4})", " ".join(words))
    if match is None or match[1].lower() not in _MONTHS:
        return None
    return date(int(match[3]), _MONTHS.index(match[1].lower()) + 1, int(match[2]))


def read_cat(path: Path) -> Document:
    """One CAT XML document: its text with token offsets, publication date and factuality-annotated events."""
    root = ElementTree.parse(path).getroot()
    raw = [(t.get("t_id", ""), t.text or "", int(t.get("sentence", "0"))) for t in root.iter("token")]
    headline = [r for r in raw if r[2] == 0]
    body = [r for r in raw if r[2] >= 2]
    text, spans = detokenise([[r[1] for r in part] for part in (headline, body) if part])
    kept = headline + body
    tokens = [Token(start, end, r[1], r[2]) for r, (start, end) in zip(kept, spans, strict=True)]
    index = {r[0]: i for i, r in enumerate(kept)}
    published = _date_line([r[1] for r in raw if r[2] == 1]) or date(2000, 1, 1)
    markables = root.find("Markables")
    mentions: list[GoldMention] = []
    for element in markables if markables is not None else []:
        if element.tag == "TIMEX3" and element.get("functionInDocument") == "CREATION_TIME":
            value = element.get("value", "")
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value[:10]):
                published = date.fromisoformat(value[:10])
        if element.tag != "EVENT_MENTION" or not element.get("certainty"):
            continue
        anchors = sorted(index[a.get("t_id", "")] for a in element.iter("token_anchor") if a.get("t_id") in index)
        if anchors:
            mentions.append(GoldMention(tuple(anchors), element.get("certainty", ""), element.get("polarity", ""),
                                        element.get("time", ""), element.get("special_cases", "")))
    return Document(path.name, published, text, tokens, mentions)


def read_folder(folder: Path, held_out: Iterable[tuple[str, str]] = HELD_OUT) -> list[Document]:
    """Every ``*.xml`` under the folder except the held-out documents (by corpus folder and number)."""
    skip = set(held_out)
    return [read_cat(path) for path in sorted(folder.rglob("*.xml"))
            if (path.parent.name, path.name.split("_", 1)[0]) not in skip]


def cue_class(document: Document, mention: GoldMention) -> str:
    """The baseline: cue words among the few tokens before the trigger in its sentence."""
    first = mention.tokens[0]
    sentence = document.tokens[first].sentence
    window = {t.text.lower() for t in document.tokens[max(0, first - CUE_WINDOW):first] if t.sentence == sentence}
    if window & NEGATION_CUES:
        return NEGATED
    if window & UNCERTAIN_CUES:
        return UNCERTAIN
    if window & FUTURE_CUES:
        return FUTURE
    return FACTUAL


def _overlaps(document: Document, mention: GoldMention, start: int, end: int) -> bool:
    return any(document.tokens[i].start < end and start < document.tokens[i].end for i in mention.tokens)


class _Tally:
    def __init__(self, system: str, subset: str) -> None:
        self.system, self.subset = system, subset
        self.confusion: Counter[tuple[str, str]] = Counter()

    def add(self, gold: str, predicted: str) -> None:
        self.confusion[(gold, predicted)] += 1

    def score(self) -> FactualityScore:
        right = sum(n for (g, p), n in self.confusion.items() if g == p)
        return FactualityScore(self.system, self.subset, sum(self.confusion.values()), right, dict(self.confusion))


def evaluate(folder: Path) -> FactualityReport:
    documents = read_folder(folder)
    return score(documents)


def score(documents: list[Document]) -> FactualityReport:
    nlp = shared_nlp()
    raws = [(f"date {d.published.isoformat()}\n", f"{d.text}\n") for d in documents]
    articles = [article_from_text(header + body, d.name) for (header, body), d in zip(raws, documents, strict=True)]
    # Article.text drops the date header (a suffix of the body): its offset p is p + offset in the document's text.
    offsets = [len(body) - len(a.text) for (_, body), a in zip(raws, articles, strict=True)]
    matched_names = ("dateline events", "cue baseline", "all factual")
    matched = {name: _Tally(name, "matched") for name in matched_names}
    whole = {name: _Tally(name, "all gold") for name in ("dateline reader", "cue baseline", "all factual")}
    mentions = found = events_n = events_matched = 0
    results = analyze_articles(articles, nlp)
    parsed = nlp.pipe(a.text for a in articles)
    for document, offset, result, doc in zip(documents, offsets, results, parsed, strict=True):
        events: list[Event] = result.events if isinstance(result, Analysis) else []
        events_n += len(events)
        used: set[str] = set()
        for mention in document.mentions:
            mentions += 1
            gold = mention.factuality
            shifted = [(e, e.trigger.start + offset, e.trigger.end + offset) for e in events]
            hits = [e for e, start, end in shifted if _overlaps(document, mention, start, end)]
            used.update(e.id for e in hits)
            found += bool(hits)
            if gold is None:
                continue
            baseline = cue_class(document, mention)
            if hits:
                matched["dateline events"].add(gold, MODALITY_CLASS.get(hits[0].modality, hits[0].modality))
                matched["cue baseline"].add(gold, baseline)
                matched["all factual"].add(gold, FACTUAL)
            first, last = document.tokens[mention.tokens[0]], document.tokens[mention.tokens[-1]]
            span = doc.char_span(first.start - offset, last.end - offset, alignment_mode="expand")
            if span is not None and len(span):
                reading = read_modality(span.root, doc.text)[0]
                whole["dateline reader"].add(gold, MODALITY_CLASS.get(reading, reading))
            whole["cue baseline"].add(gold, baseline)
            whole["all factual"].add(gold, FACTUAL)
        events_matched += len(used)
    scores = [t.score() for t in (*matched.values(), *whole.values())]
    return FactualityReport(len(documents), mentions, found, events_n, events_matched, scores)

"""Cross-document event linking on ECB+: do dateline's events, linked across articles, name the same
real events the annotators linked?

Mentions scored are the gold ACTION mentions of the fully annotated sentences
(``ECBplus_coreference_sentences.csv``); the key clusters come from CROSS_DOC_COREF instances (and
INTRA_DOC_COREF chains within a document; the rest are singletons). Both systems cluster the same
mentions; the published same-lemma baseline works within each gold topic:

  same lemma   mentions whose head lemma is the same are one event
  dateline     the same lemma within one of dateline's own stories (``dateline stories`` over all the
               documents, no gold topics): two earthquakes of one topic that dateline tells apart as two
               stories are two events of one word

Documents are rebuilt from their tokens (one sentence a line), with no publication date: ECB+ gives none.
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from collections.abc import Hashable
from dataclasses import dataclass, field
from pathlib import Path

from ..analyze import analyze_articles
from ..analyze.pipeline import shared_nlp
from ..ingest import article_from_text
from ..model import Analysis, Event
from .coref import CorefScore, score

_TOKEN = re.compile(r'<token t_id="(\d+)" sentence="(\d+)" number="\d+">(.*?)</token>', re.S)
_MARKABLE = re.compile(r"<(ACTION_\w+|NEG_ACTION_\w+) m_id=\"(\d+)\"\s*>(.*?)</\1>", re.S)
_ANCHOR = re.compile(r'<token_anchor t_id="(\d+)"')
_INSTANCE = re.compile(r'<\w+ m_id="(\d+)"[^>]*?instance_id="([^"]*)"[^>]*/>')
_RELATION = re.compile(r"<(CROSS_DOC_COREF|INTRA_DOC_COREF) r_id=\"\d+\"(?: note=\"([^\"]*)\")?\s*>(.*?)</\1>", re.S)
_SOURCE = re.compile(r'<source m_id="(\d+)"')
_TARGET = re.compile(r'<target m_id="(\d+)"')


@dataclass
class Mention:
    key: str  # document name + m_id
    topic: str
    document: str
    start: int  # character offsets into the rebuilt text
    end: int
    gold: str  # the instance it belongs to


@dataclass
class Document:
    name: str
    topic: str
    text: str
    mentions: list[Mention] = field(default_factory=list)


def _unescape(word: str) -> str:
    return word.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace(
        "&apos;", "'")


def read_ecbplus(folder: Path, topics: range | None = None) -> list[Document]:
    """The documents of the annotated sentences, their ACTION mentions and the gold instances."""
    annotated: dict[str, set[int]] = defaultdict(set)
    with open(folder / "ECBplus_coreference_sentences.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            annotated[f"{row['Topic']}_{row['File']}.xml"].add(int(row["Sentence Number"]))
    documents = []
    for path in sorted((folder / "ECB+").glob("*/*.xml"), key=lambda p: (int(p.parent.name), p.name)):
        topic = path.parent.name
        if topics is not None and int(topic) not in topics:
            continue
        raw = path.read_text(encoding="utf-8")
        offsets: dict[str, tuple[int, int, int]] = {}
        lines: list[str] = []
        line: list[str] = []
        current = None
        position = 0
        for t_id, sentence, word in _TOKEN.findall(raw):
            word = _unescape(word)
            if current is not None and sentence != current:
                lines.append(" ".join(line))
                position += 1  # the line break
                line = []
            elif line:
                position += 1  # the space
            current = sentence
            offsets[t_id] = (position, position + len(word), int(sentence))
            line.append(word)
            position += len(word)
        lines.append(" ".join(line))
        document = Document(path.name, topic, "\n".join(lines))
        instance = dict(_INSTANCE.findall(raw))
        gold: dict[str, str] = {}
        for kind, note, body in _RELATION.findall(raw):
            target = _TARGET.search(body)
            key = (note or instance.get(target.group(1) if target else "", "")) if kind == "CROSS_DOC_COREF" \
                else f"{path.name}#{target.group(1) if target else ''}"
            for source in _SOURCE.findall(body):
                gold.setdefault(source, key)
        for _, m_id, body in _MARKABLE.findall(raw):
            anchors = [offsets[t] for t in _ANCHOR.findall(body) if t in offsets]
            if not anchors or anchors[0][2] not in annotated.get(path.name, set()):
                continue
            document.mentions.append(Mention(f"{path.name}#{m_id}", topic, path.name, anchors[0][0], anchors[-1][1],
                                             gold.get(m_id) or f"{path.name}#{m_id}"))
        documents.append(document)
    return documents


@dataclass(frozen=True)
class CrossDocScore:
    system: str
    mentions: int
    clusters: int
    score: CorefScore
    found: float  # share of gold mentions dateline read as an event of its own


def evaluate_crossdoc(folder: Path, topics: range | None = range(1, 36)) -> list[CrossDocScore]:
    from ..corpus.stories import Params, features
    from .stories import cluster

    documents = read_ecbplus(folder, topics)
    nlp = shared_nlp()
    articles = [article_from_text(d.text, d.name) for d in documents]
    key: dict[Hashable, set[str]] = defaultdict(set)
    heads: list[tuple[Mention, str]] = []
    analyses: list[Analysis] = []
    found = total = 0
    for document, result in zip(documents, analyze_articles(articles, nlp), strict=True):
        doc = nlp(document.text)
        analysis = result if isinstance(result, Analysis) else None
        if analysis is not None:
            analyses.append(analysis)
        for mention in document.mentions:
            total += 1
            key[mention.gold].add(mention.key)
            head = next((t for t in doc if t.idx >= mention.start), None)
            heads.append((mention, head.lemma_.lower() if head is not None
                          else document.text[mention.start:mention.end].lower()))
            found += analysis is not None and _event_at(analysis.events, mention) is not None
    # dateline's own stories over all the documents (no gold topics): a mention links within its story
    stories = cluster([features(a) for a in analyses], Params())
    story_of = {a.article.source: stories.get(a.article.id) for a in analyses}
    same_lemma: dict[Hashable, set[str]] = defaultdict(set)
    dateline: dict[Hashable, set[str]] = defaultdict(set)
    for mention, lemma in heads:
        same_lemma[(mention.topic, lemma)].add(mention.key)
        dateline[(story_of.get(mention.document, mention.document), lemma)].add(mention.key)
    gold = [frozenset(c) for c in key.values()]
    ours = [frozenset(c) for c in dateline.values()]
    baseline = [frozenset(c) for c in same_lemma.values()]
    return [CrossDocScore("dateline", total, len(ours), score(gold, ours), found / total if total else 0.0),
            CrossDocScore("same lemma", total, len(baseline), score(gold, baseline), 0.0)]


def _signature(analysis: Analysis | None) -> tuple[str | None, str | None]:
    """Where and when a document's story happens: the country its places are most often in, and the year
    its absolute dates most often name (ECB+ gives no publication date, so relative ones stay unresolved)."""
    if analysis is None:
        return None, None
    countries = Counter(e.country_code for e in analysis.entities
                        for _ in e.mentions if e.type == "place" and e.country_code)
    years = Counter(t.value[:4] for t in analysis.times if t.value and re.match(r"\d{4}", t.value)
                    and t.anchor == "absolute")
    return (countries.most_common(1)[0][0] if countries else None,
            years.most_common(1)[0][0] if years else None)


def _split(members: list[tuple[str, tuple[str | None, str | None]]]) -> list[frozenset[str]]:
    """One lemma's mentions, parted by their documents' place and year: two earthquakes in two countries,
    or a year apart, are two events. A mention whose document says neither joins the largest part."""
    parts: dict[tuple[str | None, str | None], set[str]] = defaultdict(set)
    loose: list[tuple[str, tuple[str | None, str | None]]] = []
    for mention, (country, year) in members:
        if country is None and year is None:
            loose.append((mention, (country, year)))
        else:
            parts[(country, year)].add(mention)
    merged: dict[tuple[str | None, str | None], set[str]] = {}
    for (country, year), mentions in sorted(parts.items(), key=lambda kv: -len(kv[1])):
        home = next((k for k in merged if _compatible(k, (country, year))), None)
        if home is None:
            merged[(country, year)] = set(mentions)
        else:
            merged[home] |= mentions
    if not merged:
        return [frozenset(m for m, _ in loose)]
    largest = max(merged, key=lambda k: len(merged[k]))
    merged[largest] |= {m for m, _ in loose}
    return [frozenset(c) for c in merged.values()]


def _compatible(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    return all(x is None or y is None or x == y for x, y in zip(a, b, strict=True))


def _event_at(events: list[Event], mention: Mention) -> Event | None:
    return next((e for e in events if e.trigger.start < mention.end and mention.start < e.trigger.end), None)

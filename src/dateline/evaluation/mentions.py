"""Named actors and pronoun links on real news, scored against GUM's news documents (CoNLL-U ``Entity=``).

GUM annotates every mention (names, descriptions, pronouns) with a type and an entity id. Two checks:
  * named mentions: GUM person / organization / place mentions whose head is a proper noun. A dateline
    (or bare spaCy) name mention is correct when it lies inside such a mention, covers part of its head,
    and has its type; a gold mention is found when one such correct mention covers its head.
  * pronoun links: dateline's he/she/his/her … links to a person; correct when GUM puts the pronoun in
    the chain of that person's name mentions. Recall is over GUM's gendered pronouns whose chain holds a
    named person.
Each document becomes one text: paragraphs on their own lines, sentences as GUM writes them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..analyze import analyze_articles
from ..analyze.pipeline import bare_nlp, shared_nlp
from ..ingest import article_from_text
from ..model import Analysis
from .scoring import Counts

TYPES = {"person": "person", "organization": "organisation", "place": "place"}
_SPACY = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "LOC": "place", "FAC": "place"}
_GENDERED = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}
_CLOSE = re.compile(r"(?P<id>\d+)\)")


@dataclass(frozen=True)
class GoldMention:
    start: int
    end: int
    type: str
    entity: str
    heads: tuple[tuple[int, int], ...]  # character spans of the head words
    named: bool
    text: str


@dataclass(frozen=True)
class GumDocument:
    name: str
    text: str
    mentions: tuple[GoldMention, ...]


@dataclass(frozen=True)
class MentionScore(Counts):
    """Precision over the system's mentions (correct / predicted), recall over gold's (found / gold):
    two system mentions inside one gold mention are both right, but find it once."""

    system: str
    measure: str
    found: int

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0


def read_gum(folder: Path) -> list[GumDocument]:
    return [_read(path) for path in sorted(folder.glob("*.conllu"))]


def _read(path: Path) -> GumDocument:
    text = ""
    words: list[tuple[int, int, str]] = []  # start, end, UPOS (PROPN for any NNP: "Civic" in "Civic Party")
    opened: dict[str, list[tuple[int, str, str, str]]] = {}  # entity id → stack of (first word, type, head, identity)
    spans: list[tuple[int, int, str, str, str, str]] = []  # first word, last word, type, id, head field, identity
    cursor, paragraph = 0, False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newpar"):
            paragraph = True
        elif line.startswith("# text = "):
            if text:
                text += "\n" if paragraph else " "
            paragraph = False
            cursor = len(text)
            text += line[len("# text = "):]
        elif line and not line.startswith("#"):
            cells = line.split("\t")
            if not cells[0].isdigit():
                continue  # "3-4 don't": its words follow
            found = text.find(cells[1], cursor)
            start, end = (found, found + len(cells[1])) if found >= 0 else (cursor, cursor)
            cursor = end
            index = len(words)
            words.append((start, end, "PROPN" if cells[4] in ("NNP", "NNPS") else cells[3]))
            entity = next((part[7:] for part in cells[9].split("|") if part.startswith("Entity=")), "")
            for event, entity_id, kind, head, identity in _brackets(entity):
                if event == "open":
                    opened.setdefault(entity_id, []).append((index, kind, head, identity))
                elif opened.get(entity_id):
                    first, kind, head, identity = opened[entity_id].pop()
                    spans.append((first, index, kind, entity_id, head, identity))
    mentions = []
    for first, last, kind, entity_id, head, identity in spans:
        heads = [first + int(h) - 1 for h in head.split(",") if h.isdigit() and first + int(h) - 1 <= last]
        named = bool(heads) and all(words[h][2] == "PROPN" for h in heads)
        if not named and identity:  # "Facebook creator Mark Zuckerberg": linked to a page, named by its proper nouns
            heads = [i for i in range(first, last + 1) if words[i][2] == "PROPN"]
            named = bool(heads)
        start, end = words[first][0], words[last][1]
        mentions.append(GoldMention(start, end, kind, entity_id, tuple((words[h][0], words[h][1]) for h in heads),
                                    named, text[start:end]))
    return GumDocument(path.stem, text, tuple(mentions))


def _brackets(value: str) -> Iterator[tuple[str, str, str, str, str]]:
    """("open" | "close", entity id, type, head field, identity) for "(7-person-…-cf2-5-coref", "7)",
    "(3-substance-…-1-coref-Salt)"."""
    i = 0
    while i < len(value):
        if value[i] == "(":
            j = i + 1
            while j < len(value) and value[j] not in "()":
                j += 1
            fields = value[i + 1:j].split("-", 7) + [""] * 8
            yield "open", fields[0], fields[1], fields[5], fields[7]
            if j < len(value) and value[j] == ")":
                yield "close", fields[0], "", "", ""
                j += 1
            i = j
            continue
        close = _CLOSE.match(value, i)
        if close is None:
            i += 1
            continue
        yield "close", close.group("id"), "", "", ""
        i = close.end()


def evaluate(folder: Path) -> list[MentionScore]:
    documents = read_gum(folder)
    rows = _named_rows("spaCy (bare)", documents, list(_bare_mentions(documents)))
    analyses = _analyses(documents)
    found = [(n, m.start, m.end, e.type) for n, a in enumerate(analyses) for e in a.entities for m in e.mentions
             if m.kind in ("name", "alias", "acronym") and e.type in TYPES.values()]
    rows += _named_rows("dateline", documents, found)
    rows.append(_pronoun_row(documents, analyses))
    return rows


def _bare_mentions(documents: list[GumDocument]) -> Iterator[tuple[int, int, int, str]]:
    for number, doc in enumerate(bare_nlp().pipe((d.text for d in documents), batch_size=8)):
        for ent in doc.ents:
            if ent.label_ in _SPACY:
                yield number, ent.start_char, ent.end_char, _SPACY[ent.label_]


def _analyses(documents: list[GumDocument]) -> list[Analysis]:
    articles = [article_from_text(d.text, f"gum:{d.name}") for d in documents]
    results = [r for r in analyze_articles(articles, shared_nlp(), batch_size=8) if isinstance(r, Analysis)]
    assert len(results) == len(documents)
    return results


def _named_rows(system: str, documents: list[GumDocument], found: list[tuple[int, int, int, str]]
               ) -> list[MentionScore]:
    gold_found: Counter[str] = Counter()
    gold_all: Counter[str] = Counter()
    predicted: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    hits: set[tuple[int, GoldMention]] = set()
    for number, doc in enumerate(documents):
        named = [m for m in doc.mentions if m.named and m.type in TYPES]
        for m in named:
            gold_all[TYPES[m.type]] += 1
        for n, start, end, kind in found:
            if n != number:
                continue
            predicted[kind] += 1
            match = next((m for m in named if TYPES[m.type] == kind and m.start <= start and end <= m.end
                          and any(a < end and start < b for a, b in m.heads)), None)
            if match is not None:
                correct[kind] += 1
                hits.add((number, match))
    for _, m in hits:
        gold_found[TYPES[m.type]] += 1
    rows = [MentionScore(gold_all[kind], predicted[kind], correct[kind], system, f"named {kind}", gold_found[kind])
            for kind in ("person", "organisation", "place")]
    rows.append(MentionScore(sum(gold_all.values()), sum(predicted.values()), sum(correct.values()), system,
                             "named all", sum(gold_found.values())))
    return rows


def _pronoun_row(documents: list[GumDocument], analyses: list[Analysis]) -> MentionScore:
    linked = correct = reachable = 0
    for doc, analysis in zip(documents, analyses, strict=True):
        at = {(m.start, m.end): m.entity for m in doc.mentions}
        heads = {h: m.entity for m in doc.mentions for h in m.heads}
        named_people = {m.entity for m in doc.mentions if m.named and m.type == "person"}
        reachable += sum(1 for m in doc.mentions if m.text.lower() in _GENDERED and m.entity in named_people)
        for entity in analysis.entities:
            chains = Counter(heads.get((m.start, m.end)) or _covering(doc, m.start, m.end)
                             for m in entity.mentions if m.kind in ("name", "alias"))
            chains.pop(None, None)
            if not chains:
                continue
            chain = chains.most_common(1)[0][0]
            for m in entity.mentions:
                if m.kind == "pronoun" and m.text.lower() in _GENDERED:
                    linked += 1
                    correct += at.get((m.start, m.end)) == chain
    return MentionScore(reachable, linked, correct, "dateline", "pronoun links", correct)


def _covering(doc: GumDocument, start: int, end: int) -> str | None:
    """The entity of the named gold mention whose head the span covers."""
    for m in doc.mentions:
        if m.named and m.start <= start and end <= m.end and any(a < end and start < b for a, b in m.heads):
            return m.entity
    return None

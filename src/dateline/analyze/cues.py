"""Hedges, doubt and loaded language as cues, each with its words, its lexicon entry and its voice.

A word inside a quotation is the speaker's: its ``voice`` is that quote's id, and it counts
against the speaker, not the article. A loaded word in its plain sense ("slammed the door",
"extreme weather") is not flagged: the lexicon lists the neighbours that make it literal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from ..model import Quote, Span
from .lexicon import load, rule
from .persuasion import find_spans

HEDGES = "hedges.tsv"
LOADED = "loaded.tsv"
TECHNIQUES = {"loaded": "Loaded_Language", "name_calling": "Name_Calling,Labeling",
              "exaggeration": "Exaggeration,Minimisation", "fear": "Appeal_to_fear-prejudice", "doubt": "Doubt"}
_AGENTLESS = re.compile(  # passive only: "has been accused", "was described", never the active "has said"
    r"\b(?:(?:has|have|had)\s+been|was|were|is|are|be|been|being)\s+(?:(?:also|still|now|often|long|\w+ly)\s+)?"
    r"(?P<verb>accused|criticized|criticised|blamed|described|called|labelled|labeled|branded|seen|"
    r"considered|viewed|thought|believed|said|reported|alleged|suspected|rumou?red)\b(?!\s+by\b)", re.IGNORECASE)
_IMPERSONAL = re.compile(r"\b(?:it\s+is\s+(?:widely\s+)?(?:believed|thought|said|understood|alleged|feared|reported)"
                         r"|critics\s+(?:say|said|argue|argued|claim|claimed)|some\s+(?:say|said|argue|believe)"
                         r"|many\s+(?:say|believe|fear)|observers\s+(?:say|said))\b", re.IGNORECASE)


@dataclass(frozen=True)
class Entry:
    phrase: str
    kind: str
    lexicon: str
    literal: frozenset[str]  # neighbours that show the plain sense: "slammed the door"
    needs: frozenset[str] = frozenset()  # neighbours the sense needs: "an invasion of migrants"


class CueFinder:
    def __init__(self) -> None:
        entries = [Entry(r["phrase"], r["kind"], HEDGES, _words(r.get("literal", "")), _words(r.get("needs", "")))
                   for r in load(HEDGES)]
        entries += [Entry(r["phrase"], r["kind"], LOADED, _words(r["literal"]), _words(r.get("needs", "")))
                    for r in load(LOADED)]
        self.entries = {e.phrase: e for e in entries}
        alternation = "|".join(re.escape(p) for p in sorted(self.entries, key=len, reverse=True))
        self.pattern = re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE)

    def find(self, text: str, start: int, end: int) -> list[tuple[str, Span, str, str | None]]:
        """(kind, span, rule, technique) for every cue between ``start`` and ``end``."""
        found = []
        for match in self.pattern.finditer(text, start, end):
            entry = self.entries[match.group(0).lower()]
            if entry.literal and _near(text, match.start(), match.end(), entry.literal):
                continue
            if entry.needs and not _near(text, match.start(), match.end(), entry.needs):
                continue
            if entry.phrase in _MODALS and match.group(0)[0].isupper() and not _sentence_start(text, match.start()):
                continue  # "in May": the month, not the modal
            span = Span(match.start(), match.end(), match.group(0))
            found.append((entry.kind, span, rule(entry.lexicon, entry.phrase), TECHNIQUES.get(entry.kind)))
        for match in _IMPERSONAL.finditer(text, start, end):
            span = Span(match.start(), match.end(), match.group(0))
            found.append(("agentless", span, "rule:impersonal_source", None))
        for match in _AGENTLESS.finditer(text, start, end):
            span = Span(match.start(), match.end(), match.group(0))
            found.append(("agentless", span, "rule:agentless_passive", None))
        return _one_per_place(found)


_MODALS = {"may", "might", "could"}


def _sentence_start(text: str, position: int) -> bool:
    before = text[:position].rstrip()
    return not before or before[-1] in ".!?\n“\""


def _one_per_place(found: list[tuple[str, Span, str, str | None]]) -> list[tuple[str, Span, str, str | None]]:
    """"It is believed" is one agentless cue, not two: of overlapping cues of one kind the first stays."""
    kept: list[tuple[str, Span, str, str | None]] = []
    for cue in found:
        if not any(k[0] == cue[0] and k[1].start < cue[1].end and cue[1].start < k[1].end for k in kept):
            kept.append(cue)
    return kept


def _words(cell: str) -> frozenset[str]:
    return frozenset(w for w in cell.split("|") if w)


def _near(text: str, start: int, end: int, words: frozenset[str]) -> bool:
    """One of ``words`` within two words before or three after the match."""
    before = re.findall(r"[\w'-]+", text[max(0, start - 30):start].lower())[-2:]
    after = re.findall(r"[\w'-]+", text[end:end + 30].lower())[:3]
    return any(w in words for w in before + after)


def voice(quotes: list[Quote], start: int, end: int) -> str:
    """The innermost quote whose content holds the span, or the article."""
    holders = [q for q in quotes if q.content.start <= start and end <= q.content.end]
    if not holders:
        return "article"
    return min(holders, key=lambda q: q.content.end - q.content.start).id


_KINDS = {technique: kind for kind, technique in TECHNIQUES.items()}


def learned(doc: Doc, start: int, found: list[tuple[str, Span, str, str | None]]
            ) -> list[tuple[str, Span, str, str | None]]:
    """Persuasion spans the trained model finds (its precise decoding), where no lexicon entry already
    flags the words: kind from the technique it names ("Loaded_Language" → loaded), else "persuasion"."""
    extra = []
    for span in find_spans(doc, start, precise=True):
        if any(k[1].start < span.end and span.start < k[1].end for k in found):
            continue  # the lexicon's own, narrower reading stands
        technique = span.technique
        kind = _KINDS.get(technique or "", "persuasion")
        extra.append((kind, Span(span.start, span.end, span.text), f"model:persuasion#{technique or 'span'}",
                      technique))
    return extra

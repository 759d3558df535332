"""Sentence and paragraph boundaries that the parser must respect.

The dateline ("NAIROBI, Kenya —") is not part of the first sentence, and a blank line always
ends a sentence: headlines, block quotes and pasted posts have no final full stop, and without
these boundaries the parser runs them into the next paragraph.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..model import Article, Range
from .doctext import doc_text


@Language.factory("dateline_structure", assigns=["token.is_sent_start"], requires=["doc._.article"])
def make_structure(nlp: Language, name: str) -> StructureMarker:
    return StructureMarker()


class StructureMarker:
    def __call__(self, doc: Doc) -> Doc:
        article: Article | None = doc._.article
        body_start = article.body.start if article else 0
        starts = {body_start, *paragraph_starts(doc_text(doc))}
        forced = False
        for token in doc:
            if token.idx in starts and token.i > 0:
                token.is_sent_start = True
                forced = True
                continue
            if token.i > 0 and (_after_abbreviation(token) or (forced and not token.is_space)):
                # A forced start makes the parser prone to a one-word sentence ("Lucia | Reyes, an aide …")
                token.is_sent_start = False
            forced = forced and token.is_space
        return doc


_INITIALISM = re.compile(r"^(?:[A-Z]\.){2,}$")
_TITLE_ABBREVIATIONS = {"Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.", "Col.", "Sgt.", "Capt.", "Gov.", "Sen.", "Rep.",
                        "Rev.", "Prof.", "St.", "Adm.", "Maj.", "Cpl.", "Pres.", "Supt.", "Insp.", "Amb.", "Hon."}


def _after_abbreviation(token: Token) -> bool:
    """"U.S. Secretary", "Gen. Smith": a proper noun after an abbreviation continues the sentence."""
    previous = token.nbor(-1)
    if previous.whitespace_ != " " or "\n" in previous.text_with_ws:
        return False
    abbreviation = _INITIALISM.match(previous.text) or previous.text in _TITLE_ABBREVIATIONS
    return bool(abbreviation) and token.tag_ in ("NNP", "NNPS")


def paragraph_starts(text: str) -> list[int]:
    """Offsets where a paragraph begins: after a blank line (or a line break before an indented line)."""
    starts = []
    position = 0
    for block in text.split("\n"):
        if block.strip() and (position == 0 or text[position - 1] == "\n"):
            starts.append(position + len(block) - len(block.lstrip()))
        position += len(block) + 1
    return starts


def paragraphs(text: str, start: int) -> list[Range]:
    """Non-empty lines from ``start`` on; news text puts one paragraph on a line."""
    found = []
    position = 0
    for line in text.split("\n"):
        end = position + len(line)
        if line.strip() and end > start:
            left = max(position, start)
            chunk = text[left:end]
            left += len(chunk) - len(chunk.lstrip())
            found.append(Range(left, left + len(text[left:end].rstrip())))
        position = end + 1
    return found

"""A processed Doc → the Analysis record (the JSON contract)."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc

from .. import __version__
from ..model import Analysis, Article, Range
from .doctext import doc_text
from .fingerprint import pipeline_fingerprint
from .structure import paragraphs


def to_analysis(doc: Doc) -> Analysis:
    article: Article = doc._.article
    if doc._.dateline is not None:
        article = dataclasses.replace(article, dateline=doc._.dateline)
    body = article.body
    text = doc_text(doc)
    sentences = [Range(s.start_char, s.end_char) for s in doc.sents
                 if s.end_char > body.start and not text[s.start_char:s.end_char].isspace()]
    return Analysis(
        article=article,
        paragraphs=paragraphs(text, body.start),
        sentences=[_clip(s, body.start, text) for s in sentences],
        entities=list(doc._.entities or []),
        unresolved=sorted(doc._.unresolved or [], key=lambda m: (m.start, m.end)),
        quotes=list(doc._.quotes or []),
        claims=list(doc._.claims or []),
        cues=list(doc._.cues or []),
        profile=dict(doc._.profile or {}),
        events=list(doc._.events or []),
        times=list(doc._.times or []),
        version=__version__,
        fingerprint=pipeline_fingerprint(),
    )


def _clip(sentence: Range, start: int, text: str) -> Range:
    """Sentences start no earlier than the body and end before trailing white space."""
    left = max(sentence.start, start)
    return Range(left, left + len(text[left:sentence.end].rstrip()))

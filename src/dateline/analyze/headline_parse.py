"""A headline parsed on its own.

Inside the article the small model reads a headline through the lead that follows it, and a terse
headline ("Police arrest suspect in bank robbery") comes out as one long noun phrase with no verb, so
the happening it names is lost. Parsed alone, the same words often get their verb back. The headline's
own parse replaces the in-article one only when the in-article reading has no verb at its root and the
alone reading has one; everything else keeps the article's parse.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, HEAD, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..model import Article
from .doctext import doc_text

_MAX_WORDS = 16  # longer lines are sentences, not headlines


@Language.factory("dateline_headline", assigns=["token.tag", "token.dep", "token.head"], requires=["doc._.article"])
def make_headline_parse(nlp: Language, name: str) -> HeadlineParse:
    return HeadlineParse(nlp)


class HeadlineParse:
    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        article: Article | None = doc._.article
        line = headline(doc, article.body.start if article else 0)
        if line is None or line.root.tag_.startswith("VB"):
            return doc
        alone = self.nlp.make_doc(line.text)
        if [t.text for t in alone] != [t.text for t in line]:
            return doc  # tokenised otherwise alone: no word-for-word copy
        for name in ("tok2vec", "tagger", "parser"):
            alone = self.nlp.get_pipe(name)(alone)
        roots = [t for t in alone if t.dep_ == "ROOT"]
        if len(roots) != 1 or not roots[0].tag_.startswith("VB"):
            return doc
        rows = doc.to_array([HEAD, DEP, TAG])
        for token in alone:
            row = line.start + token.i
            rows[row, 0] = numpy.array(token.head.i - token.i).astype(rows.dtype)  # heads are relative
            rows[row, 1] = token.dep
            rows[row, 2] = token.tag
        doc.from_array([HEAD, DEP, TAG], rows)  # type: ignore[arg-type]  # uint64 rows, as to_array gives
        return doc


def headline(doc: Doc, body: int) -> Span | None:
    """The body's first sentence when it is a line of its own, short and without a closing full stop."""
    text = doc_text(doc)
    first = next((t for t in doc if t.idx >= body and not t.is_space), None)
    if first is None:
        return None
    end = text.find("\n", first.idx)
    line = text[first.idx:end if end >= 0 else len(text)].strip()
    sentence = first.sent
    words = [t for t in sentence if not t.is_space]
    if not words or sentence.start != first.i or text[words[0].idx:words[-1].idx + len(words[-1])] != line:
        return None
    if line.endswith(".") or not 3 <= len(words) <= _MAX_WORDS:
        return None
    return doc[words[0].i:words[-1].i + 1]

"""A doc's text, read once: spaCy's ``Doc.text`` joins every token again on each access.

Read once per token or per quotation, that join makes a component quadratic in the article's length
(a 1,000-quotation article rebuilt its text 1,000 times), so loops read it through :func:`doc_text`.
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "dateline_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, kept in ``doc.user_data`` after the first read (a doc's text never changes)."""
    text = doc.user_data.get(_KEY)
    if not isinstance(text, str) or len(text) != _length(doc):  # a copied doc's data, not its own
        text = doc.text
        doc.user_data[_KEY] = text
    return text


def _length(doc: Doc) -> int:
    if not len(doc):
        return 0
    last = doc[-1]
    return int(last.idx) + len(last.text_with_ws)

"""spaCy's tokenizer in linear time on text with very long runs without a space.

spaCy strips prefixes and suffixes from each whitespace-free chunk one at a time, re-reading the rest
of the chunk each time: quadratic in the chunk's length (4,000 "(" or "$" take 2-4 s, 20,000 took 25 s).
A chunk of ``LONG`` characters or more is tokenized in pieces of ``PIECE`` and the tokens joined; such a
chunk is never a word, and every other part of the text is tokenized exactly as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc
from spacy.vocab import Vocab

LONG = 1000
PIECE = 64
_LONG_RUN = re.compile(rf"\S{{{LONG},}} ?")
_BACKTICK = re.compile(r"(?<=[A-Za-z])`(?=[A-Za-z])")


class LinearTokenizer:
    """Wraps ``nlp.tokenizer``: the same tokens, except long runs, cut into pieces first."""

    def __init__(self, tokenizer: Callable[[str], Doc], vocab: Vocab) -> None:
        self.tokenizer = tokenizer
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        if _BACKTICK.search(text) is not None:
            return self._apostrophes(text)
        return self._tokens(text)

    def _apostrophes(self, text: str) -> Doc:
        """ "Don`t", "it`s": a backtick typed for an apostrophe. Tokenized (and normed) as the apostrophe, so
        "n`t" is a negation; the words keep the text's own characters, so offsets and quotes are unchanged."""
        plain = self._tokens(_BACKTICK.sub("'", text))
        words = [text[t.idx:t.idx + len(t.text)] for t in plain]
        doc = Doc(self.vocab, words=words, spaces=[bool(t.whitespace_) for t in plain])
        for token, same in zip(doc, plain, strict=True):
            if token.text != same.text:
                token.norm_ = same.norm_
        return doc

    def _tokens(self, text: str) -> Doc:
        if _LONG_RUN.search(text) is None:
            return self.tokenizer(text)
        words: list[str] = []
        spaces: list[bool] = []
        position = 0
        for match in _LONG_RUN.finditer(text):
            self._add(text[position:match.start()], words, spaces)
            for piece in range(match.start(), match.end(), PIECE):
                self._add(text[piece:min(piece + PIECE, match.end())], words, spaces)
            position = match.end()
        self._add(text[position:], words, spaces)
        return Doc(self.vocab, words=words, spaces=spaces)

    def _add(self, text: str, words: list[str], spaces: list[bool]) -> None:
        if not text:
            return
        if text == " " and words and not spaces[-1]:
            spaces[-1] = True  # the space after the last piece of a run
            return
        for token in self.tokenizer(text):
            words.append(token.text)
            spaces.append(bool(token.whitespace_))

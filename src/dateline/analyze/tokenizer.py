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


class LinearTokenizer:
    """Wraps ``nlp.tokenizer``: the same tokens, except long runs, cut into pieces first."""

    def __init__(self, tokenizer: Callable[[str], Doc], vocab: Vocab) -> None:
        self.tokenizer = tokenizer
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
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

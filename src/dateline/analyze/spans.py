"""Name hygiene for the model's spans: what a name cannot start with, contain or be.

The small model's spans carry debris a reader would never call a name:
  * a leading "’s", dash or bracket, an article ("a European Space Agency"), a title suffix
    ("-Designate Mary Holt"), an honorific ("Ms Ada Berg": the name is Ada Berg; the honorific stays
    in the text, where the gender rule reads it);
  * two names in one span, across a bracket, a slash, a comma or a spaced dash after a place
    ("European Space Agency (ESA", "Lithuania - Jonas Petraitis");
  * no capital letter at all ("potential exchange", "price rises"): a common phrase, not a name;
  * a title at the end of an organisation ("Foreign Ministry Spokesperson"): the title belongs to
    the person after it;
  * a ship's or a spacecraft's name ("Space Shuttle Orion"): a thing, not an actor.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from .gazetteer import Gazetteer
from .lexicon import load

_POSSESSIVE = {"'s", "’s", "'", "’"}
ABBREVIATED_ENDS = {"jr", "sr", "inc", "co", "corp", "ltd", "bros"}
_LEADING = {"a", "an"}
_TITLE_SUFFIXES = {"designate", "elect"}
HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx."}
_SEPARATORS = {"(", ")", "[", "]", "/", ",", ";", ":", "|"}
_DASHES = {"-", "–", "—"}
# Letters after a name that are honours or professions, not names: "Mark Eze, QC", "Ann Lee MP".
POST_NOMINALS = {"QC", "KC", "SC", "MP", "MEP", "MSP", "MD", "PhD", "OBE", "MBE", "CBE", "KBE", "DBE", "Esq"}


_VEHICLES = tuple(row["word"] + " " for row in load("name_heads.tsv") if row["kind"] == "vehicle_prefix")


def is_vehicle(name: str) -> bool:
    """"Space Shuttle Orion", "HMS Ardent": a craft's name, not a person, a firm or a place."""
    return name.startswith(_VEHICLES)


def parts(span: Span, label: str, places: Gazetteer) -> Iterator[tuple[Span, str]]:
    """The names inside one model span, each with its label (a place before a spaced dash is a place)."""
    pieces: list[Span] = []
    start = span.start
    doc = span.doc
    for token in span:
        spaced_dash = token.text in _DASHES and token.i > span.start and doc[token.i - 1].whitespace_ \
            and token.whitespace_
        if token.text in _SEPARATORS or (spaced_dash and _is_place(doc[start:token.i], places)):
            if token.i > start:
                pieces.append(doc[start:token.i])
            start = token.i + 1
    if start < span.end:
        pieces.append(doc[start:span.end])
    for piece in pieces:
        trimmed = _strip(piece, label)
        if trimmed is None:
            continue
        kind = label
        if len(pieces) > 1 and _is_place(trimmed, places):
            kind = "place"
        yield trimmed, kind


def _strip(span: Span, label: str) -> Span | None:
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].text in _POSSESSIVE
                           or doc[start].lower_ in _LEADING or doc[start].lower_.lstrip("-–—") in _TITLE_SUFFIXES
                           or (label == "person" and doc[start].lower_ in HONORIFICS and end - start > 1)):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        if keeps_full_stop(span.doc, end - 1, start):
            break
        end -= 1
    if end <= start:
        return None
    text = doc[start:end].text
    if not any(ch.isupper() for ch in text):
        return None  # "potential exchange": no capital, no name
    return doc[start:end]


def keeps_full_stop(doc: Doc, i: int, start: int) -> bool:
    """"Robert Vance Sr." and "Acme Inc." keep the full stop the tokenizer split off."""
    return doc[i].text == "." and i > start and doc[i - 1].lower_ in ABBREVIATED_ENDS and not doc[i - 1].whitespace_


def _is_place(span: Span, places: Gazetteer) -> bool:
    if not len(span):
        return False
    found = places.candidates(span.text)
    return bool(found) and (found[0].kind != "city" or found[0].population >= 100_000)


def without_trailing_title(span: Span, titles: re.Pattern[str]) -> Span:
    """"Foreign Ministry Spokesperson" → "Foreign Ministry": the title names the next person's job."""
    for i in range(span.start + 1, span.end):
        rest = span.doc[i:span.end]
        if titles.fullmatch(rest.text) and span.doc[i - 1].is_title:
            return span.doc[span.start:i]
    return span


def common_word(word: str, text: str, starts: set[int], names: list[tuple[int, int]]) -> bool:
    """The article writes ``word`` in lower case more often than it capitalises it where no capital is
    forced: "Drought hit the north … the drought … a long drought" — a common noun opening
    sentences, not a name. Uses inside a longer name ("Centre for Drought Research") do not count.
    """
    if word.lower() not in text:
        return False  # the usual case, found without a pattern
    lower = len(re.findall(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text))
    if not lower:
        return False
    free = sum(1 for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)
               if m.start() not in starts and not any(a <= m.start() and m.end() <= b for a, b in names))
    return lower > free

"""Stretches of text inside quotation marks, across paragraphs when the quote runs on.

News style opens each paragraph of a long quotation with a quotation mark and closes only the
last, so an unclosed quote continues into the next paragraph that opens with one.
"""

from __future__ import annotations

import re

from ..model import Range

_OPENERS = {"“": "”", '"': '"', "«": "»", "„": "“"}
_WORK_TITLE = re.compile(r"(?i)\b(?:film|movie|book|novel|song|album|play|show|series|documentary|poem|column|"
                         r"headline|article|essay|titled|entitled|called|dubbed|named|nicknamed|so-called|"
                         r"hashtag|slogan|phrase|word|term)\s*,?\s*$")


def quoted_spans(text: str, paragraphs: list[Range]) -> list[tuple[Range, Range]]:
    """(span with marks, content without marks) for each quotation, in text order."""
    found: list[tuple[Range, Range]] = []
    pending: tuple[int, str] | None = None  # an opening mark whose paragraph ended before its close
    for paragraph in paragraphs:
        chunk = text[paragraph.start:paragraph.end]
        position = 0
        if pending is not None:
            stripped = chunk.lstrip()
            if stripped[:1] not in _OPENERS:
                pending = None  # not a running quotation after all: an unmatched mark
            else:
                position = len(chunk) - len(stripped) + 1
                close = _find_close(chunk, position, pending[1], '"')
                if close < 0:
                    continue  # the quotation runs on through this paragraph too
                end = paragraph.start + close + 1
                found.append((Range(pending[0], end), Range(pending[0] + 1, end - 1)))
                pending = None
                position = close + 1
        if "''" in chunk and not any(mark in chunk for mark in _OPENERS):
            found += _twin_apostrophes(chunk, paragraph.start)  # ''…'' as some archives typeset quotations
            continue
        while position < len(chunk):
            opener = _next_opener(chunk, position)
            if opener < 0:
                break
            mark = chunk[opener]
            close = _find_close(chunk, opener + 1, _OPENERS[mark], mark)
            if close < 0:
                pending = (paragraph.start + opener, _OPENERS[mark])
                break
            start, end = paragraph.start + opener, paragraph.start + close + 1
            found.append((Range(start, end), Range(start + 1, end - 1)))
            position = close + 1
    return found


_TWINS = re.compile(r"(?<![\w'])''(?=\S)(?P<content>.+?)(?<=\S)''(?!')")


def _twin_apostrophes(chunk: str, offset: int) -> list[tuple[Range, Range]]:
    return [(Range(offset + m.start(), offset + m.end()), Range(offset + m.start("content"), offset + m.end("content")))
            for m in _TWINS.finditer(chunk)]


def _next_opener(chunk: str, position: int) -> int:
    best = -1
    for mark in _OPENERS:
        at = chunk.find(mark, position)
        while at > 0 and mark == '"' and chunk[at - 1].isalnum():
            at = chunk.find(mark, at + 1)  # 5'11" or a closing straight quote: not an opener
        if at >= 0 and (best < 0 or at < best):
            best = at
    return best


def _find_close(chunk: str, position: int, close: str, alternative: str) -> int:
    at = chunk.find(close, position)
    if at < 0 and alternative != close:
        at = chunk.find(alternative, position)
    if close == "”":  # “… voters,’’ typeset with two apostrophes: the close is the second one
        twin = chunk.find("’’", position)
        if twin >= 0 and (at < 0 or twin < at):
            at = twin + 1
    return at


def has_quotation(words: str) -> bool:
    """Words in quotation marks: curly, straight, or the doubled apostrophes of some archives (''…'')."""
    return "“" in words or words.count('"') >= 2 or words.count("''") >= 2


def is_title(text: str, span: Range) -> bool:
    """The film “Oppenheimer”, the so-called “peace plan”: a name in quotation marks, not speech."""
    return bool(_WORK_TITLE.search(text[max(0, span.start - 40):span.start]))


def is_short(text: str, content: Range) -> bool:
    """A word or three ("productive"): speech only if a reporting verb claims it."""
    return len(text[content.start:content.end].split()) <= 3

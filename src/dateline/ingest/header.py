"""The two things a news text opens with: a ``date`` header and a wire-style dateline.

Shapes handled (the body's first line):
  ``NAIROBI, Kenya — …``                  ``WASHINGTON (Reuters) - …``
  ``LONDON, Jan. 5 (AP) — …``              ``KYIV, Ukraine, Feb 24 (Reuters) - …``
  ``SAN JUAN, Puerto Rico, 12 May 2024 (AFP) – …``   ``MOSCOW, March 3. /TASS/. …``
  ``NEW YORK, March 3, 2024 /PRNewswire/ -- …``      ``NEW DELHI: …``
  ``Dayton, Ohio, United States - …``
A sentence that merely contains a dash ("Nearly a third … - which could mean …") is not a dateline:
every comma-separated part must read as a capitalised place name. Nor is a section slug over an
all-caps headline ("ROWING - HOSTS TAKE EIGHTS TITLE"): a dateline opens a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Dateline

_HEADER = re.compile(
    r"\A\s*date:?[ \t]+(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?)[ \t]*\n?"
)
_SEPARATOR = re.compile(
    r"[ \t]+(?:—|–|--|-)[ \t]+"  # NAIROBI, Kenya —
    r"|[ \t]*[—–][ \t]*"  # GENEVA, Switzerland—
    r"|[ \t]*/([A-Za-z][\w .&-]{0,30})/\.?[ \t]+(?:(?:—|–|--|-)[ \t]+)?"  # MOSCOW, March 3. /TASS/.
    r"|:[ \t]+"  # NEW DELHI:
)
_AGENCY = re.compile(r"\s*\(([^()\n]{1,40})\)\s*$")
_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
    r"|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_DATE_PART = re.compile(
    rf"^(?:{_MONTH}\s+\d{{1,2}}\.?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?\.?|\d{{4}}\.?)$", re.IGNORECASE
)
_CONNECTORS = {"de", "da", "del", "do", "dos", "la", "le", "les", "of", "upon", "on", "el", "al", "am", "sur", "and",
               "es", "au", "aux", "en", "lès", "di", "van", "von", "der"}
_MAX_PREFIX = 90
# Kickers that open a story like a dateline does ("BREAKING: …", "UPDATE — …") but name no place.
_KICKERS = {"breaking", "update", "updated", "new", "exclusive", "watch", "live", "opinion", "analysis",
            "correction", "editor's note", "editor’s note", "urgent", "flash", "bulletin", "video", "photos"}


# Letters, advice columns and memos open with a salutation or a field name, not a place ("DEAR ABBY: …",
# "TO: …", "RE: …", "Q: …").
_SALUTATIONS = {"dear", "hi", "hello", "to", "re", "from", "subject", "q", "a", "attn", "memo", "ps", "p.s."}


@dataclass(frozen=True)
class Opening:
    """What the opening of a text says: where the body starts, the date header, the dateline."""

    header_end: int
    published: str | None
    dateline: Dateline | None
    body_start: int


def split_header(text: str) -> tuple[str | None, str]:
    """Remove a leading ``date YYYY-MM-DD`` header: it is the file's metadata, not article text."""
    match = _HEADER.match(text)
    if not match:
        return None, text
    return match.group(1), text[match.end():]


def find_dateline(text: str, start: int = 0) -> tuple[Dateline | None, int]:
    """The dateline at ``start`` (after white space) and the offset where the body sentence begins."""
    begin = start + len(text[start:]) - len(text[start:].lstrip())
    window = text[begin:begin + _MAX_PREFIX + 40].split("\n", 1)[0]
    for separator in _SEPARATOR.finditer(window):
        if separator.start() == 0 or separator.start() > _MAX_PREFIX:
            break
        prefix = window[: separator.start()]
        slash_agency = separator.group(1)
        if separator.group(0).strip().startswith(":") and not prefix.isupper():
            continue
        parsed = _parse_prefix(prefix)
        if parsed is None:
            continue
        places, date_text, agency = parsed
        body = begin + separator.end()
        rest = window[separator.end():]
        if sum(c.isalpha() for c in rest) >= 8 and not any(c.islower() for c in rest):
            return None, begin  # "SOCCER - LEADING RESULTS": a section slug over an all-caps headline

        place = _title(places[0])
        dateline = Dateline(
            start=begin,
            end=begin + len(prefix),
            text=prefix,
            place=place,
            region=", ".join(places[1:]) or None,
            agency=agency or (slash_agency.strip() if slash_agency else None),
            date_text=date_text,
        )
        return dateline, body
    return None, begin


def _parse_prefix(prefix: str) -> tuple[list[str], str | None, str | None] | None:
    agency = None
    match = _AGENCY.search(prefix)
    if match:
        agency = match.group(1).strip()
        prefix = prefix[: match.start()]
    parts = [p.strip() for p in prefix.split(",")]
    first = parts[0].split()
    if not first or parts[0].lower() in _KICKERS or first[0].lower() in _SALUTATIONS:
        return None  # "(AP) — …" names no place
    date_parts: list[str] = []
    while parts and _DATE_PART.match(parts[-1]):
        date_parts.insert(0, parts.pop())
    if not parts or len(parts) > 4 or not all(_is_place(p) for p in parts):
        return None
    title_case = not parts[0].replace(" ", "").replace(".", "").isupper()
    if title_case and len(parts) < 2 and not agency and not date_parts:
        return None  # a Title-case opening ("Evansville, Indiana -") needs more than one part of support
    return parts, (", ".join(date_parts) or None), agency


def _is_place(part: str) -> bool:
    words = part.split()
    if not 1 <= len(words) <= 5 or any(ch.isdigit() for ch in part):
        return False
    if not words[0][0].isupper():
        return False
    return all(w[0].isupper() or w.lower() in _CONNECTORS or w.lower().startswith("al-") for w in words)


def _title(place: str) -> str:
    """``PORT-AU-PRINCE`` → ``Port-au-Prince``, ``ST. LOUIS`` → ``St. Louis``; ``D.C.`` and mixed case stay."""
    if not place.replace(" ", "").replace(".", "").replace("-", "").isupper() or len(place) <= 3:
        return place
    words = []
    for word in place.split():
        if word.count(".") > 1:
            words.append(word)
            continue
        pieces = [p.lower() if p.lower() in _CONNECTORS else p.capitalize() for p in word.split("-")]
        words.append("-".join(pieces))
    return " ".join(words)


def read_opening(text: str) -> tuple[str, str | None, Dateline | None, int]:
    """Header and dateline of a plain news text: (text without header, date, dateline, body start)."""
    published, rest = split_header(text)
    dateline, body = find_dateline(rest)
    return rest, published, dateline, body

"""Lines in capitals — headlines, datelines, table headers — where the model reads words as names.

On "SOCCER - LEEDS BEAT HULL IN CUP FINAL" the small model tags "SOCCER" a place and "BEAT HULL IN" an
organisation: capitals carry no signal there. On such a line a span counts only when the article confirms
it — the same name in the body, in any case ("Leeds", "Hull"), a lexicon entry, a construction
(a results line, a dateline) — or when it is a country, a state or a big city the gazetteer knows
("VIENNA 2025-03-02", "SPAIN BEAT CHILE"). Body names are found on the line afterwards by the
recurrence rule, in their capital form.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc

from .candidates import Candidate
from .doctext import doc_text
from .gazetteer import Gazetteer, fold

_WORD = re.compile(r"[^\W\d_]+")
_CAPS_RUN = re.compile(r"(?<![\w.'’-])[A-Z][A-Z'’.-]*[A-Z](?:[ ]+[A-Z][A-Z'’.-]*[A-Z]){0,2}(?![\w'’-])")
_BIG_CITY = 100_000


class CapsLines:
    """The all-capital lines of one article, as character ranges."""

    def __init__(self, text: str) -> None:
        self.ranges: list[tuple[int, int]] = []
        offset = 0
        for line in text.split("\n"):
            words = _WORD.findall(line)
            letters = "".join(words)
            if len(letters) >= 4 and sum(ch.isupper() for ch in letters) >= 0.9 * len(letters):
                self.ranges.append((offset, offset + len(line)))
            offset += len(line) + 1
        self._starts = [s for s, _ in self.ranges]

    def __bool__(self) -> bool:
        return bool(self.ranges)

    def holds(self, start: int) -> bool:
        i = bisect.bisect_right(self._starts, start) - 1
        return i >= 0 and start < self.ranges[i][1]


def confirmed(candidates: list[Candidate], caps: CapsLines, places: Gazetteer, text: str) -> list[Candidate]:
    """Candidates off the capital lines, and those on them that the article or the gazetteer confirms.

    A country or a state is a place; so is a big city that stands alone on its line with a date
    ("VIENNA 2025-03-02"); otherwise the body's reading of the same name decides, then the gazetteer.
    """
    body: dict[str, Candidate] = {}
    for c in candidates:
        if not caps.holds(c.start):
            body.setdefault(c.key, c)
    kept = []
    for c in candidates:
        if not caps.holds(c.start) or c.fixed:
            kept.append(c)
            continue
        found = places.candidates(c.text)
        division = bool(found) and found[0].kind in ("country", "admin1")
        if division or (known_place(c.text, places) and _alone_on_line(c, text)):
            c.type, c.rule = "place", "gazetteer:capitals_line"
        elif c.key in body:
            c.type = body[c.key].type
        elif known_place(c.text, places):
            c.type, c.rule = "place", "gazetteer:capitals_line"
        else:
            continue  # "GO TOP WITH WIN": capitals, not a name
        kept.append(c)
    return kept


def _alone_on_line(c: Candidate, text: str) -> bool:
    """Nothing else on the line but numbers and punctuation: a dateline's place ("VIENNA 2025-03-02")."""
    start = text.rfind("\n", 0, c.start) + 1
    end = text.find("\n", c.end)
    rest = text[start:c.start] + text[c.end:end if end >= 0 else len(text)]
    return not _WORD.search(rest)


def places_in_capitals(doc: Doc, candidates: list[Candidate], caps: CapsLines, places: Gazetteer
                       ) -> list[Candidate]:
    """Countries, states and big cities written in capitals that the model left untagged ("ENGLAND BEAT …")."""
    text = doc_text(doc)
    taken = [(c.start, c.end) for c in candidates]
    found: list[Candidate] = []
    for start, end in caps.ranges:
        for match in _CAPS_RUN.finditer(text, start, end):
            words = [(match.start() + w.start(), match.start() + w.end()) for w in re.finditer(r"\S+", match.group(0))]
            i = 0
            while i < len(words):
                for j in range(len(words), i, -1):  # the longest known name first: "PANAMA CITY" before "PANAMA"
                    span = (words[i][0], words[j - 1][1])
                    name = text[span[0]:span[1]]
                    if len(name) > 2 and not any(a < span[1] and span[0] < b for a, b in taken) \
                            and known_place(name, places):
                        found.append(Candidate(span[0], span[1], name, "place", "gazetteer:capitals_line"))
                        taken.append(span)
                        i = j - 1
                        break
                i += 1
    return found


def known_place(name: str, places: Gazetteer) -> bool:
    """A country, a state or a city of 100,000 people, under its own name (not an alternate of a city)."""
    found = places.candidates(name)
    if not found:
        return False
    place = found[0]
    if place.kind in ("country", "admin1"):
        return True
    return place.kind == "city" and place.population >= _BIG_CITY and fold(place.name) == fold(name)

"""One mention before grouping, shared by the entity layer and the rules that retype or add mentions."""

from __future__ import annotations

from dataclasses import dataclass, field

from .identity import name_key


@dataclass
class Candidate:
    """Where a mention is, what type it reads as, and which rule found it."""

    start: int
    end: int
    text: str
    type: str
    rule: str
    kind: str = "name"
    fixed: bool = False  # a lexicon match or a telling construction: its type is not open to the vote
    link: str | None = None  # key of the entity this mention was tied to by a rule (acronyms)
    in_dateline: bool = False
    _key: str = field(default="", init=False, repr=False, compare=False)

    @property
    def key(self) -> str:
        if not self._key:  # asked for thousands of times per article; the text never changes
            self._key = name_key(self.text)
        return self._key

    def overlaps(self, other: Candidate) -> bool:
        return self.start < other.end and other.start < self.end

    def overlaps_range(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end

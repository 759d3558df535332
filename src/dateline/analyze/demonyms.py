"""Demonyms and place adjectives as references to places: "Kenyan" → Kenya, "the Sudanese border" → Sudan.

Regular forms are found by stripping an ending and looking the stem up in the gazetteer
("Syrian" → Syria, "Kenyan" → Kenya, "Lebanese" → Lebanon); irregular ones come from
``lexicons/demonyms.tsv`` ("French" → France, "Swiss" → Switzerland).
"""

from __future__ import annotations

from .gazetteer import Gazetteer, Place
from .lexicon import load, rule

DEMONYMS = "demonyms.tsv"
_ENDINGS = ("ians", "ans", "ian", "an", "is", "i", "ese", "ish", "n", "s")
_STEM_ENDS = ("", "a", "e", "o", "on", "ia")


class Demonyms:
    def __init__(self, places: Gazetteer) -> None:
        self.places = places
        self.irregular = {row["demonym"]: row["place"] for row in load(DEMONYMS)}

    def place_of(self, word: str) -> tuple[Place, str] | None:
        """The place a demonym refers to, and the rule or lexicon entry that says so."""
        if word in self.irregular:
            listed = self.places.resolve(self.irregular[word])
            return (listed[0], rule(DEMONYMS, word)) if listed else None
        if not word[:1].isupper() or len(word) < 5:
            return None
        found: list[tuple[int, int, Place, str]] = []
        for ending in _ENDINGS:
            if not word.endswith(ending) or len(word) - len(ending) < 3:
                continue
            stem = word[: -len(ending)]
            for end in _STEM_ENDS:
                candidates = [p for p in self.places.candidates(stem + end) if p.kind == "country"
                              or p.population >= 100_000]
                if candidates:
                    place = candidates[0]
                    found.append((-_shared_prefix(word, stem + end), place.kind != "country", place, stem + end))
        if not found:
            return None
        # "Nigerian" is Nigeria (shares "Nigeri"), not Niger: the longest shared stem wins, countries first
        _, _, place, name = min(found, key=lambda f: (f[0], f[1]))
        return place, f"rule:demonym_stem#{name}"


def _shared_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n

"""Corpus-wide identity keys: what makes "Robert J. Vance", "Bob Vance" and "Robert Vance" one actor.

A person's key is the given name (short forms expanded: "Tony" → "antony") and the surname,
with middle names and initials dropped; a surname alone keys as itself, for the corpus layer
(``dateline.corpus.actors``) to tie to the one full name of the corpus that ends so. A place keys
by its GeoNames id; anything else by its folded name.
"""

from __future__ import annotations

import re

from ..model import Entity
from .gazetteer import fold
from .lexicon import load

_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def name_key(name: str) -> str:
    """One key for the spellings of one name inside an article: "Kim Jong-un" / "Kim Jong Un",
    "U.N." / "UN"; folded, without hyphens, full stops and a comma before a suffix ("King, Jr.")."""
    folded = fold(name).replace("-", " ").replace(".", "").replace(",", " ")
    return " ".join(folded.split())


def split_suffix(key: str) -> tuple[str, str]:
    """"martin luther king jr" → ("martin luther king", "jr"); a key without a suffix → (key, "")."""
    words = key.split()
    if len(words) > 1 and words[-1] in NAME_SUFFIXES:
        return " ".join(words[:-1]), words[-1]
    return key, ""


def nicknames() -> dict[str, str]:
    table: dict[str, str] = {}
    for row in load("nicknames.tsv"):
        table.setdefault(row["short"], row["full"])
    return table


def identity(entity: Entity, short_forms: dict[str, str]) -> str:
    if entity.type == "place" and entity.geo is not None and entity.geo.geonameid is not None:
        return f"place:geonames:{entity.geo.geonameid}"
    name = fold(entity.name)
    if entity.type == "person":
        words = [w for w in re.findall(r"[\w'-]+\.?", name) if w not in _SUFFIXES]
        words = [w for w in words if len(w.rstrip(".")) != 1]  # "J." in "Robert J. Vance"
        if len(words) >= 2:
            first = short_forms.get(words[0], words[0])
            return f"person:{first} {words[-1]}"
        return f"person:{' '.join(words) or name}"
    if name.startswith("the "):
        name = name[4:]
    return f"{entity.type}:{name.replace('’', chr(39))}"

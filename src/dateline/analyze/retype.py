"""Entity types from what the article and the lexicons say, over the model's guess.

  lexicon      a name in organisations.tsv is an organisation, an office holder in actors.tsv a person
  name head    "Birchwood Road" is a place, "Harlow Science Center" an organisation (name_heads.tsv)
  descriptor   "the news agency Belpress", "the carmaker Vostra", "Nova Gazeta daily said"
  place        a name the gazetteer knows, where only a place fits: "flew in from Tbilisi", "the town
               of Kessomir", "Bergamo, Lombardy"
  surname      "Li" is a person when the article names "Li Wenhua" (first or last word of a full name)
Each retyped mention names the rule; lexicon and construction types are fixed (the vote does not undo them).
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span, Token

from .candidates import Candidate
from .doctext import doc_text
from .gazetteer import Gazetteer, fold
from .lexicon import load, rule

ORGANISATIONS, ACTORS, HEADS = "organisations.tsv", "actors.tsv", "name_heads.tsv"
_IN = {"in", "near", "outside", "inside", "across", "throughout", "around", "within"}
_TOWARDS = {"at", "from", "to", "into", "toward", "towards"}  # also said of people and firms: big places only
_PLACE_NOUNS = {"town", "city", "village", "province", "region", "district", "capital", "county", "state",
                "island", "port", "suburb", "municipality", "outskirts", "governorate", "prefecture"}
_BIG_CITY = 100_000


class Retyper:
    def __init__(self, places: Gazetteer) -> None:
        self.places = places
        self.organisations = {row["match"].partition(":")[2] for row in load(ORGANISATIONS)
                              if row["match"].startswith("name:")}
        self.people = {row["name"] for row in load(ACTORS)}
        words: dict[str, set[str]] = {}
        for row in load(HEADS):
            words.setdefault(row["kind"], set()).add(row["word"])
        self.place_heads, self.organisation_heads = words["place_head"], words["organisation_head"]
        self.before, self.after = words["organisation_before"], words["organisation_after"]
        nouns = "|".join(sorted(self.before, key=len, reverse=True))
        self._after_descriptor = re.compile(
            rf"(?<![\w-])(?P<noun>{nouns})\s+(?P<name>[A-Z][\w&'’-]+(?:\s+[A-Z][\w&'’-]+){{0,3}})")

    def __call__(self, doc: Doc, candidates: list[Candidate]) -> None:
        for c in candidates:
            if c.fixed:
                continue
            kind, why = self._lexicon(c) or self._head(c) or self._context(doc, c) or (None, "")
            if kind is not None:
                c.type, c.fixed, c.rule = kind, True, why

    def is_head(self, word: str) -> bool:
        """A word that ends the names of places or organisations ("Bridge", "Museum"), not of people."""
        return word in self.place_heads or word in self.organisation_heads

    def untagged(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        """Names the model missed right after a descriptor: "the state news agency Belpress reported"."""
        found: list[Candidate] = []
        for match in self._after_descriptor.finditer(doc_text(doc)):
            start, end = match.span("name")
            if any(c.overlaps_range(start, end) for c in candidates):
                continue
            noun = doc.char_span(match.start("noun"), match.end("noun"))
            span = doc.char_span(start, end)
            if noun is None or span is None or noun[0].pos_ != "NOUN" or any(t.pos_ != "PROPN" for t in span) \
                    or any(t.ent_type_ in ("DATE", "TIME") for t in span):
                continue
            found.append(Candidate(start, end, span.text, "organisation", rule(HEADS, match.group("noun")),
                                   fixed=True))
        return found

    def _lexicon(self, c: Candidate) -> tuple[str, str] | None:
        if c.text in self.organisations:
            return "organisation", rule(ORGANISATIONS, c.text)
        if c.text in self.people:
            return "person", rule(ACTORS, c.text)
        return None

    def _head(self, c: Candidate) -> tuple[str, str] | None:
        words = c.text.split()
        if c.type != "person" or len(words) < 2:
            return None
        if words[-1] in self.place_heads:
            return "place", rule(HEADS, words[-1])
        if words[-1] in self.organisation_heads:
            return "organisation", rule(HEADS, words[-1])
        return None

    def _context(self, doc: Doc, c: Candidate) -> tuple[str, str] | None:
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None:
            return None
        if c.type != "organisation":
            descriptor = self._descriptor(span)
            if descriptor:
                return "organisation", rule(HEADS, descriptor)
        if c.type != "place":
            where = self._place_construction(span, big_only=c.type == "organisation")
            if where:
                return "place", f"rule:place_context#{where}"
        return None

    def _descriptor(self, span: Span) -> str | None:
        """"the news agency Belpress", "Nova Gazeta daily said": a common noun that names what it is."""
        doc = span.doc
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.lower_ in self.before and before.pos_ == "NOUN" and before.is_lower:
            return before.lower_
        after = doc[span.end] if span.end < len(doc) else None
        if after is not None and after.lower_ in self.after and after.pos_ == "NOUN" and span.root.head is after:
            return after.lower_
        return None

    def _place_construction(self, span: Span, big_only: bool) -> str | None:
        """Only a place fits here. An organisation's name must name a big place too ("at Harvard" is a
        university, though small towns are called Harvard; "from Tbilisi" is the city)."""
        root = span.root
        head = root.head
        if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _PLACE_NOUNS:
            return f"{head.head.lower_}_of"  # "the town of Kessomir": no look-up needed
        found = self.places.candidates(span.text)
        if found and found[0].kind == "city" and fold(found[0].name) != fold(span.text):
            found = []  # a city's alternate name (a brand a town once took) is too weak to retype a firm
        if not found:
            return None
        big = found[0].kind != "city" or found[0].population >= _BIG_CITY
        if big_only and not big:
            return None
        if root.dep_ == "pobj" and (head.lower_ in _IN or (head.lower_ in _TOWARDS and big)):
            return head.lower_
        if _after_place_comma(span, self.places):
            return "after_place_comma"  # "Bergamo, Lombardy": a region after its town
        return None


def _after_place_comma(span: Span, places: Gazetteer) -> bool:
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != ",":
        return False
    before: Token = doc[span.start - 2]
    return before.is_title and bool(places.candidates(before.text)) \
        and places.candidates(span.text)[0].kind in ("country", "admin1")


def surnames_follow_full_names(candidates: list[Candidate], places: Gazetteer) -> None:
    """"Li" is a person when the article's person "Li Wenhua" starts or ends with it, whatever
    the model called the bare word; a lexicon's or a construction's type, and a country, still stand."""
    people = [c.key.split() for c in candidates if c.type == "person" and " " in c.key]
    surnames = {words[-1] for words in people}
    # "Moreau Daybook" beside "Ines Moreau" is a Moreau thing, not a person called Daybook
    full = Counter(w for words in people if words[0] not in surnames or len(people) == 1
                   for w in {words[0], words[-1]})
    for c in candidates:
        if c.fixed or c.type == "person" or " " in c.key or not full[c.key]:
            continue
        found = places.candidates(c.text)
        if found and found[0].kind in ("country", "admin1"):
            continue  # "Jordan" the country beside "Michael Jordan"
        c.type, c.rule = "person", "rule:part_of_full_name"

"""Competitors in sports reports: a city or county that plays is its club, an organisation.

Sports pages name clubs after places: "Leeds 2 Hull 1", "Hampton 287 and 112-4", a standings row
"Hartley 5 3 1 1 9 4 10", "Tulsa at Omaha" (Omaha: the venue), "Leeds beat Hull", "a victory over
Hull", "Hull's coach". In such a construction the name is a competitor: a club (organisation), unless
it names a country, whose national side goes by the country's name (a place, as CoNLL-2003 and most
style books type it);
a person's full name stays a person. Only in an article whose words show that it reports sport, so
that a weather table ("Madrid 31 Lisbon 28") or a verb like "face" in politics keeps its places.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from .candidates import Candidate
from .doctext import doc_text
from .gazetteer import Gazetteer
from .lexicon import load

SPORTS = "sports.tsv"
_WORDS: dict[str, set[str]] = {}
for _row in load(SPORTS):
    _WORDS.setdefault(_row["kind"], set()).add(_row["word"])
_TOPIC = re.compile(r"(?i)(?<![\w-])(?:" + "|".join(sorted(map(re.escape, _WORDS["topic"]), key=len, reverse=True))
                    + r")(?![\w-])")
_NAME = r"[A-Z][\w'’&-]*\.?(?:[ ]+[A-Z][\w'’&-]*\.?)*"
_NAME_RUN = re.compile(rf"(?<![\w.'’&-]){_NAME}")
_SCORE_AFTER = re.compile(r"[ ]*(?:\([^()\n]{1,40}\)[ ]*)?\d{1,3}(?:-\d{1,3})?(?=[ ,;:)]|$|\.(?!\d))")
_VERSUS = re.compile(rf"(?<![\w.'’&-])(?P<a>{_NAME})[ ]+(?:v|vs\.?|V|VS|AT)[ ]+(?P<b>{_NAME})")
_SEPARATOR = re.compile(r"[ ](?:v|vs\.?|V|VS|AT)[ ]")
_AFTER_VERSUS = re.compile(rf"(?:^|[ ])(?:v|vs\.?)[ ]+(?P<b>{_NAME})")
_INITIAL = re.compile(r"(?<![\w.])[A-Z]\.(?:[ ]|$)")
_CONNECTORS = {"and", "v", "vs", "vs.", "at", "not", "out"}
_TIES = {"over", "against", "to", "by", "with"}
_CONTEST = "rule:sports_competitor"


def is_sports_report(text: str) -> bool:
    """Three uses of at least two words of sports reporting ("league", "innings", "striker" …)."""
    seen: list[str] = []
    for match in _TOPIC.finditer(text):
        seen.append(match.group(0).lower())
        if len(seen) >= 3 and len(set(seen)) >= 2:
            return True
    return False


def competitors(doc: Doc, candidates: list[Candidate], places: Gazetteer) -> list[Candidate]:
    """The candidates with competitors retyped (and fixed), plus competitors the model left untagged."""
    text = doc_text(doc)
    if not is_sports_report(text):
        return candidates
    added: list[Candidate] = []
    for start, end, how in [*_in_tables(text), *_in_prose(doc, candidates)]:
        inside = [c for c in candidates + added if c.overlaps_range(start, end)]
        if any(c.start < start or c.end > end or c.fixed for c in inside):
            continue  # the model's span is longer ("Bristol Rovers" found as "Rovers"?) or a lexicon settled it
        name = text[start:end]
        kind = _competitor_type(name, inside, places)
        if kind is None and how == "results_line" and " " in name and any(c.type == "person" for c in inside):
            kind = "person"  # "Anders Holm 68 70": the model's "Holm" is the golfer's whole name
        if kind is None:
            continue
        for c in inside:
            if (c.start, c.end) == (start, end):
                c.type, c.fixed, c.rule = kind, kind != "person", f"{_CONTEST}#{how}"
        if not any((c.start, c.end) == (start, end) for c in inside):
            candidates[:] = [c for c in candidates if not c.overlaps_range(start, end)]
            added = [c for c in added if not c.overlaps_range(start, end)]
            added.append(Candidate(start, end, name, kind, f"{_CONTEST}#{how}", fixed=kind != "person"))
    return candidates + added


def _competitor_type(text: str, inside: list[Candidate], places: Gazetteer) -> str | None:
    if _INITIAL.search(text) or (not any(ch.islower() for ch in text) and len(text) <= 3):
        return None  # "P. Johnson 84" is a player's score; "W L PCT" a table header
    found = places.resolve(text)
    if found and found[0].kind == "country":
        return "place"  # "Spain 2 Chile 0": national sides go by the country
    if len(text.split()) > 1 and any(c.type == "person" for c in inside):
        return None  # "Tom Lehman 65 68 70": a golfer's rounds
    return "organisation"


def _in_tables(text: str) -> Iterator[tuple[int, int, str]]:
    """Names followed by a score on a line of names and numbers, and both sides of "X v Y" / "X AT Y"."""
    offset = 0
    for line in text.split("\n"):
        if _results_line(line):
            depth_at = _paren_depths(line)
            for match in _NAME_RUN.finditer(line):
                if depth_at[match.start()] == 0 and _SCORE_AFTER.match(line, match.end()):
                    yield offset + match.start(), offset + match.end(), "results_line"
        if _results_line(line, numbers=0) and _SEPARATOR.search(line):  # else _VERSUS tries every capital
            for match in _VERSUS.finditer(line):
                at = " AT " in match.group(0)
                if at and not line.isupper():
                    continue
                for side in ("a",) if at else ("a", "b"):  # "TULSA AT OMAHA": Omaha is where they play
                    yield offset + match.start(side), offset + match.end(side), "fixture"
        for match in _AFTER_VERSUS.finditer(line):
            yield offset + match.start("b"), offset + match.end("b"), "fixture"
        offset += len(line) + 1


def _results_line(line: str, numbers: int = 2) -> bool:
    """A line of names and scores: at least ``numbers`` numbers and few lower-case words (outside brackets)."""
    body = re.sub(r"\([^()]*\)", " ", line)
    words: list[str] = re.findall(r"[^\W\d_][\w'’.-]*|\d[\d.:/-]*", body)
    if len(words) < 2 or sum(w[0].isdigit() for w in words) < numbers:
        return False
    lower = sum(1 for w in words if w[0].islower() and w.lower() not in _CONNECTORS)
    return lower <= 0.2 * len(words)


def _paren_depths(line: str) -> list[int]:
    depths, depth = [], 0
    for ch in line:
        depth += ch == "("
        depths.append(depth)
        depth -= ch == ")" and depth > 0
    return [*depths, depth]


def _in_prose(doc: Doc, candidates: list[Candidate]) -> Iterator[tuple[int, int, str]]:
    """"Leeds beat Hull", "a victory over Hull", "Hull's coach", "the Hull fans", "Hull striker Ann Lee"."""
    verbs, nouns, members = _WORDS["contest_verb"], _WORDS["contest_noun"], _WORDS["member_noun"]
    for c in candidates:
        if (c.type == "person" and " " in c.text) or c.type == "group":
            continue
        span = doc.char_span(c.start, c.end, alignment_mode="expand")
        if span is None:
            continue
        how = _construction(span.root, verbs, nouns, members)
        if how:
            yield c.start, c.end, how


def _construction(root: Token, verbs: set[str], nouns: set[str], members: set[str]) -> str | None:
    head = root.head
    if root.dep_ in ("nsubj", "dobj", "conj", "npadvmod") and head.pos_ == "VERB" and head.lemma_ in verbs:
        return "contest_verb"
    if root.dep_ == "pobj" and head.lower_ in _TIES and (head.head.lemma_ in verbs or head.head.lower_ in nouns):
        return "contest_object"
    if root.dep_ == "poss" and (head.lower_ in nouns or head.lower_ in members or _is_person(head)):
        return "possessive_member"
    if root.dep_ == "compound" and head.lower_ in members:
        return "member_noun"
    return None


def _is_person(token: Token) -> bool:
    return token.ent_type_ == "PERSON"

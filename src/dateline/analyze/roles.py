"""Titles and roles: "U.S. Secretary of State Antony Blinken" is a person, a role and an affiliation.

Constructions read (each is a rule name on the Role it produces):
  rule:title_before_name   "IDF Chief of Staff Herzi Halevi", "Israel's defense minister Yoav Gallant",
                           "MWUN president Tunde Adeyemi", "Gov. Elena Marsh"
  rule:appositive_title    "Ada Obi, the foreign minister of Nigeria," / "Ada Obi, Nigeria's foreign minister,"
  rule:of_affiliation      "Foreign Minister Amara Okonkwo of Nigeria" (affiliation after the name)
  lexicon:actors.tsv#NAME  the office-holder dictionary fills an affiliation the article leaves implicit,
                           only inside the term and only when the article's own title agrees
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from ..model import Entity, Mention, Role, Span
from .lexicon import load, rule

TITLES = "titles.tsv"
ACTORS = "actors.tsv"
_NAME_WORD = r"(?:[A-Z][\w&-]*\.?|(?:[A-Z]\.){2,})"


@dataclass(frozen=True)
class TitleBook:
    """The titles lexicon compiled into the patterns that find titles around a name."""

    sectors: dict[str, tuple[str, str]]  # title (lower case) → (sector, actor type)
    before: re.Pattern[str]
    appositive: re.Pattern[str]
    possessive_appositive: re.Pattern[str]
    last_words: frozenset[str]
    mention: re.Pattern[str]  # "the prime minister" standing for a person

    @classmethod
    def load(cls) -> TitleBook:
        sectors = {row["title"]: (row["sector"], row["actor_type"]) for row in load(TITLES)}
        alternation = "|".join(re.escape(t) for t in sorted(sectors, key=len, reverse=True))
        titles = rf"(?i:{alternation})"
        affiliation = rf"{_NAME_WORD}(?:\s+(?:of\s+)?{_NAME_WORD})*?"
        before = re.compile(rf"(?:^|(?<=[\s(“\"—-]))(?:(?P<aff>{affiliation})(?:['’]s)?\s+)?(?P<title>{titles})\s+$")
        appositive = re.compile(
            rf"^,\s+(?:the|a|an)\s+(?:(?P<aff1>{affiliation})\s+)?(?P<title>{titles})"
            rf"(?:\s+(?:of|for|at|to)\s+(?:the\s+)?(?P<aff2>{affiliation}))?(?=[,.;)]|\s+(?:and|who|said|told)\b)")
        possessive = re.compile(rf"^,\s+(?P<aff>{affiliation})['’]s\s+(?P<title>{titles})(?=[,.;)]|\s)")
        last_words = frozenset(t.split()[-1] for t in sectors)
        mention = re.compile(
            r"\b[Tt]he\s+(?:(?:former|then|current|new|outgoing|incoming|acting|deputy)\s+)?"
            rf"(?P<title>{alternation})\b(?!\s+(?:of\s+)?[A-Z])(?!['’]s\s+[A-Z])")
        return cls(sectors, before, appositive, possessive, last_words, mention)

    def may_end_title(self, prefix: str) -> bool:
        """A cheap test before the costly pattern: does the text before a name end with a title word?"""
        words = prefix.rstrip().rsplit(None, 1)
        return bool(words) and words[-1].lower() in self.last_words

    def sector(self, title: str) -> tuple[str, str] | None:
        return self.sectors.get(title.lower())


_DETERMINERS = {"The", "A", "An", "By", "On", "In", "At", "With", "And", "But", "As", "For", "From", "To", "Of"}
_AFTER_OF = re.compile(rf"^\s+of\s+(?:the\s+)?(?P<aff>{_NAME_WORD}(?:\s+{_NAME_WORD})*)")


def roles_in_text(text: str, entity: Entity, book: TitleBook, sentence_starts: list[int]
                  ) -> list[tuple[Role, str | None]]:
    """Every (role, raw affiliation) the text states for this person, one per title+affiliation."""
    found: dict[tuple[str, str | None], tuple[Role, str | None]] = {}
    for mention in entity.mentions:
        if mention.kind not in ("name", "alias"):
            continue
        sentence = sentence_starts[max(bisect.bisect_right(sentence_starts, mention.start) - 1, 0)]
        for role, raw in _roles_at(text, mention, book, sentence):
            key = (role.title.lower(), (raw or "").lower() or None)
            found.setdefault(key, (role, raw))
    # one title known with and without affiliation: keep the informative one
    titled = {k[0] for k, v in found.items() if k[1]}
    return [v for k, v in found.items() if k[1] or k[0] not in titled]


def _roles_at(text: str, mention: Mention, book: TitleBook, sentence_start: int) -> list[tuple[Role, str | None]]:
    line_start = max(text.rfind("\n", 0, mention.start) + 1, mention.start - 120, sentence_start)
    prefix = text[line_start:mention.start]
    roles = []
    match = book.before.search(prefix) if book.may_end_title(prefix) else None
    if match and _ordinary_word(match.group("title"), match.group("aff")):
        match = None  # "a major Warhol donor program": a lower-case word, not a title
    if match:
        aff, title_start = _split_title(match.group("aff"), line_start + match.start("aff"),
                                        match.group("title"), line_start + match.start("title"), book)
        aff = _clean_affiliation(aff)
        start = title_start
        if aff:
            start = line_start + match.start("aff") + match.group("aff").index(aff)
        end = line_start + match.end("title")
        after = _AFTER_OF.match(text[mention.end:mention.end + 80])
        rule_name = "rule:title_before_name"
        if aff is None and after:
            aff, rule_name = after.group("aff"), "rule:of_affiliation"
            end = mention.end + after.end()
            start = title_start
        title = _title_case(text[title_start:end if rule_name != "rule:of_affiliation" else
                                 line_start + match.end("title")])
        roles.append((Role(title, aff, Span(start, max(end, start), text[start:max(end, start)]), rule_name), aff))
    tail = text[mention.end:mention.end + 160]
    for pattern in (book.appositive, book.possessive_appositive):
        after_match = pattern.match(tail)
        if after_match:
            groups = after_match.groupdict()
            aff = groups.get("aff") or groups.get("aff2") or groups.get("aff1")
            start, end = mention.end + after_match.start("title"), mention.end + after_match.end()
            if groups.get("aff") or groups.get("aff1"):
                start = mention.end + after_match.start("aff" if groups.get("aff") else "aff1")
            title = _title_case(after_match.group("title"))
            roles.append((Role(title, aff, Span(start, end, text[start:end]), "rule:appositive_title"), aff))
    return roles


def _ordinary_word(title: str, affiliation: str | None) -> bool:
    """A one-word title in lower case counts only with an affiliation ("MWUN president Tunde Adeyemi")."""
    return title.islower() and " " not in title and not affiliation


def _split_title(aff: str | None, aff_start: int, title: str, title_start: int, book: TitleBook
                 ) -> tuple[str | None, int]:
    """"Prime" + "Minister" is the title "Prime Minister", not a minister of something called Prime."""
    if not aff:
        return aff, title_start
    words = aff.split()
    for cut in range(len(words)):
        longer = " ".join(words[cut:]) + " " + title
        if book.sector(longer) is not None:
            kept = " ".join(words[:cut]) or None
            offset = aff_start + (aff.index(words[cut]) if cut < len(words) else len(aff))
            return kept, offset
    return aff, title_start


def _clean_affiliation(raw: str | None) -> str | None:
    if not raw:
        return None
    words = raw.split()
    while words and words[0] in _DETERMINERS:
        words.pop(0)
    return " ".join(words) or None


_ABBREVIATED = {"gov.": "Governor", "gen.": "General", "sen.": "Senator", "rep.": "Representative",
                "lt.": "Lieutenant", "lt. gen.": "Lieutenant General", "maj. gen.": "Major General",
                "brig. gen.": "Brigadier General", "col.": "Colonel", "lt. col.": "Lieutenant Colonel",
                "maj.": "Major", "capt.": "Captain", "sgt.": "Sergeant", "adm.": "Admiral", "prof.": "Professor",
                "dr.": "Doctor", "rev.": "Reverend"}


def _title_case(title: str) -> str:
    """"secretary of state" → "Secretary of State", "Gov." → "Governor"; "CEO" stays as written."""
    if title.lower() in _ABBREVIATED:
        return _ABBREVIATED[title.lower()]
    if title.isupper() or title[:1].isupper():
        return title
    return " ".join(w if w in ("of", "the", "and", "for") else w.capitalize() for w in title.split())


@dataclass(frozen=True)
class Term:
    name: str
    title: str
    affiliation: str
    country: str
    actor_type: str
    start: str
    end: str


def office_holders() -> list[Term]:
    return [Term(r["name"], r["title"], r["affiliation"], r["country"], r["actor_type"], r["start"], r["end"])
            for r in load(ACTORS)]


def holder_terms(entity: Entity, published: str | None, terms: list[Term]) -> list[Term]:
    """Terms of office this person held on the article's date (none when the date is unknown)."""
    if not published:
        return []
    day = published[:10]
    names = {entity.name.lower(), *(a.lower() for a in entity.aliases if " " in a)}
    return [t for t in terms if t.name.lower() in names and t.start <= day and (not t.end or day < t.end)]


def fill_from_terms(entity: Entity, terms: list[Term]) -> None:
    """Affiliation for a stated title from the dictionary; a role for a person the text gives none."""
    if not terms:
        return
    if entity.roles:
        for i, role in enumerate(entity.roles):
            match = next((t for t in terms if role.affiliation is None and _same_title(t.title, role.title)), None)
            if match:
                entity.roles[i] = replace(role, affiliation=match.affiliation, rule=rule(ACTORS, match.name))
        return
    first = next((m for m in entity.mentions if m.kind in ("name", "alias")), None)
    if first is not None:
        term = terms[0]
        entity.roles.append(Role(term.title, term.affiliation, Span(first.start, first.end, first.text),
                                 rule(ACTORS, term.name)))


def _same_title(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    return a == b or a.endswith(" " + b) or b.endswith(" " + a)

"""Titles and roles: "U.S. Secretary of Commerce Dana Reyes" is a person, a role and an affiliation.

Constructions read (each is a rule name on the Role it produces):
  rule:title_before_name   "Army Chief of Staff Omar Reyes", "Kenya's defence minister Lena Ortiz",
                           "MWUN president Tunde Adeyemi", "Gov. Elena Marsh"
  rule:appositive_title    "Ada Obi, the foreign minister of Nigeria," / "Ada Obi, Nigeria's foreign minister,"
  rule:of_affiliation      "Foreign Minister Amara Okonkwo of Nigeria" (affiliation after the name)
  rule:title_before_comma  "Acting spokesman for the embassy in Seoul, John Doe, said …" (title first, then the name)
A field before an expert's title is the title's, not an affiliation ("Korea expert Jane Doe"); a
modifier stays in the title ("Former Senator", "Acting Spokesman", "Prime Minister-designate").
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
    fronted: re.Pattern[str]  # "Acting spokesman for the embassy, " before a name in commas

    @classmethod
    def load(cls) -> TitleBook:
        sectors = {row["title"]: (row["sector"], row["actor_type"]) for row in load(TITLES)}
        alternation = "|".join(re.escape(t) for t in sorted(sectors, key=len, reverse=True))
        titles = rf"(?i:{alternation}){_TITLE_SUFFIX}"
        affiliation = rf"{_NAME_WORD}(?:\s+(?:of\s+)?{_NAME_WORD})*?"
        modifiers = rf"(?P<mod>(?:{_MODIFIER}\s+)*)"
        before = re.compile(rf"(?:^|(?<=[\s(“\"—-]))(?:(?P<aff>{affiliation})(?:['’]s)?\s+)?{modifiers}"
                            rf"(?P<title>{titles})\s+$")
        # with an article, a name may stand before the title (", the Nigerian foreign minister"); without one the
        # title comes first (", director of the institute"), so that ", California. Co-founder of …" is no role
        appositive = re.compile(
            rf"^,\s+(?:(?:the|a|an|its|their)\s+{modifiers}(?:(?P<aff1>{affiliation})\s+)?|(?P<mod0>(?:{_MODIFIER}\s+)*))"
            rf"(?P<title>{titles})"
            rf"(?:\s+(?:of|for|at|to|with)\s+(?:the\s+)?(?P<aff2>{_PHRASE}))?(?=[,.;)]|\s+(?:and|who|said|told)\b)")
        possessive = re.compile(rf"^,\s+(?P<aff>{affiliation})['’]s\s+(?P<title>{titles})(?=[,.;)]|\s)")
        fronted = re.compile(
            rf"(?:^|(?<=[.!?:]\s)|(?<=[“\"]))(?:(?:The|A|An|Our|Their|Its)\s+)?{modifiers}(?:(?P<aff1>{affiliation})"
            rf"\s+)?(?P<title>{titles})(?:\s+(?:of|for|at|to|with)\s+(?:the\s+)?(?P<aff2>{_PHRASE}))?,\s+$")
        last_words = frozenset(t.split()[-1] for t in sectors)
        mention = re.compile(
            r"\b[Tt]he\s+(?:(?:former|then|current|new|outgoing|incoming|acting|deputy)\s+)?"
            rf"(?P<title>{alternation})\b(?!\s+(?:of\s+)?[A-Z])(?!['’]s\s+[A-Z])")
        return cls(sectors, before, appositive, possessive, last_words, mention, fronted)

    def may_end_title(self, prefix: str) -> bool:
        """A cheap test before the costly pattern: does the text before a name end with a title word?"""
        words = prefix.rstrip().rsplit(None, 1)
        return bool(words) and _SUFFIX_AT_END.sub("", words[-1].lower()) in self.last_words

    def sector(self, title: str) -> tuple[str, str] | None:
        """The sector of a title, read without its modifiers and suffix ("Former Prime Minister-designate")."""
        return self.sectors.get(bare_title(title))

    def is_field(self, title: str) -> bool:
        """"expert", "specialist": titles whose preceding words are a field ("Korea expert"), not an employer."""
        found = self.sector(title)
        return found is not None and found[0] == "expertise"


# Words that qualify a title without changing the office: they stay in the title ("Former Senator").
_MODIFIER = r"(?i:former|acting|interim|outgoing|incoming|then|ex|late|retired|shadow|caretaker)"
_MODIFIER_WORDS = frozenset({"former", "acting", "interim", "outgoing", "incoming", "then", "ex", "late", "retired",
                             "shadow", "caretaker"})
_TITLE_SUFFIX = r"(?:[- ](?i:designate|elect)\b)?"
_SUFFIX_AT_END = re.compile(r"[- ](?:designate|elect)$")
_PHRASE = r"[\w][^,.;()\n]{0,60}?"  # "the embassy in Seoul", "Nigeria": up to the closing comma


def bare_title(title: str) -> str:
    """"Former Prime Minister-designate" → "prime minister"."""
    words = _SUFFIX_AT_END.sub("", title.lower()).split()
    while len(words) > 1 and words[0].rstrip("-") in _MODIFIER_WORDS:
        words.pop(0)
    return " ".join(words)


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
    if match and _ordinary_word(match.group("title"), match.group("aff"), match.group("mod")):
        match = None  # "a big museum donor scheme": a lower-case word, not a title
    if match:
        raw_aff, modifiers = _modifiers_out(match.group("aff"))
        modifiers += match.group("mod").split()
        aff, title_start = _split_title(raw_aff, line_start + match.start("aff"),
                                        match.group("title"), line_start + match.start("title"), book)
        aff = _clean_affiliation(aff)
        start = title_start
        if aff:
            start = line_start + match.start("aff") + match.group("aff").index(aff)
        elif modifiers and match.group("mod"):
            start = min(start, line_start + match.start("mod"))
        end = line_start + match.end("title")
        title = text[title_start:line_start + match.end("title")]
        if aff and book.is_field(match.group("title")):
            title, aff = f"{aff} {title}", None  # "Korea expert Jane Doe": a field, not an employer
        after = _AFTER_OF.match(text[mention.end:mention.end + 80])
        rule_name = "rule:title_before_name"
        if aff is None and after:
            aff, rule_name = after.group("aff"), "rule:of_affiliation"
            end = mention.end + after.end()
        title = _with_modifiers(modifiers, _title_case(title))
        roles.append((Role(title, aff, Span(start, max(end, start), text[start:max(end, start)]), rule_name), aff))
    tail = text[mention.end:mention.end + 160]
    for pattern in (book.appositive, book.possessive_appositive):
        after_match = pattern.match(tail)
        if after_match:
            roles.append(_apposed(text, mention.end, after_match, "rule:appositive_title", book))
    if tail.startswith(","):
        fronted = book.fronted.search(prefix)
        if fronted:
            roles.append(_apposed(text, line_start, fronted, "rule:title_before_comma", book))
    return roles


def _apposed(text: str, offset: int, match: re.Match[str], rule_name: str, book: TitleBook
             ) -> tuple[Role, str | None]:
    """A role from a title set off by commas, after the name or before it."""
    groups = match.groupdict()
    aff = _clean_affiliation(groups.get("aff") or groups.get("aff2") or groups.get("aff1"))
    first = next((g for g in ("mod", "mod0", "aff", "aff1") if groups.get(g)), "title")
    start = offset + match.start(first)
    end = offset + match.end("aff2") if groups.get("aff2") else offset + match.end("title")
    title = match.group("title")
    if aff and groups.get("aff1") and book.is_field(title):
        title, aff = f"{aff} {title}", None
    title = _with_modifiers((groups.get("mod") or groups.get("mod0") or "").split(), _title_case(title))
    return Role(title, aff, Span(start, end, text[start:end]), rule_name), aff


def _modifiers_out(aff: str | None) -> tuple[str | None, list[str]]:
    """"Former" in "Former senator", "Acting" in "U.S. Acting Secretary" are the title's, not the affiliation."""
    if not aff:
        return aff, []
    words = aff.split()
    modifiers = [w for w in words if w.lower().rstrip("-") in _MODIFIER_WORDS]
    if not modifiers:
        return aff, []
    kept = [w for w in words if w.lower().rstrip("-") not in _MODIFIER_WORDS]
    return " ".join(kept) or None, modifiers


def _with_modifiers(modifiers: list[str], title: str) -> str:
    return " ".join([*(m.capitalize() for m in modifiers), title])


def _ordinary_word(title: str, affiliation: str | None, modifiers: str | None = None) -> bool:
    """A one-word title in lower case counts only with an affiliation ("MWUN president Tunde Adeyemi")
    or a modifier ("former senator Robert Vance")."""
    return title.islower() and " " not in title and not affiliation and not modifiers


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
    while words and (words[0] in _DETERMINERS or words[0] == "the"):
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
    return " ".join(w if w in ("of", "the", "and", "for", "at", "to", "in") else w.capitalize() for w in title.split())


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
    current = [t for t in terms if t.start <= day and (not t.end or day < t.end)]
    named = [t for t in current if t.name.lower() in names]
    if named or " " in entity.name.strip():
        return named
    # "President Vance" with no first name: the one holder of that office in office that day with that surname
    titled = [t for t in current if t.name.lower().split()[-1] == entity.name.lower()
              and any(_same_title(t.title, role.title) for role in entity.roles)]
    return titled if len(titled) == 1 else []


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

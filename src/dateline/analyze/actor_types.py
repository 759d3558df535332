"""PLOVER/CAMEO actor types and countries for people and organisations, each from stated evidence.

A person's type comes from the sector of their title (a defence minister is GOV, a chief of
staff MIL); a generic title ("leader", "head") takes the type of what it leads ("Hamas leader"
→ REB). An organisation's type comes from ``lexicons/organisations.tsv``: its whole name, the
head word of its name ("… Ministry", "… Forces"), or a telling phrase inside it.
"""

from __future__ import annotations

from ..model import Entity
from .demonyms import Demonyms
from .gazetteer import Gazetteer
from .lexicon import load
from .roles import Term, TitleBook

ORGANISATIONS = "organisations.tsv"


class ActorTyper:
    def __init__(self, book: TitleBook, places: Gazetteer, demonyms: Demonyms) -> None:
        self.book, self.places, self.demonyms = book, places, demonyms
        self.names: dict[str, tuple[str, str]] = {}
        self.heads: dict[str, tuple[str, str]] = {}
        self.phrases: list[tuple[str, tuple[str, str]]] = []
        for row in load(ORGANISATIONS):
            kind, _, value = row["match"].partition(":")
            entry = (row["actor_type"], row["country"])
            if kind == "name":
                self.names[value] = entry
            elif kind == "head":
                self.heads[value] = entry
            else:
                self.phrases.append((value, entry))

    def organisation(self, entity: Entity) -> None:
        entry = None
        for name in (entity.name, *entity.aliases):
            entry = entry or self.names.get(name)
        words = entity.name.split()
        if entry is None and words:
            entry = self.heads.get(words[-1])
        if entry is None:
            entry = next((e for phrase, e in self.phrases if phrase in entity.name), None)
        if entry is not None:
            entity.actor_type = entity.actor_type or entry[0]
            entity.country_code = entity.country_code or entry[1] or None
        if entity.country_code is None:
            entity.country_code = self.country_in_name(entity.name)

    def country_in_name(self, name: str) -> str | None:
        """"Kenya Defence Forces" → KE, "Nigerian Ports Authority" → NG: a country word inside the name."""
        for word in name.replace("’s", "").replace("'s", "").split():
            if not word[:1].isupper():
                continue
            found = self.places.resolve(word)
            if found and found[0].kind == "country":
                return found[0].country_code
            demonym = self.demonyms.place_of(word)
            if demonym and demonym[0].kind == "country":
                return demonym[0].country_code
        return None

    def is_organisation_name(self, name: str) -> bool:
        """"Rhein Motors", "Ministry of Health": a head word only organisations have."""
        words = name.split()
        return bool(words) and (words[-1] in self.heads or name in self.names)

    def person(self, entity: Entity, by_name: dict[str, Entity], terms: list[Term]) -> None:
        """The type of what a person works for wins over the title's sector: a WHO spokesperson is IGO."""
        for role in entity.roles:
            sector = self.book.sector(role.title) or self.book.sector(role.title.split()[-1])
            affiliated = by_name.get(role.affiliation or "")
            if affiliated is not None and affiliated.type == "organisation" and affiliated.actor_type:
                entity.actor_type = entity.actor_type or affiliated.actor_type
            elif sector is not None and sector[0] != "party":
                entity.actor_type = entity.actor_type or sector[1]
            if affiliated is not None and affiliated.country_code:
                entity.country_code = entity.country_code or affiliated.country_code
            elif role.affiliation:
                entity.country_code = entity.country_code or self.country_in_name(role.affiliation)
        for term in terms:
            entity.actor_type = entity.actor_type or term.actor_type or None
            entity.country_code = entity.country_code or term.country or None

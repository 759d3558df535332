"""The actors component: turns the entity list into actors with roles, all their mentions and types.

Runs after ``dateline_entities``; see roles.py, coreference.py, demonyms.py and actor_types.py
for the constructions each step reads.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..model import Article, Entity, Mention, Role
from .actor_types import ActorTyper
from .coreference import governments, initialisms, offices, pronouns, title_mentions
from .demonyms import Demonyms
from .doctext import doc_text
from .gazetteer import Gazetteer, gazetteer
from .identity import identity, nicknames
from .people_book import people_book
from .roles import Term, TitleBook, fill_from_terms, holder_terms, office_holders, roles_in_text

# CAMEO sectors a person's dictionary code may give as the actor type (ELI, "elite", is a former office).
_CAMEO_SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "OPP", "REB", "INS", "PTY", "BUS", "MED", "EDU", "HLH",
                  "LAB", "AGR", "CVL", "REF", "REL", "HRI"}


@Language.factory("dateline_actors", assigns=["doc._.entities"], requires=["doc._.entities", "doc._.article"])
def make_actors(nlp: Language, name: str) -> ActorResolver:
    return ActorResolver(gazetteer())


class ActorResolver:
    def __init__(self, places: Gazetteer) -> None:
        self.places = places
        self.book = TitleBook.load()
        self.terms = office_holders()
        self.demonyms = Demonyms(places)
        self.typer = ActorTyper(self.book, places, self.demonyms)
        self.short_forms = nicknames()

    def __call__(self, doc: Doc) -> Doc:
        article: Article | None = doc._.article
        published = article.published if article else None
        text = doc_text(doc)
        entities: list[Entity] = list(doc._.entities or [])
        for entity in entities:
            if entity.type == "person" and self.typer.is_organisation_name(entity.name):
                entity.type = "organisation"  # "Rhein Motors" read as a person by the model
        people = [e for e in entities if e.type == "person"]
        fresh = iter(f"new{n}" for n in range(1_000_000))

        for entity in governments(text, people):
            entity.id = next(fresh)
            entities.append(entity)
        sentence_starts = [s.start_char for s in doc.sents]
        terms: dict[str, list[Term]] = {}
        for person in people:
            stated = [self._affiliation(role, raw, entities)
                      for role, raw in roles_in_text(text, person, self.book, sentence_starts)]
            person.roles = list({(r.title.lower(), r.affiliation): r for r in reversed(stated)}.values())[::-1]
            terms[person.id] = holder_terms(person, published, self.terms)  # after the roles: a title picks a holder
            fill_from_terms(person, terms[person.id])
        _employers_are_organisations(people, entities)
        people = [e for e in people if e.type == "person"]
        holders = _unique_holders(people)
        for entity in offices(text, people, holders):
            entity.id = next(fresh)
            entities.append(entity)
        taken = [(m.start, m.end) for e in entities for m in e.mentions]
        taken += [(r.span.start, r.span.end) for p in people for r in p.roles if r.rule.startswith("rule:")]
        unresolved: list[Mention] = list(doc._.unresolved or [])
        title_mentions(text, people, self.book.mention, taken, unresolved)
        initialisms(text, [e for e in entities if e.type == "organisation"], taken)
        self._demonyms(doc, entities, taken, fresh)
        pronouns(_pronoun_tokens(doc), people, sentence_starts, unresolved, text, _speech_subjects(doc, people))
        doc._.unresolved = unresolved
        by_name = {name: e for e in entities for name in (e.name, *e.aliases)}
        for entity in entities:
            if entity.type == "organisation":
                self.typer.organisation(entity)
            elif entity.type == "group" and entity.actor_type is None:
                entity.actor_type = "CVL"
        countries = {e.country_code for e in entities if e.type != "person" and e.country_code}
        for person in people:
            self.typer.person(person, by_name, terms[person.id])
            if person.country_code is None:
                self._known_person(person, published, countries)
        owners = {e.id: e for e in entities}
        for entity in entities:
            owner = owners.get(entity.belongs_to or "")
            if owner is not None and entity.country_code is None:
                entity.country_code = owner.country_code  # the Ruto administration is Kenyan
        kept = [e for e in entities if e.mentions]
        for entity in kept:
            entity.identity = identity(entity, self.short_forms)
        doc._.entities = _renumber(kept)
        return doc

    def _known_person(self, person: Entity, published: str | None, countries: set[str]) -> None:
        """Country and sector from the actor dictionary for someone the article names but does not place:
        "Putin said …" in a story that never says Russian. Someone the coders knew by one name only is
        taken only where the article names their country: a namesake of a minister is likelier."""
        names = [person.name, *(a for a in person.aliases if " " in a)]
        names += [f"{role.title} {person.name}" for role in person.roles]
        found = people_book().identify(names, published[:10] if published else None)
        if found is None or not (found.prominent or found.country in countries):
            return
        person.country_code = found.country
        if person.actor_type is None and found.sector in _CAMEO_SECTORS:
            person.actor_type = found.sector
        person.rule = f"{person.rule};{found.rule}" if person.rule else found.rule

    def _affiliation(self, role: Role, raw: str | None, entities: list[Entity]) -> Role:
        """The affiliation as the actor it names: "KDF" → Kenya Defence Forces, "U.S." → United States."""
        if not raw:
            return role
        for entity in entities:
            if raw == entity.name or raw in entity.aliases:
                if entity.type == "place" and entity.geo and entity.geo.country:
                    return dataclasses.replace(role, affiliation=entity.geo.country)
                return dataclasses.replace(role, affiliation=entity.name)
        found = self.places.resolve(raw)
        if found and found[0].kind == "country":
            return dataclasses.replace(role, affiliation=self.places.country_name(found[0].country_code))
        demonym = self.demonyms.place_of(raw)
        if demonym:
            return dataclasses.replace(role, affiliation=self.places.country_name(demonym[0].country_code))
        return role

    def _demonyms(self, doc: Doc, entities: list[Entity], taken: list[tuple[int, int]], fresh: Iterator[str]) -> None:
        """Adjectives like "Israeli" become mentions of their place; groups ("Palestinians") get a country."""
        for group in (e for e in entities if e.type == "group"):
            found = self.demonyms.place_of(group.name)
            if found:
                group.country_code = found[0].country_code
        places = {e.geo.geonameid: e for e in entities if e.type == "place" and e.geo and e.geo.geonameid}
        for token in doc:
            start, end = token.idx, token.idx + len(token.text)
            if not _adjectival(token) or any(a < end and start < b for a, b in taken):
                continue
            found = self.demonyms.place_of(token.text)
            if not found:
                continue
            place, evidence = found
            entity = places.get(place.geonameid or -1)
            if entity is None:
                entity = Entity(id=next(fresh), name=place.name if place.name.isascii() else token.text,
                                type="place", rule=evidence, geo=self.places.geo(place.name),
                                country_code=place.country_code)
                entities.append(entity)
                places[place.geonameid or -1] = entity
            entity.mentions.append(Mention(start, end, token.text, "demonym", evidence))
            taken.append((start, end))


def _employers_are_organisations(people: list[Entity], entities: list[Entity]) -> None:
    """"editor at the Harbour Ledger", "Norvik spokesman Ada Lund": an affiliation the gazetteer
    does not know as a place, or a one-word "person" the article names only there, is an organisation."""
    employers = {r.affiliation for p in people for r in p.roles if r.affiliation and r.rule.startswith("rule:")}
    for entity in entities:
        unknown_place = entity.type == "place" and entity.geo is None
        named_only_here = entity.type == "person" and " " not in entity.name and len(entity.mentions) == 1 \
            and not entity.roles
        if entity.name in employers and (unknown_place or named_only_here):
            entity.type = "organisation"


def _adjectival(token: Token) -> bool:
    return token.text[:1].isupper() and (token.tag_ == "JJ" or token.dep_ in ("amod", "compound")) and token.i > 0 \
        and token.ent_type_ in ("NORP", "GPE", "")


_SPEECH_VERBS = {"say", "tell", "add", "insist", "claim", "announce", "confirm", "deny", "state", "explain", "argue",
                 "warn", "write", "recall", "acknowledge", "admit", "believe", "think", "complain"}


def _pronoun_tokens(doc: Doc) -> list[tuple[int, int, str, int, int | None]]:
    """(start, end, text, sentence number, start of the subject of the speech verb it depends on)."""
    sentence_of = {}
    for number, sentence in enumerate(doc.sents):
        for token in sentence:
            sentence_of[token.i] = number
    return [(t.idx, t.idx + len(t.text), t.text, sentence_of[t.i], _speaker_subject(t)) for t in doc
            if t.pos_ == "PRON"]


def _speech_subjects(doc: Doc, people: list[Entity]) -> frozenset[int]:
    """Where a person's mention is the subject of a speech verb ("Lind said"): whoever is quoted there."""
    found = set()
    for person in people:
        for mention in person.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None and span.root.dep_ == "nsubj" and span.root.head.lemma_ in _SPEECH_VERBS:
                found.add(mention.start)
    return frozenset(found)


def _speaker_subject(token: Token) -> int | None:
    """"Reyes said she had been sidelined": the subject of the speech verb above the pronoun."""
    for ancestor in token.ancestors:
        if ancestor.lemma_ in _SPEECH_VERBS:
            subjects = [c for c in ancestor.children if c.dep_ == "nsubj" and c.i != token.i]
            return subjects[0].idx if subjects else None
    return None


def _unique_holders(people: list[Entity]) -> dict[str, Entity]:
    """Title → person, for titles exactly one person holds in the article."""
    count: Counter[str] = Counter()
    holder: dict[str, Entity] = {}
    for person in people:
        for title in {r.title.lower() for r in person.roles}:
            count[title] += 1
            holder[title] = person
    return {t: p for t, p in holder.items() if count[t] == 1}


def _renumber(entities: list[Entity]) -> list[Entity]:
    """Ids by first mention (e1, e2, …), mentions in text order, references rewritten."""
    for entity in entities:
        entity.mentions.sort(key=lambda m: (m.start, m.end))
    entities.sort(key=lambda e: (e.mentions[0].start, e.name))
    new_ids = {e.id: f"e{n}" for n, e in enumerate(entities, start=1)}
    for entity in entities:
        entity.id = new_ids[entity.id]
    for entity in entities:
        if entity.belongs_to:
            entity.belongs_to = new_ids.get(entity.belongs_to)
    return entities

"""Places read against their article: the dateline's country first, then every place name in the story.

Two components. ``dateline_places`` (first in the pipeline) resolves the dateline to a country.
``dateline_geocode`` (after the entities) resolves every place entity with what the whole article
says — the dateline's country and state, the countries and states it names, "Paris, Texas" — so
that "Washington" in a London story is still the American capital and "Jordan" beside "U.S." is
still the country. A place name inside a longer proper name ("Washington Post", "Six-Day War") is
not a place.

For events: :func:`event_place` gives the place of a place entity, :func:`dateline_place` the
dateline's (with its entity id); a clause's own place mention should win over the dateline.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Article, Dateline, Entity, EventActor, Mention
from .doctext import doc_text
from .gazetteer import Gazetteer, Place, PlaceContext, Ranked, fold, gazetteer
from .lexicon import load

_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                 "hundred", "thousand", "first", "second", "third", "fourth", "fifth", "half", "multi", "all"}
_CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
             "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
_NEXT_WORD = re.compile(r" ([A-Z][\w.'’-]*)")
_DIVISION_AFTER = re.compile(r" (province|state|region|governorate|oblast|district|county|prefecture|department|"
                             r"municipality)\b", re.IGNORECASE)
_PUT_IN = re.compile(r",\s+")


@Language.factory("dateline_places", assigns=["doc._.dateline"], requires=["doc._.article"])
def make_places(nlp: Language, name: str) -> DatelineResolver:
    return DatelineResolver(gazetteer())


@Language.factory("dateline_geocode", assigns=["doc._.entities"], requires=["doc._.entities", "doc._.dateline"])
def make_geocode(nlp: Language, name: str) -> Geocoder:
    return Geocoder(gazetteer())


class DatelineResolver:
    def __init__(self, places: Gazetteer) -> None:
        self.places = places

    def __call__(self, doc: Doc) -> Doc:
        article: Article | None = doc._.article
        doc._.dateline = self.resolve(article.dateline) if article and article.dateline else None
        return doc

    def resolve(self, dateline: Dateline) -> Dateline:
        """Country from the region part when it names one ("Calif." → US), else from the place itself."""
        region = dateline_region(self.places, dateline)
        country_code = region.country_code if region else None
        place = dateline.place
        if place:
            context = PlaceContext(dateline_country=country_code)
            ranked = self.places.rank(place, context, within=[region] if region else [], city_first=True)
            if ranked and (country_code is None or ranked[0].place.country_code == country_code):
                country_code = ranked[0].place.country_code
                if ranked[0].place.kind == "city" and ranked[0].place.name.isascii():
                    place = ranked[0].place.name
        return dataclasses.replace(dateline, place=place, country=self.places.country_name(country_code),
                                   country_code=country_code)


def dateline_region(places: Gazetteer, dateline: Dateline) -> Place | None:
    """The state or country a dateline's region part names ("Calif.", "Indiana, United States")."""
    for part in reversed((dateline.region or "").split(",")):
        found = places.rank(part.strip()) if part.strip() else []
        if found and found[0].place.kind in ("country", "admin1", "region"):
            return found[0].place
    return None


class Geocoder:
    """Every place entity resolved against its article (after the entities, before the actors read them)."""

    def __init__(self, places: Gazetteer) -> None:
        self.places = places

    def __call__(self, doc: Doc) -> Doc:
        entities: list[Entity] = list(doc._.entities or [])
        if any(e.type == "place" for e in entities):
            ArticlePlaces(self.places, doc_text(doc), entities, doc._.dateline).geocode()
        return doc


class ArticlePlaces:
    """One article's evidence about where it is, built once; asked for each place mention."""

    def __init__(self, places: Gazetteer, text: str, entities: Sequence[Entity], dateline: Dateline | None) -> None:
        self.places = places
        self.text = text
        self.entities = entities
        self.dateline = dateline
        self.titles = _title_words()
        starts = sorted(((m.start, m.end, e) for e in entities for m in e.mentions), key=lambda item: item[:2])
        self._starts = [s for s, _, _ in starts]
        self._mentions = starts
        self.region = dateline_region(places, dateline) if dateline else None
        self._own: dict[str, tuple[str, str | None, int]] = {}  # entity id → the anchor its own mentions gave
        self.context = self._context()

    # -- the article's context ----------------------------------------------------------------------------

    def _context(self) -> PlaceContext:
        countries: Counter[str] = Counter()
        states: Counter[tuple[str, str]] = Counter()
        for entity in self.entities:
            if entity.type != "place":
                continue
            count = sum(1 for m in entity.mentions if not self.inside_longer_name(m.start, m.end))
            anchor = self._anchor(entity.name)
            if anchor is None or not count:
                continue
            code, state = anchor
            self._own[entity.id] = (code, state, count)
            countries[code] += count
            if state is not None:
                states[(code, state)] += count
        dateline_country = self.dateline.country_code if self.dateline else None
        return PlaceContext(dateline_country, self._dateline_state(), countries, states)

    def _anchor(self, name: str) -> tuple[str, str | None] | None:
        """(country, state) a name fixes on its own: a country, a state, or a place only one country has.

        Read without the article's context (which it feeds): "Texas" fixes Texas, "Washington" nothing.
        """
        ranked = self.places.rank(name)
        if not ranked:
            return None
        top = ranked[0].place
        if top.kind == "country":
            return top.country_code, None
        if top.kind == "admin1" and not self.places.holds_most_of_country(top):
            return top.country_code, top.admin1_code
        if len({r.place.country_code for r in ranked}) == 1:
            return top.country_code, None
        return None

    def _dateline_state(self) -> tuple[str, str] | None:
        """The state of the dateline ("Calif.", or the dateline city's), unless it is most of its country."""
        state: Place | None = None
        if self.region is not None and self.region.kind == "admin1":
            state = self.region
        elif self.dateline is not None and self.dateline.place:
            ranked = self.places.rank(self.dateline.place, PlaceContext(self.dateline.country_code),
                                      within=[self.region] if self.region else [], city_first=True)
            place = ranked[0].place if ranked else None
            if place and place.admin1_code and place.country_code == self.dateline.country_code:
                state = self.places.state(place.country_code, place.admin1_code)
        if state is None or self.places.holds_most_of_country(state):
            return None
        return state.country_code, state.admin1_code or ""

    # -- one mention ----------------------------------------------------------------------------------------

    def resolve(self, name: str, start: int, end: int, in_dateline: bool = False,
                context: PlaceContext | None = None, whole_name: bool = True) -> Ranked | None:
        """The place a name written at ``text[start:end]`` most likely is, with the reason.

        ``whole_name=False`` resolves the words even inside a longer name ("Texas" of "Texas Rangers").
        """
        if whole_name and self.inside_longer_name(start, end):
            return None
        context = context or self.context
        within = self._put_in(end) + ([self.region] if in_dateline and self.region else [])
        division = _DIVISION_AFTER.match(self.text, end)
        if division:  # "the Afrin district", "Idlib province": the word after the name says what it is
            ranked = self.places.rank(f"{name} {division.group(1)}", context, within=within)
            if ranked:
                return ranked[0]
        ranked = self.places.rank(name, context, within=within, city_first=in_dateline)
        return ranked[0] if ranked else None

    def inside_longer_name(self, start: int, end: int) -> bool:
        """"Six-Day War", "Washington Post": the name is part of a longer proper name, not a place.

        A number joined by a hyphen before it, or a capitalised word right after it that is not a
        title ("Texas Governor"), a weekday or month ("in Gaza Thursday"), a division word, the
        start of another name, or the rest of a longer place name ("Gaza Strip"). Headlines in
        title case say nothing this way.
        """
        text = self.text
        if start > 1 and text[start - 1] == "-":
            before = re.search(r"(\w+)$", text[max(0, start - 30):start - 1])
            if before and (before.group(1).isdigit() or before.group(1).lower() in _NUMBER_WORDS):
                return True
        match = _NEXT_WORD.match(text, end)
        if match is None or self._headline(start):
            return False
        word = match.group(1).rstrip(".,'’")
        if {word.lower(), f"{word.lower()}."} & self.titles or word.lower() in _CALENDAR \
                or _DIVISION_AFTER.match(text, end):
            return False
        if self._mention_at(match.start(1)) is not None:
            return False
        return not self.places.candidates(f"{text[start:end]} {word}")

    def _put_in(self, end: int) -> list[Place]:
        """"Paris, Texas", "Jordan, Minn.": the state or country the text puts a place in, as candidates."""
        match = _PUT_IN.match(self.text, end)
        if match is None:
            return []
        entity = self._mention_at(match.end())
        if entity is None or entity.type != "place":
            return []
        name = next(m.text for m in entity.mentions if m.start == match.end())
        found, _ = self.places.lookup(name)
        return [p for p, _ in found if p.kind in ("country", "admin1", "admin2")]

    def _mention_at(self, offset: int) -> Entity | None:
        i = bisect.bisect_left(self._starts, offset)
        return self._mentions[i][2] if i < len(self._starts) and self._starts[i] == offset else None

    def _headline(self, offset: int) -> bool:
        """A line in title case ("Floods Hit Manila Suburbs After Storm"): its capitals mark no names."""
        line_start = self.text.rfind("\n", 0, offset) + 1
        line_end = self.text.find("\n", offset)
        words = re.findall(r"[A-Za-z][\w'’-]*", self.text[line_start:line_end if line_end >= 0 else len(self.text)])
        long_words = [w for w in words[1:] if len(w) > 3 and w.lower() not in _CALENDAR]
        return len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)

    # -- every place entity ----------------------------------------------------------------------------------

    def geocode(self) -> None:
        """Resolve every place entity; one whose every mention sits inside a longer name stops being a place."""
        for entity in self.entities:
            if entity.type != "place":
                continue
            mentions = [m for m in entity.mentions if not self.inside_longer_name(m.start, m.end)]
            if not mentions:
                entity.type, entity.geo, entity.country_code = "other", None, None
                entity.rule = f"{entity.rule or ''};rule:inside_longer_name".lstrip(";")
                continue
            best = self._best(entity, mentions)
            if best is not None:  # else the gazetteer does not know the name ("Eiffel Tower"): leave it
                entity.geo = self.places.to_geo(best)
                entity.country_code = best.place.country_code

    def _best(self, entity: Entity, mentions: list[Mention]) -> Ranked | None:
        """The mention the text says most about decides ("Paris, Texas" over a later bare "Paris").

        The entity's own mentions are left out of the context it is read against: "Perth" is no
        evidence that Perth is in Australia.
        """
        context = self._without(entity.id)
        results = []
        for m in mentions:
            ranked = self.resolve(m.text, m.start, m.end, self._in_dateline(m), context)
            if ranked is not None:
                results.append(ranked)
        named = self.places.rank(entity.name, context)
        if named:
            results.append(named[0])
        return max(results, key=lambda r: r.score) if results else None

    def _in_dateline(self, mention: Mention) -> bool:
        return self.dateline is not None and self.dateline.start <= mention.start < self.dateline.end

    def _without(self, entity_id: str) -> PlaceContext:
        own = self._own.get(entity_id)
        if own is None:
            return self.context
        code, state, count = own
        countries = Counter(self.context.countries)
        countries[code] -= count
        states = Counter(self.context.states)
        if state is not None:
            states[(code, state)] -= count
        return dataclasses.replace(self.context, countries=+countries, states=+states)


def event_place(entity: Entity | None) -> EventActor | None:
    """A place entity as an event's place: its name, id and resolved country (``None`` if not a place)."""
    if entity is None or entity.type != "place":
        return None
    return EventActor(entity.name, entity.id, entity.country_code)


def dateline_place(dateline: Dateline | None, entities: Iterable[Entity]) -> EventActor | None:
    """The dateline's place, tied to its entity when the dateline's words are one's mention."""
    if dateline is None or not dateline.place:
        return None
    for entity in entities:
        if entity.type == "place" and any(dateline.start <= m.start < dateline.end
                                          and fold(m.text) == fold(dateline.place) for m in entity.mentions):
            return EventActor(entity.name, entity.id, entity.country_code or dateline.country_code)
    return EventActor(dateline.place, None, dateline.country_code)


@functools.cache
def _title_words() -> frozenset[str]:
    """Single words of the titles lexicon ("governor", "mayor", "gov."): "Texas Governor" is no longer name."""
    return frozenset(w for row in load("titles.tsv") for w in row["title"].lower().split())

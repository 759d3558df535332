"""Offline place look-up and ranking over a compact GeoNames index (``geodata/places.tsv.gz``).

The index holds countries, first- and second-level divisions (states, provinces, governorates;
districts, counties) and every place of at least 1,000 people, with GeoNames ids, coordinates and
populations (built by ``python -m dateline.training.gazetteer``; sources in ``geodata/README.md``).
Names are folded to lower-case ASCII ("Zürich" → "zurich") and big places are also indexed under
their Latin-script alternate names ("Kiev" → Kyiv).

A name's candidates are ranked by how famous they are (log population; countries, national capitals
and states first) plus what the article says (:class:`PlaceContext`): the dateline's country and
state, the countries and states it names, and a place written as "Paris, Texas". Every choice
carries the reason it won, so a reader can check it.
"""

from __future__ import annotations

import functools
import gzip
import math
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources

from ..model import Geo
from .lexicon import load

INDEX = "places.tsv.gz"
# Forms newsrooms use for countries that GeoNames spells differently (AP/Reuters style).
_COUNTRY_ALIASES = {
    "us": "US", "u.s.": "US", "u.s": "US", "usa": "US", "u.s.a.": "US", "america": "US",
    "united states of america": "US", "the united states": "US",
    "uk": "GB", "u.k.": "GB", "britain": "GB", "great britain": "GB",
    "russia": "RU", "south korea": "KR", "north korea": "KP", "iran": "IR", "syria": "SY",
    "vietnam": "VN", "laos": "LA", "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ",
    "moldova": "MD", "czech republic": "CZ", "czechia": "CZ", "ivory coast": "CI", "taiwan": "TW",
    "gaza": "PS", "gaza strip": "PS", "west bank": "PS", "palestine": "PS", "palestinian territories": "PS",
    "the netherlands": "NL", "holland": "NL", "turkey": "TR", "türkiye": "TR", "the gambia": "GM",
    "congo": "CG", "drc": "CD", "dr congo": "CD", "democratic republic of congo": "CD",
    "democratic republic of the congo": "CD", "burma": "MM", "macedonia": "MK", "swaziland": "SZ",
    "vatican": "VA", "vatican city": "VA", "holy see": "VA", "east timor": "TL", "cape verde": "CV", "micronesia": "FM",
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
# Words that name a kind of division ("Idlib province", "Cook County", "Province of Quang Nam"),
# and the level they usually name. A division's name without them is its core.
_GENERIC_LEVEL = {
    "province": "admin1", "state": "admin1", "region": "admin1", "governorate": "admin1", "oblast": "admin1",
    "oblast'": "admin1", "krai": "admin1", "kray": "admin1", "republic": "admin1", "territory": "admin1",
    "prefecture": "admin1", "department": "admin1", "canton": "admin1", "voivodeship": "admin1",
    "emirate": "admin1", "county": "admin2", "district": "admin2", "municipality": "admin2",
    "raion": "admin2", "rayon": "admin2", "okrug": "admin2", "borough": "admin2", "parish": "admin2",
    "division": "admin2", "city": "city",
}
_GENERIC_AFTER = re.compile(r"^(?P<core>.+?)\s+(?P<generic>" + "|".join(
    re.escape(g) for g in sorted(_GENERIC_LEVEL, key=len, reverse=True)) + r")$", re.IGNORECASE)
# Official country names: "Republic of Armenia", "Kingdom of Saudi Arabia", "Islamic Republic of Iran".
_OFFICIAL = re.compile(r"^(?:(?:the\s+)?(?:islamic|federal|democratic|people's|united|hashemite|arab|socialist|"
                       r"federative|plurinational|bolivarian|co-operative)\s+)*(?:republic|kingdom|state|commonwealth|"
                       r"principality|sultanate|grand duchy|emirate|federation)\s+of\s+(?:the\s+)?(?P<core>.+)$",
                       re.IGNORECASE)
_GENERIC_BEFORE = re.compile(r"^(?P<generic>province|state|department|region|city|republic|county|district|"
                             r"governorate|municipality|prefecture)\s+of\s+(?:the\s+)?(?P<core>.+)$", re.IGNORECASE)
# Division cores that are everyday words: "Central", "Northern", "Rivers", "Delta". Such a division is
# found only when the text says what it is ("Central Province", "Rivers State").
_COMMON_CORES = {
    "central", "centre", "center", "northern", "southern", "eastern", "western", "north", "south", "east",
    "west", "north-western", "north-eastern", "south-western", "south-eastern", "northwest", "northeast",
    "southwest", "southeast", "northwestern", "northeastern", "southwestern", "southeastern", "north-west",
    "north-east", "south-west", "south-east", "far north", "far west", "extreme north",
    "upper", "lower", "middle", "capital", "coast", "coastal", "lakes", "unity",
    "delta", "plateau", "rivers", "islands", "island", "mountain", "highlands", "lowlands", "border",
    "federal", "national", "special", "metropolitan", "interior", "littoral", "river", "valley", "lake",
    "city", "grand", "united", "union", "victory", "independence", "liberty", "freedom", "hope", "peace",
}

# Ranking weights: a prior from population and kind, and evidence from the article (see rank()).
_KIND_PRIOR = {"continent": 2.5, "country": 2.5, "admin1": 0.5, "region": 0.5, "admin2": -0.5, "city": 0.0}
_CAPITAL = 3.0
_ALTERNATE = 2.5
_PUT_IN = 8.0  # "Paris, Texas": the text itself puts the place in a state or country
_STATE = 4.5  # in the dateline's state, or in a state the article names
_DATELINE_COUNTRY = 3.0
_NAMED_COUNTRY = 1.5
_NAMED_AGAIN = 0.5  # a country named twice or more
_LEVEL = 3.0  # "Idlib province" is a province
_SHARE = 0.1  # a city holding this share of its same-named state's people is what the name means
_MOST_OF_COUNTRY = 0.5  # a state holding most of its country's people (England) says no more than the country


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country_code: str
    kind: str  # continent | country | admin1 | admin2 | city | region (a named region GeoNames has no division for)
    population: int
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    admin1: str | None = None  # name of the state/province it is in (its own name for an admin1)
    admin1_code: str | None = None
    admin2: str | None = None  # key of the district/county it is in (its own key for an admin2)
    capital: bool = False

    def within(self, other: Place) -> bool:
        """Whether this place lies in ``other`` (a country, state or district), or is it."""
        if self is other or self.country_code != other.country_code:
            return self is other
        if other.kind == "country":
            return True
        if other.kind == "admin1":
            return self.admin1_code is not None and self.admin1_code == other.admin1_code
        if other.kind == "admin2":
            return self.admin2 is not None and self.admin2 == other.admin2
        return False


@dataclass(frozen=True)
class PlaceContext:
    """What an article says about where it is: the prior every place name in it is read against.

    ``countries`` and ``states`` count the mentions that name a country or state (or, for a country,
    a place only it has); ``dateline_state`` is (country code, admin1 code) of the dateline.
    """

    dateline_country: str | None = None
    dateline_state: tuple[str, str] | None = None
    countries: Mapping[str, int] = field(default_factory=dict)
    states: Mapping[tuple[str, str], int] = field(default_factory=dict)


@dataclass(frozen=True)
class Ranked:
    place: Place
    score: float
    why: str


def fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    ascii_only = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(ascii_only.replace("’", "'").replace("ʼ", "'").lower().split())


def generic_core(name: str) -> tuple[str, str | None]:
    """"Idlib Governorate" → ("Idlib", "governorate"); "Province of Quang Nam" → ("Quang Nam", "province")."""
    text = " ".join(name.split())
    for pattern in (_GENERIC_AFTER, _GENERIC_BEFORE):
        match = pattern.match(text)
        if match and match.group("core").strip():
            return match.group("core").strip(), match.group("generic").lower()
    return text, None


def index_keys(kind: str, name: str, alternates: Iterable[str] = ()) -> list[str]:
    """The folded names a place is found under: ``~key`` only with a division word ("Cook" of Cook County,
    found as "Cook County"), ``+key`` an alternate name ("Kiev" of Kyiv)."""
    keys: list[str] = []
    division = kind in ("admin1", "admin2")
    for alias in [name, *alternates]:
        mark = "" if alias == name else "+"
        core, generic = generic_core(alias) if division else (alias, None)
        if generic is None:  # "Central" alone is no province
            keys.append(("~" if division and fold(alias) in _COMMON_CORES else mark) + fold(alias))
            continue
        keys.append(mark + fold(alias))  # "Cook County", "Southern Province", "Zamfara State"
        if fold(core) not in _COMMON_CORES and (kind == "admin1" or _GENERIC_LEVEL[generic] == "admin1"):
            keys.append(mark + fold(core))  # "Zamfara"; "Isabela" (a province, GeoNames' admin2)
        else:
            keys.append("~" + fold(core))  # "Cook" alone is no county
    return list(dict.fromkeys(keys))


class Gazetteer:
    """Name → ranked places; read once per process from the packaged index.

    Rows are parsed into :class:`Place` records only when a name asks for them: the index holds
    200,000 places and an article needs a few dozen.
    """

    def __init__(self, text: str | None = None) -> None:
        self._rows: list[str] = []
        self._parsed: dict[int, Place] = {}
        self._index: dict[str, list[int]] = {}  # folded name → 2 × row (+ 1 when an alternate name)
        self._needs_generic: dict[str, list[int]] = {}  # "cook" → Cook County: only as "Cook County"
        self._countries: dict[str, Place] = {}
        self._states: dict[tuple[str, str], Place] = {}
        self._state_share: dict[tuple[str, str], float] = {}
        self._aliases: dict[int, set[str]] = {}  # id(place) → the newsroom forms added for it ("u.s.", "calif.")
        self._load(text if text is not None else _read_index())
        self._add_aliases()

    # -- building -----------------------------------------------------------------------------------------

    def _load(self, text: str) -> None:
        rows = self._rows
        index, needs_generic = self._index, self._needs_generic
        lines = text.split("\n")
        start = next(i for i, line in enumerate(lines) if line.startswith("kind\t")) + 1
        for line in lines[start:]:
            if not line:
                continue
            row = len(rows)
            rows.append(line)
            for key in line[line.rindex("\t") + 1:].split("|"):
                if key[0] == "~":
                    needs_generic.setdefault(key[1:], []).append(2 * row)
                elif key[0] == "+":
                    index.setdefault(key[1:], []).append(2 * row + 1)
                else:
                    index.setdefault(key, []).append(2 * row)
            if line.startswith(("admin1\t", "country\t")):
                place = self._place(row)
                if place.kind == "admin1":
                    self._states[(place.country_code, place.admin1_code or "")] = place
                elif place.kind == "country":
                    self._countries[place.country_code] = place
        totals: dict[str, int] = {}
        for (cc, _), state in self._states.items():
            totals[cc] = totals.get(cc, 0) + state.population
        for code, state in self._states.items():
            self._state_share[code] = state.population / totals[code[0]] if totals[code[0]] else 0.0

    def _place(self, row: int) -> Place:
        place = self._parsed.get(row)
        if place is None:
            kind, gid, cc, a1, a2, lat, lon, pop, flags, name, _ = self._rows[row].split("\t")
            state = self._states.get((cc, a1))
            admin1 = name if kind == "admin1" else (state.name if state else None)
            place = Place(name, cc, kind, int(pop), float(lat), float(lon), int(gid) if gid else None, admin1,
                          a1 or None, a2 or None, flags == "capital")
            self._parsed[row] = place
        return place

    def _add_aliases(self) -> None:
        extra: list[Place] = []
        for alias, code in _COUNTRY_ALIASES.items():
            if code in self._countries:
                self._alias(alias, self._countries[code])
        for abbreviation, code in _AP_STATES.items():
            state = self._states.get(("US", code))
            if state is not None:
                self._alias(abbreviation, state)
        for row in load("regions.tsv"):
            if not any(p.kind == "admin1" and p.country_code == row["country"] for p in self.candidates(row["name"])):
                extra.append(Place(row["name"], row["country"], "region", 0, admin1=row["name"]))
                self._alias(row["name"], extra[-1])

    def _alias(self, name: str, place: Place) -> None:
        """A name the index does not hold: the place gets a row of its own number, parsed already."""
        self._aliases.setdefault(id(place), set()).add(fold(name))
        row = next((r for r, p in self._parsed.items() if p is place), None)
        if row is None:
            row = len(self._rows)
            self._rows.append("")
            self._parsed[row] = place
        bucket = self._index.setdefault(fold(name), [])
        if 2 * row not in bucket:
            bucket.append(2 * row)

    # -- look-up --------------------------------------------------------------------------------------------

    def _found(self, entries: Iterable[int]) -> list[tuple[Place, bool]]:
        """(place, found by an alternate name) for index entries, most prominent first."""
        found = [(self._place(entry >> 1), bool(entry & 1)) for entry in entries]
        return sorted(found, key=lambda item: (item[1], _rank(item[0])))

    def candidates(self, name: str) -> list[Place]:
        """Every place called ``name``, most prominent first (countries, states, then by population);
        places known by it only as an alternate name ("Kiev") after those that bear it."""
        return [place for place, _ in self._found(self._index.get(fold(name), ()))]

    def country(self, code: str | None) -> Place | None:
        return self._countries.get(code or "")

    def state(self, country_code: str, admin1_code: str) -> Place | None:
        return self._states.get((country_code, admin1_code))

    def country_name(self, code: str | None) -> str | None:
        country = self._countries.get(code or "")
        return country.name if country else None

    def holds_most_of_country(self, place: Place) -> bool:
        """England in the United Kingdom: a state that says no more than its country does."""
        return place.kind == "admin1" and self._state_share.get((place.country_code, place.admin1_code or ""),
                                                                0.0) > _MOST_OF_COUNTRY

    def lookup(self, name: str) -> tuple[list[tuple[Place, bool]], str | None]:
        """Candidates for a name as written (each with whether an alternate name found it), and the
        division word that was set aside to find them ("Idlib province" → the province Idlib)."""
        if fold(name).startswith("the "):
            name = name[4:]
        key = fold(name)
        found = self._found(self._index.get(key, ()))
        official = _OFFICIAL.match(name)
        if not found and official:  # "Republic of Armenia" is Armenia
            found = [(p, alternate) for p, alternate in self._found(self._index.get(fold(official.group("core")), ()))
                     if p.kind == "country"]
        core, generic = generic_core(name)
        if found or generic is None or fold(core) == key:
            return found, None
        if _GENERIC_LEVEL[generic] == "city":
            return [], None  # "Manchester City" is a football club: only a name GeoNames has ("Gaza City")
        kinds = ("admin1", "admin2", "region")
        extra = self._found([*self._index.get(fold(core), ()), *self._needs_generic.get(fold(core), ())])
        return [(p, alternate) for p, alternate in extra if p.kind in kinds], generic

    def rank(self, name: str, context: PlaceContext | None = None, *, within: Iterable[Place] = (),
             city_first: bool = False) -> list[Ranked]:
        """Candidates for ``name`` best first, each with its score and the reason for it.

        ``within`` are places the text itself puts this one in ("Paris, Texas" → Texas).
        ``city_first`` is for a dateline's place: "WASHINGTON (AP)" is the city, not the state.
        """
        found, generic = self.lookup(name)
        if _acronym(name) and not city_first:  # "EU" is not the French town of Eu, "UN" no village called Un
            found = [(p, alternate) for p, alternate in found
                     if p.name.isupper() or fold(name) in self._aliases.get(id(p), ())]
        if city_first and any(p.kind == "city" for p, _ in found):
            found = [(p, alternate) for p, alternate in found if p.kind == "city"]
        if not found:
            return []
        context = context or PlaceContext()
        containers = list(within)
        places = [p for p, _ in found]
        bearers = {p.kind for p, alternate in found if not alternate}
        ranked = [self._score(p, alternate, places, bearers, context, containers, generic) for p, alternate in found]
        ranked.sort(key=lambda r: (-r.score, _rank(r.place)))
        return ranked

    def _score(self, place: Place, alternate: bool, found: list[Place], bearers: set[str], context: PlaceContext,
               containers: list[Place], generic: str | None) -> Ranked:
        score = math.log10(max(place.population, 100)) + _KIND_PRIOR[place.kind]
        reasons = [f"GeoNames {place.kind}" if place.kind != "region" else "lexicon:regions.tsv"]
        if alternate:
            score -= _ALTERNATE  # "Venice" is also an old name of an American city
            reasons.append("by an alternate name")
        if place.capital and not (alternate and bearers & {"city", "country"}):
            score += _CAPITAL  # not "Victoria" for Hong Kong, a capital's old name that other cities bear
            reasons.append("national capital")
        if place.kind == "admin1" and any(
                p.kind == "city" and p.within(place) and p.population >= _SHARE * place.population
                for p in found):
            score -= _CAPITAL  # "New York", "Kabul": the city that is most of its state
            reasons.append("a city of its name is a big part of it")
        put_in = next((c for c in containers if place.within(c) and c is not place), None)
        if put_in is not None:
            score += _PUT_IN
            reasons.append(f"the text puts it in {put_in.name}")
        state = (place.country_code, place.admin1_code or "")
        if context.dateline_state == state:
            score += _STATE
            reasons.append(f"in the dateline's state {place.admin1}")
        elif place.kind not in ("country", "admin1") and context.states.get(state):
            score += _STATE  # a state named in the article is evidence for the places in it, not for itself
            reasons.append(f"in {place.admin1}, which the article names")
        if context.dateline_country == place.country_code:
            score += _DATELINE_COUNTRY
            reasons.append(f"in the dateline's country {place.country_code}")
        elif place.kind != "country" and context.countries.get(place.country_code):
            score += _NAMED_COUNTRY + (_NAMED_AGAIN if context.countries[place.country_code] > 1 else 0.0)
            reasons.append(f"in {self.country_name(place.country_code)}, which the article names")
        if generic is not None and place.kind in ("admin1", "admin2", "region") and _GENERIC_LEVEL[generic] != "city":
            score += _LEVEL
            reasons.append(f"written as a {generic}")
        same_kind = [p for p in found if p.kind == place.kind]
        reasons.append(f"population rank {same_kind.index(place) + 1} of {len(same_kind)}")
        return Ranked(place, score, "; ".join(reasons))

    def to_geo(self, ranked: Ranked) -> Geo:
        place = ranked.place
        return Geo(self.country_name(place.country_code), place.country_code or None, place.admin1, place.lat,
                   place.lon, place.geonameid, ranked.why, feature=place.kind, name=place.name)

    # -- the older interface: a preferred country and co-mentioned countries -----------------------------------

    def resolve(self, name: str, prefer_country: str | None = None, city_first: bool = False,
                context: tuple[tuple[str, str], ...] = (), article: PlaceContext | None = None
                ) -> tuple[Place, str] | None:
        """The best candidate for ``name`` and why it won.

        ``prefer_country`` is the dateline's country; ``context`` is (country code, reason) of places
        the article names; ``article`` replaces both with the whole article's context.
        """
        ranked = self.rank(name, article or _legacy_context(prefer_country, context), city_first=city_first)
        return (ranked[0].place, ranked[0].why) if ranked else None

    def geo(self, name: str, prefer_country: str | None = None, city_first: bool = False,
            context: tuple[tuple[str, str], ...] = (), article: PlaceContext | None = None) -> Geo | None:
        ranked = self.rank(name, article or _legacy_context(prefer_country, context), city_first=city_first)
        return self.to_geo(ranked[0]) if ranked else None


def _acronym(name: str) -> bool:
    """"EU", "U.N.": a short name in capitals, which says it is an acronym, not a word ("ROME" in a
    dateline is a word: datelines are read with ``city_first``)."""
    letters = name.replace(".", "")
    return letters.isalpha() and letters.isupper() and (len(letters) <= 3 or "." in name)


def _legacy_context(prefer_country: str | None, context: tuple[tuple[str, str], ...]) -> PlaceContext:
    return PlaceContext(dateline_country=prefer_country, countries={code: 1 for code, _ in context})


def _rank(place: Place) -> tuple[int, int]:
    """Countries before states before cities; within a kind the most populous first."""
    order = {"continent": 0, "country": 0, "admin1": 1, "region": 2, "city": 3, "admin2": 4}[place.kind]
    return order, -place.population


def _read_index() -> str:
    raw = resources.files("dateline.analyze").joinpath("geodata", INDEX).read_bytes()
    return gzip.decompress(raw).decode("utf-8")


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()

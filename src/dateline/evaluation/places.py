"""Place resolution scored against GeoWebNews (Gritta et al. 2019): accuracy@161 km and error in km.

Gold: every toponym of ``GWN.xml`` with coordinates (the paper's non-toponym types — common-noun
location expressions and names that merely contain a toponym — are left out, and so are the few
annotations whose offsets do not match the text). Two readings, each beside a population-prior
baseline (the most populous place of that name in the same gazetteer) measured in the same run:

* ``found``: the gold toponyms a dateline place mention overlaps (recall = found / gold), resolved
  as the full pipeline resolved that mention's entity;
* ``gold spans``: every gold toponym's own words, resolved against the article's context as the
  pipeline reads it — resolution alone, whatever recognition missed.

A toponym counts as correct when the chosen point lies within 161 km (100 miles) of the gold one;
an unresolved one counts as wrong and has no error in km. Beside it: how often the chosen place is
the gold GeoNames entry itself, and accuracy@161 km that also counts those as correct (the index's
points for countries and divisions are not GeoNames' own: see analyze/geodata/README.md).
"""

from __future__ import annotations

import math
import statistics
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..analyze import analyze_articles
from ..analyze.gazetteer import Gazetteer, Place, gazetteer
from ..analyze.pipeline import shared_nlp
from ..analyze.places import ArticlePlaces
from ..ingest import article_from_text
from ..model import Analysis

NOT_TOPONYMS = {"Non_Lit_Expression", "Literal_Expression", "Non_Toponym"}
LITERAL = {"Literal", "Mixed", "Literal_Modifier", "Coercion", "Embedded_Literal"}
NEAR_KM = 161.0
Point = tuple[float, float]


@dataclass(frozen=True)
class Toponym:
    start: int
    end: int
    text: str
    kind: str
    point: Point
    geonameid: int | None


@dataclass(frozen=True)
class Document:
    name: str
    text: str
    toponyms: list[Toponym]


@dataclass(frozen=True)
class PlaceScore:
    system: str
    spans: str
    subset: str
    gold: int
    found: int
    resolved: int
    near: int
    same_id: int  # the chosen place is the gold GeoNames entry
    near_or_same: int  # within 161 km, or the gold GeoNames entry (whose own point the index may not hold)
    errors: tuple[float, ...]

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def accuracy(self) -> float:
        """Accuracy@161 km over the toponyms found (unresolved ones count as wrong)."""
        return self.near / self.found if self.found else 0.0

    @property
    def id_accuracy(self) -> float:
        return self.same_id / self.found if self.found else 0.0

    @property
    def accuracy_with_ids(self) -> float:
        return self.near_or_same / self.found if self.found else 0.0

    @property
    def mean_km(self) -> float:
        return statistics.fmean(self.errors) if self.errors else 0.0

    @property
    def median_km(self) -> float:
        return statistics.median(self.errors) if self.errors else 0.0


def read_gwn(path: Path) -> list[Document]:
    """Articles of a GeoWebNews XML file (a folder holding ``GWN.xml`` will do) with their gold toponyms."""
    if path.is_dir():
        path = path / "GWN.xml"
    documents: list[Document] = []
    for article in ElementTree.parse(path).getroot().iter("article"):
        text = article.findtext("text") or ""
        toponyms = []
        for node in article.iter("toponym"):
            kind = node.findtext("type") or ""
            lat, lon = node.findtext("latitude"), node.findtext("longitude")
            start, end = int(node.findtext("start") or -1), int(node.findtext("end") or -1)
            name = node.findtext("extractedName") or ""
            if kind in NOT_TOPONYMS or not lat or not lon or start < 0 or text[start:end] != name:
                continue
            geonameid = node.findtext("geonamesID")
            toponyms.append(Toponym(start, end, name, kind, (float(lat), float(lon)),
                                    int(geonameid) if geonameid and geonameid.isdigit() else None))
        documents.append(Document(article.get("file") or str(len(documents)), text, toponyms))
    return documents


def distance_km(a: Point, b: Point) -> float:
    """Great-circle distance (haversine, mean Earth radius 6,371 km)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def largest(places: Gazetteer, *names: str) -> Place | None:
    """The baseline: the most populous place of the first name that has any, whatever the article says."""
    for name in names:
        found, _ = places.lookup(name)
        located = [p for p, _ in found if p.lat is not None and p.lon is not None]
        if located:
            return max(located, key=lambda p: p.population)
    return None


def predictions(documents: list[Document]) -> Iterator[tuple[Document, Analysis]]:
    articles = [article_from_text(d.text, f"geowebnews:{d.name}") for d in documents]
    for document, result in zip(documents, analyze_articles(articles, shared_nlp(), batch_size=16), strict=True):
        if isinstance(result, Analysis):
            yield document, result


def evaluate(path: Path) -> list[PlaceScore]:
    places = gazetteer()
    documents = [d for d in read_gwn(path) if d.toponyms]
    rows: dict[tuple[str, str, str], list[tuple[bool, Choice, Toponym]]] = {}

    def add(system: str, spans: str, toponym: Toponym, found: bool, choice: Choice) -> None:
        for subset in ("all", "literal" if toponym.kind in LITERAL else "associative"):
            rows.setdefault((system, spans, subset), []).append((found, choice, toponym))

    for document, analysis in predictions(documents):
        mentions = [(m.start, m.end, m.text, e) for e in analysis.entities if e.type == "place" for m in e.mentions]
        article = ArticlePlaces(places, analysis.article.text, analysis.entities, analysis.article.dateline)
        for toponym in document.toponyms:
            hit = next((m for m in mentions if m[0] < toponym.end and toponym.start < m[1]), None)
            geo = hit[3].geo if hit else None
            chosen = (geo.lat, geo.lon, geo.geonameid) if geo and geo.lat is not None and geo.lon is not None else None
            add("dateline", "found", toponym, hit is not None, chosen)
            add("population", "found", toponym, hit is not None, _choice(largest(places, hit[2], hit[3].name))
                if hit else None)
            ranked = article.resolve(toponym.text, toponym.start, toponym.end, whole_name=False)
            add("dateline", "gold spans", toponym, True, _choice(ranked.place) if ranked else None)
            add("population", "gold spans", toponym, True, _choice(largest(places, toponym.text)))
    return [_score(key, items) for key, items in rows.items()]


Choice = tuple[float, float, int | None] | None  # latitude, longitude, GeoNames id of the chosen place


def _choice(place: Place | None) -> Choice:
    if place is None or place.lat is None or place.lon is None:
        return None
    return place.lat, place.lon, place.geonameid


def _score(key: tuple[str, str, str], items: list[tuple[bool, Choice, Toponym]]) -> PlaceScore:
    found = [(choice, toponym) for was_found, choice, toponym in items if was_found]
    chosen = [(choice, toponym, distance_km(choice[:2], toponym.point)) for choice, toponym in found
              if choice is not None]
    same = [c[2] is not None and c[2] == t.geonameid for c, t, _ in chosen]
    return PlaceScore(*key, gold=len(items), found=len(found), resolved=len(chosen),
                      near=sum(1 for _, _, km in chosen if km <= NEAR_KM), same_id=sum(same),
                      near_or_same=sum(1 for (_, _, km), s in zip(chosen, same, strict=True) if km <= NEAR_KM or s),
                      errors=tuple(km for _, _, km in chosen))

"""The real articles in ../shared: the sample's reference reading and the Wikinews set (skipped when absent)."""

from __future__ import annotations

import pytest

from dateline.analyze import analyze_articles
from dateline.ingest import read_sources
from dateline.model import Analysis, Article

from .conftest import SEED, SHARED, needs_shared

WIKINEWS = SHARED / "eval" / "wikinews"


@pytest.fixture(scope="module")
def seed(nlp) -> Analysis:  # type: ignore[no-untyped-def]
    article = next(a for a in read_sources([str(SEED)]) if isinstance(a, Article))
    result = next(iter(analyze_articles([article], nlp)))
    assert isinstance(result, Analysis)
    return result


def _has(analysis: Analysis, name: str, kind: str) -> bool:
    return any(name in e.name and e.type == kind for e in analysis.entities)


@needs_shared(SEED)
def test_seed_metadata(seed: Analysis) -> None:
    assert seed.article.published == "2024-02-07"
    assert seed.article.dateline is not None
    assert (seed.article.dateline.place, seed.article.dateline.country) == ("Jerusalem", "Israel")
    assert not seed.article.text.lstrip().startswith("date ")


@needs_shared(SEED)
@pytest.mark.parametrize(("name", "kind"), [
    ("Antony Blinken", "person"), ("Herzi Halevi", "person"), ("Benjamin Netanyahu", "person"), ("Joe Biden", "person"),
    ("Israel Defense Forces", "organisation"), ("Hamas", "organisation"), ("Times of Israel", "organisation"),
    ("Axios", "organisation"), ("World Economic Forum", "organisation"),
    ("Rafah", "place"), ("Gaza Strip", "place"), ("Davos", "place"), ("Switzerland", "place"),
])
def test_seed_entities(seed: Analysis, name: str, kind: str) -> None:
    assert _has(seed, name, kind)


@needs_shared(SEED)
def test_seed_acronym_and_places(seed: Analysis) -> None:
    idf = next(e for e in seed.entities if e.name == "Israel Defense Forces")
    assert "IDF" in idf.aliases
    rafah = next(e for e in seed.entities if e.name == "Rafah")
    assert rafah.geo is not None and rafah.geo.country_code == "PS"


@needs_shared(WIKINEWS)
def test_wikinews_articles_all_analyse_with_dates(nlp) -> None:  # type: ignore[no-untyped-def]
    items = list(read_sources([str(WIKINEWS)]))
    assert len(items) == 14 and all(isinstance(i, Article) for i in items)
    results = list(analyze_articles([i for i in items if isinstance(i, Article)], nlp))
    assert all(isinstance(r, Analysis) for r in results)
    for result in results:
        assert isinstance(result, Analysis)
        assert result.article.published is not None and len(result.article.published) == 10
        assert result.entities


@needs_shared(SEED)
def test_seed_actors(seed: Analysis) -> None:
    people = {e.name: e for e in seed.entities if e.type == "person"}
    assert sorted(people) == ["Antony Blinken", "Benjamin Netanyahu", "Herzi Halevi", "Joe Biden"]
    expected = {"Antony Blinken": ("Secretary of State", "United States"),
                "Herzi Halevi": ("Chief of Staff", "Israel Defense Forces"),
                "Benjamin Netanyahu": ("Prime Minister", "Israel"),
                "Joe Biden": ("President", "United States")}
    for name, role in expected.items():
        assert role in [(r.title, r.affiliation) for r in people[name].roles]
    text = seed.article.text
    assert len([m for m in people["Antony Blinken"].mentions if "Blinken" in m.text]) == text.count("Blinken")
    assert len([m for m in people["Benjamin Netanyahu"].mentions if "Netanyahu" in m.text]) == text.count("Netanyahu")
    office = next(e for e in seed.entities if "Prime Minister" in e.name and "Office" in e.name)
    assert office.belongs_to == people["Benjamin Netanyahu"].id
    administration = next(e for e in seed.entities if e.name == "Biden administration")
    assert administration.type == "organisation" and administration.belongs_to == people["Joe Biden"].id
    places = {e.name: e for e in seed.entities if e.type == "place"}
    for place, code in (("Rafah", "PS"), ("Jerusalem", "IL"), ("Davos", "CH")):
        assert places[place].country_code == code

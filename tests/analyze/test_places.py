"""Places read against their article: famous namesakes first, unless the article points to the town.

Fixtures are invented news sentences; each rule has a hard negative beside it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.analyze import analyze_articles
from dateline.analyze.gazetteer import gazetteer
from dateline.analyze.places import ArticlePlaces, dateline_place, event_place
from dateline.evaluation.places import distance_km, evaluate, read_gwn
from dateline.ingest import article_from_text
from dateline.model import Analysis, Entity, Mention


def _analyse(nlp, text: str) -> Analysis:  # type: ignore[no-untyped-def]
    result = next(iter(analyze_articles([article_from_text(text, "<test>")], nlp)))
    assert isinstance(result, Analysis)
    return result


def _place(analysis: Analysis, name: str) -> Entity:
    found = [e for e in analysis.entities if e.name == name and e.type == "place"]
    assert found, f"no place {name} among {[(e.name, e.type) for e in analysis.entities]}"
    return found[0]


# -- ranking against the article -----------------------------------------------------------------------------

def test_town_namesake_when_the_article_names_its_state(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analyse(nlp, "Storms tore roofs off homes in Paris on Monday. Texas officials said 40 people "
                             "were hurt and the governor sent the National Guard.")
    paris = _place(analysis, "Paris")
    assert paris.geo is not None and paris.country_code == "US" and paris.geo.admin1 == "Texas"
    assert "Texas" in (paris.geo.why or "")


def test_the_capital_otherwise(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analyse(nlp, "Police in Paris said on Monday they had arrested two men after a break-in "
                             "at a jewellery shop near the Louvre.")
    paris = _place(analysis, "Paris")
    assert paris.geo is not None and paris.country_code == "FR" and paris.geo.feature == "city"
    assert "national capital" in (paris.geo.why or "")


def test_a_capital_abroad_beats_a_town_in_the_dateline_country(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analyse(nlp, "date 2025-03-04 LONDON (Reuters) — Britain's foreign secretary flew to Washington "
                             "on Monday for talks on trade. The UK hopes to cut tariffs on steel before the summer.")
    washington = _place(analysis, "Washington")
    assert washington.country_code == "US" and washington.geo is not None
    assert washington.geo.admin1 == "District of Columbia"
    assert _place(analysis, "London").country_code == "GB"


def test_the_country_beats_a_town_of_its_name(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analyse(nlp, "Jordan's foreign minister met U.S. envoys in Amman on Tuesday. "
                             "The United States pledged more aid for refugees.")
    jordan = _place(analysis, "Jordan")
    assert jordan.country_code == "JO" and jordan.geo is not None and jordan.geo.feature == "country"


def test_the_town_when_the_dateline_puts_it_in_its_state(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analyse(nlp, "date 2025-03-04 JORDAN, Minn. (AP) — The city council in Jordan voted on Tuesday "
                             "to repair the old water tower.")
    jordan = _place(analysis, "Jordan")
    assert jordan.country_code == "US" and jordan.geo is not None and jordan.geo.admin1 == "Minnesota"
    assert "the text puts it in Minnesota" in (jordan.geo.why or "")


def test_the_dateline_state_decides_a_state_named_like_a_country(nlp) -> None:  # type: ignore[no-untyped-def]
    atlanta = _analyse(nlp, "date 2025-03-04 ATLANTA (AP) — Voters in Georgia lined up for hours on Tuesday "
                            "as polls opened across the state.")
    georgia = _place(atlanta, "Georgia")
    assert georgia.country_code == "US" and georgia.geo is not None and georgia.geo.feature == "admin1"
    tbilisi = _analyse(nlp, "Voters in Georgia lined up for hours on Tuesday as polls opened across the country, "
                            "officials in Tbilisi said.")
    assert _place(tbilisi, "Georgia").country_code == "GE"


# -- provinces, districts, states -------------------------------------------------------------------------------

def test_provinces_are_places_with_their_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analyse(nlp, "date 2025-03-04 MANILA, Philippines — Floods hit Isabela province and Cagayan "
                             "province on Thursday, the disaster agency said.")
    for name in ("Isabela", "Cagayan"):
        province = _place(analysis, name)
        assert province.country_code == "PH" and province.geo is not None
        assert province.geo.feature in ("admin1", "admin2") and province.geo.lat is not None


def test_a_governorate_written_as_one(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analyse(nlp, "Fighting spread in Idlib province on Friday, activists said, as shells hit "
                             "villages near the border.")
    idlib = _place(analysis, "Idlib")
    assert idlib.country_code == "SY" and idlib.geo is not None and idlib.geo.feature == "admin1"


def test_a_county_needs_its_word() -> None:
    places = gazetteer()
    county = places.rank("Cook County")
    assert county and county[0].place.kind == "admin2" and county[0].place.admin1 == "Illinois"
    assert all(r.place.kind != "admin2" for r in places.rank("Cook"))  # "Cook" alone is a surname, not a county
    assert places.rank("Central Province")[0].place.kind == "admin1"
    assert all(r.place.kind not in ("admin1", "admin2") for r in places.rank("Central"))


def test_records_keep_kind_id_point_and_reason() -> None:
    places = gazetteer()
    best = places.rank("Kiev")[0]  # an alternate name of the capital
    geo = places.to_geo(best)
    assert geo.name == "Kyiv" and geo.feature == "city" and geo.country_code == "UA"
    assert geo.geonameid is not None and geo.lat is not None and geo.lon is not None
    assert "alternate name" in (geo.why or "")
    assert places.rank("Venice")[0].place.country_code == "IT"  # an old alternate name of an American city loses


def test_an_acronym_is_not_a_town_of_that_spelling() -> None:
    places = gazetteer()
    assert not places.rank("EU")  # not Eu, Normandy
    assert places.rank("US")[0].place.kind == "country"
    assert places.rank("Republic of Armenia")[0].place.country_code == "AM"


# -- names inside longer names ----------------------------------------------------------------------------------

def _article(text: str, names: list[str]) -> tuple[ArticlePlaces, list[Entity]]:
    entities = []
    for number, name in enumerate(names, start=1):
        start = text.index(name)
        entities.append(Entity(f"e{number}", name, "place",
                               [Mention(start, start + len(name), name, "name", "model:ner#GPE")]))
    return ArticlePlaces(gazetteer(), text, entities, None), entities


@pytest.mark.parametrize(("text", "name"), [
    ("Veterans of the Six-Day War met on Sunday.", "Day"),
    ("The Washington Post reported the ceremony on Sunday.", "Washington"),
    ("Fans of the Dallas Mavericks cheered on Sunday.", "Dallas"),
    ("Supporters of Manchester City sang on Sunday.", "Manchester"),
])
def test_a_name_inside_a_longer_name_is_not_a_place(text: str, name: str) -> None:
    article, entities = _article(text, [name])
    article.geocode()
    assert entities[0].type == "other" and entities[0].geo is None


@pytest.mark.parametrize(("text", "name", "code"), [
    ("Texas Governor Greg Abbott signed the bill on Sunday.", "Texas", "US"),
    ("South Carolina Gov. Henry McMaster signed the bill on Sunday.", "South Carolina", "US"),
    ("Crowds filled Gaza City on Sunday.", "Gaza", "PS"),
    ("Aid trucks entered the Gaza Strip on Sunday.", "Gaza", "PS"),
    ("Protesters marched in Washington Monday.", "Washington", "US"),
    ("Talks in Geneva resumed on Monday.", "Geneva", "CH"),
])
def test_a_place_before_a_title_a_day_or_its_own_longer_name_stays(text: str, name: str, code: str) -> None:
    article, entities = _article(text, [name])
    article.geocode()
    assert entities[0].type == "place" and entities[0].country_code == code


# -- what events call -------------------------------------------------------------------------------------------

def test_event_and_dateline_places_carry_entity_and_country(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analyse(nlp, "date 2025-03-04 BRUSSELS (Reuters) — Ministers met in Idlib province on Monday.")
    here = dateline_place(analysis.article.dateline, analysis.entities)
    assert here is not None and here.name == "Brussels" and here.country_code == "BE"
    assert here.entity == _place(analysis, "Brussels").id
    idlib = event_place(_place(analysis, "Idlib"))
    assert idlib is not None and idlib.country_code == "SY" and idlib.entity is not None
    assert event_place(None) is None


# -- the evaluation ---------------------------------------------------------------------------------------------

_GWN = """<?xml version="1.0" ?>
<articles>
  <article file="0"><title>t</title><link>l</link>
    <text>Storms hit Paris on Monday. Texas officials said roads were closed. The Houston Chronicle said so.</text>
    <toponyms>
      <toponym><extractedName>Paris</extractedName><normalisedName>Paris</normalisedName><type>Literal</type>
        <start>11</start><end>16</end><geonamesID>4717560</geonamesID><latitude>33.66</latitude>
        <longitude>-95.56</longitude></toponym>
      <toponym><extractedName>Texas</extractedName><normalisedName>Texas</normalisedName>
        <type>Literal_Modifier</type><start>28</start><end>33</end><geonamesID>4736286</geonamesID>
        <latitude>31.25</latitude><longitude>-99.25</longitude></toponym>
      <toponym><extractedName>Houston Chronicle</extractedName><type>Non_Toponym</type><start>72</start>
        <end>89</end></toponym>
      <toponym><extractedName>Nowhere</extractedName><type>Literal</type><start>-4</start><end>3</end>
        <latitude>1</latitude><longitude>1</longitude></toponym>
    </toponyms></article>
</articles>
"""


def test_geowebnews_reader_keeps_located_toponyms(tmp_path: Path) -> None:
    (tmp_path / "GWN.xml").write_text(_GWN, encoding="utf-8")
    [document] = read_gwn(tmp_path)
    assert [t.text for t in document.toponyms] == ["Paris", "Texas"]
    assert document.toponyms[0].geonameid == 4717560
    assert 340 < distance_km((48.85, 2.35), (51.51, -0.13)) < 350  # Paris to London


def test_evaluation_scores_dateline_beside_the_population_baseline(tmp_path: Path) -> None:
    (tmp_path / "GWN.xml").write_text(_GWN, encoding="utf-8")
    rows = {(r.system, r.spans, r.subset): r for r in evaluate(tmp_path)}
    ours, baseline = rows[("dateline", "found", "all")], rows[("population", "found", "all")]
    assert ours.gold == 2 and ours.found == 2 and ours.accuracy == 1.0
    assert baseline.accuracy == 0.5  # the largest Paris is the capital of France

"""Sports reports: clubs named after places are organisations; countries, players and weather tables are not."""

from __future__ import annotations

from dateline.analyze import analyze_articles
from dateline.analyze.contests import is_sports_report
from dateline.ingest import article_from_text
from dateline.model import Analysis


def _types(nlp, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    result = next(iter(analyze_articles([article_from_text(text, "<test>")], nlp)))
    assert isinstance(result, Analysis)
    return {m.text: e.type for e in result.entities for m in e.mentions if m.kind == "name"}


RESULTS = """SOCCER - NORTHERN LEAGUE RESULTS
Results of Northern League matches played on Saturday:
Leicester 2 Sheffield 1
Coventry 0 Bradford 3
Standings after three matches (tabulate under played, won, drawn, lost, goals for, against, points):
Bradford 3 3 0 0 11 2 9
Leicester 3 2 0 1 7 5 6
"""


def test_clubs_in_a_results_table_are_organisations(nlp) -> None:  # type: ignore[no-untyped-def]
    types = _types(nlp, RESULTS)
    for club in ("Leicester", "Sheffield", "Coventry", "Bradford"):
        assert types.get(club) == "organisation", (club, types)


def test_a_country_in_a_results_line_stays_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    types = _types(nlp, "SOCCER - WORLD CUP QUALIFIER\nThe qualifier ended in a draw after two goals each.\n"
                        "Norway 2 Portugal 2\nScorers: Jan Lie (12th minute), Rui Costa (50th)\n")
    assert types.get("Norway") == "place" and types.get("Portugal") == "place"


def test_a_golfer_with_rounds_stays_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    types = _types(nlp, "GOLF - OPEN CHAMPIONSHIP SCORES\nLeading scores in the championship after the third "
                        "round of the tournament:\nAnders Holm 68 70 67\nDerek Mason 69 70 68\n")
    assert types.get("Anders Holm") == "person"


def test_weather_table_keeps_its_places(nlp) -> None:  # type: ignore[no-untyped-def]
    """A table of cities and numbers that is no sports report: the cities stay places."""
    types = _types(nlp, "WEATHER - MIDDAY TEMPERATURES\nTemperatures in Celsius at noon on Sunday:\n"
                        "Madrid 31 Lisbon 28\nLeicester 19 Sheffield 17\n")
    assert types.get("Madrid") == "place" and types.get("Lisbon") == "place"


def test_beaten_city_in_prose_is_the_club(nlp) -> None:  # type: ignore[no-untyped-def]
    types = _types(nlp, "Leicester beat Sheffield 2-1 on Saturday to go top of the league. Their striker "
                        "scored twice before halftime and the goalkeeper saved a penalty.")
    assert types.get("Sheffield") == "organisation" and types.get("Leicester") == "organisation"


def test_facing_a_city_outside_sport_keeps_the_place(nlp) -> None:  # type: ignore[no-untyped-def]
    types = _types(nlp, "Flood defences in Sheffield face their hardest test this week, the council said. "
                        "Residents of Sheffield were told to move cars away from the river.")
    assert types.get("Sheffield") == "place"


def test_sports_report_needs_several_sports_words() -> None:
    assert is_sports_report("The striker scored two goals in the league match.")
    assert not is_sports_report("The minister said the match between supply and demand was poor.")
    # a club report in the words of a relegation fight counts; one word of them alone does not
    assert is_sports_report("Safe from relegation in mid-table, Harbourton won after a late equaliser was ruled out.")
    assert not is_sports_report("The party fears relegation to the opposition benches.")

"""Lines in capitals: only names the article or the gazetteer confirms count there."""

from __future__ import annotations

from dateline.analyze import analyze_articles
from dateline.analyze.headlines import CapsLines
from dateline.ingest import article_from_text
from dateline.model import Analysis


def _analyse(nlp, text: str) -> Analysis:  # type: ignore[no-untyped-def]
    result = next(iter(analyze_articles([article_from_text(text, "<test>")], nlp)))
    assert isinstance(result, Analysis)
    return result


REPORT = ("RUGBY - LEEDS GO TOP WITH WIN OVER HULL\n"
          "VIENNA 2025-05-01\n"
          "Leeds moved to the top of the league table on Saturday after beating Hull 24-10 at home. "
          "The Leeds captain Tom Ashby scored two tries in the second half.\n")


def test_capitals_lines_are_found() -> None:
    caps = CapsLines(REPORT)
    assert caps.holds(0) and caps.holds(REPORT.index("VIENNA"))
    assert not caps.holds(REPORT.index("Leeds moved"))


def test_only_confirmed_names_count_on_a_capitals_line(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analyse(nlp, REPORT)
    headline = REPORT.index("\n")
    on_headline = {m.text for e in analysis.entities for m in e.mentions if m.start < headline}
    assert on_headline <= {"LEEDS", "HULL"}  # no "RUGBY", no "GO TOP WITH WIN"
    leeds = [e for e in analysis.entities if e.name == "Leeds"]
    assert leeds and "LEEDS" in [m.text for m in leeds[0].mentions]


def test_a_city_alone_with_a_date_is_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analyse(nlp, REPORT)
    vienna = [e for e in analysis.entities if any(m.text == "VIENNA" for m in e.mentions)]
    assert vienna and vienna[0].type == "place"


def test_a_topic_label_is_no_dateline_place(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analyse(nlp, "SOCCER - Leeds beat Hull in the cup on Saturday, their striker scoring twice.")
    assert not [e for e in analysis.entities if e.name.upper() == "SOCCER"]


def test_capitals_in_the_body_are_untouched(nlp) -> None:  # type: ignore[no-untyped-def]
    """Hard negative: an acronym in an ordinary sentence is not on a capitals line."""
    analysis = _analyse(nlp, "NATO said on Monday that its ministers would meet in Brussels next week.")
    assert [e.type for e in analysis.entities if e.name == "NATO"] == ["organisation"]

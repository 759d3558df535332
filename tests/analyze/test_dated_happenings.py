"""A verb no lexicon lists still reaches the timeline when the article dates it; states, speech, trends and
projections do not (synthetic sentences written for dateline)."""

from __future__ import annotations

import pytest

from dateline.analyze import analyze_articles
from dateline.ingest import article_from_text
from dateline.model import Event


def _events(nlp, body: str) -> list[Event]:  # type: ignore[no-untyped-def]
    result = next(iter(analyze_articles([article_from_text("date 2024-05-10 PORTVILLE — " + body, "<test>")], nlp)))
    return list(result.events)  # type: ignore[union-attr]


def _happening(nlp, body: str, word: str) -> Event | None:  # type: ignore[no-untyped-def]
    return next((e for e in _events(nlp, body) if e.trigger.text == word and e.category == "HAPPENING"), None)


@pytest.mark.parametrize(("body", "word", "value"), [
    ("The ferry Marisol docked at the northern pier on Tuesday.", "docked", "2024-05-07"),
    ("The town archive was digitised in 2009 by volunteers.", "digitised", "2009"),
    ("The old grain silo was demolished on March 3.", "demolished", "2024-03-03"),
    ("The manuscript was lost when the cellar flooded on February 1, 2003.", "lost", "2003-02-01"),  # same time
    ("The mural was cleaned on Monday and varnished.", "varnished", "2024-05-06"),  # a conjoined clause
])
def test_a_dated_clause_is_a_happening_with_its_date(nlp, body: str, word: str, value: str) -> None:  # type: ignore[no-untyped-def]
    event = _happening(nlp, body, word)
    assert event is not None and event.date is not None and event.date.value == value
    assert event.rule == "rule:dated_happening"


@pytest.mark.parametrize(("body", "word"), [
    ("The cooperative has owned the land since 1990.", "owned"),  # a state
    ("The mayor said on Tuesday that the pier would reopen.", "said"),  # the saying is the quote layer's
    ("Surface ozone declined by 25 percent between 1980 and 2010.", "declined"),  # a trend in an amount
    ("By 2050, harvests would shrink across the region.", "shrink"),  # a projection
    ("The ferry docked at the northern pier.", "docked"),  # no date: no lexicon says it is an event
    ("Visitors praised the 2019 renovation of the pier.", "praised"),  # the date belongs to a noun phrase
])
def test_undated_or_stative_clauses_are_no_happenings(nlp, body: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert _happening(nlp, body, word) is None


def test_a_numeric_date_dates_the_meeting_and_is_no_party(nlp) -> None:  # type: ignore[no-untyped-def]
    found = [(e.trigger.text, e.date.value if e.date else None, e.modality, e.target)
             for e in _events(nlp, "The regional fisheries summit is scheduled in Portville on 21/05/2024.")
             if e.trigger.text == "summit"]
    assert found == [("summit", "2024-05-21", "planned", None)]

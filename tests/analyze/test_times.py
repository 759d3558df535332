"""Every time expression reaches the record, anchored and tied to the event it dates; clause tenses."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dateline.analyze import analyze_articles
from dateline.analyze.pipeline import bare_nlp
from dateline.analyze.tense import clause_tense
from dateline.analyze.timex import find_timexes
from dateline.ingest import article_from_text
from dateline.model import Analysis
from dateline.store.sqlite import SQLiteStore

ARTICLE = ("date 2024-12-10 HAMBURG, Germany — Harbour officials said on Tuesday that the new terminal would open "
           "in early January.\n\n"
           "The port authority was founded in 2016. The next year it bought two cranes from a Dutch supplier. "
           "Two months later, dock workers went on strike for three weeks.\n\n"
           "Mayor Lena Vogt met union leader Tomas Berg on Monday. Yesterday the port was quiet.")


@pytest.fixture(scope="module")
def analysis(nlp) -> Analysis:  # type: ignore[no-untyped-def]
    result = next(iter(analyze_articles([article_from_text(ARTICLE, "<test>")], nlp)))
    assert isinstance(result, Analysis)
    return result


def _time(analysis: Analysis, words: str):  # type: ignore[no-untyped-def]
    return next(t for t in analysis.times if t.span.text == words)


def test_every_expression_is_in_the_record_with_its_words(analysis: Analysis) -> None:
    text = analysis.article.text
    assert [t.span.text for t in analysis.times] == ["Tuesday", "early January", "2016", "The next year",
                                                     "Two months later", "three weeks", "Monday", "Yesterday"]
    for time in analysis.times:
        assert text[time.span.start:time.span.end] == time.span.text
        assert time.rule.startswith("rule:timex_")


def test_values_anchors_and_precision(analysis: Analysis) -> None:
    january = _time(analysis, "early January")
    assert (january.value, january.mod, january.precision, january.anchor) == ("2025-01", "START", "month",
                                                                               "publication")
    assert (_time(analysis, "The next year").value, _time(analysis, "The next year").anchor) == ("2017", "narrative")
    # a year-grained narrative time: the month of "two months later" is not known
    assert _time(analysis, "Two months later").value == "2017-XX"
    assert (_time(analysis, "2016").anchor, _time(analysis, "three weeks").type) == ("absolute", "DURATION")
    assert (_time(analysis, "Yesterday").value, _time(analysis, "Yesterday").anchor) == ("2024-12-09", "publication")


def test_an_expression_that_dates_an_event_names_it(analysis: Analysis) -> None:
    meeting = next(e for e in analysis.events if e.trigger.text == "met")
    assert meeting.date is not None and meeting.date.expression is not None
    monday = _time(analysis, "Monday")
    assert (monday.span.start, monday.span.end) == (meeting.date.expression.start, meeting.date.expression.end)
    assert monday.event == meeting.id
    assert _time(analysis, "Yesterday").event is None  # "the port was quiet": nothing happened to date
    assert _time(analysis, "three weeks").event is None  # a duration dates nothing


def test_json_round_trip_and_store_keep_the_times(analysis: Analysis, tmp_path: Path) -> None:
    record = json.loads(analysis.dumps())
    assert {"value", "type", "precision", "span", "rule", "anchor", "event", "mod"} <= record["times"][0].keys()
    assert Analysis.from_json(record) == analysis
    store = SQLiteStore(tmp_path / "news.db")
    store.save(analysis)
    stored = store.get(analysis.article.id)
    store.close()
    assert stored is not None and stored.times == analysis.times


@pytest.mark.parametrize(("text", "words", "value"), [
    # the clause, not the sentence: the relative clause looks back, the main clause ahead
    ("Officials said the plant, which closed in March, will reopen in January.", "March", "2024-03"),
    ("Officials said the plant, which closed in March, will reopen in January.", "January", "2025-01"),
    ("The two sides agreed to resume talks in January.", "January", "2025-01"),
    ("The envoy tried to meet the rebels on Monday.", "Monday", "2024-06-10"),
    ("Floods forced residents to leave their homes on Monday.", "Monday", "2024-06-10"),  # they left then
    ("The council voted to reopen the bridge on Monday.", "Monday", "2024-06-17"),  # not yet
    ("The council voted to repeal the bridge toll on Monday.", "Monday", "2024-06-10"),  # repealed in the vote
    ("The board declared a dividend payable on Sept. 30.", "Sept. 30", "2024-09-30"),
    ("The board paid a dividend on Sept. 30.", "Sept. 30", "2023-09-30"),
    ("He said the firm would file the papers in August.", "August", "2024-08"),
    # a schedule in the present names the nearest such day, ahead or behind
    ("The last flight, which launches July 8, carries four crew.", "July 8", "2024-07-08"),
    ("The fair, which opens May 30, is in its second week.", "May 30", "2024-05-30"),
    # a perfect infinitive looks back; a plain one ahead
    ("The skipper is thought to have drowned on Sunday.", "Sunday", "2024-06-09"),
    ("The skipper is expected to sail on Sunday.", "Sunday", "2024-06-16"),
    # the next hearing, or a detention pending one, lies ahead of a past order
    ("The court remanded her in custody pending a hearing on June 20.", "June 20", "2024-06-20"),
    ("The judge denied bail ahead of her next hearing on June 20.", "June 20", "2024-06-20"),
    ("The court heard the case at her last hearing on June 3.", "June 3", "2024-06-03"),
])
def test_clause_tense_chooses_the_year(text: str, words: str, value: str) -> None:
    published = date(2024, 6, 12)  # a Wednesday
    doc = bare_nlp()(text)
    found = {t.text: t.value for t in find_timexes(text, published, clause_tense(doc))}
    assert found[words] == value


def test_today_in_a_dated_quote_is_the_speaking_day(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("date 2024-12-11 KIEL, Germany — \"We will put the harbour levy to a vote today,\" the mayor said on "
            "Tuesday. \"Nothing changes today,\" a dock worker said.")
    result = next(iter(analyze_articles([article_from_text(text, "<test>")], nlp)))
    assert isinstance(result, Analysis)
    todays = [(t.value, t.anchor) for t in result.times if t.span.text == "today"]
    assert todays == [("2024-12-10", "speech"), ("2024-12-11", "publication")]  # no day given: the paper's
    vote = next(e for e in result.events if e.trigger.text == "vote")
    assert vote.date is not None and vote.date.value == "2024-12-10"


def test_yesterday_in_reported_words_counts_from_the_speaking_day(nlp) -> None:  # type: ignore[no-untyped-def]
    """Reported words ("said on Tuesday that … yesterday") and a speaking clause before the cue ("Speaking on
    Tuesday, the mayor said: 'today …'") count from the day the words were said."""
    text = ("date 2024-12-12 KIEL, Germany — The mayor said on Tuesday that the council had approved the levy "
            "yesterday. Speaking on Tuesday, the harbour master said: \"Today we signed the lease.\"")
    result = next(iter(analyze_articles([article_from_text(text, "<test>")], nlp)))
    assert isinstance(result, Analysis)
    values = {t.span.text: (t.value, t.anchor) for t in result.times if t.span.text in ("yesterday", "Today")}
    assert values == {"yesterday": ("2024-12-09", "speech"), "Today": ("2024-12-10", "speech")}

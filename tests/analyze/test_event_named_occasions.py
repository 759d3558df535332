"""Names of occasions (a conference, an open, a carnival) are events when the clause treats them as one:
sentences written for these tests, with hard negatives (programmes, product lines, bare heads)."""

from __future__ import annotations

import pytest

from dateline.analyze import analyze_articles
from dateline.ingest import article_from_text
from dateline.model import Analysis, Event


def _events(nlp, body: str) -> list[Event]:  # type: ignore[no-untyped-def]
    text = "date 2025-03-12\n\nNAIROBI, Kenya — The ministry met on Monday. " + body
    result = next(iter(analyze_articles([article_from_text(text, "<test>")], nlp)))
    assert isinstance(result, Analysis)
    return result.events


@pytest.mark.parametrize(("body", "trigger", "category", "modality", "date"), [
    ("The minister spoke at the Mombasa Trade Conference in February.", "Conference", "CONSULT", "happened",
     "2025-02"),
    ("Thousands attended the Lamu Cultural Festival on Sunday.", "Festival", "HAPPENING", "happened", "2025-03-09"),
    ("The band will play at the upcoming Kisima Music Awards.", "Awards", "CONTEST", "planned", None),
    ("The Safari Rally Championship was postponed after the floods.", "Championship", "CONTEST", "blocked", None),
    ("Breeders can visit the Nakuru Agricultural Show, April 11-13, in the showground.", "Show", "HAPPENING",
     "planned", "2025-04-11"),
])
def test_a_named_occasion_is_an_event(nlp, body: str, trigger: str, category: str,  # type: ignore[no-untyped-def]
                                      modality: str, date: str | None) -> None:
    found = [e for e in _events(nlp, body) if e.trigger.text == trigger]
    assert found, body
    event = found[0]
    assert (event.category, event.modality) == (category, modality)
    assert (event.date.value if event.date else None) == date
    assert event.source is None or trigger not in event.source.name  # its own name takes no part in it


@pytest.mark.parametrize(("body", "trigger"), [
    # a product line, a programme title, a bare head, a name with no occasion frame
    ("The toy maker sells a line of kits called the Junior Engineer Series.", "Series"),
    ("She presents the Morning Show on national radio.", "Show"),
    ("The Kenya Open University enrolled 4,000 students.", "University"),
    ("The Nairobi Film Festival Trust owns the archive.", "Trust"),
])
def test_a_name_that_names_no_occasion(nlp, body: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in _events(nlp, body) if e.trigger.text == trigger]

"""The article's time expressions as records, each tied to the event it dates.

Runs after the events so that an event whose date is an expression of the text lends that
expression its id; the values come from :mod:`.timex`, the clause tenses from :mod:`.tense`.
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Article, Event, Span, TimeExpression
from .doctext import doc_text
from .speech_time import speech_times
from .tense import clause_tense
from .timex import find_timexes, precision


@Language.factory("dateline_times", assigns=["doc._.times"], requires=["doc._.article", "doc._.events", "doc._.quotes"])
def make_times(nlp: Language, name: str) -> TimeReader:
    return TimeReader()


class TimeReader:
    def __call__(self, doc: Doc) -> Doc:
        article: Article | None = doc._.article
        dated = _dated(list(doc._.events or []))
        doc._.times = [TimeExpression(t.value, t.type, precision(t.value), Span(t.start, t.end, t.text), t.rule,
                                      t.anchor, dated.get((t.start, t.end)), t.mod)
                       for t in speech_times(find_timexes(doc_text(doc), _published(article), clause_tense(doc)),
                                             list(doc._.quotes or []), doc)]
        return doc


def _dated(events: list[Event]) -> dict[tuple[int, int], str]:
    """Span of each event's date expression → the first event it dates."""
    dated: dict[tuple[int, int], str] = {}
    for event in events:
        expression = event.date.expression if event.date else None
        if expression is not None:
            dated.setdefault((expression.start, expression.end), event.id)
    return dated


def _published(article: Article | None) -> date | None:
    try:
        return date.fromisoformat((article.published or "")[:10]) if article else None
    except ValueError:
        return None

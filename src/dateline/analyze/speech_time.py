"""Times a speaker gives inside a quote count from the day the words were spoken.

'"We vote today," she said on Tuesday' in Wednesday's paper votes on Tuesday: the quote's "today",
"tomorrow" and "yesterday" are anchored to the day of the reporting clause when the article gives one, not to
the publication date. Without such a day the publication date stands (the usual same-day reading).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc

from ..model import Quote
from .timex import Timex

# Days from the speaking day each word names.
_SHIFT = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "yesterday": -1,
          "tomorrow": 1}
_QUOTED = {"direct", "mixed", "block", "indirect"}  # "said on Monday that the vote was held yesterday" too
_SPEAKING = {"speak", "address", "write", "talk", "tell", "testify", "brief"}


def speech_times(timexes: list[Timex], quotes: list[Quote], doc: Doc) -> list[Timex]:
    """The time expressions, with those said inside a dated quote counted from its day."""
    moved: dict[int, Timex] = {}
    for quote in quotes:
        if quote.kind not in _QUOTED or quote.cue is None:
            continue
        day = _speaking_day(timexes, quote, doc)
        if day is None:
            continue
        for timex in timexes:
            word = timex.text.lower()
            if word not in _SHIFT or timex.rule != "rule:timex_relative_day" or not timex.value \
                    or not quote.content.start <= timex.start < quote.content.end:
                continue
            value = (day + timedelta(days=_SHIFT[word])).isoformat() + timex.value[10:]
            moved[timex.start] = replace(timex, value=value, anchor="speech")
    return [moved.get(t.start, t) for t in timexes]


def _speaking_day(timexes: list[Timex], quote: Quote, doc: Doc) -> date | None:
    """The day the reporting verb is given ("she said on Tuesday", "told reporters Monday")."""
    assert quote.cue is not None
    span = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
    if span is None:
        return None
    cue = span.root
    for timex in timexes:
        if quote.content.start <= timex.start < quote.content.end or not timex.value or len(timex.value) < 10:
            continue
        if not cue.sent.start_char <= timex.start < cue.sent.end_char:
            continue
        found = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if found is None:
            continue
        verb = next((w for w in [found.root, *found.root.ancestors] if w.pos_ in ("VERB", "AUX")), None)
        if verb is not None and (verb.i == cue.i or (verb.head.i == cue.i and verb.dep_ == "advcl"
                                                     and verb.lemma_.lower() in _SPEAKING)):  # "Speaking on
            # Monday, the mayor said: …"
            try:
                return date.fromisoformat(timex.value[:10])
            except ValueError:
                return None
    return None

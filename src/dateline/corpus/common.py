"""What the corpus modules read off one stored analysis: actor identities, sentences, counts, quotes.

Kept apart so that timelines, the graph and comparisons key actors the same way (``Entity.identity``,
else the written name) and find an annotation's sentence the same way.
"""

from __future__ import annotations

import bisect
import re
from datetime import date

from ..model import Analysis, Entity, EventActor, QuoteRef, Range, Span

ACTOR_TYPES = ("person", "organisation", "group")

_NUMBER = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w]|,\d)")
_NUMBER_WORDS = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozens|hundreds|thousands)\b", re.IGNORECASE)


def name_key(name: str) -> str:
    """The key of an actor no entity stands behind: its written name, folded."""
    return "name:" + " ".join(name.casefold().split())


def identity_of(entity: Entity) -> str:
    return entity.identity or name_key(entity.name)


def actor_key(analysis: Analysis, actor: EventActor | None, entities: dict[str, Entity]) -> str | None:
    """An event participant's corpus-wide key; None for no participant."""
    if actor is None:
        return None
    entity = entities.get(actor.entity or "")
    if entity is not None:
        return identity_of(entity)
    return name_key(actor.name) if actor.name.strip() else None


def entity_index(analysis: Analysis) -> dict[str, Entity]:
    return {entity.id: entity for entity in analysis.entities}


def sentence_of(analysis: Analysis, offset: int) -> Range:
    """The sentence holding character ``offset`` (the whole body when the analysis has no sentences)."""
    starts = [s.start for s in analysis.sentences]
    index = bisect.bisect_right(starts, offset) - 1
    if index >= 0 and analysis.sentences[index].end > offset:
        return analysis.sentences[index]
    return analysis.article.body


def span_of(analysis: Analysis, stretch: Range) -> Span:
    text = analysis.article.text
    start, end = stretch.start, stretch.end
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end, text[start:end])


def numbers_in(analysis: Analysis, stretch: Range) -> list[str]:
    """Counts a sentence gives, not its dates: digits and number words outside every time expression."""
    text = analysis.article.text
    times = [(t.span.start, t.span.end) for t in analysis.times if t.span.end > stretch.start
             and t.span.start < stretch.end]
    found: list[str] = []
    for pattern in (_NUMBER, _NUMBER_WORDS):
        for match in pattern.finditer(text, stretch.start, stretch.end):
            if any(s <= match.start() < e for s, e in times):
                continue
            value = match.group().lower()
            if value.isdigit() and 1900 <= int(value) <= 2100:
                continue  # a year the time layer did not read
            if value not in found:
                found.append(value)
    return found


def quote_refs(analysis: Analysis, ids: set[str], offsets: list[int]) -> list[QuoteRef]:
    """The quotes named in ``ids`` and those whose words hold one of ``offsets``, innermost first."""
    refs: list[QuoteRef] = []
    for quote in analysis.quotes:
        inside = any(quote.content.start <= o < quote.content.end for o in offsets)
        if quote.id in ids or inside:
            speaker = quote.speaker.name if quote.speaker else None
            refs.append(QuoteRef(analysis.article.id, quote.id, speaker, quote.content))
    return refs


def day(value: str | None) -> str | None:
    """The date part of an ISO date or date-time."""
    return value[:10] if value else None


def as_date(value: str | None) -> date | None:
    """A full ``YYYY-MM-DD`` as a date; None for anything less precise or not a date."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def words(analysis: Analysis) -> int:
    body = analysis.article.body
    return len(analysis.article.text[body.start:body.end].split())


def surname_joins(keys: set[str]) -> dict[str, str]:
    """Within one selection, a bare surname key ("person:netanyahu") → the one full name that ends with it.

    Stays apart when no or several full names end with it: two Okonkwos are not guessed between.
    """
    joins = {}
    for key in keys:
        kind, _, name = key.partition(":")
        if kind != "person" or " " in name or not name:
            continue
        full = [k for k in keys if k.startswith("person:") and k.endswith(" " + name)]
        if len(full) == 1:
            joins[key] = full[0]
    return joins

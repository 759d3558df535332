"""Timelines: the events of a set of articles merged into one entry per real-world event, in date order.

Two reports are one event when they have the same category, share a participant (``Entity.identity``)
and their dates agree: equal, one a coarser form of the other ("2024-02" and "2024-02-07"), or
undated and within the days before the article appeared. Reports with the same participants on both
sides a couple of days apart are the same event too, with a date
disagreement. An event with no participant joins only the same trigger word on the same date.
What articles disagree on (date, modality on the same publication day, the counts their sentence
gives) is kept side by side rather than settled.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..model import Analysis, Disagreement, Event, EventSupport, Timeline, TimelineEntry, Variant
from .common import (
    actor_key,
    as_date,
    day,
    entity_index,
    numbers_in,
    quote_refs,
    sentence_of,
    span_of,
    surname_joins,
)

NEAR_DAYS = 2
"""A same-participants, same-trigger report dated this close is the same event told with another date."""
UNDATED_DAYS = 10
"""An undated report joins an event dated up to this many days before its article appeared."""


@dataclass
class _Report:
    support: EventSupport
    category: str
    lemma: str
    source: str | None
    target: str | None
    source_name: str | None
    target_name: str | None
    precision: str | None
    actors: set[str] = field(default_factory=set)  # the keys of source and target that are entities
    place: str | None = None

    @property
    def participants(self) -> set[str]:
        """Entity-backed participants: a written phrase ("the river", "12 workers") is no actor to join on."""
        return {p for p in (self.source, self.target) if p and p in self.actors}

    @property
    def others(self) -> set[str]:
        return {p for p in (self.source, self.target, self.place) if p} - self.participants


@dataclass
class _Entry:
    reports: list[_Report] = field(default_factory=list)

    @property
    def participants(self) -> set[str]:
        return set().union(*(r.participants for r in self.reports))


def lemma_of(event: Event) -> str:
    """The lexicon entry's head word (``lexicon:cameo_verbs.tsv#meet`` → meet), else the trigger, folded."""
    if event.rule and "#" in event.rule:
        word = event.rule.split("#", 1)[1].split()
        if word:
            return word[0].casefold()
    return event.trigger.text.casefold()


def reports(analysis: Analysis, only: set[str] | None = None) -> list[_Report]:
    """One report per event of the article; with ``only``, those where one of these actors takes part."""
    entities = entity_index(analysis)
    found = []
    for event in analysis.events:
        source = actor_key(analysis, event.source, entities)
        target = actor_key(analysis, event.target, entities)
        if only is not None and not ({source, target} & only):
            continue
        sentence = sentence_of(analysis, event.trigger.start)
        voices = {e.voice for e in event.evidence if e.voice != "article"}
        support = EventSupport(
            article_id=analysis.article.id, outlet=analysis.article.outlet, published=analysis.article.published,
            event=event.id, trigger=event.trigger, modality=event.modality,
            date=event.date.value if event.date and _is_date(event.date.value) else None,
            sentence=span_of(analysis, sentence), numbers=numbers_in(analysis, sentence),
            quotes=quote_refs(analysis, voices, [event.trigger.start]))
        found.append(_Report(support, event.category, lemma_of(event), source, target,
                             event.source.name if event.source else None,
                             event.target.name if event.target else None,
                             event.date.precision if event.date and support.date else None,
                             {k for k in (source, target) if k and not k.startswith("name:")},
                             actor_key(analysis, event.place, entities)))
    return found


def _is_date(value: str | None) -> bool:
    """A calendar value (2024, 2024-02, 2024-02-07): TIMEX3 references such as PRESENT_REF are not dates."""
    return bool(value) and value[:4].isdigit()  # type: ignore[index]


def _dates_agree(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


def _near(a: str, b: str) -> bool:
    first, second = as_date(a), as_date(b)
    return first is not None and second is not None and abs((first - second).days) <= NEAR_DAYS


def _undated_fits(dated: str, published: str | None) -> bool:
    """An undated report fits a dated event that happened shortly before (or on) its publication day."""
    when, out = as_date(dated), as_date(published)
    if when is None or out is None:
        return True
    return out - timedelta(days=UNDATED_DAYS) <= when <= out + timedelta(days=1)


def _fits(entry: _Entry, report: _Report) -> bool:
    first = entry.reports[0]
    if first.category != report.category:
        return False
    shared = entry.participants & report.participants
    if not report.participants or not entry.participants:
        return _loose_fit(entry, report)
    if not shared:
        return False
    same_sides = any(r.source == report.source and r.target == report.target for r in entry.reports)
    for other in entry.reports:
        mine, theirs = report.support.date, other.support.date
        if mine and theirs:
            if not _dates_agree(mine, theirs) and not (same_sides and _near(mine, theirs)):
                return False
        elif mine and not theirs:
            if not _undated_fits(mine, other.support.published):
                return False
        elif theirs and not mine:
            if not _undated_fits(theirs, report.support.published):
                return False
        elif not _near(day(report.support.published) or "", day(other.support.published) or "") \
                and report.support.published != other.support.published:
            return False  # two undated reports: one event only if their articles came out close together
    return True


def _loose_fit(entry: _Entry, report: _Report) -> bool:
    """Without actors on both sides: the same trigger word, on an agreeing date, with a shared place or
    phrase when either names one."""
    if any(r.lemma != report.lemma or r.participants != report.participants for r in entry.reports):
        return False
    others = set().union(*(r.others for r in entry.reports))
    if (others or report.others) and not (others & report.others):
        return False
    mine = report.support.date
    return mine is not None and all(r.support.date and _dates_agree(mine, r.support.date) for r in entry.reports)


def merge(found: Iterable[_Report]) -> list[_Entry]:
    """Greedy, in publication order: each report joins the first entry it fits, else opens one."""
    ordered = sorted(found, key=lambda r: (r.support.published or "", r.support.article_id, r.support.trigger.start))
    entries: list[_Entry] = []
    by_key: dict[tuple[str, str], list[_Entry]] = {}
    for report in ordered:
        keys = [(report.category, p) for p in sorted(report.participants)] or [(report.category, "#" + report.lemma)]
        keys += [(report.category, "#" + report.lemma)] if report.participants else []
        candidates: list[_Entry] = []
        for key in keys:
            candidates += [e for e in by_key.get(key, []) if e not in candidates]
        home = next((e for e in candidates if _fits(e, report)), None)
        if home is None:
            home = _Entry()
            entries.append(home)
        home.reports.append(report)
        for key in keys:
            if home not in by_key.setdefault(key, []):
                by_key[key].append(home)
    return entries


def _variants(pairs: list[tuple[str, EventSupport]]) -> list[Variant]:
    grouped: dict[str, list[EventSupport]] = {}
    for value, support in pairs:
        grouped.setdefault(value, []).append(support)
    return [Variant(value, [s.article_id for s in group], sorted({s.outlet or "(no outlet)" for s in group}))
            for value, group in sorted(grouped.items())]


def _disagreements(supports: list[EventSupport]) -> list[Disagreement]:
    found = []
    dated = [(s.date, s) for s in supports if s.date]
    finest = {d for d, _ in dated if not any(o != d and o.startswith(d) for o, _ in dated)}
    if len(finest) > 1:
        found.append(Disagreement("date", _variants([(d, s) for d, s in dated if d in finest])))
    by_day: dict[str | None, set[str]] = {}
    for support in supports:
        by_day.setdefault(day(support.published), set()).add(support.modality)
    if any(len(modalities) > 1 for modalities in by_day.values()):
        found.append(Disagreement("modality", _variants([(s.modality, s) for s in supports])))
    counted = [(", ".join(s.numbers), s) for s in supports if s.numbers]
    if len({value for value, _ in counted}) > 1:
        found.append(Disagreement("numbers", _variants(counted)))
    return found


def _entry(number: int, entry: _Entry) -> TimelineEntry:
    supports = [r.support for r in entry.reports]
    dates = [(r.support.date, r.precision) for r in entry.reports if r.support.date]
    finest = max((len(d or "") for d, _ in dates), default=0)
    best = Counter(d for d in dates if len(d[0] or "") == finest).most_common(1)
    history: list[str] = []
    for support in supports:
        if not history or history[-1] != support.modality:
            history.append(support.modality)
    sources = Counter(r.source_name for r in entry.reports if r.source_name).most_common(1)
    targets = Counter(r.target_name for r in entry.reports if r.target_name).most_common(1)
    return TimelineEntry(
        id=f"t{number}", category=entry.reports[0].category, date=best[0][0][0] if best else None,
        precision=best[0][0][1] if best else None, modality=supports[-1].modality, history=history,
        source=sources[0][0] if sources else None, target=targets[0][0] if targets else None,
        participants=sorted(entry.participants), triggers=sorted({r.support.trigger.text for r in entry.reports}),
        supports=supports, disagreements=_disagreements(supports))


def _order(entry: TimelineEntry) -> tuple[str, str, str]:
    first_seen = min((s.published or "" for s in entry.supports), default="")
    return (entry.date or day(first_seen) or "9999", first_seen, entry.category)


def build(analyses: Iterable[Analysis], scope: str, only: set[str] | None = None) -> Timeline:
    """The timeline of these articles; with ``only`` (actor identities), of the events those actors take part in."""
    articles: list[str] = []
    found: list[_Report] = []
    for analysis in analyses:
        articles.append(analysis.article.id)
        found += reports(analysis, only)
    keys = {k for r in found for k in (r.source, r.target) if k}
    joins = surname_joins(keys)
    for report in found:
        report.source = joins.get(report.source or "", report.source)
        report.target = joins.get(report.target or "", report.target)
        report.actors = {joins.get(k, k) for k in report.actors}
    entries = [_entry(0, e) for e in merge(found)]
    entries.sort(key=_order)
    for number, entry in enumerate(entries, 1):
        entry.id = f"t{number}"
    return Timeline(scope, articles, entries)


def since(timeline: Timeline, start: date) -> Timeline:
    """Only the entries dated (or, undated, first reported) on or after ``start``."""
    kept = [e for e in timeline.entries if (as_date(e.date) or as_date(_order(e)[1]) or start) >= start]
    return Timeline(timeline.scope, timeline.articles, kept)

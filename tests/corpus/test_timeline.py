"""Timelines on the test corpus: one entry per real event, modality over time, disagreements side by side."""

from __future__ import annotations

from dateline.corpus import timeline
from dateline.model import Analysis, TimelineEntry

from ..conftest import SEED, needs_shared
from .conftest import CORPUS, analyse


def _story(corpus: dict[str, Analysis], story: str) -> list[Analysis]:
    return [a for name, a in corpus.items() if name.startswith(story + "-")]


def _between(entries: list[TimelineEntry], first: str, second: str) -> list[TimelineEntry]:
    return [e for e in entries if {f"person:{first}", f"person:{second}"} <= set(e.participants)]


def test_planned_meeting_then_called_off_is_one_entry_with_date_disagreement(corpus: dict[str, Analysis]) -> None:
    built = timeline.build(_story(corpus, "s1"), "story:s1")
    meetings = _between(built.entries, "marta kolin", "piet hallam")
    planned = [e for e in meetings if e.history[0] == "planned"]
    assert len(planned) == 1
    entry = planned[0]
    assert "blocked" in entry.history and entry.modality == "blocked"
    outlets = {s.outlet for s in entry.supports}
    assert {"Harbor Wire", "Meridian Post", "Northgate Daily", "Coastline Times"} <= outlets
    dates = next(d for d in entry.disagreements if d.field == "date")
    sides = {v.value: v.outlets for v in dates.variants}
    assert sides["2025-03-07"] == ["Coastline Times"] and "Harbor Wire" in sides["2025-03-06"]
    assert any(q.speaker for s in entry.supports for q in s.quotes)  # the quotes that carry it
    # hard negative: the meeting that did happen a week later is its own entry, after the first
    held = [e for e in meetings if e.modality == "happened" and e.date == "2025-03-11"]
    assert len(held) == 1 and held[0] is not entry
    assert built.entries.index(held[0]) > built.entries.index(entry)


def test_counts_that_differ_are_shown_side_by_side(corpus: dict[str, Analysis]) -> None:
    built = timeline.build(_story(corpus, "s5"), "story:s5")
    counted = [d for e in built.entries for d in e.disagreements if d.field == "numbers"]
    assert counted
    sides = {v.value: v.outlets for v in counted[0].variants}
    assert sides["5,000"] == ["Coastline Times"] and "Harbor Wire" in sides["3,000"]


def test_entries_are_in_date_order_and_copies_agree(corpus: dict[str, Analysis]) -> None:
    built = timeline.build(_story(corpus, "s3"), "story:s3")
    dated = [e.date[:10] for e in built.entries if e.date and len(e.date) >= 10]
    assert dated == sorted(dated)
    # the strike deal: the wire original and its Northgate copy are one entry, with no disagreement
    deal = [e for e in built.entries if e.category == "AGREE" and (e.date or "").startswith("2025-03-27")]
    assert deal and {s.outlet for s in deal[0].supports} >= {"Harbor Wire", "Northgate Daily"}
    assert not [d for d in deal[0].disagreements if d.field == "date"]


def test_actor_timeline_spans_stories_and_keeps_only_that_actor(corpus: dict[str, Analysis]) -> None:
    kolin = {"person:marta kolin"}
    built = timeline.build(corpus.values(), "actor:Marta Kolin", kolin)
    assert built.entries and all(kolin & set(e.participants) for e in built.entries)
    months = {(e.date or "")[:7] for e in built.entries}
    assert "2025-03" in months and "2025-04" in months  # the dam talks and the trade deal signing


@needs_shared(SEED)
def test_seed_story_timeline_holds_blocked_meeting_and_press_conferences(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline.analyze import analyze_articles
    from dateline.ingest import read_sources

    ours = analyse(nlp, sorted((CORPUS / "seed-story").glob("*.txt")))
    seed = [a for a in analyze_articles(list(read_sources([str(SEED)])), nlp) if isinstance(a, Analysis)]
    built = timeline.build([*ours.values(), *seed], "seed story")
    meeting = _between(built.entries, "antony blinken", "herzi halevi")
    assert len([e for e in meeting if e.category == "CONSULT"]) == 1
    assert meeting[0].history[0] == "planned" and meeting[0].modality == "blocked"
    assert seed[0].article.id in {s.article_id for s in meeting[0].supports}
    assert len({s.article_id for s in meeting[0].supports}) >= 4
    conferences = [e for e in built.entries if e.category == "STATEMENT" and any(
        "conference" in t for t in e.triggers) and e.date and e.date.startswith("2024-02-07")]
    speakers = {p for e in conferences for p in e.participants}
    assert {"person:benjamin netanyahu", "person:antony blinken"} <= speakers
    netanyahu = [e for e in conferences if "person:benjamin netanyahu" in e.participants]
    assert len(netanyahu) == 1 and len(netanyahu[0].supports) >= 3  # his conference, told three times


def test_since_drops_earlier_entries(corpus: dict[str, Analysis]) -> None:
    from datetime import date

    built = timeline.build(_story(corpus, "s1"), "story:s1")
    later = timeline.since(built, date(2025, 3, 10))
    assert later.entries and len(later.entries) < len(built.entries)
    assert all((e.date or "9999")[:10] >= "2025-03-10" for e in later.entries if e.date and len(e.date) >= 10)


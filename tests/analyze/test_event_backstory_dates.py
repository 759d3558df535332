"""A clause that says who a named person is ("…, whose sister died when the boat sank") and what someone "has
said" at some time are backstory: the day the story stands on does not date them; a clause that gives its own
day keeps it. Sentences written for these tests."""

from __future__ import annotations

from dateline.model import Event

from ..conftest import events_of


def _events(nlp, body: str) -> list[Event]:  # type: ignore[no-untyped-def]
    text = "date 2025-03-14 HARBOURTON — " + body
    return events_of(nlp, text)


def _date(events: list[Event], trigger: str) -> str | None:
    event = next(e for e in events if e.trigger.text == trigger)
    return event.date.value if event.date else None


def test_who_a_named_person_is_keeps_no_story_day(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The harbour board ruled on Wednesday that the ferry line must close. \"It is a sad "
                          "day for the island,\" said Petra Vance, whose brother drowned when the old ferry sank.")
    assert _date(events, "ruled") == "2025-03-12"
    assert _date(events, "sank") is None


def test_the_speakers_part_in_the_scene_keeps_the_day(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Hundreds of islanders protested at the pier on Wednesday. \"We will not give up,\" "
                          "said Petra Vance, who marched with the islanders to the ferry office.")
    assert _date(events, "marched") == "2025-03-12"


def test_what_someone_has_said_keeps_no_story_day(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The harbour board ruled on Wednesday that the ferry line must close. The mayor has "
                          "said the council consulted her before the vote.")
    assert _date(events, "consulted") is None


def test_a_persons_clause_with_its_own_day_keeps_it(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The harbour board ruled on Wednesday that the ferry line must close. \"It is a sad "
                          "day,\" said Petra Vance, who was arrested on Tuesday at the pier.")
    assert _date(events, "arrested") == "2025-03-11"


def test_a_pages_posted_line_is_no_happening(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Posted on March 12, 2025 at 3:39 PM\n\nThe ferry board published its accounts on "
                          "Tuesday. The ministry posted the figures on Monday.")
    assert [e.trigger.text for e in events if e.category == "PUBLISH"] == ["published", "posted"]


def test_a_named_bodys_founder_credited_is_its_history(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "The Harbour Regatta was founded by Ann Holt to …" after a dated sentence: the body's history, no day of the
    story; hard negative: a new party founded by the day's delegates takes that day."""
    history = events_of(nlp, "date 2025-07-20\n\nHARBOURTON — The harbour festival opened on Monday with 40 boats. The "
                             "Harbour Regatta was founded by Ann Holt to raise money for the lifeboat crews.")
    assert [e.date for e in history if e.trigger.text == "founded"] == [None]
    news = events_of(nlp, "date 2025-07-20\n\nHARBOURTON — Hundreds of activists met in the town hall on Monday. A "
                          "new party was founded by the delegates.")
    assert [e.date.value if e.date else None for e in news if e.trigger.text == "founded"] == ["2025-07-14"]


def test_the_story_stands_on_the_main_clauses_day(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "A former clerk shot a manager on Wednesday at the depot from which he was dismissed "
                          "last week, police said. The manager died in hospital.")
    assert _date(events, "shot") == "2025-03-12"
    assert _date(events, "died") == "2025-03-12"
    # hard negative: a week told in the main clause is the story's own time
    events = _events(nlp, "Police raided a warehouse in the docks last week. Officers seized forty crates of "
                          "cigarettes.")
    assert _date(events, "seized") == "2025-W10"


def test_the_story_named_again_returns_to_its_day(nlp) -> None:  # type: ignore[no-untyped-def]
    body = ("A gunman shot a ferry guard on Wednesday outside the terminal. The guard was married two weeks ago. "
            "He won a bravery award last year after he disarmed a robber. Colleagues said he loved the job and "
            "spent his spare time coaching a youth football team on the island. {} happened near the ticket "
            "office. Passengers called for help and tried to stop the bleeding.")
    events = _events(nlp, body.format("The shooting"))
    assert _date(events, "called") == "2025-03-12"
    # hard negative: "a shooting" is another one, which takes the story back to no day of its own
    events = _events(nlp, body.format("A shooting"))
    assert _date(events, "called") != "2025-03-12"


def test_a_life_story_after_the_news_keeps_no_story_day(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The governor named Dr. Ada Lee as the state's health chief on Wednesday. Lee was "
                          "elected to the medical board in 2002 and won a national award in 1998. When a flood "
                          "destroyed her clinic, she rebuilt it with her own savings.")
    assert _date(events, "named") == "2025-03-12"
    assert _date(events, "flood") is None
    # hard negative: one year of background does not take the story away from its day
    events = _events(nlp, "Rescue crews reached the flooded village on Wednesday. The village was also struck by "
                          "an earthquake in 2003. The crews pulled two survivors from a collapsed barn.")
    assert _date(events, "pulled") == "2025-03-12"

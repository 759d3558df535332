"""Results in a game report told with words the result lexicon does not pair: a home opener lost to a side, a
playoff place clinched. Sentences written for these tests, each with a hard negative."""

from __future__ import annotations

from dateline.model import Event

from ..conftest import events_of

REPORT = ("date 2012-12-24\n\nHawks beat Owls 24-10, book a playoff place\n\n"
          "The Millbrook Owls lost their home opener to the Harbour Hawks on Sunday. The Hawks clinched a "
          "place in the playoffs with the win. The quarterback threw two touchdown passes and the defence forced a "
          "late fumble as the Owls' season ended.")


def _events(nlp, text: str) -> list[Event]:  # type: ignore[no-untyped-def]
    return events_of(nlp, text)


def test_a_home_opener_lost_to_a_side_is_the_game(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, REPORT)
    assert all(e.category == "CONTEST" for e in events if e.trigger.text == "lost")
    # the game lost is the game the headline's win tells: one event
    games = [e for e in events if e.trigger.text in ("lost", "beat", "victory") and e.category == "CONTEST"]
    assert len({e.id for e in games}) <= 2


def test_a_playoff_place_clinched_is_a_result(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, REPORT)
    clinched = [e.category for e in events if e.trigger.text in ("clinch", "clinched")]
    assert clinched and set(clinched) == {"CONTEST"}
    # hard negative: a firm that clinches a deal makes an agreement, no result
    deal = _events(nlp, "date 2012-12-24\n\nNegotiators clinched a deal on the budget on Monday.")
    assert all(e.category != "CONTEST" for e in deal)


def test_players_lost_to_injury_are_no_game(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "date 2012-12-24\n\nThe Owls lost two starters to injuries early in the "
                          "season, the coach said after the game.")
    assert all(not (e.trigger.text == "lost" and e.category == "CONTEST") for e in events)


def test_a_seasons_record_posted_is_a_standing(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, REPORT + " The Hawks reached the playoffs a year after posting the poorest record of "
                                   "any side in 2011.")
    assert [e for e in events if e.trigger.text == "posting"] == []
    # hard negative: a record set is a feat
    feat = _events(nlp, REPORT + " The quarterback also set a new club record for passing yards.")
    assert [e.category for e in feat if e.trigger.text == "set"] == ["CONTEST"]


def test_a_drive_marched_down_the_field_is_no_protest(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, REPORT + " Late in the fourth quarter the quarterback marched 80 yards downfield with "
                                   "his team.")
    assert all(e.category != "PROTEST" for e in events if e.trigger.text == "marched")
    # hard negative: fans marching in protest in a sports report do protest
    protest = _events(nlp, REPORT + " Before the game, fans marched to the stadium in protest at ticket prices.")
    assert [e.category for e in protest if e.trigger.text == "marched"] == ["PROTEST"]


def test_weighing_an_act_is_no_meeting(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "date 2011-01-05\n\nProsecutors are weighing charges against the driver.")
    assert [e.modality for e in events] == ["hypothetical"]  # the charging, open; no meeting
    # hard negative: a council debating a ban sits and debates
    debate = _events(nlp, "date 2011-01-05\n\nThe council debated the ban on Monday.")
    assert [e.category for e in debate if e.trigger.text == "debated"] == ["CONSULT"]


def test_the_round_a_side_advanced_to_lies_ahead(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "date 2013-03-08\n\nThe Owls advanced to Saturday's semifinals with the win.")
    semifinal = [(e.modality, e.date.value if e.date else None) for e in events if e.trigger.text == "semifinals"]
    assert semifinal == [("planned", "2013-03-09")]
    # hard negative: a semifinal won on a named day was played that day
    won = _events(nlp, "date 2013-03-08\n\nThe Owls won Saturday's semifinal against the Hawks.")
    assert [(e.modality, e.date.value if e.date else None) for e in won if e.trigger.text == "semifinal"] \
        == [("happened", "2013-03-02")]

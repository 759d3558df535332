"""Which time dates which act: the day a report came is not the day of what it tells, in its sentence or the
next; a time on another branch of the sentence is that branch's; one subject doing two things at the end-time
of the sentence did both then; a dated letter or statement dates the words it carries. Sentences written for
these tests, each with a hard negative."""

from __future__ import annotations

import pytest

from dateline.analyze import analyze_articles
from dateline.evaluation.plover import plover_view
from dateline.ingest import article_from_text
from dateline.model import Analysis, Event


def _events(nlp, body: str) -> list[Event]:  # type: ignore[no-untyped-def]
    text = "date 2025-03-12\n\nLYON, France — " + body
    result = next(iter(analyze_articles([article_from_text(text, "<test>")], nlp)))
    assert isinstance(result, Analysis)
    return result.events


def _date(events: list[Event], trigger: str) -> str | None:
    event = next(e for e in events if e.trigger.text == trigger)
    return event.date.value if event.date else None


def test_a_report_day_does_not_date_the_next_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Two climbers were injured in a rockfall, regional radio reported on Tuesday. Police "
                          "arrested a guide.")
    assert _date(events, "injured") is None and _date(events, "arrested") is None
    told = _events(nlp, "Rebels attacked a convoy on Tuesday. Two soldiers died.")  # a story's own day carries on
    assert _date(told, "died") == "2025-03-11"


def test_a_time_on_another_branch_is_that_branchs(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The bakery, which plans to close two shops starting this week, confirmed that it had "
                          "been contacted by the regulator.")
    assert _date(events, "contacted") is None


def test_one_subject_two_acts_one_time(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Rebels attacked the base and burned two trucks on Tuesday.")
    assert _date(events, "attacked") == "2025-03-11"
    apart = _events(nlp, "The council had agreed to buy 40 buses, but in 2019 the mayor was arrested.")
    assert _date(apart, "agreed") is None  # a clause with its own subject keeps its time


def test_a_dated_letter_dates_the_words_it_carries(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "In a March 5 memo, the union pleaded with the ministry to reopen the depot.")
    assert _date(events, "pleaded") == "2025-03-05"
    other = _events(nlp, "The March 5 election was cancelled on Monday.")  # a dated event noun keeps its own date
    assert _date(other, "election") == "2025-03-05"


def test_a_time_is_not_part_of_a_participant(nlp) -> None:  # type: ignore[no-untyped-def]
    shelved = next(e for e in _events(nlp, "The brewer shelved its listing on June 2, 2024.")
                   if e.trigger.text == "shelved")
    assert shelved.target is not None and shelved.target.name == "its listing"
    lifted = next(e for e in _events(nlp, "The army lifted a week-old curfew on the port.")
                  if e.trigger.text == "lifted")
    assert lifted.target is not None and lifted.target.name.startswith("week-old curfew")


def test_a_later_day_of_the_story_does_not_date_an_event_told_before_it(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Two builders were charged over the scaffold's collapse. The builders pleaded not guilty "
                          "on Tuesday. The collapse prompted a review of site rules.")
    assert _date(events, "collapse") is None
    collapse = next(e for e in events if e.trigger.text == "collapse")
    assert collapse.modality == "happened"  # charged over it, not with it


def test_what_someone_speaks_on_keeps_its_own_time(nlp) -> None:  # type: ignore[no-untyped-def]
    fight = next(e for e in _events(nlp, "The club's captain weighed in on the brawl on Monday.")
                 if e.trigger.text == "brawl")
    assert fight.date is None and fight.modality == "happened"   # weighed in: spoke, did not weigh whether to brawl
    told = next(e for e in _events(nlp, "The brawl broke out on Monday.") if e.trigger.text == "brawl")
    assert told.date is not None and told.date.value == "2025-03-10"



def test_a_sentence_with_its_own_time_frame_takes_no_day_from_before(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The chef left the hotel on Tuesday. She had cooked there since November 2018, but a rival "
                          "sued her over the move.")
    sued = next(e for e in events if e.trigger.text == "sued")
    assert sued.date is None
    carried = _events(nlp, "The chef left the hotel on Tuesday. A rival sued her over the move.")
    assert _date(carried, "sued") == "2025-03-11"   # no time of its own: the story's day


def test_stepping_down_is_a_resignation(nlp) -> None:  # type: ignore[no-untyped-def]
    """A change of office (APPOINT, like "resignation"), which PLOVER codes as a retreat (CAMEO 0831)."""
    events = _events(nlp, "The head chef stepped down on Tuesday.")
    assert [(e.category, plover_view(e)) for e in events if e.trigger.text == "stepped"] == [("APPOINT", "RETREAT")]


def test_a_game_reports_results_happen_on_the_night_its_lead_names(nlp) -> None:  # type: ignore[no-untyped-def]
    filler = " ".join(f"The striker's {n} shots on goal kept the league match lively for the home crowd." for n in
                      ("early", "long", "low", "curling", "angled", "late", "deflected", "wild", "hopeful",
                       "clever", "weak", "firm", "high", "fine", "lucky", "brave", "quick", "rushed"))
    body = ("The Hawks beat the Owls 3-2 in overtime on Tuesday night in the league match.\n\n" + filler +
            "\n\nELSEWHERE\n\nThe Herons beat the Cranes 4-1 to end a three-game skid.")
    herons = next(e for e in _events(nlp, body) if e.source is not None and e.source.name == "Herons")
    assert herons.category == "CONTEST" and herons.date is not None and herons.date.value.startswith("2025-03-11")


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a "when" clause describing a time happens at that time
    ("The family kept the orchard after the spring of 1998, when a developer tried to purchase it.", "purchase",
     "1998-SP"),
    ("The ferry sank in 1994, when a storm hit the coast.", "storm", "1994"),
    ("When the minister arrived on Friday, protesters blocked the road.", "blocked", "2025-03-07"),
    ("It was a flood that first closed the mill, in 1987, when the river rose and the owners sold it.", "sold",
     "1987"),
    # a cleft tells its act at the copula's time; a cleft of a state dates no act
    ("It was a flood that first closed the mill, in 1987, when the river rose.", "closed", "1987"),
    ("It was the miller who sold the mill in 1987, long before the flood.", "flood", None),
    # the occasion an act happens at dates it; an occasion it follows does not
    ("At last week's hearing, two witnesses backed the plan.", "backed", "2025-W10"),
    ("After Saturday's brawl, the club suspended two players.", "suspended", None),
])
def test_a_when_clause_and_an_occasion_date_the_act(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                    expected: str | None) -> None:
    assert _date(_events(nlp, body), trigger) == expected, body


def test_a_clause_with_its_own_subject_keeps_its_own_time(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "A test launch could happen in April, and the first commercial launch is due to take place in late
    2026": the second launch's time is its infinitive's; "arrested on Monday and charged" shares one."""
    events = _events(nlp, "A test launch could happen in April, and the first commercial launch is due to take "
                          "place in late 2026.")
    assert [e.date.value if e.date else None for e in events if e.trigger.text == "launch"] == ["2025-04", "2026"]
    shared = _events(nlp, "The skipper was detained by police on Monday and charged with fraud.")
    assert _date(shared, "charged") == "2025-03-10"


def test_a_time_of_minutes_later_keeps_the_storys_day(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Guards cleared the square on Friday. Less than a minute later, a bomb exploded near the "
                          "fountain.")
    assert _date(events, "exploded") == "2025-03-07"
    assert all(e.date is None or e.date.value for e in events)  # a date always has a calendar value



@pytest.mark.parametrize("stamp", ["Posted: March 3, 2025 at 10:04 AM", "Last updated: 9:15 PM, March 3, 2025",
                                   "Published: 3 March 2025"])
def test_the_pages_time_stamp_is_no_happening(nlp, stamp: str) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, stamp + "\n\nThe ministry posted the figures on Monday.")
    assert [e.trigger.text for e in events] == ["posted"]  # the story's own posting stays


def test_injuries_a_disaster_causes_are_the_disasters(nlp) -> None:  # type: ignore[no-untyped-def]
    quake = _events(nlp, "The earthquake injured 200 people on Monday.")
    assert quake and {e.category for e in quake} == {"DISASTER"}  # not a death, not an assault
    gunman = _events(nlp, "A gunman injured three people on Tuesday.")
    assert [(e.trigger.text, e.category) for e in gunman] == [("injured", "ASSAULT")]


def test_the_day_of_a_crime_charged_is_the_crimes(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "A driver was charged with killing a cyclist on May 3, 2021.")
    assert _date(events, "killing") == "2021-05-03" and _date(events, "charged") != "2021-05-03"
    arrested = _events(nlp, "Anna Kowal robbed a bank last week. She was arrested on Monday for robbing it.")
    assert _date(arrested, "arrested") == "2025-03-10"  # hard negative: the arrest's own day stays


def test_a_happening_dated_in_the_past_under_a_future_clause_happened(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "It will be her second term as host, after hosting the 2019 ceremony.")
    hosted = [e for e in events if e.trigger.text in ("hosting", "ceremony")]
    assert [(e.modality, e.date.value if e.date else None) for e in hosted] == [("happened", "2019")]
    ahead = _events(nlp, "The board will publish the 2019 accounts on Friday.")  # hard negative: its own "will"
    assert [e.modality for e in ahead if e.trigger.text == "publish"] == ["planned"]


def test_a_bare_time_stamp_line_dates_no_happening(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "date 2025-03-12\n\nMill fire\n\nMarch 10, 2025 10:14 AM\n\nTwo workers were wounded in a fire at the mill."
    result = next(iter(analyze_articles([article_from_text(text, "<test>")], nlp)))
    assert isinstance(result, Analysis)
    assert _date(result.events, "wounded") is None  # when the page was written, not when they were hurt
    told = _events(nlp, "On March 10, 2025, two workers were wounded in a fire at the mill.")
    assert _date(told, "wounded") == "2025-03-10"  # hard negative: a date in the sentence dates it


def test_the_steps_after_a_dated_call_out_share_its_day(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Police were called to the mill on Saturday night. Officers arrived minutes later, "
                          "disarming the man.")
    assert _date(events, "arrived") == "2025-03-08TNI" and _date(events, "disarming") == "2025-03-08TNI"
    said = _events(nlp, "The mayor said on Saturday that the mill was safe. Officers arrived at the mill.")
    assert _date(said, "arrived") is None  # hard negative: the day words were said is no day of the story's


def test_what_is_asked_for_and_what_follows_keep_their_own_times(nlp) -> None:  # type: ignore[no-untyped-def]
    asked = _events(nlp, "The port authority applied in 2012 for the curfew to be lifted.")
    assert [(e.modality, e.date) for e in asked if e.trigger.text == "lifted"] == [("demanded", None)]
    follows = _events(nlp, "The announcement follows a visit by inspectors in 2019.")
    assert _date(follows, "announcement") is None and _date(follows, "visit") == "2019"
    own = _events(nlp, "The announcement on Monday follows a visit by inspectors in 2019.")
    assert _date(own, "announcement") == "2025-03-10"  # hard negative: its own day stays


def test_a_week_or_weekend_dates_the_passage_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The regatta was held over the weekend. Crews from nine towns raced, and a Lyon boat won.")
    assert _date(events, "won") == "2025-W10-WE"
    now = _events(nlp, "The club is now in talks. Its rivals raced in Lyon, and a Lyon boat won.")
    assert _date(now, "won") is None  # hard negative: "now" is no point on the calendar



def test_a_stamp_word_with_its_colon_mid_line_is_no_happening(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Updated: 5 March 2025 3:09 PM Created: 5 March 2025 3:01 PM.\n\nPolice arrested two men.")
    assert [e.trigger.text for e in events] == ["arrested"]



def test_a_stamp_word_before_a_date_is_no_happening(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Lyon Daily Published Saturday, March 8, 2025 1:19PM\n\nPolice arrested two men.")
    assert [e.trigger.text for e in events] == ["arrested"]
    told = _events(nlp, "The ministry published the figures on Saturday.")  # hard negative: a publication told
    assert [e.trigger.text for e in told] == ["published"]
    short = _events(nlp, "Two men held at the quay\n\nPosted Nov 4, 2024 9:12 AM CST\n\nPolice arrested two men.")
    assert "Posted" not in [e.trigger.text for e in short]  # the month abbreviated, which the parser leaves out
    told = _events(nlp, "The club posted a video on Monday.")  # hard negative: a posting told
    assert [e.trigger.text for e in told] == ["posted"]


def test_a_noun_is_not_dated_by_a_time_on_another_branch(nlp) -> None:  # type: ignore[no-untyped-def]
    # the year is the law's passing, not the hearing's; a time inside the noun's own clause still dates it
    events = _events(nlp, "Residents stayed away after the council chose to stream the hearing, since a bylaw "
                          "adopted last year requires it.")
    assert _date(events, "hearing") is None
    events = _events(nlp, "The council streamed the hearing on Monday, since a bylaw adopted last year requires "
                          "it.")
    assert _date(events, "hearing") == "2025-03-10"


def test_a_time_counted_from_another_happening_does_not_take_the_story_day(nlp) -> None:  # type: ignore[no-untyped-def]
    # "the day before she vanished" is a day of that vanishing, not the Monday the story reached
    events = _events(nlp, "On Monday, police searched the harbour. The day after the skipper vanished, officers "
                          "arrested his brother.")
    assert _date(events, "arrested") is None
    events = _events(nlp, "On Monday, police searched the harbour. Officers arrested the skipper.")
    assert _date(events, "arrested") == "2025-03-10"
    events = _events(nlp, "On Monday, police searched the harbour. Officers waited five minutes before they "
                          "arrested the skipper.")  # minutes counted stay within the day
    assert _date(events, "arrested") == "2025-03-10"


def test_a_time_in_a_clause_about_another_noun_is_not_the_nouns(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Officials flew to Lisbon this week for talks on the lease, which expires next year.")
    assert _date(events, "talks") == "2025-W11"
    assert _date(_events(nlp, "The talks planned for Monday were called off."), "talks") == "2025-03-17"


def test_the_occasion_an_act_happened_in_dates_it(nlp) -> None:  # type: ignore[no-untyped-def]
    # "in a 2021 raid", "in a crackdown that began in May": the occasion's time is the act's
    assert _date(_events(nlp, "The courier disappeared in a 2021 police sweep."), "disappeared") == "2021"
    assert _date(_events(nlp, "Dozens were arrested in a crackdown that began in May."), "arrested") == "2024-05"
    # but a dated noun the act is about is that noun's: the vote called off is the May 5 one
    assert (_date(_events(nlp, "The council cancelled the May 5 vote."), "vote") or "").endswith("-05-05")


def test_an_outcome_told_with_to_takes_the_night_of_the_act(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Scored twice to lead the Rovers past the Town on Tuesday" (published Wednesday 12 March 2025): the goals
    and the result are Tuesday's, the Tuesday just past; "agreed on Monday to pay the bill in June" keeps June ahead
    (hard negative)."""
    events = _events(nlp, "Smith scored twice to lead the Rovers past the Town 3-1 on Tuesday.")
    assert _date(events, "lead") == "2025-03-11"  # the result the goals lifted the side to
    events = _events(nlp, "The Rovers defeated the Hawks to win the cup on Sunday.")
    assert _date(events, "win") == "2025-03-09"  # a win the defeat brought, not a Sunday ahead
    events = _events(nlp, "The minister agreed on Monday to pay the bill in June.")
    assert _date(events, "agreed") == "2025-03-10"
    assert [t.value for t in _times(nlp, "The minister agreed on Monday to pay the bill in June.")
            if t.span.text == "June"] == ["2025-06"]


def test_a_game_lead_told_with_to_dates_the_round_up(nlp) -> None:  # type: ignore[no-untyped-def]
    """A round-up's lead ("completed a rally to lift the Rovers past the Town 5-4 Tuesday night") names the night
    every game below it was played."""
    lead = ("Smith's late header completed a rally to lift the Rovers past the Town 5-4 Tuesday night.\n\n"
            "Rovers 5, Town 4: Jones scored twice and the Rovers beat the Town in overtime.")
    times = [t.value for t in _times(nlp, lead) if t.span.text == "Tuesday night"]
    assert times == ["2025-03-11TNI"]


def _times(nlp, body: str):  # type: ignore[no-untyped-def]
    text = "date 2025-03-12\n\nLYON, France — " + body
    result = next(iter(analyze_articles([article_from_text(text, "<test>")], nlp)))
    return result.times


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # backstory does not take the day the story just gave: a past perfect (with the verbs that share its
    # auxiliary and a "before" clause under it), a perfect infinitive, a charge standing in the present
    ("Wardens found the trapper on Monday. He had shot and skinned a deer before a boat took him to a clinic.",
     "shot", None),
    ("Wardens found the trapper on Monday. He had shot and skinned a deer before a boat took him to a clinic.",
     "took", None),
    ("The minister resigned on Tuesday. The two firms to have signed contracts with the port also criticised the "
     "levy.", "signed", None),
    ("The audit was published on Tuesday. The treasurer is accused by rivals of hiding the port's debts.",
     "accused", None),
    # hard negative: the next act of the same scene takes the day
    ("Police arrived on Tuesday. Officers arrested two men.", "arrested", "2025-03-11"),
])
def test_backstory_keeps_no_borrowed_day(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                         expected: str | None) -> None:
    assert _date(_events(nlp, body), trigger) == expected


def test_a_speakers_words_keep_their_own_times(nlp) -> None:  # type: ignore[no-untyped-def]
    """The story's day does not reach into a quotation ("My father died of a stroke"); a time the speaker gives
    does (hard negative)."""
    events = _events(nlp, 'The clinic opened on Monday. "My father died of a stroke," she said.')
    assert _date(events, "died") is None
    events = _events(nlp, 'The clinic opened on Monday. "On Sunday my father died of a stroke," she said.')
    assert _date(events, "died") == "2025-03-09"


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # what is put off to a day is planned for that day (published Wednesday 12 March 2025); the putting off has
    # no such day
    ("The club pushed back the match to Sunday.", "match", ("planned", "2025-03-16")),
    ("The club pushed back the match to Sunday.", "pushed", ("happened", None)),
    ("The council postponed the vote until May.", "vote", ("planned", "2025-05")),
    ("The agency pushed the maiden launch back to 2027.", "launch", ("planned", "2027")),
    # hard negative: put off on a day, with no new day, is not done
    ("The council postponed the vote on Monday.", "vote", ("blocked", "2025-03-10")),
])
def test_what_is_put_off_takes_its_new_day(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                           expected: tuple[str, str | None]) -> None:
    (event,) = [e for e in _events(nlp, body) if e.trigger.text == trigger]
    assert (event.modality, event.date.value if event.date else None) == expected


def test_a_when_clause_after_a_dated_occasion_takes_its_day(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "The February 25 meeting, when the mayor asked the builder for a discount": the asking is on the meeting's
    day, however the parser hangs the clause; an undated scene gives none (hard negative)."""
    events = _events(nlp, "The inquiry centres on the February 25 meeting, when the mayor asked the builder for a "
                          "discount.")
    assert _date(events, "asked") == "2025-02-25"
    events = _events(nlp, "Police arrived at the scene, when the gunman fled.")
    assert all(e.date is None for e in events)


@pytest.mark.parametrize(("body", "dated", "undated", "value"), [
    ("The brewer agreed to buy a smaller rival for $40 million last week.", "agreed", "buy", "2025-W10"),
    ("The province pledged to hire 300 nurses two days ago.", "pledged", "hire", "2025-03-10"),
    ("The carrier agreed to lease four more jets yesterday.", "agreed", "lease", "2025-03-11"),
])
def test_a_time_told_as_past_dates_the_promise_not_what_it_promises(  # type: ignore[no-untyped-def]
        nlp, body: str, dated: str, undated: str, value: str) -> None:
    """ "Agreed to buy a rival last week": what was agreed is still to come, so a time its words place before now
    ("last week", "two days ago", "yesterday") dates the agreeing, wherever the parser hangs it."""
    events = _events(nlp, body)
    assert _date(events, dated) == value, body
    assert _date(events, undated) is None, body


def test_a_time_ahead_still_dates_what_is_agreed(nlp) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "on Friday" after "agreed to meet" is the meeting's day, not the agreeing's
    events = _events(nlp, "The two unions agreed to meet the rail operator on Friday.")
    assert _date(events, "meet") == "2025-03-14"
    assert _date(events, "agreed") is None


def test_an_occasion_a_clause_is_timed_against_keeps_no_day_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Within a month of the last launch event, the firm announced today another event to be held on April 2":
    today is the announcing's, not the last event's; "to be held" is the new event, not one more happening."""
    events = _events(nlp, "Within a month of its last launch event, Quillsoft announced today another event to be "
                          "held on April 2.")
    found = [(e.trigger.text, e.date.value if e.date else None) for e in events]
    assert ("event", None) in found and ("event", "2025-04-02") in found, found
    assert not any(t == "held" for t, _ in found), found
    # hard negative: the occasion's own day still dates it
    events = _events(nlp, "After the launch event on Monday, Quillsoft shares rose.")
    assert [e.date.value for e in events if e.trigger.text == "event" and e.date] == ["2025-03-10"]


def test_a_background_day_is_not_carried_once_the_story_moves_on(nlp) -> None:  # type: ignore[no-untyped-def]
    """An old day ("on March 3, 2004") dates the sentence after it, but not once a later year has been told ("it was
    sold in 2011 …"): the story has moved on (hard negative: with nothing in between, the day carries)."""
    events = _events(nlp, "The ferry line opened its first route on March 3, 2004. It was sold to a Danish group "
                          "in 2011, and its fleet grew to nine ships. The regulator criticised the fares.")
    assert _date(events, "criticised") is None
    events = _events(nlp, "The ferry line opened its first route on March 3, 2004. The regulator criticised the "
                          "fares.")
    assert _date(events, "criticised") == "2004-03-03"


def test_a_schedule_given_up_dates_no_delay(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "The refit, originally due in the autumn, will be delayed until May 2027": the old schedule is not the
    delaying's time, and the refit takes its new one (hard negative: a schedule that stands, "due in December",
    dates the launch as planned)."""
    events = _events(nlp, "The refit, originally due in the autumn, will be delayed until May 2027.")
    assert [(e.trigger.text, e.modality, _date(events, e.trigger.text)) for e in events] == [
        ("refit", "planned", "2027-05")]
    events = _events(nlp, "The launch of the new ferry, due in December, will be shown on television.")
    assert [(e.modality, _date(events, "launch")) for e in events if e.trigger.text == "launch"] == [
        ("planned", "2025-12")]


def test_what_is_put_off_until_a_day_is_planned_for_it(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The council put off the harbour vote until June.")
    assert [(e.modality, _date(events, "vote")) for e in events if e.trigger.text == "vote"] == [("planned", "2025-06")]
    events = _events(nlp, "The council put off the harbour vote.")  # hard negative: no new day, not done
    assert [e.modality for e in events if e.trigger.text == "vote"] == ["blocked"]


def test_what_is_rescheduled_for_a_day_is_planned_for_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "The Gdansk visit will be rescheduled for March 20": the visit is planned for its new day, and the
    rescheduling is no happening of that day (hard negative: a visit held on a day happened)."""
    events = _events(nlp, "The ferry's Gdansk visit will be rescheduled for March 20.")
    assert [(e.trigger.text, e.modality, _date(events, e.trigger.text)) for e in events] == [
        ("visit", "planned", "2025-03-20")]
    events = _events(nlp, "The ferry's Gdansk visit took place on March 10.")
    assert [(e.modality, _date(events, "visit")) for e in events if e.trigger.text == "visit"] == [
        ("happened", "2025-03-10")]


@pytest.mark.parametrize(("body", "trigger", "value"), [
    ("The port opens its new terminal two days before June 17.", "opens", "2025-06-15"),
    ("The trawler sailed three days after May 2.", "sailed", "2024-05-05"),
    # hard negative: a day told plainly is that day
    ("The trawler sailed on May 2.", "sailed", "2024-05-02"),
])
def test_a_day_counted_from_a_date(nlp, body: str, trigger: str, value: str) -> None:  # type: ignore[no-untyped-def]
    """ "Two days before June 17" is June 15: the count and the calendar time it counts from date the event together."""
    assert _date(_events(nlp, body), trigger) == value, body


@pytest.mark.parametrize(("body", "date"), [
    # the day of a named happening ("the March 3 strike") is that happening's, not the day the story stands on
    ("The dockers' union held a rally on Monday in the wake of the March 3 strike. Police arrested two men.",
     "2025-03-10"),
    # a day that only may come is no day of the story; a clause of "after" is set before the sentence's time
    ("The dockers' union may hold a rally this week. Police arrested two men.", None),
    ("The dockers' union held a rally on Monday. The rally came after police arrested two men.", None),
    # hard negative: the day the last sentence told carries on
    ("The dockers' union held a rally on Monday. Police arrested two men.", "2025-03-10"),
])
def test_only_a_day_the_story_stands_on_carries_to_the_next_sentence(  # type: ignore[no-untyped-def]
        nlp, body: str, date: str | None) -> None:
    assert _date(_events(nlp, body), "arrested") == date, body


@pytest.mark.parametrize(("body", "category"), [
    ("The first crates of samples arrived at the laboratory on Sunday.", "HAPPENING"),
    # hard negatives: people and bodies of people arriving somewhere are visits
    ("The inquiry panel arrived in Lyon on Sunday.", "CONSULT"),
    ("The delegation arrived in Lyon on Sunday.", "CONSULT"),
])
def test_things_that_arrive_visit_no_one(nlp, body: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.category for e in _events(nlp, body) if e.trigger.text == "arrived"] == [category], body


@pytest.mark.parametrize(("body", "trigger", "date"), [
    # a relative clause in another tense is told apart from its sentence's time
    ("A trawler captain who is the subject of a manhunt was charged with fraud on Thursday.", "manhunt", None),
    # hard negative: a relative clause in the same tense happened that day
    ("On Friday, fishermen rescued 70 migrants whose dinghy sank off the cape.", "sank", "2025-03-07"),
    # the time of what a decision or plan is to do is not the deciding's
    ("The mayor has made the decision to travel to Marseille on Thursday.", "decision", None),
    ("The mayor has made the decision to travel to Marseille on Thursday.", "travel", "2025-03-13"),
])
def test_relative_clauses_and_aims_keep_their_own_times(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                        date: str | None) -> None:
    assert _date(_events(nlp, body), trigger) == date, body


def test_the_day_news_came_out_dates_no_happening(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Details of the shooting emerged on Sunday": the day the news came out, neither the shooting's nor a
    happening of its own; the next sentence is not carried to it."""
    events = _events(nlp, "Further details of the shooting at the harbour emerged on Sunday. "
                          "A gunman fired from a boat.")
    assert [e.trigger.text for e in events if e.trigger.text == "emerged"] == []
    assert _date(events, "shooting") is None
    assert _date(events, "fired") is None
    # hard negative: a day the story itself stands on carries
    events = _events(nlp, "On Sunday a lone gunman opened fire on the quay. He fired from a boat.")
    assert _date(events, "fired") == "2025-03-09"


@pytest.mark.parametrize(("body", "category"), [
    ("His wife tried to revive him.", "RESCUE"),
    # hard negative: talks revived are a return to them
    ("The two sides tried to revive the talks.", "AGREE"),
])
def test_reviving_a_person_is_a_rescue(nlp, body: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.category for e in _events(nlp, body) if e.trigger.text == "revive"] == [category], body


@pytest.mark.parametrize(("body", "triggers"), [
    # a journey told again in other words by the same traveller is one
    ("The foreign minister headed to Marseille on Tuesday. Ahead of the minister's one-day trip, police arrested "
     "two men.", ["headed", "arrested"]),
    # hard negative: a trip elsewhere at another time is another trip
    ("The minister visited Nice in May. The minister's trip to Marseille came in June.", ["visited", "trip"]),
])
def test_a_journey_told_again_in_other_words_is_one(nlp, body: str,  # type: ignore[no-untyped-def]
                                                    triggers: list[str]) -> None:
    assert [e.trigger.text for e in _events(nlp, body)] == triggers, body


def test_what_follows_an_incident_keeps_no_day_of_the_incident(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Arrested in Saturday's stabbing": Saturday is the stabbing's; the arrest came later, on no day told
    (hard negative: "injured in Saturday's stabbing" was hurt that day)."""
    events = _events(nlp, "Police arrested a teenager in Saturday's stabbing of a waiter. A cook was injured in "
                          "Saturday's stabbing at the bistro.")
    assert _date(events, "arrested") is None
    assert _date(events, "stabbing") == "2025-03-08"
    assert _date(events, "injured") == "2025-03-08"


def test_the_victims_of_an_attack_keep_the_clauses_day(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Visited on Monday to help victims of the floods": Monday is the visit's, not the floods' (hard negative:
    "floods that struck on Sunday" keep their own day)."""
    events = _events(nlp, "The health minister on Monday visited Nice to help victims of the floods in the Var.")
    assert _date(events, "floods") is None
    assert _date(events, "visited") == "2025-03-10"
    events = _events(nlp, "The health minister on Monday visited Nice to help victims of the floods that struck "
                          "on Sunday.")
    assert _date(events, "floods") == "2025-03-09"


def test_a_weekdays_occasion_is_that_weeks(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Will appeal Wednesday's ruling", written on a Friday: the ruling two days before, not the Wednesday to
    come; "ahead of Sunday's vote" the Sunday two days ahead."""
    events = events_of_day(nlp, "2025-03-14", "The union will try to get around Wednesday's ruling. The mayor "
                                              "will campaign ahead of Sunday's vote.")
    assert _date(events, "ruling") == "2025-03-12"
    assert _date(events, "vote") == "2025-03-16"


def events_of_day(nlp, day: str, body: str) -> list[Event]:  # type: ignore[no-untyped-def]
    result = next(iter(analyze_articles([article_from_text(f"date {day}\n\nLYON, France — " + body, "<test>")], nlp)))
    assert isinstance(result, Analysis)
    return result.events


def test_a_time_after_a_clause_between_commas_closes_the_interrupted_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "… helping police investigating the theft at the depot, which stored the union's records, on June 17, 1992":
    the parse hangs the day on the sentence's verb, but it is the theft's; the help gets none. Hard negative: a time
    after a clause on the verb's own object stays the verb's."""
    events = _events(nlp, "She spent four months in jail in exchange for helping police investigating the theft at "
                          "the Mill Street depot, which stored the union's records, on June 17, 1992.")
    assert _date(events, "theft") == "1992-06-17"
    assert _date(events, "helping") is None
    met = _events(nlp, "The minister met the envoy, who flew in from Lagos, on Monday.")
    assert _date(met, "met") is not None


def test_who_someone_is_takes_no_date_from_the_news(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Tom Hale, a fundraiser who helped pay the burglars, was found dead on Saturday": the help is his past, not
    Saturday's; hard negatives: a clause with its own day keeps it, and "people whose boat sank" share the scene."""
    events = _events(nlp, "Tom Hale, a party fundraiser who helped pay the burglars in the harbour scandal, was found "
                          "dead on Saturday in a motel room.")
    assert _date(events, "helped") is None
    own = _events(nlp, "The minister, who arrived in Oslo on Monday, resigned on Tuesday.")
    assert _date(own, "arrived") == "2025-03-10"
    scene = _events(nlp, "The coastguard rescued 70 people whose boat sank off the cape on Sunday.")
    assert _date(scene, "sank") == "2025-03-09"


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # what is scheduled, due or set to happen at a time happens then (planned), though no lexicon lists the verb
    ("The tender offer is scheduled to expire on Friday.", "expire", ("planned", "2025-03-14")),
    ("The talks are set to resume on Monday in Geneva.", "resume", ("planned", "2025-03-17")),
    # hard negatives: a forecast and a wish are no schedule
    ("The company expects to earn more in 2026.", "earn", None),
    ("The firm wants to finish the bridge by May.", "finish", None),
])
def test_a_schedule_dates_what_is_scheduled(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                            expected: tuple[str, str] | None) -> None:
    found = [(e.modality, e.date.value if e.date else None) for e in _events(nlp, body) if e.trigger.text == trigger]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # a craft put into service is launched; a case won is a court's decision, as a case lost is
    ("Skyways intend to launch the jet into passenger service in November 2025.", "launch", "LAUNCH"),
    ("The union won its appeal against the dismissal on Friday.", "won", "LEGAL"),
    # hard negatives: words launched into, a game won
    ("The senator launched into a tirade against the plan.", "launched", None),
    ("The club won the final on Friday.", "won", "CONTEST"),
])
def test_launched_into_service_and_cases_won(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                              category: str | None) -> None:
    assert [e.category for e in _events(nlp, body) if e.trigger.text == trigger] == ([category] if category else [])


@pytest.mark.parametrize(("body", "trigger", "date"), [
    # a time put first in the sentence sets the scene for each clause joined with "and", own subject or not
    ("He joined the club in 2019. One year later he was sacked and he founded a rival club.", "founded", "2020"),
    # hard negative: a clause joined with "but" is told apart
    ("In May the council approved the plan, but the mayor vetoed it.", "vetoed", None),
])
def test_a_fronted_time_dates_each_clause_joined_with_and(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                          date: str | None) -> None:
    assert _date(_events(nlp, body), trigger) == date


@pytest.mark.parametrize(("body", "trigger", "value"), [
    # a deed told in the present perfect as the day's news is done by that day
    ("The Lyon transport authority said on Monday it has filed a complaint against the tram builder.", "filed",
     "2025-03-10"),
    ("The tram builder has acquired a Swiss rival, the company said on Monday.", "acquired", "2025-03-10"),
    # hard negatives: a past perfect lies before the saying; a deed with its own time keeps it
    ("The Lyon transport authority said on Monday it had filed a complaint against the tram builder.", "filed",
     None),
    ("The tram builder has sold two hundred trams since 2015, the company said on Monday.", "sold", "2015"),
])
def test_a_perfect_told_as_news_is_dated_by_the_saying(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                      value: str | None) -> None:
    assert _date(_events(nlp, body), trigger) == value, body


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    # a dated occasion under a modal passive lies ahead, not a past told with a wrong date
    ("The new accords should be signed after the June 8 elections, the mayor said.", "elections", "planned"),
    # hard negative: a past occasion in a past clause happened
    ("The accords were signed after the March 2 elections, the mayor said.", "elections", "happened"),
])
def test_an_occasion_under_a_modal_passive_lies_ahead(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                     modality: str) -> None:
    assert [e.modality for e in _events(nlp, body) if e.trigger.text == trigger] == [modality], body


@pytest.mark.parametrize(("body", "expected"), [
    # a named competition one takes part in, or is a finalist in, is the occasion, dated by the clause
    ("The Lyon cellist was chosen to take part in the Geneva International Cello Competition next month.",
     [("Competition", "CONTEST", "planned", "2025-04")]),
    ("In 2023 she was a finalist in the Baltic Youth Piano Competition.",
     [("Competition", "CONTEST", "happened", "2023")]),
    # hard negative: an institution named like a forum is where one works
    ("She works as a researcher at the Lyon Policy Forum.", []),
])
def test_an_occasion_one_takes_part_in(nlp, body: str,  # type: ignore[no-untyped-def]
                                       expected: list[tuple[str, str, str, str]]) -> None:
    assert [(e.trigger.text, e.category, e.modality, e.date.value if e.date else None)
            for e in _events(nlp, body)] == expected, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a deadline, a day hoped for, or a detail of a thing named in passing is no day the story goes on from
    ("Dockers marched on Monday. The council hopes to settle the dispute this week. Police "
     "arrested two men.", "arrested", "2025-03-10"),
    ("Dockers marched on Monday. The cuts were demanded in return for a loan approved on Sunday. Police "
     "arrested two men.", "arrested", "2025-03-10"),
    # hard negative: the story's own day told in the main clause carries on
    ("Dockers marched on Sunday. Police arrested two men.", "arrested", "2025-03-09"),
])
def test_deadlines_hopes_and_details_set_no_story_day(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                     expected: str | None) -> None:
    assert _date(_events(nlp, body), trigger) == expected, body


def test_a_since_clause_on_a_noun_dates_its_own_act(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Dockers marched on Monday, the largest march since the mayor took office in June 2023.")
    assert _date(events, "took") == "2023-06"
    assert all(e.date is None or e.date.value == "2025-03-10" for e in events if e.trigger.text != "took")


def test_who_someone_is_sets_no_story_day(nlp) -> None:  # type: ignore[no-untyped-def]
    """"The suspect is a driver who was sacked on Thursday": the past act says who he is; later acts are not put
    on Thursday (hard negative: the story's own Monday carries on)."""
    body = ("A driver rammed the depot gates on Monday. The suspect is a driver who was sacked on Thursday. "
            "A magistrate ordered that he be kept in custody.")
    assert _date(_events(nlp, body), "ordered") == "2025-03-10"


def test_an_obituarys_day_of_death_is_not_the_lifes(nlp) -> None:  # type: ignore[no-untyped-def]
    """The day a man died, told for itself, does not date the life told after it; a death after a fall or an
    attack is a story whose later acts may share its day."""
    obituary = _events(nlp, "Arno Vidal, who died on Monday at his home at 88, was a harbour pilot. He was "
                            "convicted of smuggling cigarettes and served two years.")
    assert _date(obituary, "died") == "2025-03-10"
    assert _date(obituary, "convicted") is None
    fall = _events(nlp, "A climber died on Monday after falling from a ridge. Rescuers evacuated two other climbers.")
    assert _date(fall, "evacuated") == "2025-03-10"


def test_the_happening_dated_later_dates_what_was_told_of_it_before(nlp) -> None:  # type: ignore[no-untyped-def]
    """"A sacked cook stabbed two waiters … The stabbing happened on Monday night": the lead's undated act is on
    that day; a day told first carries on instead (hard negative)."""
    events = _events(nlp, "Two bakers have been killed and a third one wounded in a shooting at a bakery. "
                          "Officers arrested a woman at the scene. The shooting happened on Monday night, police said.")
    assert {e.date.value if e.date else None for e in events if e.category in ("ASSAULT", "DEATH")} == {
        "2025-03-10TNI"}
    told_first = _events(nlp, "A sacked cook shot a waiter on Sunday, killing him. The shooting at the cafe "
                              "happened on Monday night.")
    assert {e.date.value if e.date else None for e in told_first if e.trigger.text == "killing"} == {"2025-03-09"}


def test_days_after_a_dated_happening_count_from_its_day(nlp) -> None:  # type: ignore[no-untyped-def]
    """"Two days after the stabbing, dockers marched": two days from the stabbing's day; with no distance told, the
    story's day stands (hard negative)."""
    events = _events(nlp, "A docker was stabbed on Saturday night. Two days after the stabbing, dockers marched to "
                          "the port office.")
    assert _date(events, "marched") == "2025-03-10"
    plain = _events(nlp, "A docker was stabbed on Saturday night. After the stabbing, dockers marched to the port "
                         "office.")
    assert _date(plain, "marched") == "2025-03-08TNI"


@pytest.mark.parametrize(("body", "date"), [
    # a harm told after a court day belongs to the attack told before it with its own time
    ("A porter stabbed two guests at a hotel in Leeds in January. At a hearing on Tuesday, the prosecutor called "
     "him cruel. One guest was declared dead in the lobby.", "2025-01"),
    # hard negative: the day of a call-out carries on to the harm found there
    ("Police were called to the hotel on Tuesday. One guest was declared dead in the lobby.", "2025-03-11"),
])
def test_a_harm_after_a_court_day_keeps_the_attack_s_time(nlp, body: str, date: str) -> None:  # type: ignore[no-untyped-def]
    assert _date(_events(nlp, body), "declared") == date, body


@pytest.mark.parametrize(("body", "date"), [
    # the reporter's calls, unanswered on a day, give the story no time
    ("A gunman shot two clerks at a warehouse this morning. Messages left with the owner were not returned this "
     "afternoon. Police evacuated the street.", "2025-03-12TMO"),
    # hard negative: a call answered by a crew is the story going on
    ("A gunman shot two clerks at a warehouse this morning. The coastguard answered a distress call this afternoon. "
     "Police evacuated the street.", "2025-03-12TAF"),
])
def test_a_comment_sought_is_no_time_of_the_story(nlp, body: str, date: str) -> None:  # type: ignore[no-untyped-def]
    assert _date(_events(nlp, body), "evacuated") == date, body


@pytest.mark.parametrize(("body", "date"), [
    # a time put at the head of a sentence takes the story back there: the day told before no longer carries
    ("The club sacked its coach on Tuesday. Two years ago, after the old coach quit, the owner courted Lee. The "
     "club then hired Moss.", None),
    # hard negative: a year in passing leaves the story on its day
    ("The club sacked its coach on Tuesday. Moss had joined in 2019. The club then hired Lee.", "2025-03-11"),
])
def test_a_time_at_the_head_of_a_sentence_moves_the_story(nlp, body: str, date: str | None) -> None:  # type: ignore[no-untyped-def]
    assert _date(_events(nlp, body), "hired") == date, body


@pytest.mark.parametrize(("body", "trigger", "date"), [
    # the act a relative clause tells of a dated happening is on that happening's time
    ("He is jailed over a 2011 incident in which he stabbed a ferryman.", "stabbed", "2011"),
    ("The 2016 raid, in which gunmen seized two trawlers, shook the port.", "seized", "2016"),
    # hard negative: a clause that looks ahead of the happening keeps its own reading
    ("The 2016 raid, which prosecutors will investigate, shook the port.", "investigate", None),
])
def test_a_clause_of_a_dated_happening_takes_its_time(nlp, body: str, trigger: str, date: str | None) -> None:  # type: ignore[no-untyped-def]
    assert _date(_events(nlp, body), trigger) == date, body


@pytest.mark.parametrize(("body", "trigger", "date"), [
    # criticism received on a day came that day
    ("The new ferry timetable received criticism on Monday.", "criticism", "2025-03-10"),
    # hard negative: a reaction to an earlier happening does not date it
    ("The union condemned the police raid on Monday.", "raid", None),
    # what a paper revealed on a day had happened before it
    ("A weekly revealed the glitch in a report on Monday.", "glitch", None),
])
def test_a_reaction_received_is_dated_by_its_receiving(nlp, body: str, trigger: str, date: str | None) -> None:  # type: ignore[no-untyped-def]
    assert _date(_events(nlp, body), trigger) == date, body

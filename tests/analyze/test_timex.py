"""Time expressions resolved against the publication date, in the tense of their clause."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from dateline.analyze.timex import find_timexes
from dateline.cli import main
from dateline.evaluation.timex import read_timeml

WEDNESDAY = date(2024, 2, 7)


def _one(text: str, tense: str = "past", published: date = WEDNESDAY) -> tuple[str, str, str | None]:
    (timex,) = find_timexes(text, published, lambda offset: tense)
    return timex.text, timex.type, timex.value


@pytest.mark.parametrize(("text", "tense", "expected"), [
    ("They met on Wednesday.", "past", ("Wednesday", "DATE", "2024-02-07")),
    ("They met on Monday.", "past", ("Monday", "DATE", "2024-02-05")),
    ("They will meet on Monday.", "future", ("Monday", "DATE", "2024-02-12")),
    ("They met last Wednesday.", "past", ("last Wednesday", "DATE", "2024-01-31")),
    ("The cabinet met in October.", "past", ("October", "DATE", "2023-10")),
    ("The vote is due in October.", "future", ("October", "DATE", "2024-10")),
    ("He spoke in Lugano last month.", "past", ("last month", "DATE", "2024-01")),
    ("Talks resume next week.", "future", ("next week", "DATE", "2024-W07")),
    ("The meeting lasted several hours.", "past", ("several hours", "DURATION", "PTXH")),
    ("The strike lasted three weeks.", "past", ("three weeks", "DURATION", "P3W")),
    ("It rained two days ago.", "past", ("two days ago", "DATE", "2024-02-05")),
    ("The fair opens on March 3, 2025.", "future", ("March 3, 2025", "DATE", "2025-03-03")),
    ("The law was passed in 2019.", "past", ("2019", "DATE", "2019")),
    # a comma between month and year keeps the year: "in May, 2026" is not the nearest May
    ("The poll is due in May, 2026.", "future", ("May, 2026", "DATE", "2026-05")),
    ("The poll is due in May of 2026.", "future", ("May of 2026", "DATE", "2026-05")),
    ("Inspectors visit every week.", "present", ("every week", "SET", "P1W")),
    ("He spoke yesterday.", "past", ("yesterday", "DATE", "2024-02-06")),
    ("The talks ended at 3 p.m.", "past", ("3 p.m.", "TIME", "2024-02-07T15:00")),
    # "in three days" from now is a day ahead; "was built in two years" is how long it took
    ("The sides meet again in three days.", "future", ("three days", "DATE", "2024-02-10")),
    ("The deal will close in two weeks.", "future", ("two weeks", "DATE", "2024-W08")),
    ("The bridge was built in two years.", "past", ("two years", "DURATION", "P2Y")),
    # "last"/"next" with the publication's own month name the one a year away
    ("The shop opened last February.", "past", ("last February", "DATE", "2023-02")),
    ("The shop opens next February.", "future", ("next February", "DATE", "2025-02")),
    ("The shop opened last January.", "past", ("last January", "DATE", "2024-01")),
])
def test_resolution(text: str, tense: str, expected: tuple[str, str, str]) -> None:
    assert _one(text, tense) == expected


def test_modal_may_is_not_a_month() -> None:
    assert find_timexes("The dam may fail.", WEDNESDAY) == []
    assert [t.value for t in find_timexes("Prices fell in May.", WEDNESDAY)] == ["2023-05"]


def test_last_may_is_a_month_wherever_it_stands() -> None:
    # the cue is part of the match, so "last May" at a clause's end is a month like "last June"
    assert [t.text for t in find_timexes("The bakery opened a second shop in Leeds last May.", WEDNESDAY)] == [
        "last May"]
    assert [t.text for t in find_timexes("It reopened this past May.", WEDNESDAY)] == ["this past May"]
    assert find_timexes("This May Be the Last Summer of Cheap Flights", WEDNESDAY) == []


def test_a_second_before_a_noun_is_the_ordinal() -> None:
    assert find_timexes("The firm won a second contract in the region.", WEDNESDAY) == []
    assert [t.text for t in find_timexes("The speaker paused for a second.", WEDNESDAY)] == ["a second"]


def test_unknown_date_keeps_the_words() -> None:
    (timex,) = find_timexes("They met on Monday.", None)
    assert timex.text == "Monday" and timex.value is None


def test_timeml_reader_and_command() -> None:
    folder = Path(__file__).resolve().parents[1] / "fixtures" / "timeml"
    (document,) = read_timeml(folder)
    assert document.created == WEDNESDAY
    assert [document.text[g.start:g.end] for g in document.gold] == ["Tuesday", "three days", "next week"]
    result = CliRunner().invoke(main, ["eval", "timex", "--gold", str(folder)])
    assert result.exit_code == 0, result.output
    value_row = next(line.split() for line in result.output.splitlines() if line.startswith("value "))
    assert float(value_row[-1]) == 1.0


DECEMBER = date(2024, 12, 10)  # a Tuesday


def _all(text: str, tense: str = "past", published: date | None = DECEMBER) -> list[tuple[str, str | None, str]]:
    return [(t.text, t.value, t.anchor) for t in find_timexes(text, published, lambda offset: tense)]


def test_anaphoric_year_counts_from_the_narrative_year() -> None:
    text = "The mill was founded in 2016. The next year it hired its first hundred workers."
    assert _all(text)[-1] == ("The next year", "2017", "narrative")


def test_anaphoric_year_without_a_narrative_date_counts_from_publication() -> None:
    assert _all("The next year will bring tighter rules, the minister said.", "future") == \
        [("The next year", "2025", "publication")]


def test_over_the_next_year_is_a_duration() -> None:
    (timex,) = find_timexes("Prices are expected to rise over the next year.", DECEMBER, lambda offset: "future")
    assert (timex.type, timex.value) == ("DURATION", "P1Y")


def test_days_later_count_from_the_date_the_story_has_reached() -> None:
    text = "The dam failed on March 3, 2019. Two days later, the mayor resigned. The following week, the council met."
    assert _all(text)[1:] == [("Two days later", "2019-03-05", "narrative"),
                              ("The following week", "2019-W11", "narrative")]


def test_years_afterwards_and_years_on_count_forward_like_later() -> None:
    text = "The mill shut in 2004. Ten years on, the town recovered; the school closed three years afterwards."
    assert _all(text)[1:] == [("Ten years on", "2014", "narrative"), ("three years afterwards", "2017", "narrative")]
    assert _all("He spent three days on the ship.") == [("three days", "P3D", "absolute")]  # no shift: a stay


def test_minutes_or_hours_later_stay_on_the_day_the_story_has_reached() -> None:
    text = "The ferry sank on March 3, 2019. Twenty minutes later, the first boat arrived."
    assert _all(text)[1:] == [("Twenty minutes later", "2019-03-03", "narrative")]
    few = "The ferry sank on March 3, 2019. A few hours later, the first boat arrived."
    assert _all(few)[1:] == [("A few hours later", "2019-03-03", "narrative")]
    weeks = "The ferry sank on March 3, 2019. Two weeks later, the inquiry opened."  # a calendar unit moves the day
    assert _all(weeks)[1:] == [("Two weeks later", "2019-03-17", "narrative")]
    bare = "The ferry sank on March 3, 2019. Hours earlier, a storm warning went out. Minutes later, a boat came."
    assert _all(bare)[1:] == [("Hours earlier", "2019-03-03", "narrative"),
                              ("Minutes later", "2019-03-03", "narrative")]
    assert _all("The ferry sank on March 3, 2019. Crowds waited for hours before the port reopened.")[1:] == []


def test_days_later_with_no_date_before_counts_from_publication() -> None:
    assert _all("Two days later, the mayor resigned.") == [("Two days later", "2024-12-12", "publication")]


def test_deictic_words_stay_with_the_publication_date_inside_a_narrative() -> None:
    text = "The bridge opened in June 2018. Last year it was closed for repairs, and yesterday it reopened."
    assert _all(text)[1:] == [("Last year", "2023", "publication"), ("yesterday", "2024-12-09", "publication")]


def test_that_month_and_later_that_year_take_the_narrative_month_and_year() -> None:
    text = "The firm cut 200 jobs in June 2018. That month its shares fell. Later that year it was sold."
    assert _all(text)[1:] == [("That month", "2018-06", "narrative"), ("Later that year", "2018", "narrative")]


def test_the_same_week_after_a_weekday() -> None:
    text = "Talks began on Monday. The next day the unions walked out. The same week the minister quit."
    assert _all(text) == [("Monday", "2024-12-09", "publication"), ("The next day", "2024-12-10", "narrative"),
                          ("The same week", "2024-W50", "narrative")]


def test_a_comparison_back_does_not_move_the_story() -> None:
    text = "Exports rose in the spring of 2021, from a low a year earlier. A year earlier still, trade had stalled."
    assert [v for _, v, _ in _all(text)] == ["2021-SP", "2020", "2020"]


def test_the_day_before_a_named_event_is_not_anaphoric() -> None:
    assert _all("Polls closed on Sunday, March 3, 2024. Protests began the day before the vote.") == \
        [("Sunday, March 3, 2024", "2024-03-03", "absolute")]


def test_that_day_needs_a_day_the_narrative_year_alone_keeps_what_is_known() -> None:
    assert _all("The treaty was signed in 1995. Hundreds marched that day.")[1:] == \
        [("that day", "1995-XX-XX", "narrative")]


@pytest.mark.parametrize(("text", "tense", "expected"), [
    ("The plant will reopen in early January.", "future", ("early January", "2025-01", "START")),
    ("The plant closed in early January.", "past", ("early January", "2024-01", "START")),
    ("The strike began in late September.", "past", ("late September", "2024-09", "END")),
    ("Sales will recover by mid-2025, the firm said.", "future", ("mid-2025", "2025", "MID")),
    ("The deal is due to close at the end of March.", "future", ("the end of March", "2025-03", "END")),
    ("Profits fell in the first half of 2023.", "past", ("the first half of 2023", "2023-H1", None)),
    ("Orders slowed in the third quarter of last year.", "past", ("the third quarter of last year", "2023-Q3", None)),
    ("Output fell this year's second half.", "past", ("this year's second half", "2024-H2", None)),
    ("Revenue rose in fiscal 2023.", "past", ("fiscal 2023", "2023", None)),
    ("He grew up in the early 1970s.", "past", ("the early 1970s", "197", "START")),
    ("The strike lasted more than two weeks.", "past", ("more than two weeks", "P2W", "MORE_THAN")),
    ("It ended about three days ago.", "past", ("about three days ago", "2024-12-07", "APPROX")),
])
def test_fuzzy_parts_keep_the_value_and_name_the_part(text: str, tense: str,
                                                      expected: tuple[str, str, str | None]) -> None:
    (timex,) = find_timexes(text, DECEMBER, lambda offset: tense)
    assert (timex.text, timex.value, timex.mod) == expected
    assert "+" in timex.rule  # the rule names the modifier that widened the base expression


def test_the_late_president_is_no_time() -> None:
    assert find_timexes("The late president was buried in his home town.", DECEMBER) == []


@pytest.mark.parametrize(("text", "tense", "published", "expected"), [
    ("Last fall the river flooded.", "past", DECEMBER, ("Last fall", "2024-FA")),
    ("This summer was the driest on record.", "past", DECEMBER, ("This summer", "2024-SU")),
    ("Farmers will plant in the spring.", "future", DECEMBER, ("the spring", "2025-SP")),
    ("Farmers planted late in the spring.", "past", DECEMBER, ("the spring", "2024-SP")),
    ("Snow fell heavily in the winter of 2021.", "past", DECEMBER, ("the winter of 2021", "2021-WI")),
    ("The new ferry terminal will open in fall.", "future", DECEMBER, ("fall", "2025-FA")),
    ("The company will report third-quarter results next week.", "future", date(2024, 10, 20),
     ("third-quarter", "2024-Q3")),
    ("The company expects a weak first quarter.", "future", date(2024, 10, 20), ("first quarter", "2025-Q1")),
])
def test_seasons_and_quarters(text: str, tense: str, published: date, expected: tuple[str, str]) -> None:
    assert (find_timexes(text, published, lambda offset: tense)[0].text,
            find_timexes(text, published, lambda offset: tense)[0].value) == expected


@pytest.mark.parametrize("text", [
    "Prices fall when demand weakens.",
    "The fall of the old regime came quickly.",
    "The shares saw the last fall in prices before the holiday.",
    "The forward scored 12 points in the third quarter of the game.",
    "Foreign Minister Jan Novak arrived at the talks.",
    "A 10-year-old girl was rescued from the river.",
    "The hot spring drew visitors.",
    "Roofer Dies in Fall From Church Tower",  # the tumble, in a headline's capitals
    "Two painters were hurt in fall from scaffold.",
])
def test_words_that_only_look_like_times(text: str) -> None:
    assert find_timexes(text, DECEMBER) == []


@pytest.mark.parametrize(("text", "tense", "expected"), [
    ("He signed a two-year contract.", "past", ("two-year", "DURATION", "P2Y")),
    ("Shares climbed over the weekend.", "past", ("the weekend", "DATE", "2024-W49-WE")),
    ("The summit takes place over the weekend.", "future", ("the weekend", "DATE", "2024-W50-WE")),
    ("Polls close at 9 p.m. Tuesday.", "future", ("9 p.m. Tuesday", "TIME", "2024-12-10T21:00")),
    ("The hearing was held on Monday, Nov. 4.", "past", ("Monday, Nov. 4", "DATE", "2024-11-04")),
    ("Investment has slowed in recent years.", "past", ("recent years", "DURATION", "PXY")),
])
def test_compound_forms(text: str, tense: str, expected: tuple[str, str, str]) -> None:
    (timex,) = find_timexes(text, DECEMBER, lambda offset: tense)
    assert (timex.text, timex.type, timex.value) == expected


def test_a_clock_time_takes_the_day_the_story_is_on() -> None:
    text = "The blast happened on March 3, 2019. Firefighters arrived at 3 p.m."
    assert _all(text)[1] == ("3 p.m.", "2019-03-03T15:00", "narrative")


def test_timeml_reader_descends_into_subfolders(tmp_path: Path) -> None:
    source = Path(__file__).resolve().parents[1] / "fixtures" / "timeml" / "wire_20240207.tml"
    for folder in ("TimeBank", "AQUAINT"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    assert len(read_timeml(tmp_path)) == 2


def test_this_weekend_in_a_past_clause_is_the_weekend_just_gone() -> None:
    from datetime import date

    from dateline.analyze.timex import find_timexes

    tuesday = date(2025, 3, 11)
    (past,) = find_timexes("He was a guest at the fair this weekend.", tuesday, lambda _: "past")
    (ahead,) = find_timexes("He will be a guest at the fair this weekend.", tuesday, lambda _: "future")
    assert past.value == "2025-W10-WE" and ahead.value == "2025-W11-WE"


def test_a_time_beyond_the_calendar_is_left_unresolved_not_fatal() -> None:
    found = find_timexes("The ruins were built 1000000 days ago, and stood until Monday.", date(2024, 3, 1),
                         lambda offset: "past")
    assert [t.value for t in found if t.value] == ["2024-02-26"]  # Monday still resolves


@pytest.mark.parametrize(("text", "tense", "expected"), [
    # the day before the month, as most of the world writes it, with the year from the tense
    ("The ferry sank on 4 May.", "past", ("4 May", "DATE", "2023-05-04")),
    ("The talks resume on 19 March.", "future", ("19 March", "DATE", "2024-03-19")),
    ("The court sat on the 11th of January.", "past", ("11th of January", "DATE", "2024-01-11")),
    ("Results are due by 5 Dec., the board said.", "future", ("5 Dec.", "DATE", "2024-12-05")),
    ("The mine reopened on Monday 5 February.", "past", ("Monday 5 February", "DATE", "2024-02-05")),
])
def test_day_month_dates(text: str, tense: str, expected: tuple[str, str, str]) -> None:
    assert _one(text, tense) == expected


def test_a_count_before_the_modal_may_is_no_day_month_date() -> None:
    assert find_timexes("Only 10 may attend, and 12 Mayfair residents objected.", WEDNESDAY) == []


def test_that_evening_with_no_time_before_it_is_unknown_not_the_publication_day() -> None:
    timexes = find_timexes("The girl was taken from a park. Later that evening, police found her.", WEDNESDAY)
    assert [(t.text, t.value) for t in timexes] == [("Later that evening", None)]
    dated = find_timexes("The girl was taken on Monday. Later that evening, police found her.", WEDNESDAY)
    assert dated[-1].value == "2024-02-05TEV"


@pytest.mark.parametrize(("text", "tense", "expected"), [
    # a clock on a weekday and a date: the date decides, the weekday checks it
    ("The ferry left at 7:15 a.m. on Saturday, January 20.", "past", ("7:15 a.m. on Saturday, January 20",
                                                                  "TIME", "2024-01-20T07:15")),
    # a month of a year named relative to now
    ("The bridge reopened in June this year.", "past", ("June this year", "DATE", "2024-06")),
    ("The plant closed in March of last year.", "past", ("March of last year", "DATE", "2023-03")),
    # named days, in the clause's direction
    ("Shops opened early on Black Friday.", "past", ("Black Friday", "DATE", "2023-11-24")),
    ("The sale runs until Cyber Monday.", "future", ("Cyber Monday", "DATE", "2024-12-02")),
    ("The church was full on Good Friday.", "past", ("Good Friday", "DATE", "2023-04-07")),
    ("The family will gather at Christmas.", "future", ("Christmas", "DATE", "2024-12-25")),
])
def test_clock_dates_relative_months_and_named_days(text: str, tense: str, expected: tuple[str, str, str]) -> None:
    assert _one(text, tense) == expected


def test_named_days_need_their_own_words() -> None:
    assert find_timexes("Christmas trees sold out and officials may this year decide.", WEDNESDAY)[0].text == \
        "this year"
    assert [t.text for t in find_timexes("Christmas trees sold out.", WEDNESDAY)] == []


@pytest.mark.parametrize(("text", "times"), [
    ("The coach said in an interview with USA TODAY that he would stay.", []),          # an outlet's name
    ("She spoke on the Today programme about the strike.", []),         # a programme's name
    ("TODAY the council votes on the budget.", ["TODAY"]),              # a headline's shout is still a time
    ("The council met today.", ["today"]),
])
def test_today_inside_a_name_is_no_time(text: str, times: list[str]) -> None:
    assert [t.text for t in find_timexes(text, date(2025, 3, 12))] == times


def test_a_known_occasion_in_a_future_clause_is_the_nearest_such_day(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline.analyze.tense import clause_tense
    published = date(2025, 11, 20)
    for text, value in [("The auditor will speak about the July 25 call.", "2025-07-25"),   # the call is known
                        ("The auditor will travel to Rome on July 25.", "2026-07-25"),        # a trip ahead
                        ("The auditor will speak about the March 5 vote.", "2026-03-05")]:  # the nearer March
        times = find_timexes(text, published, clause_tense(nlp(text)))
        assert [t.value for t in times] == [value], text


@pytest.mark.parametrize(("text", "times"), [
    ("A court hearing is set for May.", ["May"]),
    ("The vote was postponed for March.", ["March"]),
    ("Delegates backed a vote for May as leader.", []),                # the name
])
def test_a_month_a_plan_is_set_for(text: str, times: list[str]) -> None:
    assert [t.text for t in find_timexes(text, date(2025, 3, 12))] == times


def test_a_past_schedule_looks_back(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline.analyze.tense import clause_tense
    for text, value in [("The ferry was due to be delivered in September, but the yard ran late.", "2025-09"),
                        ("The ferry is due to be delivered in September.", "2026-09")]:
        assert [t.value for t in find_timexes(text, date(2025, 11, 20), clause_tense(nlp(text)))] == [value], text


def test_a_game_reports_quarters_are_the_games() -> None:
    game = ("The Hawks won the basketball league match 101-99 on Tuesday. Their striker-like guard hit the decisive "
            "basket in overtime after a penalty. The coach was warned in the third quarter.")
    assert "the third quarter" not in [t.text for t in find_timexes(game, date(2025, 3, 12))]
    results = "The bank reported a loss in the third quarter. Its shares fell three percentage points."
    assert [t.value for t in find_timexes(results, date(2025, 11, 12)) if t.text == "the third quarter"] == ["2025-Q3"]


def test_a_timetable_in_the_present_looks_ahead(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline.analyze.tense import clause_tense
    for text, value in [("The tour kicks off June 9 in Leeds.", "2026-06-09"),
                        # a timetable in a relative clause of a future sentence is ahead too
                        ("The choir will travel on the tour, which starts June 9 in Leeds.", "2026-06-09"),
                        ("The band plays in Leeds on June 9.", "2025-06-09")]:   # no timetable verb: the nearer one
        assert [t.value for t in find_timexes(text, date(2025, 11, 20), clause_tense(nlp(text)))] == [value], text



def test_a_happening_on_a_weekday_in_the_present_is_the_coming_one(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline.analyze.tense import clause_tense
    # written on a Thursday: a simple present with a weekday is timetabled, so the coming Tuesday
    for text, value in [("The zoning board meets on Tuesday to hear the appeal.", "2025-11-25"),
                        ("The ferry strike, which ends on Tuesday, has stranded hundreds.", "2025-11-25"),
                        # hard negatives: a saying in the present about a past day; a relation between two
                        # happenings; a day every week
                        ("Police say the driver fled on Tuesday.", "2025-11-18"),
                        ("The hearing follows the testimony Tuesday of two aides.", "2025-11-18"),
                        ("The market opens on Tuesdays.", None)]:
        values = [t.value for t in find_timexes(text, date(2025, 11, 20), clause_tense(nlp(text)))]
        assert (values[0] if values else None) == value, text


@pytest.mark.parametrize(("text", "expected"), [
    ("The blaze broke out last night.", [("last night", "2024-12-09TNI")]),   # the evening before writing
    ("By 6.30am the blaze was out.", [("6.30am", "2024-12-10T06:30")]),        # a dot between hour and minute
    ("The shop opens at 13am, the sign said.", []),                             # no such hour
])
def test_clock_times_and_last_night(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, v, _ in _all(text, published=date(2024, 12, 10))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The frigate foiled a boarding on 10 Nov 11.", [("10 Nov 11", "2011-11-10")]),
    ("The frigate was commissioned on 3 Jan 98 in Mumbai.", [("3 Jan 98", "1998-01-03")]),
])
def test_a_day_a_short_month_and_a_two_digit_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, v, _ in _all(text, published=date(2011, 11, 14))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a 24-hour clock after "day Month" is the time on that day, never a second day of the month
    ("Power returned to the ward by 6 November 04:30 GMT.", [("6 November 04:30 GMT", "2011-11-06T04:30")]),
    ("Crews finished by 9 November 23:15 local time.", [("9 November 23:15 local time", "2011-11-09T23:15")]),
    # a 24-hour clock told with its zone alone is the time on the day of publication; a score or a ratio is none
    ("The jet lifted off at 08:30 UTC from the runway.", [("08:30 UTC", "2011-11-14T08:30")]),
    ("The hosts won 21:18 and the ratio was 10:29 overall.", []),
    # hard negative: a day after the month is that day
    ("The ship docked on November 2 at dawn.", [("November 2", "2011-11-02")]),
])
def test_a_clock_after_the_day_and_month_is_no_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(t, v) for t, v, _ in _all(text, published=date(2011, 11, 14))] == expected


def test_a_year_modifying_a_noun_after_a_dates_it() -> None:
    assert _all("He attended a 1972 meeting at the hotel.") == [("1972", "1972", "absolute")]
    assert _all("He counted 2000 people at the hotel.") == []  # a count, not a year
    assert _all("Since its 1972 launch, the ferry has carried millions.") == [("1972", "1972", "absolute")]
    assert _all("Their 2000 employees walked out.") == []  # after a possessive too, a count
    assert _all("Police stopped him in his 2011 Porsche.") == []  # a model year, no time


def test_today_in_a_title_is_no_day() -> None:
    """ "USA Today", "Psychology Today", "the Today show" are names; "Today, the council voted" and a quote
    opening "Today we …" are the day."""
    text = ("The striker told Harbour Today that he would stay. The Today show aired the interview. Today, the "
            "council voted. \"Today we signed the lease,\" she said.")
    assert [t.text for t in find_timexes(text, WEDNESDAY)] == ["Today", "Today"]


def test_a_weekday_named_again_without_a_direction_is_the_one_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline.analyze.tense import clause_tense
    # written on a Tuesday; the brawl was last Thursday; a later infinitive or a "Thursday's" says no direction
    text = ("The players clashed on Thursday night. On Monday the captain chose to speak out about Thursday's brawl, "
            "and a teammate who pressed the federation to ban the winger on Thursday night stayed silent.")
    values = [t.value for t in find_timexes(text, date(2019, 11, 19), clause_tense(nlp(text)))]
    assert values == ["2019-11-14TNI", "2019-11-18", "2019-11-14", "2019-11-14TNI"]
    # hard negative: a clause that says outright keeps its own day
    text = "Police arrested the driver on Monday. He will appear in court on Monday."
    values = [t.value for t in find_timexes(text, date(2024, 3, 6), clause_tense(nlp(text)))]
    assert values == ["2024-03-04", "2024-03-11"]


def test_the_close_of_the_year_ahead_is_this_years(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline.analyze.tense import clause_tense
    text = "In 2004 the mill lost money. The board will rule on it by the close of the year. It had shut a kiln " \
           "by the close of the year."
    values = [t.value for t in find_timexes(text, date(2006, 5, 10), clause_tense(nlp(text)))]
    # a future clause means the year of writing; the past clause keeps the year the story named (hard negative)
    assert values == ["2004", "2006", "2004"]



def test_the_end_of_the_month_after_a_bare_year_is_the_writings(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline.analyze.tense import clause_tense
    text = "The new engine is expected in 2026. The firm has promised a fix at the close of the month."
    values = [t.value for t in find_timexes(text, date(2025, 5, 7), clause_tense(nlp(text)))]
    assert values[-1] == "2025-05"  # a year names no month
    text = "The kiln was lit in March 2004. It had shut at the close of the month."  # hard negative: a month given
    assert [t.value for t in find_timexes(text, date(2025, 5, 7), clause_tense(nlp(text)))][-1] == "2004-03"


@pytest.mark.parametrize(("text", "expected"), [
    ("The regatta takes place 18-24 June on the lake.", [("18-24 June", "2025-06-18")]),
    ("The fair runs from 3 to 9 June in the old port.", [("3 to 9 June", "2025-06-03")]),
    ("The festival ran 2–6 July 2024 in the square.", [("2–6 July 2024", "2024-07-02")]),
    # hard negative: two days joined by "and" are two days, and a score is no date
    ("Tickets went on sale on 3 June and 9 June.", [("3 June", "2025-06-03"), ("9 June", "2025-06-09")]),
])
def test_a_run_of_days_is_dated_by_its_first(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(t.text, t.value) for t in find_timexes(text, date(2025, 7, 20))]
    assert found == expected


@pytest.mark.parametrize(("text", "found"), [
    ("Shoppers ordered through Prime Now all week.", False),   # a service's name
    ("Fans of Apocalypse Now met in the park.", False),
    ("Now the ferry company says it will appeal.", True),
    ("The ferry sank in May. Now the company says it will appeal.", True),
])
def test_a_capitalised_now_inside_a_name_is_no_time(text: str, found: bool) -> None:
    assert any(t.value == "PRESENT_REF" for t in find_timexes(text, date(2025, 5, 20))) is found


@pytest.mark.parametrize(("text", "value"), [
    ("The ferry board meets every two weeks.", "P2W"),
    ("Harbour elections are held every 4 years.", "P4Y"),
    ("The market opens every other week.", "P2W"),
])
def test_a_step_of_time_repeated_is_a_set(text: str, value: str) -> None:
    found = find_timexes(text, date(2025, 5, 20))
    assert [(t.type, t.value) for t in found] == [("SET", value)]


def test_a_plain_stretch_stays_a_duration() -> None:  # hard negative for the step
    assert [(t.type, t.value) for t in find_timexes("The storm raged for two weeks.", date(2025, 5, 20))] \
        == [("DURATION", "P2W")]


@pytest.mark.parametrize(("text", "found"), [
    ("Party official Ola Wan Jan said the order was unfair.", False),   # the end of a name
    ("The January talks failed.", True),
    ("Last March the harbour closed.", True),
])
def test_a_month_word_ending_a_name_is_no_time(text: str, found: bool) -> None:
    assert bool(find_timexes(text, date(2018, 4, 6))) is found


@pytest.mark.parametrize(("text", "expected"), [
    # a day over 12 shows the order; the article's other dates follow it
    ("Talks open on 19/04/2018 and close on 05/05/2018.", ["2018-04-19", "2018-05-05"]),
    ("Forms dated 4/19/2018 and 5/4/2018 were filed.", ["2018-04-19", "2018-05-04"]),
    # with nothing to show the order, dots read day first and slashes month first
    ("The hearing on 05.04.2018 was short.", ["2018-04-05"]),
    ("The hearing on 05/04/2018 was short.", ["2018-05-04"]),
    # hard negatives: a version number, a path, an impossible day
    ("Install version 1.2.2018 from /2018/04/05/ and ignore 31/31/2018.", []),
])
def test_numeric_dates_read_in_the_order_the_text_shows(text: str, expected: list[str]) -> None:
    assert [t.value for t in find_timexes(text, date(2018, 4, 6))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Deliveries resume during the latter half 2019.", ["2019-H2"]),  # a half or quarter with no "of"
    ("The plant restarts in the first quarter 2019.", ["2019-Q1"]),
    ("Deliveries resume during the latter half of 2019.", ["2019-H2"]),
    ("Profit rose in the first quarter.", ["2018-Q1"]),  # hard negative: a quarter with no year is this year's
])
def test_a_half_or_quarter_of_a_year_without_of(text: str, expected: list[str]) -> None:
    assert [t.value for t in find_timexes(text, date(2018, 4, 6))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("He anchored the Harbour World News Tonight on the coast.", []),  # a title's word
    ("She writes for The Daily Coast in Mombasa.", []),
    ("Tonight, the band plays in the square.", ["2018-04-06TNI"]),  # hard negatives: the time itself
    ("Fares are updated daily.", ["P1D"]),
])
def test_a_time_word_inside_a_title_is_no_time(text: str, expected: list[str]) -> None:
    assert [t.value for t in find_timexes(text, date(2018, 4, 6))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The vendor's Patch Tuesday fixes closed nine holes.", []),  # a day's name, no weekday of the story
    ("Turnout rose on Super Tuesday in most states.", []),
    ("The vendor said Tuesday it had closed nine holes.", ["2018-04-03"]),  # hard negative: the weekday itself
])
def test_a_weekday_inside_a_days_name_is_no_weekday(text: str, expected: list[str]) -> None:
    assert [t.value for t in find_timexes(text, date(2018, 4, 6))] == expected


@pytest.mark.parametrize(("tense", "published", "expected"), [
    ("future", date(2018, 4, 8), "2018-W15"),  # written on a Sunday, "will … this week" is the week from Monday
    ("past", date(2018, 4, 8), "2018-W14"),    # hard negatives: what happened this week is the week ending today
    ("future", date(2018, 4, 6), "2018-W14"),  # and on a Friday the week still running
])
def test_this_week_ahead_from_a_sunday(tense: str, published: date, expected: str) -> None:
    assert [t.value for t in find_timexes("The coach returns this week.", published, lambda offset: tense)] \
        == [expected]


def test_the_next_day_after_an_undated_happening_is_unknown() -> None:
    # a past "the next day" with no day told before it follows a day the text never gave, not the publication day
    assert _all("A fire broke out at the farmhouse. The farmer died the next day.") == [
        ("the next day", None, "publication")]
    # hard negative: in a future clause it counts from the writing
    assert _all("The envoy will meet the king the next day.", tense="future")[0][1] == "2024-12-11"


@pytest.mark.parametrize(("text", "expected"), [
    # a stretch under way: its start lies before its end, not a year ahead of it
    ("The fair will be open from January 20 until April 2.", ["2018-01-20", "2018-04-02"]),
    # hard negatives: a stretch wholly ahead, and one across the new year, keep their years
    ("The show will run from March 3 to March 11.", ["2018-03-03", "2018-03-11"]),
    ("The yard will close between December 30 and January 2.", ["2018-12-30", "2019-01-02"]),
])
def test_a_stretch_starts_before_it_ends(text: str, expected: list[str]) -> None:
    assert [t.value for t in find_timexes(text, date(2018, 1, 28), lambda offset: "future")] == expected


def test_exactly_so_many_years_ago_is_that_day() -> None:
    assert _one("The dam burst exactly two years ago.")[2] == "2022-02-07"
    assert _one("The mill closed exactly a month ago.")[2] == "2024-01-07"
    # hard negative: without "exactly", a year or a month back is that year or month
    assert _one("The dam burst two years ago.")[2] == "2022"
    # a day the month lacks falls back to the month's last day
    assert find_timexes("It opened exactly a month ago.", date(2024, 3, 31), lambda offset: "past")[0].value \
        == "2024-02-29"


def test_a_yearless_day_weeks_from_a_full_date_in_its_sentence_takes_that_year() -> None:
    text = "The ranger was hurt on 14 August 2019 while tracking a herd first seen on 2 August near the river."
    assert [value for _, value, _ in _all(text)] == ["2019-08-14", "2019-08-02"]
    text = "Flood waters reached the mill on March 30, 2011, and the last families left on April 9."
    assert [value for _, value, _ in _all(text)] == ["2011-03-30", "2011-04-09"]


def test_a_yearless_day_months_from_the_full_date_keeps_the_writings_year() -> None:
    text = "The co-op, set up on March 3, 2015, elected a new board on November 20."
    assert [value for _, value, _ in _all(text)] == ["2015-03-03", "2024-11-20"]
    text = "Rain fell on 1 June 2018 and on 3 June the road reopened, the council says."
    assert _all(text, tense="present")[-1][1] == "2025-06-03"  # told as present: the next one

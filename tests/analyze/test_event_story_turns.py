"""Who acts in a described or called-on clause, happenings named by their subject, a future seen from the past,
and a story that turns to an earlier happening; each class beside a hard negative. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from dateline.model import Analysis, Event

from ..conftest import analysis_of


def _analysis(nlp, body: str, published: str = "2019-11-20") -> Analysis:  # type: ignore[no-untyped-def]
    return analysis_of(nlp, f"date {published}\n\n" + body + "\n")  # type: ignore[no-any-return]


def _event(analysis: Analysis, trigger: str) -> Event | None:
    return next((e for e in analysis.events if e.trigger.text == trigger), None)


@pytest.mark.parametrize(("body", "trigger", "source"), [
    # a name inside a relative clause describes the actor; it is not the actor
    ("Crowds marched against the new council that ousted Mayor Ana Ruiz.", "ousted", "new council"),
    ("Rebels attacked the militia which had killed Omar Haddad.", "attacked", "Rebels"),
    # hard negative: a name in the actor's own phrase is the actor
    ("The council of Ruritania ousted the mayor.", "ousted", "Ruritania"),
    # whoever is called or appealed to acts in the clause that follows
    ("The ombudsman called on the army to withdraw its troops from the streets.", "withdraw", "army"),
    ("The mayor appealed to residents to evacuate their homes.", "evacuate", "residents"),
    # hard negative: a place one waits on is no one called on
    ("The minister waited on the tarmac to welcome the envoy.", "welcome", "minister"),
    # a speaker's own call, joined by the parse to the clause the speaker reports, is the speaker's
    ("The union said the offer was rejected by members and urged the board to resign.", "urged", "union"),
])
def test_the_actor_of_a_described_or_called_on_clause(nlp, body: str, trigger: str, source: str) -> None:  # type: ignore[no-untyped-def]
    event = _event(_analysis(nlp, body), trigger)
    assert event is not None and event.source is not None
    assert source in event.source.name


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # fighting that "erupted" or "broke out" is one happening, the fighting: the verb adds none
    ("Clashes erupted between fans and police on Saturday.", "erupted", None),
    ("Clashes erupted between fans and police on Saturday.", "Clashes", "FIGHT"),
    # violence with no other name is the happening the verb tells
    ("Violence erupted in the border towns on Saturday.", "erupted", "FIGHT"),
    # hard negatives: a volcano's eruption, and protests erupting
    ("The volcano erupted on Saturday.", "erupted", "DISASTER"),
    ("Protests erupted in the capital on Saturday.", "erupted", "PROTEST"),
])
def test_a_happening_named_by_its_subject(nlp, body: str, trigger: str, category: str | None) -> None:  # type: ignore[no-untyped-def]
    event = _event(_analysis(nlp, body), trigger)
    assert (event.category if event else None) == category


@pytest.mark.parametrize(("body", "expression", "value"), [
    # "would" looks ahead of a past promise: a named day is the nearest one, before the writing too
    ("He is under fire for breaking his vow that the country would leave the bloc on Oct. 31.", "Oct. 31",
     "2019-10-31"),
    ("She said in August that the firm would close the plant on Oct. 31.", "Oct. 31", "2019-10-31"),
    # hard negatives: a day still ahead, a weekday, and "would have" looking back
    ("She said the firm would close the plant on Jan. 31.", "Jan. 31", "2020-01-31"),
    ("Officials said the talks would resume on Friday.", "Friday", "2019-11-22"),
    ("The plant would have closed in March without the loan.", "March", "2019-03"),
    ("The plant will close in October.", "October", "2020-10"),
])
def test_a_future_seen_from_the_past(nlp, body: str, expression: str, value: str) -> None:  # type: ignore[no-untyped-def]
    times = {t.span.text: t.value for t in _analysis(nlp, body).times}
    assert times[expression] == value


_TURN = ("Two guards pleaded not guilty on Tuesday.\n\n"
         "Ruiz's death in custody angered her many backers, who had anticipated her trial on fraud "
         "charges. Her death led to a shake-up at the agency. The minister put Ana Lee in charge.")
_ON = ("Two guards pleaded not guilty on Tuesday.\n\n"
       "The judge released them on bail. The minister put Ana Lee in charge.")


def test_a_story_that_turns_to_an_earlier_happening_leaves_the_day_behind(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, _TURN)
    pleaded, death, trial, charges, put = (_event(analysis, w) for w in ("pleaded", "death", "trial", "charges", "put"))
    assert pleaded is not None and pleaded.date is not None and pleaded.date.value == "2019-11-19"
    assert death is not None and death.date is None  # someone's death told as known: not the day of the plea
    assert trial is not None and trial.modality == "planned" and trial.date is None  # anticipated, never held
    assert charges is not None and charges.date is None  # named by the trial, no day of their own
    assert put is not None and put.date is None  # what came of the death, after the story turned


def test_a_story_that_goes_on_keeps_its_day(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, _ON)
    put = _event(analysis, "put")
    assert put is not None and put.date is not None and put.date.value == "2019-11-19"


def test_a_happening_named_inside_another_takes_not_its_day(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, "In the third debate of this election on Tuesday, the two leaders traded barbs.")
    debate, election = _event(analysis, "debate"), _event(analysis, "election")
    assert debate is not None and debate.date is not None and debate.date.value == "2019-11-19"
    assert election is not None and election.date is None  # the debate's day, not the election's
    # hard negative: a time inside the inner noun's own phrase is its own
    analysis = _analysis(nlp, "The inquiry into the May 3 crash opened on Tuesday.")
    crash = _event(analysis, "crash")
    assert crash is not None and crash.date is not None and crash.date.value == "2019-05-03"


@pytest.mark.parametrize(("body", "dated"), [
    # the day right after a reporting verb is the saying's, however the parse hangs it on what was said
    ("Ward officials said Tuesday the patient was one of three people who caught the fever.", False),
    ("Ward officials said on Tuesday two nurses were arrested.", False),
    # hard negatives: the day told inside the reported clause is the happening's
    ("Ward officials said two nurses were arrested on Tuesday.", True),
    ("Two nurses were arrested on Tuesday, ward officials said.", True),
])
def test_the_day_after_a_reporting_verb_is_the_sayings(nlp, body: str, dated: bool) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in _analysis(nlp, body).events if e.trigger.text in ("caught", "arrested")]
    assert events and (events[0].date is not None) is dated


@pytest.mark.parametrize(("body", "trigger", "value"), [
    # a time in a clause or phrase of a noun further in dates that noun's happening, not the outer one
    ("Prosecutors have closed an inquiry into a bribery claim made against the mayor in 2012.", "inquiry", None),
    ("In June, the minister approved a request for the visa.", "request", None),
    # hard negatives: the outer happening's own time, and the inner noun's own
    ("In June, the minister approved a request for the visa.", "approved", "2019-06"),
    ("The inquiry into the crash, which happened in May, opened on Tuesday.", "inquiry", "2019-11-19"),
    ("The inquiry into the crash, which happened in May, opened on Tuesday.", "crash", "2019-05"),
])
def test_a_time_of_an_inner_happening(nlp, body: str, trigger: str, value: str | None) -> None:  # type: ignore[no-untyped-def]
    event = _event(_analysis(nlp, body), trigger)
    assert event is not None
    assert (event.date.value if event.date else None) == value


def test_what_was_done_is_not_what_is_hoped_for(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, "Police said they had arrested nine men in the hunt for the arsonists. The mayor "
                              "called for the arrest of the arsonists.")
    assert [(e.trigger.text, e.modality) for e in analysis.events if e.category == "COERCE"] == [
        ("arrested", "happened"), ("arrest", "demanded")]


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    # close to an act is short of it
    ("The carmaker is close to completing a deal with the rival firm.", "completing", "hypothetical"),
    ("The rebels came close to capturing the town.", "capturing", "hypothetical"),
    # hard negatives: the verb "close", and a place close to one
    ("The carmaker closed the deal with the rival firm on Monday.", "deal", "happened"),
    ("The shop is close to the station where the attack happened.", "attack", "happened"),
])
def test_close_to_an_act(nlp, body: str, trigger: str, modality: str) -> None:  # type: ignore[no-untyped-def]
    event = _event(_analysis(nlp, body), trigger)
    assert event is not None and event.modality == modality


@pytest.mark.parametrize(("body", "modality"), [
    # an occasion where a future act will take place lies ahead too
    ("The figures will be revealed at a meeting on Friday.", "planned"),
    # hard negative: told in the past, it took place
    ("The figures were revealed at a meeting on Monday.", "happened"),
])
def test_the_occasion_of_a_future_act(nlp, body: str, modality: str) -> None:  # type: ignore[no-untyped-def]
    meeting = _event(_analysis(nlp, body), "meeting")
    assert meeting is not None and meeting.modality == modality


def test_one_act_told_in_other_words_is_one_event(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, "Police are investigating the Harbour Trust over missing funds. "
                              "The Harbour Trust said it had received an inquiry from police.")
    assert [e.trigger.text for e in analysis.events if e.category == "INVESTIGATE"] == ["investigating"]
    # hard negative: another kind of act on the same body is another event
    analysis = _analysis(nlp, "Police are investigating the Harbour Trust over missing funds. "
                              "A court fined the Harbour Trust in May.")
    assert {e.trigger.text for e in analysis.events} >= {"investigating", "fined"}


@pytest.mark.parametrize(("body", "found"), [
    # operations of policing or of a plant are work, no show of force
    ("The ombudsman urged the government to pull soldiers out of all policing operations.", False),
    ("Protesters tried to shut down operations at the fuel depot.", False),
    # hard negatives: operations named or told as armed ones
    ("Commanders were sent to the front to command military operations.", True),
    ("The army launched an operation against the rebels on Monday.", True),
])
def test_operations_of_war_and_of_work(nlp, body: str, found: bool) -> None:  # type: ignore[no-untyped-def]
    assert any(e.trigger.text.startswith("operation") for e in _analysis(nlp, body).events) is found


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    # what deciders do by deciding it, told as decided, is done
    ("The deputy prosecutor made a decision to discontinue the inquiry.", "discontinue", "happened"),
    ("The court upheld the magistrate's decision to sentence the clerk to ten years.", "sentence", "happened"),
    ("Campaigners backed and agree with the magistrate's decision to sentence the clerk to ten years.", "sentence",
     "happened"),
    # hard negatives: a decision still to be made, and an act the decision only plans
    ("The board will make a decision to close the plant.", "close", "planned"),
    ("The two sides agreed on a ceasefire to start on Friday.", "ceasefire", "planned"),
])
def test_what_is_done_by_deciding(nlp, body: str, trigger: str, modality: str) -> None:  # type: ignore[no-untyped-def]
    event = _event(_analysis(nlp, body), trigger)
    assert event is not None and event.modality == modality


def test_an_act_done_after_another_is_not_governed_by_it(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, "He has avoided trial for six years after seeking refuge at a consulate in 2013.")
    seeking = _event(analysis, "seeking")
    assert seeking is not None and seeking.modality == "happened"
    assert seeking.date is not None and seeking.date.value == "2013"
    # hard negative: the act the clause governs still takes its reading
    trial = _event(analysis, "trial")
    assert trial is not None and trial.modality == "blocked"


def test_a_merger_and_the_layoffs_after_it_are_two_events(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, "The merger of Harbour Press and Quayside News, which became final Tuesday, will "
                              "create a larger chain. Earlier this year, Quayside News reportedly laid off 200 staff.")
    merger = _event(analysis, "merger")
    assert merger is not None and merger.modality == "happened"
    assert merger.date is not None and merger.date.value == "2019-11-19"  # the day it came into force
    assert [e.modality for e in analysis.events if e.trigger.text == "laid"] == ["reported"]


def test_what_a_doer_wore_has_no_time_of_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, "The two nurses were seized by gunmen wearing police uniforms in the centre of the "
                              "port in March 2017.")
    seized = _event(analysis, "seized")
    assert seized is not None and seized.date is not None and seized.date.value == "2017-03"


@pytest.mark.parametrize(("body", "trigger"), [
    # the day a deadline falls on is not the day it was set
    ("The nurses set a deadline of Friday for the board to answer.", "set"),
    ("The nurses set a Friday deadline for an answer.", "set"),
])
def test_a_deadlines_day_is_not_the_setting(nlp, body: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    event = _event(_analysis(nlp, body), trigger)
    assert event is not None and event.date is None


def test_the_day_something_was_set_on_stays(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _event(_analysis(nlp, "On Monday the nurses set a deadline for an answer."), "set")
    assert event is not None and event.date is not None and event.date.value == "2019-11-18"


@pytest.mark.parametrize(("body", "expression", "value"), [
    # a yearless day told in the past in a sentence about a named year's occasion falls in that year
    ("She made his health an issue in the 2012 race, above all after he fainted at a July 4 parade.", "July 4",
     "2012-07-04"),
    # hard negatives: a year told in passing, and no year at all
    ("Under a plan approved in 2014, the firm had bought back shares through Sept. 29.", "Sept. 29", "2019-09-29"),
    ("He fainted at a July 4 parade.", "July 4", "2019-07-04"),
])
def test_a_yearless_day_in_a_named_years_story(nlp, body: str, expression: str, value: str) -> None:  # type: ignore[no-untyped-def]
    times = {t.span.text: t.value for t in _analysis(nlp, body).times}
    assert times[expression] == value


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    # what a speaker says was going on when they spoke is going on; a deal under talks is not yet made
    ("The publisher said it was negotiating a sale of its printing arm.", "negotiating", "ongoing"),
    ("The publisher said it was negotiating a sale of its printing arm.", "sale", "hypothetical"),
    ("The two boards discussed a merger on Monday.", "merger", "hypothetical"),
    # hard negatives: a past scene told as the story, a deal done, and a past attack discussed
    ("Troops were advancing on the town when the shell hit.", "advancing", "happened"),
    ("The publisher completed a sale of its printing arm on Monday.", "sale", "happened"),
    ("The council discussed the attack on Monday.", "attack", "happened"),
])
def test_talks_going_on_and_deals_under_talks(nlp, body: str, trigger: str, modality: str) -> None:  # type: ignore[no-untyped-def]
    event = _event(_analysis(nlp, body), trigger)
    assert event is not None and event.modality == modality


@pytest.mark.parametrize(("body", "value"), [
    # a figure told "as of" a day was counted on a day gone by
    ("She remains the largest owner, with 31% of the stock as of March 20.", "2019-03-20"),
    # hard negative: a rule that applies "as of" a day starts then
    ("The new fares apply as of March 20.", "2020-03-20"),
])
def test_a_figure_as_of_a_day(nlp, body: str, value: str) -> None:  # type: ignore[no-untyped-def]
    assert {t.span.text: t.value for t in _analysis(nlp, body).times}["March 20"] == value


@pytest.mark.parametrize(("body", "expression", "value"), [
    # "this past" names the one just gone
    ("The mayor resigned this past Saturday.", "this past Saturday", "2019-11-16"),
    ("The talks collapsed this past March.", "this past March", "2019-03"),
    # hard negative: "this Saturday" in a timetable lies ahead
    ("The museum opens this Saturday.", "this Saturday", "2019-11-23"),
])
def test_this_past(nlp, body: str, expression: str, value: str) -> None:  # type: ignore[no-untyped-def]
    assert {t.span.text: t.value for t in _analysis(nlp, body).times}[expression] == value


def test_a_speakers_today_is_not_the_storys_day(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, "\"We are really happy today,\" the captain said.\n\n"
                              "Harbourton beat Quayside 3-0 in the other group.")
    beat = _event(analysis, "beat")
    assert beat is not None and beat.date is None
    # hard negative: a day the article itself gives carries on
    analysis = _analysis(nlp, "The captain spoke to reporters on Monday.\n\nHarbourton beat Quayside 3-0 in the "
                              "other group.")
    beat = _event(analysis, "beat")
    assert beat is not None and beat.date is not None and beat.date.value == "2019-11-18"


def test_a_score_is_not_part_of_a_players_name(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, "Vidal earlier defeated Petrov 6-2, 6-4 to level the tie.")
    defeated = _event(analysis, "defeated")
    assert defeated is not None and defeated.target is not None and defeated.target.name == "Petrov"


def test_a_section_heading_starts_another_day(nlp) -> None:  # type: ignore[no-untyped-def]
    body = ("Harbourton beat Quayside 3-1 in the group on Monday.\n\nRIVERSIDE WINS\n\n"
            "Riverside edged Hilltop 2-1 in Group B.")
    edged = _event(_analysis(nlp, body), "edged")
    assert edged is not None and edged.date is None
    # hard negative: without a heading the round-up's day carries on
    body = "Harbourton beat Quayside 3-1 in the group on Monday.\n\nRiverside edged Hilltop 2-1 in Group B."
    edged = _event(_analysis(nlp, body), "edged")
    assert edged is not None and edged.date is not None and edged.date.value == "2019-11-18"


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    # a happening some days or weeks away lies ahead
    ("The first votes in the primary are less than 100 days away.", "votes", "planned"),
    ("The election is three weeks away.", "election", "planned"),
    # hard negatives: one held weeks ago, and a storm far away in space, not in time
    ("The election was held three weeks ago.", "election", "happened"),
    ("The storm is far away.", "storm", "happened"),
])
def test_a_happening_some_weeks_away(nlp, body: str, trigger: str, modality: str) -> None:  # type: ignore[no-untyped-def]
    event = _event(_analysis(nlp, body), trigger)
    assert event is not None and event.modality == modality


def test_a_section_heading_tells_no_event_of_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    body = "Russia beat Croatia 2-1 on Monday.\n\nFRANCE WINS\n\nFrance beat Japan 2-1 in Group A."
    triggers = [e.trigger.text for e in _analysis(nlp, body).events]
    assert "WINS" not in triggers and triggers.count("beat") == 2  # hard negative: the sections' own results stay


@pytest.mark.parametrize(("body", "dated"), [
    # a stretch gone by ("in the last years", "in recent years") sets its sentence apart from the story's day
    ("The court ruled on Monday that the tax applies.\n\nThe mayor in the last years received several refusals.",
     False),
    ("The court ruled on Monday that the tax applies.\n\nThe mayor received several refusals in recent years.",
     False),
    # hard negative: with no stretch told, the story's day carries on
    ("The court ruled on Monday that the tax applies. The mayor received a refusal.", True),
])
def test_a_stretch_gone_by_is_not_the_storys_day(nlp, body: str, dated: bool) -> None:  # type: ignore[no-untyped-def]
    refusal = next(e for e in _analysis(nlp, body).events if e.trigger.text.startswith("refusal"))
    assert (refusal.date is not None) is dated


_FILLER = ("Shopkeepers along the avenue pulled down their shutters and the metro stations nearby were closed to "
           "passengers for most of the afternoon. ")
_RIOT = ("Riot police clashed with protesters outside the parliament building in the capital on Tuesday. "
         + _FILLER * 4 + "\n\n"
         + "Protesters tried to storm a police barricade near the ministry. " + _FILLER * 4 + "\n\n"
         + "Youths smashed the windows of a bank and set a car on fire. " + _FILLER * 3 + "\n\n"
         + "Officers detained 40 people in the old town.")
_OLD_RIOT = ("Riot police clashed with protesters outside the parliament building in the capital on March 3, "
             "2017. " + _FILLER * 11 + "Officers detained 40 people in the old town.")


def test_a_blow_by_blow_account_keeps_the_storys_day(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, _RIOT)
    for trigger in ("storm", "smashed", "detained"):  # each act told on the day carries it further on
        event = _event(analysis, trigger)
        assert event is not None and event.date is not None and event.date.value == "2019-11-19", trigger
    storm = _event(analysis, "storm")
    assert storm is not None and storm.modality == "attempted"


def test_a_day_long_past_carries_only_its_own_passage(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, _OLD_RIOT)
    detained = _event(analysis, "detained")  # hard negative: a background day does not run on act after act
    assert detained is not None and detained.date is None


@pytest.mark.parametrize(("body", "trigger", "value"), [
    ("Riot police clashed with students on Tuesday. The students first threw stones, then charged the line.",
     "threw", "2019-11-19"),  # the first step of the day's account
    ("Riot police clashed with students on Tuesday. The students first hurled stones, prompting the police "
     "to fire tear gas.", "hurled", "2019-11-19"),
    ("Riot police clashed with students on Tuesday. The students hurled stones, prompting the police to fire "
     "tear gas.", "fire", "2019-11-19"),  # an infinitive done when its past governor was
    ("Riot police clashed with students on Tuesday. Two student leaders managed to flee the square.", "flee",
     "2019-11-19"),
    # hard negatives: first done long before the story; an infinitive still wished for
    ("Riot police clashed with students on Tuesday. The students want to march again.", "march", None),
    ("Riot police clashed with students on Tuesday. The students had tried to storm the ministry.", "storm", None),
    ("The band played in the capital on Tuesday. The song was first released as a single.", "released", None),
])
def test_first_in_a_sequence_is_no_backstory(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                             value: str | None) -> None:
    event = _event(_analysis(nlp, body), trigger)
    assert event is not None and (event.date.value if event.date else None) == value, body


@pytest.mark.parametrize(("body", "value"), [
    # a day still ahead, named in a clause of its own, leaves the past act on the story's day
    ("Riot police clashed with students on Tuesday. Thousands marched on parliament, where deputies will vote "
     "on the cuts on Friday.", "2019-11-19"),
    # hard negative: a day gone by in the sentence sets the act in its own time
    ("Riot police clashed with students on Tuesday. Thousands marched on parliament, where deputies had voted "
     "on the cuts on November 4.", None),
])
def test_a_day_ahead_sets_no_past_act_in_its_time(nlp, body: str, value: str | None) -> None:  # type: ignore[no-untyped-def]
    event = _event(_analysis(nlp, body), "marched")
    assert event is not None and (event.date.value if event.date else None) == value, body


@pytest.mark.parametrize(("body", "trigger", "value"), [
    # a clause told so many days before or after its governor's day happened that far from it
    ("The club released the winger on Monday, two days after he was arrested.", "arrested", "2019-12-14"),
    ("The minister resigned on Monday, a week after the vote was held.", "vote", "2019-12-09"),
    # hard negative: no distance said, the governor's day is the nearest reading
    ("The club released the winger on Monday, after he was arrested.", "arrested", "2019-12-16"),
])
def test_a_clause_some_days_after_its_governor(nlp, body: str, trigger: str, value: str) -> None:  # type: ignore[no-untyped-def]
    event = _event(_analysis(nlp, body, "2019-12-20"), trigger)
    assert event is not None and event.date is not None and event.date.value == value, body


@pytest.mark.parametrize(("body", "value"), [
    # what other things are for takes no day from them
    ("Preparations for the summit began on Monday.", None),
    ("Security for the summit was tightened on Monday.", None),
    # hard negative: the noun's own day stands
    ("Preparations for the summit on Friday began on Monday.", "2019-12-20"),
])
def test_a_happening_things_are_for_is_not_dated_by_them(nlp, body: str, value: str | None) -> None:  # type: ignore[no-untyped-def]
    event = _event(_analysis(nlp, body, "2019-12-20"), "summit")
    assert event is not None and (event.date.value if event.date else None) == value, body


def test_a_second_happening_of_the_kind_told_with_a_is_not_the_storys(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, "An earthquake struck the island on Monday, killing ten people. The region was hit "
                              "in the past by a deadly earthquake that flattened the old capital.")
    quakes = [e for e in analysis.events if e.trigger.text == "earthquake"]
    assert [q.date.value if q.date else None for q in quakes] == ["2019-11-18", None]
    second = analysis.article.text.index("The region")
    assert not [e for e in analysis.events if e.trigger.start > second and e.date is not None]  # nor its damage
    # hard negative: "the earthquake" told again is the story's own, on its day
    analysis = _analysis(nlp, "An earthquake struck the island on Monday, killing ten people. The earthquake also "
                              "damaged the old harbour.")
    assert [e.trigger.text for e in analysis.events if e.category == "DISASTER"] == ["earthquake"]

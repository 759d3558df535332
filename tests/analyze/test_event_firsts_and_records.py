"""A first or a record "since" a year, and "for the first time": the since-time is the last like happening, not
a stretch's start, and the time phrase is nobody the event is done to; each class beside a hard negative.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.model import Analysis, Event

from ..conftest import analysis_of


def _analysis(nlp, body: str, published: str = "2024-03-10") -> Analysis:  # type: ignore[no-untyped-def]
    return analysis_of(nlp, f"date {published}\n\n" + body + "\n")  # type: ignore[no-any-return]


def _event(analysis: Analysis, trigger: str) -> Event:
    event = next((e for e in analysis.events if e.trigger.text == trigger), None)
    assert event is not None, [e.trigger.text for e in analysis.events]
    return event


@pytest.mark.parametrize(("body", "trigger"), [
    ("The rowing club has won its first national title since 2009.", "won"),
    ("Unemployment has fallen below four percent for the first time since 2018.", "fallen"),
])
def test_a_first_since_a_year_happened_and_is_not_dated_by_it(nlp, body: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    event = _event(_analysis(nlp, body), trigger)
    assert event.modality == "happened"
    assert event.date is None or not event.date.value.startswith(("2009", "2018"))


def test_a_stretch_since_a_year_is_still_going_on_from_then(nlp) -> None:  # type: ignore[no-untyped-def]
    # hard negative: no first and no record, so the since-time is the stretch's start
    event = _event(_analysis(nlp, "Rebel fighters have besieged the port since 2019."), "besieged")
    assert event.modality == "ongoing"
    assert event.date is not None and event.date.value == "2019"


def test_for_the_first_time_is_when_not_with_whom(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _event(_analysis(nlp, "The two prime ministers met on Monday for the first time."), "met")
    assert event.target is None or "time" not in event.target.name
    # hard negative: whom they met with stays the target
    event = _event(_analysis(nlp, "The finance minister met with the bankers on Monday."), "met")
    assert event.target is not None and event.target.name == "bankers"


def test_a_relative_clause_agreeing_with_a_nearer_noun_dates_that_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    # "ends" agrees with the lease, not the talks: the year is the lease's, the talks began on Monday
    event = _event(_analysis(nlp, "Talks on the lease, which ends in 2031, began on Monday."), "Talks")
    assert event.date is not None and event.date.value == "2024-03-04"
    # hard negative: a clause that agrees with the event noun dates it
    event = _event(_analysis(nlp, "The strikes at the depot, which were called in 2023, ended on Tuesday."), "strikes")
    assert event.date is not None


def test_a_verb_read_by_its_happening_subject_is_that_happening_with_no_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, "Protests against the pension reform erupted in four cities on Thursday.")
    protests = [e for e in analysis.events if e.category == "PROTEST"]
    assert len(protests) == 1
    assert protests[0].source is None or "Protests" not in protests[0].source.name
    event = _event(_analysis(nlp, "Violence between rival fan groups erupted after the match on Saturday."), "erupted")
    assert event.source is None
    # hard negative: a subject that names doers stays the source
    event = _event(_analysis(nlp, "Bondholders approved the restructuring on Friday."), "approved")
    assert event.source is not None and event.source.name == "Bondholders"


def test_what_a_protest_is_against_is_not_dated_by_the_protest(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, "Rallies against the trade treaty were held on Monday in the capital.")
    treaty = next((e for e in analysis.events if e.trigger.text == "treaty"), None)
    assert treaty is None or treaty.date is None
    # hard negative: the rallies themselves keep Monday
    assert _event(analysis, "Rallies").date is not None


def test_a_year_worn_as_a_possessive_dates_only_its_work(nlp) -> None:  # type: ignore[no-untyped-def]
    body = "The quartet announced the reunion while playing songs from 1986's Northern Lights in Glasgow."
    event = _event(_analysis(nlp, body), "announced")
    assert event.date is None or not event.date.value.startswith("1986")
    # hard negative: a plain year in the clause dates the act
    event = _event(_analysis(nlp, "The quartet announced the reunion in 1986 in Glasgow."), "announced")
    assert event.date is not None and event.date.value == "1986"


def test_a_day_named_within_the_months_close_dates_the_act(nlp) -> None:  # type: ignore[no-untyped-def]
    body = "The probe, which will lift off at the close of the month on May 30, is being fuelled."
    event = _event(_analysis(nlp, body, "2011-05-12"), "lift")
    assert event.date is not None and event.date.value == "2011-05-30"
    assert event.target is None  # the close of the month is when, not at whom
    # hard negative: the end of a convoy is a place on it
    event = _event(_analysis(nlp, "Rebels fired at the end of the convoy on Monday."), "fired")
    assert event.target is not None and "convoy" in event.target.name


def test_a_stretch_a_noun_names_since_a_day_begins_then(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _event(_analysis(nlp, "The new toll has faced criticism since Monday."), "criticism")
    assert event.modality == "ongoing" and event.date is not None and event.date.value == "2024-03-04"
    # hard negative: a first since a year is not dated by it (see above); a negated stretch dates nothing
    event = _event(_analysis(nlp, "The toll has not faced criticism since 2019."), "criticism")
    assert event.date is None or event.date.value != "2019"


@pytest.mark.parametrize(("body", "trigger", "category"), [
    ("The coach tied a league record with his ninth win on Sunday.", "tied", ["CONTEST"]),
    ("The sprinter equalled the national record in Oslo on Friday.", "equalled", ["CONTEST"]),
    ("The swimmer set a personal best on Friday.", "set", ["CONTEST"]),
    # hard negatives: an idiom of correction, a description matched, records as papers
    ("The minister wanted to set the record straight on Friday.", "set", []),
    ("The suspect matched the description given by the guard.", "matched", []),
    ("Court records show the loan was repaid on Friday.", "show", []),
])
def test_tying_or_setting_a_record_is_a_result(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                               category: list[str]) -> None:
    assert [e.category for e in _analysis(nlp, body).events if e.trigger.text == trigger] == category, body


@pytest.mark.parametrize(("body", "expected"), [
    ("The premier embarked on a visit to three Gulf states on Monday.", [("visit", "CONSULT")]),  # the visit
    ("The dockers' union embarked on a strike on Monday.", [("strike", "PROTEST")]),  # the strike is the act
    # hard negative: what one embarks on in a game is no visit
    ("The visitors embarked on a long scoring drive in the third quarter.", []),
])
def test_embarking_on_something_is_that_thing(nlp, body: str,  # type: ignore[no-untyped-def]
                                              expected: list[tuple[str, str]]) -> None:
    assert [(e.trigger.text, e.category) for e in _analysis(nlp, body).events] == expected, body


@pytest.mark.parametrize(("body", "trigger", "category", "source"), [
    # an infinitive after a ranked noun tells what the ranked one did: done, and done by it
    ("Cyclone Mara was the strongest storm to hit the atoll since 1998.", "hit", "DISASTER", "Mara"),
    ("Typhoon Lan was the deadliest to strike the province in a decade.", "strike", "DISASTER", "Lan"),
    ("The militia was the first group to attack the garrison.", "attack", "FIGHT", "militia"),
])
def test_a_ranked_one_did_what_its_infinitive_tells(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                    category: str, source: str) -> None:
    event = _event(_analysis(nlp, body), trigger)
    assert (event.category, event.modality) == (category, "happened")
    assert event.source is not None and event.source.name.endswith(source)


def test_a_thing_to_be_done_or_a_copula_to_come_is_still_planned(nlp) -> None:  # type: ignore[no-untyped-def]
    # hard negatives: nothing is ranked, so the infinitive is still to come
    analysis = _analysis(nlp, "The regional summit is to open on Friday. Officials drew up a plan to dredge the "
                              "harbour.")
    assert _event(analysis, "summit").modality == "planned"
    dredge = next((e for e in analysis.events if e.trigger.text == "dredge"), None)
    assert dredge is None or dredge.modality != "happened"
    assert dredge is None or dredge.source is None or dredge.source.name != "plan"

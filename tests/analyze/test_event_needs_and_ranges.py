"""Classes fresh readers found on real 2019 pages (sports round-ups, opinion, product news): a past need says
nothing of the outcome, and its day lies back; each class beside a hard negative. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from dateline.model import Analysis

from ..conftest import analysis_of


def _analysis(nlp, body: str, published: str = "2019-11-19") -> Analysis:  # type: ignore[no-untyped-def]
    return analysis_of(nlp, f"date {published}\n\n" + body + "\n")  # type: ignore[no-any-return]


def _event(analysis: Analysis, trigger: str):  # type: ignore[no-untyped-def]
    return next(e for e in analysis.events if e.trigger.text == trigger)


def test_a_past_need_is_no_outcome_and_its_day_lies_back(nlp) -> None:  # type: ignore[no-untyped-def]
    game = _event(_analysis(nlp, "The Rovers needed to beat the Saints on Sunday but lost 2-1."), "beat")
    assert game.modality == "hypothetical"
    assert game.date is not None and game.date.value == "2019-11-17"
    # hard negative: those who needed rescuing were rescued, on the Sunday before
    rescue = _event(_analysis(nlp, "Two fishermen needed to be rescued on Sunday."), "rescued")
    assert rescue.modality == "happened"
    assert rescue.date is not None and rescue.date.value == "2019-11-17"


def test_money_and_stages_of_life_are_no_happenings(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, "Many dockers live on small checks and cannot save for retirement.")
    assert not analysis.events, [(e.trigger.text, e.category) for e in analysis.events]
    # hard negatives: inspections and a retirement announced are happenings
    checks = _analysis(nlp, "Customs officers carried out checks on 300 lorries on Monday.")
    assert [e.category for e in checks.events if e.trigger.text == "checks"] == ["INVESTIGATE"]
    retired = _analysis(nlp, "The harbour master announced his retirement on Monday.")
    assert [e.category for e in retired.events if e.trigger.text == "retirement"] == ["APPOINT"]


def test_not_bothering_to_act_is_the_act_not_done_on_its_day(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, "The rebels did not bother to attack the convoy on Monday.")
    assert [(e.trigger.text, e.modality) for e in analysis.events] == [("attack", "blocked")]
    assert analysis.events[0].date is not None and analysis.events[0].date.value == "2019-11-18"
    # hard negative: a bother that is a nuisance is no happening either way
    assert not _analysis(nlp, "The noise bothered residents for weeks.").events


def test_a_noun_restated_in_apposition_is_one_happening(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, "The minister's trip to Rome, a trip meant to calm the allies, was cut short on Monday.")
    trips = [e for e in analysis.events if e.trigger.text == "trip"]
    assert len(trips) == 1 and trips[0].modality == "happened"
    # hard negative: two trips told apart are two
    analysis = _analysis(nlp, "The minister's trip to Rome ended on Monday. A second trip, to Oslo, begins in May.")
    assert len([e for e in analysis.events if e.trigger.text == "trip"]) == 2


def test_what_one_must_choose_between_are_options(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, "Forced to choose between a bailout and a default, the minister picked the bailout.")
    assert [e.modality for e in analysis.events if e.trigger.text == "bailout"][:1] == ["hypothetical"]
    # hard negative: talks between two sides took place
    analysis = _analysis(nlp, "Talks between the two unions took place on Monday.")
    assert [e.modality for e in analysis.events if e.trigger.text == "Talks"] == ["happened"]


def test_taking_place_names_no_one_acted_on(nlp) -> None:  # type: ignore[no-untyped-def]
    talks = _event(_analysis(nlp, "Talks between the two unions took place on Monday."), "Talks")
    assert talks.target is None or talks.target.name != "place"
    # hard negative: a thing taking the place of another is no occurrence of the thing
    replaced = _analysis(nlp, "A new ferry took the place of the old one in May.")
    assert "ferry" not in [e.trigger.text for e in replaced.events]


def test_a_named_thing_released_as_new_is_a_product_launch(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, "Northwind intends to release its new 15-inch Aurora Pro in 2021.")
    assert [(e.category, e.modality) for e in analysis.events if e.trigger.text == "release"] == [("LAUNCH", "planned")]
    # hard negative: a named person released is a release of people
    analysis = _analysis(nlp, "The rebels released Ola Okafor on Friday.")
    assert [e.category for e in analysis.events if e.trigger.text == "released"] == ["RETREAT"]


MATCH = ("The Rovers beat the Saints 3-1 on Saturday at Harbour Park. Striker Ola Dahl added a brace in the second "
         "half, and goalkeeper Ben Ward made six saves. The Rovers host the Town in the league on Wednesday.")


def test_a_brace_is_a_score_only_in_a_games_story(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not _analysis(nlp, "The engineers stiffened the frame by adding braces.").events
    # hard negative: in a match report it is two goals
    told = [(e.category, ev.span.text) for e in _analysis(nlp, MATCH).events for ev in e.evidence]
    assert any(category == "CONTEST" and " added " in sentence for category, sentence in told)  # part of the game


def test_the_venue_is_not_the_side_beaten(nlp) -> None:  # type: ignore[no-untyped-def]
    beat = _event(_analysis(nlp, MATCH), "beat")
    assert beat.target is not None and beat.target.name == "Saints"
    # hard negative: what shots are fired at is their target
    fired = _event(_analysis(nlp, "Gunmen fired shots at the embassy on Monday."), "fired")
    assert fired.target is not None and "embassy" in fired.target.name


def test_a_chance_held_now_is_open_and_games_remaining_are_to_come(nlp) -> None:  # type: ignore[no-untyped-def]
    chance = _event(_analysis(nlp, "The Rovers still have a chance to win the title next week."), "win")
    assert chance.modality == "hypothetical"
    assert _event(_analysis(nlp, "The Rovers have one league game remaining."), "game").modality == "planned"
    assert _event(_analysis(nlp, "With two races left, the champion leads by ten points."), "races").modality \
        == "planned"
    # hard negatives: a plan is planned, and talks that left the sides apart happened
    plan = _event(_analysis(nlp, "The minister has a plan to meet the envoy on Monday."), "meet")
    assert plan.modality == "planned"
    assert _event(_analysis(nlp, "The talks left the two sides far apart."), "talks").modality == "happened"


def test_what_one_fell_short_of_did_not_come(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, "The harbour party fell short of victory in 2015.")
    assert [(e.trigger.text, e.modality) for e in analysis.events] == [("victory", "blocked")]
    assert _event(_analysis(nlp, "The council stopped short of a ban on Monday."), "ban").modality == "blocked"
    # hard negative: a short visit took place
    assert _event(_analysis(nlp, "The envoy paid a short visit to the port on Monday."), "visit").modality \
        == "happened"


def test_voters_choosing_and_terms_won_are_elections(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _event(_analysis(nlp, "Voters chose a new harbour mayor on Tuesday."), "chose").category == "ELECTION"
    assert _event(_analysis(nlp, "The incumbent won a second term on Tuesday."), "won").category == "ELECTION"
    assert _event(_analysis(nlp, "The mayor lost the governorship in 2015."), "lost").category == "ELECTION"
    # hard negatives: a board's choice is an appointment, a cup won a contest
    board = _event(_analysis(nlp, "The board chose Ann Lee as chief executive on Monday."), "chose")
    assert board.category == "APPOINT"
    assert _event(_analysis(nlp, "The Rovers won the cup on Saturday."), "won").category == "CONTEST"


def test_a_conditional_told_now_looks_ahead_of_the_writing(nlp) -> None:  # type: ignore[no-untyped-def]
    body = "The party won the port in 2015. Its council would vote to impeach the mayor by the close of the year."
    impeach = _event(_analysis(nlp, body), "impeach")
    assert (impeach.category, impeach.modality) == ("LEGAL", "hypothetical")
    assert impeach.date is not None and impeach.date.value == "2019"
    # hard negative: "would" under a past vow looks ahead of the vow, as the story tells it
    body = "The party won the port in 2015. Its leader vowed that the council would act by the close of the year."
    assert any(t.value == "2015" and "close" in t.span.text for t in _analysis(nlp, body).times)


def test_an_impeachment_is_a_legal_step(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _event(_analysis(nlp, "The assembly impeached the governor on Wednesday."), "impeached").category \
        == "LEGAL"


def test_a_result_named_by_its_day_and_a_streak_snapped_are_results(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, MATCH + " The coach received abuse after the Nov. 9 loss at Bergen, he said. "
                                      "The Rovers snapped a seven-match winless streak with the win.")
    loss = _event(analysis, "loss")
    assert loss.category == "CONTEST" and loss.date is not None and loss.date.value == "2019-11-09"
    assert _event(analysis, "snapped").category == "CONTEST"
    # hard negatives: a firm's loss is money, and ending production is business
    firm = _analysis(nlp, "The ferry firm reported a $3 million loss on Nov. 9.")
    assert "CONTEST" not in [e.category for e in firm.events]
    assert _event(_analysis(nlp, "The yard ended production on Monday."), "ended").category == "BUSINESS"


def test_access_given_to_patrons_is_a_service_not_a_concession(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not _analysis(nlp, "The harbour museum has a record of providing free access to visitors.").events
    # hard negative: access granted to inspectors is a concession
    granted = _event(_analysis(nlp, "The junta granted access to UN inspectors on Monday."), "granted")
    assert granted.category == "RETREAT"


def test_what_a_petition_asks_is_the_petitions_demand(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, "The dockers' union launched a petition on Monday asking the council to reopen the "
                              "library.")
    demands = [e for e in analysis.events if e.category == "DEMAND"]
    assert [(e.trigger.text, e.modality) for e in demands] == [("petition", "happened")]
    assert demands[0].target is not None and demands[0].target.name == "council"
    # a letter sent to urge is the urging, one demand (the sending is how it was made; see
    # test_a_letter_that_asks_is_the_asking)
    letter = _analysis(nlp, "The mayor sent a letter on Monday urging the minister to fund the port.")
    assert "DEMAND" in {e.category for e in letter.events} and "CONSULT" not in {e.category for e in letter.events}


def test_a_person_collapsing_is_no_accident_and_a_spot_is_no_party(nlp) -> None:  # type: ignore[no-untyped-def]
    fell = _event(_analysis(nlp, "Ann Lee collapsed at the corner of Dock and Mill streets on Sunday."), "collapsed")
    assert fell.category == "HAPPENING" and fell.target is None
    # hard negatives: a crane collapsing is an accident, and what shots are fired at is their target
    assert _event(_analysis(nlp, "A crane collapsed onto the pier on Friday."), "collapsed").category == "ACCIDENT"
    fired = _event(_analysis(nlp, "Gunmen fired at the convoy on Monday."), "fired")
    assert fired.target is not None and fired.target.name == "convoy"


def test_a_deed_charged_lies_behind_the_charge(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, "Ola Dahl is accused of stabbing a bartender on March 3.")
    stabbing = _event(analysis, "stabbing")
    assert stabbing.date is not None and stabbing.date.value == "2019-03-03"  # not the March ahead
    assert _event(analysis, "accused").category == "LEGAL"
    # hard negatives: a charge of lying to parliament is criticism, and a charge still to come looks ahead
    assert _event(_analysis(nlp, "The minister is accused of lying to parliament."), "accused").category \
        == "DISAPPROVE"
    charge = _event(_analysis(nlp, "Police will charge Ola Dahl on Friday."), "charge")
    assert charge.modality == "planned"


def test_a_verb_joined_to_a_wish_is_an_act_beside_it(nlp) -> None:  # type: ignore[no-untyped-def]
    joined = _event(_analysis(nlp, "Norway and Chile welcome and support the talks between the two unions."), "support")
    assert joined.modality == "happened"
    # hard negative: talks one would welcome have not begun
    wished = _event(_analysis(nlp, "The union would welcome talks with the harbour board."), "talks")
    assert wished.modality == "hypothetical"


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # a candidate's rally is campaigning; hard negative: a rally against a war is a protest
    ("The governor held a campaign rally in the port on Thursday.", "rally", "ELECTION"),
    ("Thousands joined a rally against the war on Thursday.", "rally", "PROTEST"),
    # an Order of Merit awarded is an honour; hard negative: an order for ferries awarded to a yard is business
    ("The president awarded the sculptor the Order of Merit on Thursday.", "awarded", "CONTEST"),
    ("The navy awarded the yard an order for two ferries on Thursday.", "awarded", "BUSINESS"),
])
def test_a_word_read_by_what_it_names(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                     category: str) -> None:
    assert _event(_analysis(nlp, body), trigger).category == category

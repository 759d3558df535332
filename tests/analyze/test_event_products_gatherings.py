"""Business and technology happenings a timeline needs — products shown, first flights, deliveries, events held,
keynotes — each class beside a hard negative. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.analyze import analyze_articles
from dateline.ingest import article_from_text
from dateline.model import Analysis, Event


def _events(nlp, body: str) -> list[Event]:  # type: ignore[no-untyped-def]
    text = "date 2025-03-12 SEATTLE — " + body
    result = next(iter(analyze_articles([article_from_text(text, "<test>")], nlp)))
    assert isinstance(result, Analysis)
    return result.events


def _event(nlp, body: str, trigger: str) -> Event | None:  # type: ignore[no-untyped-def]
    return next((e for e in _events(nlp, body) if e.trigger.text == trigger), None)


def _assert_category(nlp, body: str, trigger: str, category: str | None) -> None:  # type: ignore[no-untyped-def]
    """The word names an event of that category (None: no event), with every event shown when it does not."""
    event = _event(nlp, body, trigger)
    assert (event.category if event else None) == category, [(e.trigger.text, e.category) for e in _events(nlp, body)]


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # a product shown for the first time is a launch; a plan or a detail revealed is not
    ("The carmaker unveiled its new electric truck at a show in Detroit on Tuesday.", "unveiled", "LAUNCH"),
    ("The start-up introduced two folding phones on Wednesday.", "introduced", "LAUNCH"),
    ("The minister revealed the details of the budget on Friday.", "revealed", None),
    # an aircraft's first flight is a launch; a passenger's flight is no event
    ("The prototype drone made its maiden flight over the desert on Monday.", "flight", "LAUNCH"),
    ("Her flight from Denver was full.", "flight", None),
    # taking delivery is a sale done; aid delivered is aid; a delivery driver is a person
    ("The ferry operator will take delivery of its first hybrid vessel in March.", "delivery", "BUSINESS"),
    ("The agency resumed the delivery of food to the camps on Sunday.", "delivery", "AID"),
    ("A delivery driver was hurt.", "delivery", None),
    # a conference or an event held is a gathering; a stake held is a state
    ("The club will hold a charity gala for its members on 3 June.", "hold", "STATEMENT"),
    ("The party held its annual convention in Tacoma in June.", "held", "CONSULT"),
    ("The bank held a 10 percent stake in the airline.", "held", None),
    # a keynote given is a statement; a keynote speaker is a person
    ("The chief executive gave the keynote at the opening session on Monday.", "keynote", "STATEMENT"),
    ("The keynote speaker arrived late.", "keynote", None),
    # a conference is a gathering; a conference room or a league's conference is not
    ("The climate conference opened in Lima on Monday.", "conference", "CONSULT"),
    ("They talked in a conference room.", "conference", None),
])
def test_business_and_technology_happenings(nlp, body: str, trigger: str, category: str | None) -> None:  # type: ignore[no-untyped-def]
    _assert_category(nlp, body, trigger, category)


def test_a_first_flight_is_dated_and_a_planned_delivery_is_planned(nlp) -> None:  # type: ignore[no-untyped-def]
    flight = _event(nlp, "The prototype drone made its maiden flight on Monday.", "flight")
    assert flight is not None and flight.date is not None and flight.date.value == "2025-03-10"
    delivery = _event(nlp, "The ferry operator will take delivery of its first hybrid vessel in May.", "delivery")
    assert delivery is not None and delivery.modality == "planned" and delivery.date is not None \
        and delivery.date.value == "2025-05"


def test_a_bill_introduced_is_no_product_launch(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _event(nlp, "The senator introduced a bill on farm subsidies on Monday.", "introduced")
    assert event is None or event.category != "LAUNCH"


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # whatever happens, occurs, takes place or is held on a day is a happening, named by its noun
    ("The handover happened on Tuesday in the port.", "handover", "HAPPENING"),
    ("The blackout occurred late on Sunday.", "blackout", "HAPPENING"),
    ("The ceremony took place on Monday in the capital.", "ceremony", "STATEMENT"),
    ("The auction was held in Geneva on 3 June.", "auction", "BUSINESS"),
    # a thought that occurs to someone is none, nor is the verb a second event beside its noun
    ("The idea occurred to her on Monday.", "idea", None),
    ("The handover happened on Tuesday in the port.", "happened", None),
    ("The ceremony took place on Monday in the capital.", "took", None),
    # a bare noun after "without" says how the clause went
    ("The handover took place without incident on Tuesday.", "incident", None),
])
def test_what_happened_is_named_by_its_subject(nlp, body: str, trigger: str, category: str | None) -> None:  # type: ignore[no-untyped-def]
    _assert_category(nlp, body, trigger, category)


def test_an_occurrence_takes_the_date_of_its_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _event(nlp, "The blackout occurred late on Sunday.", "blackout")
    assert event is not None and event.date is not None and event.date.value == "2025-03-09"


def _dates(nlp, body: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {e.trigger.text: (e.date.value if e.date else None) for e in _events(nlp, body)}


def test_the_time_of_an_act_about_an_event_is_not_that_event_s(nlp) -> None:  # type: ignore[no-untyped-def]
    dates = _dates(nlp, "The opposition criticised the talks with the rebels in February.")
    assert dates.get("talks", "missing") is None
    dates = _dates(nlp, "Human rights groups condemned the raid on the newspaper on Tuesday.")
    assert dates.get("raid", "missing") is None and dates.get("condemned") == "2025-03-11"
    # hard negatives: a verb that carries the noun's own happening dates it
    assert _dates(nlp, "The two sides held talks in Nairobi on Monday.").get("talks") == "2025-03-10"
    assert _dates(nlp, "The strike began on Monday.").get("strike") == "2025-03-10"


def test_a_verb_takes_its_own_time_before_a_date_inside_its_object(nlp) -> None:  # type: ignore[no-untyped-def]
    dates = _dates(nlp, "Officials cancelled the March 5 election on Monday.")
    assert dates.get("cancelled") == "2025-03-10"


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # hostages or prisoners released are freed; a report released is a publication
    ("Two aid workers held by the militia were released on Tuesday.", "released", "RETREAT"),
    ("The ministry released its annual report on Tuesday.", "released", "PUBLISH"),
    # a search operation launched is a rescue; an offensive launched is carried by its own noun
    ("The coast guard launched a search operation after the trawler sank.", "launched", "RESCUE"),
    ("The army launched an offensive in the north on Monday.", "launched", None),
])
def test_release_and_launch_by_their_object(nlp, body: str, trigger: str, category: str | None) -> None:  # type: ignore[no-untyped-def]
    _assert_category(nlp, body, trigger, category)


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    # what a hypothetical act would bring about is hypothetical too
    ("A ceasefire would allow for the withdrawal of the militias from the port.", "withdrawal", "hypothetical"),
    ("The mediator hoped the prisoner release could open the way to talks on the border.", "talks", "hypothetical"),
    ("The deal could lead to a ceasefire in the north.", "ceasefire", "hypothetical"),
    # hard negatives: what a past act brought about happened, and the bringer keeps its own reading
    ("A tip from a neighbour led to the arrest of two men on Monday.", "arrest", "happened"),
    ("The deal could lead to a ceasefire in the north.", "deal", "happened"),
])
def test_what_an_act_would_bring_about_shares_its_modality(nlp, body: str, trigger: str, modality: str) -> None:  # type: ignore[no-untyped-def]
    event = _event(nlp, body, trigger)
    assert event is not None and event.modality == modality


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    # what is only risked, worked toward or aimed at has not happened
    ("Doctors said the risk of a cholera outbreak in the camps was small.", "outbreak", "hypothetical"),
    ("The factions worked toward a settlement of the border dispute.", "settlement", "hypothetical"),
    ("Authorities set up roadblocks to prevent looting.", "prevent", "hypothetical"),
    ("Special forces launched a mission to free the kidnapped engineers.", "free", "planned"),
    # hard negatives: the outbreak that happened, the hostages freed
    ("An outbreak of cholera killed nine people in May.", "outbreak", "happened"),
    ("Marines freed the hostages on Monday.", "freed", "happened"),
])
def test_risks_goals_and_purposes_are_not_happenings(nlp, body: str, trigger: str, modality: str) -> None:  # type: ignore[no-untyped-def]
    event = _event(nlp, body, trigger)
    assert event is not None and event.modality == modality, [(e.trigger.text, e.modality) for e in _events(nlp, body)]


def test_an_event_to_be_held_is_planned_and_names_the_word_that_decided(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _event(nlp, "The club will hold a charity gala on 3 June.", "hold")
    assert event is not None and event.category == "STATEMENT" and event.modality == "planned"
    assert event.rule.endswith("#hold/verb+object:gala")
    ceremony = _event(nlp, "The club announced a ceremony to be held on 3 June.", "ceremony")
    assert ceremony is not None and ceremony.modality == "planned" and ceremony.date is not None \
        and ceremony.date.value == "2025-06-03"
    announced = _event(nlp, "The club announced a ceremony to be held on 3 June.", "announced")
    assert announced is not None and announced.date is None  # the day is the ceremony's
    shown = _event(nlp, "The carmaker unveiled its newest addition, an electric van.", "unveiled")
    assert shown is not None and shown.category == "LAUNCH" and shown.rule.endswith("+object:addition")


def test_a_meeting_planned_for_a_day_and_called_off_is_blocked_on_that_day(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The meeting between the two ministers planned for Thursday was called off on Tuesday.")
    assert [(e.trigger.text, e.modality, e.date.value if e.date else None) for e in events] == \
        [("meeting", "blocked", "2025-03-13")]


@pytest.mark.parametrize(("body", "trigger", "category", "modality"), [
    # what begins, opens, resumes or ends on a day is a happening named by its subject
    ("The regional chess final began on Monday.", "final", "HAPPENING", "happened"),
    ("The trade fair opens in the old market on Friday.", "fair", "HAPPENING", "planned"),
    ("The band's tour resumes on March 20.", "tour", "HAPPENING", "planned"),
    # light verbs with an event noun: the noun is the event
    ("Two rival fans threw punches outside the stadium on Sunday.", "punches", "ASSAULT", "happened"),
    ("The mayor had lunch with the union leader on Monday.", "lunch", "CONSULT", "happened"),
])
def test_aspect_subjects_and_light_verb_nouns(nlp, body: str, trigger: str, category: str, modality: str) -> None:  # type: ignore[no-untyped-def]
    event = _event(nlp, body, trigger)
    assert event is not None and (event.category, event.modality) == (category, modality), \
        [(e.trigger.text, e.category, e.modality) for e in _events(nlp, body)]


@pytest.mark.parametrize(("body", "trigger"), [
    # hard negatives: shares that open higher, a firm that begins selling, a person who starts
    ("Shares opened higher on Monday.", "Shares"),
    ("The company began selling cars on Monday.", "company"),
    ("The new coach started on Monday.", "coach"),
])
def test_who_begins_or_what_rises_is_no_occurrence(nlp, body: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert _event(nlp, body, trigger) is None


@pytest.mark.parametrize(("body", "trigger"), [
    ("The health minister reassigned the hospital director on Tuesday.", "reassigned"),
    ("Two teachers were placed on leave on Monday.", "placed"),
    ("The governor tapped a retired judge as her chief of staff.", "tapped"),
    ("The board put its finance chief in charge of the review.", "put"),
])
def test_personnel_moves_are_appointments(nlp, body: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    event = _event(nlp, body, trigger)
    assert event is not None and event.category == "APPOINT"


def test_an_awaited_event_is_planned(nlp) -> None:  # type: ignore[no-untyped-def]
    awaited = _event(nlp, "The families are awaiting the verdict.", "verdict")
    assert awaited is not None and awaited.modality == "planned"
    given = _event(nlp, "The verdict came on Monday after months of waiting.", "verdict")
    assert given is not None and given.modality == "happened"

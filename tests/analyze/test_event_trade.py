"""Company news read as company news: CAMEO's verbs of states and armed forces ("bought", "released",
"fired", "overtook") tell purchases, product launches, dismissals and rankings when no state or armed force
takes part. Sentences written for these tests, each class with a hard negative where CAMEO's reading stands."""

from __future__ import annotations

import pytest

from dateline.analyze import analyze_articles
from dateline.ingest import article_from_text
from dateline.model import Analysis, Event


def _events(nlp, body: str) -> list[Event]:  # type: ignore[no-untyped-def]
    text = "date 2025-03-12\n\nTOULOUSE, France — Shares rose on Monday. " + body
    result = next(iter(analyze_articles([article_from_text(text, "<test>")], nlp)))
    assert isinstance(result, Analysis)
    return result.events


def _event(nlp, body: str, trigger: str) -> Event | None:  # type: ignore[no-untyped-def]
    return next((e for e in _events(nlp, body) if e.trigger.text == trigger), None)


@pytest.mark.parametrize(("body", "trigger", "category", "modality"), [
    ("Northwind Air bought twelve jets from Aerobuild last week.", "bought", "BUSINESS", "happened"),
    ("The two carmakers merged in 1998.", "merged", "BUSINESS", "happened"),
    ("Most of the timber will be supplied by local sawmills.", "supplied", "BUSINESS", "planned"),
    ("Lumen Motors has won a contract from Coastal Transit for 40 buses.", "won", "BUSINESS", "happened"),
    ("The first Lumen tablet computer was released to shoppers in 2012.", "released", "LAUNCH", "happened"),
    ("Brightwing is preparing to release a cargo plane in 2027.", "release", "LAUNCH", "planned"),
    ("A year later she founded a software firm.", "founded", "LAUNCH", "happened"),
    ("The coach was fired by the club in 2019.", "fired", "APPOINT", "happened"),
    ("The city fired its police chief on Monday.", "fired", "APPOINT", "happened"),
    ("Marlow Rail has defeated Pinecrest Rail for a contract to build carriages.", "defeated", "BUSINESS", "happened"),
    ("Marlow Rail defeated Pinecrest Rail in the cup final.", "defeated", "CONTEST", "happened"),
])
def test_company_news_is_read_as_such(nlp, body: str, trigger: str, category: str,  # type: ignore[no-untyped-def]
                                      modality: str) -> None:
    event = _event(nlp, body, trigger)
    assert event is not None, body
    assert (event.category, event.modality) == (category, modality), body
    assert "rule:" in event.rule or "event_senses" in event.rule  # the rule that re-read it is named


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # a state or its forces taking part: CAMEO's reading stands
    ("The government bought two frigates from Italy last year.", "bought", "COOPERATE"),
    ("Rebels released two hostages on Friday.", "released", "RETREAT"),
    ("The navy released the seized tanker on Friday.", "released", "RETREAT"),
    ("Troops fired on the crowd on Monday.", "fired", "FIGHT"),
    ("Gunmen fired shots at the guard on Monday.", "fired", "ASSAULT"),
    ("Two men fought a guard outside the bar on Monday.", "fought", "ASSAULT"),
    ("Troops overcame the defenders on Monday.", "overcame", "FIGHT"),
    ("The Riverside Aid League delivered food to the shelters on Thursday.", "delivered", "AID"),  # aid, not trade
    ("Government troops defeated the rebels near Goma on Monday.", "defeated", "FIGHT"),
])
def test_acts_of_states_and_fighters_keep_their_reading(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                        category: str) -> None:
    event = _event(nlp, body, trigger)
    assert event is not None, body
    assert event.category == category, body


@pytest.mark.parametrize(("body", "trigger"), [
    ("Marlow Rail overtook its rival in ticket sales last year.", "overtook"),
    ("The summit had been dominated by a quarrel over fishing quotas.", "dominated"),
    ("The singer has been battling leukaemia since 2016.", "battling"),  # a dated struggle stays a happening
])
def test_rankings_and_struggles_are_no_attacks(nlp, body: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    event = _event(nlp, body, trigger)
    assert event is None or event.category not in ("ASSAULT", "FIGHT"), body


def test_a_perfect_with_for_is_a_duration_only_when_it_measures_time(nlp) -> None:  # type: ignore[no-untyped-def]
    won = _event(nlp, "Lumen Motors has won a contract for 40 buses.", "won")
    assert won is not None and won.modality == "happened"
    backed = _event(nlp, "The union has supported the strike for months.", "supported")
    assert backed is not None and backed.modality == "ongoing"


@pytest.mark.parametrize(("body", "trigger", "category", "modality"), [
    ("The grocer is planning to sell hot meals from its vans.", "sell", "BUSINESS", "planned"),
    ("The studio will license its cartoon characters to a toy maker.", "license", "BUSINESS", "planned"),
    ("Coastal Airways ordered twelve jets on Monday.", "ordered", "BUSINESS", "happened"),
    ("The chain shut three stores last year.", "shut", "BUSINESS", "happened"),
    ("Halcyon announced a new phone on Tuesday.", "announced", "LAUNCH", "happened"),
    ("Lumen Motors unveiled the N90 at the rail fair on Monday.", "unveiled", "LAUNCH", "happened"),  # a model number
])
def test_trade_and_products_have_verbs_of_their_own(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                    category: str, modality: str) -> None:
    event = _event(nlp, body, trigger)
    assert event is not None, body
    assert (event.category, event.modality) == (category, modality), body


@pytest.mark.parametrize(("body", "trigger", "category"), [
    ("The judge ordered an inquiry on Monday.", "ordered", "DEMAND"),  # an order, not a purchase: or none at all
    ("Police shut the road on Monday.", "shut", "COERCE"),
    ("The minister announced a new policy on Tuesday.", "announced", "STATEMENT"),
])
def test_the_same_verbs_elsewhere_keep_their_reading(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                     category: str) -> None:
    event = _event(nlp, body, trigger)
    assert event is None or event.category == category, body
    assert event is None or event.category != "BUSINESS"


def test_announcing_a_clause_is_reporting_its_event_is_the_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _events(nlp, "The brewer announced on Monday that it will close its bottling plant in Derby.")
    assert not [e for e in found if e.trigger.text == "announced"]  # words, as "said" is
    closing = next(e for e in found if e.trigger.text == "close")
    assert (closing.category, closing.modality, closing.date) == ("BUSINESS", "planned", None)  # Monday is the saying's
    arrest = _event(nlp, "Police said a man was arrested on Monday.", "arrested")
    assert arrest is not None and arrest.date is not None and arrest.date.value == "2025-03-10"  # its own time
    fall = _event(nlp, "A storm on Friday caused a crane to fall, killing eleven workers.", "fall")  # with its toll
    assert fall is not None and fall.date is not None and fall.date.value == "2025-03-07"  # a cause shares its time


@pytest.mark.parametrize(("body", "trigger", "category", "modality"), [
    ("She started Halcyon Labs in 2009.", "started", "LAUNCH", "happened"),
    ("The carmaker will cut 500 jobs.", "cut", "BUSINESS", "planned"),
    ("The price of the handset was reduced on Monday.", "reduced", "BUSINESS", "happened"),
    ("The fair had been overshadowed by a patent dispute between two seed companies.", "dispute", "DISAPPROVE",
     "happened"),
    ("Halcyon announced another special event on Tuesday.", "event", "HAPPENING", "happened"),
    ("The broadcaster is in negotiations with football clubs.", "negotiations", "CONSULT", "ongoing"),
    ("The broadcaster was in talks with the league last year.", "talks", "CONSULT", "happened"),
])
def test_company_happenings_without_a_cameo_verb(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                 category: str, modality: str) -> None:
    event = _event(nlp, body, trigger)
    assert event is not None, body
    assert (event.category, event.modality) == (category, modality), body


@pytest.mark.parametrize(("body", "trigger"), [
    ("She started the meeting at noon.", "started"),  # no organisation founded
    ("They formed a line outside the store.", "formed"),
    ("Prices fell sharply last year.", "fell"),  # a trend, no one cut them
    ("Weather events such as floods are becoming common.", "events"),  # a kind, not an occasion
    ("Finalists met at the event held at the headquarters.", "event"),  # the venue of the meeting listed
])
def test_starting_and_cutting_words_elsewhere_are_no_company_happening(  # type: ignore[no-untyped-def]
        nlp, body: str, trigger: str) -> None:
    event = _event(nlp, body, trigger)
    assert event is None or event.category not in ("LAUNCH", "BUSINESS", "HAPPENING"), body


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    ("The toymaker unveiled plans to shift its assembly work to Poland.", "shift", "planned"),
    ("The board decided to mothball the project.", "mothball", "planned"),  # (to scrap it is business)
])
def test_the_act_a_plan_is_about_is_a_happening(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                modality: str) -> None:
    event = _event(nlp, body, trigger)
    assert event is not None and event.modality == modality and event.rule == "rule:intended_act", body


@pytest.mark.parametrize(("body", "trigger"), [
    ("He plans to remain chief executive.", "remain"),  # a state
    ("The firm plans to expand.", "expand"),  # nothing acted on
    ("The firm plans to continue its work.", "continue"),  # an aspect
])
def test_states_and_vague_plans_are_no_happening(nlp, body: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    event = _event(nlp, body, trigger)
    assert event is None or event.rule != "rule:intended_act", body


@pytest.mark.parametrize(("body", "trigger"), [
    ("The toolkit will allow hobbyists to build their own games.", "allow"),
    ("The patch adds support for video chat.", "support"),
    ("The extra ferries would meet rising demand on island routes.", "meet"),
    ("The latest release introduces dozens of new filters.", "introduces"),
    ("The Norhaven N90 is aimed at short hops between island airstrips.", "aimed"),
    ("The Norhaven 450 will use a fifth less diesel than older engines.", "use"),
])
def test_what_a_product_does_is_a_description(nlp, body: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert _event(nlp, body, trigger) is None, body


@pytest.mark.parametrize(("body", "trigger"), [
    ("Halcyon introduces a new phone.", "introduces"),  # a company acting
    ("The rover landed on the plain on Monday.", "landed"),  # the thing's own dated act
    ("Rebel drones strike the depot.", "strike"),  # arms act
    ("The N90 was sold to an island carrier on Monday.", "sold"),  # a dated sale of the model
    ("The N21 party asks the city council to act.", "asks"),  # a party, not a model number
])
def test_acts_of_companies_dated_acts_and_arms_stay(nlp, body: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert _event(nlp, body, trigger) is not None, body


@pytest.mark.parametrize(("body", "trigger", "category"), [
    ("The senate killed the stadium deal in October.", "killed", "REJECT"),
    ("Orbis will bid for contracts worth 40 billion dollars.", "bid", "BUSINESS"),
    ("Strong handset sales boosted revenue to five billion dollars.", "boosted", "BUSINESS"),
    ("Halcyon demonstrated the new handset at the show.", "demonstrated", "LAUNCH"),
    ("The airline hired 200 pilots last year.", "hired", "APPOINT"),
    # hard negatives: killing people, a crowd demonstrating, a bid for power
    ("Gunmen killed two guards on Monday.", "killed", "ASSAULT"),
    ("Thousands demonstrated outside parliament on Monday.", "demonstrated", "PROTEST"),
])
def test_business_objects_decide_the_sense(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                          category: str) -> None:
    event = _event(nlp, body, trigger)
    assert event is not None and event.category == category, body


@pytest.mark.parametrize(("body", "trigger", "category", "date"), [
    ("Sixty firm orders have been received so far.", "orders", "BUSINESS", None),  # the passive of "received orders"
    ("The ferry line will begin a daily service to Jersey on May 2.", "service", "LAUNCH", "2025-05-02"),
    ("The club will make a charity flight to Lourdes on May 9.", "flight", "LAUNCH", "2025-05-09"),
])
def test_services_flights_and_orders_by_their_verb(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                  category: str, date: str | None) -> None:
    event = _event(nlp, body, trigger)
    assert event is not None and event.category == category, body
    assert (event.date.value if event.date else None) == date


def test_a_service_described_is_no_launch(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _event(nlp, "The service on the new route was excellent.", "service") is None


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    ("The ombudsman advises the council to publish the minutes.", "publish", "demanded"),
    ("The carmaker announced no new models at the fair.", "announced", "blocked"),
    ("The scrapped merger had drawn criticism.", "merger", "blocked"),
    # hard negatives: a compound "no-frills", a deal told without a status
    ("Halcyon announced no-frills fares on Monday.", "announced", "happened"),
    ("The merger had drawn criticism.", "merger", "happened"),
])
def test_advice_nothing_and_called_off_read_from_the_clause(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                            modality: str) -> None:
    event = _event(nlp, body, trigger)
    assert event is not None and event.modality == modality, body


@pytest.mark.parametrize(("body", "threat"), [
    ("The minister proposed new measures to curb smuggling.", False),  # a proposal, aimed at no one
    ("The council suggested measures to fund the libraries.", False),
    ("The minister proposed measures against the rebel group.", True),  # hard negative: measures against someone
])
def test_measures_are_a_threat_only_against_someone(nlp, body: str, threat: bool) -> None:  # type: ignore[no-untyped-def]
    found = [e for e in _events(nlp, body) if e.trigger.text in ("proposed", "suggested")]
    assert found, body
    assert (found[0].category == "THREATEN") is threat, body

"""Business and technology news read by what is acted on: software released is a launch (a report released is a
publication), "some of the features" or "the latest iteration of its phone" shown is the product shown, airliners
ordered for a price are a purchase, a media event is a statement, and what a device lets its users do is no
happening. Sentences written for these tests, each class with a hard negative."""

from __future__ import annotations

import pytest

from dateline.analyze import analyze_articles
from dateline.ingest import article_from_text
from dateline.model import Analysis, Event

from ..conftest import events_of


def _events(nlp, body: str) -> list[Event]:  # type: ignore[no-untyped-def]
    return events_of(nlp, "date 2024-06-05\n\nSAN JOSE, California — " + body)


def _readings(nlp, body: str, trigger: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(e.category, e.modality) for e in _events(nlp, body) if e.trigger.text == trigger]


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("Quillsoft released the update as a private beta for testers.", "released", [("LAUNCH", "happened")]),
    ("The new operating system was released in 2019.", "released", [("LAUNCH", "happened")]),
    ("The regulator released its annual report on Tuesday.", "released", [("PUBLISH", "happened")]),
    ("Quillsoft demonstrated some of the tools in its coming operating system.", "demonstrated",
     [("LAUNCH", "happened")]),
    ("Quillsoft today announced the latest iteration of its tablet, the Slate 4.", "announced",
     [("LAUNCH", "happened")]),
    ("The rebels released some of the hostages on Sunday.", "released", [("RETREAT", "happened")]),   # people
    # a name the entity model takes for a firm, introduced or released, is a product: no firm is released
    ("The Slate Mini is its second model with flash memory, after the Slate Lite was introduced in January.",
     "introduced", [("LAUNCH", "happened")]),
    ("Quillsoft said that Quill OS Cedar would be released in 2027.", "released", [("LAUNCH", "planned")]),
    ("The kidnappers released Ann Roe on Sunday.", "released", [("RETREAT", "happened")]),             # a person
    ("Skyline Air has ordered $2 billion in new airliners.", "ordered", [("BUSINESS", "happened")]),
    ("Skyline Air signed a deal for another $3 billion.", "signed", [("BUSINESS", "happened")]),
    ("The colonel ordered the battalion to withdraw.", "ordered", [("DEMAND", "happened")]),          # a command
    ("During a media event at its campus, Quillsoft showed a new tablet.", "event", [("STATEMENT", "happened")]),
    ("The charity will hold a special event on June 20.", "event", [("HAPPENING", "planned")]),
])
def test_business_and_technology_senses(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                        expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "trigger"), [
    ("The Slate X4 also features built-in wi-fi, enabling users to browse the internet.", "enabling"),
    ("The new kit will allow outside developers to write programs for the tablet.", "allow"),
])
def test_what_a_device_lets_users_do_is_no_happening(nlp, body: str,  # type: ignore[no-untyped-def]
                                                     trigger: str) -> None:
    assert _readings(nlp, body, trigger) == [], body


def test_a_company_enabling_something_is_still_its_act(nlp) -> None:  # type: ignore[no-untyped-def]
    # hard negative: a firm acting in the past, not a device described
    assert _readings(nlp, "Quillsoft lifted the ban last week, enabling rivals to sell in its store.", "lifted")


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    ("The union urged the firm to hold talks and sign a deal.", "sign", "demanded"),
    ("The auditors recommended that the ministry hold talks and sign a deal.", "sign", "demanded"),
    ("The union urged the firm to hold talks and signed a deal of its own.", "signed", "happened"),  # its own clause
])
def test_each_thing_asked_for_is_demanded(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                          modality: str) -> None:
    assert [m for _, m in _readings(nlp, body, trigger)] == [modality], body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("The patch is due for public release in September.", "release", [("LAUNCH", "planned")]),
    ("The public release of the audit is set for September.", "release", [("PUBLISH", "planned")]),  # a text
    ("Skyline Aero will begin production of the jet in 2026.", "production", [("BUSINESS", "planned")]),
    ("The jet entered service in 2019.", "entered", [("LAUNCH", "happened")]),
])
def test_a_products_milestones_are_dated_happenings(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                    expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


def test_a_staged_production_is_no_milestone(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, "The theatre's production of the opera was praised.", "production") == []


@pytest.mark.parametrize(("body", "expected"), [
    ("The assembly plant will close in May.", [("close", "BUSINESS", "planned")]),
    ("The new science museum opened on Friday.", [("opened", "LAUNCH", "happened")]),
    ("The trade show closed on Sunday.", [("show", "HAPPENING", "happened")]),  # an occasion's own end
])
def test_a_place_opening_or_closing_is_the_verbs_happening(nlp, body: str,  # type: ignore[no-untyped-def]
                                                            expected: list[tuple[str, str, str]]) -> None:
    assert [(e.trigger.text, e.category, e.modality) for e in _events(nlp, body)] == expected, body


def test_crews_called_in_were_summoned_not_asked(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Firefighters were called in to help fight the blaze.")
    assert events and "demanded" not in {e.modality for e in events}
    asked = _events(nlp, "The mayor called on firefighters to help the residents.")  # hard negative: a call for help
    assert "DEMAND" in {e.category for e in asked} or "demanded" in {e.modality for e in asked}


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("The update adds fingerprint and VPN support.", "support", []),        # a feature
    ("Public support for the strike grew.", "support", [("SUPPORT", "happened")]),
    ("The two carmakers reached a deal on Monday for general co-operation.", "co-operation", []),  # the deal's terms
    ("The army began a major operation on Monday.", "operation", [("MOBILIZE", "happened")]),
])
def test_features_and_terms_are_no_happenings_of_their_own(nlp, body: str,  # type: ignore[no-untyped-def]
                                                           trigger: str, expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


def test_co_operation_split_by_the_tokenizer_is_cooperation(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, "The two agencies announced closer co-operation on Monday.", "co-operation") == [
        ("COOPERATE", "happened")]


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("Quillsoft issued a patch for the flaw on Tuesday.", "issued", [("LAUNCH", "happened")]),
    ("Quillsoft issued a security advisory on Tuesday.", "issued", [("PUBLISH", "happened")]),
    ("The carmaker issued a recall of 2,000 vans on Tuesday.", "issued", [("BUSINESS", "happened")]),
    ("The council released a resolution on Monday.", "released", [("PUBLISH", "happened")]),
])
def test_what_is_issued_or_released_decides_its_kind(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                    expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("Quillsoft offers products and services for farmers.", "offers", []),           # its line of business
    ("Quillsoft sells into more than 40 countries.", "sells", []),
    ("Quillsoft offers a new deal to farmers.", "offers", [("AGREE", "happened")]),   # one offer, told now
    ("The firm was engaged in talks with rivals.", "engaged", []),                    # the talks are the event
    ("The merger will reinforce the brand.", "reinforce", []),
])
def test_a_firms_line_of_business_and_light_verbs(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                  expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("Raffle tickets cost $5 and are sold in 30 towns.", "sold", []),                        # the rule, not a sale
    ("Two men were arrested on Friday.", "arrested", [("COERCE", "happened")]),
    ("The agency went public with its inquiry in September.", "went", [("STATEMENT", "happened")]),
    ("Quillsoft went public in 2010.", "went", [("LAUNCH", "happened")]),               # a listing
    ("In February, a newspaper report detailed the claims.", "detailed", [("PUBLISH", "happened")]),
])
def test_generic_sales_disclosures_and_reports(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                               expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("Norvale Motors recalled 80,000 sedans' airbags on Monday.", "recalled", [("BUSINESS", "happened")]),
    ("The dairy recalled 4,000 jars of baby formula.", "recalled", [("BUSINESS", "happened")]),
    ("Quillsoft recalled its laptops after batteries overheated.", "recalled", [("BUSINESS", "happened")]),
    ("The brewer cut its profit forecast for the year.", "cut", [("BUSINESS", "happened")]),
    ("The chipmaker raised its sales outlook on Tuesday.", "raised", [("BUSINESS", "happened")]),
    ("The airline trimmed its guidance for the summer.", "trimmed", [("BUSINESS", "happened")]),
    # hard negatives: remembering, a diplomat called home, a ribbon and a question
    ("The founder recalled the early days of the company.", "recalled", []),
    ("The ministry recalled its ambassador for consultations.", "recalled", [("SANCTION", "happened")]),
    ("The mayor cut the ribbon at the new depot.", "cut", []),
    ("The chipmaker raised questions about the tender.", "raised", []),
])
def test_recalls_and_forecasts_are_business(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                            expected: list[tuple[str, str]]) -> None:
    """A product withdrawn from sale and a forecast cut or raised are a firm's acts of business; a memory recalled
    is a thought."""
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("The tablet's last update came in March.", "update", [("LAUNCH", "happened")]),
    ("Quillsoft refreshed its budget laptop in May.", "refreshed", [("LAUNCH", "happened")]),
    ("Quillsoft updated the Slate tablet with a faster chip.", "updated", [("LAUNCH", "happened")]),
    # hard negatives: a forecast updated is published figures; an update on talks is words
    ("Quillsoft updated its sales forecast on Monday.", "updated", [("PUBLISH", "happened")]),
    ("The ministry gave an update on the talks.", "update", []),
])
def test_a_product_updated_or_refreshed_is_a_launch(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                    expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # CAMEO's release is of people; a thing released with no sense of its own is a plain happening
    ("Quillsoft released several redesigns of its logo on Monday.", "released", [("HAPPENING", "happened")]),
    ("The rebels released the captured pilots.", "released", [("RETREAT", "happened")]),
    # a service or a repair a firm offers is business, a truce offered is an offer of peace
    ("The coffee chain said it would offer free wi-fi access in its cafes.", "offer", [("BUSINESS", "planned")]),
    ("The rebels offered a truce.", "offered", [("AGREE", "happened")]),
    # a craft on its way visits no one; an envoy does
    ("A second airliner is also travelling to Chicago, without passengers.", "travelling",
     [("HAPPENING", "ongoing")]),
    ("The envoy travelled to Cairo.", "travelled", [("CONSULT", "happened")]),
])
def test_things_released_services_offered_and_crafts_travelling(  # type: ignore[no-untyped-def]
        nlp, body: str, trigger: str, expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("The publisher has imposed sharp cuts on its regional papers.", "imposed", [("BUSINESS", "happened")]),
    ("Follow our feed for the latest and greatest deals on tablets.", "deals", []),
    # hard negatives: tariffs imposed are a sanction, a deal signed is a deal
    ("The ministry imposed tariffs on imported steel.", "imposed", [("SANCTION", "happened")]),
    ("Quillsoft signed a licensing deal with a chipmaker.", "signed", [("AGREE", "happened")]),
])
def test_cuts_imposed_and_shopping_deals(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                         expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


def test_an_amount_given_in_aid_is_one_happening(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Will give $150 million in aid to suppliers": the giving is the aid, one event (hard negative: aid sent
    still comes out once)."""
    events = _events(nlp, "The state will give $150 million in aid to the chipmaker's suppliers.")
    assert [(e.trigger.text, e.category) for e in events if e.category == "AID"] == [("give", "AID")]
    events = _events(nlp, "The charity sent $2 million in aid to the valley on Monday.")
    assert len([e for e in events if e.category == "AID"]) == 1


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # what a product does or adds is a description, not a happening
    ("Quillsoft unveiled Slate OS on Monday. It now brings native support for wireless printers.", "support", []),
    ("Quillsoft unveiled the Slate 5 on Monday. It will directly compete with cheaper rivals.", "compete", []),
    ("The set-top box connects to a computer over the home network.", "connects", []),
    # hard negatives: support a party gives, a match between sides, leave granted by a board
    ("The party added its support for the harbour bill.", "support", [("SUPPORT", "happened")]),
    ("The two sides will compete in the final on Sunday.", "compete", [("CONTEST", "planned")]),
    ("The board granted the chief executive a leave of absence.", "granted", [("AGREE", "happened")]),
])
def test_what_a_product_does_is_no_happening(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                             expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("Two bidders won the competition for the tanker contract.", "competition", [("BUSINESS", "happened")]),
    ("Quillsoft is relocating production to Texas.", "relocating", [("BUSINESS", "ongoing")]),
    ("The store accounts for 70 percent of digital music sales.", "sales", []),
    # hard negatives: a sports competition won, a sale of a unit
    ("The Owls won the regional chess competition in July.", "competition", [("CONTEST", "happened")]),
    ("The sale of the chip unit closed in May.", "sale", [("BUSINESS", "happened")]),
])
def test_contract_competitions_relocations_and_market_shares(  # type: ignore[no-untyped-def]
        nlp, body: str, trigger: str, expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("The contract covers after-sales support for the tablets.", "support", []),
    ("The last delivery brought production of the tablet to an end.", "brought", [("HAPPENING", "happened")]),
    # hard negative: support pledged to someone is support
    ("The chipmakers pledged their support for the new standard.", "support", [("SUPPORT", "planned")]),
])
def test_support_as_a_service_and_production_brought_to_an_end(  # type: ignore[no-untyped-def]
        nlp, body: str, trigger: str, expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a firm or a charity founded, told in the passive or as a description, is launched
    ("The charity was founded in 1990.", "founded", [("LAUNCH", "happened")]),
    ("The software company, founded in 1998 by two students, sued the chipmaker.", "founded",
     [("LAUNCH", "happened")]),
    # a term of a pact is no act, and the pact itself stays made
    ("The 2011 licensing agreement barred Quillsoft from selling phones.", "barred", []),
    ("The 2011 licensing agreement barred Quillsoft from selling phones.", "agreement", [("AGREE", "happened")]),
    # hard negative: an army that blocks a march acts
    ("Riot police blocked the march on Sunday.", "blocked", [("COERCE", "happened")]),
])
def test_foundings_and_the_terms_of_a_pact(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                           expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("Quillsoft today introduced its new laptop line.", "introduced", [("LAUNCH", "happened")]),
    ("The first superjumbo was delivered today to the airline.", "delivered", [("BUSINESS", "happened")]),
    ("Profits rose in its autumn quarter, which ended on December 28.", "ended", []),
    ("Sales were driven by strong demand for its tablets.", "demand", []),
    ("The new search tool integrates search into the core of the system.", "integrates", []),
    ("Quillsoft has occasionally been accused of overcharging customers.", "accused", []),
    # hard negatives: a bill introduced, a demand made, aid delivered, one accusation
    ("The unions renewed their demand for a pay rise on Monday.", "demand", [("DEMAND", "happened")]),
    ("Rivals accused Quillsoft of overcharging customers on Monday.", "accused", [("DISAPPROVE", "happened")]),
])
def test_lines_introduced_jets_delivered_and_states_of_a_market(  # type: ignore[no-untyped-def]
        nlp, body: str, trigger: str, expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "expected"), [
    # a result a firm or an economy reports for a period is a happening of its books
    ("Harbour Mutual's third-quarter net income fell 18% to $90 million.", [("BUSINESS", "happened")]),
    ("Ferry ticket sales rose 4% in the second quarter.", [("BUSINESS", "happened")]),
    ("Exports from the port jumped 12% last year.", [("BUSINESS", "happened")]),
    ("The ferry line earned $40 million last year.", [("BUSINESS", "happened")]),
    # hard negatives: prices of shares and the weather move, no one's result
    ("Shares of Harbour Mutual fell 3% on Monday.", []),
    ("The temperature fell 12 degrees overnight.", []),
    ("The skipper earned the trust of his crew.", []),
])
def test_results_told_as_a_change_are_business(nlp, body: str,  # type: ignore[no-untyped-def]
                                               expected: list[tuple[str, str]]) -> None:
    verb = next(w for w in ("fell", "rose", "jumped", "earned") if f" {w} " in body)
    assert _readings(nlp, body, verb) == expected, body


@pytest.mark.parametrize(("body", "date"), [
    ("Harbour Mutual's third-quarter net income fell 18% to $90 million.", "2023-Q3"),  # the last one before June
    ("Last year's exports from the port grew 4%.", "2023"),
])
def test_the_period_a_result_is_for_dates_it(nlp, body: str, date: str) -> None:  # type: ignore[no-untyped-def]
    verb = next(w for w in ("fell", "grew") if f" {w} " in body)
    assert [e.date.value if e.date else None for e in _events(nlp, body) if e.trigger.text == verb] == [date]


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("Vistrel Logistics said it would seek control of the ferry operator.", "seek", [("BUSINESS", "planned")]),
    ("Montenegro joined NATO in 2017.", "joined", [("COOPERATE", "happened")]),
    # hard negatives: seeking money is a demand; joining a firm is a new post
    ("The fishermen will seek compensation from the port.", "seek", [("DEMAND", "planned")]),
])
def test_seeking_control_is_business_and_joining_a_bloc_cooperation(  # type: ignore[no-untyped-def]
        nlp, body: str, trigger: str, expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("Vistrel extended its tender offer for the ferry operator's shares until Friday.", "extended",
     [("BUSINESS", "happened")]),
    ("The board adopted a poison pill on Monday.", "adopted", [("BUSINESS", "happened")]),
    ("Each partner will contribute $50 million in capital to the venture.", "contribute", [("BUSINESS", "planned")]),
    ("About 400 dock workers will take early retirement under the plan.", "retirement", [("BUSINESS", "planned")]),
    # hard negatives: troops contributed are a deployment; a person's retirement is a change of post
    ("Spain will contribute 200 troops to the mission.", "contribute", [("MOBILIZE", "planned")]),
    ("The harbour master announced his retirement on Friday.", "retirement", [("APPOINT", "happened")]),
])
def test_takeover_moves_capital_and_early_retirement_are_business(  # type: ignore[no-untyped-def]
        nlp, body: str, trigger: str, expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "triggers"), [
    ("Vistrel will buy or lease the old ferry yard.", ["buy"]),
    # hard negative: two acts joined by "and" are two
    ("Vistrel will buy the old ferry yard and lease a dock.", ["buy", "lease"]),
    # nor are two steps of a case, each denied on its own
    ("No Vistrel manager has been charged or convicted.", ["charged", "convicted"]),
])
def test_alternatives_are_one_possible_act(nlp, body: str, triggers: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [e.trigger.text for e in _events(nlp, body)] == triggers, body


@pytest.mark.parametrize(("body", "triggers"), [
    ("Harbour Media publishes the Coast Courier.", []),
    ("The group also runs Harbour Air.", []),
    # hard negative: a report published on a day is news
    ("Harbour Media published its annual report on Monday.", ["published"]),
])
def test_what_a_firm_publishes_or_runs_as_a_rule_is_no_happening(  # type: ignore[no-untyped-def]
        nlp, body: str, triggers: list[str]) -> None:
    assert [e.trigger.text for e in _events(nlp, body)] == triggers, body


def test_the_period_a_figure_is_compared_with_dates_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Compared with $4 million a year earlier": the period set against, not the result's time."""
    events = _events(nlp, "Harbour Mutual posted net income of $6.5 million, compared with $4 million a year earlier.")
    assert [e.date for e in events if e.trigger.text == "posted"] == [None]
    events = _events(nlp, "Harbour Mutual posted net income of $6.5 million a year earlier.")  # hard negative
    assert [e.date.value if e.date else None for e in events if e.trigger.text == "posted"] == ["2023-06-05"]


@pytest.mark.parametrize(("body", "expected"), [
    ("Most investors tendered their shares to the bidder.", [("BUSINESS", "happened")]),
])
def test_shares_tendered_are_business(nlp, body: str,  # type: ignore[no-untyped-def]
                                      expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, "tendered") == expected, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a charge in a firm's books is an amount; what it is booked on is the firm's own act
    ("The quarterly loss includes pretax charges of $3.1 million on the closure of a chip unit.", "charges",
     [("BUSINESS", "happened")]),
    ("The quarterly loss includes pretax charges of $3.1 million on the closure of a chip unit.", "closure",
     [("BUSINESS", "happened")]),
    ("The chipmaker took a restructuring charge last quarter.", "charge", [("BUSINESS", "happened")]),
    # hard negative: charges of a crime stay legal
    ("Prosecutors brought charges of fraud against the chipmaker's founder.", "charges", [("LEGAL", "happened")]),
])
def test_a_charge_in_the_books_is_business(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                           expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a forecast of a figure foretells a possibility; a firm's own act it expects is its plan
    ("The chipmaker expects revenue to climb 6% a year through 2027.", "climb", [("BUSINESS", "hypothetical")]),
    ("The chipmaker predicts that revenue will double by 2027.", "double", [("BUSINESS", "hypothetical")]),
    ("The chipmaker expects to cut 300 jobs.", "cut", [("BUSINESS", "planned")]),
    # a figure or a part of a deal that a verb in the future carries is as far off as the verb
    ("The chip unit will achieve higher sales next year.", "sales", [("BUSINESS", "planned")]),
    ("The chip unit will post higher sales this year.", "post", [("BUSINESS", "planned")]),
    ("The chip unit posted higher sales in May.", "posted", [("BUSINESS", "happened")]),
])
def test_forecasts_of_figures_and_figures_still_to_come(nlp, body: str,  # type: ignore[no-untyped-def]
                                                        trigger: str, expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


def test_the_base_of_a_change_dates_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Grew to 25% of sales from 20% last year": last year is the base the change is told from (hard negative:
    "opened an office in Austin last year" is dated by it)."""
    events = _events(nlp, "Chip exports grew to 25% of revenue from 20% last year. The chipmaker opened an office "
                          "in Austin last year.")
    dates = {e.trigger.text: e.date.value if e.date else None for e in events}
    assert dates.get("grew", "missing") is None
    assert dates["opened"] == "2023"


def test_an_agreements_time_is_not_the_purchases(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Agreed in February to purchase the stake": February is the agreeing's; the purchase is still to come on no
    day told (hard negative: "agreed to meet on Friday", the meeting's day)."""
    events = _events(nlp, "The chipmaker agreed in February to purchase a stake in a Dutch foundry.")
    dates = {e.trigger.text: e.date.value if e.date else None for e in events}
    assert dates["agreed"] == "2024-02" and dates["purchase"] is None
    events = _events(nlp, "Intel and ASML agreed to meet on Friday.")
    assert {e.trigger.text: e.date.value if e.date else None for e in events}["meet"] == "2024-06-07"


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a share price sinking is a market move; a ship sinking an accident
    ("The chipmaker's shares sank 12% on Thursday.", "sank", []),
    ("A cargo ship sank off the coast on Thursday.", "sank", [("ACCIDENT", "happened")]),
    # declaring victory is a statement, the victory its content
    ("The chipmaker declared victory in the patent fight on Monday.", "declared", [("STATEMENT", "happened")]),
    ("The chipmaker declared victory in the patent fight on Monday.", "victory", []),
])
def test_market_moves_and_declared_victories(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                             expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # shares issued and bought back, dividends suspended, ratings cut are business; warrants issued are not
    ("The chipmaker issued new shares and repurchased its bonds on Friday.", "issued", [("BUSINESS", "happened")]),
    ("The chipmaker issued new shares and repurchased its bonds on Friday.", "repurchased",
     [("BUSINESS", "happened")]),
    ("The chipmaker suspended its dividend on Monday.", "suspended", [("BUSINESS", "happened")]),
    ("A rating agency lowered the chipmaker's rating and placed it on CreditWatch.", "lowered",
     [("BUSINESS", "happened")]),
    ("A rating agency lowered the chipmaker's rating and placed it on CreditWatch.", "placed",
     [("BUSINESS", "happened")]),
    # backing out of a deal rejects it; backing a bill supports it
    ("The buyer backed out of the chip deal on Monday.", "backed", [("REJECT", "happened")]),
    # qualifying for aid is no contest
    ("Many laid-off engineers may not qualify for benefits.", "qualify", []),
])
def test_securities_ratings_and_deals_backed_out_of(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                    expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


def test_an_offer_extended_to_a_day_looks_ahead_to_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Extended its offer on Friday to June 20": June 20 is the new deadline, ahead, and not the extending's day
    (hard negative: "extended its lead to five points" has no deadline)."""
    events = _events(nlp, "The chipmaker extended its tender offer on Monday to June 20.")
    extended = next(e for e in events if e.trigger.text == "extended")
    assert extended.category == "BUSINESS" and extended.date is not None and extended.date.value == "2024-06-03"
    times = {t.span.text: t.value for t in _analysis(nlp, "The chipmaker extended its tender offer to May 20.").times}
    assert times["May 20"] == "2025-05-20"


def _analysis(nlp, body: str) -> Analysis:  # type: ignore[no-untyped-def]
    result = next(iter(analyze_articles([article_from_text("date 2024-06-05\n\nSAN JOSE, California — " + body,
                                                           "<test>")], nlp)))
    assert isinstance(result, Analysis)
    return result


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a verb CAMEO reads as co-operation or conflict, acting on a firm's money, is business
    ("Intel reduced its debt by $200 million.", "reduced", [("BUSINESS", "happened")]),
    # hard negatives: aid cut to rebels is a sanction; a cargo seized by police coercion
    ("The European Union cut military aid to the rebels.", "cut", [("SANCTION", "happened")]),
    ("Police seized the freighter's cargo on Monday.", "seized", [("COERCE", "happened")]),
])
def test_cameo_verbs_on_a_firms_money_are_business(nlp, body: str,  # type: ignore[no-untyped-def]
                                                   trigger: str, expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a war fought with prices or bids is competition between firms; words traded are criticism
    ("A bidding war broke out for the chipmaker last week.", "BUSINESS"),
    ("The carriers' fare war dragged on through May, analysts said.", "BUSINESS"),
    ("The two chief executives waged a war of words on Monday.", "DISAPPROVE"),
    # hard negative: a war is fighting
    ("The border war broke out in 1991.", "FIGHT"),
])
def test_a_war_of_prices_or_words_is_no_fighting(nlp, body: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.category for e in _events(nlp, body) if e.trigger.text == "war"] == [expected]


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a plant or service that comes on line opens; "is to" tells the plan
    ("The rolling mill is to come on line in the spring of 2027.", "come", [("LAUNCH", "planned")]),
    ("The utility brought the second turbine on line in May.", "brought", [("LAUNCH", "happened")]),
    # hard negatives: coming on strong, or back from a trip, opens nothing
    ("The Gulls came on strong in the second half.", "came", []),
    ("The minister came back from Oslo on Monday.", "came", [("HAPPENING", "happened")]),
])
def test_coming_on_line_is_an_opening(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                      expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


def test_a_result_is_dated_by_the_period_it_reports(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "posted a 38% fall in second-quarter profit": the result is the quarter's (was a publication, undated); a
    figure told beside another act does not date it ("cut 900 jobs after a second-quarter loss")."""
    events = events_of(nlp, "date 2024-08-02\n\nOSLO — The shipbuilder posted a 38% fall in second-quarter profit. "
                            "The insurer reported first-half earnings of $40 million on Thursday. A rival yard cut 900 "
                            "jobs after a second-quarter loss.")
    readings = {e.trigger.text: (e.category, e.date.value if e.date else None) for e in events}
    assert readings["posted"] == ("BUSINESS", "2024-Q2")
    assert readings["reported"][1] == "2024-08-01"  # the reporting's own day first
    assert readings["cut"][1] is None


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a firm or its figures "hurt" by costs or demand is a business setback, no violence; softer demand is the market
    ("Third-quarter earnings were hurt by softer demand for steel.", "hurt", []),
    ("Third-quarter earnings were hurt by softer demand for steel.", "demand", []),
    ("The chipmaker was hurt by higher costs last quarter.", "hurt", []),
    # hard negative: people hurt are hurt
    ("Two officers were hurt by flying glass on Monday.", "hurt", [("ASSAULT", "happened")]),
    ("Police said 40 others were hurt in the riot on Friday.", "hurt", [("ASSAULT", "happened")]),
    ("No one was hurt, officials said.", "hurt", [("ASSAULT", "blocked")]),
])
def test_a_firm_hurt_by_costs_is_no_assault(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                            expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a number of planes ordered is a purchase; a number of soldiers ordered to act is a command
    ("Launch customer Skyline Air have ordered 55.", "ordered", [("BUSINESS", "happened")]),
    ("Skyways ordered 20 more last year.", "ordered", [("BUSINESS", "happened")]),
    ("The colonel ordered 500 soldiers to withdraw.", "ordered", [("DEMAND", "happened")]),
    # a model number before the verb is no score: a capacity told is no game
    ("The Q-400 seats 70; the Q-500 holds 80 to 90.", "holds", []),
    ("Ireland beat Wales 20-10 on Saturday.", "beat", [("CONTEST", "happened")]),
    # meeting a market's demand is supplying it; meeting strikers' demands is yielding
    ("The plant must double output if it is to meet customer demand.", "meet", []),
    ("The strikers said the firm met their demands on Friday.", "met", [("CONCEDE", "happened")]),
])
def test_counts_ordered_capacities_and_demand_met(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                  expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a suit or an appeal filed, also in the passive, is going to law; a tax return filed is no suit
    ("A similar suit was filed at the same time in Nevada.", "filed", [("LEGAL", "happened")]),
    ("The club said it would file an appeal next week.", "file", [("LEGAL", "planned")]),
    # a booking site or a branch opened is a launch
    ("Two airlines have opened a booking site for the new route.", "opened", [("LAUNCH", "happened")]),
    ("The door opened slowly.", "opened", []),
])
def test_suits_filed_and_sites_opened(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                      expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body

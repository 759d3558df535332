"""A word's sense from its phrase and from the article: "under attack" over a budget is criticism, a
presidential debate is part of an election, a plague diagnosis is an outbreak while a diabetes diagnosis is one
person's news, and "the hearing" after "a congressional hearing" is still that inquiry (one sense per
discourse). Hearsay ("is said to have fled") is reported, not known. Sentences written for these tests, each
class with a hard negative."""

from __future__ import annotations

import pytest

from dateline.model import Event

from ..conftest import events_of


def _events(nlp, body: str) -> list[Event]:  # type: ignore[no-untyped-def]
    return events_of(nlp, "date 2025-10-08\n\nHALIFAX, Nova Scotia — " + body)


def _readings(nlp, body: str, trigger: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(e.category, e.modality) for e in _events(nlp, body) if e.trigger.text == trigger]


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("The premier was under constant attack over the ferry contract last month.", "attack",
     [("DISAPPROVE", "happened")]),
    ("A patrol came under attack from armed gunmen near the ford.", "attack", [("ASSAULT", "happened")]),
    # an attack told in words ("a scathing attack", "a verbal attack") is criticism; a fierce one is force
    ("In a blistering attack aired on Thursday, the mayor called the audit a sham.", "attack",
     [("DISAPPROVE", "happened")]),
    ("The opposition leader's personal attack on the judge drew a rebuke.", "attack", [("DISAPPROVE", "happened")]),
    ("Gunmen launched a fierce attack on the ferry terminal on Monday.", "attack", [("ASSAULT", "happened")]),
    # a candidates' debate is a campaign occasion, not a vote (HAPPENING); a legislature's debate is a sitting
    ("The candidates clashed in the leadership debate on Tuesday.", "debate", [("HAPPENING", "happened")]),
    ("The legislature's debate on the budget ended on Tuesday.", "debate", [("CONSULT", "happened")]),  # a sitting
    ("A fisherman was diagnosed with cholera on Monday.", "diagnosed", [("DISASTER", "happened")]),
    ("The senator was diagnosed with diabetes in 2010.", "diagnosed", [("HAPPENING", "happened")]),    # one person
    ("The province lifted the curfew on Monday.", "lifted", [("CONCEDE", "happened")]),
    ("The navy lifted the blockade of the port on Monday.", "lifted", [("RETREAT", "happened")]),
    ("The suspect is in custody.", "custody", [("COERCE", "ongoing")]),
    ("The mother won custody of the twins in May.", "won", [("LEGAL", "happened")]),                  # a ruling
    ("The driver confessed to the robbery on Monday.", "confessed", [("LEGAL", "happened")]),
    ("The committee asked the minister about the contract on Monday.", "asked", [("CONSULT", "happened")]),
    ("The committee asked the minister to resign on Monday.", "asked", [("DEMAND", "happened")]),      # a demand
    ("The new model goes on sale on Friday.", "goes", [("LAUNCH", "planned")]),
    ("The guard posted a triple-double on Tuesday.", "posted", [("CONTEST", "happened")]),
    ("The bank posted a loss for the quarter on Tuesday.", "posted", [("BUSINESS", "happened")]),     # results
])
def test_the_phrase_decides_the_sense(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                      expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "trigger"), [
    ("The wagon has a new rear suspension.", "suspension"),            # a car part
    ("An avalanche of electric models reached the show.", "avalanche"),  # a figure of speech
    ("She would fire off letters to the editor.", "fire"),              # sending letters
    ("She cashes the checks every month.", "checks"),                   # cheques
    ("The minister is not shutting the door on a deal.", "shutting"),   # a figure of speech
    ("He launched into a long riff about taxes.", "launched"),          # began talking
])
def test_figures_and_things_name_no_happening(nlp, body: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, body, trigger) == [], body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("The league's suspension of the striker ended on Friday.", "suspension", [("SANCTION", "happened")]),
    ("An avalanche buried two skiers near the pass on Monday.", "avalanche", [("DISASTER", "happened")]),
    ("Troops fired off rockets at the base on Monday.", "fired", [("FIGHT", "happened")]),
])
def test_the_plain_senses_stand(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


def test_one_sense_per_discourse(nlp) -> None:  # type: ignore[no-untyped-def]
    """Once the article shows which hearing or which attack it means, the bare mentions after it mean the same."""
    hearing = _events(nlp, "A congressional hearing on the budget opened on Monday. The hearing lasted six hours.")
    assert {e.category for e in hearing if e.trigger.text.lower() == "hearing"} == {"INVESTIGATE"}
    court = _events(nlp, "The judge set a hearing for Monday. The hearing lasted six hours.")
    assert {e.category for e in court if e.trigger.text.lower() == "hearing"} == {"LEGAL"}       # hard negative
    cyber = _events(nlp, "A denial-of-service attack hit the registry on Monday. The attack lasted six hours.")
    assert {e.category for e in cyber if e.trigger.text.lower() == "attack"} == {"CRIME"}


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    ("The rebels are said to have seized the town.", "seized", "reported"),
    ("The bakery is thought to have sold its oldest mill.", "sold", "reported"),
    ("The rebels seized the town on Monday.", "seized", "happened"),                       # told as known
    ("Since taking office, the mayor has cut taxes.", "taking", "happened"),                # a start, done
])
def test_hearsay_is_reported_and_a_start_happened(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                  modality: str) -> None:
    assert [m for _, m in _readings(nlp, body, trigger)] == [modality], body


def test_a_ruling_dates_itself_not_what_it_rules_on(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "The ban was ruled illegal on Monday": Monday is the ruling's; "the talks were held on Monday" is the
    talks' own day."""
    ruled = _events(nlp, "The mask ban was ruled illegal by the court on Monday.")
    assert [e.date for e in ruled if e.trigger.text == "ban"] == [None]
    assert [e.date.value for e in ruled if e.trigger.text == "ruled" and e.date] == ["2025-10-06"]
    held = _events(nlp, "The talks were held on Monday.")
    assert [e.date.value for e in held if e.trigger.text == "talks" and e.date] == ["2025-10-06"]


def test_in_a_sports_report_teams_that_meet_or_visit_play(nlp) -> None:  # type: ignore[no-untyped-def]
    """Fixtures, not talks: "the teams meet again in three days", "the Lakers visit the Jazz on Sunday"."""
    report = _events(nlp, "The Lakers beat the Thunder 112-107 in overtime on Tuesday night. The guard scored 30 "
                          "points, grabbed 12 rebounds and had 10 assists. The teams meet again in three days. Next "
                          "the Lakers visit the Jazz on Sunday.")
    fixtures = [(e.trigger.text, e.category, e.modality, e.date.value if e.date else None) for e in report
                if e.trigger.text in ("meet", "visit")]
    assert fixtures == [("meet", "CONTEST", "planned", "2025-10-11"), ("visit", "CONTEST", "planned", "2025-10-12")]
    talks = _events(nlp, "The two foreign ministers meet again in three days.")       # hard negative: diplomats
    assert [e.category for e in talks if e.trigger.text == "meet"] == ["CONSULT"]
    # in the same report, a meeting with a person is talks, not a game
    report = _events(nlp, "The Lakers beat the Thunder 112-107 in overtime on Tuesday night. The guard scored 30 "
                          "points, grabbed 12 rebounds and had 10 assists. On Monday the coach had a meeting with the "
                          "mayor.")
    assert [e.category for e in report if e.trigger.text == "meeting"] == ["CONSULT"]


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("The ferry plan is a failure.", "failure", []),                                   # a judgement of the plan
    ("The Gulls no longer look as big a threat to reach the final.", "threat", []),    # what the side seems
    ("The ferry deal proved a disaster for the port.", "disaster", []),                # a judgement of the deal
    ("The rebels issued a threat to burn the depot.", "threat", [("THREATEN", "happened")]),
    ("There was an explosion at the plant on Monday.", "explosion", [("ACCIDENT", "happened")]),
    ("He sent her letters every year.", "sent", []),                                   # a rhythm, no one happening
    ("Police raided the camp every week in May.", "raided", [("COERCE", "happened")]),  # a dated series
    ("The rocket could do the job with fewer launches.", "launches", []),              # a count, not a launch
    ("Three attacks killed 12 people in Kandahar on Monday.", "attacks", [("ASSAULT", "happened")]),
])
def test_judgements_rhythms_and_counts_are_no_happenings(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                         expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("The actor killed himself in 2014.", "killed", [("DEATH", "happened")]),               # a suicide
    ("She hurt herself by stumbling in the debate last month.", "hurt", []),                 # a figure of speech
    ("A gunman hurt two guards on Monday.", "hurt", [("ASSAULT", "happened")]),              # hard negative
    ("Will the council approve the ferry plan?", "approve", []),                             # the article asks
    ("The council approved the ferry plan on Monday.", "approved", [("AGREE", "happened")]),
])
def test_oneself_as_object_and_the_articles_own_questions(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                          expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body



def test_what_an_attack_does_is_the_attack(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "A ransomware attack crippled the port's systems on Friday.")
    assert [(e.trigger.text, e.category) for e in events] == [("attack", "CRIME")]


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # what a firm shows, releases or orders is a product; people released stay a release
    ("The studio has released an application that lets users share clips.", "released", [("LAUNCH", "happened")]),
    ("The maker also demonstrated Atlas 5, a new version of its system.", "demonstrated", [("LAUNCH", "happened")]),
    ("The planemaker unveiled its new 797 Skyliner on Sunday.", "unveiled", [("LAUNCH", "happened")]),
    ("The rebels released two hostages on Sunday.", "released", [("RETREAT", "happened")]),
    ("Protesters demonstrated outside the plant on Sunday.", "demonstrated", [("PROTEST", "happened")]),
    ("The airline has ordered 55 of the jets.", "ordered", [("BUSINESS", "happened")]),
    ("The jets will be assembled in Toulouse from 2027.", "assembled", [("BUSINESS", "planned")]),
    ("The firm lost its court case on Monday.", "lost", [("LEGAL", "happened")]),
    ("The turbine can be tested in 2026 and in operation by 2027.", "operation", []),  # working, no operation
    ("The army launched an operation in the north on Monday.", "operation", [("MOBILIZE", "happened")]),
])
def test_products_orders_and_court_cases(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                         expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


def test_a_past_plan_overtaken_and_a_light_verb_after_its_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Was to take delivery in May, but will now …": a plan that did not happen; "the proposed sale or
    closure": both proposed; "a lawsuit was filed on Monday", "an agreement reached in 1991": the noun is the
    happening, not a second one on the verb."""
    undone = _events(nlp, "The airline was to take delivery of the jets in May 2024, but will now receive "
                          "them in 2026.")
    assert [e.modality for e in undone if e.trigger.text == "delivery"] == ["blocked"]
    kept = _events(nlp, "The airline was to take delivery of the jets in May 2026.")   # hard negative: a plan
    assert [e.modality for e in kept if e.trigger.text == "delivery"] == ["planned"]
    both = _events(nlp, "Workers fear a possible sale or closure of the two mills.")
    assert {e.modality for e in both if e.trigger.text in ("sale", "closure")} == {"hypothetical"}
    filed = _events(nlp, "A class-action lawsuit was filed in Halifax on Monday.")
    assert [e.trigger.text for e in filed] == ["lawsuit"]
    reached = _events(nlp, "Under an agreement reached in 1991, the firm kept its name.")
    assert [(e.trigger.text, e.date.value if e.date else None) for e in reached] == [("agreement", "1991")]


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("The electric scooter goes on sale next spring.", "goes", [("LAUNCH", "planned", "2026-SP")]),
    ("The sale of the ferry line closed on Monday.", "sale", [("BUSINESS", "happened", "2025-10-06")]),
    ("The new operating system will be shipped in July.", "shipped", [("LAUNCH", "planned", "2026-07")]),
    ("The jet is targeted at smaller airports.", "targeted", []),                   # a market, not a blow
])
def test_sales_shipments_and_markets(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                     expected: list[tuple[str, str, str]]) -> None:
    found = [(e.category, e.modality, e.date.value if e.date else "") for e in _events(nlp, body)
             if e.trigger.text == trigger]
    assert found == expected, body
    assert not [e for e in _events(nlp, body) if e.trigger.text == "sale" and trigger == "goes"]


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("It should help lower fares for students.", "help", []),                     # a contribution
    ("Three experts helped the police find the car.", "helped", [("AID", "happened")]),  # help given
    ("Students there study science and law.", "study", []),                       # learning a field
    ("The agency will study the causes of the crash.", "study", [("INVESTIGATE", "planned")]),
    ("We want to thank everyone who backed the bid.", "thank", []),               # a courtesy said
    ("The mayor thanked the rescuers on Monday.", "thanked", [("SUPPORT", "happened")]),
    ("A points scale is used to fine only repeat offenders.", "fine", []),        # a means
    ("He used to visit the prison every month.", "visit", []),                    # a past habit
])
def test_contributions_courtesies_means_and_learning(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                     expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("Neither ministry issued a formal statement on Monday.", "statement", [("STATEMENT", "blocked")]),
    ("If the search fails, the agency will seek money from the airlines.", "seek", [("DEMAND", "hypothetical")]),
    ("The agency will seek money from the airlines.", "seek", [("DEMAND", "planned")]),          # no condition
    ("If talks fail, the union will strike in May.", "strike", [("PROTEST", "hypothetical")]),
    ("The delivery will be delayed until October 2027.", "delivery", [("HAPPENING", "planned")]),  # still to come
    ("The summit was postponed on Monday.", "summit", [("CONSULT", "blocked")]),
    ("The maker sued so that its rival would stop selling the phone.", "selling", [("BUSINESS", "hypothetical")]),
    ("Police stopped the march on Monday.", "march", [("PROTEST", "blocked")]),
    ("This is an exceptional accident.", "accident", []),                               # a judgement
    ("Prices rise at every new device launch.", "launch", []),                          # every launch: a kind
    ("The jetliner crashed into the ocean on June 1.", "crashed", [("ACCIDENT", "happened")]),
    ("Stocks crashed on Monday.", "crashed", []),                                       # a market move
])
def test_conditions_postponements_judgements_and_crashes(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                         expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


def test_a_named_occasion_is_the_setting_of_an_act_told_at_it(nlp) -> None:  # type: ignore[no-untyped-def]
    setting = _events(nlp, "At the Harbour Tech Conference on Tuesday, the firm introduced its new phone.")
    assert [e.trigger.text for e in setting] == ["introduced"]
    spoke = _events(nlp, "The minister spoke at the Harbour Tech Conference on Tuesday.")   # the occasion stays
    assert "Conference" in [e.trigger.text for e in spoke]


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("The tablet will be available from 3 May.", "available", [("LAUNCH", "planned", "2026-05-03")]),
    ("Developer releases were made available today.", "made", [("LAUNCH", "happened", "2025-10-08")]),
    ("The jacket is available in blue.", "available", []),                          # a property, no date
])
def test_a_product_made_available_on_a_day_is_launched(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                       expected: list[tuple[str, str, str]]) -> None:
    found = [(e.category, e.modality, e.date.value if e.date else "") for e in _events(nlp, body)
             if e.trigger.text == trigger]
    assert found == expected, body


def test_the_reason_for_an_act_does_not_make_it_a_plan(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Became the reason for the firm to file a lawsuit": it filed; "a contract to supply jets" is to come."""
    reason = _events(nlp, "The leak became the reason for the firm to file a lawsuit.")
    assert [e.modality for e in reason if e.trigger.text == "file"] == ["happened"]
    contract = _events(nlp, "The firm signed a contract to supply 40 jets.")
    assert [e.modality for e in contract if e.trigger.text == "supply"] == ["planned"]


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("The missing ledgers were found in a skip behind the depot.", "found", [("HAPPENING", "happened")]),
    ("Two climbers were found alive near the summit.", "found", [("HAPPENING", "happened")]),
    ("The study found that salt harms the soil.", "found", []),                    # a finding, not a discovery
    ("Two climbers were found alive near the summit.", "summit", []),              # a mountain top
    ("The two presidents held a summit in Rome on Monday.", "summit", [("CONSULT", "happened")]),
])
def test_what_was_found_somewhere_was_discovered(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                 expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("The firm released the text of its founder's letter on Monday.", "released", [("PUBLISH", "happened")]),
    ("The order, worth $2 billion, was signed on Monday.", "order", [("BUSINESS", "happened")]),
    ("The general issued an order to pull back.", "order", [("DEMAND", "happened")]),    # a command
])
def test_texts_released_and_orders_with_a_price(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                               expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


def test_a_backtick_typed_for_an_apostrophe_still_negates(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "The envoys don`t hold the summit": "n`t" negates as "n't" does, and the text keeps its backtick (not
    "don`t attend": staying away stops no summit)."""
    events = _events(nlp, "The envoys don`t hold the summit, the spokesman said.")
    assert [e.modality for e in events if e.trigger.text == "summit"] == ["blocked"]
    assert not [e for e in _events(nlp, "Our clerks won`t deal with rude callers.") if e.category == "AGREE"]


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("The agency unveiled the database in 1999.", "unveiled", [("LAUNCH", "happened")]),
    ("The two firms struck a deal on Monday.", "deal", [("AGREE", "happened")]),          # a deal made
    ("Police dealt with the crisis calmly.", "dealt", []),                                # handling, no deal
])
def test_databases_unveiled_and_dealing_with(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                             expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("The harbour master is expected to resign on Friday.", "resign", [("APPOINT", "planned")]),
    ("Rumours of a merger swirled through the trading floor.", "merger", [("BUSINESS", "hypothetical")]),
    ("The singer checked herself into a clinic on Monday.", "checked", [("HAPPENING", "happened")]),
    ("The studio is under pressure to meet its release date.", "meet", []),             # a deadline, no meeting
    ("The ministers will meet on Friday.", "meet", [("CONSULT", "planned")]),
])
def test_plans_rumours_and_places_gone_to(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                          expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


def test_a_belief_about_the_past_stays_hearsay(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, "The gang is expected to have attacked the convoy.", "attacked") == [("ASSAULT", "reported")]


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("The comedian earned an Emmy nomination in 2007.", "nomination", [("CONTEST", "happened")]),
    ("The singer was nominated for a Grammy in 2010.", "nominated", [("CONTEST", "happened")]),
    ("The party nominated her as its candidate for mayor on Friday.", "nominated", [("ELECTION", "happened")]),
    ("The premier nominated a new judge on Friday.", "nominated", [("APPOINT", "happened")]),   # an office
    ("The coach held a conference call with reporters on Monday.", "call", [("STATEMENT", "happened")]),
    ("The two leaders held a call with each other on Monday.", "call", [("CONSULT", "happened")]),
    ("Six people were killed in a crash on the coast road.", "killed", [("DEATH", "happened")]),
    ("Two soldiers were killed in an ambush near the ford.", "killed", [("ASSAULT", "happened")]),
])
def test_nominations_calls_and_road_deaths_by_their_phrase(nlp, body: str,  # type: ignore[no-untyped-def]
                                                           trigger: str, expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "expected"), [
    ("Hundreds joined a candlelit vigil for the boy on Monday.", [("vigil", "PROTEST")]),
    ("She joined the firm in 2010.", [("joined", "APPOINT")]),                                  # a new job
    ("The comedian will host the Oscars in March.", [("host", "HAPPENING")]),
    ("Portugal hosted the World Cup in 2004.", [("hosted", "CONTEST")]),                       # one event, not two
    ("The premier hosted the foreign minister on Monday.", [("hosted", "CONSULT")]),           # a visit
])
def test_joining_and_hosting_by_what_is_joined_or_hosted(nlp, body: str,  # type: ignore[no-untyped-def]
                                                         expected: list[tuple[str, str]]) -> None:
    assert [(e.trigger.text, e.category) for e in _events(nlp, body)] == expected, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("He headed the committee that reviewed the budget.", "headed", []),                # a post held
    ("Witnesses recognized the man who fled.", "recognized", []),                       # seen, not endorsed
    ("The striker has contemplated his next move.", "contemplated", []),                # a thought
    ("Spain recognized the new government on Monday.", "recognized", [("SUPPORT", "happened")]),
])
def test_roles_perceptions_and_thoughts_are_no_acts(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                   expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("Under the charter, the assembly examines the budget and ratifies treaties.", "ratifies", []),  # its powers
    ("The party asks the region to fund the school.", "asks", [("DEMAND", "happened")]),  # a demand told now
    ("The teacher was fired from his job on Monday.", "fired", [("APPOINT", "happened")]),
    ("Troops fired from the rooftops on Monday.", "fired", [("FIGHT", "happened")]),
])
def test_what_a_body_does_as_a_rule_and_what_it_did(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                     expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


def test_a_present_with_a_time_of_its_own_is_news(nlp) -> None:  # type: ignore[no-untyped-def]
    # written on a Wednesday: the coming Monday, timetabled
    assert _readings(nlp, "The council approves the budget on Monday.", "approves") == [("HAPPENING", "planned")]


@pytest.mark.parametrize(("body", "expected"), [
    ("Officers arrived at the scene on Monday.", [("arrived", "HAPPENING")]),     # getting there
    ("The premier arrived in Ottawa on Monday for talks.", [("arrived", "CONSULT")]),  # a visit, its talks with it
])
def test_arriving_at_a_scene_is_no_visit(nlp, body: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(e.trigger.text, e.category) for e in _events(nlp, body)] == expected, body


def test_a_release_on_bail_is_a_step_of_the_law(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, "The suspect was released on bail on Friday.", "released") == [("LEGAL", "happened")]
    assert _readings(nlp, "The rebels released two hostages on Friday.", "released") == [("RETREAT", "happened")]


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("A speeding driver struck the cyclist with his van on Friday.", "struck", [("ACCIDENT", "happened")]),
    ("Bus drivers struck for higher pay on Friday.", "struck", [("PROTEST", "happened")]),        # a walkout
    ("The nurse received the Mandela Award for service in 2010.", "received", [("CONTEST", "happened")]),
    ("She received a letter on Friday.", "received", [("HAPPENING", "happened")]),                # no contest
    ("Officers were able to disarm the woman.", "disarm", [("COERCE", "happened")]),
])
def test_drivers_awards_and_disarming_by_their_phrase(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                      expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("Police raided homes in the district on Monday.", "raided", ("COERCE", "Police")),       # a search
    ("Militants raided homes in the village on Monday.", "raided", ("ASSAULT", "Militants")),
    ("Police used tear gas to disperse the crowd on Monday.", "disperse", ("COERCE", "Police")),  # the user acts
    ("The attack by government troops killed ten people on Monday.", "attack", ("FIGHT", "government troops")),
])
def test_force_by_police_and_troops(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                    expected: tuple[str, str]) -> None:
    found = [(e.category, e.source.name if e.source else None) for e in _events(nlp, body) if e.trigger.text == trigger]
    assert found == [expected], body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("The boy won hearts across the country.", "won", []),                                         # a figure
    ("The mayor was caught on a wiretap in 2016.", "caught", []),                                  # recorded
    ("Police caught the suspect on Friday.", "caught", [("COERCE", "happened")]),
    ("The firm deployed its wave energy device off the coast in March.", "deployed", [("LAUNCH", "happened")]),
    ("The army deployed troops to the border.", "deployed", [("MOBILIZE", "happened")]),
    # armed men marching move as a force; a crowd marching protests
    ("Rebels marched on the provincial capital on Friday.", "marched", [("MOBILIZE", "happened")]),
    ("Nurses marched on the provincial capital on Friday.", "marched", [("PROTEST", "happened")]),
    # a campaign launched is advocacy, an election's or a bombing's by its kind; a campaign as a body is none
    ("The residents' group launched a campaign on Friday.", "campaign", [("DEMAND", "happened")]),
    ("The party launched its election campaign on Friday.", "campaign", [("ELECTION", "happened")]),
    ("The senator's campaign raised two million dollars.", "campaign", []),
    # a gunman or sniper firing is an attack, told with no target and however the parse reads "opened fire"
    ("A sniper fired from a hilltop on Friday.", "fired", [("ASSAULT", "happened")]),
    ("The club fired its coach on Friday.", "fired", [("APPOINT", "happened")]),
    ("He succumbed to his injuries on Friday.", "succumbed", [("DEATH", "happened")]),
    ("A man pointed a replica gun at police on Friday.", "pointed", [("THREATEN", "happened")]),
])
def test_figures_and_side_senses_of_war_and_contest_verbs(nlp, body: str,  # type: ignore[no-untyped-def]
                                                         trigger: str, expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


def test_a_ban_on_trade_is_a_sanction(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, "Japan imposed a ban on British beef imports in 1996.", "ban") == [("SANCTION", "happened")]
    assert _readings(nlp, "The city imposed a ban on smoking in bars.", "ban") == [("COERCE", "happened")]


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("The guard posted a 20-point game on Friday.", "posted", [("CONTEST", "happened")]),
    ("The premier retired in March.", "retired", [("APPOINT", "happened")]),
    ("The troops retired to their base in March.", "retired", [("RETREAT", "happened")]),   # a withdrawal
    ("The sergeant was retired from the force in May.", "retired", [("APPOINT", "happened")]),  # made to leave
    ("The freighter was retired from the fleet in May.", "retired", [("BUSINESS", "happened")]),  # out of service
    ("Demand for housing rose in March.", "Demand", []),                                      # a market's appetite
    ("The union issued a demand for higher pay.", "demand", [("DEMAND", "happened")]),
    ("He heads an alliance of opposition parties.", "alliance", []),                          # a body he leads
    ("The two parties formed an alliance in May.", "alliance", [("COOPERATE", "happened")]),
])
def test_games_retirements_markets_and_bodies(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                              expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "expected"), [
    ("The pianist gave a concert in Vienna last week.", [("concert", "HAPPENING", "happened")]),
    ("The band began a three-week tour in May.", [("tour", "HAPPENING", "happened")]),
    ("The tour guide led us through the caves.", []),                                   # a person
    ("Tonight the band plays in Leeds.", [("plays", "HAPPENING", "planned")]),           # later today
    ("Last night the band played in Leeds.", [("played", "HAPPENING", "happened")]),
])
def test_performances_and_tonight(nlp, body: str, expected: list[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert [(e.trigger.text, e.category, e.modality) for e in _events(nlp, body)] == expected, body


def test_a_person_collapsing_is_no_accident(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The guard collapsed after he was stabbed.")
    assert [(e.trigger.text, e.category) for e in events] == [("collapsed", "HAPPENING"), ("stabbed", "ASSAULT")]
    assert [e.category for e in _events(nlp, "The roof collapsed on Friday.")] == ["ACCIDENT"]


def test_the_one_forced_to_act_is_its_doer(nlp) -> None:  # type: ignore[no-untyped-def]
    (resign,) = [e for e in _events(nlp, "Anna Kowal ran the port for a decade. The board forced her to resign.")
                 if e.trigger.text == "resign"]
    assert resign.source is not None and "Kowal" in resign.source.name

"""Court news read as court news: verdicts, acts on a court's outcome, lawsuits, pleas and charges are LEGAL; the
charges a verdict is on are its content; a later "appeal the sentence" neither makes the sentencing demanded nor
joins it. Crowds gathering, tariffs, offences told in other words and newsroom routine read as a reader would.
Sentences written for these tests, each class with a hard negative."""

from __future__ import annotations

import pytest

from .harbour_news import harbour_events as _events
from .harbour_news import harbour_readings as _readings


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a verdict, guilty or not, is the court's act (CAMEO's "find guilty" is an arrest code)
    ("The jury found the harbour master guilty of fraud.", "found", [("LEGAL", "happened")]),
    ("A jury found her not guilty on Tuesday.", "found", [("LEGAL", "happened")]),
    ("The former treasurer was cleared of all charges.", "cleared", [("LEGAL", "happened")]),
    ("Police found the stolen van in a quarry.", "found", []),
    # the act on a court's outcome is the event
    ("An appeals court halved her sentence in May.", "halved", [("LEGAL", "happened")]),
    ("The high court upheld her conviction on Monday.", "upheld", [("LEGAL", "happened")]),
    ("His lawyers will appeal the ruling.", "appeal", [("LEGAL", "planned")]),
    ("Prosecutors dropped the charges against the skipper.", "dropped", [("LEGAL", "happened")]),
    ("The bakery reduced its prices in May.", "reduced", [("BUSINESS", "happened")]),
    ("The mayor appealed for calm on Monday.", "appealed", [("DEMAND", "happened")]),
    # lawsuits, pleas and charges brought by the law's officers
    ("The fishermen's union sued the port authority on Monday.", "sued", [("LEGAL", "happened")]),
    ("The union filed a lawsuit against the port authority in 2022.", "filed", [("LEGAL", "happened")]),
    ("He denies two counts of arson.", "denies", [("LEGAL", "happened")]),
    ("He denied the allegations on Monday.", "denied", [("REJECT", "happened")]),
    ("Prosecutors accused the skipper of smuggling.", "accused", [("LEGAL", "happened")]),
    ("The opposition accused the mayor of lying.", "accused", [("DISAPPROVE", "happened")]),
    # the bench's acts are rulings; its sittings and the attacks on it are not
    ("A judge awarded the fishermen $2 million in damages.", "awarded", [("LEGAL", "happened")]),
    ("The judge was attacked outside the courthouse.", "attacked", [("ASSAULT", "happened")]),
    # a grievance upheld, or thrown out by the body that rules on it, is a ruling; a rival's rejection is not
    ("The press watchdog upheld a complaint against the harbour gazette.", "upheld", [("LEGAL", "happened")]),
    ("The ombudsman rejected the fishermen's appeal in May.", "rejected", [("LEGAL", "happened")]),
    ("The harbour board threw out the objection on Monday.", "threw", [("LEGAL", "happened")]),
    ("The council rejected the proposal on Monday.", "rejected", [("REJECT", "happened")]),
    ("The mayor rejected the claims on Monday.", "rejected", [("REJECT", "happened")]),
])
def test_court_acts(nlp, body: str, trigger: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, body, trigger) == expected


def test_clearing_things_is_no_verdict(nlp) -> None:  # type: ignore[no-untyped-def]
    assert all(e.category != "LEGAL" for e in _events(nlp, "Crews cleared the road of debris."))


def test_charges_a_verdict_is_on_are_no_charging_of_their_own(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The harbour master was found guilty of four of the six charges he faced.")
    assert [(e.trigger.text, e.category) for e in events] == [("found", "LEGAL")]
    assert [e.trigger.text for e in _events(nlp, "The charges were filed in May.")] == ["charges"]
    indicted = _events(nlp, "The port's former treasurer was indicted on Thursday on charges of bribery.")
    assert [(e.trigger.text, e.category) for e in indicted] == [("indicted", "LEGAL")]


def test_an_appeal_does_not_undo_the_sentencing(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "A jury convicted the harbour master of fraud, and a judge sentenced him on Monday to six "
                          "years. He intends to appeal the sentence. His conviction closes a long case.")
    readings = [(e.trigger.text, e.category, e.modality) for e in events]
    assert ("sentenced", "LEGAL", "happened") in readings
    assert ("appeal", "LEGAL", "planned") in readings
    assert not any(text == "conviction" for text, _, _ in readings)  # "his conviction" is the verdict told again
    deal = _events(nlp, "The ferry firm agreed to buy the shipyard on Monday. The deal was later blocked by "
                        "regulators.")
    assert next((e.trigger.text, e.modality) for e in deal) == ("agreed", "blocked")  # a deal undone is undone


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a crowd gathering is no meeting: with a cause a demonstration, otherwise a happening
    ("Dozens of supporters gathered outside the courthouse, chanting his name.", "gathered", [("PROTEST", "happened")]),
    ("A crowd gathered near the burning warehouse.", "gathered", [("HAPPENING", "happened")]),
    ("Finance ministers gathered in Lisbon for talks on Monday.", "gathered", [("CONSULT", "happened")]),
    # duties on a country's goods are trade sanctions
    ("Ostrava imposed tariffs on imported steel last month.", "imposed", [("SANCTION", "happened")]),
    ("The bloc will slap duties on foreign motorcycles.", "slap", [("SANCTION", "planned")]),
    ("The city imposed a curfew on Monday.", "curfew", [("COERCE", "happened")]),
    ("The boxer slapped his rival at the weigh-in.", "slapped", [("ASSAULT", "happened")]),
    # offences told in other words
    ("The governor abused his power to favour a cousin.", "abused", [("CRIME", "happened")]),
    ("The coach abused the referee after the game.", "abused", [("ASSAULT", "happened")]),
    ("Two men were jailed for selling cocaine at the festival in 2023.", "selling", [("CRIME", "happened")]),
    ("The firm sells drugs for rare diseases.", "sells", []),
])
def test_other_words_for_the_act(nlp, body: str, trigger: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("The port authority declined requests for comment.", "requests", []),
    ("The council sent a request for funding in May.", "request", [("DEMAND", "happened")]),
    ("The new harbour master attended Carrow University.", "attended", []),
    ("Ministers attended a meeting at the university on Monday.", "meeting", [("CONSULT", "happened")]),
    ("Officials said the fires were linked to the drought.", "linked", []),
    ("This material may not be reproduced, rewritten or shared online.", "reproduced", []),
    ("The agency published the material on Monday.", "published", [("PUBLISH", "happened")]),
    # seeking to act is that act, attempted; seeking to play a row down is words
    ("The minister sought to play down the row on Friday.", "sought", []),
    ("The navy sought to buy two frigates in 2021.", "buy", [("COOPERATE", "attempted")]),
    # a place hit by protests: the protests are the event; a superlative label judges, it tells nothing
    ("The mill town has been hit by protests over pay.", "hit", []),
    ("The mill town has been hit by protests over pay.", "protests", [("PROTEST", "happened")]),
    ("A price war is the gravest threat facing the growers.", "threat", []),
    # a count that falls is no structure falling down
    ("Ferry bookings collapsed after the strike.", "collapsed", []),
    ("The pier collapsed on Monday.", "collapsed", [("ACCIDENT", "happened")]),
    ("The rebels issued a threat to the growers on Monday.", "threat", [("THREATEN", "happened")]),
])
def test_no_happening_of_the_story(nlp, body: str, trigger: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, body, trigger) == expected


def test_a_killing_under_an_accusation_happened(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Accused of shooting two fishermen on 3 March": someone was shot that day — the charge is about who did it;
    "accused of fraud" and "charged with murder" leave the deed itself alleged."""
    events = _events(nlp, "A man accused of shooting two fishermen on 3 March was arrested.")
    (shooting,) = [e for e in events if e.trigger.text == "shooting"]
    assert (shooting.category, shooting.modality) == ("ASSAULT", "happened")
    assert shooting.date is not None and shooting.date.value == "2025-03-03"
    assert _readings(nlp, "He was charged with murder.", "murder") == [("ASSAULT", "reported")]
    assert _readings(nlp, "She is accused of threatening the harbour master.", "threatening") in (
        [], [("THREATEN", "reported")])


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a defendant before the bench is a hearing; a band at a festival is not
    ("He is due to appear in court on Thursday.", "appear", [("LEGAL", "planned")]),
    ("The band appeared at the harbour festival.", "appeared", []),
    # a complaint that starts a case is legal; a grievance to a council is disapproval
    ("Prosecutors filed a complaint on Tuesday.", "filed", [("LEGAL", "happened")]),
    ("A fisherman filed a complaint in federal court.", "filed", [("LEGAL", "happened")]),
    ("Residents lodged a complaint with the council about the noise.", "lodged", [("DISAPPROVE", "happened")]),
    # what a filed paper says is its content; what prosecutors allege is their accusation
    ("The criminal complaint alleged that he stabbed a ferry guard.", "alleged", []),
    ("The criminal complaint alleged that he stabbed a ferry guard.", "stabbed", [("ASSAULT", "reported")]),
    ("Police said he stabbed a ferry guard.", "stabbed", [("ASSAULT", "happened")]),
    # kept in custody is detention; talks held are talks
    ("He will be held without bail.", "held", [("COERCE", "planned")]),
    ("He was remanded in custody.", "remanded", [("COERCE", "happened")]),
])
def test_custody_and_filings(nlp, body: str, trigger: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a jury ordering execution or recommending death pronounces a sentence; a governor ordering an inquiry asks
    ("A jury ordered execution for the arsonist on Friday.", "ordered", [("LEGAL", "happened")]),
    ("A jury ordered execution for the arsonist on Friday.", "execution", []),
    ("The jury recommended the death penalty on Friday.", "recommended", [("LEGAL", "happened")]),
    ("Prosecutors will seek the death penalty.", "seek", [("LEGAL", "planned")]),
    ("The governor ordered an inquiry.", "inquiry", [("INVESTIGATE", "demanded")]),
])
def test_grave_sentences(nlp, body: str, trigger: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, body, trigger) == expected


def test_a_deed_denied_in_a_relative_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "The alleged assault, which he denies, …": denied, not merely reported; an attack police reported stays."""
    assert _readings(nlp, "The alleged assault, which he denies, took place in 2019.", "assault") \
        == [("ASSAULT", "denied")]
    assert _readings(nlp, "The attack, which police reported on Monday, killed two.", "attack") \
        == [("ASSAULT", "happened")]


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # the deed a trial is over keeps its own reading; standing trial is the trial, still to come
    ("The skippers are undergoing trial for manslaughter for the death of a deckhand.", "death",
     [("DEATH", "happened")]),
    ("The skippers will stand trial for the death of a deckhand.", "trial", [("LEGAL", "planned")]),
    ("The skippers will stand trial for the death of a deckhand.", "death", [("DEATH", "happened")]),
    ("The union is calling for a trial.", "trial", [("LEGAL", "demanded")]),
])
def test_the_deed_on_trial(nlp, body: str, trigger: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # evidence given to lawmakers is their inquiry; evidence given in a trial is the court's
    ("The harbour inquiry of the county assembly heard two pilots on Tuesday. Ray Moss testified.", "testified",
     [("INVESTIGATE", "happened")]),
    ("The murder trial opened on Monday. The victim's brother testified on Tuesday.", "testified",
     [("LEGAL", "happened")]),
    ("The hearing will resume on Wednesday, the committee chairman said.", "hearing", [("INVESTIGATE", "planned")]),
    ("The judge adjourned the hearing until Friday.", "hearing", [("LEGAL", "happened")]),
])
def test_the_forum_decides_whose_hearing(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                         expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


def test_an_accusation_in_a_trial_is_the_case(nlp) -> None:  # type: ignore[no-untyped-def]
    """In a story of a trial, "they are also accused of …" is the prosecution's case (LEGAL); outside a court an
    accusation is criticism (hard negative)."""
    trial = ("The couple went on trial on Monday. The prosecutor told the jury the couple neglected the boy. They "
             "are also accused of leaving him alone for days.")
    assert _readings(nlp, trial, "accused") == [("LEGAL", "happened")]
    assert _readings(nlp, "The mayor is accused of lying about the budget, critics said.", "accused") \
        == [("DISAPPROVE", "happened")]


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a person charged, with no charge named, is accused before a court; so is a second act joined to an arrest
    ("The deckhand was charged on Monday.", "charged", [("LEGAL", "happened")]),
    ("Police charged the ferry captain on Tuesday.", "charged", [("LEGAL", "happened")]),
    ("Two teenagers have been charged.", "charged", [("LEGAL", "happened")]),
    ("The deckhand was arrested and was charged on Monday.", "charged", [("LEGAL", "happened")]),
    # hard negatives: riot police charging a crowd, a duty, a price
    ("Riot police charged the crowd at the gates.", "charged", [("COERCE", "happened")]),
    ("The board was charged with the task of selling the quay.", "charged", []),
    ("The port charged the trawlers a landing fee.", "charged", []),
    # a death pronounced is a death
    ("The deckhand was pronounced dead in hospital on Sunday.", "pronounced", [("DEATH", "happened")]),
    ("The court declared the lease void.", "declared", []),
])
def test_persons_charged_and_deaths_pronounced(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                               expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


def test_the_deed_charged_keeps_no_day_of_the_charging(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Charged on Wednesday in the death of a ship's cook": Wednesday is the charging's, not the death's; a
    death with a day of its own keeps it (hard negative)."""
    events = _events(nlp, "A deckhand was charged on Wednesday in the death of a ship's cook.")
    dates = {e.trigger.text: e.date.value if e.date else None for e in events}
    assert dates["charged"] is not None and dates.get("death") is None, dates
    events = _events(nlp, "The cook's death on Sunday shocked the harbour.")
    assert [e.date is not None for e in events if e.trigger.text == "death"] == [True]


def test_a_day_in_a_plan_joined_to_a_custody_is_the_plan_s(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "He is being held without bail and is expected to face a hearing on Friday.")
    dates = {e.trigger.text: e.date.value if e.date else None for e in events}
    assert dates["held"] is None and dates["hearing"] is not None, dates


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # whoever is arrested, detained or jailed takes part, however rare the word for them
    ("The deckhand was arrested on Monday.", "arrested", [("COERCE", "happened")]),
    ("Two trawlermen were detained at the quay.", "detained", [("COERCE", "happened")]),
    # hard negative: a bill killed in committee is no killing and no arrest
    ("The harbour levy bill was killed in committee.", "killed", [("REJECT", "happened")]),
])
def test_whoever_is_arrested_takes_part(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                        expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("The port's chief engineer planned to retire next spring.", "retire", [("APPOINT", "planned")]),
    ("The harbour nurse retired in March.", "retired", [("APPOINT", "happened")]),
    # hard negative: a fleet retired is taken out of service
    ("The ferry line will retire its two oldest ships in May.", "retire", [("BUSINESS", "planned")]),
])
def test_a_person_retiring_leaves_a_post(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                         expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # an appeal with nothing asked of anyone is a court's
    ("The ferry line said it would appeal.", "appeal", [("LEGAL", "planned")]),
    ("The club appealed against the fine on Monday.", "appealed", [("LEGAL", "happened")]),
    # hard negatives: a plea for calm, a plea to voters
    ("The mayor appealed for calm at the quay.", "appealed", [("DEMAND", "happened")]),
])
def test_an_appeal_without_a_plea_is_a_court_s(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                               expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    ("Detectives say the driver is a suspect in the arson attacks that gutted two depots in May.", "attacks",
     "happened"),
    ("Two men were arrested on Friday in the bombing of a bus depot.", "bombing", "happened"),
    ("A former guard was charged on Monday with murder in the knife attack on a shopkeeper.", "attack", "happened"),
    # hard negative: what a charge is of or with is the allegation itself
    ("A former guard was charged with murder on Thursday.", "murder", "reported"),
])
def test_a_charge_in_an_incident_leaves_the_incident_known(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                           modality: str) -> None:
    assert [e.modality for e in _events(nlp, body) if e.trigger.text == trigger] == [modality], body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # papers filed in a case, a case thrown out and a prosecution are court steps, whatever the verb's usual code
    ("Lawyers for the ferry owners filed a motion in the district court on Monday.", "filed", [("LEGAL", "happened")]),
    ("The city has moved to dismiss the lawsuit brought by the fishermen.", "dismiss", [("LEGAL", "demanded")]),
    ("A judge dismissed the lawsuit brought by the fishermen.", "dismissed", [("LEGAL", "happened")]),
    ("Two state attorneys are prosecuting the fraud.", "prosecuting", [("LEGAL", "ongoing")]),
    # hard negatives: dismissing a proposal is a rejection, dismissing an official an appointment
    ("The council dismissed the proposal as too costly.", "dismissed", [("REJECT", "happened")]),
    ("The mayor dismissed the port director on Monday.", "dismissed", [("APPOINT", "happened")]),
    # a suspect handed to another state is co-operation; a town handed over is a retreat
    ("The island's police handed over a suspect to Danish officers on Friday.", "handed", [("COOPERATE", "happened")]),
    ("The rebels handed over the port to the army on Friday.", "handed", [("RETREAT", "happened")]),
])
def test_court_papers_dismissals_and_handovers(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                               expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    ("The skipper was extradited to Norway for trial.", "trial", "planned"),
    ("Two deckhands were flown to the capital for questioning.", "questioning", "planned"),
    # hard negatives: a trial stood is held; a cause after "for" is no plan
    ("The skipper stood trial in Oslo in 2019.", "trial", "happened"),
])
def test_someone_sent_for_a_proceeding_goes_to_what_is_to_come(  # type: ignore[no-untyped-def]
        nlp, body: str, trigger: str, modality: str) -> None:
    assert [e.modality for e in _events(nlp, body) if e.trigger.text == trigger] == [modality], body


@pytest.mark.parametrize(("body", "triggers"), [
    # a body charged with a task is given a duty: no charge, and the task is no act
    ("The panel charged with verifying the port's accounts met on Friday.", ["met"]),
    # hard negative: a person charged with a deed is charged
    ("The skipper was charged with smuggling on Friday.", ["charged"]),
])
def test_a_task_charged_is_no_charge(nlp, body: str, triggers: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [e.trigger.text for e in _events(nlp, body)] == triggers, body


@pytest.mark.parametrize(("body", "triggers"), [
    ("The two men were shooting skeet on the farm.", []),
    ("The crew shot the film in Morocco last year.", ["shot"]),  # filming, a HAPPENING (test_event_works_begun)
    # hard negative: a person shot is an attack
    ("A gunman shot the harbour master on Friday.", ["shot"]),
])
def test_shooting_targets_and_films_hurts_no_one(nlp, body: str,  # type: ignore[no-untyped-def]
                                                triggers: list[str]) -> None:
    assert [e.trigger.text for e in _events(nlp, body)] == triggers, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # what a writ orders is still to be done; the writ itself was issued
    ("A magistrate issued a warrant for the skipper's arrest on Friday.", "arrest", [("COERCE", "demanded")]),
    ("A magistrate issued a warrant on Friday for the arrest of the skipper.", "arrest", [("COERCE", "demanded")]),
    ("The inquiry issued a subpoena for the testimony of the harbour master.", "issued", [("LEGAL", "happened")]),
    ("Police arrested the skipper on a warrant on Friday.", "arrested", [("COERCE", "happened")]),
    ("The tip led to the arrest of the skipper on Friday.", "arrest", [("COERCE", "happened")]),
    # a court's order for an act: the order was made, the act it orders is its own event, demanded
    ("The judge signed an order for the release of the detained fishermen.", "release", [("RETREAT", "demanded")]),
    ("A court issued an order for the seizure of the trawler.", "order", [("DEMAND", "happened")]),
    ("A court issued an order for the seizure of the trawler.", "seizure", [("COERCE", "demanded")]),
])
def test_a_writ_orders_what_is_still_to_be_done(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


def test_a_purchase_order_keeps_its_goods_as_its_terms(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Placed an order for twelve trawlers": one purchase, the boats its terms (the hard negative of a court's
    order for an act)."""
    events = _events(nlp, "The fishing cooperative placed an order for twelve trawlers on Monday.")
    assert [(e.trigger.text, e.category) for e in events] == [("order", "BUSINESS")]


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # appealing or challenging a decision takes it to a court or a review
    ("The skipper's family plans to appeal the decision.", "appeal", [("LEGAL", "planned")]),
    ("The fishermen's union will challenge the decision in court.", "challenge", [("LEGAL", "planned")]),
    # hard negatives: a firm changing its mind; an appeal to the public
    ("The ferry company reversed its decision on the timetable.", "reversed", [("CONCEDE", "happened")]),
    ("The mayor appealed to residents for patience.", "appealed", [("DEMAND", "happened")]),
])
def test_a_decision_appealed_is_a_case(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                       expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # the bench acting on a law or a rule rules
    ("The appeals court upheld the harbour bylaw on Monday.", "upheld", [("LEGAL", "happened")]),
    ("The high court blocked the port sale on Friday.", "blocked", [("LEGAL", "happened")]),
    ("The court's clerks visited the harbour on Monday.", "visited", [("CONSULT", "happened")]),
    # a legislature passing or adopting a bill votes on it
    ("The assembly passed the fisheries bill on Monday.", "passed", [("ELECTION", "happened")]),
    ("The council adopted a resolution on the harbour fees.", "adopted", [("ELECTION", "happened")]),
    ("The winger passed the ball to the striker.", "passed", []),
])
def test_courts_rule_on_laws_and_legislatures_vote_on_bills(nlp, body: str,  # type: ignore[no-untyped-def]
                                                            trigger: str, expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


def test_a_margin_of_votes_is_how_the_act_was_decided(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "By a 5-4 vote, the court upheld the bylaw": one ruling; "will hold a vote on the bylaw" is a vote of its
    own (hard negative)."""
    events = _events(nlp, "By a 5-4 vote, the appeals court upheld the harbour bylaw on Monday.")
    assert len([e for e in events if e.trigger.text in ("vote", "upheld")]) == 1
    events = _events(nlp, "The council will hold a vote on the harbour bylaw.")
    assert [(e.trigger.text, e.category) for e in events] == [("vote", "ELECTION")]


def test_a_ruling_put_off_is_its_own_event_on_its_new_day(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Postponed the ruling until May": the postponing happened; the ruling is still to come, in May (hard
    negative: "postponed the regatta" with no new day is put off, blocked, on no day)."""
    events = _events(nlp, "The judge postponed the ruling on the harbour fees until May.")
    readings = {e.trigger.text: (e.category, e.modality, e.date.value if e.date else None) for e in events}
    assert readings["postponed"][:2] == ("LEGAL", "happened") and readings["postponed"][2] != "2025-05"
    assert readings["ruling"] == ("LEGAL", "planned", "2025-05")
    events = _events(nlp, "The harbour board postponed the regatta.")
    assert [(e.modality, e.date) for e in events if e.trigger.text == "regatta"] == [("blocked", None)]


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # wanted by police for a deed: the deed is alleged of them; wanted for questioning, still to come
    ("The skipper is wanted for the murder of a deckhand.", "murder", [("ASSAULT", "reported")]),
    ("The skipper is wanted for questioning.", "questioning", [("INVESTIGATE", "hypothetical")]),
    # the participle after a noun, which the tagger may take for a past verb
    ("Officers detained a trader wanted for a robbery at a bank.", "robbery", [("CRIME", "reported")]),
    ("Officers detained a trader wanted for questioning.", "questioning", [("INVESTIGATE", "hypothetical")]),
    # ranked among those who did it by an ordinal: it was done
    ("She was the 12th rower to be placed on the injured list.", "placed", [("APPOINT", "happened")]),
])
def test_wanted_by_police_and_ranked_acts(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                          expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a slaying is an attack; evidence put before a jury is a step of the case
    ("The slaying of the harbour master shocked the town.", "slaying", [("ASSAULT", "happened")]),
    ("Prosecutors presented evidence to a grand jury on Monday.", "presented", [("LEGAL", "happened")]),
    # succeeding or replacing someone as chairman is a change of office; replacing software is not
    ("Lena Ortiz will succeed Omar Diaz as chairman of the port board in May.", "succeed",
     [("APPOINT", "planned")]),
    ("The port board replaced its old software as part of an upgrade.", "replaced", []),
])
def test_slayings_evidence_and_successions(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                          expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


def test_a_grievance_ruled_on_takes_the_day_of_the_ruling(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The press watchdog upheld a complaint against the harbour gazette on Monday.")
    ruling = next(e for e in events if e.trigger.text == "upheld")
    assert ruling.date is not None and ruling.date.value == "2025-03-10"
    assert ruling.source is not None and "watchdog" in ruling.source.name


def test_the_one_accused_is_no_accuser(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "A colleague says the guard accused of shooting two inmates and wounding a third at the "
                          "jail is a good man.")
    accused = next(e for e in events if e.trigger.text == "accused")
    assert accused.source is None and accused.target is not None and accused.target.name == "guard"
    # someone was shot and someone wounded; who did it is what is alleged
    assert {(e.trigger.text, e.modality) for e in events if e.category == "ASSAULT"} == {
        ("shooting", "happened"), ("wounding", "happened")}
    # hard negative: an accuser with an object names both sides
    events = _events(nlp, "Ana Lopez accused the harbour master of theft on Monday.")
    accused = next(e for e in events if e.trigger.text == "accused")
    assert accused.source is not None and accused.source.name == "Ana Lopez"

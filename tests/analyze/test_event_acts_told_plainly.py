"""Acts told in plain words that no CAMEO verb names: people counted rather than named ("three were arrested"),
an enterprise set up, damages to pay, duties announced, a refusal of an act no lexicon holds. Sentences written
for these tests, each class with a hard negative."""

from __future__ import annotations

import pytest

from .harbour_news import harbour_events as _events
from .harbour_news import harbour_readings as _readings


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # people counted are people: an arrest of "three" is an arrest
    ("Two deckhands were held at the quay; four were arrested at a farm.", "arrested", [("COERCE", "happened")]),
    ("Two others were questioned and released.", "released", [("RETREAT", "happened")]),
    ("Four were detained on Monday.", "detained", [("COERCE", "happened")]),
    # an enterprise set up is founded; roadblocks set up are no founding but a police blockade
    ("In 2021 she set up a bakery near the harbour.", "set", [("LAUNCH", "happened")]),
    ("He opened a tea stall by the ferry terminal in 2019.", "opened", [("LAUNCH", "happened")]),
    ("Police set up roadblocks around the harbour.", "set", [("COERCE", "happened")]),
    # what a court makes a party pay is the case's; a price paid is a purchase
    ("The two skippers will have to pay $40,000 in damages.", "pay", [("LEGAL", "planned")]),
    ("The co-operative paid $2 million for the quay.", "paid", []),
    # duties announced are imposed; talks announced stay talks
    ("Ostrava announced duties on imported steel on Monday.", "announced", [("SANCTION", "happened")]),
    # a refusal of an act no lexicon names is a rejection; a refusal to speak is routine
    ("The council refused to consider the petition.", "refused", [("REJECT", "happened")]),
    ("The port authority declined to comment.", "declined", []),
    ("The board refused to approve the merger.", "approve", [("CONCEDE", "blocked")]),
])
def test_acts_told_plainly(nlp, body: str, trigger: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, body, trigger) == expected


def test_counted_people_are_the_target(nlp) -> None:  # type: ignore[no-untyped-def]
    (arrest,) = [e for e in _events(nlp, "Three were arrested on Monday.") if e.trigger.text == "arrested"]
    assert arrest.target is not None and arrest.target.name == "Three"
    assert arrest.date is not None and arrest.date.value == "2025-03-10"


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # works inaugurated are opened; degrees conferred are awards; conferring with aides is consulting them
    ("The governor inaugurated three water projects on Thursday.", "inaugurated", [("LAUNCH", "happened")]),
    ("The college will confer honorary doctorates on two authors.", "confer", [("CONTEST", "planned")]),
    ("The governor conferred with aides on Monday.", "conferred", [("CONSULT", "happened")]),
    # calling in sick is an absence; calling a plan reckless is criticism
    ("The night clerk called in sick on Monday.", "called", [("HAPPENING", "happened")]),
    ("The mayor called the plan reckless.", "called", [("DISAPPROVE", "happened")]),
    # prayers and condolences offered are sympathy; a deal offered is an offer
    ("The bishop offered prayers for the drowned crew.", "offered", [("SUPPORT", "happened")]),
    # the bench's noun acts are rulings; a union's are not
    ("The High Court's rejection of the claim angered the crews.", "rejection", [("LEGAL", "happened")]),
    ("The union's rejection of the offer angered the owners.", "rejection", [("REJECT", "happened")]),
    ("The family was granted permission to appeal.", "granted", [("LEGAL", "happened")]),
    ("The firm was given permission to build a jetty.", "given", [("CONCEDE", "happened")]),
])
def test_what_the_object_makes_of_the_verb(nlp, body: str, trigger: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, body, trigger) == expected


def test_a_noun_that_came_on_a_day_is_one_event(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The court's ruling came on Monday.")
    assert [(e.trigger.text, e.date.value if e.date else None) for e in events] == [("ruling", "2025-03-10")]


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # "nor" and "neither" undo what they join; "and" does not
    ("The envoy did not sign the accord nor visited the camp.", "visited", [("CONSULT", "blocked")]),
    ("The envoy neither met the rebels nor visited the camp.", "met", [("CONSULT", "blocked")]),
    ("The envoy met the rebels and visited the camp.", "visited", [("CONSULT", "happened")]),
    # refraining is not doing; plans dropped are off; plans unveiled still stand
    ("Officers refrained from making arrests.", "arrests", [("COERCE", "blocked")]),
    ("The army is abandoning plans to stabilize the valley.", "stabilize", [("AID", "blocked")]),
    # a source's terms are routine; a court's authorising is a ruling
    ("The aides were not authorized to discuss the plan.", "discuss", []),
    ("The aide requested anonymity.", "requested", []),
    ("The court authorized the search on Monday.", "authorized", [("LEGAL", "happened")]),
    # a white paper released is published; prisoners released are freed
    ("The ministry released a white paper on fisheries.", "released", [("PUBLISH", "happened")]),
    ("The navy released two prisoners.", "released", [("RETREAT", "happened")]),
    # a person who vanishes is missing, no mishap; an airliner that vanishes is an accident
    ("The courier vanished in 2019.", "vanished", [("HAPPENING", "happened")]),
    ("The airliner disappeared over the sea in 2014.", "disappeared", [("ACCIDENT", "happened")]),
    # a thing thrown at someone is an assault; a phone launched at a fair is a launch; a party thrown is no attack
    ("The boxer launched a steel barrier at the coach on Friday.", "launched", [("ASSAULT", "happened")]),
    ("A fan hurled a bottle at the referee.", "hurled", [("ASSAULT", "happened")]),
    ("Quillsoft launched its new phone at a fair in Berlin.", "launched", [("LAUNCH", "happened")]),
    ("The crew threw a party at the club.", "threw", []),
    # helping an act is that act; firing a side to a title is winning it
    ("The winger helped fire the club to the title.", "helped", []),
    ("The winger helped fire the club to the title.", "fire", [("CONTEST", "happened")]),
    ("The Red Cross helped flood victims in May.", "helped", [("AID", "happened")]),
    ("Rebels fired rockets at the town.", "fired", [("FIGHT", "happened")]),
    # engaging with a party is talking to it; troops engaging militants fight them
    ("The minister will engage with the airline on the route.", "engage", [("CONSULT", "planned")]),
    ("Troops engaged with militants near the border on Monday.", "engaged", [("FIGHT", "happened")]),
    # caught in gunfire is hit by it; catching the eye is no capture; police catching a thief is
    ("The murals caught the attention of collectors.", "caught", []),
    ("Police caught the thief on Monday.", "caught", [("COERCE", "happened")]),
])
def test_what_the_clause_makes_of_the_act(nlp, body: str, trigger: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a rule or a rate is no occasion; the same act on a day is one
    ("The help desk handles 40,000 calls annually.", "handles", []),
    ("The bureau issues an alert when the river reaches four metres.", "issues", []),
    ("The bureau issued an alert on Monday.", "issued", [("PUBLISH", "happened")]),
    # what someone will be able to do, or has the capacity to do, is a power, not an act
    ("Next year residents will be able to vote online.", "vote", []),
    ("Next year residents will vote online.", "vote", [("ELECTION", "planned")]),
    ("The blockade cut the gang's capacity to launch raids.", "raids", []),
    # a publisher's rights notice tells nothing; a case about copyright does
    ("All content on this site is protected by copyright.", "protected", []),
    ("The court ruled on a copyright dispute.", "ruled", [("LEGAL", "happened")]),
    # a relationship as it stands is no occasion; one announced on a day is
    ("The two ports treasure their long-standing partnership.", "partnership", []),
    ("The two ports announced a partnership on Monday.", "partnership", [("COOPERATE", "happened")]),
    # a threat to security is a danger; threats issued are acts
    ("Cyber attacks are an emerging security threat.", "threat", []),
    ("The crew faces the threat of deportation.", "threat", []),
    ("The crew faces the threat of deportation.", "deportation", [("COERCE", "hypothetical")]),
    ("The gang issued threats against the witnesses on Monday.", "threats", [("THREATEN", "happened")]),
    # ordering a test opens an investigation; ordering troops out demands
    ("The harbour office ordered tests after a pipe burst.", "ordered", [("INVESTIGATE", "happened")]),
])
def test_no_occasion_or_another_reading(nlp, body: str, trigger: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a word's other sense, read from the word beside it
    ("The skipper went into cardiac arrest on the quay.", "arrest", [("HAPPENING", "happened")]),
    ("The arrest of the skipper came on Monday.", "arrest", [("COERCE", "happened")]),
    ("The removal of the harbour master was announced on Monday.", "removal", [("APPOINT", "happened")]),
    ("The removal of the wreck was announced on Monday.", "removal", [("COERCE", "happened")]),
    ("The drought ruined the harvest in 2019.", "drought", [("DISASTER", "happened")]),
    ("Following the deal closure, Monex will list the unit.", "closure", [("BUSINESS", "happened")]),
    ("Fire crews were called to a house in Elm Street at 2 a.m. on Sunday.", "called",
     [("HAPPENING", "happened")]),
    ("The mayor said she cried.", "cried", []),
    # what one tried to commit was attempted; migrants arriving call on no one; an outlook updated is published
    ("Last year the deckhand tried to commit suicide.", "suicide", [("DEATH", "attempted")]),
    ("The migrants arrived on the island in late 2016.", "arrived", [("HAPPENING", "happened")]),
    ("The foreign minister arrived in Lisbon on Monday.", "arrived", [("CONSULT", "happened")]),
    ("The weather bureau is to update its rainfall outlook next week.", "update", [("PUBLISH", "planned")]),
    # what happens every day is a scene, not an occasion, for its subject too
    ("Every day, quarrels break out in the queue.", "quarrels", []),
    ("Quarrels in the queue broke out on Monday.", "Quarrels", [("DISAPPROVE", "happened")]),
    # a regulator's order about a firm's operations is an order, no operation of war
    ("The ministry ordered the lender to upgrade its operations.", "ordered", [("DEMAND", "happened")]),
    ("The ministry ordered the lender to upgrade its operations.", "operations", []),
    ("The army suspended its operations in the valley.", "operations", [("MOBILIZE", "blocked")]),
    # contending and musing are saying and thinking; what is mused about is only considered
    ("Aides contend that the envoy has lost influence.", "contend", []),
    ("The governor mused about firing his deputy.", "firing", [("APPOINT", "hypothetical")]),
    # taking a job is an appointment; taking the bus is not
    ("She took the job in July.", "took", [("APPOINT", "happened")]),
    ("She took the bus to work.", "took", []),
    # a retirement announced is leaving a post; troops retiring to base pull back
    ("The pitcher announced his retirement on Monday.", "retirement", [("APPOINT", "happened")]),
    ("The troops retired to their base on Monday.", "retired", [("RETREAT", "happened")]),
    ("The museum will show the ferry after its retirement.", "retirement", [("RETREAT", "happened")]),
    # sweeping a series is winning it; police sweeping an area search it
    ("The Gulls swept the series against the Terns on Sunday.", "swept", [("CONTEST", "happened")]),
    # replacing a post-holder is an appointment; fees are prices; carrying out a plan kills no one
    ("She will replace the outgoing harbour master in June.", "replace", [("APPOINT", "planned")]),
    ("He will replace Ortiz as coach in June.", "replace", [("APPOINT", "planned")]),
    ("The crew will replace the roof in June.", "replace", [("HAPPENING", "planned")]),
    ("The ferry lines want lower port handling charges.", "charges", []),
    ("She faces charges of fraud.", "charges", [("LEGAL", "happened")]),
    ("The board backed the execution of the new strategy.", "execution", []),
    ("The state carried out the execution of two prisoners on Monday.", "execution", [("ASSAULT", "happened")]),
    # a season that begins on a later day has not begun; a conference that runs over days is the conference
    ("The new sailing season begins on Sunday.", "season", [("HAPPENING", "planned")]),
    ("The boat show will run from April 30 to May 2.", "run", []),
    # who backs something now is no act; a bill backed on a day is
    ("The boat show is supported by the ministry of tourism.", "supported", []),
    ("The bill was backed by the senate on Monday.", "backed", [("SUPPORT", "happened")]),
    # a programme launched is started; an attack launched is the attack
    ("The council launched a sailing programme for schools in May.", "launched", [("LAUNCH", "happened")]),
    ("Rebels launched an attack on the port on Monday.", "launched", []),
    # a thing called by a name is named, not called; a game played is the contest, a role played is not
    ("Surgeons removed tissue in a procedure called debridement.", "called", []),
    ("The Gulls played their last home game on Tuesday.", "played", [("CONTEST", "happened")]),
    ("She played a key role in the rescue.", "played", []),
    # a revolt of members or against a firm is protest; an insurgency against a government is fighting
    ("A backbench rebellion sank the harbour bill on Tuesday.", "rebellion", [("PROTEST", "happened")]),
    ("Critics began an online insurgency against the ferry company.", "insurgency", [("PROTEST", "happened")]),
    ("Rebels waged an insurgency against the government.", "insurgency", [("FIGHT", "happened")]),
    # ministers clashing over a budget argue; troops clashing with rebels fight
    ("The ministers clashed over the budget on Monday.", "clashed", [("DISAPPROVE", "happened")]),
    ("Troops clashed with rebels on Monday.", "clashed", [("FIGHT", "happened")]),
    # shouting at someone is abuse; shouting for help is not
    ("Fans shouted at the referee after the game.", "shouted", [("DISAPPROVE", "happened")]),
    ("The deckhand shouted for help.", "shouted", []),
    # crews responding to a call are sent out, and the call is no demand; words in reply stay words
    ("Two crews responded to the call on Monday.", "responded", [("HAPPENING", "happened")]),
    ("Two crews responded to the call on Monday.", "call", []),
    # treated for injuries is care; a programme revealed is disclosed; a demand dropped is conceded
    ("Three deckhands were treated for minor injuries.", "treated", [("HAPPENING", "happened")]),
    ("The ministry revealed the surveillance programme in 2021.", "revealed", [("PUBLISH", "happened")]),
    ("The union dropped its demand for a pay rise.", "dropped", [("CONCEDE", "happened")]),
    # an instruction is a demand when what it asks names no act; otherwise the act, demanded, is the event
    ("The mayor instructed aides to draft a plan.", "instructed", [("DEMAND", "happened")]),
    ("The general instructed the troops to withdraw.", "instructed", []),
    ("The general instructed the troops to withdraw.", "withdraw", [("RETREAT", "demanded")]),
    # regard, liking and sway are attitudes and influences, not acts; praise given on a day is an act
    ("The harbour master was respected and admired by the crews.", "respected", []),
    ("The harbour master was respected and admired by the crews.", "admired", []),
    ("Skippers appreciated the new pontoons.", "appreciated", []),
    ("The ferry strike affected thousands of commuters.", "affected", []),
    ("Her years at sea influenced the novel.", "influenced", []),
    ("The mayor praised the crews on Monday.", "praised", [("SUPPORT", "happened")]),
    ("The mayor thanked the crews on Monday.", "thanked", [("SUPPORT", "happened")]),
])
def test_the_word_beside_it(nlp, body: str, trigger: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, body, trigger) == expected

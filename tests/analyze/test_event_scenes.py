"""Events of local news scenes whose sense comes from who acts on what: road deaths, fires and the crews who
fight them, ballots, leave to act, and a sports side's personnel moves. Sentences written for these tests, each
class with a hard negative."""

from __future__ import annotations

import pytest

from .harbour_news import harbour_events as _events
from .harbour_news import harbour_readings as _readings


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a death a driver or a vehicle causes is a road death; a gunman's killing is an assault
    ("A cyclist was killed by a hit-and-run driver on the coast road on Friday.", "killed", [("DEATH", "happened")]),
    ("A delivery van killed two walkers on the promenade.", "killed", [("DEATH", "happened")]),
    ("A ferry worker was killed by a gunman on the quay.", "killed", [("ASSAULT", "happened")]),
    # a vehicle hitting someone is a collision, whatever the model of car
    ("A cyclist was hit by a silver hatchback by the ferry slipway.", "hit", [("ACCIDENT", "happened")]),
    ("A cyclist was hit by a stranger by the ferry slipway.", "hit", [("ASSAULT", "happened")]),
    # a car named by its make and model, with an article, is a vehicle; a carmaker alone is a company
    ("A cyclist was hit by a blue Honda Civic near the pier.", "hit", [("ACCIDENT", "happened")]),
    ("A cyclist was struck by the Ford outside the bakery.", "struck", [("ACCIDENT", "happened")]),
    ("Honda hit its sales target in May.", "hit", []),
    # crews fighting a fire respond to it; an army attacking a town attacks
    ("Firefighters attacked the blaze from three sides.", "attacked", [("RESCUE", "happened")]),
    ("Crews battled the flames for six hours.", "battled", [("RESCUE", "happened")]),
    ("Crews suppressed the fire within an hour.", "suppressed", [("RESCUE", "happened")]),
    ("Firefighters put out the flames before dawn.", "put", [("RESCUE", "happened")]),
    ("The blaze was out by noon, once the fire crews had attacked it on two sides.", "attacked",
     [("RESCUE", "happened")]),
    ("The fort held until the rebels attacked it at dawn.", "attacked", [("FIGHT", "happened")]),
    ("The army attacked the town at dawn.", "attacked", [("FIGHT", "happened")]),
    ("Troops suppressed the protest at dawn.", "suppressed", [("COERCE", "happened")]),
    # two named fighters in a ring story meet in a bout; armed foes fight a battle; a union's fight is a dispute
    ("The challenger fought Joe Ruiz at the arena in 1998.", "fought", [("CONTEST", "happened")]),
    ("Rebels fought government troops near the dam.", "fought", [("FIGHT", "happened")]),
    ("The union fought the government over pensions.", "fought", [("DISAPPROVE", "happened")]),
    # emergency crews reaching a scene call on no one; a minister arriving in a capital visits
    ("Police arrived minutes later.", "arrived", [("HAPPENING", "happened")]),
    ("Police met community leaders on Monday.", "met", [("CONSULT", "happened")]),
    ("The minister arrived in Paris on Monday.", "arrived", [("CONSULT", "happened")]),
    # what voters approve they decide at the ballot box; a council's approval is its own act
    ("Voters approved the harbour bond in 2021.", "approved", [("ELECTION", "happened")]),
    ("Voters rejected the marina plan on Sunday.", "rejected", [("ELECTION", "happened")]),
    ("The council approved the budget on Monday.", "approved", [("HAPPENING", "happened")]),
    # a side's players signed, waived, released or put on a list are personnel moves; a deal signed is a deal,
    # hostages released are freed
    ("The Mariners signed striker Joe Bloggs on Monday.", "signed", [("APPOINT", "happened")]),
    ("The Mariners waived their kicker on Tuesday.", "waived", [("APPOINT", "happened")]),
    ("He was placed on the injured list.", "placed", [("APPOINT", "happened")]),
    ("She was suspended for three games.", "suspended", [("SANCTION", "happened")]),
    ("The club signed a two-year deal with the brewery.", "signed", [("BUSINESS", "happened")]),
    ("The gang released the hostages on Friday.", "released", [("RETREAT", "happened")]),
])
def test_scenes(nlp, body: str, trigger: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, body, trigger) == expected


def test_leave_to_act_is_not_the_act(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "A bond allowing the town to buy the pier": the purchase is permitted, not made, and the year is the
    vote's; the army that "allowed twenty lorries to cross" let them cross."""
    events = _events(nlp, "In 2021, voters approved a bond allowing the town to buy the old pier.")
    (buy,) = [e for e in events if e.trigger.text == "buy"]
    assert (buy.modality, buy.date) == ("hypothetical", None)
    assert _readings(nlp, "The harbour deal permits the ferry line to buy two ships.", "buy") \
        == [("BUSINESS", "hypothetical")]
    assert _readings(nlp, "The army allowed twenty lorries to cross on Sunday.", "allowed") == [("CONCEDE", "happened")]


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # "told X to do Y" is an order and Y is asked for; "told X that Y would" reports words
    ("Police told residents to leave the quay.", "told", [("DEMAND", "happened")]),
    ("The general told troops to attack the town.", "attack", [("FIGHT", "demanded")]),
    ("She told reporters the army would attack the town.", "attack", [("FIGHT", "planned")]),
    ("She told reporters, \"to be honest, we will leave\".", "told", []),
])
def test_told_to(nlp, body: str, trigger: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # what one evades or escapes did not happen; an escape from custody did
    ("He fled abroad to evade arrest.", "arrest", [("COERCE", "blocked")]),
    ("She narrowly escaped prosecution.", "prosecution", [("LEGAL", "blocked")]),
    # what is negotiated or pushed for is sought; what one is arrested for is a cause
    ("The union may negotiate for a settlement.", "settlement", [("AGREE", "hypothetical")]),
    ("He was arrested for the robbery.", "robbery", [("CRIME", "happened")]),
    # pledged to act is planned
    ("The ministry is committed to support the search.", "support", [("SUPPORT", "planned")]),
    # investigators going over a scene investigate it
    ("An arson investigator surveyed the scene on Tuesday.", "surveyed", [("INVESTIGATE", "happened")]),
    ("Investigators examined the wreckage.", "examined", [("INVESTIGATE", "happened")]),
    # officers closing in on a suspect make an arrest; an army surrounding a town fights
    ("Officers surrounded the suspect on the coast road.", "surrounded", [("COERCE", "happened")]),
    ("The army surrounded the town.", "surrounded", [("FIGHT", "happened")]),
])
def test_sought_avoided_and_closed_in(nlp, body: str, trigger: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # the first or last to do a thing did it; a contract to supply is still to be carried out
    ("She was the first skipper to plead guilty in the fraud.", "plead", [("LEGAL", "happened")]),
    ("The mate was the last of the crew to be sentenced.", "sentenced", [("LEGAL", "happened")]),
    ("The yard signed a contract to supply two ferries.", "supply", [("BUSINESS", "planned")]),
    # harm in an accident is an accident (a death if it kills); a gunman's shot is an assault
    ("A farmer was shot in a hunting accident.", "shot", [("ACCIDENT", "happened")]),
    ("He was accidentally shot by a friend.", "shot", [("ACCIDENT", "happened")]),
    ("A gunman shot a guard at the quay.", "shot", [("ASSAULT", "happened")]),
    # harm told as done in a calamity ("in the quake", "in the blaze") is its toll; "in a bomb blast" is an attack
    ("Forty fishermen were killed in the tsunami.", "killed", [("DEATH", "happened")]),
    ("Two porters were injured in the landslide.", "injured", [("DISASTER", "happened")]),
    ("Two porters were injured in a car bomb explosion.", "injured", [("ASSAULT", "happened")]),
    # a person promoted to a post is appointed; products promoted to buyers are marketed
    ("The club promoted its assistant to head coach.", "promoted", [("APPOINT", "happened")]),
    ("She was promoted to captain.", "promoted", [("APPOINT", "happened")]),
    ("The mayor promoted the festival to tourists.", "promoted", [("SUPPORT", "happened")]),
])
def test_records_accidents_and_promotions(nlp, body: str, trigger: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, body, trigger) == expected


def test_later_is_not_the_day_just_told(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Police arrested him on Monday. He later testified …": the testimony came after Monday, on no day given;
    without "later" the next act is told on that day."""
    later = _events(nlp, "Police arrested him on Monday. He later testified before a harbour inquiry.")
    (testified,) = [e for e in later if e.trigger.text == "testified"]
    assert testified.date is None
    plain = _events(nlp, "Police arrested him on Monday. He testified before a harbour inquiry.")
    (testified,) = [e for e in plain if e.trigger.text == "testified"]
    assert testified.date is not None and testified.date.value == "2025-03-10"


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a failure to act is the act not done, no rejection of its own
    ("The wardens failed to conduct the inspections.", "failed", []),
    ("The wardens failed to conduct the inspections.", "inspections", [("INVESTIGATE", "blocked")]),
    # declining to discuss is newsroom routine; refusing talks with a party is a refusal
    ("A spokesman declined to discuss the arrest.", "discuss", []),
    ("The mayor declined to address whether she would resign.", "address", []),
    ("The rebels refused to discuss a truce with the army.", "discuss", [("CONSULT", "blocked")]),
    # details withheld are a statement not made; aid given is aid
    ("The port refused to give details of the spill.", "give", [("STATEMENT", "blocked")]),
    ("The council gave aid to the flooded farms.", "aid", [("AID", "happened")]),
    # standing to act, duties and rights are no acts; a bid made is
    ("The yard is still eligible to bid for the dredging work.", "bid", []),
    ("The wardens owed a duty to ensure the cells were locked.", "ensure", []),
    ("The yard bid for the contract.", "bid", [("BUSINESS", "happened")]),
    # a stance held for years is no occasion; a warning given is
    ("Engineers have long warned that the dam could fail.", "warned", []),
    ("The minister warned that the army would respond.", "warned", [("THREATEN", "happened")]),
])
def test_routines_standings_and_stances(nlp, body: str, trigger: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # negotiating is talks, not yet a concession
    ("The two sides negotiated for weeks.", "negotiated", [("CONSULT", "happened")]),
    ("The rebels refused to negotiate.", "negotiate", [("CONSULT", "blocked")]),
    # prosecutors' acts on a case are the case's; their meetings are meetings
    ("Prosecutors dropped the case on Monday.", "dropped", [("LEGAL", "happened")]),
    ("Prosecutors shelved the inquiry in 2016.", "shelved", [("LEGAL", "happened")]),
    ("Prosecutors met the families on Monday.", "met", [("CONSULT", "happened")]),
    # a person infected or diagnosed is a case of a disease; servers infected with malware are not
    ("A shepherd was infected with anthrax.", "infected", [("DISASTER", "happened")]),
    ("She was diagnosed with measles on Monday.", "diagnosed", [("DISASTER", "happened")]),
    ("The virus has infected 300 people.", "infected", [("DISASTER", "happened")]),
    ("The yard contracted a builder.", "contracted", []),
])
def test_talks_cases_and_outbreaks(nlp, body: str, trigger: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a person who becomes a post-holder takes the post; a firm becoming a leader, or a town a city, takes none
    ("She became president of the rowing club in 2002.", "became", [("APPOINT", "happened")]),
    ("Apple became the market leader.", "became", []),
    ("The town became a city in 1990.", "became", []),
    # going or being sent to jail is a sentence served; going to the jail is a visit
    ("Her uncle went to jail for smuggling.", "went", [("COERCE", "happened")]),
    ("He went to the jail to visit his son.", "went", []),
    # hired and then fired: two moves; a second verb shares the passive subject
    ("The coach was hired and then fired.", "fired", [("APPOINT", "happened")]),
    ("The coach was hired and then fired.", "hired", [("APPOINT", "happened")]),
    ("The soldiers were attacked and fired back.", "fired", []),
])
def test_posts_taken_and_left(nlp, body: str, trigger: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a measure withdrawn or lifted by no one named is still an authority's act; "it was resolved" names none
    ("Although the harbour levy was withdrawn, the strikes went on.", "withdrawn", [("CONCEDE", "happened")]),
    ("It was resolved within a week.", "resolved", []),
    # hauling someone to court is suing them
    ("Three councillors dragged the harbour master to court on Tuesday.", "dragged", [("LEGAL", "happened")]),
    # firms selected for work are a contract award; strikers selected are a team picked
    ("The port authority selected four dredging firms in May.", "selected", [("BUSINESS", "happened")]),
    ("The coach selected three strikers.", "selected", []),
    # firms joining a programme co-operate; a person joining a firm is hired
    ("Three shipyards joined the ferry programme.", "joined", [("COOPERATE", "happened")]),
    ("She joined the company in 2015.", "joined", [("APPOINT", "happened")]),
])
def test_measures_suits_and_awards(nlp, body: str, trigger: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # an open question is no fact; what must still be done is not done
    ("It is unclear whether the firm broke the law.", "broke", [("CRIME", "hypothetical")]),
    ("The firm broke the law in 2019.", "broke", [("CRIME", "happened")]),
    ("The council needs to approve the plan.", "approve", [("AGREE", "hypothetical")]),
    ("Residents had to be evacuated.", "evacuated", [("RESCUE", "happened")]),
    # records broken are results; taking over as coach is taking a post, rebels taking over a town coerce
    ("She broke the course record on Sunday.", "broke", [("CONTEST", "happened")]),
    ("She took over as head coach in 2016.", "took", [("APPOINT", "happened")]),
    ("Rebels took over the town.", "took", [("COERCE", "happened")]),
])
def test_open_questions_needs_and_takeovers(nlp, body: str, trigger: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # what a storm destroys is its toll; what rebels destroy is an attack
    ("Hurricane Delia destroyed the boathouse in 2011.", "destroyed", [("DISASTER", "happened")]),
    ("Rebels destroyed the bridge.", "destroyed", [("FIGHT", "happened")]),
    # joining or returning as a post-holder takes the post
    ("She returned as chief executive in May.", "returned", [("APPOINT", "happened")]),
    ("He joined the talks as an observer.", "joined", []),
])
def test_calamities_and_returns(nlp, body: str, trigger: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, body, trigger) == expected


def test_a_post_holder_relieved_and_announced_as_just_done(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Announced on Monday that the skipper has been relieved of command": a dismissal, done by the day it was
    announced; "announced on Monday that it will shut the line" keeps Monday the announcing's."""
    events = _events(nlp, "The ferry line announced on Monday that its skipper has been relieved of command.")
    (relieved,) = [e for e in events if e.trigger.text == "relieved"]
    assert relieved.category == "APPOINT" and relieved.date is not None and relieved.date.value == "2025-03-10"
    later = _events(nlp, "The ferry line announced on Monday that it will shut the route.")
    (shut,) = [e for e in later if e.trigger.text == "shut"]
    assert shut.modality == "planned" and shut.date is None
    assert _readings(nlp, "The drug relieved his pain.", "relieved") == []


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a score beside a verb of winning or losing is a game's result on any page; no score, no game
    ("The Mariners beat Port Ellis 30-27 on Saturday.", "beat", [("CONTEST", "happened")]),
    ("The Mariners lost 98-91 to Port Ellis.", "lost", [("CONTEST", "happened")]),
    ("The mob beat the man on Saturday.", "beat", [("ASSAULT", "happened")]),
    # a quality shown is no demonstration; a crowd demonstrating protests
    ("As the Mariners demonstrated last season, they can close out tight games.", "demonstrated", []),
    ("Thousands demonstrated in the capital on Sunday.", "demonstrated", [("PROTEST", "happened")]),
])
def test_scorelines(nlp, body: str, trigger: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, body, trigger) == expected


def test_a_side_named_in_the_plural_plays_its_fixture(nlp) -> None:  # type: ignore[no-untyped-def]
    """In a sports report "the Gulls play Saturday against the Mariners" is a fixture on Saturday (not
    Saturday as the opponent); "teams play two singles in each tie" is the format."""
    report = ("The Gulls beat the Mariners 30-27 in the league on Saturday, scoring two touchdowns in overtime. "
              "The quarterback threw for 300 yards in the league opener. The Gulls play Saturday against the "
              "Rovers. Teams play two singles in each tie.")
    events = [e for e in _events(nlp, report) if e.trigger.text == "play"]
    assert [(e.category, e.modality, e.date.value if e.date else None) for e in events] \
        == [("CONTEST", "planned", "2025-03-15")]


def test_a_moment_of_the_game_is_on_the_game_night(nlp) -> None:  # type: ignore[no-untyped-def]
    """In a game report, what happens "in the second period" happens on the night the lead names, however far
    down it is told; a meeting "in October" keeps its month."""
    report = ("The Gulls beat the Rovers 4-1 in the league on Tuesday night, their third win in the league this "
              "season. The goalkeeper made 30 saves and the striker scored twice in the match.\n\n"
              "The coach praised the defence after the game.\n\nThe visitors had won the first meeting in the league "
              "in October.\n\nIn the second period, the captain was hurt in a fight with a defender.")
    events = {e.trigger.text: e for e in _events(nlp, report)}
    assert events["fight"].date is not None and events["fight"].date.value == "2025-03-11TNI"
    assert events["meeting"].date is not None and events["meeting"].date.value == "2024-10"


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # confronting someone is a hostile encounter, protesters confronting police a protest; a problem confronted none
    ("The minister confronted the ambassador over the leak.", "confronted", [("DISAPPROVE", "happened")]),
    ("Protesters confronted police outside the port office.", "confronted", [("PROTEST", "happened")]),
    ("The town confronts a deepening housing crisis.", "confronts", []),
    # weighing in is comment, no consideration of an act
    ("The skipper weighed in on the fight on Monday.", "weighed", []),
])
def test_confrontations(nlp, body: str, trigger: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a count of results over games is a record; one game won is a result, seats won an election's
    ("The Mariners have won 12 of 13.", "won", []),
    ("The Mariners won nine of their last ten games.", "won", []),
    ("The Mariners won the final 3-1.", "won", [("CONTEST", "happened")]),
    ("The party won 40 of the 60 seats.", "won", [("ELECTION", "happened")]),
])
def test_records_over_games(nlp, body: str, trigger: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a fixed pair names no occasion; the same noun alone does
    ("The ruling restored checks and balances.", "checks", []),
    ("The recipe was found by trial and error.", "trial", []),
    ("Spot checks were carried out on Monday.", "checks", [("INVESTIGATE", "happened")]),
    ("The trial began on Monday.", "trial", [("LEGAL", "happened")]),
])
def test_fixed_pairs(nlp, body: str, trigger: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a bid for an office is a candidacy, a bid for a firm a takeover, an offensive launched a fight
    ("She launched a bid for the presidency.", "launched", [("ELECTION", "happened")]),
    ("The yard launched a bid for its rival.", "launched", [("BUSINESS", "happened")]),
    # a listing shelved is a firm's decision; linking one thing to another is an attribution
    ("The ferry line shelved its IPO in September.", "shelved", [("BUSINESS", "happened")]),
    ("The senator linked the attack to the comments.", "linked", []),
])
def test_bids_listings_and_links(nlp, body: str, trigger: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # an intention is the act's modality, not an act; the subject an infinitive shares decides its sense
    ("The union intends to strike on Monday.", "intends", []),
    ("The union intends to strike on Monday.", "strike", [("PROTEST", "planned")]),
    ("A missile struck the base.", "struck", [("FIGHT", "happened")]),
])
def test_intentions_and_shared_subjects(nlp, body: str, trigger: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # shells and mortars are an army's fire; a knife attack is an assault; a phone hitting the market a launch
    ("Two shells landed on the ridge on Thursday.", "landed", [("FIGHT", "happened")]),
    ("Mortars hit the market on Friday.", "hit", [("FIGHT", "happened")]),
    ("A man attacked a neighbour with a knife.", "attacked", [("ASSAULT", "happened")]),
    ("The phone hits the market in May.", "hits", [("LAUNCH", "planned")]),
])
def test_armies_fire(nlp, body: str, trigger: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # damage told with no one doing it, just after a calamity, is the calamity's; after a bomb it is the attack's
    ("A landslide buried the valley road on Sunday. The village school was badly damaged.", "damaged",
     [("DISASTER", "happened")]),
    ("A cyclone crossed the coast on Sunday. It struck shortly after dawn.", "struck", [("DISASTER", "happened")]),
    ("A parcel bomb went off at the depot on Sunday. The village school was badly damaged.", "damaged",
     [("ASSAULT", "happened")]),
])
def test_damage_after_a_calamity_is_its_toll(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                             expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body

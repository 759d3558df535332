"""Words whose event reading the clause decides: a warning of a danger is no threat, a thought is no recognition,
an opening for someone is a chance, a price bid is business, protesting a detention is a protest, a suspension of
operations is no sanction; efforts are attempts, a guess that something will not happen leaves it open, two verbs
joined by "and" share their object. Sentences written for these tests, each class with a hard negative."""

from __future__ import annotations

import pytest

from .harbour_news import harbour_events as _events
from .harbour_news import harbour_readings as _readings


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a warning of a danger others face is words; the warner's own act to come is a threat
    ("The doctors warned that migrants are not the only people at risk.", "warned", []),
    ("The regulator warned that voters are entitled to know who pays for the ads.", "warned", []),
    ("The army warned it would strike back if attacked.", "warned", [("THREATEN", "happened")]),
    ("The union warned that its members would walk out on Monday.", "warned", [("THREATEN", "happened")]),
    # recognising that something is so is a thought; recognising a government is diplomacy
    ("The coach recognizes that his team's hopes are slim.", "recognizes", []),
    ("Ten states recognized the new government on Monday.", "recognized", [("SUPPORT", "happened")]),
    # an opening someone creates for others is a chance; the opening of a museum is a launch
    ("His remarks created an opening for moderates to attack.", "opening", []),
    ("The opening of the museum was held on Friday.", "opening", [("LAUNCH", "happened")]),
    # offering an example is a way of speaking; offering condolences is support
    ("Graham spoke at length, offering the example of a recent campaign.", "offering", []),
    ("The minister offered condolences on Monday.", "offered", [("SUPPORT", "happened")]),
])
def test_words_in_another_sense(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a price offered for a firm or its shares is business (hard negative: a truce offered is an offer of peace)
    ("The rival chain bid $16.50 per share for the grocer.", "bid", [("BUSINESS", "happened")]),
    ("The investor offered $2 billion for the stake on Monday.", "offered", [("BUSINESS", "happened")]),
    ("The rebels offered a truce on Monday.", "offered", [("AGREE", "happened")]),
    # protesting or denouncing a detention opposes those who hold them; rallying behind the detained supports them
    ("Health workers have protested longer detention periods for migrants.", "protested", [("PROTEST", "happened")]),
    ("Lawyers denounced the detention of the journalists on Monday.", "denounced", [("DISAPPROVE", "happened")]),
    # a halt of operations, flights or services is no penalty; a player's suspension is
    ("An outbreak required a temporary suspension of operations at the plant.", "suspension",
     [("HAPPENING", "happened")]),
    ("The airline suspended flights to the island on Monday.", "suspended", [("HAPPENING", "happened")]),
    ("The league announced the suspension of the striker for three games.", "suspension", [("SANCTION", "happened")]),
    ("The donors suspended aid on Monday.", "suspended", [("SANCTION", "happened")]),
    # met with a reaction, however the reaction is written, is no meeting
    ("The proposal was met with hoots of laughter on Monday.", "met", []),
    ("The proposal was met with jeers on Monday.", "met", []),
    # two verbs joined by "and" share the object: a rabbit killed is no assault (hard negative: people killed)
    ("The hiker had killed and eaten a wild rabbit before he was found.", "killed", [("HAPPENING", "happened")]),
    ("The gunman killed and wounded several people.", "killed", [("ASSAULT", "happened")]),
])
def test_what_the_clause_says_it_is(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                    expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # efforts to act are attempts
    ("Propaganda efforts to persuade the strikers have failed.", "persuade", "attempted"),
    ("Efforts to rescue the miners continued on Monday.", "rescue", "attempted"),
    # a guess that it will not happen leaves it open; "would not stop" and "could not reach" say it did not
    ("The Rovers would probably not make the playoffs even if they win out.", "playoffs", "hypothetical"),
    ("The Rovers may not make the playoffs.", "playoffs", "hypothetical"),
    ("Rescuers could not reach the village on Monday.", "reach", "blocked"),
    # talks that only come back under a condition are conditional; talks revived are talks
    ("Nothing will change if peace talks are ever revived.", "talks", "hypothetical"),
    ("Peace talks were revived on Monday.", "talks", "happened"),
])
def test_modality_from_the_frame(nlp, body: str, trigger: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.modality for e in _events(nlp, body) if e.trigger.text == trigger] == [expected]


def test_an_effort_takes_the_tense_of_its_making(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Made an effort to sign him in May" is the May just past (14 March 2025 → May 2024); "a plan to sign him in
    May" looks ahead (hard negative)."""
    (tried,) = [e for e in _events(nlp, "The club made an effort to sign the striker in May.")
                if e.trigger.text == "sign"]
    assert tried.date is not None and tried.date.value == "2024-05"
    (planned,) = [e for e in _events(nlp, "The club unveiled a plan to sign the striker in May.")
                  if e.trigger.text == "sign"]
    assert planned.date is not None and planned.date.value == "2025-05"


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a candidates' debate is a campaign occasion (no vote); a survey told as a source is published, one carried
    # out is research
    ("The two leaders clashed in their first TV debate on Tuesday.", "debate", [("HAPPENING", "happened")]),
    ("A 2018 survey by the university found that the firm had cut staff.", "survey", [("PUBLISH", "happened")]),
    ("Researchers carried out a survey of 1,700 pupils in May.", "survey", [("INVESTIGATE", "happened")]),
    # owners approving a deal do business; a council approving a budget does not
    ("The merger was approved by shareholders of both companies on Thursday.", "approved",
     [("BUSINESS", "happened")]),
    ("The council approved the budget on Monday.", "approved", [("HAPPENING", "happened")]),
    # a paper ending an edition or a service is business; a weekday's edition is no happening
    ("The chain plans to end Saturday publication of its papers next year.", "end", [("BUSINESS", "planned")]),
    ("The chain plans to end Saturday publication of its papers next year.", "publication", []),
    # departing from a rule breaks nothing; rioters breaking a window do
    ("The decision breaks with council rules declaring the pier unsafe.", "breaks", []),
    ("The rioters broke the window on Monday.", "broke", [("ASSAULT", "happened")]),
    # exposure to a virus is a happening to people, no support
    ("Staff might have been exposed to the virus.", "exposed", [("HAPPENING", "hypothetical")]),
    # people's race is no contest; a race held is
    ("Race and religion could play a major role in the vote.", "Race", []),
    ("Races were held on Sunday.", "Races", [("CONTEST", "happened")]),
    # a side named in a score line is a team; a named storm striking is a disaster
    ("Hurricanes 4, Blackhawks 2: Smith scored twice for Carolina.", "Hurricanes", []),
    ("Hurricane Dorian struck the island on Monday.", "struck", [("DISASTER", "happened")]),
    # a penalty given to a player is a sanction
    ("Moss was given a match penalty for spitting at a rival.", "penalty", [("SANCTION", "happened")]),
])
def test_the_occasion_and_who_does_it(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                      expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


def test_an_act_in_a_dated_occasion_takes_its_day(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "In their first TV debate on Tuesday, the leaders attacked …": the attack is Tuesday's (11 March 2025);
    "after a trial in October" is only near it, and the verdict takes it too (kept)."""
    (attacked,) = [e for e in _events(nlp, "In their first TV debate on Tuesday, the two leaders attacked each "
                                           "other's policies.") if e.trigger.text == "attacked"]
    assert attacked.date is not None and attacked.date.value == "2025-03-11"


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # words of public life that sound like blows are criticism; the same verbs with a car or gunmen are not
    ("Councillors slammed the harbour plan on Tuesday.", "slammed", [("DISAPPROVE", "happened")]),
    ("A car slammed into a wall on Tuesday.", "slammed", [("ACCIDENT", "happened")]),
    ("She slammed the door on Tuesday.", "slammed", []),
    ("The senator assailed the witness on Tuesday.", "assailed", [("DISAPPROVE", "happened")]),
    ("Gunmen assailed the convoy near the border on Tuesday.", "assailed", [("ASSAULT", "happened")]),
    ("Doctors voiced concerns about the plan on Tuesday.", "voiced", [("DISAPPROVE", "happened")]),
    ("Doctors expressed concern about the plan on Tuesday.", "expressed", [("DISAPPROVE", "happened")]),
    ("Doctors expressed support for the plan on Tuesday.", "expressed", [("SUPPORT", "happened")]),
    ("Smith tangled with Jones over health care on Tuesday.", "tangled", [("DISAPPROVE", "happened")]),
    # an effort to win is no fight; men fighting outside a bar, and troops fighting, are
    ("He fought to win the seat.", "fought", []),
    ("The two men fought outside the bar on Monday.", "fought", [("ASSAULT", "happened")]),
    ("Troops fought to retake the town on Monday.", "fought", [("FIGHT", "happened")]),
    # a result told with "to" and a score is the game; a goal added is play of it
    ("Beauvillier added his seventh goal for the Islanders on Tuesday.", "added", [("CONTEST", "happened")]),
    ("The firm added 300 jobs in May.", "added", []),
])
def test_words_of_public_life_and_play(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                       expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


def test_a_result_told_with_to_is_one_game(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Held on to beat Detroit 4-3": one result (on the holding or the beating), no purpose left unlisted."""
    events = _events(nlp, "Ottawa held on to beat Detroit 4-3 on Tuesday.")
    assert [(e.category, e.modality) for e in events] == [("CONTEST", "happened")]


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a race for an office is an election, and beating a rival in it an election result; a mob beating a man,
    # and a sports race, stay what they are
    ("Beshear narrowly beat Bevin in the governor's race on Nov. 5.", "beat", [("ELECTION", "happened")]),
    ("Democrats won the county's mayoral race on Tuesday.", "race", [("ELECTION", "happened")]),
    ("The mob beat the man on Saturday.", "beat", [("ASSAULT", "happened")]),
    ("The race begins on Sunday.", "race", [("CONTEST", "planned")]),
    # removal from office is a dismissal; a product announced is launched; working together is co-operation
    ("The council removed the harbour master from office in May.", "removed", [("APPOINT", "happened")]),
    ("Ascom announced a new nurse call solution on Monday.", "announced", [("LAUNCH", "happened")]),
    ("Ascom is collaborating with Drager on the system.", "collaborating", [("COOPERATE", "ongoing")]),
    # a deal expected is not yet made
    ("Investors cheered expectations of a trade deal on Monday.", "deal", [("AGREE", "hypothetical")]),
    # a person who passes, with nothing passed and nowhere to go, has died
    ("His father passed on Monday.", "passed", [("DEATH", "happened")]),
    ("She passed in her sleep last week.", "passed", [("DEATH", "happened")]),
    ("He passed the ball to Smith on Monday.", "passed", [("HAPPENING", "happened")]),
])
def test_offices_products_and_passings(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                       expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


def test_centuries_are_times(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "In the 14th century", "in the 1300s": TIMEX3 "13"; "the 1990s" stays a decade (hard negative)."""
    events = _events(nlp, "The Black Death killed millions in the 1300s.")
    assert [e.date.value for e in events if e.date] == ["13"]
    events = _events(nlp, "The firm was founded in the 19th century.")
    assert [(e.date.value, e.date.precision) for e in events if e.date] == [("18", "century")]
    events = _events(nlp, "The firm was founded in the 1990s.")
    assert [(e.date.value, e.date.precision) for e in events if e.date] == [("199", "decade")]


_POLLS = ("Voters went to the polls on Tuesday in three states. Candidates campaigned hard and turnout was high in "
          "the election. ")


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # in a story of elections, a rival beaten is beaten at the polls; the same verb on a mob stays an assault
    (_POLLS + "Beshear beat Bevin by 5,000 votes. The ballots were counted overnight.", "beat",
     [("ELECTION", "happened")]),
    (_POLLS + "After the count a mob beat a poll worker. The ballots were counted overnight.", "beat",
     [("ASSAULT", "happened")]),
    # figures of speech: a message sent, an argument bought, time blocked; crimes committed are crimes
    ("The voters sent a message to Washington on Tuesday.", "sent", []),
    ("Voters aren't buying the argument.", "buying", []),
    ("The firm bought a rival on Monday.", "bought", [("BUSINESS", "happened")]),
    ("I block time every morning for reading.", "block", []),
    ("He committed several offences, the prosecutor said.", "committed", [("CRIME", "happened")]),
])
def test_the_polls_and_figures_of_speech(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                         expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # the tag of quoted words is the quote layer's; an indirect question is an inquiry (hard negative)
    ('"What is the plan if the rockets are late," Aderholt asked.', "asked", []),
    ("The minister asked the fire chief why the alarm failed.", "asked", [("INVESTIGATE", "happened")]),
    # a count of kinds is no occasion; several refusals received are refusals
    ("That is, for some, way too many launches.", "launches", []),
    ("The mayor received several refusals of his requests.", "refusals", [("REJECT", "happened")]),
    # a poll's majority support is an opinion; honoured to serve is a feeling
    ("A new poll shows majority support for the plan.", "support", []),
    ("I am honored to be here.", "honored", []),
    # an agency's or a firm's operations are its work; troops' operation is force
    ("She heads human exploration and operations at the agency.", "heads", []),
    ("Troops launched an operation against the rebels on Monday.", "operation", [("MOBILIZE", "happened")]),
])
def test_tags_counts_and_feelings(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                  expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a space probe doing things is a craft, and its flyby the happening; police launching a probe inquire
    ("The probe made a flyby of Europa in 1997.", "flyby", [("HAPPENING", "happened")]),
    ("The probe made a flyby of Europa in 1997.", "probe", []),
    ("Police launched a probe into the crash on Monday.", "probe", [("INVESTIGATE", "happened")]),
    # business nouns: a divestment, a cut in rates; a regulator's clearance
    ("The central bank announced a reduction in interest rates on Monday.", "reduction", [("BUSINESS", "happened")]),
    ("The device received FDA clearance in October.", "clearance", [("HAPPENING", "happened")]),
    # a person who quits leaves a post; schools quitting, or quitting smoking, leave none
    ("Her publicist quit after the interview aired.", "quit", [("APPOINT", "happened")]),
    ("Many schools will quit, he said.", "quit", []),
    ("He quit smoking in May.", "quit", []),
])
def test_crafts_cuts_and_quitting(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                  expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # committing to a timeline is a pledge; a firm expanding its services does business (an alliance
    # expanding its mission stays what CAMEO says)
    ("Only two companies committed to that timeline in May.", "committed", [("AGREE", "happened")]),
    ("The firms wanted to expand their services to include passengers.", "expand", [("BUSINESS", "hypothetical")]),
    ("The alliance expanded its mission in May.", "expanded", [("COOPERATE", "happened")]),
])
def test_pledges_and_expansions(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # questioning a plan is criticism; questioning a suspect is an inquiry
    ("At a budget hearing in October, councillors questioned the plan.", "questioned", [("DISAPPROVE", "happened")]),
    ("Police questioned the suspect on Monday.", "questioned", [("INVESTIGATE", "happened")]),
    # people put under quarantine are held; one put under investigation is inquired into (the noun's event)
    ("Twenty-eight people were put under medical quarantine on Tuesday.", "put", [("COERCE", "happened")]),
    ("A port official has been put under investigation for fraud.", "put", []),
    # a test scheduled is a happening to come
    ("The engine test is scheduled for next year.", "test", [("HAPPENING", "planned")]),
])
def test_questions_quarantines_and_tests(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                         expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # products shown, arriving or fitted: a cover pulled off a car is its unveiling; a service arriving is its
    # launch; a car fitted with a battery is no aid (a minister arriving visits)
    ("Lexus pulled the covers off the production model at the show on Wednesday.", "pulled",
     [("LAUNCH", "happened")]),
    ("The streaming service arrives on Tuesday.", "arrives", [("LAUNCH", "planned")]),
    ("The minister arrived in Paris on Monday.", "arrived", [("CONSULT", "happened")]),
    ("The company has equipped it with a larger battery.", "equipped", []),
    # a grant recommended by a funder is aid; "couldn't help but feel" helps no one
    ("The foundation recommended a $5.1 million grant to the charity in July.", "recommended", [("AID", "happened")]),
    ("I couldn't help but feel disappointed.", "help", []),
])
def test_products_and_grants(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                             expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a service launching is the launch, told by its verb; a service launched is the thing launched
    ("The firm's game streaming service, Stadia, launches on Tuesday.", "service", []),
    ("The firm's game streaming service, Stadia, launches on Tuesday.", "launches", [("LAUNCH", "planned")]),
    ("The airline launched a new service to Lisbon on Monday.", "service", [("LAUNCH", "happened")]),
    # what "you" would do, in advice, is no one's act
    ("If you're on the fence about investing $129 in the console, you're not alone.", "investing", []),
])
def test_services_and_advice(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                             expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # what a footing, an obstacle or a road is for is still to come; talks on a framework are talks
    ("The move contradicts the legal footing for a peace deal.", "deal", [("AGREE", "hypothetical")]),
    ("The new housing is an obstacle to peace talks.", "talks", [("CONSULT", "hypothetical")]),
    ("The talks on the framework ended on Monday.", "talks", [("CONSULT", "happened")]),
])
def test_what_must_come_first(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                              expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected

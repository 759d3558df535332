"""Words whose event reading the clause decides: a warning of a danger is no threat, a thought is no recognition,
an opening for someone is a chance, a price bid is business, protesting a detention is a protest, a suspension of
operations is no sanction; efforts are attempts, a guess that something will not happen leaves it open, two verbs
joined by "and" share their object. Sentences written for these tests, each class with a hard negative."""

from __future__ import annotations

import pytest

from .harbour_news import harbour_events as _events
from .harbour_news import harbour_readings as _readings
from .harbour_news import harbour_tellings as _tellings


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a warning of a danger others face is words; the warner's own act to come is a threat
    ("The nurses warned that pensioners face the greatest danger this winter.", "warned", []),
    ("The watchdog warned that savers deserve clearer fee tables.", "warned", []),
    ("The army warned it would strike back if attacked.", "warned", [("THREATEN", "happened")]),
    ("The union warned that its members would walk out on Monday.", "warned", [("THREATEN", "happened")]),
    # recognising that something is so is a thought; recognising a government is diplomacy
    ("The skipper recognizes that the crew's chances are thin.", "recognizes", []),
    ("Ten states recognized the new government on Monday.", "recognized", [("SUPPORT", "happened")]),
    # an opening someone creates for others is a chance; the opening of a museum is a launch
    ("The delay created an opening for rival bidders.", "opening", []),
    ("The opening of the museum was held on Friday.", "opening", [("LAUNCH", "happened")]),
    # offering an example is a way of speaking; offering condolences is support
    ("The curator spoke for an hour, offering an example from an earlier show.", "offering", []),
    ("The minister offered condolences on Monday.", "offered", [("SUPPORT", "happened")]),
])
def test_words_in_another_sense(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a price offered for a firm or its shares is business (hard negative: a truce offered is an offer of peace)
    ("The rival chain bid $8.20 a share for the bakery group.", "bid", [("BUSINESS", "happened")]),
    ("The investor offered $2 billion for the stake on Monday.", "offered", [("BUSINESS", "happened")]),
    ("The rebels offered a truce on Monday.", "offered", [("AGREE", "happened")]),
    # protesting or denouncing a detention opposes those who hold them; rallying behind the detained supports them
    ("Dock unions have protested the detention of two shop stewards.", "protested", [("PROTEST", "happened")]),
    ("Lawyers denounced the detention of the journalists on Monday.", "denounced", [("DISAPPROVE", "happened")]),
    # a halt of operations, flights or services is no penalty; a player's suspension is
    ("A fire forced a brief suspension of operations at the ferry terminal.", "suspension",
     [("HAPPENING", "happened")]),
    ("The airline suspended flights to the island on Monday.", "suspended", [("HAPPENING", "happened")]),
    ("The league announced the suspension of the striker for three games.", "suspension", [("SANCTION", "happened")]),
    ("The donors suspended aid on Monday.", "suspended", [("SANCTION", "happened")]),
    # met with a reaction, however the reaction is written, is no meeting
    ("The proposal was met with hoots of laughter on Monday.", "met", []),
    ("The proposal was met with jeers on Monday.", "met", []),
    # two verbs joined by "and" share the object: a rabbit killed is no assault (hard negative: people killed)
    ("The hunter had killed and cooked a young deer before the wardens came.", "killed", [("HAPPENING", "happened")]),
    ("The gunman killed and wounded several people.", "killed", [("ASSAULT", "happened")]),
])
def test_what_the_clause_says_it_is(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                    expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # efforts to act are attempts
    ("Repeated efforts to persuade the strikers failed.", "persuade", "attempted"),
    ("Efforts to rescue the miners continued on Monday.", "rescue", "attempted"),
    # a guess that it will not happen leaves it open; "would not stop" and "could not reach" say it did not
    ("The Mariners would probably not win the title even if they won every game left.", "win", "hypothetical"),
    ("The Mariners may not win the title.", "win", "hypothetical"),
    ("Rescuers could not reach the village on Monday.", "reach", "blocked"),
    # talks that only come back under a condition are conditional; talks revived are talks
    ("Little will change if the fishing talks get revived.", "talks", "hypothetical"),
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
    ("The two hopefuls clashed in a radio debate on Tuesday.", "debate", [("HAPPENING", "happened")]),
    ("A 2018 survey by the university found that the firm had cut staff.", "survey", [("PUBLISH", "happened")]),
    ("Researchers carried out a survey of 900 dockworkers in May.", "survey", [("INVESTIGATE", "happened")]),
    # owners approving a deal do business; a council approving a budget does not
    ("The takeover was approved by the brewer's shareholders on Thursday.", "approved",
     [("BUSINESS", "happened")]),
    ("The council approved the budget on Monday.", "approved", [("HAPPENING", "happened")]),
    # a paper ending an edition or a service is business; a weekday's edition is no happening
    ("The group plans to end Sunday publication in rural towns next year.", "end", [("BUSINESS", "planned")]),
    ("The group plans to end Sunday publication in rural towns next year.", "publication", []),
    # departing from a rule breaks nothing; rioters breaking a window riot
    ("The ruling breaks with a century of harbour tradition.", "breaks", []),
    ("The rioters broke the window on Monday.", "broke", [("PROTEST", "happened")]),
    # exposure to a virus is a happening to people, no support
    ("Several nurses may have been exposed to measles.", "exposed", [("HAPPENING", "hypothetical")]),
    # people's race is no contest; a race held is
    ("Race and class could decide the harbour vote.", "Race", []),
    ("Races were held on Sunday.", "Races", [("CONTEST", "happened")]),
    # a side named in a score line is a team; a named storm striking is a disaster
    ("Cyclones 4, Owls 2: Smith scored twice for the Cyclones.", "Cyclones", []),
    ("Hurricane Dorian struck the island on Monday.", "struck", [("DISASTER", "happened")]),
    # a penalty given to a player is a sanction
    ("Moss received a match penalty for elbowing a defender.", "penalty", [("SANCTION", "happened")]),
])
def test_the_occasion_and_who_does_it(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                      expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


def test_an_act_in_a_dated_occasion_takes_its_day(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "At their only radio debate on Tuesday, the hopefuls criticised …": that is Tuesday's (11 March 2025);
    "after a trial in October" is only near it, and the verdict takes it too (kept)."""
    (criticised,) = [e for e in _events(nlp, "At their only radio debate on Tuesday, the two hopefuls criticised "
                                             "each other's budgets.") if e.trigger.text == "criticised"]
    assert criticised.date is not None and criticised.date.value == "2025-03-11"


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
    ("Dubois added his seventh goal for the Pelicans on Tuesday.", "added", [("CONTEST", "happened")]),
    ("The firm added 300 jobs in May.", "added", []),
])
def test_words_of_public_life_and_play(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                       expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


def test_a_result_told_with_to_is_one_game(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Held on to beat the Hawks 4-3": a result, however the parser hangs the score, and no assault."""
    events = _events(nlp, "The Owls held on to beat the Hawks 4-3 on Tuesday.")
    assert ("CONTEST", "happened") in [(e.category, e.modality) for e in events]
    assert not any(e.category == "ASSAULT" for e in events)


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a race for an office is an election, and beating a rival in it an election result; a mob beating a man,
    # and a sports race, stay what they are
    ("Marlow narrowly beat Quinn in the governor's race on Nov. 5.", "beat", [("ELECTION", "happened")]),
    ("Democrats won the county's mayoral race on Tuesday.", "race", [("ELECTION", "happened")]),
    ("The mob beat the man on Saturday.", "beat", [("ASSAULT", "happened")]),
    ("The race begins on Sunday.", "race", [("CONTEST", "planned")]),
    # removal from office is a dismissal; a product announced is launched; working together is co-operation
    ("The council removed the harbour master from office in May.", "removed", [("APPOINT", "happened")]),
    ("Velora announced a new patient alarm system on Monday.", "announced", [("LAUNCH", "happened")]),
    ("Velora is collaborating with Nordmed on the system.", "collaborating", [("COOPERATE", "ongoing")]),
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


_POLLS = ("Turnout was high as voters in the county cast ballots on Tuesday. Candidates campaigned hard in the "
          "election. ")


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # in a story of elections, a rival beaten is beaten at the polls; the same verb on a mob stays an assault
    (_POLLS + "Marlow beat Quinn by 5,000 votes. The ballots were counted overnight.", "beat",
     [("ELECTION", "happened")]),
    (_POLLS + "After the count a mob beat a poll worker. The ballots were counted overnight.", "beat",
     [("ASSAULT", "happened")]),
    # figures of speech: a message sent, an argument bought, time blocked; crimes committed are crimes
    ("The result sent a message to the capital on Tuesday.", "sent", []),
    ("Voters aren't buying the argument.", "buying", []),
    ("The firm bought a rival on Monday.", "bought", [("BUSINESS", "happened")]),
    ("She blocks time each afternoon for calls.", "blocks", []),
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
    ("For the critics that meant far too many strikes.", "strikes", []),
    ("The club got several refusals to its planning requests.", "refusals", [("REJECT", "happened")]),
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
    ("The probe made a flyby of Titan in 2005.", "flyby", [("HAPPENING", "happened")]),
    ("The probe made a flyby of Titan in 2005.", "probe", []),
    ("Police launched a probe into the crash on Monday.", "probe", [("INVESTIGATE", "happened")]),
    # business nouns: a divestment, a cut in rates; a regulator's clearance
    ("The central bank announced a reduction in interest rates on Monday.", "reduction", [("BUSINESS", "happened")]),
    ("The scanner received FDA clearance in June.", "clearance", [("HAPPENING", "happened")]),
    # a person who quits leaves a post; schools quitting, or quitting smoking, leave none
    ("His press aide quit after the broadcast.", "quit", [("APPOINT", "happened")]),
    ("The firm's chief executive quit suddenly.", "quit", [("APPOINT", "happened")]),     # a title, no name
    ("The chain's president, Ann Holt, quit on the eve of the merger.", "quit", [("APPOINT", "happened")]),
    ("Several clubs will quit, he said.", "quit", []),
    ("He quit smoking in May.", "quit", []),
])
def test_crafts_cuts_and_quitting(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                  expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # committing to a timeline is a pledge; a firm expanding its services does business (an alliance
    # expanding its mission stays what CAMEO says)
    ("Just one supplier committed to the delivery schedule in May.", "committed", [("AGREE", "happened")]),
    ("The two ferry firms hope to expand services to the outer islands.", "expand", [("BUSINESS", "hypothetical")]),
    ("The alliance expanded its mission in May.", "expanded", [("COOPERATE", "happened")]),
])
def test_pledges_and_expansions(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # questioning a plan is criticism; questioning a suspect is an inquiry
    ("At a budget meeting in October, councillors questioned the plan.", "questioned", [("DISAPPROVE", "happened")]),
    ("Police questioned the suspect on Monday.", "questioned", [("INVESTIGATE", "happened")]),
    # people put under quarantine are held; one put under investigation is inquired into (the noun's event)
    ("Nine crew members were put under quarantine on Tuesday.", "put", [("COERCE", "happened")]),
    ("A customs officer was put under investigation last week.", "put", [("HAPPENING", "happened")]),
    # a test scheduled is a happening to come
    ("The engine test is scheduled for next year.", "test", [("HAPPENING", "planned")]),
])
def test_questions_quarantines_and_tests(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                         expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # products shown, arriving or fitted: a cover pulled off a car is its unveiling; a service arriving is its
    # launch; a car fitted with a battery is no aid (a minister arriving visits)
    ("Kia pulled the covers off its new pickup at the Geneva show on Wednesday.", "pulled",
     [("LAUNCH", "happened")]),
    ("The streaming service arrives on Tuesday.", "arrives", [("LAUNCH", "planned")]),
    ("The minister arrived in Paris on Monday.", "arrived", [("CONSULT", "happened")]),
    ("The maker has equipped the van with a larger battery.", "equipped", []),
    # a grant recommended by a funder is aid; "couldn't help but feel" helps no one
    ("The trust recommended a $300,000 grant to the food bank in July.", "recommended", [("AID", "happened")]),
    ("I couldn't help but feel disappointed.", "help", []),
])
def test_products_and_grants(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                             expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a service launching is the launch, told by its verb; a service launched is the thing launched
    ("The firm's music streaming service, Tunely, launches on Tuesday.", "service", []),
    ("The firm's music streaming service, Tunely, launches on Tuesday.", "launches", [("LAUNCH", "planned")]),
    ("The airline launched a new service to Lisbon on Monday.", "service", [("LAUNCH", "happened")]),
    # what "you" would do, in advice, is no one's act
    ("If you are still unsure about spending $60 on the headset, wait for the reviews.", "spending", []),
])
def test_services_and_advice(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                             expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # what a footing, an obstacle or a road is for is still to come; talks on a framework are talks
    ("The vote undermines the groundwork for a fishing accord.", "accord", [("AGREE", "hypothetical")]),
    ("The new fence is an obstacle to border talks.", "talks", [("CONSULT", "hypothetical")]),
    ("The talks on the framework ended on Monday.", "talks", [("CONSULT", "happened")]),
])
def test_what_must_come_first(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                              expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # what a complement acts on is not what the asking names: asking a government to carry out a court's sentence
    # is a demand; prosecutors asking a sentence ask for a penalty (CAMEO's reading, kept)
    ("The group started a petition asking the council to carry out the court's sentence.", "petition",
     [("DEMAND", "happened")]),  # the asking is the petition's own demand (one event)
    ("Prosecutors asked a sentence of ten years for the smuggler.", "asked", [("COERCE", "happened")]),
])
def test_a_complements_object_is_its_own(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                         expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # "…, killing three" hung on a blast or a fall is the accident's toll; on gunmen's fire it is an attack
    ("A gas tank exploded at the depot, killing three workers.", "killing", [("ACCIDENT", "happened")]),
    ("Gunmen opened fire on the crowd, killing two people.", "killing", [("ASSAULT", "happened")]),
])
def test_the_toll_of_an_accident(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                 expected: list[tuple[str, str]]) -> None:
    assert _tellings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # research a foundation supports or funds is aid given; a council supporting a plan backs it
    ("The harbour survey was supported by two charities and the city council.", "supported", [("AID", "happened")]),
    ("A trust funded the research in 2018.", "funded", [("AID", "happened")]),
    ("The council supported the ferry plan on Monday.", "supported", [("SUPPORT", "happened")]),
])
def test_research_funded(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                         expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a country that strikes uses a state's force; a man attacking a neighbour in a city assaults him
    ("Russia attacked Ukraine on Monday.", "attacked", [("FIGHT", "happened")]),
    ("A man attacked a neighbour in Paris on Monday.", "attacked", [("ASSAULT", "happened")]),
])
def test_a_state_that_strikes(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                              expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a work or a product coming out is published or launched; the truth coming out, or a stance, is neither
    ("The album comes out on Monday.", "comes", [("PUBLISH", "planned")]),
    ("The new console came out in May.", "came", [("LAUNCH", "happened")]),
    ("The senator came out in favour of the plan.", "came", []),
    ("The new model is slated for release in May.", "release", [("LAUNCH", "planned")]),
])
def test_what_comes_out(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                        expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # what a firm offers or sells as a rule (kinds of things, "almost all its models") is its line of business;
    # selling one unit to a rival is news
    ("Velora Motors offers almost all its models locally.", "offers", []),
    ("Harbour Tea sells most brands of tea.", "sells", []),
    ("Harbour Tea sells its shipping unit to a rival.", "sells", [("BUSINESS", "happened")]),
])
def test_a_line_of_business(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                            expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a word in a job's title names no happening; an election of a chairman is one
    ('"The deal widens our audience," said Mara Voss, senior vp partnerships at Tideworks.', "partnerships", []),
    ("The party held a chairman election on Monday.", "election", [("ELECTION", "happened")]),
])
def test_words_in_a_job_title(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                              expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # the toll of a blast or a craft breaking up, told with "…, killing", is the accident's; hunters killed in a
    # hunting accident died (the accident is its own event)
    ("The airship was lost when it exploded over the bay in 1937, killing all 13 aboard.", "killing",
     [("ACCIDENT", "happened")]),
    ("The capsule disintegrated during re-entry, killing all three crew.", "killing", [("ACCIDENT", "happened")]),
    ("Two hunters were killed in a hunting accident.", "killed", [("DEATH", "happened")]),
])
def test_a_crafts_toll(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                       expected: list[tuple[str, str]]) -> None:
    assert _tellings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a person or body reached by mail or letter, with no words given, is a contact
    ("On 3 July the skipper emailed the port director.", "emailed", [("CONSULT", "happened")]),
    ("The fishermen's union wrote to the council on Friday.", "wrote", [("CONSULT", "happened")]),
    # a work written is a publication
    ("The harbour master wrote a memoir in 1996.", "wrote", [("PUBLISH", "happened")]),
    # hard negatives: words written or mailed are for the quote layer; writing with no one reached is no contact
    ("The skipper emailed that the trip was off.", "emailed", []),
    ("The union wrote: \"The quay is unsafe.\"", "wrote", []),
    ("The harbour master wrote that the quay was unsafe.", "wrote", []),
])
def test_contacts_by_mail_and_works_written(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                            expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


def test_an_invitation_to_write_is_no_contact(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, "Readers are welcome to email the port director with questions.", "email") == []


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a phrase after two joined nouns belongs to both
    ("In May the firm carried out the merger or closure of four factories.", "closure", [("BUSINESS", "happened")]),
    ("The closure of the harbour road angered hauliers.", "closure", [("COERCE", "happened")]),
    # "it" after a relative clause is the noun the clause describes
    ("Delays hit the ferry terminal, which has had power cuts since it opened in May.", "opened",
     [("LAUNCH", "happened")]),
    # an opinion shared is no deal
    ("I agree.", "agree", []),
    ("Pilots agree that the quay is too short.", "agree", []),
    ("The mayor agreed with her critics.", "agreed", []),
    ("The two unions agreed on a pay deal on Monday.", "agreed", [("AGREE", "happened")]),
    ("The ferry line agreed to sell two ships.", "agreed", [("AGREE", "happened")]),
    # what is provided decides: food is aid, a contrast is none
    ("The charity provided food to the stranded crews.", "provided", [("AID", "happened")]),
    ("The figures provide a stark contrast to last year.", "provide", []),
])
def test_joined_nouns_pronouns_opinions_and_provisions(nlp, body: str,  # type: ignore[no-untyped-def]
                                                       trigger: str, expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a place a thing will call home is where it goes, no statement
    ("The lightship Nore will soon call the maritime museum home.", "call", [("HAPPENING", "planned")]),
    ("The mayor called the levy a mistake.", "called", [("DISAPPROVE", "happened")]),
    # recognising a need is a thought; recognising a government is diplomacy
    ("The skipper recognized the need for a second crane.", "recognized", []),
    ("Ten states recognized the new government.", "recognized", [("SUPPORT", "happened")]),
    # rendering at a resolution is no aid; rendering assistance is
    ("When streaming, the console renders at a lower resolution.", "renders", []),
    ("The navy rendered assistance to the stranded trawler.", "rendered", [("AID", "happened")]),
    # close contact with a patient is nearness; contact with the rebels is talks
    ("Twelve dockers in close physical contact with the sick cook were tested.", "contact", []),
    ("The harbour master has been in contact with the strikers.", "contact", [("CONSULT", "happened")]),
    # acts on the reader's things are advice
    ("Learn what works when launching your products.", "launching", []),
])
def test_homes_needs_renderings_nearness_and_advice(nlp, body: str,  # type: ignore[no-untyped-def]
                                                    trigger: str, expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("Voters in the port went to the polls on Sunday.", "went", [("ELECTION", "happened")]),
    ("The cannery went bankrupt in 2009.", "went", [("BUSINESS", "happened")]),
    ("The trawler ran aground off the point on Monday.", "ran", [("ACCIDENT", "happened")]),
    # hard negatives: going somewhere and running a race are neither
    ("The skipper went to the chandlery on Monday.", "went", [("HAPPENING", "happened")]),
    ("The skipper ran the harbour office for a decade.", "ran", []),
])
def test_polls_bankruptcies_and_groundings(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                           expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


def test_a_simple_past_tagged_as_a_participle_looks_back(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Thousands of fans celebrated in the streets on Saturday": the tagger's participle is a simple past, so
    Saturday is the one just gone (hard negative: "the terminal opens on Saturday" is the one ahead)."""
    events = _events(nlp, "Thousands of fans celebrated in the streets on Saturday.")
    assert [e.date.value for e in events if e.trigger.text == "celebrated" and e.date] == ["2025-03-08"]
    events = _events(nlp, "The new ferry terminal opens on Saturday.")
    assert [e.date.value for e in events if e.trigger.text == "opens" and e.date] == ["2025-03-15"]


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # special powers taken
    ("The governor declared a state of emergency in two districts.", "declared", [("COERCE", "happened")]),
    # rescuers searching rubble or a river rescue
    ("Rescue teams searched collapsed buildings overnight.", "searched", [("RESCUE", "happened")]),
    # hard negatives: a vote declared void, police searching a house
    ("The court declared the harbour vote void.", "declared", []),
    ("Police searched the skipper's house.", "searched", [("INVESTIGATE", "happened")]),
])
def test_emergencies_declared_and_searches_for_survivors(nlp, body: str,  # type: ignore[no-untyped-def]
                                                         trigger: str, expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


def test_the_story_s_day_carries_on_not_its_minute(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "The quake hit at 3:34 a.m. on Saturday. … Troops were sent": the later act is on that day, not at that
    minute (hard negative: "Saturday night" carries whole, a part of the day)."""
    events = _events(nlp, "The quake hit the port at 3:34 a.m. on Saturday. The navy sent troops to the harbour.")
    assert [e.date.value for e in events if e.trigger.text == "sent" and e.date] == ["2025-03-08"]


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("The old handset suffers from dropped calls.", "calls", []),
    ("The tablet supports video chats.", "chats", []),
    ("The skipper managed to finish the race.", "managed", []),
    ("The rebels forced out the harbour governor.", "forced", [("APPOINT", "happened")]),
    # hard negative: calls for a strike are a demand
    ("Dockers called for a strike on Monday.", "called", [("DEMAND", "happened")]),
])
def test_dropped_calls_chats_managing_to_and_forced_out(nlp, body: str,  # type: ignore[no-untyped-def]
                                                         trigger: str, expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("The parents took their son on a trip to Portugal.", "trip", [("HAPPENING", "happened")]),
    ("The family's trip to Spain ended badly.", "trip", [("HAPPENING", "happened")]),
    # hard negative: an official's trip is a visit
    ("The foreign minister made a trip to Beijing.", "trip", [("CONSULT", "happened")]),
])
def test_a_family_trip_is_no_visit_of_state(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                            expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("The ferry line expects to break even in the third quarter.", "break", [("BUSINESS", "planned")]),
    ("The coastguard issued a travel caution for the strait on Sunday.", "issued", [("PUBLISH", "happened")]),
    ("The swabs are being analyzed at the state laboratory.", "analyzed", [("INVESTIGATE", "ongoing")]),
    ("The mayor said so in a letter dated Monday.", "dated", []),
    # hard negative: a law broken is a crime
    ("The ferry line broke the law on Monday.", "broke", [("CRIME", "happened")]),
])
def test_phrases_that_fix_a_verbs_sense(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                        expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    ("The union wants the port authority to reopen the fish plant.", "reopen", "demanded"),
    # hard negative: wanting to act oneself is a wish
    ("The union wants to reopen talks with the port authority.", "reopen", "hypothetical"),
])
def test_wanting_someone_else_to_act_asks_it_of_them(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                    modality: str) -> None:
    assert [e.modality for e in _events(nlp, body) if e.trigger.text == trigger] == [modality], body


@pytest.mark.parametrize(("body", "expected"), [
    ("The foreign minister headed to Oslo on Tuesday for talks on fishing quotas.", [("CONSULT", "happened")]),
    # hard negatives: travellers heading somewhere call on no one; heading a body is no journey
    ("The migrants headed to the border on Tuesday.", [("HAPPENING", "happened")]),
    ("She headed the port authority for ten years.", []),
])
def test_heading_somewhere_is_a_journey(nlp, body: str,  # type: ignore[no-untyped-def]
                                        expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, "headed") == expected, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("A new task force began delving on Thursday into the warehouse fires.", "delving", [("INVESTIGATE", "happened")]),
    ("The skipper is to appear before a magistrate on Monday.", "appear", [("LEGAL", "planned")]),
    ("The coastguard lifted its warning against travel to the islands on Friday.", "lifted",
     [("PUBLISH", "happened")]),
    ("The damage from Hurricane Petra reached $4 billion.", "Petra", [("DISASTER", "happened")]),
    # hard negatives: a song appearing online is a release; a storm named as the subject of its act is that act
    ("The song appeared online on Monday.", "appeared", [("PUBLISH", "happened")]),
    ("Hurricane Petra hit the coast on Friday.", "Petra", []),
])
def test_phrases_of_inquiry_court_notices_and_named_storms(  # type: ignore[no-untyped-def]
        nlp, body: str, trigger: str, expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    ("Police have made no arrests in the warehouse killings.", "killings", "happened"),
    ("Police have made no arrests in the warehouse killings.", "arrests", "blocked"),
    ("So far there were no arrests in the warehouse killings.", "killings", "happened"),
])
def test_what_is_denied_is_the_noun_not_its_setting(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                    modality: str) -> None:
    assert [e.modality for e in _events(nlp, body) if e.trigger.text == trigger] == [modality], body


@pytest.mark.parametrize(("body", "expected"), [
    ("The government wants to withdraw from the southern province of Lakeland.", [("RETREAT", "hypothetical")]),
    ("The last troops pulled out of Kabul on Monday.", [("RETREAT", "happened")]),
    # hard negative: a bill withdrawn from a parliament is a concession, no pull-out
    ("The minister withdrew the bill from parliament.", [("CONCEDE", "happened")]),
])
def test_withdrawing_from_a_place_is_a_retreat(nlp, body: str,  # type: ignore[no-untyped-def]
                                               expected: list[tuple[str, str]]) -> None:
    trigger = next(w for w in ("withdraw", "withdrew", "pulled") if f" {w} " in body)
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "triggers"), [
    ("A spokesman for the port declined further comment.", []),
    ("The union said in a statement issued late on Monday that it was pleased.", []),
    # hard negatives: an invitation declined is a refusal; a statement released on a day is an act of its own
    ("The prince declined the invitation.", ["declined"]),
])
def test_the_frame_of_words_is_no_happening(nlp, body: str, triggers: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [e.trigger.text for e in _events(nlp, body)] == triggers, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("The two countries broke off diplomatic ties on Friday.", "broke", [("SANCTION", "happened")]),
    ("Lakeland cut off talks with its neighbour in 2019.", "cut", [("SANCTION", "happened")]),
    # hard negative: jobs cut are business
    ("The ferry line cut 300 jobs on Friday.", "cut", [("BUSINESS", "happened")]),
])
def test_ties_and_talks_cut_off_reduce_relations(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                 expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("Lakeland moved troops to the border on Friday.", "moved", [("MOBILIZE", "happened")]),
    ("The inspectors made surprise visits to three sites on Friday.", "made", [("CONSULT", "happened")]),
    # hard negative: a firm moving its headquarters does business
    ("The ferry line moved its headquarters to Dublin.", "moved", [("BUSINESS", "happened")]),
])
def test_troops_moved_and_visits_made(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                      expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "triggers"), [
    ("The minister met the chargés d'affaires of ten countries.", ["met"]),
    # hard negative: charges brought are charges
    ("Prosecutors brought charges against the skipper on Monday.", ["charges"]),
])
def test_a_diplomatic_rank_is_no_charge(nlp, body: str,  # type: ignore[no-untyped-def]
                                                triggers: list[str]) -> None:
    assert [e.trigger.text for e in _events(nlp, body)] == triggers, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("The skipper took the stand for four hours on Friday.", "took", [("LEGAL", "happened")]),
    ("Critics of the new marina are targeting its owner.", "targeting", [("DISAPPROVE", "ongoing")]),
    ("The coastguard put up a reward for any tip leading to an arrest in the case.", "arrest",
     [("COERCE", "hypothetical")]),
    # hard negative: an arrest told as done
    ("Police made an arrest in the smuggling case on Friday.", "arrest", [("COERCE", "happened")]),
])
def test_testimony_criticism_and_rewards(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                         expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("The army dispatched troops to the border on Friday.", "dispatched", [("MOBILIZE", "happened")]),
    ("Commanders were hastily dispatched to the front.", "dispatched", [("MOBILIZE", "happened")]),
    # hard negative: a parcel dispatched is no mobilisation
    ("The firm dispatched the parcel on Monday.", "dispatched", [("HAPPENING", "happened")]),
])
def test_forces_dispatched_are_mobilised(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                         expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a delegation or mission led somewhere is a visit (CAMEO's "oversee" reading is an intent to meet)
    ("The trade minister led a delegation to Hanoi on Monday.", "led", [("CONSULT", "happened")]),
    ("The envoy will lead a trade mission to Lagos in May.", "lead", [("CONSULT", "planned")]),
    # hard negative: leading an inquiry is not a journey
    ("The senator led the inquiry into the port contracts.", "led", []),
])
def test_a_delegation_led_abroad_is_a_visit(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                            expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # what is sought says what seeking is: a request, a court paper, an office (CAMEO's bare "seek" is an intent
    # to co-operate)
    ("The skipper's mother is seeking his release from the Libyan jail.", "seeking", [("DEMAND", "ongoing")]),
    ("Prosecutors sought a warrant against the harbour master.", "sought", [("LEGAL", "happened")]),
    ("The mayor is seeking a third term.", "seeking", [("ELECTION", "ongoing")]),
    ("The ferry company is seeking a buyer for its freight arm.", "seeking", [("BUSINESS", "ongoing")]),
    # police clearing a crowd or a camp coerce it; a forensic match is a finding, not a game
    ("Riot police cleared the protesters from the quay with tear gas.", "cleared", [("COERCE", "happened")]),
    ("Regulators cleared the ferry merger on Monday.", "cleared", [("CONCEDE", "happened")]),
    ("Investigators found a DNA match between the glove and the skipper.", "match", []),
    ("Harbourton won the match on Sunday.", "match", [("CONTEST", "happened")]),
])
def test_what_is_sought_or_cleared_says_what_happened(nlp, body: str,  # type: ignore[no-untyped-def]
                                                      trigger: str, expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # air strikes and air raids are military force (PLOVER FIGHT, CAMEO 195); a police raid is coercion
    ("Warplanes carried out air raids on two rebel camps.", "raids", [("FIGHT", "happened")]),
    ("Police carried out a raid on a flat above the chandlery.", "raid", [("COERCE", "happened")]),
    # gathering evidence investigates; a crowd gathering does not
    ("Detectives gathered evidence at the quay on Monday.", "gathered", [("INVESTIGATE", "happened")]),
    # being quoted carries words, not a happening
    ("The harbour master was quoted on Friday by the local radio as saying the pier was safe.", "quoted", []),
])
def test_force_from_the_air_evidence_gathered_and_words_quoted(nlp, body: str,  # type: ignore[no-untyped-def]
                                                               trigger: str,
                                                               expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # ringing someone up, with a purpose, is contact; calling on someone to act is a demand
    ("The mayor called the port director on Monday to ask for tugs.", "called", [("CONSULT", "happened")]),
    ("The mayor called on the dockers to end the strike.", "called", [("DEMAND", "happened")]),
    ("The mayor called for both unions to end the strike.", "called", [("DEMAND", "happened")]),
])
def test_a_call_to_someone_is_contact_and_a_call_on_someone_a_demand(  # type: ignore[no-untyped-def]
        nlp, body: str, trigger: str, expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # questioning figures doubts them; questioning a suspect investigates
    ("Analysts are questioning the ferry line's profits.", "questioning", [("DISAPPROVE", "ongoing")]),
    ("Police questioned the skipper on Monday.", "questioned", [("INVESTIGATE", "happened")]),
    # someone sought for questioning or as a witness is hunted; a buyer sought is business
    ("The skipper was sought for questioning by harbour police.", "sought", [("INVESTIGATE", "happened")]),
    # a prayer vigil mourns; a vigil outside parliament protests; attending it is taking part in it
    ("Hundreds attended a prayer vigil for the drowned crew on Saturday.", "vigil", [("HAPPENING", "happened")]),
    ("Hundreds attended a prayer vigil for the drowned crew on Saturday.", "attended", []),
    ("Fishermen held a vigil outside parliament against the quotas.", "vigil", [("PROTEST", "happened")]),
    # people rallying gather; stocks rallying rise
    ("Supporters of the skipper rallied outside the court on Monday.", "rallied", [("PROTEST", "happened")]),
])
def test_questioning_seeking_vigils_and_rallies_by_what_they_act_on(  # type: ignore[no-untyped-def]
        nlp, body: str, trigger: str, expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


def test_footage_aired_is_published_and_keeps_its_days_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Aired footage of the protest on Thursday": the airing is a publication on Thursday; the protest filmed
    keeps no day of it (hard negative: "aired their grievances" publishes nothing)."""
    events = _events(nlp, "Harbour television aired footage of the dockers' protest on Thursday.")
    readings = {e.trigger.text: (e.category, e.date.value if e.date else None) for e in events}
    assert readings["aired"] == ("PUBLISH", "2025-03-13")
    assert readings["protest"] == ("PROTEST", None)
    assert not [e for e in _events(nlp, "The dockers aired their grievances.") if e.trigger.text == "aired"]


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # plucked from the sea is rescued; plucked from a crowd is seized
    ("Coastguards plucked the skipper from the Atlantic late on Tuesday.", "plucked", [("RESCUE", "happened")]),
    # a town erupting in violence riots; a volcano erupting is a disaster
    ("The port town could erupt in violence if the quotas pass.", "erupt", [("PROTEST", "hypothetical")]),
    ("The volcano erupted on Tuesday.", "erupted", [("DISASTER", "happened")]),
    # a board authorising a buyback decides business; a subpoena orders testimony
    ("The ferry line's board authorized a buyback of its shares.", "authorized", [("BUSINESS", "happened")]),
    ("The inquiry subpoenaed the harbour master to testify in April.", "testify", [("INVESTIGATE", "demanded")]),
    ("The inquiry subpoenaed the harbour master to testify in April.", "subpoenaed", [("LEGAL", "happened")]),
    # what someone may try to do is possible; what they tried, attempted
    ("Activists may try to disrupt the regatta.", "disrupt", [("SANCTION", "hypothetical")]),
    ("Activists tried to disrupt the regatta.", "disrupt", [("SANCTION", "attempted")]),
])
def test_rescues_riots_buybacks_subpoenas_and_attempts(nlp, body: str,  # type: ignore[no-untyped-def]
                                                       trigger: str, expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # gunfire is an attack, artillery fire fighting, a house fire an accident
    ("Troops came under artillery fire near the border on Monday.", "fire", [("FIGHT", "happened")]),
    ("A fire destroyed the chandlery on Monday.", "fire", [("ACCIDENT", "happened")]),
    # a firm's operations are its business units
    ("Losses grew at the ferry line's freight operations.", "operations", []),
    # counts and rates declining are trends; a profit declining is a result; declining an offer rejects it
    ("The number of trawlers declined by a third over the decade.", "declined", []),
    ("Quarterly profit at the ferry line declined 12%.", "declined", [("BUSINESS", "happened")]),
])
def test_fire_operations_and_declines_by_context(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


def test_what_did_the_act_is_the_act(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Gunned down at the quay by sniper fire": one shooting, the fire its means (hard negative: "after the
    fire" keeps a fire of its own)."""
    events = _events(nlp, "Two deckhands were gunned down at the quay by sniper fire.")
    assert [e.trigger.text for e in events if e.category == "ASSAULT"] == ["gunned"]


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # an alliance formed or joined is co-operation; "the alliance" naming a bloc is no happening
    ("Greece joined the alliance in 1952.", "alliance", [("COOPERATE", "happened")]),
    ("The alliance admitted three new members.", "alliance", []),
    # a military intervention is force; a reward offered for information is the offer's content
    ("The bloc's military intervention in the region ended the war.", "intervention", [("FIGHT", "happened")]),
    ("Police offered an award of up to $2 million for information.", "award", []),
])
def test_alliances_interventions_and_rewards(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                            expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # directing someone to act is an order; directing a film or traffic is no political act
    ("In March, the governor directed the two agencies to review the permit rules.", [("DEMAND", "happened")]),
    ("She directed the documentary in 2010.", []),
    ("Stewards directed traffic around the square on Sunday.", []),
])
def test_directing_someone_to_act_is_an_order(nlp, body: str,  # type: ignore[no-untyped-def]
                                              expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, "directed") == expected


@pytest.mark.parametrize(("body", "expected"), [
    # forces falling back retreat; a government backing away from a pledge concedes; prices slipping is no event
    ("Rebel fighters retreated to the hills on Sunday.", [("RETREAT", "happened")]),
    ("The government retreated from its pledge to cut fuel taxes.", [("CONCEDE", "happened")]),
    ("Stocks retreated from record highs on Monday.", []),
])
def test_who_retreats_from_what(nlp, body: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, body, "retreated") == expected


@pytest.mark.parametrize(("body", "expected"), [
    # calling someone or something by a damning name is criticism, also as "a case of" a wrong; a neutral or kind
    # name is words reported, which the quote layer covers: no event
    ("On television the president called his rival a liar on Thursday.", ["DISAPPROVE"]),
    ("The minister called the curfew order reckless and dangerous.", ["DISAPPROVE"]),
    ("The watchdog has called the tender a clear case of cronyism.", ["DISAPPROVE"]),
    ("The mayor called the plan a bold step.", []),
    ("The founder called the new tablet the best device the firm has ever made.", []),
    ("The founder called podcasting “a garage band for the radio age”.", []),                # a name in quotes
    ("The mayor called the new parking plan “a disgrace and a fiasco” on Monday.", ["DISAPPROVE"]),
])
def test_a_damning_name_is_criticism(nlp, body: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [c for c, _ in _readings(nlp, body, "called")] == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # armed forces or warships on the move deploy; a minister or a rescue helicopter on the move does not
    ("Two aircraft carriers are headed to the gulf to protect the kingdom.", "headed", [("MOBILIZE", "happened")]),
    ("The minister headed to Paris on Monday.", "headed", [("CONSULT", "happened")]),
    ("Helicopters are flying over the valley today trying to locate people.", "flying", [("HAPPENING", "ongoing")]),
])
def test_forces_on_the_move_deploy(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                   expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "expected"), [
    # a call to 911 or the police is an emergency call, no consultation between parties
    ("A neighbour called 911 after he heard the crash.", "HAPPENING"),
    ("Residents called police after hearing shots on Friday.", "HAPPENING"),
    # hard negatives: a leader's call to a leader is contact; a damning name for a police chief is criticism
    ("The president called the prime minister on Friday to discuss the crisis.", "CONSULT"),
    ("The mayor called the police chief a liar.", "DISAPPROVE"),
])
def test_an_emergency_call_is_no_consultation(nlp, body: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert [c for c, _ in _readings(nlp, body, "called")] == [expected]


def test_dialling_the_emergency_number_is_the_same_call(nlp) -> None:  # type: ignore[no-untyped-def]
    assert [c for c, _ in _readings(nlp, "A shopkeeper dialled 911 after she heard the shots.", "dialled")] == [
        "HAPPENING"]
    # hard negative: dialling a number with no emergency and no day is nothing to list
    assert _readings(nlp, "She dialled the wrong number.", "dialled") == []


@pytest.mark.parametrize(("body", "expected"), [
    # "is expected to visit": others' forecast of the visit, which stays (planned); no act of expecting
    ("The envoy is also expected to visit the capital, a spokesman said.", [("visit", "CONSULT", "planned")]),
    # hard negative: a host that expects a visit states an intent (CAMEO)
    ("The ministry expects a visit by the envoy next week.",
     [("expects", "AGREE", "planned"), ("visit", "CONSULT", "planned")]),
])
def test_being_expected_to_act_is_no_act(nlp, body: str,  # type: ignore[no-untyped-def]
                                         expected: list[tuple[str, str, str]]) -> None:
    assert [(e.trigger.text, e.category, e.modality) for e in _events(nlp, body)] == expected


@pytest.mark.parametrize(("body", "expected"), [
    # overturning a rule, a policy or a veto is a change of policy, no seizure; a court's stays a ruling, and a car
    # overturned by protesters is their riot
    ("Scientists urged the agency to overturn the rule change.", [("HAPPENING", "demanded")]),
    ("The court overturned the ban on Monday.", [("LEGAL", "happened")]),
    ("Protesters overturned a police car on Monday.", [("PROTEST", "happened")]),
])
def test_overturning_a_rule_is_a_policy_change(nlp, body: str,  # type: ignore[no-untyped-def]
                                               expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, "overturn") + _readings(nlp, body, "overturned") == expected


@pytest.mark.parametrize(("body", "expected"), [
    # winning confirmation is an appointment, winning approval an agreement; winning a final a contest
    ("The nominee won Senate confirmation on Tuesday.", [("APPOINT", "happened")]),
    ("The port won approval for its new quay on Tuesday.", [("AGREE", "happened")]),
    ("The Gulls won the final on Tuesday.", [("CONTEST", "happened")]),
])
def test_what_is_won_decides_the_win(nlp, body: str,  # type: ignore[no-untyped-def]
                                     expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, "won") == expected


@pytest.mark.parametrize(("body", "expected"), [
    # an alliance told as a standing relationship or a side is no happening; forming one is
    ("Its decades-old alliance with Moscow shapes its foreign policy.", []),
    ("The robot scored two points for the three-team alliance with the Omani and Latvian sides.", []),
    ("The two parties formed an alliance with the Greens on Monday.", [("COOPERATE", "happened")]),
])
def test_an_alliance_named_is_no_happening(nlp, body: str,  # type: ignore[no-untyped-def]
                                           expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, "alliance") == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a firm compensating a customer is business; compensating people harmed is aid; neither is a complaint
    ("The airline says it will be compensated by the planemaker for the delay.", "compensated",
     [("BUSINESS", "planned")]),
    ("The state will compensate victims of the flood.", "compensate", [("AID", "planned")]),
    # steering or managing a firm is a role held; monitors overseeing a vote still act (the vote is the event)
    ("Ruiz will keep steering the group from the chair.", "steering", []),
    # a value or a price pushed up is a measure moved; pushing for a rise is a demand
    ("Upkeep may push the total value above 90 billion dollars.", "push", []),
    ("The union pushed for a pay rise.", "pushed", [("DEMAND", "happened")]),
    # a project plagued by problems is in trouble, no one's protest
    ("Strikes and parts shortages have plagued the bridge scheme.", "plagued", []),
])
def test_business_words_that_cameo_reads_as_politics(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                     expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a price charged to customers is business; a person charged is accused, also as the second of two passives
    ("The streaming firm is charging British customers more than buyers elsewhere.", "charging",
     [("BUSINESS", "ongoing")]),
    ("The senator was arrested and charged on Monday.", "charged", [("LEGAL", "happened")]),
    ("Police charged two teenagers with theft.", "charged", [("LEGAL", "happened")]),
    ("The battery was drained and charged twice.", "charged", []),                          # a thing charged
    # asking a court for a ruling is going to law; asking a minister to go is a demand
    ("The brewer asked the court to settle the naming row.", "asked", [("LEGAL", "happened")]),
    ("The union asked the minister to resign.", "asked", [("DEMAND", "happened")]),
])
def test_prices_charged_and_courts_asked(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                         expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # in a story of a court, "the case" is the suit; a showing in it is no protest
    ("The brewer lost its court case against the cider maker today. During the case its lawyers showed the court "
     "the two labels side by side, and the bottle opened during the demonstration was a dry cider.", "case",
     [("LEGAL", "happened")]),
    ("The brewer lost its court case against the cider maker today. During the case its lawyers showed the court "
     "the two labels side by side, and the bottle opened during the demonstration was a dry cider.",
     "demonstration", []),
    # hard negative: a demonstration staged by thousands is a protest
    ("Thousands staged a demonstration outside parliament on Monday.", "demonstration", [("PROTEST", "happened")]),
])
def test_a_case_in_a_court_story_and_a_showing(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                               expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger)[:1] == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # fleeing is a happening of the story; a memorial or funeral service is a ceremony held
    ("The gunman buried the rifle again and fled.", "fled", [("HAPPENING", "happened")]),
    ("About 300 people attended a memorial service for the nurse on Sunday.", "service", [("HAPPENING", "happened")]),
    ("The bus service was cut.", "service", []),                                               # a service run
    # what a relative pronoun stands for decides the sense: a pact signed is an agreement
    ("The pact which Ruritania signed in May expires next year.", "signed", [("AGREE", "happened")]),
])
def test_flight_ceremonies_and_relative_objects(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a coup is power seized by force; a coup for someone, or a deed that was a coup, is a success won
    ("Officers staged a coup on Monday.", "coup", [("COERCE", "happened")]),
    ("Winning the cup was a coup for the club.", "coup", []),
    ("Signing the striker was a real coup.", "coup", []),
])
def test_a_coup_seizes_power_unless_it_is_a_success(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                    expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # welcoming guests to an event is a greeting at it; a ruling welcomed was made (a talk welcomed is wished)
    ("Ruiz welcomed the guests to the gala on Monday.", "welcomed", []),
    ("The union welcomed the ruling on Monday.", "ruling", [("LEGAL", "happened")]),
    ("The union would welcome talks with the firm.", "talks", [("CONSULT", "hypothetical")]),
])
def test_what_is_welcomed(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                          expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a software glitch or a power outage is a fault; a work outage is a stoppage; how often they come is no event
    ("A software glitch grounded the jet on Monday.", "glitch", [("ACCIDENT", "happened")]),
    ("A power outage hit the city on Monday.", "outage", [("ACCIDENT", "happened")]),
    ("Wildcat work outages shut two mines last month.", "outages", [("PROTEST", "happened")]),
    ("Outages are common in the region.", "Outages", []),
    ("Such attacks are rare in the capital.", "attacks", []),
])
def test_faults_and_how_often_they_come(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                        expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a delay told as a noun is a happening, a controversy a public row; "without delay" tells how an act went
    ("The ferry firm will be paid for the fresh delay in delivery.", "delay", [("HAPPENING", "happened")]),
    ("The vote caused a controversy over the count.", "controversy", [("DISAPPROVE", "happened")]),
    ("The council acted without delay.", "delay", []),
])
def test_delays_and_controversies(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                  expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # "conduct" lends its clause to the noun after it: checks or a raid are the happening, counts none
    ("The guards should have conducted five head counts in the wing.", "conducted", []),
    ("Police conducted a raid on the warehouse on Monday.", "conducted", []),
    ("Police conducted a raid on the warehouse on Monday.", "raid", [("COERCE", "happened")]),
    # hard negative: conducting something with a partner is co-operation
    ("The navy conducted exercises with the French fleet on Monday.", "conducted", [("COOPERATE", "happened")]),
    # a thing compromised is harmed, a network broken into; parties who compromise concede
    ("Staff shortages compromised safety at the depot.", "compromised", []),
    ("Intruders compromised the servers of the port authority.", "compromised", [("CRIME", "happened")]),
    ("The two councils compromised on the budget.", "compromised", [("CONCEDE", "happened")]),
    # winning people over is persuasion, no contest or election
    ("Both parties are trying to win over voters in the suburbs.", "win", []),
    ("She won the seat in the harbour ward.", "won", [("ELECTION", "happened")]),
    # barbs traded are words of censure, blows traded a scuffle (the blows), fire traded a fight
    ("The two mayors traded barbs at the forum on Tuesday.", "traded", [("DISAPPROVE", "happened")]),
    ("Rival fans traded blows outside the ground on Saturday.", "traded", []),
    ("Troops traded fire with the rebels near the pass on Monday.", "traded", [("FIGHT", "happened")]),
    ("Troops traded fire with the rebels near the pass on Monday.", "fire", []),
    # "as alleged" is a hedge; an allegation made is an accusation
    ("As alleged, the clerks had a duty to check the ledgers.", "alleged", []),
    ("Prosecutors alleged that the clerks slept on duty.", "alleged", [("DISAPPROVE", "happened")]),
])
def test_light_verbs_harm_persuasion_and_hedges(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                               expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a person or a firm breaking rules, breaking in or hacking commits a crime; a state defying a law or hacking
    # its rival's networks stays CAMEO's defiance or cyber attack
    ("Regulators are checking whether the founder violated lending rules.", "violated", [("CRIME", "hypothetical")]),
    ("The junta violated the ban on flights over the border.", "violated", [("REJECT", "happened")]),
    ("Two students conspired to hack the college computers.", "hack", [("CRIME", "planned")]),  # a plot
    ("Thieves broke into the harbour museum on Sunday.", "broke", [("CRIME", "happened")]),
    ("The crowd broke into song at the final whistle.", "broke", []),
    # a firm rescued is a deal; people rescued are saved
    ("A Gulf fund agreed a rescue of the ailing airline in October.", "rescue", [("BUSINESS", "planned")]),
    ("Divers carried out the rescue of the trapped boys.", "rescue", [("RESCUE", "happened")]),
])
def test_breaches_break_ins_and_rescues_of_firms(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                 expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # police forcing a door use force on no one; a car driven into people is an assault
    ("Armed officers rammed the door of the motel room.", "rammed", [("COERCE", "happened")]),
    ("The driver rammed his van into the crowd.", "rammed", [("ASSAULT", "happened")]),
    # protesters blocking a site stage a blockade
    ("Protesters have tried to block the depot for five days.", "block", [("PROTEST", "attempted")]),
    # resolving to act is deciding; resolving a dispute settles it
    ("The council resolved to adjourn until next week.", "resolved", []),
])
def test_forced_entries_blockades_and_resolutions(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                  expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a danger judged is no threat made; a party's threat is
    ("The agency said the threat is serious.", "threat", []),
    ("The rebels' threat was serious.", "threat", [("THREATEN", "happened")]),
    # the completion of an inquiry is the inquiry's end, no launch; a building's completion is
    ("On completion of the audit, the board will decide.", "completion", []),
    ("The completion of the new ferry terminal was marked on Monday.", "completion", [("LAUNCH", "happened")]),
    # violence or unrest that breaks out is that happening; a fire that breaks out is told by its noun
    ("Violence broke out in the port city on Monday.", "broke", [("FIGHT", "happened")]),
    ("Unrest broke out in three towns on Monday.", "broke", [("PROTEST", "happened")]),
    ("A fire broke out at the warehouse on Monday.", "broke", []),
    # a noun the tagger reads as a past form is no happening of its own
    ("The body was found by a hotel maid on Monday.", "maid", []),
    ("The body was found by a hotel maid on Monday.", "found", [("DEATH", "happened")]),
])
def test_nouns_weighed_ended_or_mistagged(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                          expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a nominee announced, or a person chosen as the holder of a post, is an appointment
    ("The mayor announced her nominee for harbour master on Monday.", "announced", [("APPOINT", "happened")]),
    ("In 2002 he was picked as head of the pilots' guild.", "picked", [("APPOINT", "happened")]),
    # hard negatives: results announced are words; a ship given a name takes no post (a dated happening)
    ("The ferry line announced its results on Monday.", "announced", [("STATEMENT", "happened")]),
    ("The tug was named Osprey in 2002.", "named", [("HAPPENING", "happened")]),
])
def test_a_person_put_in_a_post(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # pretending to do a thing is not doing it; doing it is
    ("The skipper was pretending to check into the clinic.", "check", [("HAPPENING", "blocked")]),
    ("The skipper checked into the clinic on Monday.", "checked", [("HAPPENING", "happened")]),
    # people taken or held hostage are seized; time taken to finish a job is none
    ("The inmate took two guards hostage on Monday.", "took", [("ASSAULT", "happened")]),
    ("Gunmen held 20 passengers hostage on the ferry.", "held", [("ASSAULT", "happened")]),
    ("The yard took two years to finish the ferry.", "took", []),
    # a player's line is no happening of its own; a voyage told with its day is
    ("The quarterback threw for 312 yards in the win on Sunday.", "threw", []),
    ("The striker connected on 1 of 13 shots on Sunday.", "connected", []),
    ("The ferry sailed for 200 miles on Sunday.", "sailed", [("HAPPENING", "happened")]),
])
def test_pretences_hostages_and_stat_lines(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                           expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # "towards" the end of a stretch is a moment, no aim; working towards a deal aims at it
    ("The keeper was hurt towards the end of the match on Monday.", "match", [("CONTEST", "happened")]),
    ("The unions worked towards a deal on Monday.", "deal", [("AGREE", "hypothetical")]),
    # "it is safe to say" comments, it plans nothing; "is to open" does
    ("After the ferry sank on Monday, it is safe to say the line is finished.", "sank", [("ACCIDENT", "happened")]),
    ("The new terminal is to open on Friday.", "open", [("LAUNCH", "planned")]),
])
def test_moments_and_comments_are_no_aims_or_plans(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                   expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # gathering for an occasion is the occasion; joining a board is a post taken
    ("Hundreds joined together for a vigil at the quay on Monday night.", "joined", []),
    ("Hundreds joined together for a vigil at the quay on Monday night.", "vigil", [("PROTEST", "happened")]),
    ("The skipper joined the harbour board in May.", "joined", [("APPOINT", "happened")]),
    # an emergency call is no demand
    ("The harbour's fire brigade got a fire call just after 2 a.m. on Monday.", "call", []),
])
def test_gatherings_and_emergency_calls(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                        expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a past progressive tied to a moment the story tells is over; one said of now goes on
    ("Police said the gunman was firing at rivals when the ferry docked on Saturday.", "firing",
     [("ASSAULT", "happened")]),
    ("The ferry line said it was negotiating a sale of the route.", "negotiating", [("CONSULT", "ongoing")]),
    # the reporter's words are not the act's: "police" who tell of a man holding a toy are not police holding
    ("A witness told police he thought the man was holding a toy.", "holding", []),
    ("Police are holding the man at the harbour station.", "holding", [("COERCE", "ongoing")]),
])
def test_reported_clauses_keep_their_own_words(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                               expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a letter sent to ask is the asking, a demand; what it asks to rescind is a policy change, demanded
    ("Two hundred pilots sent a letter to the minister on Monday asking him to rescind the new rules.", "sent", []),
    ("Two hundred pilots sent a letter to the minister on Monday asking him to rescind the new rules.", "rescind",
     [("HAPPENING", "demanded")]),
    # hard negative: a letter of thanks asks nothing, and its sending keeps its day
    ("The club sent a letter of thanks to the harbour pilots on Monday.", "sent", [("HAPPENING", "happened")]),
])
def test_a_letter_that_asks_is_the_asking(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                          expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # breaking out of a jail is an escape, no blow; breaking out of a slump is no happening
    ("Two inmates broke out of the county jail on Monday.", "broke", [("HAPPENING", "happened")]),
    ("The harbour team broke out of its slump on Monday.", "broke", []),
])
def test_breaking_out_of_a_place_or_a_slump(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                            expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a craft retired, told in the passive, is taken out of service as when a fleet's owner retires it
    ("The old harbour ferry was retired in 2003.", "retired", [("BUSINESS", "happened")]),
    ("The ferry line will retire its last two ferries in May.", "retire", [("BUSINESS", "planned")]),
    # hard negative: a person retired is no craft out of service
    ("The harbour master was retired from the service in 2003.", "retired", [("HAPPENING", "happened")]),
])
def test_a_craft_retired_is_out_of_service(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                           expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected

"""A happening told with a second verb under it keeps its own reading: "won a contract to supply ships" is one
business event, and the supplying still to come does not make the winning a plan. A later noun for an act already
told ("his resignation", "the deal") is that act, not a second one; a contract for goods is business, a change of
office is an appointment. Sentences written for these tests, each class with a hard negative."""

from __future__ import annotations

import pytest

from dateline.model import Event

from ..conftest import events_of


def _events(nlp, body: str) -> list[Event]:  # type: ignore[no-untyped-def]
    return events_of(nlp, "date 2025-03-12\n\nGDANSK, Poland — " + body)


def _readings(nlp, body: str, trigger: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(e.category, e.modality) for e in _events(nlp, body) if e.trigger.text == trigger]


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("Baltwerk Holding, the owner of the Vistula yard, has won a contract to supply engines to Nordic Air.",
     "won", [("BUSINESS", "happened")]),
    ("Baltwerk Holding signed a deal to buy four ferries from a Finnish yard.", "signed", [("BUSINESS", "happened")]),
    # hard negative: a plan told first stays a plan when the same act is told again under it
    ("Baltwerk Holding will buy four ferries, a purchase to be paid in cash.", "buy", [("BUSINESS", "planned")]),
])
def test_a_governed_verb_leaves_the_governor_its_reading(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                       expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


def _triggers(nlp, body: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.trigger.text for e in _events(nlp, body)]


@pytest.mark.parametrize(("body", "expected"), [
    ("The harbour master resigned on Monday. His resignation left the port without a head.", ["resigned"]),
    ("The capsule landed in the sea on Friday. Crews watched the landing from a ship.", ["landed"]),
    ("Gunmen robbed a bank in May. The robbery shocked the town.", ["robbed"]),
    ("Two carmakers merged in 2010. The merger created a giant.", ["merged"]),
    ("Baltwerk Holding agreed to buy forty trams from Skoda. The deal is worth 90 million euros.", ["agreed", "buy"]),
    ("Baltwerk Holding agreed to buy forty trams in a deal worth 90 million euros.", ["agreed", "buy"]),
    ("The longtime chief executive of Baltwerk Holding Ewa Nowak has died at 71. The board mourned Nowak's death.",
     ["died"]),
])
def test_a_noun_for_an_act_already_told_is_that_act(nlp, body: str,  # type: ignore[no-untyped-def]
                                                   expected: list[str]) -> None:
    assert _triggers(nlp, body) == expected, body


@pytest.mark.parametrize(("body", "later"), [
    # another one of the kind, one of another day, another party's
    ("The harbour master resigned on Monday. A resignation by his deputy followed a week later.", "resignation"),
    ("The capsule landed in the sea on Friday. A second landing is planned for May.", "landing"),
    ("The harbour master resigned in May. Last year's resignation of the pilot chief was quieter.", "resignation"),
    ("Baltwerk Holding agreed to buy forty trams. Separately, Skoda's deal with Latvia fell through.", "deal"),
])
def test_another_act_of_the_kind_stays_its_own(nlp, body: str, later: str) -> None:  # type: ignore[no-untyped-def]
    assert later in _triggers(nlp, body), body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("Nordic Air signed a 2 billion euro contract with Airbus.", "signed", "BUSINESS"),
    ("The ferry line inked a contract for six ships.", "inked", "BUSINESS"),
    ("The union signed a deal to end the strike.", "signed", "AGREE"),                    # no goods, no price
    ("The two governments signed a treaty on fishing rights.", "signed", "AGREE"),
    ("The Hawks offered the guard an eight-year contract worth $160 million.", "offered", "BUSINESS"),  # a player's pay
    ("The two countries signed a ten-year treaty.", "signed", "AGREE"),                          # a term, but a treaty
    ("The harbour master stepped down on Monday.", "stepped", "APPOINT"),
    ("She reassumed the role of chief executive in 2019.", "reassumed", "APPOINT"),
    ("The minister quit his post on Friday.", "quit", "APPOINT"),
])
def test_contracts_for_goods_and_changes_of_office(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                   expected: str) -> None:
    assert [e.category for e in _events(nlp, body) if e.trigger.text == trigger] == [expected], body


@pytest.mark.parametrize("body", ["The two sides resumed talks on Friday.", "He assumed the risk of the loan."])
def test_resuming_or_assuming_no_post_is_no_change_of_office(nlp, body: str) -> None:  # type: ignore[no-untyped-def]
    assert "APPOINT" not in [e.category for e in _events(nlp, body)], body


def test_one_shooting_told_twice_on_one_day_is_one_event(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Police shot Tom Vance, 17, on Saturday in the harbour district. Tom Vance was shot and "
                          "killed on Saturday night after a chase.")
    shootings = [e for e in events if e.trigger.text == "shot"]
    assert len(shootings) == 1 and shootings[0].target is not None and "Vance" in shootings[0].target.name
    other_day = _events(nlp, "Police shot Tom Vance on Saturday. Police shot Ann Vance on Monday.")
    assert len([e for e in other_day if e.trigger.text == "shot"]) == 2  # hard negative: another day, another victim


def test_a_shared_passive_makes_the_subject_the_one_acted_on(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The courier was robbed and killed near the docks.")
    killed = [e for e in events if e.trigger.text == "killed"]
    assert [(e.source, e.target.name if e.target else None) for e in killed] == [(None, "courier")]


def test_a_study_and_its_publication_are_one_happening(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "A new study of river trout has found mercury in half of them. The results of the Baltic "
                          "Trout Study, published in a fisheries journal this week, alarmed anglers.")
    published = [e for e in events if e.category == "PUBLISH"]
    assert len(published) == 1 and published[0].date is not None and published[0].date.value.startswith("2025-W")
    two = _events(nlp, "A study of trout was published in May. A study of salmon was published in June.")
    assert len([e for e in two if e.category == "PUBLISH"]) == 2  # hard negative: two studies, two months


def test_an_occasion_named_by_its_day_is_the_one_just_told(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Ahead of the debate" … "at Wednesday's debate": one debate, dated by the later mention; "the 2016
    election" … "Tuesday's election" are two (hard negative)."""
    events = _events(nlp, "Six contenders will meet in the debate. Pundits wonder who will shine in Wednesday's "
                          "debate.")
    debates = [e for e in events if e.trigger.text == "debate"]
    assert len(debates) == 1 and debates[0].date is not None and debates[0].date.value == "2025-03-12"
    events = _events(nlp, "The 2016 election was close. Tuesday's election will be closer.")
    assert [e.date.value if e.date else None for e in events if e.trigger.text == "election"] == ["2016",
                                                                                                  "2025-03-18"]


@pytest.mark.parametrize(("body", "trigger", "count"), [
    # "the protests" with nothing of its own after protests were told are those protests
    ("Harbour protests grew on Monday. The protests have closed the ferry terminal.", "protests", 1),
    # hard negatives: two times that cannot be one, or a phrase of its own, make another
    ("The 2016 election was close. The election in 2020 was closer.", "election", 2),
    ("Protests erupted in May. Police said the protests in June were larger.", "protests", 1),
])
def test_a_bare_definite_noun_names_the_ones_told(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                   count: int) -> None:
    assert len([e for e in _events(nlp, body) if e.trigger.text == trigger]) == count


def test_protests_exploding_is_no_blast(nlp) -> None:  # type: ignore[no-untyped-def]
    """Protests or anger "exploding" grow; a cylinder exploding is an accident (hard negative)."""
    assert not any(e.category in ("ASSAULT", "ACCIDENT") for e in _events(nlp, "Harbour protests exploded on Monday."))
    assert any(e.category == "ACCIDENT" for e in _events(nlp, "A gas cylinder exploded in a kitchen on Monday."))


def test_the_incident_is_the_storys_incident(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "The incident" names the happening the story opens with, not the act told just before it; "another
    incident" is a new one (hard negative)."""
    events = _events(nlp, "Police detained a teenager at the harbour on Monday over a drone he flew.\n\nHis aunt "
                          "said she would move the family to Gdynia. A neighbour read about the incident and wrote to "
                          "the council.")
    assert [e.trigger.text for e in events if e.trigger.text == "incident"] == []
    (detained,) = [e for e in events if e.trigger.text == "detained"]
    assert any("incident" in v.span.text for v in detained.evidence)
    events = _events(nlp, "Police detained a teenager at the harbour on Monday. Another incident followed in May.")
    assert [e.trigger.text for e in events if e.trigger.text == "incident"] == ["incident"]


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    ("Broker Ola Wik predicts that Baltwerk Holding will sell its Gdynia yard next year.", "sell", "hypothetical"),
    ("Economists forecast that the central bank will cut rates in June.", "cut", "hypothetical"),
    ("Hopefully the two ports will hold talks next week.", "talks", "hypothetical"),
    # hard negatives: a firm's own expectation of its act, and a plan told by a spokesman, are plans
    ("Baltwerk Holding expects it will sell its Gdynia yard next year.", "sell", "planned"),
    ("A spokesman said the two ports will hold talks next week.", "talks", "planned"),
])
def test_a_forecast_of_another_is_a_possibility(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                modality: str) -> None:
    """What an analyst predicts a firm will do, or what the writer hopes for, may not happen: hypothetical, not a
    plan."""
    assert [m for _, m in _readings(nlp, body, trigger)] == [modality], body


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    ("In 2019 the heirs unsuccessfully tried to buy the mill and set up a charity there.", "set", "attempted"),
    ("The club tried to block the transfer and force a fresh vote.", "vote", "attempted"),
    # hard negative: a second act with its own subject is told as done
    ("The club tried to block the transfer, and the league fined it on Monday.", "fined", "happened"),
])
def test_both_acts_under_a_try_are_attempts(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                            modality: str) -> None:
    assert [m for _, m in _readings(nlp, body, trigger)] == [modality], body


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    ("The founder would later sell the yard to a Danish group.", "sell", "happened"),
    ("The founder would eventually sell the yard in 1998.", "sell", "happened"),
    # hard negatives: a condition, and a plan reported
    ("The founder would later sell the yard if the bank agreed.", "sell", "hypothetical"),
    ("The founder said he would later sell the yard.", "sell", "planned"),
])
def test_would_later_in_a_past_story_is_what_came_next(nlp, body: str,  # type: ignore[no-untyped-def]
                                                       trigger: str, modality: str) -> None:
    """ "Would later", "would eventually" in a story told in the past is the future seen from then: it happened."""
    assert [m for _, m in _readings(nlp, body, trigger)] == [modality], body


@pytest.mark.parametrize(("body", "trigger", "found"), [
    ("When the governor toured the docks, he would meet the crane drivers.", "meet", False),
    ("When the governor toured the docks, he would meet the crane drivers.", "toured", False),
    ("Whenever reporters asked, the minister would deny the rumours.", "deny", False),
    ("The minister would often attack his critics in his speeches.", "attack", False),
    # hard negatives: one refusal on a day, and a later fact
    ("When the governor toured the docks on Monday, he would not comment.", "toured", True),
    ("The governor would later meet the crane drivers in Gdynia.", "meet", True),
])
def test_a_past_habit_told_with_would_is_no_happening(nlp, body: str,  # type: ignore[no-untyped-def]
                                                      trigger: str, found: bool) -> None:
    assert bool(_readings(nlp, body, trigger)) is found, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("The shipyard aims to double its output by 2027.", "aims", []),
    ("Its sales rose 5 percent in the quarter.", "sales", []),
    ("Baltwerk's annual sales topped $2 billion.", "sales", []),
    ("The doctors caught the illness early.", "caught", []),
    # hard negatives: a sale of a thing, and a suspect caught
    ("The sale of the Gdynia yard was completed on Monday.", "sale", [("BUSINESS", "happened")]),
    ("Police caught the suspect near the port.", "caught", [("COERCE", "happened")]),
])
def test_aims_measures_and_illnesses_caught_are_no_happenings(nlp, body: str,  # type: ignore[no-untyped-def]
                                                              trigger: str, expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


def test_what_one_looks_forward_to_is_hoped_for(nlp) -> None:  # type: ignore[no-untyped-def]
    assert [m for _, m in _readings(nlp, "The two ports look forward to closer cooperation next year.",
                                    "cooperation")] == ["hypothetical"]
    # hard negative: looking at talks says nothing of them
    assert [m for _, m in _readings(nlp, "The union looked at the talks.", "talks")] == ["happened"]


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    ("The port talks ended on Monday without a deal.", "deal", "blocked"),
    ("The two ports ended their talks with a deal on Monday.", "deal", "happened"),  # hard negative
])
def test_what_a_clause_ends_without_did_not_happen(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                   modality: str) -> None:
    assert [m for _, m in _readings(nlp, body, trigger)] == [modality], body


def test_an_occasion_beginning_and_ending_is_one_happening(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Deliveries will begin in 2026 and end in 2028": the deliveries' span, told once (hard negative: a ferry
    that docked and unloaded did two things)."""
    events = _events(nlp, "Deliveries of the ferries will begin in 2026 and end in 2028.")
    assert [e.trigger.text for e in events] == ["Deliveries"], [e.trigger.text for e in events]
    events = _events(nlp, "The ferry docked at Gdynia on Monday and unloaded its cargo.")
    assert {e.trigger.text for e in events} == {"docked", "unloaded"}


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    ("It has been reported that Baltwerk Holding sold its Gdynia yard.", "sold", "reported"),
    ("It is believed that the two ports signed a secret deal.", "signed", "reported"),
    ("Baltwerk Holding would like to thank the port workers.", "thank", "happened"),
    # hard negatives: a firm's own report of its sale, a wish to act
    ("Baltwerk Holding reported that it sold its Gdynia yard.", "sold", "happened"),
    ("Baltwerk Holding would like to sell its Gdynia yard.", "sell", "hypothetical"),
])
def test_hearsay_with_it_and_thanks_given_politely(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                   modality: str) -> None:
    assert [m for _, m in _readings(nlp, body, trigger)] == [modality], body


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    ("Vistrel Logistics plans to cut 300 jobs, closing two depots near the river.", "closing", "planned"),
    ("The bus driver is accused of robbing the passengers, taking them on a trip to the border in 2021.", "trip",
     "reported"),
    # hard negatives: a participle after a negated act, or set against it, is what was done instead; what a
    # participle acts on keeps its own reading
    ("Vistrel Logistics did not raise its fares, choosing to close two depots.", "close", "happened"),
    ("The mayor is expected to sign the harbour bill, ending a long dispute.", "dispute", "happened"),
    ("Vistrel Logistics cut 300 jobs on Monday, closing two depots near the river.", "closing", "happened"),
])
def test_a_trailing_participle_shares_the_frame_of_the_act_it_spells_out(  # type: ignore[no-untyped-def]
        nlp, body: str, trigger: str, modality: str) -> None:
    assert [e.modality for e in _events(nlp, body) if e.trigger.text == trigger] == [modality], body


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    ("The current investigation will take months.", "investigation", "ongoing"),
    # hard negative: with nothing saying it goes on, what will take months is still to come
    ("The investigation will take months.", "investigation", "planned"),
])
def test_a_happening_said_to_go_on_goes_on_whatever_comes(nlp, body: str,  # type: ignore[no-untyped-def]
                                                          trigger: str, modality: str) -> None:
    assert [e.modality for e in _events(nlp, body) if e.trigger.text == trigger] == [modality], body


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    ("The failed coup in 2016 led to mass arrests.", "coup", "attempted"),
    ("The governor's failed bid for the Senate ended in 2020.", "bid", "attempted"),
    # hard negative: a failed merger never took place
    ("The failed merger cost the bank millions.", "merger", "blocked"),
])
def test_a_failed_attempt_was_attempted(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                        modality: str) -> None:
    assert [e.modality for e in _events(nlp, body) if e.trigger.text == trigger] == [modality], body


def test_the_tragedy_is_the_storys_incident(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "The tragedy" points back at the story's incident like "the incident" (hard negative: a tragedy named
    with a phrase of its own in a sentence of ideas is no happening of the story)."""
    events = _events(nlp, "A ferry capsized off Gdynia on Monday, killing nine people.\n\nThe port closed its "
                          "north quay for a week after the tragedy.")
    assert [e.trigger.text for e in events if e.trigger.text == "tragedy"] == []
    events = _events(nlp, "The tragedy of the commons is a theory of shared goods.")
    assert [e.trigger.text for e in events] == []


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    ("A bomb exploded in the port on the eve of renewed peace talks.", "talks", "planned"),
    ("On the eve of the election, the president spoke on television.", "election", "planned"),
    # hard negative: a happening told after another keeps its own reading
    ("After the election, the president spoke on television.", "election", "happened"),
])
def test_what_a_day_is_the_eve_of_is_still_to_come(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                   modality: str) -> None:
    assert [e.modality for e in _events(nlp, body) if e.trigger.text == trigger] == [modality], body


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    ("The board decided against selling the Gdynia yard.", "selling", "blocked"),
    ("The two men are prohibited from attacking the rival gang.", "attacking", "blocked"),
    # hard negative: what a board decides to do is planned
    ("The board decided to sell the Gdynia yard.", "sell", "planned"),
])
def test_deciding_against_and_prohibitions_block(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                 modality: str) -> None:
    assert [e.modality for e in _events(nlp, body) if e.trigger.text == trigger] == [modality], body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # what a reward is for: each act of it, the second joined by "and"
    ("Police offered a reward for any tip leading to the capture and conviction of the arsonist.", "conviction",
     [("LEGAL", "hypothetical")]),
    ("The arsonist's conviction in May ended a long case.", "conviction", [("LEGAL", "happened")]),
    # a course among those open to a firm may or may not be taken
    ("Baltwerk hired advisers to study alternatives, including a sale of its ferry unit.", "sale",
     [("BUSINESS", "hypothetical")]),
    ("Baltwerk's options include a merger with a Finnish yard.", "merger", [("BUSINESS", "hypothetical")]),
    ("A board memo set out options for selling the ferry unit.", "selling", [("BUSINESS", "hypothetical")]),
    ("Baltwerk completed the sale of its ferry unit, one of several options.", "sale", [("BUSINESS", "happened")]),
    # asked of others: exhorted, implored, invited to act
    ("The council exhorted residents to keep up the boycott of the ferry line.", "boycott",
     [("REJECT", "demanded")]),
    ("The mayor invited residents to welcome the trawler crews home on Sunday.", "welcome",
     [("SUPPORT", "demanded")]),
    ("The mayor welcomed the trawler crews home on Sunday.", "welcomed", [("SUPPORT", "happened")]),
])
def test_what_is_offered_for_open_or_asked_of_others(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                      expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("The skipper remains the subject of a manhunt.", "manhunt", [("INVESTIGATE", "ongoing")]),
    ("The shipping firm is the focus of an inquiry by port regulators.", "inquiry", [("INVESTIGATE", "ongoing")]),
    ("The shipping firm was the subject of an inquiry in 2019.", "inquiry", [("INVESTIGATE", "happened")]),
])
def test_the_subject_of_a_hunt_is_hunted_still(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                               expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


def test_an_act_of_violence_named_again_in_another_word_is_one(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Gunmen attacked the consulate" … "the bombings" … "the attack on the consulate": one attack; one told
    apart by its own place ("the attack in Lahore" after a bomb in Lahore) joins that one, and "another attack"
    is new (hard negatives)."""
    events = _events(nlp, "Gunmen attacked the consulate in Kabul on Friday. Police said the bombings were carried "
                          "out by a local cell. The attack on the consulate was the third this year. In Lahore, a "
                          "bomb exploded outside a mosque on Saturday. The attack in Lahore killed four people. "
                          "Another attack hit a market on Sunday.")
    attacks = [(e.trigger.text, e.date.value if e.date else None) for e in events if e.category == "ASSAULT"]
    assert attacks == [("attacked", "2025-03-07"), ("exploded", "2025-03-08"), ("attack", "2025-03-09")]


def test_a_killing_named_again_as_murder_is_one(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "A shooting death" … "the murder": one killing told as a death and as an assault; "last year's murder"
    is another (hard negative)."""
    events = _events(nlp, "Police questioned a neighbour about the shooting death of a ferry captain. The murder "
                          "shocked the harbour.")
    assert [e.trigger.text for e in events if e.category in ("ASSAULT", "DEATH")] == ["death"]
    events = _events(nlp, "Police questioned a neighbour about the shooting death of a ferry captain. Last year's "
                          "murder of a trawler skipper was never solved.")
    assert [e.trigger.text for e in events if e.category in ("ASSAULT", "DEATH")] == ["death", "murder"]


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a negated act in an "if" clause is a condition, not a refusal
    ("The navy will blockade the port if the junta does not back down.", "back", [("CONCEDE", "hypothetical")]),
    ("The junta did not back down.", "back", [("CONCEDE", "blocked")]),
    # a present tense in a time clause under a clause still to come tells the future
    ("Warsaw wants the envoys to wait until Rutte visits Minsk.", "visits", [("CONSULT", "hypothetical")]),
    ("The envoys waited until Rutte visited Minsk.", "visited", [("CONSULT", "happened")]),
    # a warning or a call the parse hangs its phrase on the verb of: what is warned against or called for
    ("Moscow issued stern warnings against a military strike.", "strike", [("FIGHT", "hypothetical")]),
    ("Moscow issued stern warnings against a military strike.", "warnings", [("THREATEN", "happened")]),
    ("The dockers' union issued a call on Monday for a general strike.", "strike", [("PROTEST", "demanded")]),
    ("The weather office issued a flood warning on Sunday.", "warning", [("PUBLISH", "happened")]),
])
def test_conditions_time_clauses_and_warnings(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                              expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a journey planned or promised to a place is a happening of the story, dated by its own time
    ("The delegation planned to leave Madrid on Thursday.", "leave", [("HAPPENING", "planned")]),
    ("The envoy promised to return to Kaunas in May.", "return", [("HAPPENING", "planned")]),
    # hard negative: leaving a post is no journey but a change of post
    ("The chairman plans to leave the board next year.", "leave", [("APPOINT", "planned")]),
])
def test_a_journey_planned_to_a_place(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                      expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # an act in doubt is possible, not known
    ("The deckhand was probably killed soon after his capture.", "killed", [("ASSAULT", "hypothetical")]),
    ("The deckhand was killed soon after his capture.", "killed", [("ASSAULT", "happened")]),
    # what a law or a regulator requires is asked of someone
    ("The new law requires the bank to sell its insurance arm within five years.", "sell",
     [("BUSINESS", "demanded")]),
    ("The bank sold its insurance arm in May.", "sold", [("BUSINESS", "happened")]),
])
def test_hedged_acts_and_required_ones(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                       expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected


def test_a_named_march_is_no_month(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Joined the March for Peace": a name, not March (hard negative: "closed in March of 2024")."""
    events = _events(nlp, "Thousands joined the March for Peace in Gdynia. The shipyard closed in March of 2024.")
    dates = {e.trigger.text: e.date.value if e.date else None for e in events}
    assert all(value != "2025-03" and value != "2024-03" for trigger, value in dates.items() if trigger != "closed")
    assert dates["closed"] == "2024-03"


def test_a_past_requirement_was_met(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Getting a visa required the crew to travel to Warsaw": they travelled; a law that requires a sale asks
    for it (the hard negative above)."""
    events = _events(nlp, "The rules required the bank to sell its insurance arm in 2023.")
    assert [(e.category, e.modality) for e in events if e.trigger.text == "sell"] == [("BUSINESS", "happened")]


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    # leave to act, to come or standing, is no act yet: the permitted act is possible
    ("Under the settlement the firm will be allowed to bid for new contracts.", "bid", "hypothetical"),
    # hard negative: what a firm plans to bid for is planned
    ("The firm will bid for new contracts.", "bid", "planned"),
])
def test_leave_to_act_is_no_act_yet(nlp, body: str, trigger: str, modality: str) -> None:  # type: ignore[no-untyped-def]
    assert [m for _, m in _readings(nlp, body, trigger)] == [modality]


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    # "any" names no particular happening: possible, or none at all under a plain negation
    ("Officials must not tolerate any delays by the lawyers.", "delays", "hypothetical"),
    ("If any attacks occur, the army will respond.", "attacks", "hypothetical"),
    # under a doer denied to all ("neither", "nobody"), none took place
    ("Neither ferry firm made any statement on Tuesday.", "statement", "blocked"),
    # hard negative: one happening told
    ("The delays by the lawyers angered the judge.", "delays", "happened"),
])
def test_any_names_no_particular_happening(nlp, body: str, trigger: str, modality: str) -> None:  # type: ignore[no-untyped-def]
    assert [m for _, m in _readings(nlp, body, trigger)] == [modality]


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    # "there were not any X in the crash" denies the X, not the crash it is in
    ("There were not any injuries in the crash.", "crash", "happened"),
    # hard negative: what the negated "there was" names is denied
    ("There was not a single arrest on Monday.", "arrest", "blocked"),
])
def test_a_denied_existence_denies_only_what_it_names(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                      modality: str) -> None:
    assert [m for _, m in _readings(nlp, body, trigger)] == [modality]


@pytest.mark.parametrize(("body", "expected"), [
    # the subject of "is expected/forecast/likely to be lifted" is what is lifted: the measure eased, ahead
    ("The night curfew in the port district is expected to be lifted next week.", [("CONCEDE", "planned", "curfew")]),
    ("Poland's ban on Danish poultry is forecast to be lifted in 2026, the ministry said.",
     [("CONCEDE", "planned", "ban")]),
    # someone unnamed will allow it: still a concession to the subject
    ("The shipyard's two yards will be allowed to tender again for navy contracts.", [("CONCEDE", "planned", "")]),
    # hard negative: the subject of an active infinitive does the act, and nothing is lifted
    ("The night curfew in the port district is expected to last another week.", []),
])
def test_a_raised_subject_undergoes_the_passive_below(nlp, body: str,  # type: ignore[no-untyped-def]
                                                      expected: list[tuple[str, str, str]]) -> None:
    found = [(e.category, e.modality, next((w for w in ("curfew", "ban") if e.target and w in e.target.name), ""))
             for e in _events(nlp, body) if e.trigger.text in ("lifted", "last", "allowed")]
    assert found == expected, body


def test_a_noun_refers_to_the_happening_of_its_own_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The cellist was awarded a scholarship to a Warsaw conservatory. She has played since she "
                          "was six. In 2019 she received the top mark at the Baltic Youth Festival and was the "
                          "youngest winner of the award.")
    found = [(e.trigger.text, e.category, e.date.value if e.date else None) for e in events]
    assert ("awarded", "CONTEST", None) in found and ("received", "CONTEST", "2019") in found, found
    # hard negative: with no other such happening in its sentence, the noun still refers back
    events = _events(nlp, "The harbour master resigned on Monday. Union leaders said his resignation came too late.")
    assert [e.trigger.text for e in events if e.category == "APPOINT"] == ["resigned"]


def _article(nlp, text: str) -> list[Event]:  # type: ignore[no-untyped-def]
    return events_of(nlp, "date 2025-03-12\n\n" + text)


def test_the_lead_tells_the_headline_happening_again(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _article(nlp, "Okafor lashes out at port board over fees\n\nGDANSK, Poland — Dock union chief Ada Okafor "
                           "blasted the port board's new fees on Monday, calling them a tax on work.")
    found = [(e.trigger.text, e.category, e.date.value if e.date else None) for e in events
             if e.category == "DISAPPROVE"]
    assert found == [("lashes", "DISAPPROVE", "2025-03-10")], found
    # hard negative: a lead happening of another kind stays its own
    events = _article(nlp, "Okafor lashes out at port board over fees\n\nGDANSK, Poland — The port board raised its "
                           "fees on Monday after a vote.")
    assert "raised" not in [t for e in events if e.category == "DISAPPROVE" for t in (e.trigger.text,)]


def test_the_deal_signed_later_dates_the_deal_just_told(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _article(nlp, "Baltwerk buys stake in Vistula Mills\n\nBaltwerk Holding has acquired 51 percent of "
                           "Vistula Mills, a maker of animal feed, the company said. The purchase was completed on "
                           "March 3, 2025.")
    assert [(e.trigger.text, e.category, e.date.value if e.date else None) for e in events] == [
        ("buys", "BUSINESS", "2025-03-03")]
    # hard negative: "a deal" signed is a new one
    events = _article(nlp, "Baltwerk buys stake in Vistula Mills\n\nBaltwerk Holding has acquired 51 percent of "
                           "Vistula Mills, the company said. Vistula Mills signed a supply deal with a Danish "
                           "farm group on March 3, 2025.")
    assert ("buys", None) in [(e.trigger.text, e.date.value if e.date else None) for e in events]


def test_a_noun_naming_the_act_again_takes_no_day_from_the_sentence_before(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _article(nlp, "GDANSK, Poland — The two navies exchanged fire near the strait yesterday. The patrols "
                           "had begun on March 2 and would go on, officials said. After the exchange of fire, the "
                           "ministry recalled its envoy.")
    fights = [(e.trigger.text, e.date.value if e.date else None) for e in events if e.category == "FIGHT"]
    assert fights == [("exchanged", "2025-03-11")], fights


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # "that A and that B": both complements of one verb of report or denial
    ("It was reported that a crane collapsed and that two dockers drowned.", "drowned", [("DEATH", "reported")]),
    ("Officials denied that a crane had collapsed and that two dockers had drowned.", "drowned",
     [("DEATH", "denied")]),
    # hard negative: a second clause of the writer's own, without "that", is told as fact
    ("It was reported that a crane collapsed, and two dockers drowned on Monday.", "drowned",
     [("DEATH", "happened")]),
])
def test_a_second_that_clause_has_the_first_ones_governor(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                           expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a past act with its aim told before an "if": the condition is the aim's, the act happened
    ("Troops were deployed to disperse the crowd if the march turned violent.", "deployed",
     [("MOBILIZE", "happened")]),
    ("The owners hired guards to protect the yard if the strikers tried to enter it.", "protect",
     [("AID", "hypothetical")]),
    # hard negative: with no aim between, the condition governs the act itself
    ("The navy will blockade the port if the strikers do not leave.", "blockade", [("COERCE", "hypothetical")]),
])
def test_a_condition_after_an_aim_is_the_aims(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                              expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a report still going on leaves what it tells done; a deal drawing closer is not made
    ("The radio station is reporting that Baltwerk Holding offered the union a new contract.", "offered", "happened"),
    ("A ceasefire deal was getting closer, mediators said.", "deal", "hypothetical"),
    # hard negatives: a talk going on is ongoing; a deal signed is made
    ("The yard is negotiating a new contract with the union.", "negotiating", "ongoing"),
    ("A ceasefire deal was signed, mediators said.", "signed", "happened"),
])
def test_a_report_going_on_and_a_deal_drawing_closer(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                      expected: str) -> None:
    assert [m for _, m in _readings(nlp, body, trigger)] == [expected], body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # what talks are about, or what the bargaining is to do, is not yet agreed
    ("The two ferry firms are in talks about a merger.", "merger", [("BUSINESS", "hypothetical")]),
    ("Officials are in negotiations to buy the quarry.", "buy", [("BUSINESS", "hypothetical")]),
    # hard negatives: the strike the talks are to end is real; a merger the talks followed happened
    ("The union held talks to end the strike.", "strike", [("PROTEST", "happened")]),
    ("The talks followed the merger of the two ferry firms last year.", "merger", [("BUSINESS", "happened")]),
])
def test_what_is_bargained_over_is_open(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                        expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


def test_the_purpose_of_a_meeting_still_to_come_is_not_done(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, "The envoy is set to meet rebel leaders on Monday to resume negotiations.",
                     "negotiations") == [("CONSULT", "hypothetical")]
    # hard negative: a past act's purpose object keeps its own reading
    assert _readings(nlp, "Police fired tear gas to disperse the protest.", "protest") == [("PROTEST", "happened")]


def test_a_role_denied_leaves_the_happening_it_is_about(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, "Fog was not a factor in the ferry accident.", "accident") == [("ACCIDENT", "happened")]
    assert _readings(nlp, "Investigators said arson was not the cause of the fire.", "fire") == [
        ("ACCIDENT", "happened")]
    # hard negatives: the happening itself denied, and the cause that was ruled out
    assert _readings(nlp, "There was no accident at the ferry terminal.", "accident") == [("ACCIDENT", "blocked")]
    assert _readings(nlp, "Investigators said arson was not the cause of the fire.", "arson") == [("CRIME", "blocked")]


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a command, after a colon or ending in "!", is asked for, not done
    ("Marchers chanted: release the prisoners!", "release", [("RETREAT", "demanded")]),
    ("Dear council: hire more inspectors!", "hire", [("APPOINT", "demanded")]),
    # hard negatives: a headline's present with a subject, and an infinitive
    ("Rebels free the hostages.", "free", [("RETREAT", "happened")]),
])
def test_a_command_is_demanded(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                               expected: list[tuple[str, str]]) -> None:
    assert _readings(nlp, body, trigger) == expected, body


def test_no_coincidence_that_x_takes_x_as_fact(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, "It was not coincidence that the harbour master resigned.", "resigned") == [
        ("APPOINT", "happened")]
    # hard negative: "not true that" denies it
    assert _readings(nlp, "It is not true that the harbour master resigned.", "resigned") == [
        ("APPOINT", "blocked")]


def test_advice_given_if_needed_was_given(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, "The port authority recommended ear protection if needed.", "recommended") == [
        ("DEMAND", "happened")]
    # hard negative: an act that itself waits on the need
    assert _readings(nlp, "The dockers' union will strike if needed.", "strike") == [("PROTEST", "hypothetical")]

"""Classes fresh readers found on real 2019 news pages (a brawl's aftermath, awards, aid, round-ups, feuds): a
happening named again is one event whatever day the story has reached, what is decided or pending reads as it
is, goods handed over are aid, a side lifted past another wins, and phrases that name no happening stay out;
each class beside a hard negative. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.model import Analysis

from ..conftest import analysis_of


def _analysis(nlp, body: str, published: str = "2023-10-10") -> Analysis:  # type: ignore[no-untyped-def]
    return analysis_of(nlp, f"date {published}\n\n" + body + "\n")  # type: ignore[no-any-return]


AFTERMATH = ("The two goalkeepers were fined on Monday for Friday night's brawl at the derby. "
             "The club's owner spoke out on Monday. "
             "Video shows the brawl started when a steward was pushed. "
             "Fans blamed the referee for the altercation.")


def test_a_brawl_named_again_is_the_brawl(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, AFTERMATH)
    fights = [e for e in analysis.events if e.trigger.text in ("brawl", "altercation")]
    assert len(fights) == 1, [(e.trigger.text, e.date) for e in fights]
    assert fights[0].date is not None and fights[0].date.value.startswith("2023-10-06")


def test_another_brawl_is_another(nlp) -> None:  # type: ignore[no-untyped-def]
    # hard negative: "another" tells a second brawl apart
    analysis = _analysis(nlp, "Fans fought in a brawl on Friday night. Another brawl broke out at the station on "
                              "Sunday.")
    brawls = [e for e in analysis.events if e.category == "ASSAULT"]  # "fought in a brawl" is one, told by the verb
    assert len(brawls) == 2 and {e.date.value[:10] for e in brawls if e.date} == {"2023-10-06", "2023-10-08"}


def test_a_generic_you_cannot_in_a_quote_tells_no_happening(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, '"You can\'t start a brawl and then complain about the ban," the manager said.')
    assert not [e for e in analysis.events if e.trigger.text in ("brawl", "complain")]
    # hard negative: a named doer who cannot is a blocked happening
    analysis = _analysis(nlp, '"The mayor can\'t block the strike," the union said.')
    assert [e.modality for e in analysis.events if e.trigger.text == "block"] == ["blocked"]


def test_could_not_on_a_weekday_looks_back(nlp) -> None:  # type: ignore[no-untyped-def]
    # written on a Tuesday: a past inability is told of the Saturday gone
    analysis = _analysis(nlp, "The visitors couldn't finish the match on Saturday because of fog.")
    assert [e.date.value for e in analysis.events if e.trigger.text == "match" and e.date] == ["2023-10-07"]


def test_particulars_not_yet_told_are_no_happening(nlp) -> None:  # type: ignore[no-untyped-def]
    for body, trigger in [("Pricing and range for the new hatchback have not been announced.", "announced"),
                          ("The ministry did not offer a response on Friday.", "offer"),
                          ("The brewer has yet to disclose the terms of the takeover.", "disclose")]:
        assert not [e for e in _analysis(nlp, body).events if e.trigger.text == trigger], body
    # hard negative: an act not done is a blocked happening
    analysis = _analysis(nlp, "The junta did not announce a ceasefire on Friday.")
    assert [e.modality for e in analysis.events if e.trigger.text == "ceasefire"] == ["blocked"]


def test_a_quality_growing_is_no_happening(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, "The pressure on the board intensified last week.")
    assert not [e for e in analysis.events if e.trigger.text == "intensified"]
    # hard negative: fighting that intensified is the fighting
    analysis = _analysis(nlp, "Fighting intensified near the airport on Monday.")
    assert [e.category for e in analysis.events] == ["FIGHT"]


def test_an_illness_that_strikes_is_no_attacker(nlp) -> None:  # type: ignore[no-untyped-def]
    for body, trigger in [("Cholera struck the refugee camp in May.", "struck"),
                          ("A farmer was hit by cholera after drinking from the river.", "hit")]:
        assert [e.category for e in _analysis(nlp, body).events if e.trigger.text == trigger] == ["DISASTER"], body
    # hard negative: armed men who strike the camp attack it
    analysis = _analysis(nlp, "Gunmen struck the refugee camp in May.")
    assert [e.category for e in analysis.events if e.trigger.text == "struck"] == ["ASSAULT"]


def test_the_days_announcement_is_the_act_told_that_day(nlp) -> None:  # type: ignore[no-untyped-def]
    body = ("The space agency on Monday awarded contracts to four firms. "
            "Monday's announcement came as lawmakers argued over the budget.")
    analysis = _analysis(nlp, body)
    assert not [e for e in analysis.events if e.trigger.text == "announcement"]
    # hard negative: an announcement with content of its own stays an event
    body = ("The space agency on Monday awarded contracts to four firms. "
            "The announcement of a new budget followed on Monday.")
    assert [e.trigger.text for e in _analysis(nlp, body).events if e.trigger.text == "announcement"] == [
        "announcement"]


def test_a_light_verb_with_a_measure_is_the_measure(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, "Health officials instituted a quarantine in the valley in May.")
    assert [(e.trigger.text, e.category) for e in analysis.events] == [("quarantine", "COERCE")]
    # hard negative: a verb with a sense of its own and no event noun stays
    analysis = _analysis(nlp, "Health officials instituted new hygiene rules in May.")
    assert "quarantine" not in [e.trigger.text for e in analysis.events]


def test_the_noun_before_a_clause_the_parse_left_without_subject_is_its_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, "In June, hikers were stranded after a landslide of mud and rock killed two guides.")
    killed = [e for e in analysis.events if e.trigger.text in ("killed", "landslide")]  # the toll is the slide's
    assert killed and all(e.source is None or "hikers" not in e.source.name for e in killed)
    # hard negative: killing time is no killing
    analysis = _analysis(nlp, "Stranded hikers killed time playing cards in the hut on Monday.")
    assert not [e for e in analysis.events if e.trigger.text == "killed"]


def test_what_is_done_in_deciding_it_is_done_and_the_rest_is_planned(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, "The regional council voted to postpone the zoning hearing.")
    assert [e.modality for e in analysis.events if e.trigger.text == "postpone"] == ["happened"]
    # hard negative: a closure voted for next year is still to come
    analysis = _analysis(nlp, "The regional council voted to close the bus depot next year.")
    assert [e.modality for e in analysis.events if e.trigger.text == "close"] == ["planned"]


def test_a_vote_is_dated_by_what_it_does_and_apart_from_what_it_sets_up(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, "The town council voted to repeal the bridge toll on Monday.")
    votes = [e for e in analysis.events if e.trigger.text == "voted"]
    assert votes and votes[0].date is not None and votes[0].date.value.endswith("-09")  # the Monday before
    # hard negative: a referendum the vote calls is still to come, an event of its own
    analysis = _analysis(nlp, "The town council voted to hold a referendum on the toll on Sunday.")
    kinds = {e.trigger.text: e.modality for e in analysis.events}
    assert kinds.get("voted") == "happened" and kinds.get("referendum") == "planned"


def test_a_present_of_this_week_is_going_on(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, "Fifty carmakers show new models this week at the Lisbon Motor Show.")
    shows = [e.modality for e in analysis.events if e.trigger.text.lower() == "show"]
    assert shows and set(shows) == {"ongoing"}
    # hard negative: a past act of this week happened
    analysis = _analysis(nlp, "Police arrested a courier at the port this week.")
    assert [e.modality for e in analysis.events if e.trigger.text == "arrested"] == ["happened"]


def test_what_someone_is_focused_on_doing_is_an_aim(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, "The manager insists he is now more focused on helping the Rams turn the corner.")
    assert [e.modality for e in analysis.events if e.trigger.text == "helping"] == ["hypothetical"]
    # hard negative: help given is help
    analysis = _analysis(nlp, "The manager helped the injured fan on Saturday.")
    assert [e.modality for e in analysis.events if e.trigger.text == "helped"] == ["happened"]


@pytest.mark.parametrize(("body", "trigger"), [
    ("The singer appeared on two albums and hit singles in the 1980s.", "hit"),
    ("Crews would acquire extra body fat before the long voyage.", "acquire"),
    ("Those quarrels will play out on Wednesday night.", "play"),
    ("The owner has not taken part in the talks.", "taken"),
    ("Neighbours stepped up on Monday with food for the families.", "stepped"),
    ("Race and the governor's record could decide the contest.", "Race"),
    ("Aides fear the hearings could interfere with the campaign schedule.", "interfere"),
])
def test_phrases_that_name_no_happening(nlp, body: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in _analysis(nlp, body).events if e.trigger.text == trigger], body


def test_staying_away_from_a_happening_does_not_stop_it(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, "The owner has not taken part in the contract talks.")
    assert [e.modality for e in analysis.events if e.trigger.text == "talks"] == ["happened"]
    # hard negative: a strike not held is blocked
    analysis = _analysis(nlp, "The union did not hold the strike on Monday.")
    assert [e.modality for e in analysis.events if e.trigger.text == "strike"] == ["blocked"]


def test_the_race_for_an_office_is_a_contest(nlp) -> None:  # type: ignore[no-untyped-def]
    # hard negative to the bare "race" above
    analysis = _analysis(nlp, "The race for mayor tightened sharply on Monday.")
    assert [e.trigger.text for e in analysis.events if e.trigger.text == "race"] == ["race"]


def test_decisions_to_do_different_things_are_two(nlp) -> None:  # type: ignore[no-untyped-def]
    body = ("Since the singer's decision to leave the label last fall, the firm has honoured her requests. "
            "But the singer made a decision last night to rally her fans against the firm, the statement said.")
    decisions = [e for e in _analysis(nlp, body, "2019-11-18").events if e.trigger.text == "decision"]
    assert [d.date.value if d.date else None for d in decisions] == ["2018-FA", "2019-11-17TNI"]
    # hard negative: the decision named again is the one decision
    body = ("The singer made a decision last night to rally her fans. "
            "Her managers said the decision to rally her fans was hers alone.")
    assert len([e for e in _analysis(nlp, body, "2019-11-18").events if e.trigger.text == "decision"]) == 1


def test_a_named_occasion_told_again_is_one_occasion(nlp) -> None:  # type: ignore[no-untyped-def]
    body = ("The singer will perform at the 2023 Northern Screen Awards ceremony. Her label said on Monday that her "
            "performance at the Northern Screen Awards was approved.")
    named = [e for e in _analysis(nlp, body).events if e.trigger.text in ("ceremony", "Awards")]
    assert len(named) == 1, [(e.trigger.text, e.modality) for e in named]
    # hard negative: another year's awards are another occasion
    body = ("The singer will perform at the 2023 Northern Screen Awards ceremony. Her label said on Monday that her "
            "performance at the 2019 Northern Screen Awards was approved.")
    assert len([e for e in _analysis(nlp, body).events if e.trigger.text in ("ceremony", "Awards")]) == 2


@pytest.mark.parametrize(("body", "trigger", "source", "target"), [
    ("The library received forty paintings from the estate on Monday.", "received", "estate", "library"),
    ("The retired ferry will be sent to a maritime museum in Bergen.", "sent", None, "maritime museum in Bergen"),
    ("Volunteers sent blankets and tents to the flooded villages.", "sent", "Volunteers", "flooded villages"),
])
def test_goods_handed_over_are_aid(nlp, body: str, trigger: str, source: str | None,  # type: ignore[no-untyped-def]
                                   target: str) -> None:
    events = [e for e in _analysis(nlp, body).events if e.trigger.text == trigger]
    assert [e.category for e in events] == ["AID"], body
    assert (events[0].source.name if events[0].source else None) == source
    assert events[0].target is not None and events[0].target.name == target


@pytest.mark.parametrize(("body", "trigger"), [
    ("The ministry sent troops to the border.", "sent"),      # a deployment
    ("The governor sent a message to the strikers.", "sent"),  # words
])
def test_people_and_words_sent_are_no_aid(nlp, body: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert "AID" not in [e.category for e in _analysis(nlp, body).events if e.trigger.text == trigger]


def test_looking_at_rules_is_looking_into_them(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, "Food regulators are looking at tougher labelling rules for salt.")
    assert [e.category for e in analysis.events if e.trigger.text == "looking"] == ["INVESTIGATE"]
    # hard negative: looking at a crowd is no inquiry
    assert not _analysis(nlp, "The mayor looked at the crowd on Monday.").events


def _accused(nlp, body: str):  # type: ignore[no-untyped-def]
    return next(e for e in _analysis(nlp, body).events if e.trigger.text == "accused")


def test_what_someone_is_accused_of_is_no_part_of_them_nor_the_accusations_day(nlp) -> None:  # type: ignore[no-untyped-def]
    event = _accused(nlp, "The singer accused her former label of blocking her concert film.")
    assert event.target is not None and event.target.name == "her former label"
    event = _accused(nlp, "Prosecutors accused the harbour master of taking bribes in 2018.")
    assert event.date is None or event.date.value != "2018"
    # hard negative: the accusation's own day dates it
    event = _accused(nlp, "On Monday prosecutors accused the harbour master of taking bribes.")
    assert event.date is not None and event.date.value == "2023-10-09"


def test_a_person_suspended_is_sanctioned_and_a_pending_review_is_to_come(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, "The winger was suspended on Monday pending a review by the league.")
    readings = {e.trigger.text: (e.category, e.modality, e.date.value if e.date else None) for e in analysis.events}
    assert readings["suspended"] == ("SANCTION", "happened", "2023-10-09")
    assert readings["review"] == ("INVESTIGATE", "planned", None)
    # hard negative: talks suspended are no sanction of anyone
    analysis = _analysis(nlp, "The talks were suspended on Monday.")
    assert "SANCTION" not in [e.category for e in analysis.events]


@pytest.mark.parametrize(("body", "trigger", "source", "target"), [
    ("Kai Berg netted twice to lift Bergen past Stavanger on Tuesday night.", "lift", "Bergen", "Stavanger"),
    ("Ola Dahl had two assists and a goal to lead Oslo past Tromsø on Tuesday night.", "lead", "Oslo", "Tromsø"),
])
def test_the_side_a_player_lifts_past_another_wins(nlp, body: str, trigger: str, source: str,  # type: ignore[no-untyped-def]
                                                   target: str) -> None:
    events = _analysis(nlp, body, "2023-10-11").events
    results = [e for e in events if e.category == "CONTEST"]
    assert [(e.trigger.text, e.modality) for e in results] == [(trigger, "happened")], body
    assert results[0].source is not None and results[0].source.name == source
    assert results[0].target is not None and results[0].target.name.startswith(target)


def test_lifting_a_mood_is_no_result(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "CONTEST" not in [e.category for e in _analysis(nlp, "The coach helped lift the mood on Monday.").events]


def test_the_second_part_of_a_past_habit_is_the_habit(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not _analysis(nlp, "The founder would often stop by and trade notes with the engineers.").events
    # hard negative: "would later" tells the story's later fact
    analysis = _analysis(nlp, "The founder would later sell the farm and move to Spain.")
    assert [e.modality for e in analysis.events if e.trigger.text == "sell"] == ["happened"]


def test_an_attack_online_is_words(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, "Supporters of the mayor attacked the columnist online on Sunday.")
    assert [e.category for e in analysis.events if e.trigger.text == "attacked"] == ["DISAPPROVE"]
    # hard negative: gunmen who attack a convoy use force
    analysis = _analysis(nlp, "Gunmen attacked the convoy on Sunday.")
    assert [e.category for e in analysis.events if e.trigger.text == "attacked"] == ["ASSAULT"]


def test_a_win_missed_did_not_come(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, "The visitors narrowly missed a shock win against the champions on Monday.")
    assert [e.modality for e in analysis.events if e.trigger.text == "win"] == ["blocked"]
    # hard negative: a win taken happened
    analysis = _analysis(nlp, "The visitors took a shock win against the champions on Monday.")
    assert [e.modality for e in analysis.events if e.trigger.text == "win"] == ["happened"]


def test_what_a_maker_says_its_product_offers_is_no_offer(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not _analysis(nlp, "Kia says it will offer better mileage.").events
    # hard negative: a ceasefire offered is an offer
    analysis = _analysis(nlp, "The rebels offered a ceasefire on Monday.")
    assert [e.category for e in analysis.events if e.trigger.text == "offered"] == ["AGREE"]


def test_a_plan_unveiled_is_published_and_a_car_launched(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, "The minister unveiled a plan to cut bus fares.")
    assert [e.category for e in analysis.events if e.trigger.text == "unveiled"] == ["PUBLISH"]
    # hard negative: a made thing unveiled is launched
    analysis = _analysis(nlp, "The carmaker unveiled the new SUV on Sunday night.")
    assert [e.category for e in analysis.events if e.trigger.text == "unveiled"] == ["LAUNCH"]


def test_a_person_joining_a_named_body_takes_a_place_in_it(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, "The engineer joined the Daily Ledger in 2012.")
    assert [e.category for e in analysis.events if e.trigger.text == "joined"] == ["APPOINT"]
    # hard negative: a state joining an alliance co-operates
    analysis = _analysis(nlp, "Ruritania joined NATO in 2004.")
    assert "APPOINT" not in [e.category for e in analysis.events]


@pytest.mark.parametrize(("body", "trigger"), [
    ("The finance chief left the brewery's board in May.", "left"),
    ("The drummer left the band on Friday.", "left"),
    ("The deputy editor departed the newspaper last week.", "departed"),
])
def test_a_person_leaving_a_body_leaves_a_post(nlp, body: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.category for e in _analysis(nlp, body).events if e.trigger.text == trigger] == ["APPOINT"], body


@pytest.mark.parametrize("body", [
    "The drummer left the house on Friday.",         # a movement
    "The ferry departed the harbour on Friday.",     # a journey
])
def test_leaving_a_place_is_no_change_of_post(nlp, body: str) -> None:  # type: ignore[no-untyped-def]
    assert "APPOINT" not in [e.category for e in _analysis(nlp, body).events], body


@pytest.mark.parametrize("body", [
    "The board named Ann Lee chief executive on Monday.",
    "The board named Ann Lee as chief executive on Monday.",
    "The club welcomed Ola Dahl as its new head coach on Monday.",
    "We are thrilled to have Jane Roe as our new president.",
])
def test_a_person_named_to_a_post_is_appointed(nlp, body: str) -> None:  # type: ignore[no-untyped-def]
    appointed = [e for e in _analysis(nlp, body).events if e.category == "APPOINT"]
    assert len(appointed) == 1 and appointed[0].target is not None, body


@pytest.mark.parametrize("body", [
    "A ship named Osprey sank off the cape on Monday.",   # a name
    "The mayor welcomed Ann Lee to the city on Monday.",  # a welcome, no post
])
def test_names_and_welcomes_are_no_appointment(nlp, body: str) -> None:  # type: ignore[no-untyped-def]
    assert "APPOINT" not in [e.category for e in _analysis(nlp, body).events], body


def test_saying_one_has_not_talked_to_someone_is_no_denial(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, '"I have not talked to the physios yet," the manager said.')
    assert [e.modality for e in analysis.events if e.trigger.text == "talked"] == ["blocked"]
    # hard negative: denying an attack one is accused of is a denial
    analysis = _analysis(nlp, '"We did not shell the village," the army said.')
    assert [e.modality for e in analysis.events if e.trigger.text == "shell"] == ["denied"]


def test_an_interview_given_is_a_statement_and_its_airing_the_same(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, "The duke gave a television interview that aired over the weekend.")
    assert [(e.trigger.text, e.category) for e in analysis.events] == [("interview", "STATEMENT")]
    # hard negative: "said in an interview" is where words were said, no happening of its own
    analysis = _analysis(nlp, "The minister said in an interview on Monday that taxes would rise.")
    assert "interview" not in [e.trigger.text for e in analysis.events]


def test_a_topic_and_a_whose_are_no_part_of_an_actors_name(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analysis(nlp, "The envoy contacted Ruritania's foreign minister over shelter for the refugees.")
    event = next(e for e in analysis.events if e.trigger.text == "contacted")
    assert event.target is not None and event.target.name == "Ruritania's foreign minister"
    analysis = _analysis(nlp, "Fishermen rescued 300 migrants whose boat sank near the coast.")
    event = next(e for e in analysis.events if e.trigger.text == "sank")
    assert event.source is None or "whose" not in event.source.name
    # hard negative: a thing's "of" phrase stays its name
    analysis = _analysis(nlp, "Police questioned the owner of the warehouse on Monday.")
    event = next(e for e in analysis.events if e.trigger.text == "questioned")
    assert event.target is not None and event.target.name == "owner of the warehouse"


def _kinds(nlp, body: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {e.trigger.text: e.category for e in _analysis(nlp, body).events}


def test_a_manhunt_told_by_its_moves_is_a_search(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _kinds(nlp, "Deputies fanned out over the valley on Friday evening in search of two escaped convicts. "
                        "Officers scoured the woods for the missing boy.")
    assert found.get("fanned") == "INVESTIGATE" and found.get("scoured") == "INVESTIGATE", found
    # hard negative: shoppers scouring a market search for no one
    assert _kinds(nlp, "Shoppers scoured the market on Friday.").get("scoured") != "INVESTIGATE"


def test_police_who_encircle_a_building_close_in(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _kinds(nlp, "Armed troopers and a police SWAT unit encircled the farmhouse where the convicts hid on "
                        "Friday.")
    assert found.get("encircled") == "COERCE", found
    # hard negative: rebels who encircle a town fight for it
    assert _kinds(nlp, "Rebel fighters encircled the town on Friday.").get("encircled") == "FIGHT"


def test_a_calamitys_toll_told_on_its_place_is_no_attack(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _kinds(nlp, "Aid reached survivors of a strong earthquake on an island that killed 10 people. A fire "
                        "at a paint factory that injured six workers was put out on Monday.")
    assert found.get("killed") == "DEATH" and found.get("injured") == "ACCIDENT", found
    # hard negative: a gunman's killings are an attack
    assert _kinds(nlp, "A gunman who killed six shoppers at a mall was arrested.").get("killed") == "ASSAULT"


def test_a_deed_done_and_one_to_come_stay_two(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _analysis(nlp, "Dole surrendered peacefully on Monday, the sheriff said. Dole will then be "
                            "handed over to federal agents.").events
    found = {e.trigger.text: e.modality for e in events}
    assert found.get("surrendered") == "happened" and found.get("handed") == "planned", found

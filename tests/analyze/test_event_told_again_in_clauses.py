"""A happening told again inside another clause (a relative clause that picks out its doer or its place by
the act), and a name told short that is no happening. Sentences written for these tests, each with a hard negative."""

from __future__ import annotations

from dateline.model import Event

from ..conftest import events_of


def _named(events: list[Event], word: str) -> list[Event]:
    return [e for e in events if e.trigger.text == word]


def test_the_doer_picked_out_by_the_act_is_that_act(nlp) -> None:  # type: ignore[no-untyped-def]
    events = events_of(nlp, "date 2012-06-14\n\nA six-year-old boy was snatched from a playground in Tulsa on "
                            "Sunday. The woman who snatched the boy, Dana Holt, was arrested on Monday.")
    snatched = _named(events, "snatched")
    assert len(snatched) == 1 and snatched[0].date is not None and snatched[0].date.value == "2012-06-10"
    assert len(snatched[0].evidence) == 2  # both sentences stand behind the one snatching
    assert _named(events, "arrested")


def test_the_place_picked_out_by_the_act_is_that_act(nlp) -> None:  # type: ignore[no-untyped-def]
    events = events_of(nlp, "date 2012-06-14\n\nGunmen shot a shopkeeper in Lyon on Friday. Police are hunting "
                            "the men who shot him.")
    assert len(_named(events, "shot")) == 1


def test_an_act_told_apart_by_its_own_place_or_time_is_another(nlp) -> None:  # type: ignore[no-untyped-def]
    elsewhere = events_of(nlp, "date 2012-06-14\n\nGunmen shot a shopkeeper in Lyon on Friday. The man who shot "
                               "a guard in Nice was freed.")
    assert len(_named(elsewhere, "shot")) == 2
    earlier = events_of(nlp, "date 2012-06-14\n\nGunmen shot a shopkeeper in Lyon on Friday. The man who shot "
                             "a guard in 2009 was freed.")
    assert len(_named(earlier, "shot")) == 2
    # a rank told with an infinitive ("the first woman to be elected") is no retelling of an election before it
    ranked = events_of(nlp, "date 2012-06-14\n\nAna Ruiz was elected to the county board in 2004. In May she "
                            "became the first woman to be elected mayor of Dunmore.")
    assert len(_named(ranked, "elected")) == 2


def test_a_firm_named_short_is_no_happening(nlp) -> None:  # type: ignore[no-untyped-def]
    events = events_of(nlp, "date 2012-06-14\n\nSummit Entertainment released the film in May. Summit has said "
                            "the sequel will follow.")
    assert not _named(events, "Summit")
    # hard negative: an occasion of that word, told with its article, stays one
    meeting = events_of(nlp, "date 2012-06-14\n\nThe summit ended on Friday with a joint statement.")
    assert [e.category for e in _named(meeting, "summit")] == ["CONSULT"]


def test_a_past_spelt_as_the_present_takes_the_past_it_hangs_on(nlp) -> None:  # type: ignore[no-untyped-def]
    events = events_of(nlp, "date 2012-06-14\n\nThree bank workers died when rioters set fire to a branch in Lyon "
                            "on Wednesday.")
    fire = _named(events, "set")
    assert fire and fire[0].modality == "happened" and fire[0].date is not None
    assert fire[0].date.value == "2012-06-13"  # the Wednesday before a Thursday's story, not the next one
    # hard negative: the same form under a future is ahead, however the tagger reads it
    ahead = _named(events_of(nlp, "date 2012-06-14\n\nPrices will rise when traders cut output on Wednesday."), "cut")
    assert ahead and ahead[0].modality == "planned" and ahead[0].date is not None
    assert ahead[0].date.value == "2012-06-20"
    done = _named(events_of(nlp, "date 2012-06-14\n\nPrices rose when traders cut output on Wednesday."), "cut")
    assert done and done[0].modality == "happened" and done[0].date is not None
    assert done[0].date.value == "2012-06-13"


def test_kinds_a_body_deals_in_are_no_occasions(nlp) -> None:  # type: ignore[no-untyped-def]
    powers = events_of(nlp, "date 2012-06-14\n\nUnder the charter, the assembly announces presidential elections, "
                            "appoints judges and ratifies treaties.")
    assert not powers
    assert not events_of(nlp, "date 2012-06-14\n\nThe agency monitors all calls from the prison.")
    # hard negatives: one occasion, by its day or told as done
    dated = events_of(nlp, "date 2012-06-14\n\nThe council holds elections on May 3.")
    done = events_of(nlp, "date 2012-06-14\n\nThe council held elections in May.")
    assert [e.category for e in dated] == ["ELECTION"] and [e.category for e in done] == ["ELECTION"]


def test_an_election_called_is_planned_not_asked_for(nlp) -> None:  # type: ignore[no-untyped-def]
    snap = _named(events_of(nlp, "date 2012-06-14\n\nThe prime minister called a snap election for October 4."),
                  "election")
    assert snap and snap[0].modality == "planned" and snap[0].date is not None
    assert snap[0].date.value == "2012-10-04"  # the day it is set for, ahead of the calling
    # hard negative: calling for a vote asks for one
    asked = _named(events_of(nlp, "date 2012-06-14\n\nThe union called for a vote on the deal."), "vote")
    assert asked and asked[0].modality == "demanded"


def test_a_strike_called_for_a_day_is_no_demand(nlp) -> None:  # type: ignore[no-untyped-def]
    events = events_of(nlp, "date 2012-06-14\n\nDock workers marched through Porto at the height of the general "
                            "stoppage called for the 9th of May.")
    assert not [e for e in events if e.category == "DEMAND"]
    march = _named(events, "marched")
    assert march and march[0].date is not None and march[0].date.value == "2012-05-09"  # the day gone by, not next May
    # hard negative: a call for a strike is a demand
    asked = events_of(nlp, "date 2012-06-14\n\nUnions called for a general strike on May 5.")
    assert [e.category for e in _named(asked, "called")] == ["DEMAND"]


def test_the_same_toll_told_again_is_one_loss_of_life(nlp) -> None:  # type: ignore[no-untyped-def]
    events = events_of(nlp, "date 2012-06-14\n\nFour miners were killed in a blast at a coal pit in Shanxi on "
                            "Monday. The four men died instantly, officials said.")
    assert not _named(events, "died")
    killed = _named(events, "killed")
    assert len(killed) == 1 and len(killed[0].evidence) == 2
    assert killed[0].source is None or "men" not in killed[0].source.name  # the dead are not the killers
    listed = events_of(nlp, "date 2012-06-14\n\nThree bank clerks died when rioters torched a branch in Patras on "
                            "Wednesday. A cashier and two guards were killed, the fire service said.")
    assert not _named(listed, "killed")  # two and one: the same three


def test_more_dead_or_another_day_is_another_toll(nlp) -> None:  # type: ignore[no-untyped-def]
    more = events_of(nlp, "date 2012-06-14\n\nFour miners were killed in a blast at a coal pit in Shanxi on Monday. "
                          "Two more miners died in hospital on Tuesday.")
    assert _named(more, "died")
    before = events_of(nlp, "date 2012-06-14\n\nFour miners were killed in a blast at a coal pit in Shanxi on "
                            "Monday. In 2009, four miners were killed in a flood at the same pit.")
    assert len(_named(before, "killed")) == 2
    single = events_of(nlp, "date 2012-06-14\n\nA man was killed in a blast in Kabul on Monday. A woman died in a "
                            "crash in Herat on Monday.")
    assert _named(single, "killed") and _named(single, "died")


def test_the_deaths_of_a_killing_told_are_that_killing(nlp) -> None:  # type: ignore[no-untyped-def]
    events = events_of(nlp, "date 2012-06-14\n\nThree bank clerks were killed in Patras on Wednesday when rioters "
                            "torched the branch. The deaths sparked outrage across Greece.")
    assert not _named(events, "deaths") and len(_named(events, "killed")) == 1
    # hard negative: deaths told apart by their own place and day are others
    other = events_of(nlp, "date 2012-06-14\n\nGunmen shot two guards in Kabul on Monday. The deaths of three "
                           "miners in Herat on Sunday went unreported.")
    assert _named(other, "deaths")


def test_the_violence_or_the_walkouts_sum_up_what_was_told(nlp) -> None:  # type: ignore[no-untyped-def]
    riot = events_of(nlp, "date 2012-06-14\n\nRioters clashed with police in Patras on Wednesday. Wednesday's "
                          "violence was the worst in years.")
    assert not _named(riot, "violence")
    strike = events_of(nlp, "date 2012-06-14\n\nAir traffic controllers walked out on Monday. The walkouts "
                            "grounded hundreds of flights.")
    assert [e.category for e in strike] == ["PROTEST"]
    # hard negatives: violence elsewhere on another day, and a patient walking out of a hospital
    elsewhere = events_of(nlp, "date 2012-06-14\n\nRioters clashed with police in Patras on Wednesday. The "
                               "violence in Lyon on Tuesday was worse.")
    assert _named(elsewhere, "violence")
    assert all(e.category != "PROTEST" for e in events_of(nlp, "date 2012-06-14\n\nHe walked out of the "
                                                               "hospital on Monday."))
    visitor = events_of(nlp, "date 2012-06-14\n\nA guest walked out at 3:30 a.m. and saw smoke over the barn.")
    assert all(e.category != "PROTEST" for e in visitor)


def test_a_blow_and_its_outcome_joined_by_and_are_one_attack(nlp) -> None:  # type: ignore[no-untyped-def]
    told = [e for e in events_of(nlp, "date 2012-06-14\n\nA gunman shot and killed a watchman at the depot on "
                                      "Monday. On Tuesday a man was stabbed and wounded in the harbour.")
            if e.category == "ASSAULT"]
    assert len(told) == 2
    assert told[0].target is not None and told[0].target.name == "watchman"  # killed at the depot, not the depot
    # hard negative: each verb with an object of its own is a blow of its own
    two = events_of(nlp, "date 2012-06-14\n\nThe gunman shot a watchman and wounded a driver on Monday.")
    assert len([e for e in two if e.category == "ASSAULT"]) == 2


def test_a_calamitys_dead_and_hurt_are_its_toll(nlp) -> None:  # type: ignore[no-untyped-def]
    told = events_of(nlp, "date 2012-06-14\n\nA strong earthquake struck the northern coast on Sunday, killing 12 "
                          "people and injuring 40. The quake damaged 300 homes.")
    assert [e.category for e in told] == ["DISASTER"] and len(told[0].evidence) >= 3
    # hard negative: people killed by gunmen the same day are an attack of its own
    apart = events_of(nlp, "date 2012-06-14\n\nA strong earthquake struck the northern coast on Sunday. In the "
                           "capital, gunmen killed two guards on Sunday.")
    assert sorted(e.category for e in apart) == ["ASSAULT", "DISASTER"]


def test_the_dead_an_attack_left_told_again_are_its_toll(nlp) -> None:  # type: ignore[no-untyped-def]
    told = events_of(nlp, "date 2010-05-05\n\nA firebomb attack on a ferry office in Tromso killed three people on "
                          "Wednesday. Two clerks and a guard died at the office.")
    assert [e.category for e in told if e.category in ("ASSAULT", "DEATH")] == ["ASSAULT"]
    # hard negative: three who died in a fire the next day are another loss of life
    apart = events_of(nlp, "date 2010-05-07\n\nA bomb attack on a market killed three people on Wednesday. On "
                           "Thursday two women and a man died in a fire at a hotel.")
    assert sorted(e.category for e in apart if e.category in ("ASSAULT", "DEATH")) == ["ASSAULT", "DEATH"]


def test_shot_and_died_is_one_attack_and_a_death_told_apart_is_not(nlp) -> None:  # type: ignore[no-untyped-def]
    told = events_of(nlp, "date 2012-06-14\n\nThe watchman was shot and died at the depot on Monday.")
    assert [e.category for e in told] == ["ASSAULT"]
    assert told[0].target is not None and told[0].target.name == "watchman"
    dead = events_of(nlp, "date 2012-06-14\n\nTwo clerks died at the office on Monday.")
    assert [(e.category, e.target) for e in dead] == [("DEATH", None)]  # where they died is no one acted on
    # hard negative: another person's death, with a subject of its own, is its own event
    apart = events_of(nlp, "date 2012-06-14\n\nThe watchman was shot on Monday and his wife died on Tuesday.")
    assert sorted(e.category for e in apart) == ["ASSAULT", "DEATH"]


def test_a_relative_pronoun_before_a_full_subject_is_the_object(nlp) -> None:  # type: ignore[no-untyped-def]
    told = events_of(nlp, "date 2015-05-16\n\nBoth states kept a rule of towing back fishing boats which, according "
                          "to Reuters, the Red Cross and Canada have both criticised.")
    criticised = next(e for e in told if e.trigger.text == "criticised")
    assert criticised.source is not None and "Red Cross" in criticised.source.name  # not the boats
    assert criticised.target is not None and "boats" in criticised.target.name
    # hard negative: a relative pronoun that is the only subject stands for the doer
    sued = next(e for e in events_of(nlp, "date 2015-05-16\n\nThe firm that sued the city on Monday lost the case.")
                if e.trigger.text == "sued")
    assert sued.source is not None and sued.source.name == "firm"

"""A robbery told blow by blow: ramming a shop, smashing its window, grabbing the goods and burning the getaway
car are the theft's means (CRIME), not attacks; a heist or a strike that "hits" a place is that heist or strike.
Sentences written for these tests, each class beside a hard negative."""

from __future__ import annotations

from dateline.model import Event

from ..conftest import events_of


def _events(nlp, body: str) -> list[Event]:  # type: ignore[no-untyped-def]
    return events_of(nlp, "date 2013-09-11\n\n" + body)


def _categories(events: list[Event]) -> dict[str, str]:
    return {e.trigger.text: e.category for e in events}


def test_a_robberys_blows_at_things_are_the_crime(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _categories(_events(nlp, "Four men rammed a van into a bank in Lyon on Monday, smashing the doors and "
                                     "stealing cash. They grabbed two safes before setting fire to the van."))
    for verb in ("rammed", "smashing", "grabbed", "setting"):
        assert found.get(verb) == "CRIME", (verb, found)
    # hard negative: a robber who shoots a guard attacks a person
    found = _categories(_events(nlp, "A robber stealing cash from a bank in Lyon shot a guard on Monday."))
    assert found.get("shot") == "ASSAULT", found


def test_a_happening_that_hits_a_place_is_that_happening(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The port was hit by a dock strike on Monday. The gem heist was the latest to hit "
                          "the city.")
    assert [e.category for e in events] == ["PROTEST", "CRIME"], [(e.trigger.text, e.category) for e in events]
    # hard negative: a bomb that hits a market is the blow
    events = _events(nlp, "A bomb hit the market on Monday.")
    assert [(e.trigger.text, e.category) for e in events] == [("hit", "ASSAULT")]


def test_a_happening_named_in_its_own_verbs_phrase_is_one(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Two dockers were shot in a gang shooting on Friday.")
    assert [e.category for e in events] == ["ASSAULT"], [(e.trigger.text, e.category) for e in events]
    # hard negative: a harm in another happening keeps both
    events = _events(nlp, "Two dockers were hurt in a brawl on Friday.")
    assert len(events) == 2, [(e.trigger.text, e.category) for e in events]


def test_a_headline_noun_is_the_leads_act_and_takes_its_day(nlp) -> None:  # type: ignore[no-untyped-def]
    events = events_of(nlp, "date 2013-09-11\n\nJewellery heist in central Lyon\n\nFour men rammed a van into a "
                            "jewellery shop in central Lyon on Monday, stealing gems worth $2 million, police said.")
    crimes = [e for e in events if e.category == "CRIME"]
    assert len(crimes) == 1 and crimes[0].date is not None and crimes[0].date.value == "2013-09-09", \
        [(e.trigger.text, e.category, e.date) for e in events]
    # hard negative: a harm in the lead is not the headline's occasion
    events = events_of(nlp, "date 2013-09-11\n\nMill fire\n\nTwo workers were hurt in a fire at the old mill on "
                            "Monday, the fire brigade said in a statement.")
    assert any(e.trigger.text == "hurt" for e in events)


def test_a_stamp_line_above_the_headline_keeps_it_the_headline(nlp) -> None:  # type: ignore[no-untyped-def]
    body = ("{}Killer quake shakes island villages\n\nA strong earthquake struck the island of Vella on Sunday, "
            "flattening hundreds of mud-brick homes, officials said.")
    for stamp in ("", "Updated: 11 September 2013 20:09 BST\n\n"):
        events = events_of(nlp, "date 2013-09-11\n\n" + body.format(stamp))
        quakes = [e for e in events if e.category == "DISASTER" and e.trigger.text != "flattening"]  # its toll
        assert len(quakes) == 1 and quakes[0].date is not None and quakes[0].date.value == "2013-09-08", \
            (stamp, [(e.trigger.text, e.category, e.date) for e in events])
    # hard negative: a line with words of its own is no stamp, and the headline below it is body text
    events = events_of(nlp, "date 2013-09-11\n\nIsland council meets on 9 September\n\n" + body.format(""))
    assert len([e for e in events if e.category == "DISASTER" and e.trigger.text != "flattening"]) == 2


def test_a_headline_of_two_harms_matches_the_leads_by_word(nlp) -> None:  # type: ignore[no-untyped-def]
    events = events_of(nlp, "date 2013-09-11\n\nGunman kills one, injures two at depot\n\nA dismissed driver shot "
                            "dead a dispatcher and injured two mechanics on Monday at the bus depot in Lyon, "
                            "police said.")
    # one shooting: the headline's gunman is the lead's driver, its dead and hurt the lead's, dated by the lead
    attacks = [e for e in events if e.category == "ASSAULT"]
    assert len(attacks) == 1 and attacks[0].date is not None and attacks[0].date.value == "2013-09-09", \
        [(e.trigger.text, e.category, e.date) for e in events]
    assert any("injured two mechanics" in ev.span.text for ev in attacks[0].evidence)


def test_bribes_extortion_and_laundered_money_are_crimes(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _categories(_events(nlp, "Prosecutors say the contractor bribed two inspectors in 2010 and extorted "
                                     "a supplier. His partner laundered the money through a casino."))
    for verb in ("bribed", "extorted", "laundered"):
        assert found.get(verb) == "CRIME", (verb, found)
    # hard negative: laundered linen is housework
    assert _categories(_events(nlp, "The hotel laundered the linen on Monday.")).get("laundered") != "CRIME"


def test_a_headline_naming_the_lead_s_person_shortly_is_the_same_death(nlp) -> None:  # type: ignore[no-untyped-def]
    body = ("Harbour pilot {} dies\n\nFrederick Cole Lund, the harbour pilot who guided the first container ship "
            "into the port, died on Monday at his home in Lyon, his family said.")
    deaths = [e for e in events_of(nlp, "date 2013-09-11\n\n" + body.format("Fred Lund, 75,"))
              if e.category == "DEATH"]
    assert len(deaths) == 1 and deaths[0].date is not None and deaths[0].date.value == "2013-09-09", deaths
    # hard negative: a headline about another person's death stays apart
    deaths = [e for e in events_of(nlp, "date 2013-09-11\n\n" + body.format("Anna Berg, 81,"))
              if e.category == "DEATH"]
    assert len(deaths) == 2, deaths


def test_robbers_raiding_or_targeting_a_place_commit_the_crime(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _categories(_events(nlp, "Armed robbers raided a jewellery store in Nice on Sunday and escaped with "
                                     "gems worth millions. The gang torched their getaway car in a nearby forest."))
    assert found.get("raided") == "CRIME" and found.get("torched") == "CRIME", found
    targeted = _categories(_events(nlp, "Thieves targeted a seaside hotel during the regatta and took jewels."))
    assert targeted.get("targeted") == "CRIME", targeted
    # hard negative: police raiding a flat over a theft make a raid of their own
    police = _categories(_events(nlp, "Police raided a flat in Leeds on Monday over a theft of jewels."))
    assert police.get("raided") == "COERCE", police


def test_someone_unknown_is_not_the_one_who_reports_it(nlp) -> None:  # type: ignore[no-untyped-def]
    stolen = [e for e in _events(nlp, "Someone stole the bells from the chapel, police said.")
              if e.trigger.text == "stole"]
    assert stolen and stolen[0].source is not None and stolen[0].source.name.lower() == "someone"
    # hard negative: "it" told by a body is the body's own act
    own = [e for e in _events(nlp, "The ministry said on Monday that it had expelled two diplomats.")
           if e.trigger.text == "expelled"]
    assert own and own[0].source is not None and own[0].source.name.lower() == "ministry"


def test_a_count_arrested_after_a_passive_undergoes_the_arrest(nlp) -> None:  # type: ignore[no-untyped-def]
    for body, word, count in (("Three people were killed and 12 arrested during the riot.", "arrested", "12"),
                              ("Two officers were hurt and 30 protesters detained.", "detained", "30 protesters")):
        found = [e for e in _events(nlp, body) if e.trigger.text == word]
        assert found and found[0].source is None and found[0].target is not None, body
        assert found[0].target.name == count
    # hard negative: those who fled did the fleeing
    fled = [e for e in _events(nlp, "Two officers were hurt and 30 protesters fled.") if e.trigger.text == "fled"]
    assert fled and fled[0].source is not None and fled[0].source.name == "30 protesters"


def test_police_pushing_back_or_driving_out_a_crowd_coerce_it(nlp) -> None:  # type: ignore[no-untyped-def]
    for body, word in (("Riot police pushed back the protesters with tear gas.", "pushed"),
                       ("Officers drove the rioters out of the square.", "drove")):
        found = [e for e in _events(nlp, body) if e.trigger.text == word]
        assert found and found[0].category == "COERCE", body
    # hard negative: a launch pushed back is put off
    put_off = [e for e in _events(nlp, "The airline pushed back the launch to May.") if e.trigger.text == "pushed"]
    assert put_off and put_off[0].category == "HAPPENING"


def test_her_death_after_a_cause_is_not_the_cause_s(nlp) -> None:  # type: ignore[no-untyped-def]
    death = [e for e in _events(nlp, "The infection caused her death in May.") if e.trigger.text == "death"]
    assert death and (death[0].source is None or "infection" not in death[0].source.name)
    # hard negative: a minister announcing her resignation is the one who resigns
    quit_ = [e for e in _events(nlp, "The minister announced her resignation on Friday.")
             if e.trigger.text == "resignation"]
    assert quit_ and quit_[0].source is not None and quit_[0].source.name == "minister"


def test_an_emphatic_himself_is_not_the_one_acted_on(nlp) -> None:  # type: ignore[no-untyped-def]
    treat = [e for e in _events(nlp, "Carl Bent, a herbalist, decided to treat his son himself.")
             if e.trigger.text == "treat"]
    assert treat and treat[0].target is not None and treat[0].target.name == "his son"
    # hard negative: a reflexive object is the doer himself
    hurt = [e for e in _events(nlp, "Carl Bent shot himself on Monday.") if e.trigger.text == "shot"]
    assert hurt and hurt[0].target is not None

"""How a harm ends is part of the harm: "stabbed to death" is one attack, not an attack and a death; harm
an accident does ("crushed when a wall collapsed") is the accident's toll; a victim named by kinship ("the
brother of a mayor") is someone who can be shot. Sentences written for these tests, each with a hard
negative where the plain reading stands."""

from __future__ import annotations

import pytest

from dateline.analyze import analyze_articles
from dateline.ingest import article_from_text
from dateline.model import Analysis, Event


def _events(nlp, body: str) -> list[Event]:  # type: ignore[no-untyped-def]
    text = "date 2025-03-12\n\nLYON, France — " + body
    result = next(iter(analyze_articles([article_from_text(text, "<test>")], nlp)))
    assert isinstance(result, Analysis)
    return result.events


def _categories(nlp, body: str, trigger: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The categories of the events the word triggers in the sentence (one, none, or a duplicate's two)."""
    return [e.category for e in _events(nlp, body) if e.trigger.text == trigger]


@pytest.mark.parametrize(("body", "trigger", "category"), [
    ("A night porter was stabbed to death outside the hotel on Sunday.", "stabbed", "ASSAULT"),
    ("Two men were beaten to death in the village last week.", "beaten", "ASSAULT"),
    ("The smuggler was sentenced to death in May.", "sentenced", "LEGAL"),
])
def test_to_death_is_the_outcome_of_the_act(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                           category: str) -> None:
    events = _events(nlp, body)
    assert [e.category for e in events if e.trigger.text == trigger] == [category], body
    assert not [e for e in events if e.trigger.text == "death"], body


@pytest.mark.parametrize("body", [
    "The death of the climber on Monday shocked the town.",           # a death told for itself
    "The prisoner was put to death in 2010.",                         # no act but the death
])
def test_a_death_told_for_itself_stays(nlp, body: str) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, body)
    assert [e.category for e in events if e.trigger.text == "death"] == ["DEATH"], body
    assert not [e for e in events if e.trigger.text == "put"], body


def test_harm_in_an_accident_is_its_toll(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Three workers were crushed to death when a wall collapsed on Friday.")
    crushed = next(e for e in events if e.trigger.text == "crushed")
    assert crushed.category == "DEATH" and crushed.date is not None and crushed.date.value == "2025-03-07"


def test_harm_someone_does_in_a_when_clause_stays_an_assault(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Police shot two men when the protest turned violent.")
    assert [e.category for e in events if e.trigger.text == "shot"] == ["ASSAULT"]


@pytest.mark.parametrize(("body", "target"), [
    ("The nephew of a retired judge was shot dead near his farm, police said.", "nephew of a retired judge"),
    ("A cousin of the singer was shot in the leg, police said.", "cousin of the singer"),
])
def test_a_victim_named_by_kinship_can_be_shot(nlp, body: str, target: str) -> None:  # type: ignore[no-untyped-def]
    shot = next((e for e in _events(nlp, body) if e.trigger.text == "shot"), None)
    assert shot is not None and shot.category == "ASSAULT" and shot.target is not None, body
    assert shot.target.name == target


@pytest.mark.parametrize(("body", "trigger"), [
    ("The senator blasted the agency in a statement on Monday.", "blasted"),
    ("The mayor hammered the council over the budget.", "hammered"),
    ("Shareholders rejected a bonus plan that one investor blasted as greedy.", "blasted"),
    ("The coach ripped the referees for their calls after the game.", "ripped"),
])
def test_blows_struck_in_words_are_criticism(nlp, body: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    event = next((e for e in _events(nlp, body) if e.trigger.text == trigger), None)
    assert event is not None and event.category == "DISAPPROVE", body


@pytest.mark.parametrize(("body", "trigger", "target"), [
    ("Rebels blasted the convoy with rockets for hours.", "blasted", "convoy"),      # armed: a fight
    ("A man hammered his neighbour with a pipe.", "hammered", "his neighbour"),     # a blow, not words
])
def test_blows_struck_with_something_stay_force(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                target: str) -> None:
    event = next((e for e in _events(nlp, body) if e.trigger.text == trigger), None)
    assert event is not None and event.category in ("FIGHT", "ASSAULT"), body
    assert event.target is not None and event.target.name == target  # the instrument is not the target


def test_a_later_time_of_another_clause_does_not_date_a_past_act(nlp) -> None:  # type: ignore[no-untyped-def]
    body = ("The carrier will give up the route at the end of 2026, but will keep a subsidy that one "
            "investor criticised on a radio show.")
    criticised = next(e for e in _events(nlp, body) if e.trigger.text == "criticised")
    assert criticised.modality == "happened" and criticised.date is None
    handed = next(e for e in _events(nlp, "The carrier handed back the route on Friday.")
                  if e.trigger.text == "handed")
    assert handed.date is not None and handed.date.value == "2025-03-07"  # its own time stays


@pytest.mark.parametrize(("body", "trigger", "category"), [
    ("The party came under fire for its posts during the debate.", "fire", "DISAPPROVE"),
    ("The minister is under fire over the budget.", "fire", "DISAPPROVE"),
    ("A convoy came under fire from militants near the border on Monday.", "fire", "FIGHT"),
    ("The minister defended the decision on Monday.", "defended", "SUPPORT"),
    ("She defended her title in Paris.", "defended", "CONTEST"),
    ("The agency awarded contracts to five firms in May.", "awarded", "BUSINESS"),
    ("The brewer launched a takeover bid for its rival.", "bid", "BUSINESS"),
    ("The publication of the audit on Monday angered the unions.", "publication", "PUBLISH"),
    ("The firm reached a settlement with regulators in 2018.", "settlement", "AGREE"),
    ("The army launched an operation against the rebels.", "operation", "MOBILIZE"),
    ("The probe into the bank began in May.", "probe", "INVESTIGATE"),
    ("The envoy met with the foreign minister.", "met", "CONSULT"),
])
def test_the_sense_the_phrase_gives(nlp, body: str, trigger: str, category: str) -> None:  # type: ignore[no-untyped-def]
    event = next((e for e in _events(nlp, body) if e.trigger.text == trigger), None)
    assert event is not None and event.category == category, body


@pytest.mark.parametrize(("body", "trigger"), [
    ("The remark was met with hoots of laughter.", "met"),             # a reaction, not a meeting
    ("The publication reported that the plant would close.", "publication"),   # an outlet
    ("Two local publications closed last year.", "publications"),
    ("The space probe reached its orbit in May.", "probe"),            # a spacecraft
    ("Settlements in the territory have grown.", "Settlements"),        # places
    ("The company expanded its overseas operations.", "operations"),   # a business's work
])
def test_no_event_in_this_sense(nlp, body: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in _events(nlp, body) if e.trigger.text == trigger], body


def test_under_fire_names_who_is_fired_on(nlp) -> None:  # type: ignore[no-untyped-def]
    fire = next(e for e in _events(nlp, "A convoy came under fire from militants on Monday.")
                if e.trigger.text == "fire")
    assert fire.target is not None and fire.target.name == "convoy"
    assert fire.source is not None and fire.source.name.startswith("militants")
    assert not [e for e in _events(nlp, "A convoy came under fire from militants on Monday.")
                if e.trigger.text == "came"]


@pytest.mark.parametrize(("body", "trigger", "category", "modality"), [
    ("In the spring the brewery laid off 40 drivers.", "laid", "BUSINESS", "happened"),
    ("The chain reported a loss of 12 million euros for the year.", "reported", "BUSINESS", "happened"),
    ("The landlord did not accept the offer.", "accept", "AGREE", "blocked"),
    ("The cooperative announced on Tuesday that it was now the biggest landowner in the valley.", "announced",
     "STATEMENT", "happened"),                                  # nothing else happens in what was announced
])
def test_company_results_and_answers(nlp, body: str, trigger: str, category: str,  # type: ignore[no-untyped-def]
                                     modality: str) -> None:
    event = next((e for e in _events(nlp, body) if e.trigger.text == trigger), None)
    assert event is not None and (event.category, event.modality) == (category, modality), body


@pytest.mark.parametrize(("body", "trigger"), [
    ("The brewer announced on Monday that it will shut its bottling line.", "announced"),   # the shutting is
    ("The ministry reported that two soldiers died.", "reported"),                          # the words, not an act
])
def test_an_announcement_of_an_act_is_the_act(nlp, body: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in _events(nlp, body) if e.trigger.text == trigger], body


@pytest.mark.parametrize(("body", "noun", "verb", "target"), [
    ("The government faced stiff criticism on Tuesday after the vote.", "criticism", "faced", "government"),
    ("The decision drew condemnation from the council on Tuesday.", "condemnation", "drew", "decision"),
])
def test_what_the_subject_undergoes_is_the_event(nlp, body: str, noun: str, verb: str,  # type: ignore[no-untyped-def]
                                                 target: str) -> None:
    events = _events(nlp, body)
    event = next(e for e in events if e.trigger.text == noun)
    assert event.target is not None and event.target.name == target
    assert event.date is not None and event.date.value == "2025-03-11"
    assert not [e for e in events if e.trigger.text == verb], body  # not the same happening twice


def test_a_verb_with_a_plain_object_is_still_the_happening(nlp) -> None:  # type: ignore[no-untyped-def]
    assert [e.category for e in _events(nlp, "The ferry docked at Piraeus on Tuesday.")
            if e.trigger.text == "docked"] == ["HAPPENING"]


def test_a_verdict_and_its_sentence_are_two_events(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The smuggler was sentenced on Tuesday to twelve years. After a two-day trial in September, "
                          "a jury convicted him of robbery.")
    sentenced = next(e for e in events if e.trigger.text == "sentenced")
    assert sentenced.date is not None and sentenced.date.value == "2025-03-11"
    assert [e.date.value for e in events if e.trigger.text == "convicted" and e.date] == ["2024-09"]


@pytest.mark.parametrize(("body", "charged"), [
    ("Two guards were charged over the inmate's death.", True),
    ("Three men were charged in the killing of a shopkeeper.", True),
    ("The firm charged a fee for late payments.", False),
])
def test_charged_over_or_in_a_crime_is_a_charge(nlp, body: str, charged: bool) -> None:  # type: ignore[no-untyped-def]
    assert [e.category for e in _events(nlp, body) if e.trigger.text == "charged"] == (["LEGAL"] if charged else [])


@pytest.mark.parametrize(("body", "trigger", "category"), [
    ("The harbour master testified before the House committee on Tuesday.", "testified", "INVESTIGATE"),
    ("The baker testified at the trial on Tuesday.", "testified", "LEGAL"),           # a court
    ("The oversight hearings resumed on Tuesday.", "hearings", "INVESTIGATE"),
    ("The court hearing resumed on Tuesday.", "hearing", "LEGAL"),
    ("The aide described the June 3 call with the governor.", "call", "CONSULT"),
    ("The envoy repeated his call for a ceasefire.", "call", "DEMAND"),
])
def test_hearings_and_calls_by_their_kind(nlp, body: str, trigger: str, category: str) -> None:  # type: ignore[no-untyped-def]
    event = next((e for e in _events(nlp, body) if e.trigger.text == trigger), None)
    assert event is not None and event.category == category, body


@pytest.mark.parametrize(("body", "trigger", "category"), [
    ("Fighting broke out near the border on Monday.", "Fighting", "FIGHT"),
    ("Two farmers were injured in clashes with riot police on Tuesday.", "clashes", "FIGHT"),
    ("Clashes between police and miners left two dead.", "Clashes", "FIGHT"),
    ("The two ministers clashed over the budget.", "clashed", "DISAPPROVE"),          # words
    ("Protesters clashed with police over the arrest.", "clashed", "PROTEST"),       # a riot (CAMEO 145)
    ("Protesters rallied on Monday over the arrest of the activist.", "rallied", "PROTEST"),
])
def test_fighting_told_as_fighting(nlp, body: str, trigger: str, category: str) -> None:  # type: ignore[no-untyped-def]
    event = next((e for e in _events(nlp, body) if e.trigger.text == trigger), None)
    assert event is not None and event.category == category, body


@pytest.mark.parametrize("body", [
    "He described the conflict between the church and the hackers.",
    "The price war was the latest battle in a long war of words.",
])
def test_a_war_of_words_is_no_fight(nlp, body: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in _events(nlp, body) if e.category == "FIGHT"], body


def test_a_reason_is_not_dated_by_the_act_it_explains(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The council adjourned on Tuesday over the deaths of two firefighters.")
    deaths = next(e for e in events if e.trigger.text == "deaths")
    assert deaths.date is None
    adjourned = next(e for e in events if e.trigger.text == "adjourned")
    assert adjourned.date is not None and adjourned.date.value == "2025-03-11"


def test_a_hyphenated_prefix_is_no_event(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Auditors re-opened the inquiry into the accounts in May.")
    assert not [e for e in events if e.trigger.text in ("re", "-")]
    assert [e.category for e in events if e.trigger.text == "inquiry"] == ["INVESTIGATE"]


@pytest.mark.parametrize(("body", "trigger", "category"), [
    ("The governor launched her candidacy in Leeds on Monday.", "launched", "ELECTION"),
    ("The donor froze development aid to the island in July.", "froze", "SANCTION"),
    ("The party claimed victory on Sunday.", "claimed", "STATEMENT"),
    ("The senator attacked the decision on Monday.", "attacked", "DISAPPROVE"),
    ("Gunmen attacked the convoy on Monday.", "attacked", "ASSAULT"),            # blows, not words
])
def test_the_object_decides_the_act(nlp, body: str, trigger: str, category: str) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, body)
    assert [e.category for e in events if e.trigger.text == trigger] == [category], body


@pytest.mark.parametrize(("body", "noun"), [
    ("The donor froze development aid to the island in July.", "aid"),   # stopped, not given
    ("The party claimed victory on Sunday.", "victory"),                          # said, not won in a contest
    ("The remark struck her as unfair.", "struck"),                               # seemed, no blow
])
def test_no_second_event_for_what_was_stopped_or_only_claimed(nlp, body: str,  # type: ignore[no-untyped-def]
                                                              noun: str) -> None:
    assert not [e for e in _events(nlp, body) if e.trigger.text == noun], body


def test_a_celebration_does_not_date_what_it_celebrates(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The agency celebrated the launch of its first shuttle on Tuesday.")
    launch = next(e for e in events if e.trigger.text == "launch")
    assert launch.category == "LAUNCH" and launch.date is None


@pytest.mark.parametrize(("body", "trigger", "category"), [
    ("A car struck a cyclist as she crossed the road.", "struck", "ACCIDENT"),
    ("A pedestrian was hit by a bus on Monday.", "hit", "ACCIDENT"),
    ("The driver rammed his car into the gate.", "rammed", "ASSAULT"),            # someone drove it at it
])
def test_a_vehicle_that_hits_is_a_collision(nlp, body: str, trigger: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert _categories(nlp, body, trigger) == [category], body


@pytest.mark.parametrize(("body", "trigger"), [
    ("The bus ran late again.", "ran"),
    ("The comments struck her as unfair.", "struck"),
    ("Ana Ruiz, a researcher at the Harbor Policy Forum, welcomed the ruling.", "Forum"),
    ("Rural settlements in the valley have grown. Officials declared most settlements safe.", "settlements"),
])
def test_no_happening_here(nlp, body: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in _events(nlp, body) if e.trigger.text == trigger], body


def test_an_occasion_named_like_an_institution_still_counts(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The prime minister spoke at the Harbor Policy Forum on Tuesday.")
    assert [e.category for e in events if e.trigger.text == "Forum"] == ["CONSULT"]


@pytest.mark.parametrize(("body", "trigger", "category"), [
    ("Crowds filled the theatre for the opening night of the comedy.", "opening", "LAUNCH"),
    ("Voters went to the polls on election day.", "election", "ELECTION"),
])
def test_a_happening_named_by_its_night_or_day(nlp, body: str, trigger: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert _categories(nlp, body, trigger) == [category], body


def test_a_compound_before_another_noun_is_still_no_event(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in _events(nlp, "The attack helicopter landed at the base.") if e.trigger.text == "attack"]


@pytest.mark.parametrize(("body", "trigger", "category"), [
    ("A bus plunged into a ravine on Monday, killing 20 passengers.", "plunged", "ACCIDENT"),
    ("The barge was lost when it sank off the cape in March 1994.", "lost", "ACCIDENT"),
    ("The club lost the final on Sunday.", "lost", "CONTEST"),
])
def test_vehicles_in_trouble(nlp, body: str, trigger: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert _categories(nlp, body, trigger) == [category], body


def test_shares_that_plunge_are_no_accident(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in _events(nlp, "Shares plunged on Monday.") if e.category == "ACCIDENT"]


@pytest.mark.parametrize(("body", "trigger"), [
    ("If the rash spreads, see a pharmacist and wash the towels.", "see"),     # advice to the reader
    ("You should see a pharmacist if the rash spreads.", "see"),
    ("The news broke on Monday.", "broke"),                                      # the reporting itself
    ("Nobody knows how the surveyors arrived at those figures.", "arrived"),
    ("The chef took to social media on Monday to thank diners.", "took"),
])
def test_not_a_happening_of_the_story(nlp, body: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in _events(nlp, body) if e.trigger.text == trigger], body


@pytest.mark.parametrize(("body", "trigger", "category"), [
    ("Thousands took to the streets on Sunday.", "took", "PROTEST"),
    ("The envoy arrived in Kyiv on Monday.", "arrived", "CONSULT"),
    ("The senator saw her doctor on Monday.", "saw", "CONSULT"),              # told, not advised
])
def test_the_same_verbs_telling_happenings(nlp, body: str, trigger: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert _categories(nlp, body, trigger) == [category], body


@pytest.mark.parametrize(("body", "trigger", "category"), [
    ("Police stopped the march on Monday.", "march", "PROTEST"),
    ("Students joined the protest on Friday.", "protest", "PROTEST"),
    ("The union repeated its demand for higher pay.", "demand", "DEMAND"),
    ("The advert drew a backlash on Monday.", "backlash", "DISAPPROVE"),
])
def test_protests_demands_and_backlash(nlp, body: str, trigger: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert _categories(nlp, body, trigger) == [category], body


def test_those_who_join_a_protest_protest(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Students joined the protest on Friday.")
    protest = next(e for e in events if e.trigger.text == "protest")
    assert protest.source is not None and protest.source.name == "Students"
    assert not [e for e in events if e.trigger.text == "joined"]


@pytest.mark.parametrize(("body", "trigger"), [
    ("The bakery had to contend with heavy demand at Easter.", "demand"),      # buyers' demand
    ("The bakery had to contend with heavy demand at Easter.", "contend"),
    ("The vote was held in March.", "March"),                                       # the month
    ("The school keeps challenging itself to improve.", "challenging"),
])
def test_no_event_in_these_senses(nlp, body: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in _events(nlp, body) if e.trigger.text == trigger], body


def test_an_attacks_toll_is_the_attack(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The bombing wounded three guards on Friday.")
    assert [e.category for e in events] == ["ASSAULT"]
    assert events[0].target is not None and events[0].target.name == "three guards"


@pytest.mark.parametrize(("body", "kept", "gone"), [
    ("The teachers protested on Monday, warning that an outbreak could follow.", "protested", "warning"),
    ("The mayor scolded the contractor on Thursday, accusing it of delays.", "scolded", "accusing"),
])
def test_a_participle_restating_words_is_the_same_act(nlp, body: str, kept: str,  # type: ignore[no-untyped-def]
                                                       gone: str) -> None:
    triggers = [e.trigger.text for e in _events(nlp, body)]
    assert kept in triggers and gone not in triggers, body


def test_a_call_for_more_is_its_own_act(nlp) -> None:  # type: ignore[no-untyped-def]
    triggers = [e.trigger.text for e in _events(nlp, "The union condemned the plan, calling for a strike.")]
    assert "condemned" in triggers and "calling" in triggers


def test_a_warning_does_not_date_what_it_warns_of(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The teachers protested on Monday, warning that an outbreak could follow.")
    outbreak = next(e for e in events if e.trigger.text == "outbreak")
    assert outbreak.modality == "hypothetical" and outbreak.date is None


@pytest.mark.parametrize(("body", "trigger", "category", "modality"), [
    ("The county health office reported its fourth measles case on Sunday.", "reported", "DISASTER", "happened"),
    ("Three more cases were confirmed in the valley last week.", "confirmed", "DISASTER", "happened"),
    ("Officials quarantined a school class on Monday.", "quarantined", "COERCE", "happened"),
    ("The poet passed away in 1998.", "passed", "DEATH", "happened"),
    ("The residents lobbied for a ban on Thursday night.", "ban", "COERCE", "demanded"),
])
def test_cases_quarantines_deaths_and_lobbying(nlp, body: str, trigger: str, category: str,  # type: ignore[no-untyped-def]
                                               modality: str) -> None:
    event = next((e for e in _events(nlp, body) if e.trigger.text == trigger), None)
    assert event is not None and (event.category, event.modality) == (category, modality), body


def test_confirmed_deaths_are_deaths_not_cases(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The ministry confirmed the deaths of two soldiers.")
    assert [e.category for e in events] == ["DEATH"]


@pytest.mark.parametrize(("body", "trigger", "category"), [
    ("The airline will commence flights to the islands in April.", "commence", "LAUNCH"),
    ("The two firms settled the dispute on Monday.", "settled", "AGREE"),
    ("Northwind released Quartzite, its new operating system, in October.", "released", "LAUNCH"),
    ("The militia released Karim Haddad on Monday.", "released", "RETREAT"),        # a person
    ("On Friday the maker presented the Zephyrion on stage.", "presented", "LAUNCH"),  # a name taken for a firm
    ("Quillsoft released several redesigns of its logo.", "released", "HAPPENING"),  # a thing: no retreat
    ("The envoy arrived in Kyiv on Monday.", "arrived", "CONSULT"),
    ("The new jet arrived at the airport on Monday.", "arrived", "HAPPENING"),      # a craft meets no one
])
def test_company_and_craft_senses(nlp, body: str, trigger: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert _categories(nlp, body, trigger) == [category], body


def test_background_is_not_dated_by_the_days_news(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The firm unveiled its new phone on Wednesday. It had founded a games studio in its "
                          "garage. Its first phone sold well.")
    founded = next(e for e in events if e.trigger.text == "founded")
    assert founded.date is None


@pytest.mark.parametrize(("body", "trigger", "category"), [
    ("The judge barred the developer from building on the marsh.", "barred", "LEGAL"),     # a ruling
    ("Police barred protesters from the square.", "barred", "COERCE"),
    ("The chief executive was pushed out in July.", "pushed", "APPOINT"),
])
def test_rulings_and_ousters(nlp, body: str, trigger: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert _categories(nlp, body, trigger) == [category], body


def test_until_ends_a_stretch_it_does_not_date_the_act(nlp) -> None:  # type: ignore[no-untyped-def]
    barred = next(e for e in _events(nlp, "The judge barred the developer from the site until April 2026.")
                  if e.trigger.text == "barred")
    assert barred.date is None
    ruled = next(e for e in _events(nlp, "The court did not rule until Friday.") if e.trigger.text == "rule")
    assert ruled.date is not None and ruled.date.value == "2025-03-07"   # negated: it ruled then


@pytest.mark.parametrize(("body", "category"), [
    ("The senator called the decision an insult.", "DISAPPROVE"),
    ("The bishop called the reform \"reckless\".", "DISAPPROVE"),
    ("The mayor called the ruling a breakthrough.", "SUPPORT"),
    ("The minister called the plan a first step.", None),        # a plain label: words reported, no event
])
def test_a_label_that_judges(nlp, body: str, category: str | None) -> None:  # type: ignore[no-untyped-def]
    assert [e.category for e in _events(nlp, body) if e.trigger.text == "called"] == ([category] if category else []), \
        body


@pytest.mark.parametrize(("body", "trigger"), [
    ("The financial year ended on March 31.", "ended"),                       # the calendar turns
    ("The new figure indicates a rise on the previous year.", "indicates"),
    ("The trams wore the city's colours on Monday.", "wore"),
])
def test_calendar_turns_and_states_are_no_happenings(nlp, body: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in _events(nlp, body) if e.trigger.text == trigger], body


def test_a_dated_act_is_still_one(nlp) -> None:  # type: ignore[no-untyped-def]
    assert [e.category for e in _events(nlp, "The ferry docked at the pier on Monday.")
            if e.trigger.text == "docked"] == ["HAPPENING"]


SPORTS = ("Madrid — The champions won the league title on Sunday after the striker scored twice in the final match "
          "of the season. ")


def test_a_comeback_is_part_of_the_match(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, SPORTS + "The visitors rallied from a goal down to draw with the leaders.")
    assert not [e for e in events if e.category == "MOBILIZE"]
    meetings = _events(nlp, SPORTS + "The two sides drew in their last meeting in March.")
    assert [e.category for e in meetings if e.trigger.text == "meeting"] == ["CONTEST"]


def test_outside_sport_a_meeting_is_a_meeting(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The ministers held a meeting in March.")
    assert [e.category for e in events if e.trigger.text == "meeting"] == ["CONSULT"]


@pytest.mark.parametrize(("body", "trigger", "kept"), [
    ("The council is sending surveys to measure noise levels.", "measure", False),   # an aim
    ("Police set up roadblocks to stop the looting.", "stop", False),
    ("The minister travelled to Paris to sign the accord.", "sign", True),      # a journey's business
    ("The rebels vowed to attack the city.", "attack", True),                   # a vow's content
])
def test_an_aim_is_no_happening_of_its_own(nlp, body: str, trigger: str, kept: bool) -> None:  # type: ignore[no-untyped-def]
    assert bool([e for e in _events(nlp, body) if e.trigger.text == trigger]) == kept, body


@pytest.mark.parametrize(("body", "trigger"), [
    ("Today, we are going to talk about focus.", "going"),                         # a future, not a going
    ("The lender's bond yield has climbed fast over the past week, hitting 16 percent on Monday.", "hitting"),
    ("The index scaled a new all-time high on Wednesday.", "scaled"),
])
def test_levels_and_futures_are_no_happenings(nlp, body: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in _events(nlp, body) if e.trigger.text == trigger], body


@pytest.mark.parametrize(("body", "trigger", "category"), [
    ("Two herders were diagnosed with plague last week.", "diagnosed", "DISASTER"),
    ("Rebels hit the convoy on Monday.", "hit", "FIGHT"),                          # a blow, not a level
])
def test_diagnoses_and_blows(nlp, body: str, trigger: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert _categories(nlp, body, trigger) == [category], body


def test_in_a_game_report_play_is_no_violence(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, SPORTS + "The forward fired a shot past the goalkeeper. The visitors forced overtime with a "
                                   "late goal. Garrett hit the quarterback with his helmet in the match.")
    assert [e.trigger.text for e in events if e.category in ("ASSAULT", "FIGHT", "COERCE")] == ["hit"]


def test_a_market_rally_is_no_protest(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in _events(nlp, "Stocks extended their rally on Monday as the market rose.")
                if e.category == "PROTEST"]
    assert [e.category for e in _events(nlp, "Thousands joined a rally in the capital on Sunday.")
            if e.trigger.text == "rally"] == ["PROTEST"]


def test_a_score_line_is_a_result(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The Hawks beat the Owls 3-2 in overtime on Tuesday night in the league match.\n\n"
                          "Herons 1, Cranes 4\n\nThe goalkeeper made 30 saves in the match.")
    line = next(e for e in events if e.rule == "rule:results_line")
    assert (line.source and line.source.name, line.target and line.target.name) == ("Cranes", "Herons")
    assert line.date is not None and line.date.value.startswith("2025-03-11")


def test_two_numbers_in_prose_are_no_result(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The Hawks beat the Owls 3-2 in the league match on Tuesday. The striker scored twice.\n\n"
                          "Attendance rose to 4, then 12 thousand over the last half of the season.")
    assert not [e for e in events if e.rule == "rule:results_line"]


def test_a_named_side_is_not_replaced_by_who_helped(nlp) -> None:  # type: ignore[no-untyped-def]
    beat = next(e for e in _events(nlp, "The Hawks beat the Owls 3-2 in the league match, with the striker "
                                        "scoring twice.") if e.trigger.text == "beat")
    assert beat.target is not None and beat.target.name == "Owls"


@pytest.mark.parametrize(("body", "trigger", "category"), [
    ("Rangers have warned hikers to keep off the ridge trail.", "warned", "DEMAND"),    # an advisory
    ("The rebels warned that they would attack the city.", "warned", "THREATEN"),      # a threat
    ("The hunter killed a rabbit near the border on Monday.", "killed", "HAPPENING"),  # game, not a person
    ("Gunmen killed two guards on Monday.", "killed", "ASSAULT"),
    ("The agency assured the public that the risk was low.", "assured", "STATEMENT"),
])
def test_advisories_reassurances_and_hunts(nlp, body: str, trigger: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert _categories(nlp, body, trigger) == [category], body


@pytest.mark.parametrize(("body", "trigger", "category"), [
    ("The post was taken down by censors on Friday.", "taken", "COERCE"),             # censorship
    ("Workers took down the old bridge in May.", "took", "HAPPENING"),                # a demolition
])
def test_market_levels_and_take_downs(nlp, body: str, trigger: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert _categories(nlp, body, trigger) == [category], body


def test_a_side_got_past_is_the_loser_not_the_score(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, SPORTS + "Lakeside comfortably got past Riverton 3-0 in Group C on Tuesday.")
    got = next(e for e in events if e.trigger.text == "got")
    assert got.category == "CONTEST" and got.target is not None and got.target.name == "Riverton"


def test_fixtures_in_a_game_report_are_to_come(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, SPORTS + "Lakeside takes on Riverton on Wednesday.")
    takes = next(e for e in events if e.trigger.text == "takes")
    assert (takes.category, takes.modality) == ("CONTEST", "planned")
    assert takes.target is not None and takes.target.name == "Riverton"
    played = next(e for e in _events(nlp, SPORTS + "Lakeside beat Riverton 2-1 on Tuesday.")
                  if e.trigger.text == "beat")
    assert played.modality == "happened"


@pytest.mark.parametrize(("body", "trigger", "category"), [
    ("The two chief executives held a fireside chat on Tuesday.", "chat", "CONSULT"),
    ("She gave a lecture at the university on Monday.", "lecture", "STATEMENT"),
])
def test_talks_of_two_and_talks_to_many(nlp, body: str, trigger: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert _categories(nlp, body, trigger) == [category], body


def test_a_plunges_toll_is_the_plunge(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "…, killing 20 passengers": the dead are the accident's toll, told in its evidence, not a second event."""
    events = _events(nlp, "A bus plunged into a ravine on Monday, killing 20 passengers.")
    assert [e.category for e in events] == ["ACCIDENT"] and len(events[0].evidence) == 2

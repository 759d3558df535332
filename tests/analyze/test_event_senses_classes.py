"""Word senses that event data reads differently from the verb's CAMEO default, each class beside a hard
negative: sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.analyze import analyze_articles
from dateline.evaluation.plover import plover_view
from dateline.ingest import article_from_text
from dateline.model import Analysis, Event


def _events(nlp, body: str) -> list[Event]:  # type: ignore[no-untyped-def]
    text = "date 2025-03-12 NAIROBI, Kenya — " + body
    result = next(iter(analyze_articles([article_from_text(text, "<test>")], nlp)))
    assert isinstance(result, Analysis)
    return result.events


def _categories(nlp, body: str, trigger: str, happenings: bool = True) -> list[str]:  # type: ignore[no-untyped-def]
    """The categories of the events that word names; without the uncategorised dated HAPPENING when only the
    sense is asked about."""
    return [e.category for e in _events(nlp, body) if e.trigger.text == trigger
            and (happenings or e.category != "HAPPENING")]


def _view(nlp, body: str, trigger: str) -> str | None:  # type: ignore[no-untyped-def]
    """The PLOVER reading of the event named by that word, or None when the word names none."""
    return next((plover_view(e) for e in _events(nlp, body) if e.trigger.text == trigger), None)


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # a lawsuit is a formal accusation (PLOVER ACCUSE 'allege'), not an arrest
    ("A fishing cooperative has sued the shipping line over a spill that fouled its nets.", "sued", "DISAPPROVE"),
    # dismissing a proposal rejects it; dismissing an official removes him from office
    ("Rebel leaders brushed aside the ultimatum and dismissed the offer of an amnesty.", "dismissed", "REJECT"),
    ("The president dismissed the defence minister on Friday.", "dismissed", "APPOINT"),
    # expelling diplomats or inspectors cuts relations (SANCTION); expelling migrants deports people (COERCE)
    ("Peru expelled the Chilean envoy and two of his aides.", "expelled", "SANCTION"),
    ("The government expelled the United Nations weapons inspectors on Monday.", "expelled", "SANCTION"),
    ("Kenya expelled three Ugandan traders on Monday.", "expelled", "COERCE"),
    # defying a ban or a law is a rejection; violating a ceasefire is still combat
    ("Two weekly papers flouted the censorship law by printing the letter.", "flouted", "REJECT"),
    ("Rebel fighters violated the ceasefire on Sunday near the border.", "violated", "FIGHT"),
    # summoning an ambassador presents a grievance (PLOVER manual, ACCUSE); summoning ministers is a meeting
    ("The foreign minister summoned the Ugandan ambassador on Monday.", "summoned", "DISAPPROVE"),
    ("The prime minister summoned his cabinet on Monday.", "summoned", "CONSULT"),
    # easing a curfew or lifting a state of emergency is a concession (PLOVER manual, CONCEDE)
    ("Authorities eased the curfew in the port city after a week of calm.", "eased", "CONCEDE"),
    ("The cabinet lifted the emergency rule across the northern province.", "lifted", "CONCEDE"),
    # lifting sanctions is still an easing of sanctions (RETREAT 'ease')
    ("The European Union lifted sanctions on the country's airline.", "lifted", "RETREAT"),
    # a call for something is an appeal; calling someone is a phone call
    ("Doctors in the capital call for urgent action on the drug shortage.", "call", "DEMAND"),
    ("The union called on the government to raise the minimum wage.", "called", "DEMAND"),
    ("The president called the Ugandan prime minister on Monday.", "called", "CONSULT"),
    # turning down a request rejects it; turning down the music is no event
    ("The council turned down the request of the traders.", "turned", "REJECT"),
    ("The neighbours turned down the music after midnight.", "turned", None),
    # an exchange of fire is fighting, its "fire" no blaze; a fire that destroys a building is one
    ("After an exchange of fire near the border post, the army withdrew its troops.", "exchange", "FIGHT"),
    ("After an exchange of fire near the border post, the army withdrew its troops.", "fire", None),
    ("A fire destroyed the grain warehouse on Monday.", "fire", "ACCIDENT"),  # a building's fire: an accident
    ("A bush fire has burned 3,000 hectares in the hills since Monday.", "fire", "DISASTER"),  # land: a wildfire
    ("The blaze has blackened 800 hectares of pine since Monday.", "blaze", "DISASTER"),
    # hanging out, around or up is no execution
    ("The singer was hanging out with friends at the harbour.", "hanging", None),
    ("The singer hung up on the radio host.", "hung", None),
    # a leak of a substance is an accident; a leak of a document a publication
    ("A fuel leak forced the harbour to close.", "leak", "ACCIDENT"),
    ("The stricken tanker leaked oil into the bay.", "leaked", "ACCIDENT"),
    ("A leak of the draft budget angered the finance minister.", "leak", "PUBLISH"),
    ("The memo was leaked to reporters by an aide.", "leaked", "PUBLISH"),
])
def test_sense_classes(nlp, body: str, trigger: str, category: str | None) -> None:  # type: ignore[no-untyped-def]
    assert _view(nlp, body, trigger) == category


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # a vow to fight is a threat, even where the parse hangs "to fight" as a purpose clause
    ("Guerrilla leaders swore on Sunday to keep fighting until the last soldier leaves.", "fighting", "THREATEN"),
    ("The militia vowed to fight on.", "fight", "THREATEN"),
    # the oath itself is no accusation; being sworn in takes office
    ("Guerrilla leaders swore on Sunday to keep fighting until the last soldier leaves.", "swore", None),
    ("The new cabinet was sworn in on Monday.", "sworn", "APPOINT"),
])
def test_vows(nlp, body: str, trigger: str, category: str | None) -> None:  # type: ignore[no-untyped-def]
    assert _view(nlp, body, trigger) == category


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # a CAMEO pattern reads the verb's own clause, not a clause inside its object: backing a motion that
    # widens sanctions is support (promised: AGREE), not a threat of sanctions
    ("Lagos said it will back a motion that seeks to widen sanctions on the junta.", "back", "AGREE"),
    ("Lagos said it would back sanctions on the junta.", "back", "THREATEN"),
    # rejecting a plan to build a trade zone rejects the plan; it cuts no trade
    ("Ghana's cabinet rejected a plan for building a free trade zone along the border.", "rejected", "REJECT"),
    # the verb's own complement stays in its clause (PETRARCH codes an appeal to back someone as support)
    ("The envoy urged the bloc to support the new government.", "urged", "SUPPORT"),
])
def test_patterns_stay_in_their_clause(nlp, body: str, trigger: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert _view(nlp, body, trigger) == category


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # PLOVER: joint military exercises are cooperation; one country's exercises are a show of force
    ("The Chilean and Peruvian navies started war games off the coast on Sunday.", "started", "COOPERATE"),
    ("The navy held drills with Brazilian frigates near the islands.", "drills", "COOPERATE"),
    ("The Chilean navy started war games off the coast on Sunday.", "started", "MOBILIZE"),
    ("The navy held drills near the islands.", "drills", "MOBILIZE"),
    ("The army deployed troops with tanks to the border.", "deployed", "MOBILIZE"),
    # readying to fight is mobilisation, a posture; saying one will fight is a threat
    ("Militia commanders were preparing to attack the airport, residents said.", "attack", "MOBILIZE"),
    ("Militia commanders said they would attack the airport.", "attack", "THREATEN"),
])
def test_military_posture(nlp, body: str, trigger: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert _view(nlp, body, trigger) == category


def test_an_event_noun_carries_its_aspectual_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    body = "In the south, strikes by dock workers went on for a third week."
    assert _view(nlp, body, "went") is None
    assert _view(nlp, body, "strikes") == "PROTEST"
    assert _view(nlp, "Troops continued shelling the town on Monday.", "shelling") == "FIGHT"


def test_a_release_cited_as_source_is_no_event(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _view(nlp, "Cut-off villages have no clean water, according to a press release from the charity.",
                 "release") is None
    assert _view(nlp, "The rebels issued a press release on Monday.", "release") == "PUBLISH"


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # an authority letting someone act yields (CAMEO 080); rules or the weather let no one do anything
    ("The interior minister allowed the opposition leader to hold a rally in the capital.", "allowed",
     "CONCEDE"),
    ("The electoral board voted to allow the exiled senator to stand in the vote.", "allow", "CONCEDE"),
    ("The new rules allow companies to hire foreign workers.", "allow", None),
    ("The weather allowed the rescuers to reach the village.", "allowed", None),
])
def test_permission_is_a_concession_by_someone(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                               category: str | None) -> None:
    assert _view(nlp, body, trigger) == category


@pytest.mark.parametrize(("body", "category"), [
    # a hearing into something is an inquiry, even with a day between the noun and its "into"
    ("The regulator began a hearing last week into the collapse of the bank.", "INVESTIGATE"),
    ("A tribunal will begin a hearing into the collapse of the bank.", "INVESTIGATE"),
    ("The court held a hearing on Monday.", "LEGAL"),
])
def test_a_hearing_into_is_an_inquiry(nlp, body: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert _view(nlp, body, "hearing") == category


@pytest.mark.parametrize(("body", "trigger"), [
    ("A federal judge sentenced the smuggler to 12 years in prison on Monday.", "sentenced"),
    ("A jury convicted the former mayor of fraud in May.", "convicted"),
    ("A grand jury indicted three bank officers on Thursday.", "indicted"),
])
def test_a_court_s_acts_are_legal_events_and_coerce_in_plover_terms(nlp, body: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in _events(nlp, body) if e.trigger.text == trigger)
    assert event.category == "LEGAL" and plover_view(event) == "COERCE"


def test_a_sentence_of_a_text_is_no_court_act(nlp) -> None:  # type: ignore[no-untyped-def]
    assert all(e.category != "LEGAL" for e in _events(nlp, "The editor shortened the opening sentence on Monday."))


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # a thing that "leads police" or "leads" anyone mobilizes no one; a person, or weapons fired, act
    ("A trail of footprints led police to the warehouse on Monday.", "led", None),
    ("A neighbour of the family led police to the warehouse on Monday.", "led", "MOBILIZE"),
    ("Rockets hit the port on Monday.", "hit", "FIGHT"),
])
def test_cameo_acts_need_an_acting_subject(nlp, body: str, trigger: str, category: str | None) -> None:  # type: ignore[no-untyped-def]
    assert _categories(nlp, body, trigger, happenings=False) == ([category] if category else [])


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # charged with a crime is a court's act; charged with a task is a duty; police charging a crowd is force
    ("Prosecutors charged the former aide with fraud on Friday.", "charged", "LEGAL"),
    ("The committee was charged with the task of drafting the rules.", "charged", None),
    ("Mounted police charged the protesters near the station on Monday.", "charged", "COERCE"),
    # a car stolen is a crime; a show stolen is praise
    ("Two men stole a delivery van from the depot on Monday.", "stole", "CRIME"),
    ("The young striker stole the show on Sunday.", "stole", None),
])
def test_charging_and_stealing_by_sense(nlp, body: str, trigger: str, category: str | None) -> None:  # type: ignore[no-untyped-def]
    assert _categories(nlp, body, trigger, happenings=False) == ([category] if category else [])


def test_the_deed_a_court_convicts_for_keeps_no_date_of_the_court(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "After a trial in October, a jury convicted the driver of stealing a lorry.")
    convicted = next(e for e in events if e.trigger.text == "convicted")
    stealing = next(e for e in events if e.trigger.text == "stealing")
    assert convicted.date is not None and convicted.date.value == "2024-10"
    assert stealing.date is None


def test_a_trial_and_a_sentence_of_one_man_are_two_events(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The smuggler Ivo Marsh was sentenced to nine years in prison on Monday. "
                          "His trial in Mombasa began in January.")
    legal = {e.trigger.text: e.date.value if e.date else None for e in events if e.category == "LEGAL"}
    assert legal == {"sentenced": "2025-03-10", "trial": "2025-01"}


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # charging a device is no accusation; matching a rival is no fight; struggling to do is no fight
    ("The hotel lounge has desks for charging laptops.", "charging", None),
    ("No rival could match the range of the new engine.", "match", None),
    ("Older tablets struggle to stay cool in the sun.", "struggle", None),
    # a product that hits the shelves is launched; a price that hits a record is no attack
    ("The new handset hit the shelves in Nairobi on Friday.", "hit", "LAUNCH"),
    ("Coffee prices hit a record on Monday.", "hit", None),
    ("A missile hit the fuel depot on Monday.", "hit", "FIGHT"),
    # a product released is a launch; a detainee released is freed
    ("The company released a cheaper smartphone on Tuesday.", "released", "LAUNCH"),
])
def test_consumer_technology_words_are_not_conflict(nlp, body: str, trigger: str, category: str | None) -> None:  # type: ignore[no-untyped-def]
    assert _categories(nlp, body, trigger, happenings=False) == ([category] if category else [])


def test_a_typographic_contraction_is_no_happening(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "There’s more rain due this week, and it’s colder.")
    assert [e.trigger.text for e in events] == []


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # dying is a death, not a fight; a brawl or a fight between people is an assault; a fight against a cause is none
    ("Four fishermen died at sea last week.", "died", "DEATH"),
    ("The fight on Thursday led to suspensions.", "fight", "ASSAULT"),
    ("The fight against poverty continues.", "fight", None),
    ("The legal fight over the will dragged on.", "fight", None),
    # fines handed out are a sanction; a fine example is none
    ("The players were handed heavy fines on Monday.", "fines", "SANCTION"),
    ("It was a fine example of teamwork.", "fine", None),
    # a reporter's question is no demand; a hint is words, not an appeal; a present habit is no happening
    ("When asked about the decision, the coach did not respond.", "asked", None),
    ("The chairwoman hinted that the board felt relieved.", "hinted", None),
    ("The council usually approves the budget in March.", "approves", None),
    ("The council approved the budget on Monday.", "approved", "HAPPENING"),
    # a past habit told with no time, or a rhythm "on a daily basis", is no happening; a dated one stays
    ("Students often protested outside the depot.", "protested", None),
    ("The two envoys met on a weekly basis.", "met", None),
    ("Students often protested outside the depot in May 2019.", "protested", "PROTEST"),
])
def test_deaths_fights_fines_and_asides(nlp, body: str, trigger: str, category: str | None) -> None:  # type: ignore[no-untyped-def]
    assert _categories(nlp, body, trigger) == ([category] if category else [])


def test_a_date_that_modifies_another_noun_does_not_date_the_event(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Saturday's brawl in the car park led to long suspensions for three fans.")
    suspensions = next(e for e in events if e.trigger.text == "suspensions")
    assert suspensions.date is None
    brawl = next(e for e in events if e.trigger.text == "brawl")
    assert brawl.date is not None and brawl.date.value.startswith("2025-03-08")


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # games lost or won are contests; a seat lost is an election
    ("The home side lost the game on Sunday.", "lost", "CONTEST"),
    ("The party lost three seats in the vote.", "lost", "ELECTION"),
    # shoving, punching, kicking a person is assault; kicking off a festival is none
    ("The defender shoved the referee on Thursday.", "shoved", "ASSAULT"),
    ("The festival kicked off on Friday.", "kicked", None),
    # a court's witnesses and pleas are legal acts; pleading for time is an appeal
    ("The victim's mother testified on Tuesday.", "testified", "LEGAL"),
    ("The former clerk pleaded guilty to fraud on Monday.", "pleaded", "LEGAL"),
    # products debut or roll out
    ("The new model debuted at a fair in Tokyo last month.", "debuted", "LAUNCH"),
    ("The bank rolled out the new app on Monday.", "rolled", "LAUNCH"),
    # a hospital admission is a dated happening; an admission in words is speech
    ("The drummer was admitted to a clinic on Saturday.", "admitted", "HAPPENING"),
    ("The driver admitted that he had taken the car.", "admitted", None),
])
def test_sport_courtroom_and_product_verbs(nlp, body: str, trigger: str, category: str | None) -> None:  # type: ignore[no-untyped-def]
    assert _categories(nlp, body, trigger) == ([category] if category else [])


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # shopping deals, market demand, free trials and phone calls are commerce, not politics or courts
    ("These are the best holiday deals on headphones.", "deals", None),
    ("The two leaders struck a deal on Monday.", "deal", "AGREE"),
    ("Overwhelming demand crashed the ticket site on Tuesday.", "demand", None),
    ("Protesters repeated their demand for his release.", "demand", "DEMAND"),
    ("Millions signed up for the free trial.", "trial", None),
    ("The trial of the former mayor began on Monday.", "trial", "LEGAL"),
    ("Staff took calls from customers all day.", "calls", None),
])
def test_commercial_senses_of_political_nouns(nlp, body: str, trigger: str, category: str | None) -> None:  # type: ignore[no-untyped-def]
    assert _categories(nlp, body, trigger) == ([category] if category else [])


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # named to a post is an appointment; a street named is none
    ("The economist was named head of the central bank in March.", "named", "APPOINT"),
    ("The council named a street after the poet.", "named", None),
    # talks scuttled or a bill derailed are rejected; a ship scuttled is none, a train derailed an accident
    ("The prime minister scuttled the merger talks in June.", "scuttled", "REJECT"),
    ("The crew scuttled the ship off the coast.", "scuttled", None),
    ("A freight train derailed near the border on Monday.", "derailed", "ACCIDENT"),
])
def test_appointments_and_scuttled_plans(nlp, body: str, trigger: str, category: str | None) -> None:  # type: ignore[no-untyped-def]
    assert _categories(nlp, body, trigger) == ([category] if category else [])


def test_what_can_be_done_is_no_happening_what_cannot_is_blocked(nlp) -> None:  # type: ignore[no-untyped-def]
    assert [e.trigger.text for e in _events(nlp, "The new platform can help clinics cut waiting times.")] == []
    assert [e.trigger.text for e in _events(nlp, "Protesters can block the road for hours.")] == []
    blocked = [e for e in _events(nlp, "The two leaders cannot meet before the summit in May.")
               if e.trigger.text == "meet"]
    assert [e.modality for e in blocked] == ["blocked"]


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # a landslide victory is no disaster; a landslide that kills is
    ("The challenger won in a landslide.", "landslide", None),
    ("A landslide buried three houses on Monday.", "landslide", "DISASTER"),
    # a win or a loss in a game is a contest; weight loss and losses in battle are not
    ("The hosts celebrated a 3-0 win at home on Tuesday.", "win", "CONTEST"),
    ("The coach spoke after Saturday's loss to the league leaders.", "loss", "CONTEST"),
    ("Weight loss is hard for many patients.", "loss", None),
    ("The army suffered heavy losses in the battle.", "losses", None),
    # evidence found or offered is a finding, not an act; a company joined is a hire, talks joined a meeting
    ("Auditors found no evidence of fraud.", "found", None),
    ("The minister offered no explanation for the delay.", "offered", None),
    ("She joined the company in 2012.", "joined", "APPOINT"),
])
def test_landslides_wins_losses_findings_and_hires(nlp, body: str, trigger: str, category: str | None) -> None:  # type: ignore[no-untyped-def]
    assert _categories(nlp, body, trigger) == ([category] if category else [])


def test_votes_and_landslide_wins_are_elections(nlp) -> None:  # type: ignore[no-untyped-def]
    voted = [e for e in _events(nlp, "The senate voted on the budget bill on Monday.") if e.trigger.text == "voted"]
    assert [(e.category, e.date.value if e.date else None) for e in voted] == [("ELECTION", "2025-03-10")]
    won = [e.category for e in _events(nlp, "The challenger won in a landslide.") if e.trigger.text == "won"]
    assert won == ["ELECTION"]


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # sport: teams beaten are a contest, shots blocked and bids spoiled are play, a pep talk is a talk given
    ("The club has beaten a strong side from the capital.", "beaten", "CONTEST"),
    ("Two men beat a shopkeeper outside the market on Monday.", "beat", "ASSAULT"),
    ("A defender blocked a shot from close range.", "blocked", None),
    ("Protesters blocked the main road on Monday.", "blocked", "PROTEST"),
    ("A penalty spoiled the keeper's clean-sheet bid on Sunday.", "spoiled", None),
    ("The captain gave the squad a pep talk before the final.", "talk", "STATEMENT"),
])
def test_sport_is_not_conflict(nlp, body: str, trigger: str, category: str | None) -> None:  # type: ignore[no-untyped-def]
    assert _categories(nlp, body, trigger) == ([category] if category else [])


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # agreeing with a decision is an opinion; agreeing with a country is an agreement
    ("The union said it agreed with the panel's decision.", "agreed", None),
    ("Russia agreed with Turkey on a ceasefire on Monday.", "agreed", "AGREE"),
    # the sentence a charge carries is the law's, not a court's act
    ("The offence carries a maximum sentence of seven years.", "sentence", None),
    ("The court handed him a prison sentence on Monday.", "sentence", "LEGAL"),
])
def test_opinions_and_statutory_penalties_are_no_events(nlp, body: str, trigger: str, category: str | None) -> None:  # type: ignore[no-untyped-def]
    assert _categories(nlp, body, trigger) == ([category] if category else [])


def test_a_question_is_an_inquiry_not_a_demand(nlp) -> None:  # type: ignore[no-untyped-def]
    body = "The minister asked the fire chief why the alarm failed."
    asked = [e.category for e in _events(nlp, body) if e.trigger.text == "asked"]
    assert asked == ["INVESTIGATE"]
    asked = [e.category for e in _events(nlp, "The minister asked the army to withdraw.") if e.trigger.text == "asked"]
    assert asked == ["DEMAND"]


def test_discussing_something_in_a_statement_is_a_statement_not_a_meeting(nlp) -> None:  # type: ignore[no-untyped-def]
    body = "Discussing the drought in a televised statement, the governor urged calm."
    assert [e.category for e in _events(nlp, body) if e.trigger.text == "Discussing"] == ["STATEMENT"]
    met = [e.category for e in _events(nlp, "The two leaders discussed trade in Geneva on Monday.")
           if e.trigger.text == "discussed"]
    assert met == ["CONSULT"]


@pytest.mark.parametrize(("body", "event", "light"), [
    ("The senator took to social media on Monday to denounce the court's decision.", "denounce", "took"),
    ("Two fans threw punches outside the stadium on Saturday night.", "punches", "threw"),
    ("Nurses staged a walkout at the county hospital on Friday.", "walkout", "staged"),
])
def test_a_light_verb_is_not_listed_beside_the_event_its_object_or_purpose_names(
        nlp, body: str, event: str, light: str) -> None:  # type: ignore[no-untyped-def]
    found = _events(nlp, body)
    assert any(e.trigger.text == event and e.date is not None for e in found)  # the event keeps the clause's date
    assert not [e for e in found if e.trigger.text == light]


@pytest.mark.parametrize(("body", "verb"), [
    ("The ferry docked at the island port on Monday to unload grain.", "docked"),  # the purpose names no event
    ("Hikers found the missing dog on Monday.", "found"),  # the object names no event
])
def test_a_dated_verb_whose_object_and_purpose_name_no_event_is_still_the_happening(
        nlp, body: str, verb: str) -> None:  # type: ignore[no-untyped-def]
    assert _categories(nlp, body, verb) == ["HAPPENING"]


@pytest.mark.parametrize("body", [
    "The ballad struck a chord with older listeners.",
    "The new release breaks the old workflow for many users.",
])
def test_force_with_no_arms_and_no_one_struck_is_no_attack(nlp, body: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in _events(nlp, body) if e.category in ("ASSAULT", "FIGHT")]


@pytest.mark.parametrize(("body", "trigger"), [
    ("Two men fought outside a bar on Saturday.", "fought"),  # people fight: an assault, unarmed
    ("A man attacked his neighbour with a hammer on Sunday.", "attacked"),
    ("Rival fans clashed with stewards on Friday.", "clashed"),  # (protesters who clash riot: PROTEST)
])
def test_unarmed_people_fighting_is_still_an_assault(nlp, body: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert _categories(nlp, body, trigger) == ["ASSAULT"]


@pytest.mark.parametrize("body", [
    "Sign up for our newsletter to get the latest news from the region.",
    "Read more: Senate votes to approve the budget.",
    "Also on the website: Protesters clash with police in the capital.",
])
def test_words_addressed_to_the_reader_are_no_happenings(nlp, body: str) -> None:  # type: ignore[no-untyped-def]
    assert _events(nlp, body) == []


@pytest.mark.parametrize(("body", "trigger"), [
    ("Protesters clash with police in the capital.", "clash"),  # the story's own headline-style sentence
    ("The senate votes on the budget on Friday.", "votes"),
])
def test_a_sentence_with_its_own_subject_is_not_addressed_to_the_reader(
        nlp, body: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert _categories(nlp, body, trigger)


@pytest.mark.parametrize(("body", "verb", "expected"), [
    ("The news on Monday left her overwhelmed.", "left", []),  # the state it left her in
    ("The delay on Monday kept passengers waiting.", "kept", []),
    ("The minister left the capital on Monday.", "left", ["HAPPENING"]),  # hard negative: a departure
])
def test_the_state_something_left_someone_in_is_no_happening(
        nlp, body: str, verb: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _categories(nlp, body, verb) == expected


@pytest.mark.parametrize(("body", "trigger", "category"), [
    ("The governor's office released a letter from the auditor on Monday.", "released", "PUBLISH"),
    ("The agency released a transcript of the hearing on Friday.", "released", "PUBLISH"),
    ("The rebels released two captives on Friday.", "released", "RETREAT"),  # hard negative: people freed
    ("The mayor's call with the union leaders lasted an hour.", "call", "CONSULT"),  # a conversation
    ("Her call for a recount was rejected on Monday.", "call", "DEMAND"),  # hard negative: an appeal
])
def test_documents_released_are_publications_and_calls_with_someone_conversations(
        nlp, body: str, trigger: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert category in _categories(nlp, body, trigger)


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    ("A stock market rally on Monday lifted shares of regional banks.", "rally", []),  # prices rising
    ("Supporters held a rally in the main square on Monday.", "rally", ["PROTEST"]),  # hard negative
    ("The former governor suffered a heart attack on Monday.", "attack", ["HAPPENING"]),  # an illness
    ("Rebels launched an attack on the army base on Monday.", "attack", ["FIGHT"]),  # hard negative (armed: FIGHT)
    ("Both campaigns are courting the suburban vote this autumn.", "vote", []),  # a bloc of voters
    ("The union vote on the contract is on Friday.", "vote", ["ELECTION"]),  # hard negative: a ballot
])
def test_a_noun_modifier_that_changes_what_the_event_noun_names(
        nlp, body: str, trigger: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _categories(nlp, body, trigger) == expected


def test_the_illness_keeps_the_clause_date_and_its_light_verb_is_not_listed(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _events(nlp, "The former governor suffered a heart attack on Monday.")
    assert [e.trigger.text for e in found] == ["attack"] and found[0].date is not None


def test_now_and_recently_date_no_event_a_calendar_day_does(nlp) -> None:  # type: ignore[no-untyped-def]
    found = {e.trigger.text: e.date for e in _events(nlp, "The ministry recently opened an inquiry into the crash.")}
    assert "inquiry" in found and found["inquiry"] is None  # "recently" is no day on the calendar
    dated = {e.trigger.text: e.date for e in _events(nlp, "The ministry opened an inquiry into the crash on Monday.")}
    assert any(d is not None and d.value == "2025-03-10" for d in dated.values())


@pytest.mark.parametrize(("body", "trigger", "found"), [
    # a common noun opening the sentence is no name: sediment left out of the samples is no one excluded
    ("The survey ended in May. Sediment excluded from the samples was weighed separately.", "excluded", False),
    # hard negative: a name the parser tags, alone at the head of the sentence, still acts
    ("The navy met on Monday. Kestrel was decommissioned last month in Mombasa.", "decommissioned", True),
])
def test_a_capitalised_common_noun_is_no_actor(nlp, body: str, trigger: str, found: bool) -> None:  # type: ignore[no-untyped-def]
    assert bool([e for e in _events(nlp, body) if e.trigger.text == trigger]) is found


@pytest.mark.parametrize(("body", "trigger", "found"), [
    # anyone at all, told as a rule or a condition: no one occasion
    ("With the new service, you purchase any film you like from the store.", "purchase", False),
    ("If someone attacks a ranger, the park closes for a week.", "attacks", False),
    ("Everyone should visit the old fort at least once.", "visit", False),
    # hard negatives: one occasion, even with such a doer; a denial of everyone is a blocked happening
    ("Someone attacked a ranger near the gate.", "attacked", True),
    ("Officials said no one will be deported under the new rules.", "deported", True),
    ("You attacked our embassy, the minister told the envoy.", "attacked", True),
    # one of a kind of person and what such a person may do: advice, no one's act
    ("Crashes are common here. A lawyer might negotiate a settlement with the insurer.", "negotiate", False),
    ("Crashes are common here. An officer may arrest a driver who flees.", "arrest", False),
    # hard negatives: one act doubted, or dated, or done
    ("The siege ended. A gunman may have fired from the roof.", "fired", True),
    ("The siege ended. A lawyer could appeal the ruling on Friday.", "appeal", True),
    ("The siege ended. A lawyer appealed the ruling.", "appealed", True),
])
def test_anyone_doing_it_as_a_rule_is_no_event(nlp, body: str, trigger: str, found: bool) -> None:  # type: ignore[no-untyped-def]
    assert bool([e for e in _events(nlp, body) if e.trigger.text == trigger]) is found


@pytest.mark.parametrize(("body", "category"), [
    # "it" in a clause hung on another is that clause's subject: a boiler or a tanker exploding is an accident
    ("The old boiler was being repaired when it exploded on Monday.", "ACCIDENT"),
    ("The tanker caught fire off the coast on Monday and it exploded.", "ACCIDENT"),
    # hard negative: people are not what "it" names, so the sense stays unknown
    ("The guards were asleep when it exploded in the market on Monday.", "HAPPENING"),
])
def test_it_takes_the_thing_its_governing_clause_names(nlp, body: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.category for e in _events(nlp, body) if e.trigger.text == "exploded"] == [category]


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # opening a building or a line is a launch (the guideline's "buildings launched or opened")
    ("The carmaker opened a battery factory outside Mombasa on Monday.", "opened", "LAUNCH"),
    ("The county reopened the coastal highway on Tuesday.", "reopened", "LAUNCH"),
    ("The president inaugurated the new terminal at the airport.", "inaugurated", "LAUNCH"),
    # hard negatives: opening a border eases a restriction; an inaugurated president takes office; fire is combat
    ("Kenya opened its border with Somalia on Monday.", "opened", "CONCEDE"),
    ("The new president was inaugurated on Monday.", "inaugurated", "APPOINT"),
    ("Soldiers opened fire on the convoy near the border.", "opened", "FIGHT"),
])
def test_opening_a_building_is_a_launch(nlp, body: str, trigger: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert _categories(nlp, body, trigger) == [category]


@pytest.mark.parametrize(("body", "found"), [
    # a passive label with no one giving it names a thing; no one says anything
    ("The lung disease is called farmer's lung.", False),
    ("The museum sells a series of prints called the Harbour Views.", False),
    # hard negatives: someone labels it — a statement of record
    ("The ministry called the tender process a sham.", True),
    ("The plan was called a disaster by the opposition.", True),
])
def test_a_name_given_by_no_one_is_no_statement(nlp, body: str, found: bool) -> None:  # type: ignore[no-untyped-def]
    assert bool([e for e in _events(nlp, body) if e.trigger.text == "called"]) is found


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    # "almost", "nearly" on the verb: it did not happen
    ("Two airliners nearly collided over the airport on Sunday.", "collided", "hypothetical"),
    ("The climber almost died on the ridge last winter.", "died", "hypothetical"),
    # hard negative: "nearly" on a number counts the dead
    ("Nearly 200 people died in the floods last week.", "died", "happened"),
])
def test_almost_happening_is_not_happening(nlp, body: str, trigger: str, modality: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.modality for e in _events(nlp, body) if e.trigger.text == trigger] == [modality]


def test_being_able_to_act_is_no_happening(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Is able to travel" says what the team can do; hard negative: "was able to travel" says it did."""
    able = _events(nlp, "Thanks to the grant, the team is able to travel to Geneva for the talks.")
    assert not [e for e in able if e.trigger.text == "travel"]
    did = _events(nlp, "Thanks to the grant, the team was able to travel to Geneva for the talks on Monday.")
    assert [e for e in did if e.trigger.text == "travel"]


@pytest.mark.parametrize(("body", "trigger", "found"), [
    # the article speaking of itself or of its own newsgathering
    ("Amina Odhiambo in Kisumu contributed to this report.", "contributed", False),
    ("Minutes obtained by our reporter on Friday show that the board was dissolved in April.", "obtained",
     False),
    ("In this article, we discuss the new tax rules.", "discuss", False),
    # hard negatives: the story's own acts, even of a newsroom's people; a quoted "we"
    ("Minutes obtained by our reporter on Friday show that the board was dissolved in April.", "dissolved",
     True),
    ("Our correspondent was arrested in Minsk on Monday.", "arrested", True),
    ("The minister discussed the new tax rules on Monday.", "discussed", True),
])
def test_the_article_about_itself_is_no_happening(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                  found: bool) -> None:
    assert bool([e for e in _events(nlp, body) if e.trigger.text == trigger]) is found


@pytest.mark.parametrize(("body", "category"), [
    # seeing a doctor or a lawyer is a consultation, a happening for the timeline
    ("The driver saw a specialist in Nairobi in November 2023.", ["CONSULT"]),
    # hard negatives: seeing a film or the damage is perception
    ("The driver saw the film in November 2023.", []),
    ("The minister saw the damage on Monday.", []),
])
def test_seeing_a_professional_is_a_consultation(nlp, body: str, category: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _categories(nlp, body, "saw") == category


def test_harm_with_no_one_doing_it_in_an_accident_story_is_its_toll(nlp) -> None:  # type: ignore[no-untyped-def]
    """After a bridge collapse, "those who were injured were taken to hospital" tells the collapse's toll, filed
    with the collapse (an injury is no death); hard negative: in a story of a raid, "a guard was injured" stays an
    assault."""
    accident = _events(nlp, "A footbridge collapsed over the river on Monday. Officials said all those who "
                            "were injured had been taken to hospital.")
    assert [e.category for e in accident if e.trigger.text == "injured"] == ["ACCIDENT"]
    flood = _events(nlp, "A flood swept through the valley on Monday. Officials said all those who were injured "
                         "had been taken to hospital.")
    assert [e.category for e in flood if e.trigger.text == "injured"] == ["DISASTER"]
    plot = _events(nlp, "A ferry sank off the cape on Monday. The island's leader has survived attempts to kill "
                        "him for decades.")  # an attempt to harm someone is someone's act, no toll
    assert [e.category for e in plot if e.trigger.text == "kill"] == ["ASSAULT"]
    raid = _events(nlp, "Gunmen raided a bank in the old town on Monday. A guard was injured, police said. "
                        "A footbridge collapsed nearby on Tuesday.")
    assert [e.category for e in raid if e.trigger.text == "injured"] == ["ASSAULT"]


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # a prize or a trophy awarded is a result of a contest, like a medal; a contract awarded is business
    ("The violinist was awarded first prize at the national youth competition in 2022.", "awarded", "CONTEST"),
    ("The jury awarded the Kisumu choir the festival trophy.", "awarded", "CONTEST"),
    ("The ministry awarded the Mombasa yard a contract for two ferries.", "awarded", "BUSINESS"),
    # a book or a record launched is published; an app launched is a product's launch
    ("The poet launched her second book at a Nairobi bookshop on Friday.", "launched", "PUBLISH"),
    ("The singer has just launched a debut album.", "launched", "PUBLISH"),
    ("The bank launched a mobile savings app on Monday.", "launched", "LAUNCH"),
])
def test_prizes_awarded_and_books_launched(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                           category: str) -> None:
    assert _categories(nlp, body, trigger) == [category], body


@pytest.mark.parametrize(("body", "expected"), [
    # a blow at an inquiry, a ruling or a plan is a judgement, and the day is the judging's, not the inquiry's
    ("The former striker blasted the doping investigation on Friday.",
     [("blasted", "DISAPPROVE", "2025-03-07"), ("investigation", "INVESTIGATE", None)]),
    # hard negative: a blast at positions is a strike of war
    ("Warplanes blasted rebel positions near the border on Friday.", [("blasted", "FIGHT", "2025-03-07")]),
])
def test_blasting_a_decision_or_an_inquiry_is_criticism(nlp, body: str,  # type: ignore[no-untyped-def]
                                                        expected: list[tuple[str, str, str | None]]) -> None:
    assert [(e.trigger.text, e.category, e.date.value if e.date else None) for e in _events(nlp, body)] == expected


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # a firm rescued is a bailout; a sector or a region "rescued" is no one pulled from danger
    ("The treasury rescued the struggling Coast Bank on Monday.", "rescued", "BUSINESS"),
    ("Coastguards rescued twelve fishermen off Lamu on Monday.", "rescued", "RESCUE"),  # hard negative
])
def test_a_firm_rescued_is_a_bailout(nlp, body: str, trigger: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert _categories(nlp, body, trigger) == [category], body


def test_a_sector_rescued_is_no_rescue(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "RESCUE" not in _categories(nlp, "The candidate pledged to rescue the farming sector from decline.",
                                       "rescue")


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # a device deployed, even in a participle the tagger reads as past, is put to work, not forces moved
    ("The prototype buoy, deployed off Lamu, was installed in February.", "deployed", "LAUNCH"),
    ("The army deployed two battalions to the border on Monday.", "deployed", "MOBILIZE"),  # hard negative
])
def test_a_device_deployed_is_no_mobilisation(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                              category: str) -> None:
    assert _categories(nlp, body, trigger) == [category], body


@pytest.mark.parametrize(("body", "category"), [
    ("The opposition released a communique in a Nairobi daily on Monday.", "PUBLISH"),  # a text made public
    ("The party released its manifesto on Monday.", "PUBLISH"),
    ("The rebels released two hostages on Monday.", "RETREAT"),  # hard negative: people set free
])
def test_a_communique_or_manifesto_released_is_published(nlp, body: str,  # type: ignore[no-untyped-def]
                                                         category: str) -> None:
    assert _categories(nlp, body, "released") == [category], body


@pytest.mark.parametrize(("body", "category"), [
    # protesters storming a building are a violent protest, however many are counted
    ("Demonstrators stormed the parliament building in Nairobi on Wednesday.", "PROTEST"),
    ("Hundreds of protesters stormed the finance ministry.", "PROTEST"),
    ("Special forces stormed the hijackers' compound at dawn.", "FIGHT"),  # hard negative: an armed assault
])
def test_protesters_storming_a_building_protest(nlp, body: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert _categories(nlp, body, "stormed") == [category], body


def test_a_capitalised_first_word_taken_for_a_name_does_not_act(nlp) -> None:  # type: ignore[no-untyped-def]
    source = next(e.source for e in _events(nlp, "Riot police fired tear gas at protesters outside parliament.")
                  if e.trigger.text == "fired")
    assert source is not None and source.name == "Riot police"


def test_the_one_a_video_shows_did_not_post_it(nlp) -> None:  # type: ignore[no-untyped-def]
    source = next(e.source for e in _events(nlp, "Traffic rose after the Ann Wanjiru video appeared on the "
                                                 "internet on Monday.") if e.trigger.text == "appeared")
    assert source is None or source.name != "Ann Wanjiru"
    # hard negative: the one who posts it acts
    source = next(e.source for e in _events(nlp, "Ann Wanjiru posted a video on the internet on Monday.")
                  if e.trigger.text == "posted")
    assert source is not None and source.name == "Ann Wanjiru"


@pytest.mark.parametrize(("body", "category"), [
    ("Six fire engines were sent to the burning warehouse on Monday.", "RESCUE"),  # crews to a scene
    ("Ambulances were sent to the quarry on Monday.", "RESCUE"),  # a capital first word the tagger takes for a name
    ("The charity sent tents and food to the flooded villages on Monday.", "AID"),  # hard negative: goods
    ("Each school in the league was sent a crate of science kits.", "AID"),  # a school team receives, no rescue
])
def test_fire_engines_sent_are_a_rescue(nlp, body: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert _categories(nlp, body, "sent") == [category], body


@pytest.mark.parametrize(("body", "trigger", "category"), [
    ("Riot police broke up the march with baton-charges on Monday.", "baton-charges", "COERCE"),  # a crowd driven
    ("The clerk faces three charges of fraud.", "charges", "LEGAL"),  # hard negative: charges in court
])
def test_a_baton_charge_is_no_charge_in_court(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                              category: str) -> None:
    assert _categories(nlp, body, trigger) == [category], body


@pytest.mark.parametrize(("body", "category"), [
    ("The governor will name Mary Otieno as surgeon general on Monday.", ["APPOINT"]),  # an office given
    ("The league named Peter Kamau as head referee for the final.", ["APPOINT"]),
    ("Detectives named the driver as the suspect on Monday.", ["HAPPENING"]),  # hard negative: no office
])
def test_naming_someone_as_an_officer_appoints(nlp, body: str, category: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [c for c in _categories(nlp, body, "name") + _categories(nlp, body, "named")] == category, body


@pytest.mark.parametrize(("body", "trigger", "category"), [
    ("The old dam burst on Monday after days of rain.", "burst", ["ACCIDENT"]),  # a structure failed
    ("The swollen river burst its banks on Monday.", "burst", ["DISASTER"]),  # water over the land
    ("Rising water flooded two villages near the delta on Monday.", "flooded", ["DISASTER"]),
    ("Dozens of homes were flooded on Monday after the storm.", "flooded", ["DISASTER"]),
    ("Jubilant supporters flooded the streets on Monday.", "flooded", []),  # hard negatives: people, not water
    ("The newsroom was flooded with complaints on Monday.", "flooded", []),
    ("Cheap imports have flooded the market.", "flooded", []),
    ("The housing bubble burst in 2008.", "burst", []),
])
def test_water_and_burst_structures(nlp, body: str, trigger: str, category: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _categories(nlp, body, trigger, happenings=False) == category, body


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # a passive subject is what the verb acts on, as its object would be
    ("Troops were sent to the northern border on Monday.", "sent", ["MOBILIZE"]),
    ("The army sent troops to the northern border on Monday.", "sent", ["MOBILIZE"]),
    # a noun naming its head's line of work is not what the verb acts on: aid workers freed are people, not aid
    ("Two aid workers held by the militia were released on Monday.", "released", ["RETREAT"]),
    ("The militia released two aid workers on Monday.", "released", ["RETREAT"]),
    # hard negatives: aid released is aid; a passive event noun stays the event's own trigger
    ("The government released food aid to the flooded districts on Monday.", "released", ["AID"]),
    ("Two lawsuits have been filed against the port authority.", "filed", []),
])
def test_passive_subjects_and_kinds_of_staff(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                             category: list[str]) -> None:
    assert _categories(nlp, body, trigger) == category, body


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # tear gas used or answered with is force against a crowd; gas used to heat or a statement answered with is not
    ("Riot police used tear gas to clear the square.", "used", ["ASSAULT"]),
    ("Police responded with tear gas when the crowd surged.", "responded", ["ASSAULT"]),
    ("The bakery used gas to heat its ovens.", "used", []),
    # control or command assumed is a post taken; a grant received is aid, a fellowship an honour
    ("The deputy assumed command of the garrison in 2019.", "assumed", ["APPOINT"]),
    ("The clinic received a grant from the province.", "received", ["AID"]),
    ("The poet received a fellowship from the academy.", "received", ["CONTEST"]),
    ("The clinic received a letter from the province.", "received", []),
])
def test_tear_gas_posts_taken_and_grants(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                         category: list[str]) -> None:
    assert _categories(nlp, body, trigger, happenings=False) == category, body


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # a bill debated is talked over; starting to debate it is the debate, not a threat
    ("The assembly started to debate the fisheries bill on Monday.", "debate", ["CONSULT"]),
    ("The assembly started to debate the fisheries bill on Monday.", "started", []),
    # a subpoena or a writ served is a court step; a meal served with a smile is none
    ("Bailiffs served the owner with a writ on Monday.", "served", ["LEGAL"]),
    ("The waiter served the owner with a smile.", "served", []),
    # a search of a boat or a home is an inquiry, one for survivors a rescue, one for a new coach neither
    ("Coastguards carried out a search of the trawler.", "search", ["INVESTIGATE"]),
    ("The search for survivors resumed at dawn.", "search", ["RESCUE"]),
    ("The club began its search for a new coach.", "search", []),
])
def test_debates_writs_and_searches(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                    category: list[str]) -> None:
    assert _categories(nlp, body, trigger, happenings=False) == category, body


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # local news told with CAMEO verbs: a business taken over, crews arriving, staff gathering, a police chase
    ("The brothers took over the bakery in 2019.", "took", ["BUSINESS"]),
    ("Rebels took control of the port in 2019.", "took", ["COERCE"]),
    ("Firefighters arrived within minutes.", "arrived", ["HAPPENING"]),
    ("The foreign minister arrived in Lima on Monday.", "arrived", ["CONSULT"]),
    ("Employees gathered outside the plant on Monday.", "gathered", ["HAPPENING"]),
    ("The driver led deputies on a chase through two towns.", "led", ["CRIME"]),
    # a fire set by someone is arson; one set off by a storm is not
    ("The chapel was burned down by two teenagers in 1998.", "burned", ["CRIME"]),
    ("The chapel was burned down by a brush fire in 1998.", "fire", ["DISASTER"]),
    ("The suspect was arraigned on Monday.", "arraigned", ["LEGAL"]),
])
def test_local_news_verbs(nlp, body: str, trigger: str, category: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _categories(nlp, body, trigger) == category, body


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # joining a side as one of its staff is taking a post; cooperating with prosecutors is cooperation
    ("The winger joined the Rovers as a trainee in 2016.", "joined", ["APPOINT"]),
    ("The accountant is cooperating with prosecutors.", "cooperating", ["COOPERATE"]),
])
def test_posts_joined_and_cooperation_with_inquiries(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                   category: list[str]) -> None:
    assert _categories(nlp, body, trigger) == category, body


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # a riot's small acts: a brick through a window, a roadblock set up, a man put in handcuffs, a summons given
    ("Fans rioted after the match. A rock was hurled through a patrol car's rear window.", "hurled", ["PROTEST"]),
    ("Officers set up a roadblock on the bypass.", "set", ["COERCE"]),
    ("The driver was put in handcuffs and given a summons.", "put", ["COERCE"]),
    ("The driver was put in handcuffs and given a summons.", "given", ["LEGAL"]),
    # hard negatives: a ball thrown into a net, a firm set up, a book put in a car
    ("The striker threw the ball into the net.", "threw", []),
    ("She put the book in her car.", "put", []),
])
def test_small_acts_of_a_riot_and_an_arrest(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                           category: list[str]) -> None:
    assert _categories(nlp, body, trigger) == category, body


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a person dismissed leaves a post; claims dismissed are a court's ruling
    ("The night clerk was dismissed last week.", "dismissed", [("APPOINT", "happened")]),
    ("The judge dismissed the claims in May.", "dismissed", [("LEGAL", "happened")]),
    # what is done as the main clause goes on is going on now; a past "as" clause is over
    ("Police are appealing for witnesses as they investigate the robbery.", "investigate",
     [("INVESTIGATE", "ongoing")]),
    ("The robber fled as police arrived.", "arrived", [("HAPPENING", "happened")]),
])
def test_dismissals_and_acts_told_while_others_go_on(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                    expected: list[tuple[str, str]]) -> None:
    assert [(e.category, e.modality) for e in _events(nlp, body) if e.trigger.text == trigger] == expected, body


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # a shot sunk is a play of the game; a ferry sunk is an accident
    ("The guard sank a free throw with two seconds left.", "sank", []),
    ("The ferry sank off the cape on Monday.", "sank", ["ACCIDENT"]),
    # joining others as the only ones to do a thing is a record, no post taken
    ("The back joined two former greats as the only rushers with three long runs in a season.", "joined", []),
])
def test_plays_sunk_and_records_joined(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                       category: list[str]) -> None:
    assert _categories(nlp, body, trigger, happenings=False) == category, body


@pytest.mark.parametrize(("body", "expected"), [
    # buildings set on fire were set alight by someone (in a riot, the riot's damage); a bus catching fire is an
    # accident
    ("Two warehouses were set on fire on Monday.", [("ASSAULT", "2025-03-10")]),
    ("Rioters hurled stones at shops. Two warehouses were set on fire on Monday.", [("PROTEST", "2025-03-10")]),
    ("A bus caught fire on the ring road on Monday.", [("ACCIDENT", "2025-03-10")]),
])
def test_set_on_fire_is_no_accident(nlp, body: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, body)
    told = [(e.category, e.date.value if e.date else None) for e in events
            if e.trigger.text in ("fire", "caught", "set")]
    assert told == expected, body


def test_an_autopsy_released_is_published(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _categories(nlp, "The coroner released the autopsy on Monday.", "released") == ["PUBLISH"]
    assert _categories(nlp, "Police released the deckhand on Monday.", "released") == ["RETREAT"]


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # guards or troops leaving their posts withdraw; a chief leaving his post resigns
    ("The palace guards left their posts as the crowd surged.", "left", ["RETREAT"]),
    ("The harbour chief left his post in May.", "left", ["APPOINT"]),
])
def test_posts_left_by_guards_and_by_chiefs(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                            category: list[str]) -> None:
    assert _categories(nlp, body, trigger) == category, body


@pytest.mark.parametrize(("body", "trigger", "found"), [
    # support someone has or enjoys is a standing, no giving of it
    ("The harbour master has the support of the fishermen.", "support", False),
    ("The harbour master enjoys the backing of the council.", "backing", False),
    # hard negative: backing won on a day is an act
    ("The harbour master won the backing of the council on Monday.", "backing", True),
])
def test_support_someone_has_is_a_standing(nlp, body: str, trigger: str, found: bool) -> None:  # type: ignore[no-untyped-def]
    assert bool([e for e in _events(nlp, body) if e.trigger.text == trigger]) is found, body


@pytest.mark.parametrize(("body", "trigger", "category"), [
    # asking someone is consultation; undergoing a test is an examination; a body enacting a rule acts alone
    ("The owner checked with the agent on Saturday.", "checked", "CONSULT"),
    ("The jockey submitted to a drug test on Saturday.", "submitted", "INVESTIGATE"),
    ("The port authority enacted new rules in 2019.", "enacted", "HAPPENING"),
    # hard negatives: a search of things; yielding to pressure; a chamber's vote
    ("The owner checked the ledgers on Saturday.", "checked", "INVESTIGATE"),
    ("The jockey submitted to pressure from the owners.", "submitted", "CONCEDE"),
    ("Parliament enacted the port law in 2019.", "enacted", "ELECTION"),
    # beating a rival to win an order: the order won is the happening, not a game
    ("Last month, Meyer Werft defeated Fincantieri to win an order for six ferries.", "defeated", None),
    ("The guard grabbed ten rebounds before checking out with a minute to play.", "checking", None),
    ("The guard grabbed ten rebounds before checking out with a minute to play.", "grabbed", None),
])
def test_verbs_read_by_their_objects(nlp, body: str, trigger: str, category: str | None) -> None:  # type: ignore[no-untyped-def]
    found = [e.category for e in _events(nlp, body) if e.trigger.text == trigger]
    assert found == ([category] if category else []), body


@pytest.mark.parametrize(("body", "found"), [
    # a leave taken from work is a happening of the story
    ("The harbour master has taken medical leave.", True),
    ("The harbour master took a leave of absence in May.", True),
    # hard negative: leave as a word for going, a verb, is read elsewhere; a leave policy names no absence
    ("The port offers generous leave to its staff.", False),
])
def test_a_leave_from_work_is_a_happening(nlp, body: str, found: bool) -> None:  # type: ignore[no-untyped-def]
    assert bool([e for e in _events(nlp, body) if e.trigger.text == "leave"]) is found, body


@pytest.mark.parametrize(("body", "trigger", "found"), [
    # a maker putting off its own flight or launch: the happening's fate, no rebuff of anyone
    ("Vestra delayed the test flight after the accident.", "delayed", False),
    ("Vestra delayed the test flight after the accident.", "flight", True),
    # hard negative: a government putting off talks is coded, as PLOVER does
    ("The government delayed the peace talks on Monday.", "delayed", True),
])
def test_a_maker_delaying_its_own_happening_is_its_fate(nlp, body: str, trigger: str, found: bool) -> None:  # type: ignore[no-untyped-def]
    assert bool([e for e in _events(nlp, body) if e.trigger.text == trigger]) is found, body


@pytest.mark.parametrize(("body", "trigger", "found"), [
    # a happening named only as a likeness, a machine part switched off: no happening
    ("The noise in the hall was comparable to a live concert.", "concert", False),
    ("The crew disengaged one engine during the test.", "disengaged", False),
    # hard negatives: the concert itself; troops pulling back
    ("The live concert in the hall ended at midnight.", "concert", True),
    ("Troops disengaged from the border area on Monday.", "disengaged", True),
])
def test_likenesses_and_machine_parts(nlp, body: str, trigger: str, found: bool) -> None:  # type: ignore[no-untyped-def]
    assert bool([e for e in _events(nlp, body) if e.trigger.text == trigger]) is found, body


@pytest.mark.parametrize(("body", "trigger", "found"), [
    # a chair or a car shoved somewhere is no protest against anyone
    ("The clerk pushed a heavy desk against the door.", "pushed", False),
    # hard negative: a stand against a policy
    ("Farmers pushed against the port reforms.", "pushed", True),
])
def test_things_pushed_are_no_protest(nlp, body: str, trigger: str, found: bool) -> None:  # type: ignore[no-untyped-def]
    assert bool([e for e in _events(nlp, body) if e.trigger.text == trigger]) is found, body

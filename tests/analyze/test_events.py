"""Events with actors, dates and modality, on sentences written for each modality."""

from __future__ import annotations

import pytest

from dateline.analyze import analyze_articles
from dateline.ingest import article_from_text
from dateline.model import Analysis, Event


def _by_trigger(nlp, body: str, trigger: str) -> Event:  # type: ignore[no-untyped-def]
    """The event named by that word of the sentence (the test fails, naming the sentence, if none is)."""
    events = [e for e in _events(nlp, body) if e.trigger.text == trigger]
    assert events, body
    return events[0]


def _events(nlp, body: str) -> list[Event]:  # type: ignore[no-untyped-def]
    text = "date 2025-03-12 GENEVA, Switzerland — " + body
    result = next(iter(analyze_articles([article_from_text(text, "<test>")], nlp)))
    assert isinstance(result, Analysis)
    return result.events


@pytest.mark.parametrize(("body", "category", "modality"), [
    ("Foreign Minister Amara Okonkwo met Karim Haddad on Tuesday.", "CONSULT", "happened"),
    ("Foreign Minister Amara Okonkwo will meet Karim Haddad on Friday.", "CONSULT", "planned"),
    ("Foreign Minister Amara Okonkwo tried to meet Karim Haddad on Tuesday.", "CONSULT", "attempted"),
    ("Foreign Minister Amara Okonkwo did not meet Karim Haddad on Tuesday.", "CONSULT", "blocked"),
    ("A planned meeting between Amara Okonkwo and Karim Haddad will not take place.", "CONSULT", "blocked"),
    ("Troops may attack the border town of Kassala next week.", "FIGHT", "hypothetical"),
])
def test_modality(nlp, body: str, category: str, modality: str) -> None:  # type: ignore[no-untyped-def]
    events = [e for e in _events(nlp, body) if e.category == category]
    assert events, body
    assert events[0].modality == modality


def test_actors_and_date(nlp) -> None:  # type: ignore[no-untyped-def]
    (meeting,) = [e for e in _events(nlp, "Foreign Minister Amara Okonkwo met Karim Haddad on Tuesday.")
                  if e.category == "CONSULT"]
    assert meeting.source is not None and meeting.source.name == "Amara Okonkwo"
    assert meeting.target is not None and meeting.target.name == "Karim Haddad"
    assert meeting.date is not None and meeting.date.value == "2025-03-11" and meeting.date.precision == "day"
    assert meeting.place is not None and meeting.place.name == "Geneva"


def test_a_blocked_meeting_keeps_both_readings(nlp) -> None:  # type: ignore[no-untyped-def]
    body = ("Amara Okonkwo tried to meet Karim Haddad on Tuesday before the council cancelled the meeting.")
    (meeting,) = [e for e in _events(nlp, body) if e.category == "CONSULT"]
    assert meeting.modality == "blocked"
    assert {e.modality for e in meeting.evidence} >= {"attempted", "blocked"}


def test_passive_accusation_has_no_source(nlp) -> None:  # type: ignore[no-untyped-def]
    (accusation,) = [e for e in _events(nlp, "Karim Haddad has been accused of hiding the report.")
                     if e.category == "DISAPPROVE"]
    assert accusation.source is None
    assert accusation.target is not None and accusation.target.name == "Karim Haddad"


@pytest.mark.parametrize(("body", "trigger", "modality", "rule"), [
    # the clause decides: each reading with a plain past twin as its hard negative
    ("The gang leader threatened to kill the hostages.", "kill", "hypothetical", "modality:threat"),
    ("The gang leader killed two hostages on Monday.", "killed", "happened", None),
    ("The union refused to negotiate with the port authority.", "negotiate", "blocked", "modality:refusal"),
    ("The union negotiated with the port authority on Monday.", "negotiated", "happened", None),
    ("Officials hoped to hold talks with the rebels in May.", "talks", "hypothetical", "modality:wish"),
    ("The army would attack the town if the talks failed.", "attack", "hypothetical", "modality:modal"),
    ("Opposition leaders urged the president to resign.", "resign", "demanded", "modality:demand"),
])
def test_modality_reads_the_governing_clause(nlp, body: str, trigger: str, modality: str,  # type: ignore[no-untyped-def]
                                             rule: str | None) -> None:
    event = _by_trigger(nlp, body, trigger)
    assert event.modality == modality and event.modality_rule == rule


@pytest.mark.parametrize(("body", "category"), [
    ("The ministry released two hostages on Friday.", "RETREAT"),        # people: CAMEO's release
    ("The ministry released two videos on Friday.", "PUBLISH"),          # a document: a publication
    ("A crane collapsed onto the square on Friday, killing 12 people.", "ACCIDENT"),  # the collapse and its toll:
    # deaths in an accident are the accident's (tests/real/README.md), not an assault
    ("The peace talks collapsed on Friday after a week of quarrels.", "CONSULT"),  # talks: no accident
    ("The gunman killed three shoppers at the mall on Friday.", "ASSAULT"),  # no armed force: not FIGHT
    ("Government troops attacked rebel positions near the border on Friday.", "FIGHT"),
    ("A man attacked his neighbour with a knife on Friday.", "ASSAULT"),         # no armed force: not FIGHT
])
def test_word_sense_from_the_parse(nlp, body: str, category: str) -> None:  # type: ignore[no-untyped-def]
    categories = {e.category for e in _events(nlp, body)}
    assert category in categories, (body, categories)


@pytest.mark.parametrize("body", [
    "The school met the requirements for the grant last year.",   # meeting a requirement is no meeting
    "She took the bus to work and thought about the weekend.",    # common verbs alone name no event
])
def test_no_event_where_the_words_only_look_like_one(nlp, body: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in _events(nlp, body) if e.category in ("CONSULT", "COERCE", "AGREE")], body


def test_collapsed_talks_are_no_accident(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "ACCIDENT" not in {e.category for e in _events(nlp, "The peace talks collapsed on Friday.")}


def test_every_event_names_the_lexicon_entry_or_pattern_behind_it(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "Police arrested the opposition leader in Nairobi on Saturday. The talks were cancelled.")
    assert events and all(e.rule and e.rule.startswith("lexicon:") for e in events)
    arrest = next(e for e in events if e.category == "COERCE")
    assert arrest.cameo and arrest.cameo.startswith("17")


def test_a_past_event_dated_after_publication_is_not_happened(nlp) -> None:  # type: ignore[no-untyped-def]
    # told in the past: a yearless day goes back to the last one (hard negative of the next case)
    visited = next(e for e in _events(nlp, "Amara Okonkwo visited Cairo on March 20.") if e.category == "CONSULT")
    assert visited.date is not None and visited.date.value == "2024-03-20" and visited.modality == "happened"
    # told in the present with a day ahead of publication: a plan, and the record says why
    visits = next(e for e in _events(nlp, "Amara Okonkwo visits Cairo on March 20.") if e.category == "CONSULT")
    assert visits.date is not None and visits.date.value > "2025-03-12"
    assert visits.modality != "happened" and visits.modality_rule


@pytest.mark.parametrize(("body", "trigger", "modality", "rule"), [
    ("The union said the rebels must release the hostages.", "release", "demanded", "modality:obligation"),
    ("The rebels released the hostages on Monday.", "released", "happened", None),
    ("The government said it would lift the curfew on Friday.", "lift", "planned", "modality:reported_future"),
    ("The army would attack the town if the talks failed.", "attack", "hypothetical", "modality:modal"),
    ("Police reportedly arrested two editors on Monday.", "arrested", "reported", "modality:reportedly"),
    ("The parents are accused of taking the child on a trip abroad.", "trip", "reported", "modality:accused_of"),
    ("The council's bookings site is being attacked.", "attacked", "ongoing", "modality:progressive_passive"),
    ("No deaths were recorded after the ferry fire.", "deaths", "blocked", "modality:negation"),
    ("The agency will review the crash.", "crash", "happened", None),   # not the crash's tense
    ("Malawi has offered to hand over three suspects to Zambia.", "hand", "hypothetical", "modality:wish"),
])
def test_modality_classes(nlp, body: str, trigger: str, modality: str, rule: str | None) -> None:  # type: ignore[no-untyped-def]
    event = _by_trigger(nlp, body, trigger)
    assert (event.modality, event.modality_rule) == (modality, rule)


def test_plover_view_folds_modality_into_the_category(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline.evaluation.plover import plover_view

    def view(body: str, trigger: str) -> str:
        return plover_view(next(e for e in _events(nlp, body) if e.trigger.text == trigger))

    assert view("The minister said the country will support the resolution.", "support") == "AGREE"
    assert view("The farmers said they would blockade the capital.", "blockade") == "THREATEN"
    assert view("The government will not accept further refugees.", "accept") == "REJECT"
    assert view("The government accepted the demands of the striking doctors.", "accepted") == "CONCEDE"
    assert view("The union said the rebels must release the hostages.", "release") == "DEMAND"


@pytest.mark.parametrize(("body", "trigger", "place"), [
    ("Troops attacked rebel positions in Idlib province on Friday.", "attacked", "Idlib"),
    ("Floods hit the town of Kassala on Monday, while officials met in Khartoum.", "Floods", "Kassala"),
    ("Floods hit the town of Kassala on Monday, while officials met in Khartoum.", "met", "Khartoum"),
    ("The foreign minister of Egypt met the envoy in Cairo on Monday.", "met", "Cairo"),  # not Egypt
    ("Police arrested two men on Sunday.", "arrested", "Geneva"),                       # the dateline's
])
def test_the_clause_places_its_event_before_the_dateline(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                          place: str) -> None:
    event = next(e for e in _events(nlp, body) if e.trigger.text == trigger)
    assert event.place is not None and event.place.name == place


def test_the_dateline_place_is_tied_to_its_entity(nlp) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in _events(nlp, "Police arrested two men on Sunday.") if e.trigger.text == "arrested")
    assert event.place is not None and event.place.entity is not None and event.place.country_code == "CH"


@pytest.mark.parametrize(("body", "trigger", "found"), [
    # event data codes acts of actors; a substance or a measure doing something is no event
    ("Thousands of farmers protested outside the parliament on Monday.", "protested", True),
    ("Ozone levels declined by a quarter over two decades.", "declined", False),
    # a bare plural in a list names a kind; a subject that hits on a day is a happening
    ("Climate change makes events such as floods and droughts more likely.", "floods", False),
    ("Traffickers move people by force, fraud or deception.", "fraud", False),
    ("The fraud was uncovered by auditors on Monday.", "fraud", True),
    ("Floods hit the town of Kassala on Monday.", "Floods", True),
])
def test_events_need_an_actor_or_a_particular_happening(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                         found: bool) -> None:
    assert any(e.trigger.text == trigger for e in _events(nlp, body)) is found, body


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    ("Several towns have started asking schools to pay the tax.", "asking", "ongoing"),
    ("Several towns asked schools to pay the tax on Monday.", "asked", "happened"),
    ("The party has supported the plan for months.", "supported", "ongoing"),
    ("The party supported the plan on Monday.", "supported", "happened"),
    ("No one will be deported under the new rules.", "deported", "blocked"),
    ("Two men will be deported under the new rules.", "deported", "planned"),
    ("The two directors are undergoing trial for fraud.", "trial", "ongoing"),
    ("The region has suffered two decades of ongoing conflict between the army and rebels.", "conflict", "ongoing"),
])
def test_ongoing_and_negated_readings(nlp, body: str, trigger: str, modality: str) -> None:  # type: ignore[no-untyped-def]
    event = _by_trigger(nlp, body, trigger)
    assert event.modality == modality, (body, event.modality_rule)


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    ("The airline signed a contract to supply forty jets to the carrier.", "supply", "planned"),
    ("The airline supplied forty jets to the carrier last year.", "supplied", "happened"),
    ("The flight was delayed after an accident on the runway on Monday.", "accident", "happened"),
    ("The meeting was delayed by a week.", "meeting", "blocked"),
    ("The rebels want to seize the town and attacked the army base on Monday.", "attacked", "happened"),
])
def test_modality_does_not_reach_too_far(nlp, body: str, trigger: str, modality: str) -> None:  # type: ignore[no-untyped-def]
    event = _by_trigger(nlp, body, trigger)
    assert event.modality == modality, (body, event.modality_rule)


def test_a_demand_noun_governs_what_it_demands(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "The labour office reiterated its demand that Jordan ease restrictions on traders.")
    demand = next(e for e in events if e.trigger.text == "demand")
    eased = next(e for e in events if e.trigger.text == "ease")
    assert demand.category == "DEMAND" and demand.source is not None and "office" in demand.source.name
    assert eased.modality == "demanded" and eased.source is not None and eased.source.name == "Jordan"


@pytest.mark.parametrize(("body", "trigger", "target"), [
    ("Norway will give Malawi a loan of 40 million dollars.", "give", "Malawi"),
    ("Syria will withdraw its troops from Lebanon next year.", "withdraw", "Lebanon"),
    ("Syria will withdraw the Lebanese prisoners next year.", "withdraw", "Lebanese prisoners"),  # no recipient
    ("The ministry demanded that Iraq withdraw from the border.", "demanded", "Iraq"),
    ("The United States supplied arms to Israel last year.", "supplied", "Israel"),
])
def test_the_target_is_whom_the_act_reaches(nlp, body: str, trigger: str, target: str) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in _events(nlp, body) if e.trigger.text == trigger)
    assert event.target is not None and event.target.name == target, (body, event.target)


def test_a_narrative_day_dates_the_events_told_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    body = ("On Monday, police arrested two men near the port. They detained a third man later.\n\n"
            "On March 3, 1998, the port was closed after a strike.\n\n"
            "The city held a ceremony at the port.")
    events = _events(nlp, body)
    detained = next(e for e in events if e.trigger.text == "detained")
    assert detained.date is not None and detained.date.value == "2025-03-10"
    assert detained.date.rule == "rule:narrative_time"
    ceremony = next(e for e in events if e.trigger.text == "ceremony")
    assert ceremony.date is None or not ceremony.date.value.startswith("1998")  # background, not the story's day


@pytest.mark.parametrize(("body", "category"), [
    ("A crane fell into the square on Friday, killing 12 people.", "ACCIDENT"),      # no one kills: its toll
    ("A gunman killed three shoppers at the mall on Friday.", "ASSAULT"),
    ("Hackers attacked the ministry's website on Friday.", "CRIME"),
    ("Troops attacked the rebel base on Friday.", "FIGHT"),
    ("Fishermen rescued 700 migrants at sea on Friday.", "RESCUE"),
])
def test_who_does_it_decides_the_category(nlp, body: str, category: str) -> None:  # type: ignore[no-untyped-def]
    assert category in {e.category for e in _events(nlp, body)}, body


def test_a_war_with_no_armed_force_in_sight_is_a_figure_of_speech(nlp) -> None:  # type: ignore[no-untyped-def]
    words = "The blogger called it another skirmish in a war of words."
    arms = "Government troops and rebels fought a battle near the border."
    assert "FIGHT" not in {e.category for e in _events(nlp, words)}
    assert "FIGHT" in {e.category for e in _events(nlp, arms)}


def test_attempts_to_do_something_are_attempted(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _by_trigger(nlp, "Police made several attempts to remove the protesters from the square.",
                       "remove").modality == "attempted"


def test_an_order_issued_is_a_demand_by_its_issuer_and_weapons_are_no_targets(nlp) -> None:  # type: ignore[no-untyped-def]
    order = _by_trigger(nlp, "The army chief issued an order to prepare for war.", "order")
    assert order.category == "DEMAND" and order.source is not None and "chief" in order.source.name
    fired = _by_trigger(nlp, "Army units fired two shells at the border posts on Thursday.", "fired")
    assert fired.target is not None and "posts" in fired.target.name


def test_who_attends_an_event_is_not_its_source(nlp) -> None:  # type: ignore[no-untyped-def]
    attended = _by_trigger(nlp, "Journalists attended the unveiling of the mural on Thursday.", "unveiling")
    assert attended.source is None or "Journalists" not in attended.source.name
    held = _by_trigger(nlp, "The gallery held the unveiling of the mural on Thursday.", "unveiling")
    assert held.source is not None and "gallery" in held.source.name


def test_calling_something_a_name_is_words_not_a_call(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in _events(nlp, "The minister called the decision a first step.") if e.trigger.text == "called"]
    assert _by_trigger(nlp, "The minister called the decision a disgrace.", "called").category == "DISAPPROVE"
    assert _by_trigger(nlp, "The minister called the envoy on Monday.", "called").category == "CONSULT"


def test_courts_rule_parties_govern(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _by_trigger(nlp, "The judge ruled that the contract was void.", "ruled").category == "LEGAL"
    assert not [e for e in _events(nlp, "The party has ruled the country since 1990.") if e.trigger.text == "ruled"]
    assert not [e for e in _events(nlp, "The city reasoned that the schools were businesses.")
                if e.trigger.text == "reasoned"]  # reasoning is no meeting unless with someone


@pytest.mark.parametrize(("body", "source"), [
    ("Trade Minister Ada Obi is now on a three-day visit to Japan.", "Ada Obi"),
    ("Trade Minister Ada Obi is still on a state visit to Kenya.", "Ada Obi"),
    ("A report on the visit is now on the desk of Trade Minister Ada Obi.", None),  # the visit is no one's here
])
def test_whoever_is_on_a_visit_makes_it(nlp, body: str, source: str | None) -> None:  # type: ignore[no-untyped-def]
    """"X is (now, still) on a visit": the subject of "be" makes the trip, and it is going on."""
    event = next(e for e in _events(nlp, body) if e.trigger.text == "visit")
    assert (event.source.name if event.source else None) == source
    if source:
        assert event.modality == "ongoing"


def test_a_negation_after_its_verb_still_gives_a_forward_cue(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Doc

    from dateline.analyze.event_modality import modality

    words = ["Officials", "met", "never", "again", "."]
    doc = Doc(nlp.vocab, words=words, heads=[1, 1, 1, 1, 1], deps=["nsubj", "ROOT", "neg", "advmod", "punct"],
              pos=["NOUN", "VERB", "ADV", "ADV", "PUNCT"])
    reading, cue, _ = modality(doc[1], doc.text)
    assert reading == "blocked" and cue is not None
    assert cue.start <= cue.end and doc.text[cue.start:cue.end] == cue.text == "met never"


@pytest.mark.parametrize(("body", "trigger", "modality", "date"), [
    # "not … until T" puts the happening at T: planned when told in the future, happened in the past
    ("The carmaker will not launch the van in Europe until 2026.", "launch", "planned", "2026"),
    ("The tribunal did not rule on the appeal until Friday.", "rule", "happened", "2025-03-07"),
    # hard negative: a plain negation stays blocked
    ("The tribunal did not rule on the appeal on Friday.", "rule", "blocked", "2025-03-07"),
])
def test_not_until_a_time_is_at_that_time(nlp, body: str, trigger: str, modality: str,  # type: ignore[no-untyped-def]
                                          date: str) -> None:
    event = _by_trigger(nlp, body, trigger)
    assert event.modality == modality and event.date is not None and event.date.value == date


def test_pressing_someone_into_an_act_demands_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Pressured the board into opening an inquiry": the inquiry is demanded;
    hard negative: "the council announced an inquiry" happened."""
    events = _events(nlp, "The union pressured the board into opening an inquiry.")
    assert next(e for e in events if e.trigger.text == "inquiry").modality == "demanded"
    assert _by_trigger(nlp, "The council announced an inquiry on Monday.", "inquiry").modality == "happened"


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    # a condition told by putting the auxiliary first; a negative phrase put first
    ("Had the envoy contacted the embassy, the consul would have met him.", "contacted", "hypothetical"),
    ("At no point did the ministry agree to the merger.", "agree", "blocked"),
    # hard negatives: a plain past perfect, and a question
    ("The envoy had contacted the embassy before noon.", "contacted", "happened"),
])
def test_inverted_conditions_and_fronted_negations(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                   modality: str) -> None:
    assert _by_trigger(nlp, body, trigger).modality == modality


def test_what_a_stretch_runs_since_took_place(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Since her resignation, the board has continued …": the resignation happened; hard negative: the
    continuing itself is ongoing."""
    events = _events(nlp, "Since her resignation in May, the board has continued to reject the offers.")
    assert _by_trigger(nlp, "Since her resignation in May, the board has continued to reject the offers.",
                       "resignation").modality == "happened"
    assert all(e.modality != "happened" for e in events if e.trigger.text == "reject")

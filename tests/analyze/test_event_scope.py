"""Words that describe rather than tell: each class a fact-checker leaves out of a timeline, beside a hard
negative that stays an event. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dateline.analyze import analyze_articles
from dateline.ingest import article_from_text
from dateline.model import Analysis, Event


def _events(nlp, body: str) -> list[Event]:  # type: ignore[no-untyped-def]
    text = "date 2025-03-12 GENEVA, Switzerland — " + body
    result = next(iter(analyze_articles([article_from_text(text, "<test>")], nlp)))
    assert isinstance(result, Analysis)
    return result.events


def _triggers(nlp, body: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.trigger.text for e in _events(nlp, body)}


@pytest.mark.parametrize(("body", "word"), [
    ("Soldiers launched missiles aimed at a rebel depot.", "aimed"),  # a participle describing the missiles
    ("Gunmen fired shots aimed at the convoy.", "aimed"),
    ("Police raided a radio station that broadcasts opposition news.", "broadcasts"),  # what the station does
    ("The spokeswoman refused to give details of the inquiry.", "refused"),  # the giving is the (blocked) event
    ("Karim Haddad was forced to resign as finance minister in May.", "forced"),
    ("The Nigerian delegation's luggage was delayed in Cairo for two days.", "delayed"),  # no one delays
    ("Amina Yusuf's skin broke and bled.", "broke"),  # her skin is no actor
    ("Hundreds marched through Lagos in support of the jailed reporter.", "support"),  # a frame, not an act
])
def test_describing_words_are_no_events(nlp, body: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert word not in _triggers(nlp, body), body


@pytest.mark.parametrize(("body", "word"), [
    ("Police raided a radio station that broadcast the opposition leader's speech on Monday.", "broadcast"),
    ("The council refused the offer on Monday.", "refused"),  # a refusal with no act under it
    ("Customs officers delayed the aid convoy at the border for three days.", "delayed"),  # officers act
    ("The victim's sister pleaded with the judge on Monday.", "pleaded"),  # kin are people
    ("Hundreds marched through Lagos in support of the jailed reporter.", "marched"),
    ("Thousands rallied in the capital on Sunday.", "rallied"),
    ("The union's support for the strike surprised the minister.", "support"),
])
def test_hard_negatives_stay_events(nlp, body: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert word in _triggers(nlp, body), body


def test_the_refused_act_carries_the_refusal(nlp) -> None:  # type: ignore[no-untyped-def]
    (give,) = [e for e in _events(nlp, "The spokeswoman refused to give details of the inquiry.")
               if e.trigger.text == "give"]
    assert give.modality == "blocked"


def test_the_same_noun_said_again_is_one_event(nlp) -> None:  # type: ignore[no-untyped-def]
    body = ("The travel ban took effect last month. Three countries are exempt from President Okafor's "
            "travel ban, officials said.")
    bans = [e for e in _events(nlp, body) if e.trigger.text == "ban"]
    assert len(bans) == 1 and len({ev.span.start for ev in bans[0].evidence}) == 2  # both sentences ("took
    # effect" tells the ban's own happening in the first)


def test_a_new_one_is_another_event(nlp) -> None:  # type: ignore[no-untyped-def]
    body = ("The clinic received a donation of scanners from the trust in May. The school was not alone in "
            "getting a donation of scanners.")
    assert len([e for e in _events(nlp, body) if e.category == "AID"]) == 2  # the receiving, then the other gift


@pytest.mark.parametrize("body", [
    "The regatta ended on Tuesday. Next year's regatta will be held in Lima.",
    "The walkout ended on Friday. The next walkout is planned for June.",
])
def test_the_next_one_of_the_kind_is_another_event(nlp, body: str) -> None:  # type: ignore[no-untyped-def]
    found = [e for e in _events(nlp, body) if e.trigger.text in ("regatta", "walkout")]
    assert len(found) == 2, body
    assert [e.modality for e in found] == ["happened", "planned"]


def test_attending_another_kind_of_event_is_a_visit(nlp) -> None:  # type: ignore[no-untyped-def]
    found = {(e.trigger.text, e.category) for e in
             _events(nlp, "Journalists attended the unveiling of the new bridge on Friday.")}
    assert {("attended", "CONSULT"), ("unveiling", "LAUNCH")} <= found


def test_attending_a_meeting_is_the_meeting(nlp) -> None:  # type: ignore[no-untyped-def]
    triggers = _triggers(nlp, "Twelve leaders attended the summit in Accra on Friday.")
    assert "summit" in triggers and "attended" not in triggers


@pytest.mark.parametrize(("body", "kept", "gone"), [
    # attending a news conference, speaking at one: the conference is the happening
    ("The senator attended a news conference in Accra on Friday.", "conference", "attended"),
    ("The coach spoke at a press conference in Accra on Friday.", "conference", "spoke"),
    # hard negative: speaking to reporters with no occasion named is the happening itself
    ("The coach spoke to reporters in Accra on Friday.", "spoke", "conference"),
])
def test_taking_part_in_a_conference_is_the_conference(nlp, body: str, kept: str, gone: str) -> None:  # type: ignore[no-untyped-def]
    triggers = _triggers(nlp, body)
    assert kept in triggers and gone not in triggers, body


@pytest.mark.parametrize("body", [
    'Three mayors issued a joint statement saying "None of us will back down."',
    'A statement on the union website reads: "The strike is off."',
    'The author answered with a statement on her podcast: "I stand by the book."',
])
def test_a_statement_carrying_quoted_words_is_the_quote_layers(nlp, body: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in _events(nlp, body) if e.category in ("STATEMENT", "PUBLISH")], body


def test_a_statement_about_a_happening_is_an_event(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _events(nlp, "The mayor issued a statement about the budget vote on Tuesday.")
    assert [e for e in found if e.category == "STATEMENT"]


def test_the_leads_summary_and_the_bodys_account_are_one_event(nlp) -> None:  # type: ignore[no-untyped-def]
    body = ("Lena Ortiz, a 30-year-old courier from Dorval, was detained at the border by customs officers after "
            "a scanner flagged her parcel.\n\nShe crossed the bridge on March 3. Customs officers detained and "
            "searched the courier.")
    arrests = [e for e in _events(nlp, body) if e.category == "COERCE" and e.trigger.text == "detained"]
    assert len(arrests) == 1 and arrests[0].date is not None and arrests[0].date.value == "2025-03-03"


def test_two_people_arrested_are_two_events(nlp) -> None:  # type: ignore[no-untyped-def]
    body = "Police arrested Karim Haddad on Monday. Police arrested Omar Salem on Tuesday."
    assert len([e for e in _events(nlp, body) if e.trigger.text == "arrested"]) == 2


def test_a_time_in_a_clause_of_its_own_dates_only_that_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _events(nlp, "The council had agreed to lease 40 buses, but in 2019 a bribery scandal broke.")
    lease = next(e for e in found if e.trigger.text == "lease")
    assert lease.date is None
    sold = next(e for e in _events(nlp, "In 2018, the bakery sold more cakes than its rival, prompting a price war.")
                if e.trigger.text == "sold")
    assert sold.date is not None and sold.date.value == "2018"  # the main clause's time still dates it


@pytest.mark.parametrize(("body", "trigger", "date"), [
    ("The minister, who arrived on Monday, resigned.", "resigned", None),  # Monday is the arrival's
    ("Halcyon Studios unveiled the sequel, slated for cinemas in June.", "unveiled", None),  # June is the opening's
    # hard negatives: the clause's own time, a time on the occasion it is told of, a noun's own relative clause
    ("He resigned after the vote on Monday.", "resigned", "2025-03-10"),
    ("The derailment, which happened on Monday, was blamed on a landslide.", "landslide", "2025-03-10"),
    ("The team joined after the orbiter's last flight, which took off on Monday.", "flight", "2025-03-10"),
    ("Floods forced about 3,000 residents to leave their homes on Monday.", "Floods", "2025-03-10"),  # one act
    ("The statue was unveiled at a small ceremony on March 4.", "unveiled", "2025-03-04"),  # the occasion's
])
def test_a_time_in_a_clause_hung_below_dates_that_clause(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                          date: str | None) -> None:
    event = next((e for e in _events(nlp, body) if e.trigger.text == trigger), None)
    assert event is not None, body
    assert (event.date.value if event.date else None) == date, body


@pytest.mark.parametrize(("body", "found"), [
    ("The chief executive will talk about the new features on Monday.", False),  # words about something
    ("The minister talked to reporters on Monday.", False),  # speaking to the press: the quote layer's
    ("The envoy talked with rebel leaders on Monday.", True),  # hard negative: a meeting
])
def test_talking_about_something_is_words_talking_with_someone_a_meeting(  # type: ignore[no-untyped-def]
        nlp, body: str, found: bool) -> None:
    assert bool([e for e in _events(nlp, body) if e.trigger.text.startswith("talk")]) is found, body


@pytest.mark.parametrize(("body", "word", "kept"), [
    # fixed phrases and idioms: no grant, no aid, no appeal, no occasion
    ("Residents say the council has taken the district for granted for years.", "granted", False),
    ("The permit was granted to the operator on Monday.", "granted", True),  # hard negative: a grant
    ("The gala was held in aid of the flood victims.", "aid", False),
    ("The gala was held on Friday, and the aid reached the flood victims on Monday.", "aid", True),
    ("The offer appealed to young buyers.", "appealed", False),  # a thing drew them in
    ("The mayor appealed to residents on Friday to stay indoors.", "appealed", True),
    ("The club appealed against the fine on Monday.", "appealed", True),  # a club's appeal is an act
    # a life's schooling, told with "go" or "study beyond"
    ("Okafor went to college in Leeds in 1994.", "went", False),
    ("Okafor never studied beyond primary school.", "studied", False),
    ("Okafor went to the college in Leeds on Friday for talks with its rector.", "went", True),  # a visit
])
def test_idioms_and_schooling_are_no_happening(nlp, body: str, word: str,  # type: ignore[no-untyped-def]
                                               kept: bool) -> None:
    assert (word in _triggers(nlp, body)) is kept, body


@pytest.mark.parametrize(("body", "kept"), [
    ("The recording demonstrates the talent of the young cellist.", False),  # showing, not a protest
    ("The minister demonstrated that the new scanners work.", False),
    ("Farmers demonstrated outside parliament on Tuesday.", True),  # hard negatives: a street protest
    ("Students demonstrated against the fee rise.", True),
])
def test_demonstrating_something_is_showing_it(nlp, body: str, kept: bool) -> None:  # type: ignore[no-untyped-def]
    assert any(e.category == "PROTEST" for e in _events(nlp, body)) is kept, body


def test_a_product_demonstrated_on_stage_stays_a_happening(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "demonstrated" in _triggers(nlp, "The chief executive demonstrated the new tablet on stage on Monday.")


@pytest.mark.parametrize(("body", "word", "kept"), [
    ("Ms Varga resides in Lisbon and enjoys travelling and sailing.", "resides", False),  # where she lives
    ("Ms Varga resides in Lisbon and enjoys travelling and sailing.", "travelling", False),  # what she likes doing
    ("Ms Varga enjoyed a visit to the Lisbon aquarium on Friday.", "visit", True),  # hard negative: one visit
    ("Troops occupied the border town on Friday.", "occupied", True),  # hard negative: an army takes ground
])
def test_where_one_lives_and_what_one_likes_doing_are_no_happening(  # type: ignore[no-untyped-def]
        nlp, body: str, word: str, kept: bool) -> None:
    assert (word in _triggers(nlp, body)) is kept, body


@pytest.mark.parametrize(("body", "word", "kept"), [
    # an intervention is told by what it did
    ("The treasury stepped in to rescue the struggling Coast Bank.", "rescue", True),
    ("The army moved quickly to evacuate the border villages.", "evacuate", True),
    # hard negative: a purpose names what an act is for
    ("The agency sent inspectors to measure noise levels at the airport.", "measure", False),
])
def test_what_one_stepped_in_to_do_is_told(nlp, body: str, word: str, kept: bool) -> None:  # type: ignore[no-untyped-def]
    assert (word in _triggers(nlp, body)) is kept, body


@pytest.mark.parametrize(("body", "kept"), [
    ("The ferry company advised that it expects lower traffic this summer.", False),  # words passed on
    ("The ferry company notified investors that the sale of its depot had closed.", False),
])
def test_advising_that_is_passing_on_words(nlp, body: str, kept: bool) -> None:  # type: ignore[no-untyped-def]
    assert any(e.trigger.text in ("advised", "notified") for e in _events(nlp, body)) is kept, body
    # hard negative: advice to act holds a demand
    events = _events(nlp, "The ministry advised the port city to evacuate the coast.")
    assert [(e.trigger.text, e.modality) for e in events] == [("evacuate", "demanded")]


def test_not_alone_in_doing_it_is_doing_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """"Not alone in winning one", "not the only one to receive": others did too, and so did this one; a grant
    not received and one received are two events, each with its own modality."""
    body = "The clinic was not the only one to receive a grant. The hostel did not receive a grant."
    told = sorted((e.modality, e.source.name if e.source else None) for e in _events(nlp, body)
                  if e.trigger.text == "receive")
    assert told == [("blocked", "hostel"), ("happened", "clinic")]
    alone = [e.modality for e in _events(nlp, "The clinic was not alone in receiving grants.")
             if e.trigger.text == "receiving"]
    assert alone == ["happened"]


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    # what a happening did not do is denied, not the happening: it took place
    ("Crews made sure the blaze did not reach the fuel depot.", "blaze", "happened"),
    ("The walkout did not disrupt ferry crossings.", "walkout", "happened"),
    ("Nobody was detained during the riot.", "riot", "happened"),
    # hard negatives: a happening that did not come about, or was not held
    ("The walkout did not go ahead.", "walkout", "blocked"),
    ("The talks did not happen.", "talks", "blocked"),
])
def test_what_a_happening_did_not_do_is_no_denial_of_it(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                       modality: str) -> None:
    assert [e.modality for e in _events(nlp, body) if e.trigger.text == trigger] == [modality], body


@pytest.mark.parametrize(("body", "word"), [
    # advice told of a generic "you", kinds named by "such", what "people" do: no happening of the story
    ("If you were hurt in a ferry collision, there are steps to take.", "collision"),
    ("Even if you never learn who rammed your car, there is help.", "rammed"),
    ("Victims of such robberies rarely see their money again.", "robberies"),
    ("Some people choose to flee the scene of a crash.", "flee"),
])
def test_advice_kinds_and_what_people_do_are_no_happenings(nlp, body: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert word not in _triggers(nlp, body), body


@pytest.mark.parametrize(("body", "word"), [
    # hard negatives: "you" in a quotation is the speaker's addressee; people counted or named act on an occasion
    ('"You robbed my shop," the grocer told the man in court.', "robbed"),
    ("Some 200 people marched to the town hall on Monday.", "marched"),
])
def test_a_quoted_you_and_counted_people_still_act(nlp, body: str, word: str) -> None:  # type: ignore[no-untyped-def]
    assert word in _triggers(nlp, body), body


def test_no_such_one_denies_the_one_claimed(nlp) -> None:  # type: ignore[no-untyped-def]
    assert [e.modality for e in _events(nlp, "The envoy said no such meeting took place.")
            if e.trigger.text == "meeting"] == ["blocked"]


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    # a feeling or knowing denied leaves what it is about as fact; an open question leaves it open
    ("Neighbours were not surprised that the kiosk had been robbed.", "robbed", "happened"),
    ("It is not true that the kiosk was robbed.", "robbed", "blocked"),
    ("The league will decide whether sanctions are warranted.", "sanctions", "hypothetical"),
])
def test_factive_feelings_and_open_questions(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                            modality: str) -> None:
    assert [e.modality for e in _events(nlp, body) if e.trigger.text == trigger] == [modality], body


def test_what_a_suit_seeks_is_the_suits(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "seeking" not in _triggers(nlp, "The ferry firm filed a suit seeking damages of 2 million euros.")
    assert "seeking" in _triggers(nlp, "The dockers' union is seeking a pay rise.")  # a demand of its own


@pytest.mark.parametrize(("body", "word", "listed"), [
    # what a standing text requires, forbids or allows is no occasion
    ("The statute requires consultation with fishermen before any dredging.", "consultation", False),
    ("The old regulation prohibited inspections of private docks.", "inspections", False),
    ("The new bylaw allows landlords to evict tenants without notice.", "evict", False),
    # hard negatives: a person's demand, and the text's own making
    ("The minister demanded an inquiry into the dredging on Monday.", "inquiry", True),
    ("The harbour bylaw was passed on Monday.", "passed", True),
])
def test_what_a_rule_says_is_no_occasion(nlp, body: str, word: str, listed: bool) -> None:  # type: ignore[no-untyped-def]
    assert (word in _triggers(nlp, body)) == listed, body


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    # a plot or a conspiracy to do a thing is a plan, not the deed
    ("Two deckhands plotted to rob the harbour master.", "rob", "planned"),
    ("The pair conspired to smuggle cigarettes into the port.", "smuggle", "planned"),
    # hard negative: the deed told plainly
    ("Two deckhands robbed the harbour master.", "robbed", "happened"),
])
def test_a_plot_is_a_plan(nlp, body: str, trigger: str, modality: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.modality for e in _events(nlp, body) if e.trigger.text == trigger] == [modality], body


@pytest.mark.parametrize(("body", "word", "listed"), [
    # a verdict on a thing told, or a capacity judged, is no happening of its own
    ("The ferry scheme turned out to be a costly failure.", "failure", False),
    ("The magistrate found the witness incompetent to testify.", "testify", False),
    # hard negatives: a failure that floods a town, testimony given
    ("The failure of the sea wall flooded the quay.", "failure", True),
    ("The witness testified on Monday.", "testified", True),
    # a prisoner's state: serving a term now, or when something else happened
    ("The smuggler is serving a nine-year sentence for the raid.", "serving", False),
    # hard negatives: a term to come, a term begun on a day
    ("The smuggler will serve the sentence in a Dutch jail.", "serve", True),
    ("The smuggler began serving the sentence on Monday.", "serving", True),
])
def test_verdicts_and_capacities_are_no_happenings(nlp, body: str, word: str, listed: bool) -> None:  # type: ignore[no-untyped-def]
    assert (word in _triggers(nlp, body)) == listed, body


def test_the_happening_denied_after_a_report_is_one_event(nlp) -> None:  # type: ignore[no-untyped-def]
    """"X met Y on Monday, according to reports. The meeting never took place.": one meeting, denied; "the hostel
    did not receive a grant" beside another's grant stays apart (see above)."""
    body = "The envoy met the mayor on Monday, according to local radio. The meeting never took place."
    assert [(e.category, e.modality) for e in _events(nlp, body)] == [("CONSULT", "blocked")]


@pytest.mark.parametrize(("body", "count"), [
    # a meeting tried and stopped, then "a planned meeting … will not go ahead": the arranged one, denied again
    ("The envoy tried to meet the governor on Friday before the talks were stopped by the cabinet. A planned "
     "meeting between the envoy and the governor will not go ahead, aides said.", 1),
    # hard negative: a meeting that did not happen and another one hoped for are two
    ("The envoy did not meet the governor on Friday. The envoy hopes for a meeting with the governor next "
     "month.", 2),
])
def test_an_arranged_happening_denied_is_the_one_told(nlp, body: str, count: int) -> None:  # type: ignore[no-untyped-def]
    assert len([e for e in _events(nlp, body) if e.category == "CONSULT"]) == count, body


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    # an act named as the purpose someone went with is an aim
    ("The deckhand boarded the ferry with the purpose of sinking it.", "sinking", "hypothetical"),
    # hard negative: the act named for itself
    ("The sinking of the ferry shocked the island.", "sinking", "happened"),
])
def test_with_the_purpose_of_is_an_aim(nlp, body: str, trigger: str, modality: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.modality for e in _events(nlp, body) if e.trigger.text == trigger] == [modality], body


def test_an_incentive_to_do_it_is_no_deed(nlp) -> None:  # type: ignore[no-untyped-def]
    assert [e.modality for e in _events(nlp, "The board has a strong incentive to sell the ferry.")
            if e.trigger.text == "sell"] == ["hypothetical"]
    assert [e.modality for e in _events(nlp, "The board sold the ferry for that reason.")
            if e.trigger.text == "sold"] == ["happened"]


@pytest.mark.parametrize(("body", "word", "listed"), [
    # words inside an offence's name are no happenings of their own
    ("The skipper was charged with leaving the scene of a collision resulting in injury.", "collision", False),
    ("The skipper was charged with leaving the scene of a collision resulting in injury.", "injury", False),
    # hard negative: the happening a charge is for, named beside it
    ("The skipper was charged on Monday in the death of a deckhand.", "death", True),
])
def test_words_inside_an_offences_name(nlp, body: str, word: str, listed: bool) -> None:  # type: ignore[no-untyped-def]
    assert (word in _triggers(nlp, body)) == listed, body


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    # a happening that "could hit" or "would sweep" is a possibility; one that hit happened
    ("Without rain, a drought could hit the valley.", "drought", "hypothetical"),
    ("A drought hit the valley in May.", "drought", "happened"),
])
def test_a_happening_that_could_strike_is_possible(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                   modality: str) -> None:
    assert [e.modality for e in _events(nlp, body) if e.trigger.text == trigger] == [modality], body


@pytest.mark.parametrize(("body", "listed"), [
    # a dated occasion of words framing what was said is a happening of its own
    ("In a March 3 press conference, the mayor said the ferry was safe.", True),
    # hard negative: a statement or an undated conference only frames the words
    ("In a statement, the mayor said the ferry was safe.", False),
    ("In a press conference, the mayor said the ferry was safe.", False),
])
def test_a_dated_conference_framing_words_is_a_happening(nlp, body: str, listed: bool) -> None:  # type: ignore[no-untyped-def]
    assert bool([e for e in _events(nlp, body) if e.category == "STATEMENT"]) is listed, body


@pytest.mark.parametrize(("body", "trigger", "modality"), [
    # one hedge over two verbs sharing a subject
    ("The deckhand allegedly robbed and beat the harbour master in May.", "beat", "reported"),
    # hard negative: a clause with its own subject is told plainly
    ("The deckhand allegedly robbed the harbour master, and police arrested him in May.", "arrested", "happened"),
])
def test_a_hedge_covers_the_verb_joined_to_it(nlp, body: str, trigger: str, modality: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.modality for e in _events(nlp, body) if e.trigger.text == trigger] == [modality], body


@pytest.mark.parametrize(("body", "modality"), [
    # what someone did not say "whether" happened is an open question
    ("The ferry firm did not say whether its captain was dismissed.", "hypothetical"),
    # hard negative: what was said to have happened is told as happened
    ("The ferry firm said its captain was dismissed.", "happened"),
])
def test_whether_under_a_saying_is_open(nlp, body: str, modality: str) -> None:  # type: ignore[no-untyped-def]
    assert [e.modality for e in _events(nlp, body) if e.trigger.text == "dismissed"] == [modality], body

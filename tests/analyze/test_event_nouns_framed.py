"""Event nouns the lexicons leave to context, found by the frame the clause puts them in (a time preposition,
a scheduling verb, a calendar time of their own), each class beside a hard negative: sentences written for
these tests."""

from __future__ import annotations

import pytest

from dateline.analyze import analyze_articles
from dateline.ingest import article_from_text
from dateline.model import Analysis, Event


def _events(nlp, body: str) -> list[Event]:  # type: ignore[no-untyped-def]
    text = "date 2025-03-12 NAIROBI, Kenya — " + body
    result = next(iter(analyze_articles([article_from_text(text, "<test>")], nlp)))
    assert isinstance(result, Analysis)
    return result.events


def _named(nlp, body: str, trigger: str) -> list[Event]:  # type: ignore[no-untyped-def]
    return [e for e in _events(nlp, body) if e.trigger.text == trigger]


@pytest.mark.parametrize(("body", "trigger"), [
    # a time preposition or frame makes a definite noun a happening the clause is placed against
    ("Two ministers resigned in the aftermath of the handover.", "handover"),
    ("Stocks fell sharply during the shutdown, traders said.", "shutdown"),
    ("Traffic returned to the avenue shortly after the homecoming.", "homecoming"),
    ("The governor left the capital ahead of the coronation.", "coronation"),
    # the subject of a scheduling verb
    ("The graduation was postponed because of the storm.", "graduation"),
])
def test_a_framed_noun_is_a_happening(nlp, body: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    found = _named(nlp, body, trigger)
    assert found, f"{trigger!r} not read as a happening in {body!r}"
    assert found[0].rule.startswith("lexicon:")


@pytest.mark.parametrize(("body", "trigger"), [
    # times, ages and bodies after a time preposition are no happenings
    ("During the day, the streets of the old town were quiet.", "day"),
    ("After the age of thirty, few sprinters improve.", "age"),
    # the phase of another happening, a measured change, an occupation
    ("Since the beginning of the year, the shilling has weakened.", "beginning"),
    ("Amid the rise in fuel prices, several bakeries closed.", "rise"),
    ("During his career, the judge wrote ten books.", "career"),
    # no one occasion: a bare noun, a plural, someone addressed in general
    ("Most cooks avoid stirring the stew during baking.", "baking"),
    ("Visitors often fall ill during pilgrimages to the shrine.", "pilgrimages"),
    ("Did you see anything unusual during your stay?", "stay"),
])
def test_a_framed_noun_that_names_no_happening(nlp, body: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert not _named(nlp, body, trigger)


def test_a_dated_possessor_is_another_occasion_and_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Next year's contest" is not the contest just told, and "Tuesday's" takes no part in it."""
    events = _events(nlp, "The rowing club held its regatta in Mombasa last week. Next year's regatta is "
                          "scheduled to take place in Kisumu.")
    regattas = [e for e in events if e.trigger.text == "regatta"]
    assert len(regattas) == 2, [(e.trigger.text, e.date) for e in events]
    assert regattas[1].modality == "planned" and regattas[1].date is not None
    assert regattas[1].date.value.startswith("2026")
    launch = _named(nlp, "Tuesday's liftoff drew large crowds to the coast.", "liftoff")
    assert launch and launch[0].source is None


def test_a_bare_repeat_is_still_the_same_occasion(nlp) -> None:  # type: ignore[no-untyped-def]
    """Hard negative to the above: "the vote" after "a vote on Monday" is that vote."""
    events = _events(nlp, "The council held a vote on the budget on Monday. The vote passed narrowly.")
    assert [e.trigger.text for e in events].count("vote") == 1


@pytest.mark.parametrize(("body", "trigger", "found"), [
    # a light verb's object names the happening: "staged a handover", "made another incursion"
    ("The two commanders conducted a handover at the border post on Monday.", "handover", True),
    ("Engineers carried out an excavation beside the old church last year.", "excavation", True),
    # hard negatives: a fixed phrase, a habit or norm, no determiner
    ("The ministry took a step towards a new tariff on Monday.", "step", False),
    ("The museum takes a broad approach to its collections.", "approach", False),
    ("Toddlers need a steady intake of zinc.", "intake", False),
])
def test_a_light_verb_lends_its_object_the_happening(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                     found: bool) -> None:
    assert bool(_named(nlp, body, trigger)) is found


def test_a_noun_the_clause_is_timed_against_keeps_its_own_time(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Unveiled on Sunday ahead of the show": the show is later; "after Monday's handover" keeps its day."""
    events = _events(nlp, "The carmaker unveiled the new saloon on Sunday ahead of the coronation.")
    coronation = next(e for e in events if e.trigger.text == "coronation")
    assert coronation.date is None
    events = _events(nlp, "Two ministers resigned on Wednesday after Monday's handover.")
    handover = next(e for e in events if e.trigger.text == "handover")
    assert handover.date is not None and handover.date.value == "2025-03-10"


@pytest.mark.parametrize("body", [
    "The club took the approach of signing young players last season.",
    "The ban had a lasting effect on tourism in 2019.",
    "The mayor's office made the mistake of closing the pier last winter.",
])
def test_a_light_verb_phrase_that_names_a_manner_is_no_happening(nlp, body: str) -> None:  # type: ignore[no-untyped-def]
    assert not [e for e in _events(nlp, body) if e.rule.startswith("lexicon:wordnet_events")]


@pytest.mark.parametrize(("body", "trigger", "date"), [
    # a year modifying another noun, or a date in another event noun's phrase, dates that noun only
    ("The committee held a hearing in the weeks before the 2031 census.", "hearing", None),
    ("The foundation has sued three galleries since her retirement in 2011.", "sued", None),
    # hard negatives: the trigger's own date; a date after a place noun is the clause's
    ("Police arrested the suspect at his home on Monday.", "arrested", "2025-03-10"),
    ("The 2024 election was cancelled.", "election", "2024"),
])
def test_a_date_of_another_noun_dates_that_noun(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                  date: str | None) -> None:
    event = next(e for e in _events(nlp, body) if e.trigger.text == trigger)
    assert (event.date.value if event.date else None) == date


@pytest.mark.parametrize(("body", "trigger"), [
    # "since T" says where a stretch began, not when the happening took place
    ("The two envoys had not met since 1998.", "met"),
    ("The club recorded its first victory in Mombasa since 2011.", "victory"),
    ("Since last autumn, police have not arrested the editor.", "arrested"),
])
def test_since_a_time_is_no_date_of_the_happening(nlp, body: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    event = next(e for e in _events(nlp, body) if e.trigger.text == trigger)
    assert event.date is None or not event.date.value.startswith(("1998", "2011", "2024"))


def test_a_date_inside_the_since_phrase_dates_its_own_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    """Hard negative: "since her retirement in 2011" — the retirement is dated 2011."""
    events = _events(nlp, "Since her retirement in 2011, the foundation has sued three galleries.")
    retirement = next(e for e in events if e.trigger.text == "retirement")
    assert retirement.date is not None and retirement.date.value == "2011"


def test_a_stretch_told_in_the_perfect_starts_at_its_since(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Has funded clinics since 2012": the stretch began in 2012, the date it is filed under."""
    events = _events(nlp, "The heritage fund has funded clinics since 2012.")
    funded = next(e for e in events if e.trigger.text == "funded")
    assert funded.date is not None and funded.date.value == "2012" and funded.modality == "ongoing"


@pytest.mark.parametrize(("body", "trigger", "found"), [
    # a year after "by" is a deadline, not an amount: the closing is a dated happening
    ("The bakery shuttered its last shop by early 2019.", "shuttered", True),
    # hard negatives: amounts after "by"/"to" are trends
    ("Prices fell by 25 percent in 2019.", "fell", False),
    ("Prices rose to 2014 levels last year.", "rose", False),
])
def test_a_year_after_by_is_a_deadline_not_an_amount(nlp, body: str, trigger: str,  # type: ignore[no-untyped-def]
                                                     found: bool) -> None:
    assert bool([e for e in _events(nlp, body) if e.trigger.text == trigger]) is found


@pytest.mark.parametrize(("body", "found"), [
    ("There was an exodus from the port town after the warning.", True),  # "there was a …": one occasion
    ("There was a shakeup at the ministry.", True),
    ("There was a need for more staff.", False),  # a state, not a happening
    ("There were exoduses in many eras.", False),  # many, the kind
])
def test_there_was_a_happening(nlp, body: str, found: bool) -> None:  # type: ignore[no-untyped-def]
    assert bool([e for e in _events(nlp, body) if e.category == "HAPPENING"]) is found, body

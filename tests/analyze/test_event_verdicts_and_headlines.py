"""A verdict told in the headline, the lead and the body is one verdict; headlines drop "was"; the one convicted of
killing someone is the one convicted. Sentences written for these tests, each class with a hard negative."""

from __future__ import annotations

from ..conftest import events_of


def _legal(nlp, body: str) -> list[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [(e.trigger.text, e.target.name if e.target else None, e.date.value if e.date else None)
            for e in events_of(nlp, f"date 2031-03-20\n\n{body}") if e.category == "LEGAL"]


def test_a_headlines_bare_participle_is_passive(nlp) -> None:  # type: ignore[no-untyped-def]
    found = {e.trigger.text: e for e in events_of(
        nlp, "date 2031-03-20\n\nFerry Captain Arrested After Harbour Crash\n\nThe ferry rammed a pier in "
             "Tromso on Tuesday, and its captain was taken to a police station.")}
    arrested = found["Arrested"]
    assert arrested.source is None and arrested.target is not None and "Captain" in arrested.target.name
    # hard negative: with an object after it, the headline's verb is the subject's own act
    launched = next(e for e in events_of(nlp, "date 2031-03-20\n\nBoreal Launched Electric Ferry In Oslo\n\n"
                                              "Boreal launched an electric ferry on Monday.")
                    if e.trigger.text == "Launched")
    assert launched.source is not None and launched.source.name == "Boreal"


def test_the_one_convicted_of_killing_is_the_one_convicted(nlp) -> None:  # type: ignore[no-untyped-def]
    (convicted,) = _legal(nlp, "A jury convicted a dock worker of killing harbour master Ana Ruiz in 2029.")
    assert convicted[1] == "dock worker"
    # hard negative: a named defendant stays the target
    (named,) = _legal(nlp, "A jury convicted Omar Diaz of killing harbour master Ana Ruiz in 2029.")
    assert named[1] == "Omar Diaz"


def test_one_verdict_told_twice_is_one_event(nlp) -> None:  # type: ignore[no-untyped-def]
    body = ("A jury in Tromso on Monday convicted a dock worker of killing a harbour master in 2029. The jury "
            "found Omar Diaz, 41, guilty of second-degree murder and arson.")
    assert [t for t, _, _ in _legal(nlp, body)] == ["convicted"]
    # hard negatives: a verdict on another day, on another named defendant, or a clearing, is another verdict
    apart = ("A jury convicted Omar Diaz of arson on Monday. On Tuesday another jury found Ray Ortiz guilty of "
             "fraud. A judge acquitted Lena Park of theft on Tuesday.")
    assert [t for t, _, _ in _legal(nlp, apart)] == ["convicted", "found", "acquitted"]


def test_each_offence_a_headline_charge_lists_is_the_incident_told(nlp) -> None:  # type: ignore[no-untyped-def]
    told = events_of(nlp, "date 2031-03-20\n\nDock Gunman Charged With Arson, Attempted Murder\n\nA sacked "
                          "crane driver walked onto the dock on Monday and shot two foremen.")
    assert [e.category for e in told] == ["LEGAL", "ASSAULT"]  # walking onto the dock: no strike, no event
    # hard negative: with no incident told in the article's words, the charged deed is its only record
    alone = events_of(nlp, "date 2031-03-20\n\nDock Gunman Charged With Arson, Attempted Murder\n\nThe hearing "
                           "lasted ten minutes.")
    assert "ASSAULT" in [e.category for e in alone]


def test_one_charging_told_in_headline_lead_and_body_is_one(nlp) -> None:  # type: ignore[no-untyped-def]
    body = ("Dock Worker Charged With Killing Harbour Master\n\nThe prosecutor announced today that murder charges "
            "were filed against a dock worker. He said Omar Diaz was charged with killing the harbour master. "
            "The complaint alleged two more counts.")
    told = events_of(nlp, f"date 2031-03-20\n\n{body}")
    assert [e.category for e in told] == ["LEGAL", "ASSAULT"]  # the filing's words ("the complaint alleged"): no act
    assert len(told[0].evidence) >= 3
    # hard negative: another defendant charged on another day is another charging
    apart = ("Omar Diaz was charged with arson on Monday. On Tuesday Ray Ortiz was charged with fraud.")
    assert len([e for e in events_of(nlp, f"date 2031-03-20\n\n{apart}") if e.category == "LEGAL"]) == 2
    # nor is a charging doubted the one done years before
    doubted = "Charges may yet be brought over the fire, the sheriff said. Diaz was charged with theft in 2019."
    assert len([e for e in events_of(nlp, f"date 2031-03-20\n\n{doubted}") if e.category == "LEGAL"]) == 2


def test_a_deed_a_charge_names_is_the_incident_told(nlp) -> None:  # type: ignore[no-untyped-def]
    told = events_of(nlp, "date 2031-03-20\n\nA man was charged on Tuesday with stabbing a porter. The porter was "
                          "stabbed outside the station on Saturday night.")
    assert [e.trigger.text for e in told if e.category == "ASSAULT"] == ["stabbed"]
    # hard negative: told nowhere else, the charged deed is its only record
    alone = events_of(nlp, "date 2031-03-20\n\nA man was charged on Tuesday with stabbing a porter.")
    assert [e.trigger.text for e in alone if e.category == "ASSAULT"] == ["stabbing"]


def test_an_offences_name_is_no_act(nlp) -> None:  # type: ignore[no-untyped-def]
    resisting = events_of(nlp, "date 2031-03-20\n\nHe was also charged with resisting arrest.")
    assert "COERCE" not in [e.category for e in resisting]  # resisting arrest arrests no one
    # hard negative: an arrest told as one is one
    arrested = events_of(nlp, "date 2031-03-20\n\nHe was arrested on Monday and charged with theft.")
    assert "COERCE" in [e.category for e in arrested]


def test_a_headlines_described_person_is_the_one_the_lead_names(nlp) -> None:  # type: ignore[no-untyped-def]
    told = events_of(nlp, "date 2013-09-16\n\nBriton dies on Alpine peak\n\nTom Hale, 32, died while climbing to "
                          "a hut on Mount Tasker on Saturday, police said.")
    deaths = [e for e in told if e.category == "DEATH"]
    assert len(deaths) == 1 and deaths[0].date is not None and deaths[0].date.value == "2013-09-14"
    # hard negative: a second death the body tells apart stays its own
    apart = events_of(nlp, "date 2013-09-16\n\nBriton dies on Alpine peak\n\nTom Hale, 32, died while climbing to "
                           "a hut on Mount Tasker on Saturday, police said. On Monday a second climber, Ana Ruiz, "
                           "died on the same peak.")
    assert len([e for e in apart if e.category == "DEATH"]) == 2

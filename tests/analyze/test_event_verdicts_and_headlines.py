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

"""What a clause lacks or counts, and figures of speech, are no happenings: help a firm cannot do without, votes a
party needs, a gaffe seized on. Sentences written for these tests, each with a hard negative."""

from __future__ import annotations

from dateline.model import Event

from ..conftest import events_of


def _events(nlp, body: str) -> list[Event]:  # type: ignore[no-untyped-def]
    return events_of(nlp, "date 2012-06-14\n\n" + body)


def test_what_is_lacked_is_no_happening(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not _events(nlp, "The mill cannot survive without financial assistance from the county.")
    assert not [e for e in _events(nlp, "The coach resigned without warning on Friday.") if e.trigger.text == "warning"]
    # hard negative: help that came is a happening
    assert [e.category for e in _events(nlp, "The county gave the mill financial assistance in May.")] == ["AID"]


def test_votes_needed_or_received_are_a_count_not_a_vote(nlp) -> None:  # type: ignore[no-untyped-def]
    needed = _events(nlp, "The coalition needs 151 votes to pass the budget.")
    assert not [e for e in needed if e.trigger.text == "votes"]
    # hard negative: votes held are the vote
    held = _events(nlp, "Parliament held two votes on the budget on Monday.")
    assert [e.category for e in held if e.trigger.text == "votes"] == ["ELECTION"]


def test_remarks_seized_on_and_secrets_cracked_are_figures_of_speech(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not _events(nlp, "Critics seized on the gaffe.")
    assert not _events(nlp, "Reporters tried to crack the secrets of the palace.")
    # hard negatives: a town seized, drugs seized and a crackdown are acts
    assert [e.category for e in _events(nlp, "Rebels seized the town on Monday.")] == ["COERCE"]
    assert [e.category for e in _events(nlp, "Police seized two tons of cocaine on Friday.")] == ["COERCE"]
    assert [e.category for e in _events(nlp, "Police cracked down on protesters.")] == ["COERCE"]


def test_what_a_flaw_allows_is_a_risk_not_an_occasion(nlp) -> None:  # type: ignore[no-untyped-def]
    assert not _events(nlp, "The flaw could allow attackers to take control of a computer and steal data.")
    assert not _events(nlp, "The bug lets intruders seize control of the handset.")
    # hard negative: what a flaw enabled, with its time, was done then
    done = _events(nlp, "The flaw enabled hackers to steal data from 3,000 accounts in May.")
    assert [(e.category, e.modality, e.date.value if e.date else None) for e in done] == [
        ("CRIME", "happened", "2012-05")]
    taken = _events(nlp, "Attackers achieved remote code execution on the server in March.")
    assert all(e.category != "ASSAULT" for e in taken)  # code run on a machine, no one put to death


def test_an_act_a_rule_asks_for_is_a_practice(nlp) -> None:  # type: ignore[no-untyped-def]
    ruled = events_of(nlp, "date 2012-06-14\n\nThe new code requires consultation with fishermen before any quay "
                           "is built. The minister lifted the requirement for consultation on Monday.")
    assert "CONSULT" not in [e.category for e in ruled]
    # hard negatives: one consultation, asked for or held, is an occasion
    one = events_of(nlp, "date 2012-06-14\n\nThe board required a consultation with the union on Monday.")
    assert "CONSULT" in [e.category for e in one]


def test_what_any_one_may_do_is_a_kind_of_case(nlp) -> None:  # type: ignore[no-untyped-def]
    advice = events_of(nlp, "date 2013-09-18\n\nA ferry collision may be considered a sign of reckless seamanship. "
                            "A maritime lawyer might then advise the owners to sue for the lost cargo.")
    assert advice == []
    # hard negatives: a guess about one past act, and one side's warning of one strike, stay
    guess = events_of(nlp, "date 2013-09-18\n\nA gunman may have fled to Oslo, police said.")
    assert [e.modality for e in guess] == ["hypothetical"]
    warning = events_of(nlp, "date 2013-09-18\n\nA strike could shut the port, the union warned.")
    assert warning and all(e.modality == "hypothetical" for e in warning)

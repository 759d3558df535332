"""In a sports report a win is a result (CONTEST), not an attack: sentences written for these tests, with
hard negatives outside sport and with armed forces."""

from __future__ import annotations

import pytest

from dateline.analyze import analyze_articles
from dateline.ingest import article_from_text
from dateline.model import Analysis, Event

from ..conftest import events_of

_REPORT = (
    "date 2025-03-12\n\nLISBON (AP) — Portugal beat Norway 3-1 on Tuesday in the Nations League tennis "
    "quarterfinal, the tournament's third tie. Ana Costa edged Ingrid Berg 7-6, 6-4 in the opening singles "
    "match. Rui Lopes cruised past Erik Dahl. Norway lost to Spain in the group stage. Costa's coach said the "
    "side crushed its rival in the league last season."
)


def _events(nlp, text: str) -> list[Event]:  # type: ignore[no-untyped-def]
    result = next(iter(analyze_articles([article_from_text(text, "<test>")], nlp)))
    assert isinstance(result, Analysis)
    return result.events


def test_results_in_a_sports_report_are_contests(nlp) -> None:  # type: ignore[no-untyped-def]
    found = {e.trigger.text: e.category for e in _events(nlp, _REPORT)}
    for verb in ("beat", "edged", "cruised", "lost", "crushed"):
        assert found.get(verb) == "CONTEST", (verb, found)


def test_outside_sport_and_with_armed_forces_force_stays_force(nlp) -> None:  # type: ignore[no-untyped-def]
    """Hard negatives: no sports words, so "beat" is an assault; soldiers crushing a revolt is combat."""
    beating = _events(nlp, "date 2025-03-12\n\nNAIROBI, Kenya — Two men beat a shopkeeper outside his store "
                           "on Monday, police said.")
    assert [e.category for e in beating if e.trigger.text == "beat"] == ["ASSAULT"]
    revolt = _events(nlp, _REPORT + " In the north, soldiers crushed the rebels near the border on Monday.")
    assert all(e.category != "CONTEST" for e in revolt if e.trigger.text == "crushed" and e.trigger.start > 400)


def test_a_defending_champion_defends_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Defending champion Peru" is a title; hard negative: the results around it stay."""
    events = _events(nlp, _REPORT + " Kenya meet defending champion Peru in the final on Friday.")
    assert not [e for e in events if e.trigger.text == "defending"]
    assert [e for e in events if e.trigger.text == "beat"]


def test_results_lines_are_contests_with_their_sides(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Palm Grove d. Riverside 70-44": winner, loser; hard negatives: a line score and a season record."""
    text = ("date 2025-03-12\n\nBOYS BASKETBALL\n\nPalm Grove d. Riverside 70-44\n\nViera Heights d. Cocoa Bay "
            "61-50, OT\n\nRiverside 14 11 6 13 — 44\n\nPalm Grove (4-1)\n\nThe league season goes on next week, "
            "and the coach said the team will play in the county tournament.")
    results = [e for e in _events(nlp, text) if e.rule == "rule:results_line"]
    assert [(e.source.name if e.source else None, e.target.name if e.target else None) for e in results] == [
        ("Palm Grove", "Riverside"), ("Viera Heights", "Cocoa Bay")]
    assert all(e.category == "CONTEST" and e.modality == "happened" for e in results)


def test_a_results_line_outside_sport_is_no_result(nlp) -> None:  # type: ignore[no-untyped-def]
    """Hard negative: no sports words, so a "d." between names is not read as a result."""
    events = _events(nlp, "date 2025-03-12\n\nNAIROBI, Kenya — The minutes list Ann Okoth d. Mary Wanjiru 12-4 "
                          "as the vote count of the committee on Monday.")
    assert not [e for e in events if e.rule == "rule:results_line"]


_ROUNDUP = ("date 2025-03-12\n\nSchools roundup: Harbourton defeats Millbrook\n\nBOYS SOCCER\n\n"
            "Harbourton d. Millbrook 3-1\n\nSt. Anne d. Westfield\n\nGoals came from Ray Moss and Tim Hale in the "
            "league game, and the striker plays the Owls on Friday.")


def test_a_roundup_headline_and_results_lines(nlp) -> None:  # type: ignore[no-untyped-def]
    """A headline's present tense tells a result; a results line needs no score; a present tense in the body is a
    fixture (hard negative)."""
    events = _events(nlp, _ROUNDUP)
    assert [(e.trigger.text, e.modality) for e in events if e.trigger.text == "defeats"] == [("defeats", "happened")]
    lines = [(e.source.name if e.source else None, e.target.name if e.target else None) for e in events
             if e.trigger.text == "d."]
    assert ("St. Anne", "Westfield") in lines
    assert [e.modality for e in events if e.trigger.text == "plays"] == ["planned"]


def test_a_game_against_a_side_is_a_contest_and_an_ejection_a_penalty(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Last week's game against the Gulls" is the game; a player "ejected … for a late tackle" is penalised. Hard
    negatives: a video game released is a launch, and a pilot who ejects from a jet is no penalty."""
    text = ("date 2025-03-12\n\nLEEDS — In last week's game against the Gulls, the Owls' captain was ejected in the "
            "second half for a late tackle. Kestrel Studios released the game in May. The pilot ejected from the "
            "trainer jet before it crashed.")
    found = [(e.trigger.text, e.category) for e in _events(nlp, text)]
    assert ("game", "CONTEST") in found and ("ejected", "SANCTION") in found, found
    assert ("released", "LAUNCH") in found and ("crashed", "ACCIDENT") in found, found
    assert [c for t, c in found if t == "ejected"] == ["SANCTION"], found


def test_two_games_each_with_its_own_phrase_stay_two(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Their Week 11 game against the Gulls" and "this week's game in Leeds" are two games; a bare "the game" after
    the first is that game again (hard negative)."""
    text = ("date 2025-03-12\n\nLEEDS — The Owls lost their Week 10 game against the Gulls on Saturday. Coach Ray "
            "Dunn said this week's game in Hull will be harder.")
    games = sorted(e.modality for e in _events(nlp, text) if e.category == "CONTEST")
    assert games == ["happened", "planned"], games
    text = ("date 2025-03-12\n\nLEEDS — The Owls lost their game against the Gulls on Saturday. After the game, the "
            "coach praised the fans.")
    games = [e.modality for e in _events(nlp, text) if e.category == "CONTEST"]
    assert games == ["happened"], games


def test_a_career_record_of_wins_is_no_game(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("date 2025-03-10 HARBOURTON — The champion improved to a career record of 41 wins and two defeats. "
            "She retained her belt with a second victory over the challenger on Saturday.")
    triggers = [e.trigger.text for e in events_of(nlp, text)]
    assert "wins" not in triggers and "defeats" not in triggers
    assert "victory" in triggers


_CUP_NIGHT = (
    "date 2025-03-08\n\nThe Gulls beat the Rovers 71-60 in Friday's quarterfinals of the league tournament, "
    "their third win of the season. The Rovers had reached the last eight by beating the Hawks on Thursday night. "
    "Will Parsons scored 12 points off the bench and May Ortiz added nine. Riot police later cleared the square "
    "outside the arena by beating protesters with batons, witnesses said."
)


def test_a_win_told_in_a_by_phrase_is_a_result(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "reached the final by beating the Hawks": the side that reached it won; police beating protesters stays
    an assault."""
    found = [(e.trigger.text, e.category) for e in events_of(nlp, _CUP_NIGHT) if e.trigger.text == "beating"]
    assert found == [("beating", "CONTEST"), ("beating", "ASSAULT")]


def test_a_name_spelled_like_a_modal_is_no_plan(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Will Parsons scored 12 points": a given name, the points scored; "Will the Gulls win?" asks."""
    told = [ev for e in events_of(nlp, _CUP_NIGHT) for ev in e.evidence if "Parsons scored" in ev.span.text]
    assert told and all(ev.modality == "happened" for ev in told)  # a part of the game, told as done
    asked = events_of(nlp, "date 2025-03-08\n\nWill the council approve the budget on Monday? Nobody knows.")
    assert all(e.modality != "happened" for e in asked)


def test_a_drive_down_the_field_is_no_march(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "marched 80 yards in six plays" is a drive in the game; fans marching to the ground stay a protest."""
    text = ("date 2025-10-12\n\nThe Gulls beat the Rovers 27-20 on Sunday in a league football game. Trailing by "
            "three in the fourth quarter, the Gulls marched 75 yards in seven plays, and their quarterback threw a "
            "touchdown pass. Before kickoff, about 200 fans marched to the ground to protest against ticket prices, "
            "and the referee was jeered.")
    assert [e.category for e in events_of(nlp, text) if e.trigger.text == "marched"] == ["CONTEST", "PROTEST"]


@pytest.mark.parametrize(("body", "trigger", "kept"), [
    # a sum over a career or a season is no one game
    ("The winger has scored 120 goals in his career.", "scored", False),
    ("Last season the Hawks posted a record of 50 wins.", "posted", False),
    ("The side has won three titles this season.", "won", False),
    # hard negatives: one game's count, one event of several medals, one title won in a season
    ("The guard scored 30 points against the Bulls on Saturday.", "scored", True),
    ("The rower won two gold medals at the Games.", "won", True),
    ("The club won the title last season.", "won", True),
    # a drought over a span is no game; a game without a score is one
    ("The winger has not scored a goal this season.", "scored", False),
    ("The side has not won since March.", "won", False),
    ("The side did not score in the second half on Sunday.", "score", True),
])
def test_a_career_or_season_tally_is_no_game(nlp, body: str, trigger: str, kept: bool) -> None:  # type: ignore[no-untyped-def]
    assert (trigger in [e.trigger.text for e in _events(nlp, "date 2025-03-12\n\n" + body)]) is kept, body


def test_a_result_named_again_by_its_means_is_one_game(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "date 2025-03-12\n\nThe Hawks earned a sixth victory and a place in the final with a 3-1 "
                          "victory over the Owls.")
    assert [e.trigger.text for e in events if e.category == "CONTEST"] == ["victory"]
    assert len(next(e for e in events if e.category == "CONTEST").evidence) == 2
    # hard negative: two results over two sides are two games
    events = _events(nlp, "date 2025-03-12\n\nThe Hawks earned a victory over the Owls and a victory over the Bears.")
    assert [e.trigger.text for e in events if e.category == "CONTEST"] == ["victory", "victory"]


def test_plays_in_a_game_are_the_games_not_blows(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "date 2025-06-11\n\nThe Gulls beat the Herons 6-2 on Tuesday night. Dan Okoro hit a "
                          "three-run homer in the sixth inning, and Luis Vega struck out 11 batters. Vega allowed "
                          "two runs on five hits.")
    found = {e.trigger.text: (e.category, e.date.value[:10] if e.date else None) for e in events}
    for verb in ("hit", "struck", "allowed"):
        assert found.get(verb) == ("CONTEST", "2025-06-10"), (verb, found)
    # hard negative: a shell that hits a school is a blow
    shelling = _events(nlp, "date 2025-06-11\n\nA shell hit a school in the border town on Tuesday, officials said.")
    assert [e.category for e in shelling if e.trigger.text == "hit"] == ["FIGHT"]


_BOUT = ("date 2025-06-15\n\nDUBLIN — Sean Kerrigan stopped Ivan Petrov in the seventh round on Saturday night to keep "
         "his heavyweight belts. Kerrigan floored the challenger with a left hook late in the sixth, and the referee "
         "stopped the fight at 1:12 of the seventh. Kerrigan landed heavy punches to the head, and Petrov never "
         "recovered from the knockdown. The crowd of 9,000 in the stadium roared as the referee waved it off. "
         "Kerrigan is 31-1 with 24 knockouts; Petrov fell to 22-4 in his second title fight.")


def test_in_a_fight_report_the_blows_are_the_bout(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, _BOUT)
    found = {e.trigger.text: e for e in events}
    assert found["stopped"].category == "CONTEST" and found["stopped"].modality == "happened"
    assert not [e for e in events if e.category in ("ASSAULT", "FIGHT", "COERCE")], \
        [(e.trigger.text, e.category) for e in events]
    # hard negative: a brawl outside the ring, with police, stays an assault
    brawl = _events(nlp, _BOUT + " Police arrested a fan who punched a security guard outside the arena.")
    assert [e.category for e in brawl if e.trigger.text == "punched"] == ["ASSAULT"]


def test_an_upset_or_a_game_survived_is_a_result(nlp) -> None:  # type: ignore[no-untyped-def]
    report = ("date 2013-03-09\n\nST. LOUIS — The Gulls survived a close game against the Herons on Friday in the "
              "conference tournament quarterfinals. Earlier in the season the Gulls battled foul trouble all night "
              "as the Owls upset the Gulls. The league semifinal is Saturday.")
    found = {e.trigger.text: e.category for e in _events(nlp, report)}
    assert found.get("survived") == "CONTEST" and found.get("upset") == "CONTEST", found
    # hard negative: surviving a crash is no game
    crash = _events(nlp, "date 2013-03-09\n\nThree people survived the crash on Friday.")
    assert [e.category for e in crash] == ["ACCIDENT"]


def test_game_talk_is_not_politics_and_a_flashback_is_not_tonight(nlp) -> None:  # type: ignore[no-untyped-def]
    report = ("date 2013-03-09\n\nST. LOUIS — The Gulls beat the Owls 70-64 on Friday night in the conference "
              "tournament quarterfinals. Fans booed a terrible call late in the game, and the home crowd helped the "
              "Gulls to the win. The last time these sides met, the Owls won by 20 points.")
    found = {e.trigger.text: (e.category, e.date.value[:10] if e.date else None) for e in _events(nlp, report)}
    assert "call" not in found, found
    assert found.get("helped", ("CONTEST",))[0] == "CONTEST", found
    assert found.get("won") == ("CONTEST", None), found


def test_a_win_over_a_side_has_that_side_as_target(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "date 2013-03-09\n\nThe Gulls' win over the Herons sent them into the final.")
    wins = [e for e in events if e.trigger.text == "win"]
    assert wins and wins[0].target is not None and "Herons" in wins[0].target.name


def test_a_stat_line_is_no_happening(nlp) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp, "date 2013-03-09\n\nThe coach gave the rookie 14 minutes on Saturday.")
    assert not [e for e in events if e.trigger.text == "gave"]
    # hard negative: a dated act that is not a count still is one
    events = _events(nlp, "date 2013-03-09\n\nThe coach gave a speech on Saturday.")
    assert [e.category for e in events] == ["STATEMENT"]


def test_a_weight_class_and_a_bout_make_a_fight_report(nlp) -> None:  # type: ignore[no-untyped-def]
    events = events_of(nlp, "date 2012-07-07\n\nAnders Holm kept his heavyweight belts with a win over Tomas Berg "
                            "on Saturday. When the two men met in 2010, their bout lasted 11 rounds. Holm floored "
                            "Berg with a right hand early in round five of their fight in Oslo for his 40th "
                            "knockout.")
    kinds = {e.trigger.text: e.category for e in events}
    assert kinds.get("met") == "CONTEST" and "ASSAULT" not in kinds.values(), kinds


def test_goals_told_beside_the_result_are_that_game(nlp) -> None:  # type: ignore[no-untyped-def]
    """A roundup holds one event per game: the scorers are the game's parts, in its evidence. Hard negative: a
    scoring feat in a paragraph with no result stays an event of its own."""
    text = ("date 2025-03-12\n\nThe Gulls beat the Terns 3-1 on Tuesday night at the harbour rink.\n\n"
            "Ray Ortiz scored twice and added an assist for the Gulls, and Ali Demir also scored.\n\n"
            "In the late game, the Owls topped the Hawks 2-0. Mia Berg scored both goals.\n\n"
            "Earlier, Lena Park scored 40 points on Monday, a club record.")
    events = _events(nlp, text)
    assert [e.trigger.text for e in events if e.category == "CONTEST"] == ["beat", "topped", "scored"]
    beat = next(e for e in events if e.trigger.text == "beat")
    assert len(beat.evidence) >= 2 and beat.date is not None and beat.date.value.startswith("2025-03-11")
    assert next(e for e in events if e.trigger.text == "scored").source.name == "Lena Park"

"""Pronouns follow the gender the article states, and a quoted "he"/"she" is never the person quoted."""

from __future__ import annotations

from dateline.analyze import analyze_articles
from dateline.ingest import article_from_text
from dateline.model import Analysis


def _analyse(nlp, text: str) -> Analysis:  # type: ignore[no-untyped-def]
    result = next(iter(analyze_articles([article_from_text(text, "<test>")], nlp)))
    assert isinstance(result, Analysis)
    return result


def _owner(analysis: Analysis, text: str, occurrence: int = 0) -> str | None:
    """Who the ``occurrence``-th pronoun ``text`` (counted in the article) was given to, if anyone."""
    body = analysis.article.text
    start = -1
    for _ in range(occurrence + 1):
        start = body.index(text, start + 1)
    for entity in analysis.entities:
        if any(m.start == start and m.kind == "pronoun" for m in entity.mentions):
            return entity.name
    return None


DAHL = ("Ms. Ingrid Dahl, the director of the Fjord Institute, met the shipping executive Lars Moen on Monday. "
        "Moen said he expected a deal within weeks. She said the talks had been frank.\n"
        "Moen later met reporters. \"She drives a hard bargain,\" Moen said. He declined to give figures.")


def test_she_goes_to_the_woman_when_a_man_is_also_in_reach(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analyse(nlp, DAHL)
    assert _owner(analysis, "She said") == "Ingrid Dahl"
    assert _owner(analysis, " he expected") is None or _owner(analysis, "he expected") == "Lars Moen"


def test_a_quoted_she_is_not_the_man_quoted(nlp) -> None:  # type: ignore[no-untyped-def]
    analysis = _analyse(nlp, DAHL)
    assert _owner(analysis, "She drives") != "Lars Moen"
    assert _owner(analysis, "He declined") == "Lars Moen"


def test_pronouns_the_article_ties_to_a_person_settle_her_gender(nlp) -> None:  # type: ignore[no-untyped-def]
    """No honorific: "she" three times next to Marta Vale alone makes her a woman, so the lone "he"
    in reach of her and nobody else stays unresolved instead of turning her into a man."""
    text = ("Marta Vale opened the exhibition on Friday. She said the prints had never been shown. "
            "Vale added that she had chosen them herself. The curator said he was pleased with the turnout.")
    analysis = _analyse(nlp, text)
    assert _owner(analysis, "She said") == "Marta Vale"
    assert _owner(analysis, "he was pleased") is None


def test_speaker_pronoun_is_not_taken_across_another_person(nlp) -> None:  # type: ignore[no-untyped-def]
    """"Ruth Lane explained that Omar Hadi left when he …": "he" is Hadi, not the speaker."""
    text = ("Ruth Lane spoke to reporters on Monday. She explained that Omar Hadi resigned when he lost the vote.")
    analysis = _analyse(nlp, text)
    assert _owner(analysis, "he lost") != "Ruth Lane"


def test_a_name_shared_by_two_people_blocks_a_pronoun_guess(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Omar Haddad and his son Sami Haddad run the ferry company. The engineer Paul Lind joined on Monday. "
            "Later Haddad said his plans had changed.")
    analysis = _analyse(nlp, text)
    assert _owner(analysis, "his plans") != "Paul Lind"

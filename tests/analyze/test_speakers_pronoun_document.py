"""'In the letter, it said …': the "it" is the text named before it, not the last organisation. Sentences
written for this test."""

from __future__ import annotations

from dateline.analyze import analyze_articles
from dateline.ingest import article_from_text
from dateline.model import Analysis


def _speakers(nlp, body: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    result = next(iter(analyze_articles([article_from_text("date 2025-03-12 NAIROBI, Kenya — " + body, "<t>")], nlp)))
    assert isinstance(result, Analysis)
    return [(q.speaker.name, q.speaker.kind) for q in result.quotes if q.speaker is not None]


def test_it_after_in_the_letter_is_the_letter(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(nlp, "The Kenya Ports Authority sent traders a letter on Monday. In the letter, it said "
                          "that fees would double in May.") == [("the letter", "document")]
    # without a text named before it, "it" is the body that spoke
    assert _speakers(nlp, "The Kenya Ports Authority met unions on Monday. It said that fees would double "
                          "in May.") == [("Kenya Ports Authority", "named")]


def test_a_clause_added_to_the_letters_words_is_the_letters(nlp) -> None:  # type: ignore[no-untyped-def]
    # ", adding that …" adds to the clause the letter frames: the same speaker
    assert _speakers(nlp, "The Kenya Ports Authority sent traders a letter on Monday. In the letter, it warned "
                          "of queues at the gates, adding that fees would double in May.") == [
        ("the letter", "document")]
    # a clause with its own subject is not framed by the letter
    assert _speakers(nlp, "The Kenya Ports Authority sent traders a letter on Monday. In the letter, it warned "
                          "of queues, and the Kenya Ports Authority added that fees would double in May.") == [
        ("Kenya Ports Authority", "named")]


def test_a_participle_with_its_own_object_attributes_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    # ", adding the word …" names what was added; the clause before it is no saying of the subject's
    assert _speakers(nlp, "The registry opened in 2009 as the Coastal Freight Records Office. On the form, it "
                          "named the registry Coastal Freight and Rail Records Office, adding the word \"Rail\".") == []
    # ", recognising as valid …" says what the ruling recognised, not who said the clause before it
    assert _speakers(nlp, "The levy on the ferry firms follows a ruling of the high court on May 2, recognising as "
                          "valid the claim of the port town.") == []
    # a sentence-final attribution with no object still reports the clause before it
    assert _speakers(nlp, "Fees will double in May, the Kenya Ports Authority said.") == [
        ("Kenya Ports Authority", "named")]


def test_a_day_a_text_came_from_wrote_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _speakers(nlp, "Posts from Friday said that the port would close early.") == [
        ("Posts from Friday", "document")]
    # hard negative: a person a statement comes from speaks
    assert _speakers(nlp, "A statement from Mayor Ann Wanjiru said that the port would close early.") == [
        ("Ann Wanjiru", "named")]


def test_a_second_verb_takes_the_name_not_the_title_fragment(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Acme co-founder Ann Lee wrote to him and said …": the parser hangs "co", "-" and "Lee" on the first verb;
    # the second verb's speaker is the person, not "Acme co"
    assert _speakers(nlp, "It rained. Acme co-founder Ann Lee wrote to the boy and said he was welcome to visit "
                          "the plant.") == [("Ann Lee", "named")]
    # hard negative: one plain subject passes to the second verb as before
    assert _speakers(nlp, "It rained. The mayor wrote to the boy and said he was welcome to visit the plant.") == [
        ("The mayor", "named")]

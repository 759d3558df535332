"""Acts whose only party is a personal pronoun the coreference layer could not resolve ("He was arrested" at the
start of a paragraph): the pronoun is still a person, so the act is kept. Sentences written for these tests, each
class with a hard negative."""

from __future__ import annotations

import pytest

from .harbour_news import harbour_readings as _readings


@pytest.mark.parametrize(("body", "trigger", "expected"), [
    # a person acted on, named only by a pronoun
    ("He was arrested shortly before midnight.", "arrested", [("COERCE", "happened")]),
    ("She was detained on Monday.", "detained", [("COERCE", "happened")]),
    ("He was attacked outside the ferry office.", "attacked", [("ASSAULT", "happened")]),
    ("They were released without charge.", "released", [("RETREAT", "happened")]),
    ("They protested outside the port office.", "protested", [("PROTEST", "happened")]),
    ("A constable saw the crash; he ran after the driver and arrested him.", "arrested", [("COERCE", "happened")]),
    ("They caught the two smugglers and detained them overnight.", "detained", [("COERCE", "happened")]),
    # a thing named by a pronoun takes no part; nor does a view
    ("It was resolved within a week.", "resolved", []),
    ("I suspect they will not sign.", "suspect", []),
    ("They were resolved within a week.", "resolved", []),
    ("They resolved it within a week.", "resolved", []),                          # a thing acted on, no one
])
def test_pronoun_parties(nlp, body: str, trigger: str, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _readings(nlp, body, trigger) == expected

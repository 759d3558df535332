"""FTS5 query syntax written as a PostgreSQL tsquery (no server needed): what each form becomes, and the
errors worded as SQLite words them, so a query means the same on either store."""

from __future__ import annotations

import sqlite3

import pytest

from dateline.errors import QueryError
from dateline.store.fts_query import FtsSyntax, to_tsquery


@pytest.mark.parametrize(("query", "tsquery"), [
    ("harbour", "'harbour'"),
    ("Dock strike", "('Dock' & 'strike')"),  # implicit AND; PostgreSQL lower-cases each word
    ('"dock strike"', "(('dock':B <-> 'strike':B) | ('dock':A <-> 'strike':A))"),  # within one column
    ("dock OR wharf", "('dock' | 'wharf')"),
    ("dock NOT wharf", "('dock' & !'wharf')"),
    ("dock OR crane NOT wharf", "('dock' | ('crane' & !'wharf'))"),  # NOT binds tighter than OR
    ("dock NOT crane wharf", "('dock' & !('crane' & 'wharf'))"),  # a run of phrases is one operand
    ("harb*", "'harb':*"),
    ('text:"port auth"*', "('port':B <-> 'auth':*B)"),
    ("text:dock + strike", "('dock':B <-> 'strike':B)"),
    ("text:foo_bar", "('foo':B <-> 'bar':B)"),  # FTS5's tokenizer splits on '_' inside a bareword
    ("title:harbour", "'harbour':A"),
    ("-title:harbour", "'harbour':B"),
    ("{title text}:harbour", "'harbour'"),
    ("title:(dock OR wharf)", "('dock':A | 'wharf':A)"),
    ("title:NEAR(dock strike, 1)", "('dock':A <1> 'strike':A | 'strike':A <1> 'dock':A | 'dock':A <2> 'strike':A | "
                                   "'strike':A <2> 'dock':A)"),
    ("NEAR(dock, 3)", "'dock'"),
    ("NEAR", "'NEAR'"),  # not followed by '(': a word
    ('dock ""', "'dock'"),  # an empty phrase drops out of AND
])
def test_forms(query: str, tsquery: str) -> None:
    assert to_tsquery(query) == tsquery


@pytest.mark.parametrize("query", ['""', '" "', "title:(text:dock)"])
def test_queries_that_match_nothing(query: str) -> None:
    assert to_tsquery(query) is None


ERRORS = [
    ("", 'fts5: syntax error near ""'),
    ("O'Brien", "fts5: syntax error near \"'\""),
    ("U.S.", 'fts5: syntax error near "."'),
    ("al-Bashir", "no such column: Bashir"),
    ("dock -wharf", "no such column: wharf"),
    ("body:dock", "no such column: body"),
    ('"unterminated', "unterminated string"),
    ("(dock", 'fts5: syntax error near ""'),
    ("dock)", 'fts5: syntax error near ")"'),
    ("(dock OR wharf) strike", 'fts5: syntax error near "strike"'),  # FTS5 allows no implicit AND after ( )
    ("NOT dock", 'fts5: syntax error near "NOT"'),
    ("dock AND", 'fts5: syntax error near ""'),
    ("near(dock strike)", 'fts5: syntax error near "near"'),
    ("NEAR(dock strike, x)", 'expected integer, got "x"'),
    (":dock", 'fts5: syntax error near ":"'),
]


@pytest.mark.parametrize(("query", "reason"), ERRORS)
def test_not_fts5_syntax(query: str, reason: str) -> None:
    with pytest.raises(FtsSyntax) as raised:
        to_tsquery(query)
    assert str(raised.value) == reason


def test_sqlite_gives_the_same_reasons() -> None:
    """The reasons above are SQLite's own: the same queries on an FTS5 table of the store's columns."""
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE VIRTUAL TABLE articles_fts USING fts5(title, text)")
    for query, reason in ERRORS:
        with pytest.raises(sqlite3.OperationalError) as raised:
            connection.execute("SELECT * FROM articles_fts WHERE articles_fts MATCH ?", (query,)).fetchall()
        assert str(raised.value) == reason, query


@pytest.mark.parametrize("query", ["^dock", "NEAR(dock strike wharf)"])
def test_what_a_tsquery_cannot_say_is_refused(query: str) -> None:
    with pytest.raises(QueryError, match="not supported by the PostgreSQL store"):
        to_tsquery(query)

"""Search as both stores take it: the caps on a query, its own-id matches, and the error for text that is not
FTS5 query syntax (SQLite runs FTS5 itself; PostgreSQL parses the same syntax in ``fts_query``)."""

from __future__ import annotations

import re

from ..errors import QueryError, QuerySyntaxError
from ..model import SearchHit
from . import articles
from .base import Db

MAX_QUERY_CHARS = 1000
MAX_QUERY_TERMS = 16
"""FTS5 ranking time grows with the square of the number of terms (16 prefix terms: seconds on a
large store; 30,000: hours), so longer queries are refused rather than left to run."""

_TERM = re.compile(r'"(?:[^"]|"")*"?|[^\s()"]+')
_OPERATORS = {"AND", "OR", "NOT", "NEAR"}


def by_source_id(db: Db, query: str, limit: int) -> list[SearchHit]:
    """Articles whose own id (JSONL ``id``, WARC-Record-ID) is exactly the query: listed first."""
    key = query.strip()
    return [SearchHit(r[0], r[1], r[2], r[3], f"[{key}] {r[4]}…", 0.0) for r in articles.by_source_id(db, key, limit)]


def syntax_error(query: str, reason: str) -> QuerySyntaxError:
    """The error for a query that is not FTS5 syntax, naming it (shortened) and carrying it as one phrase."""
    shown = query if len(query) <= 60 else query[:57] + "…"
    message = (f"search: {shown!r} is not FTS5 query syntax ({reason}); "
               "put it in double quotes to search it as a phrase")
    return QuerySyntaxError(message, reason, as_phrase(query))


def as_phrase(query: str) -> str:
    """The query as one FTS5 phrase: its words in order, whatever punctuation it holds."""
    return '"' + query.replace('"', '""') + '"'


def check_query(query: str) -> None:
    """Refuse, before running it, a search whose time would run away (see ``MAX_QUERY_TERMS``)."""
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"search: query too long ({len(query):,} characters; at most {MAX_QUERY_CHARS:,})")
    terms = [term for term in _TERM.findall(query) if term not in _OPERATORS]
    if len(terms) > MAX_QUERY_TERMS:
        raise QueryError(f"search: too many terms ({len(terms):,}; at most {MAX_QUERY_TERMS}); "
                         "put words in double quotes to search them as one phrase")

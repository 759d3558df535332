"""Exit statuses of the ``dateline`` command and the errors that map to them, in one place.

Scripts tell outcomes apart by status alone, so a crash never shares a status with "some inputs
were rejected": Python's own status for an uncaught exception (1) is never used for one.
"""

from __future__ import annotations

EXIT_OK = 0
"""Every input was analysed (or found already stored); a read command answered."""
EXIT_REJECTS = 1
"""Some inputs were rejected (each named on stderr and kept in the store), or the article or actor
asked for by ``show``/``actor`` is not in the store."""
EXIT_USAGE = 2
"""Usage error: unknown option, bad value, or a query dateline refuses (too long, bad syntax)."""
EXIT_STORE = 3
"""Store error: the ``--db`` is missing, not a file, not SQLite, not a dateline store, read-only
for a writing command, or SQLite failed (locked past the busy timeout, disk full, …)."""
EXIT_CRASH = 4
"""A bug in dateline: one line names the error; ``--debug`` shows the traceback."""
EXIT_INTERRUPTED = 130
"""Interrupted by Ctrl-C (SIGINT), as shells report it."""


class StoreError(RuntimeError):
    """The store cannot be opened or used; the message is one line naming the database."""


class QueryError(ValueError):
    """A query dateline refuses before running it: too long, too many terms, bad syntax."""


class QuerySyntaxError(QueryError):
    """A search query that is not SQLite FTS5 syntax: ``reason`` is SQLite's, ``phrase`` the same text
    as one FTS5 phrase, for a caller that falls back to it (and says so)."""

    def __init__(self, message: str, reason: str, phrase: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.phrase = phrase

"""How many records a listing returns when the caller does not say: one number per listing, shared by the
Python API (:class:`dateline.engine.Corpus`), the CLI's ``--limit`` and the REST API's ``limit``.

A listing with no limit here (rejects, versions, duplicate groups, spread quotes) returns everything.
``tests/test_output.py`` checks that ``Corpus``'s defaults are these numbers.
"""

from __future__ import annotations

SEARCH = 20
"""Articles a full-text search returns (``Corpus.search``)."""
ACTORS = 50
"""Canonical actors, most mentioned first (``Corpus.actors``)."""
QUOTES = 100
"""Quotes by speaker or source (``Corpus.quotes``)."""
CLAIMS = 100
"""Claims, most check-worthy first (``Corpus.claims``)."""
EVENTS = 1000
"""Events in date order (``Corpus.events``)."""
STORIES = 50
"""Stories, largest first (``Corpus.stories``)."""

DEFAULTS: dict[str, int] = {"search": SEARCH, "actors": ACTORS, "quotes": QUOTES, "claims": CLAIMS,
                            "events": EVENTS, "stories": STORIES}
"""The same numbers by ``Corpus`` method name."""

"""``published`` as a real date or nothing: a bad value is dropped with a warning, never stored as given.

Feeds and dumps carry placeholders (``0001-01-01``, ``9999-12-31``), impossible dates (``2024-02-30``)
and free text; analysis counts relative dates from ``published``, so one of these either breaks date
arithmetic or silently dates every event wrong. News is dated within a few centuries of now.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

MIN_YEAR = 1600
MAX_YEAR = 2400
_EXTENDED = re.compile(r"\d{4}-\d{2}-\d{2}(?:$|[T ])")


def check_published(value: str | None) -> tuple[str | None, str | None]:
    """(the value to keep, a warning when the given value was dropped or rewritten)."""
    if value is None or not value.strip():
        return None, None
    given = value.strip()
    parsed = _parse(given)
    if parsed is None:
        return None, f"published {_shown(given)} is not a date; dropped"
    day = parsed.date() if isinstance(parsed, datetime) else parsed
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        return None, f"published {_shown(given)} is outside {MIN_YEAR}–{MAX_YEAR}; dropped"
    if _EXTENDED.match(given):
        return given, None
    return parsed.isoformat(), None  # basic ISO or RFC 2822: same date, written as the record promises


def _parse(value: str) -> date | datetime | None:
    try:
        return date.fromisoformat(value) if len(value) <= 10 else datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value)  # RSS and e-mail style: "Tue, 09 Jan 2025 12:00:00 GMT"
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _shown(value: str) -> str:
    return repr(value if len(value) <= 40 else value[:40] + "…")

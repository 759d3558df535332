"""What the operator chose when starting the server; kept on ``app.state.settings``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..analyze.budget import MAX_CHARS, MAX_SECONDS

MAX_UPLOAD = 5_000_000
"""Bytes a request body may carry (uploads, pasted text): larger is refused with 413 before analysis."""


@dataclass(frozen=True)
class Settings:
    db: str | Path | None = None
    """The store to read (and, with a token, write); None serves only ``POST /api/analyze`` without storing."""
    token: str | None = None
    """Writing endpoints need ``Authorization: Bearer <token>``; without a token set, writing is refused."""
    max_upload: int = MAX_UPLOAD
    max_seconds: float = MAX_SECONDS
    """Analysis budget for one request (seconds), as ``dateline analyze --max-seconds``."""
    max_chars: int = MAX_CHARS
    """Characters of text one analysed article may have, as ``dateline analyze --max-chars``."""

"""Web reader pages (server-rendered). Filled in by issue 14."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()

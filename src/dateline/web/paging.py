"""One page of a listing: ``{"items": [...], "limit", "offset", "next_offset"}``.

The Python API answers with the first ``limit`` rows; a page at ``offset`` asks it for
``offset + limit + 1`` and keeps its slice, the one row beyond telling whether a next page exists.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Sequence
from typing import Annotated, Any, TypeVar

from fastapi import Query

from ..model import to_json

T = TypeVar("T")

MAX_LIMIT = 10_000
MAX_OFFSET = 1_000_000


Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip (the previous page's next_offset).")]


def limit_query(default: int) -> Any:
    """``limit: Annotated[int, limit_query(50)] = 50``: the default is the Python API's for the same listing."""
    return Query(ge=1, le=MAX_LIMIT, description=f"Rows per page; {default} by default, as the Python API's listing.")


def api_default(method: Callable[..., Any], name: str = "limit") -> int:
    """The default of ``name`` in a Python API method: a REST listing pages by the same default."""
    value = inspect.signature(method).parameters[name].default
    assert isinstance(value, int)
    return value


def page(fetch: Callable[[int], Sequence[T]], limit: int, offset: int) -> dict[str, Any]:
    """The page at ``offset`` of what ``fetch(n)`` lists (its first ``n`` rows), as JSON."""
    rows = list(fetch(offset + limit + 1))
    return sliced(rows, limit, offset)


def sliced(rows: Sequence[Any], limit: int, offset: int) -> dict[str, Any]:
    """The page at ``offset`` of a listing already in hand."""
    chosen = rows[offset:offset + limit]
    more = len(rows) > offset + limit
    return {"items": [to_json(row) for row in chosen], "limit": limit, "offset": offset,
            "next_offset": offset + limit if more else None}

"""Every error of the API is JSON ``{"status": N, "message": "..."}``: one line a user can act on, never a traceback.

The exception handlers here answer for the whole application; under ``/api`` (and for the spec itself) they
always answer JSON. Elsewhere the reader's pages may answer with a page of their own: if :mod:`.pages`
defines ``error_response(request, status, message)``, it is called for paths outside ``/api``.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import QueryError, StoreError

log = logging.getLogger("dateline.web")

API_PREFIX = "/api"


class ErrorBody(BaseModel):
    """What every error answers."""

    status: int = Field(description="The HTTP status, repeated for clients that only see the body.")
    message: str = Field(description="What went wrong and, where it helps, what to do instead.")


class ApiError(StarletteHTTPException):
    """An error a handler raises on purpose: its status and a message for the user."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(status_code=status, detail=message, headers=headers)


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """``responses=`` entries documenting the error statuses a route can answer with."""
    return {status: {"model": ErrorBody, "description": _REASONS.get(status, "Error")} for status in statuses}


_REASONS = {
    400: "The request is malformed (a body that cannot be parsed, a form over the part limits).",
    401: "Missing or wrong 'Authorization: Bearer <token>'.",
    403: "Writing is disabled: the server was started without a token.",
    404: "Nothing of that id or name in the store, or no store is served.",
    409: "The request asks to store, but the server serves no store.",
    413: "The request body is over the server's upload limit, or the article over the size budget.",
    415: "The body is neither text nor HTML (a binary file, an unsupported content type).",
    422: "A parameter or the body is invalid, or the article could not be analysed (no text, over the time budget).",
    503: "The store cannot be read right now, or the analyser is busy.",
}


def _message(detail: Any, status: int) -> str:
    if isinstance(detail, str) and detail:
        return detail
    from http import HTTPStatus

    return HTTPStatus(status).phrase


def _validation_message(error: RequestValidationError) -> str:
    """The first problem in words: ``limit (query): Input should be less than or equal to 1000``."""
    parts = []
    for item in error.errors()[:3]:
        where = [str(p) for p in item.get("loc", ())]
        place = f"{where[-1]} ({where[0]})" if len(where) > 1 else (where[0] if where else "request")
        parts.append(f"{place}: {item.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def answer(request: Request, status: int, message: str, headers: Mapping[str, str] | None = None) -> Response:
    """The error as JSON; outside ``/api`` as the reader's page when :mod:`.pages` offers one."""
    page: Callable[..., Response] | None = None
    if not request.url.path.startswith(API_PREFIX) and request.url.path != "/openapi.json":
        from . import pages

        page = getattr(pages, "error_response", None)
    if page is not None:
        response = page(request, status, message)
        for name, value in (headers or {}).items():
            response.headers[name] = value
        return response
    return JSONResponse({"status": status, "message": message}, status_code=status,
                        headers=dict(headers) if headers else None)


def install(app: FastAPI) -> None:
    """Register the handlers that turn every failure into JSON (or the reader's page outside ``/api``)."""

    async def http_error(request: Request, error: Exception) -> Response:
        assert isinstance(error, StarletteHTTPException)
        return answer(request, error.status_code, _message(error.detail, error.status_code), error.headers)

    async def invalid(request: Request, error: Exception) -> Response:
        assert isinstance(error, RequestValidationError)
        return answer(request, 422, _validation_message(error))

    async def refused_query(request: Request, error: Exception) -> Response:
        return answer(request, 422, str(error))

    async def store_down(request: Request, error: Exception) -> Response:
        log.warning("store error on %s: %s", request.url.path, error)
        reason = str(error).splitlines()[0] if str(error) else type(error).__name__
        return answer(request, 503, f"store unavailable: {reason}")

    async def crash(request: Request, error: Exception) -> Response:
        log.error("internal error on %s %s", request.method, request.url.path, exc_info=error)
        return answer(request, 500, f"internal error ({type(error).__name__}); the server log has the details")

    handlers: dict[Any, Callable[[Request, Exception], Awaitable[Response]]] = {
        StarletteHTTPException: http_error, RequestValidationError: invalid, QueryError: refused_query,
        StoreError: store_down, sqlite3.OperationalError: store_down, Exception: crash}
    for kind, handler in handlers.items():
        app.add_exception_handler(kind, handler)

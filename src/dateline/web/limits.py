"""Request bodies are bounded before any handler sees them: a declared ``Content-Length`` over the limit is
refused at once, and a body streamed without one (chunked) is refused as soon as it passes the limit.

The body is read here whole (at most the limit) and replayed to the application, so a handler, a form parser
or a JSON decoder never meets more than the operator allowed; the refusal is answered as every error is
(:func:`.errors.answer`). API answers also carry ``X-Content-Type-Options: nosniff``.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .errors import answer


class BodyLimit:
    """Pure ASGI middleware: 413 ``{"status": 413, "message": ...}`` for a body over ``max_bytes``."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_bytes:
            await _refuse(scope, receive, send, f"request body of {declared:,} bytes is over the limit of "
                                                f"{self.max_bytes:,}")
            return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await _refuse(scope, receive, send, f"request body is over the limit of {self.max_bytes:,} bytes")
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = b"".join(chunks)
        replayed = False
        api = scope.get("path", "").startswith("/api")

        async def marked(message: Message) -> None:
            if api and message["type"] == "http.response.start":  # JSON is data: never sniffed into HTML
                message["headers"] = [*message.get("headers", []), (b"x-content-type-options", b"nosniff")]
            await send(message)

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, marked)


async def _refuse(scope: Scope, receive: Receive, send: Send, message: str) -> None:
    """413 as every error is answered (JSON, or the reader's page outside /api); the connection closes."""
    response = answer(Request(scope, receive), 413, message, {"Connection": "close"})
    await response(scope, receive, send)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", []):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None

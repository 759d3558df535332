"""Only the names the server was reached by on purpose: a guard against DNS rebinding.

A web page can point a name it controls at 127.0.0.1 and then read, from the victim's browser, whatever a
loopback server answers. Browsers still send that name in ``Host``, so a server that answers only to the
names it listens on (``127.0.0.1``, ``localhost``, ``[::1]``) gives such a page nothing. ``dateline serve``
sets the names; an app built without them (tests, embedding) checks nothing.
"""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Receive, Scope, Send

LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


def allowed_for(host: str) -> frozenset[str] | None:
    """The Host names to accept for a server listening on ``host`` (None: any, for a wildcard address)."""
    if host in ("0.0.0.0", "::", ""):
        return None
    if host in LOOPBACK:
        return LOOPBACK
    return frozenset({host.strip("[]").lower()})


class HostCheck:
    """Pure ASGI middleware: 400 JSON for a request whose Host is not one of ``names``."""

    def __init__(self, app: ASGIApp, names: frozenset[str]) -> None:
        self.app = app
        self.names = names

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket") or _name(scope) in self.names:
            await self.app(scope, receive, send)
            return
        payload = json.dumps({"status": 400, "message": "unknown Host: this server answers only to "
                                                        + ", ".join(sorted(self.names))}).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]
        await send({"type": "http.response.start", "status": 400, "headers": headers})
        await send({"type": "http.response.body", "body": payload})


def _name(scope: Scope) -> str:
    """The Host header without its port ('[::1]:8000' → '::1')."""
    for key, value in scope.get("headers", []):
        if key == b"host":
            host: str = bytes(value).decode("latin-1").strip().lower()
            if host.startswith("["):
                return host[1:].split("]", 1)[0]
            return host.rsplit(":", 1)[0] if host.count(":") == 1 else host
    return ""
